/// audit.json: the figures of audit.md for machines, keys in a fixed order.
public enum AuditJSON {
    /// The files the audit read, as the user named them (no timestamps: the same inputs give the same bytes).
    public struct Sources: Sendable, Equatable {
        /// The plan.json audited against.
        public var plan: String
        /// The meters file.
        public var meters: String
        /// The input folder.
        public var inputs: String

        /// The three files as named on the command line.
        public init(plan: String, meters: String, inputs: String) {
            self.plan = plan
            self.meters = meters
            self.inputs = inputs
        }
    }

    /// audit.json's text.
    public static func render(_ audit: AuditResult, sources: Sources) -> String {
        JSONValue.object([
            ("plan", .string(sources.plan)), ("meters", .string(sources.meters)), ("inputs", .string(sources.inputs)),
            ("pue_tolerance", .number(audit.options.pueTolerance)),
            ("min_cfe_fraction", audit.minCFEFraction.map(JSONValue.number) ?? .null),
            ("summary", .string(AuditText.summary(audit))),
            ("total", tally(audit.fleet)),
            ("sites", .array(audit.sites.map(site))),
            (
                "findings",
                .array(
                    audit.findings.map { f in
                        .object(
                            [
                                ("kind", .string(f.kind)), ("site", f.site.map(JSONValue.string) ?? .null),
                                ("sentence", .string(AuditText.sentence(f, options: audit.options))),
                            ] + figures(f))
                    })
            ),
            (
                "warnings",
                .array(audit.warnings.map { .string(AuditText.sentence($0, options: audit.options)) })
            ),
        ]).rendered()
    }

    private static func site(_ s: SiteAudit) -> JSONValue {
        .object([
            ("id", .string(s.id)),
            ("profile", .string(s.hourlyProfile ? "hourly" : "annual_average")),
            ("first_hour", .string(s.firstHour.isoText)), ("end_hour", .string(s.endHour.isoText)),
            ("span_hours", .number(Double(s.spanHours))), ("coverage_fraction", .number(s.coverageFraction)),
            (
                "planned",
                .object([
                    ("facility_mw", .number(s.planned.facilityMW)), ("it_mw", .number(s.planned.itMW)),
                    ("pue", .number(s.planned.pue)),
                    ("cfe_fraction", s.planned.cfeFraction.map(JSONValue.number) ?? .null),
                    ("water_m3_per_yr", .number(s.planned.waterM3PerYr)),
                ])
            ),
            ("metered", tally(s.total)),
            ("water_permit_m3", s.waterPermitM3.map(JSONValue.number) ?? .null),
            (
                "drift",
                .object([
                    ("excess_mwh_per_yr", .number(s.drift.excessMWhPerYr)),
                    ("price_usd_per_mwh", .number(s.drift.priceUSDPerMWh)),
                    ("carbon_kg_per_mwh", .number(s.drift.carbonKgPerMWh)),
                    ("cost_usd_per_yr", .number(s.drift.costUSDPerYr)),
                    ("carbon_t_per_yr", .number(s.drift.carbonTPerYr)),
                ])
            ),
            ("months", .array(s.months.map { .object([("month", .string($0.month))] + members($0.tally)) })),
        ])
    }

    private static func tally(_ t: EnergyTally) -> JSONValue { .object(members(t)) }

    private static func members(_ t: EnergyTally) -> [(String, JSONValue)] {
        [
            ("intervals", .number(Double(t.intervals))), ("hours", .number(Double(t.hours))),
            ("it_mwh", .number(t.itMWh)), ("facility_mwh", .number(t.facilityMWh)),
            ("planned_facility_mwh", .number(t.plannedFacilityMWh)), ("pue", t.pue.map(JSONValue.number) ?? .null),
            ("onsite_mwh", .number(t.onsiteMWh)), ("grid_mwh", .number(t.gridMWh)),
            ("ppa_matched_mwh", .number(t.ppaMatchedMWh)), ("fossil_mwh", .number(t.fossilMWh)),
            ("cfe_fraction", t.cfeFraction.map(JSONValue.number) ?? .null),
            ("grid_carbon_t", .number(t.gridCarbonT)), ("excess_mwh", .number(t.excessMWh)),
            ("water_m3", t.waterHours > 0 ? .number(t.waterM3) : .null), ("water_hours", .number(Double(t.waterHours))),
        ]
    }

    private static func figures(_ finding: AuditFinding) -> [(String, JSONValue)] {
        switch finding {
        case .pueAbovePlan(_, let metered, let planned, let limit, let drift):
            return [
                ("metered_pue", .number(metered)), ("planned_pue", .number(planned)), ("limit_pue", .number(limit)),
                ("excess_mwh_per_yr", .number(drift.excessMWhPerYr)), ("cost_usd_per_yr", .number(drift.costUSDPerYr)),
                ("carbon_t_per_yr", .number(drift.carbonTPerYr)),
            ]
        case .cfeBelowPlan(_, let metered, let planned):
            return [("metered_cfe_fraction", .number(metered)), ("planned_cfe_fraction", .number(planned))]
        case .cfeBelowPolicy(let metered, let minimum):
            return [("metered_cfe_fraction", .number(metered)), ("min_cfe_fraction", .number(minimum))]
        case .waterAbovePermit(_, let metered, let permit, let hours):
            return [
                ("metered_m3", .number(metered)), ("permit_m3", .number(permit)), ("hours", .number(Double(hours))),
            ]
        }
    }
}
