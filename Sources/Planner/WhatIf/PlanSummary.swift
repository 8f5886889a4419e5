import Foundation

/// The figures of one saved plan that what-if tables, diffs and gates compare,
/// read back from plan.json so a comparison of saved plans and one of a fresh
/// run are the same computation on the same (10-digit) numbers.
public struct PlanSummary: Sendable, Equatable {
    /// How the plan's search ended (cli.md's status word in plan.json).
    public var status: SolveStatus
    /// The scenario of scenarios.csv the plan was solved for; nil for the base.
    public var scenario: String?
    /// nil when there is no plan (infeasible or no solution).
    public var objectiveUSDPerYr: Double?
    /// Every cost term of plan.json, in cli.md's order.
    public var costsUSDPerYr: [Figure]
    /// Operational carbon of the plan (tCO2e/yr).
    public var operationalCarbonT: Double
    /// Embodied carbon of the plan (tCO2e/yr).
    public var embodiedCarbonT: Double
    /// Carbon-free share of the plan's energy (fraction of 1).
    public var cfeFraction: Double
    /// Relative gap between the objective and the best bound (fraction of 1);
    /// nil when no bound was proven (plan.json's `mip_gap` null) or there is no plan.
    public var mipGap: Double?
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
    /// A multi-year plan's horizon figures (plan.json's `horizon_years`, `npc_usd`); nil for one year.
    public var horizon: Horizon? = nil

    /// What a full-year check found, as gates judge it.
    public struct FullYear: Sendable, Equatable {
        /// Annual cost of the build over the full year (USD/yr).
        public var objectiveUSDPerYr: Double
        /// Total carbon of the build over the full year (tCO2e/yr).
        public var totalCarbonT: Double
        /// Carbon-free share of the build over the full year (fraction of 1).
        public var cfeFraction: Double
    }

    /// The cost gates judge: a horizon's net present cost (USD); else the full
    /// year's when checked (the truer one), else the plan's (USD/yr).
    public var gatedCostUSDPerYr: Double? {
        guard hasPlan else { return nil }
        return horizon?.npcUSD ?? fullYear?.objectiveUSDPerYr ?? objectiveUSDPerYr
    }
    /// Carbon gates judge: a horizon's total (tCO2e), else a year's (tCO2e/yr).
    public var gatedCarbonT: Double { horizon?.totalCarbonT ?? fullYear?.totalCarbonT ?? totalCarbonT }
    /// Carbon-free share gates judge (fraction of 1).
    public var gatedCFEFraction: Double { fullYear?.cfeFraction ?? cfeFraction }

    /// A named number.
    public struct Figure: Sendable, Equatable {
        /// What the number is: a cost term, `server/cooling`, offer or battery id.
        public var name: String
        /// The number, in the unit its context gives (USD/yr, nodes, MW, MWh).
        public var value: Double

        /// A named string (for digests).
        public struct Text: Sendable, Equatable {
            /// What the string is: an input file's name.
            public var name: String
            /// The string: that file's SHA-256 hex digest.
            public var value: String
        }
    }

    /// One site's build, enough to say what changed.
    public struct Site: Sendable, Equatable {
        /// Site id from sites.csv.
        public var id: String
        /// Whether the plan opens the site.
        public var open: Bool
        /// Nodes by `server/cooling`, sorted by key.
        public var nodes: [Figure]
        /// MW by renewable offer, sorted by offer id.
        public var renewablesMW: [Figure]
        /// Battery MWh by battery type, sorted.
        public var batteryMWh: [Figure]
        /// Storage units by type, sorted by type id.
        public var storage: [Figure] = []
        /// Racks in use (continuous, as the model counts them).
        public var racks: Double
        /// Facility load (MW, flat over the year).
        public var facilityMW: Double
    }

    /// Where one training run goes.
    public struct Workload: Sendable, Equatable {
        /// Workload id from workloads.csv.
        public var id: String
        /// Site id the run is placed at; nil when it is not placed.
        public var site: String?
        /// Server id the run trains on; nil when it is not placed.
        public var server: String?
    }

    /// Whether the summary holds a plan (not infeasible, not without a solution).
    public var hasPlan: Bool { objectiveUSDPerYr != nil }
    /// Operational plus embodied carbon (tCO2e/yr).
    public var totalCarbonT: Double { operationalCarbonT + embodiedCarbonT }
    /// Ids of the sites the plan opens, in plan order.
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
