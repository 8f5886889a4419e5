/// What the meters say against the plan: per site and month, the findings and the warnings.
public struct AuditResult: Sendable, Equatable {
    /// Every audited site (open in the plan, with readings), in plan order.
    public var sites: [SiteAudit]
    /// Sums over every audited site.
    public var fleet: EnergyTally
    /// The policy's floor on the carbon-free share (policy.csv); nil when not set.
    public var minCFEFraction: Double?
    /// The thresholds the findings were judged by.
    public var options: AuditOptions
    /// Departures from the plan, in site order, then fleet-wide ones.
    public var findings: [AuditFinding]
    /// Things worth knowing that are not findings (thin coverage, a site without readings).
    public var warnings: [AuditWarning]
}

/// The thresholds of the findings.
public struct AuditOptions: Sendable, Equatable {
    /// Metered PUE may exceed the plan's by this fraction of it (0.05: 1.25 allows up to 1.3125).
    public var pueTolerance = 0.05
    /// A carbon-free share further below the plan's than this (fraction of 1) is a finding.
    public var cfeShortfallAllowed = 0.05
    /// Readings covering less than this share of their span draw a warning.
    public var minimumCoverage = 0.9

    /// The defaults of audit-import.md.
    public init(pueTolerance: Double = 0.05) {
        self.pueTolerance = pueTolerance
    }
}

/// One site's audit.
public struct SiteAudit: Sendable, Equatable {
    /// The site as the plan built it.
    public var planned: AuditPlan.Site
    /// Whether intensity and capacity factors followed the hour (a chronological profile) or the annual average.
    public var hourlyProfile: Bool
    /// The first metered hour.
    public var firstHour: UTCHour
    /// The hour after the last interval ends.
    public var endHour: UTCHour
    /// Sums over every interval.
    public var total: EnergyTally
    /// Sums per calendar month of the intervals' starts, in time order.
    public var months: [(month: String, tally: EnergyTally)]
    /// The site's water permit for the hours that read water (m³); nil without permit or water readings.
    public var waterPermitM3: Double?
    /// What the energy above the plan's PUE costs over a year.
    public var drift: Drift

    /// The site's id.
    public var id: String { planned.id }

    /// Hours from the first interval's start to the last one's end (h).
    public var spanHours: Int { endHour.hoursSinceEpoch - firstHour.hoursSinceEpoch }

    /// Metered hours ÷ span (fraction of 1).
    public var coverageFraction: Double { spanHours > 0 ? Double(total.hours) / Double(spanHours) : 0 }

    /// Equal when every figure agrees.
    public static func == (lhs: SiteAudit, rhs: SiteAudit) -> Bool {
        lhs.planned == rhs.planned && lhs.hourlyProfile == rhs.hourlyProfile && lhs.firstHour == rhs.firstHour
            && lhs.endHour == rhs.endHour && lhs.total == rhs.total
            && lhs.months.map(\.month) == rhs.months.map(\.month)
            && lhs.months.map(\.tally) == rhs.months.map(\.tally) && lhs.waterPermitM3 == rhs.waterPermitM3
            && lhs.drift == rhs.drift
    }
}

/// The cost of a PUE drift: the excess energy extrapolated to a year at the site's average price and intensity.
public struct Drift: Sendable, Equatable {
    /// Excess energy over a year: excess × 8760 ÷ metered hours (MWh/yr).
    public var excessMWhPerYr: Double
    /// The site's average grid price (USD/MWh).
    public var priceUSDPerMWh: Double
    /// The site's average grid carbon intensity (kgCO2e/MWh).
    public var carbonKgPerMWh: Double

    /// The yearly cost of the excess energy (USD/yr).
    public var costUSDPerYr: Double { excessMWhPerYr * priceUSDPerMWh }
    /// The yearly carbon of the excess energy (tCO2e/yr).
    public var carbonTPerYr: Double { excessMWhPerYr * carbonKgPerMWh / 1000 }
}

/// A departure from the plan that a finding reports (and `--fail-on-findings` fails on).
public enum AuditFinding: Sendable, Equatable {
    /// Metered PUE above the plan's PUE × (1 + tolerance), with the drift's cost.
    case pueAbovePlan(site: String, meteredPUE: Double, plannedPUE: Double, limitPUE: Double, drift: Drift)
    /// A site's carbon-free share more than the allowed points below the plan's.
    case cfeBelowPlan(site: String, meteredFraction: Double, plannedFraction: Double)
    /// The carbon-free share of every audited site together below the policy's floor.
    case cfeBelowPolicy(meteredFraction: Double, minimumFraction: Double)
    /// Water above the site's permit pro rata to the hours that read it.
    case waterAbovePermit(site: String, meteredM3: Double, permitM3: Double, hours: Int)

    /// The site the finding is about; nil for a fleet-wide one.
    public var site: String? {
        switch self {
        case .pueAbovePlan(let site, _, _, _, _), .cfeBelowPlan(let site, _, _), .waterAbovePermit(let site, _, _, _):
            return site
        case .cfeBelowPolicy: return nil
        }
    }

    /// A short machine-readable kind, as audit.json names it.
    public var kind: String {
        switch self {
        case .pueAbovePlan: return "pue_above_plan"
        case .cfeBelowPlan: return "cfe_below_plan"
        case .cfeBelowPolicy: return "cfe_below_policy"
        case .waterAbovePermit: return "water_above_permit"
        }
    }
}

/// Something the audit notes that is no finding.
public enum AuditWarning: Sendable, Equatable {
    /// The readings cover less than the minimum share of the span between the first and the last interval.
    case lowCoverage(site: String, coveredHours: Int, spanHours: Int)
    /// The plan opens the site but meters.csv has no reading of it.
    case noReadings(site: String)
}
