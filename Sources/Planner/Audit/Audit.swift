/// Compares metered energy with a plan (audit-import.md): per site and per
/// calendar month, PUE, grid energy and its carbon, PPA matching, the
/// carbon-free share, water, and what a PUE drift costs over a year.
public enum Audit {
    /// Audits `intervals` (checked by `MetersReader`) against `plan`, made from `catalog`'s inputs.
    /// `planFile` and `directory` name the plan and the input folder in errors.
    public static func run(
        _ intervals: [MeterInterval], plan: AuditPlan, catalog: Catalog, options: AuditOptions = AuditOptions(),
        planFile: String = "plan.json", directory: String = "inputs"
    ) throws(AuditError) -> AuditResult {
        var sites: [SiteAudit] = []
        var warnings: [AuditWarning] = []
        for planned in plan.sites where planned.open {
            guard let site = catalog.sites.first(where: { $0.id == planned.id }) else {
                throw .unknownSite(path: planFile, site: planned.id, sitesFile: directory + "/sites.csv")
            }
            let ppas = try contractedPPAs(planned, catalog: catalog, planFile: planFile, directory: directory)
            let readings = intervals.filter { $0.site == planned.id }.sorted { $0.start < $1.start }
            guard !readings.isEmpty else {
                warnings.append(.noReadings(site: planned.id))
                continue
            }
            let audit = siteAudit(planned, site: site, ppas: ppas, readings: readings)
            if audit.coverageFraction < options.minimumCoverage {
                warnings.append(
                    .lowCoverage(site: audit.id, coveredHours: audit.total.hours, spanHours: audit.spanHours))
            }
            sites.append(audit)
        }
        var fleet = EnergyTally()
        for site in sites { fleet.add(site.total) }
        var findings = sites.flatMap { AuditFindings.judge($0, options: options) }
        if let minimum = catalog.policy.minCFEFraction, let metered = fleet.cfeFraction, metered < minimum {
            findings.append(.cfeBelowPolicy(meteredFraction: metered, minimumFraction: minimum))
        }
        return AuditResult(
            sites: sites, fleet: fleet, minCFEFraction: catalog.policy.minCFEFraction, options: options,
            findings: findings, warnings: warnings)
    }

    /// The plan's PPA offers at the site with their MW (on-site plants are metered as `onsite_mwh`).
    private static func contractedPPAs(
        _ planned: AuditPlan.Site, catalog: Catalog, planFile: String, directory: String
    ) throws(AuditError) -> [(offer: RenewableOffer, mw: Double)] {
        var ppas: [(offer: RenewableOffer, mw: Double)] = []
        for (id, mw) in planned.renewablesMW where mw > 0 {
            guard let offer = catalog.renewables.first(where: { $0.id == id }) else {
                throw .unknownOffer(
                    path: planFile, offer: id, site: planned.id, renewablesFile: directory + "/renewables.csv")
            }
            if offer.contract == .ppa { ppas.append((offer, mw)) }
        }
        return ppas
    }

    private static func siteAudit(
        _ planned: AuditPlan.Site, site: Site, ppas: [(offer: RenewableOffer, mw: Double)], readings: [MeterInterval]
    ) -> SiteAudit {
        let profile = SiteProfile(site)
        var total = EnergyTally()
        var months: [(month: String, tally: EnergyTally)] = []
        for reading in readings {
            let tally = self.tally(reading, planned: planned, profile: profile, ppas: ppas)
            total.add(tally)
            let month = reading.start.monthLabel
            if let i = months.firstIndex(where: { $0.month == month }) {
                months[i].tally.add(tally)
            } else {
                months.append((month, tally))
            }
        }
        months.sort { $0.month < $1.month }
        let end = readings.map(\.end).max()!
        let permit = site.maxWaterM3PerYr.flatMap { limit in
            total.waterHours > 0 ? limit * Double(total.waterHours) / 8760 : nil
        }
        let drift = Drift(
            excessMWhPerYr: total.hours > 0 ? total.excessMWh * 8760 / Double(total.hours) : 0,
            priceUSDPerMWh: profile.average.gridPriceUSDPerMWh, carbonKgPerMWh: profile.average.gridCarbonKgPerMWh)
        return SiteAudit(
            planned: planned, hourlyProfile: profile.isChronological, firstHour: readings[0].start, endHour: end,
            total: total, months: months, waterPermitM3: permit, drift: drift)
    }

    /// One interval's figures: grid = facility − on-site; matched = min(grid, Σ PPA MW × capacity-factor hours);
    /// fossil = (grid − matched) × (1 − the grid's carbon-free share); carbon = grid × intensity.
    static func tally(
        _ reading: MeterInterval, planned: AuditPlan.Site, profile: SiteProfile,
        ppas: [(offer: RenewableOffer, mw: Double)]
    ) -> EnergyTally {
        let window = profile.window(from: reading.start, hours: reading.hours, offers: ppas.map(\.offer))
        let ppaMWh = zip(ppas, window.capacityFactorHours).reduce(0.0) { $0 + $1.0.mw * $1.1 }
        let grid = reading.gridMWh
        let matched = min(grid, ppaMWh)
        var tally = EnergyTally()
        tally.intervals = 1
        tally.hours = reading.hours
        tally.itMWh = reading.itMWh
        tally.facilityMWh = reading.facilityMWh
        tally.onsiteMWh = reading.onsiteMWh
        tally.gridMWh = grid
        tally.ppaMatchedMWh = matched
        tally.fossilMWh = (grid - matched) * (1 - window.gridCFEFraction)
        tally.gridCarbonT = grid * window.gridCarbonKgPerMWh / 1000
        tally.plannedFacilityMWh = planned.facilityMW * Double(reading.hours)
        tally.excessMWh = reading.facilityMWh - planned.pue * reading.itMWh
        if let water = reading.waterM3 {
            tally.waterM3 = water
            tally.waterHours = reading.hours
        }
        return tally
    }
}
