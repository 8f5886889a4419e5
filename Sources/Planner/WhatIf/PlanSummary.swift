import Foundation

/// The figures of one saved plan that what-if tables, diffs and gates compare,
/// read back from plan.json so a comparison of saved plans and one of a fresh
/// run are the same computation on the same (10-digit) numbers.
public struct PlanSummary: Sendable, Equatable {
    /// How the plan's search ended (cli.md's status word in plan.json).
    public var status: SolveStatus
    public var scenario: String?
    /// nil when there is no plan (infeasible or no solution).
    public var objectiveUSDPerYr: Double?
    /// Every cost term of plan.json, in cli.md's order.
    public var costsUSDPerYr: [Figure]
    public var operationalCarbonT: Double
    public var embodiedCarbonT: Double
    public var cfeFraction: Double
    public var mipGap: Double
    /// Every site in plan order.
    public var sites: [Site]
    /// Every workload in plan order.
    public var workloads: [Workload]
    /// Why there is no plan (status infeasible), or the solver's message.
    public var reasons: [String]
    /// plan.json's manifest.inputs_sha256, by file name (sorted).
    public var inputDigests: [Figure.Text]
    /// The build's figures over the full year, when plan.json has a full-year check with them.
    public var fullYear: FullYear? = nil

    /// What a full-year check found, as gates judge it.
    public struct FullYear: Sendable, Equatable {
        public var objectiveUSDPerYr: Double
        public var totalCarbonT: Double
        public var cfeFraction: Double
    }

    /// The figures gates judge: the full year's when checked (the truer ones), else the plan's.
    public var gatedCostUSDPerYr: Double? { fullYear?.objectiveUSDPerYr ?? objectiveUSDPerYr }
    public var gatedCarbonT: Double { fullYear?.totalCarbonT ?? totalCarbonT }
    public var gatedCFEFraction: Double { fullYear?.cfeFraction ?? cfeFraction }

    /// A named number.
    public struct Figure: Sendable, Equatable {
        public var name: String
        public var value: Double

        /// A named string (for digests).
        public struct Text: Sendable, Equatable {
            public var name: String
            public var value: String
        }
    }

    /// One site's build, enough to say what changed.
    public struct Site: Sendable, Equatable {
        public var id: String
        public var open: Bool
        /// Nodes by `server/cooling`, sorted by key.
        public var nodes: [Figure]
        /// MW by renewable offer, sorted by offer id.
        public var renewablesMW: [Figure]
        /// Battery MWh by battery type, sorted.
        public var batteryMWh: [Figure]
        public var racks: Double
        public var facilityMW: Double
    }

    /// Where one training run goes.
    public struct Workload: Sendable, Equatable {
        public var id: String
        public var site: String?
        public var server: String?
    }

    /// Whether the summary holds a plan (not infeasible, not without a solution).
    public var hasPlan: Bool { objectiveUSDPerYr != nil }
    public var totalCarbonT: Double { operationalCarbonT + embodiedCarbonT }
    public var openSites: [String] { sites.filter(\.open).map(\.id) }

    /// Nodes per server summed over sites and cooling, sorted by server id.
    public var nodesByServer: [Figure] {
        var counts: [String: Double] = [:]
        for site in sites {
            for node in site.nodes {
                let server = String(node.name.split(separator: "/", maxSplits: 1).first ?? "")
                counts[server, default: 0] += node.value
            }
        }
        return counts.keys.sorted().map { Figure(name: $0, value: counts[$0]!) }
    }

    /// The cost of one term (0 when absent).
    public func cost(_ term: String) -> Double {
        costsUSDPerYr.first { $0.name == term }?.value ?? 0
    }
}
