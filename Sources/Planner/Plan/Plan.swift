/// The answer a plan gives, in domain terms: what to build where, what it costs
/// and emits, and where each training run goes. Reports render this value.
public struct Plan: Sendable {
    /// How the search ended: `optimal` (gap proven), `time_limit` or `interrupted`.
    public var status: SolveStatus
    public var objectiveUSDPerYr: Double
    public var bestBoundUSDPerYr: Double
    public var mipGap: Double
    /// Every cost term in cli.md's order (USD/yr).
    public var costs: [(term: CostTerm, usdPerYr: Double)]
    public var carbon: CarbonTotals
    public var energy: EnergyTotals
    public var cfeFraction: Double
    /// Every site of sites.csv, open or not, in file order.
    public var sites: [SitePlan]
    /// Every workload in file order.
    public var workloads: [WorkloadPlan]
    public var shadowPrices: [ShadowPrice]
    /// How the LP behind the shadow prices ended; anything but `optimal` means none were computed.
    public var shadowPricesStatus: SolveStatus = .optimal
    public var solver: SolverSummary
    public var manifest: Manifest
    /// The representative days the plan was solved on, when profiles were reduced.
    public var representativeDays: ProfileAggregation? = nil
    /// The build dispatched over the full chronological year (`--full-year-check`).
    public var fullYearCheck: FullYearCheck? = nil

    /// Sum of the cost terms of one kind of spending, by term name.
    public func cost(_ term: CostTerm) -> Double {
        costs.first { $0.term == term }?.usdPerYr ?? 0
    }
}

/// tCO2e per year.
public struct CarbonTotals: Sendable, Equatable {
    public var operationalT: Double
    public var embodiedT: Double
    public var totalT: Double { operationalT + embodiedT }
}

/// MWh per year by source.
public struct EnergyTotals: Sendable, Equatable {
    public var facilityMWh: Double
    public var gridMWh: Double
    public var onsiteMWh: Double
    public var ppaMatchedMWh: Double
    public var batteryDischargeMWh: Double

    public static let zero = EnergyTotals(
        facilityMWh: 0, gridMWh: 0, onsiteMWh: 0, ppaMatchedMWh: 0, batteryDischargeMWh: 0)

    static func + (a: EnergyTotals, b: EnergyTotals) -> EnergyTotals {
        EnergyTotals(
            facilityMWh: a.facilityMWh + b.facilityMWh, gridMWh: a.gridMWh + b.gridMWh,
            onsiteMWh: a.onsiteMWh + b.onsiteMWh, ppaMatchedMWh: a.ppaMatchedMWh + b.ppaMatchedMWh,
            batteryDischargeMWh: a.batteryDischargeMWh + b.batteryDischargeMWh)
    }
}

/// One site's build and operation.
public struct SitePlan: Sendable {
    public var id: String
    public var region: String
    public var open: Bool
    /// Nodes by `server/cooling`, in catalog order, nonzero only.
    public var nodes: [(server: String, cooling: String, count: Int)]
    /// Accelerators (GPUs) in those nodes.
    public var accelerators: Int
    public var storage: [(unit: String, count: Int)]
    public var renewablesMW: [(offer: String, mw: Double)]
    public var batteries: [(battery: String, mwh: Double, mw: Double)]
    /// Racks in use (continuous, as the model counts them).
    public var racks: Double
    public var peakITMW: Double
    /// Facility load L_s (MW, flat over the year).
    public var facilityMW: Double
    public var itMW: Double
    /// facility / IT load; 0 for an empty site.
    public var pue: Double
    public var waterM3PerYr: Double
    public var heatSoldMWhPerYr: Double
    public var energy: EnergyTotals
    public var carbon: CarbonTotals
    public var costs: [(term: CostTerm, usdPerYr: Double)]
    /// Hourly dispatch per step, for charts.
    public var dispatch: [DispatchStep]
    /// The procurement list: what to buy or contract here, in bom.csv's order.
    public var purchases: [Purchase]

    /// Carbon-free share of this site's energy: 1 − unmatched grid / facility energy.
    public var cfeFraction: Double {
        energy.facilityMWh > 0 ? 1 - (energy.gridMWh - energy.ppaMatchedMWh) / energy.facilityMWh : 0
    }

    /// Every cost term summed (USD/yr).
    public var totalCostUSDPerYr: Double { costs.reduce(0) { $0 + $1.usdPerYr } }
}

/// One line of a site's bill of materials.
public struct Purchase: Sendable, Equatable {
    /// What it is: `server`, `cooling`, `storage`, `electrical`, `site`, `onsite_solar`, `ppa_wind`, `battery_energy`, ….
    public var kind: String
    /// Catalog id (`h100/air-dry` for servers), or the kind for site-wide items.
    public var item: String
    public var quantity: Double
    /// `node`, `kW`, `unit`, `site`, `MW`, `MWh`.
    public var unit: String
    /// Upfront price per unit (0 for a contract such as a PPA).
    public var unitPriceUSD: Double
    /// A short note for the buyer: supply limits, lead items, contract terms.
    public var note: String

    /// Upfront total (USD).
    public var totalUSD: Double { quantity * unitPriceUSD }
}

/// One hourly step of a site's dispatch (MW).
public struct DispatchStep: Sendable, Equatable {
    public var period: String
    public var hour: Int
    public var weightHours: Double
    public var loadMW: Double
    public var gridMW: Double
    public var onsiteMW: Double
    public var ppaMatchedMW: Double
    public var batteryNetMW: Double
}

/// Where one training run goes and what it uses.
public struct WorkloadPlan: Sendable, Equatable {
    public var id: String
    public var site: String
    public var server: String
    /// Nodes of `server` at `site` (the cluster the run shares in deadline order).
    public var nodes: Int
    public var nodeDays: Double
    public var deadlineDays: Double
    /// Earliest deadline first on the cluster: the finish day of the run before it (0 for the first).
    public var startDay: Double
    public var finishDay: Double
    public var energyMWh: Double
    public var carbonT: Double
}

/// The value of relaxing one binding limit by one unit, with the build fixed.
public struct ShadowPrice: Sendable, Equatable {
    /// `racks`, `grid_mw`, `water_m3`, `supply_nodes`, `carbon_cap_t`, `cfe_floor`, `capex_budget_usd`.
    public var limit: String
    /// Site or server id, or nil for a policy limit.
    public var subject: String?
    /// USD/yr saved by one more unit (negative: the limit costs nothing at the margin).
    public var usdPerYrPerUnit: Double
    public var unit: String
}

/// What the solver did, for the report (no timings: outputs are deterministic).
public struct SolverSummary: Sendable, Equatable {
    /// glp_intopt's return code for the main search.
    public var glpkReturnCode: Int32
    /// The command's time limit as configured (s), never a measured remainder.
    public var timeLimitSeconds: Double
    /// The relative gap at which a plan counts as optimal.
    public var mipGapTolerance: Double
    public var rows: Int
    public var columns: Int
    public var integerColumns: Int
    public var nonzeros: Int
}

/// Where a plan came from: tool versions and input digests.
public struct Manifest: Sendable, Equatable {
    public var planctlVersion: String
    public var glpkVersion: String
    public var inputDigests: [String: String]
    public var scenario: String?
}
