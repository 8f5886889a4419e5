/// The sentences of an audit: one per finding and warning, each with its figures.
public enum AuditText {
    /// One sentence saying what departs from the plan, by how much, and (for PUE) what it costs.
    public static func sentence(_ finding: AuditFinding, options: AuditOptions) -> String {
        switch finding {
        case .pueAbovePlan(let site, let metered, let planned, let limit, let drift):
            return "\(site): metered PUE \(pue(metered)) is \(Markdown.percent(metered / planned - 1)) above "
                + "the plan's \(pue(planned)) (tolerance \(Markdown.percent(options.pueTolerance)), "
                + "limit \(pue(limit))); the excess \(Markdown.number(drift.excessMWhPerYr)) MWh/yr costs "
                + "\(Markdown.money(drift.costUSDPerYr))/yr and \(Markdown.number(drift.carbonTPerYr, decimals: 1)) "
                + "tCO2e/yr at the site's average \(Markdown.number(drift.priceUSDPerMWh, decimals: 1)) USD/MWh "
                + "and \(Markdown.number(drift.carbonKgPerMWh)) kgCO2e/MWh."
        case .cfeBelowPlan(let site, let metered, let planned):
            return "\(site): the carbon-free share \(Markdown.percent(metered)) is "
                + "\(Markdown.number((planned - metered) * 100, decimals: 1)) points below the plan's "
                + "\(Markdown.percent(planned)) (allowed: \(Markdown.number(options.cfeShortfallAllowed * 100)) points)."
        case .cfeBelowPolicy(let metered, let minimum):
            return "All audited sites: the carbon-free share \(Markdown.percent(metered)) is below the policy's "
                + "min_cfe_fraction \(Markdown.percent(minimum))."
        case .waterAbovePermit(let site, let metered, let permit, let hours):
            let perYear = permit * 8760 / Double(hours)
            return "\(site): \(Markdown.number(metered)) m³ of water over \(Markdown.number(Double(hours))) metered "
                + "hours is above the permit's \(Markdown.number(permit)) m³ pro rata "
                + "(\(Markdown.number(perYear)) m³/yr), by \(Markdown.percent(metered / permit - 1))."
        }
    }

    /// One sentence for a warning.
    public static func sentence(_ warning: AuditWarning, options: AuditOptions) -> String {
        switch warning {
        case .lowCoverage(let site, let covered, let span):
            return "\(site): the readings cover \(Markdown.number(Double(covered))) of the "
                + "\(Markdown.number(Double(span))) hours from the first interval to the last "
                + "(\(Markdown.percent(Double(covered) / Double(span))), below "
                + "\(Markdown.percent(options.minimumCoverage, decimals: 0))); the figures stand for the metered hours only."
        case .noReadings(let site):
            return "\(site): the plan opens it, but the meters have no reading of it."
        }
    }

    /// The summary sentence: sites, hours, energy against plan, PUE, carbon-free share, findings.
    public static func summary(_ audit: AuditResult) -> String {
        let fleet = audit.fleet
        guard let first = audit.sites.map(\.firstHour).min(), let end = audit.sites.map(\.endHour).max() else {
            return "No site the plan opens has a reading; nothing was audited."
        }
        var out = "\(Markdown.count(audit.sites.count, "site")) audited over "
        out += "\(Markdown.number(Double(fleet.hours))) metered site-hours (\(first.isoText) to \(end.isoText)): "
        out += "\(Markdown.number(fleet.facilityMWh)) MWh at the facility meters against "
        out += "\(Markdown.number(fleet.plannedFacilityMWh)) MWh planned"
        if fleet.plannedFacilityMWh > 0 {
            out += " (\(Markdown.signedPercent(fleet.facilityMWh / fleet.plannedFacilityMWh - 1)))"
        }
        if let pue = fleet.pue, fleet.itMWh > 0 {
            out +=
                ", PUE \(self.pue(pue)) against \(self.pue((fleet.facilityMWh - fleet.excessMWh) / fleet.itMWh)) planned"
        }
        if let cfe = fleet.cfeFraction { out += ", carbon-free share \(Markdown.percent(cfe))" }
        out += "; "
        out += audit.findings.isEmpty ? "no finding." : Markdown.count(audit.findings.count, "finding") + "."
        return out
    }

    /// A PUE with three decimals.
    static func pue(_ value: Double) -> String { Markdown.number(value, decimals: 3) }
}
