/// The answer a plan gives, in domain terms: what to build where, what it costs
/// and emits, and where each training run goes. Reports render this value.
public struct Plan: Sendable {
    /// How the search ended: `optimal` (gap proven), `time_limit` or `interrupted`.
    public var status: SolveStatus
    /// Annual cost of the plan, the sum of every cost term (USD/yr).
    public var objectiveUSDPerYr: Double
    /// The best proven lower bound on the annual cost (USD/yr); nil when the
    /// search stopped before proving any (its root LP did not finish).
    public var bestBoundUSDPerYr: Double?
    /// Relative gap between the objective and the best bound (fraction of 1); nil without a bound.
    public var mipGap: Double?
    /// Every cost term in cli.md's order (USD/yr).
    public var costs: [(term: CostTerm, usdPerYr: Double)]
    /// Operational and embodied carbon of every site together (tCO2e/yr).
    public var carbon: CarbonTotals
    /// Energy by source summed over every site (MWh/yr).
    public var energy: EnergyTotals
    /// Carbon-free share: 1 − grid energy not matched hourly by a PPA ÷ facility energy (fraction of 1).
    public var cfeFraction: Double
    /// Every site of sites.csv, open or not, in file order.
    public var sites: [SitePlan]
    /// Every workload in file order.
    public var workloads: [WorkloadPlan]
    /// Value of one more unit of each binding limit, with the build fixed (empty when not computed).
    public var shadowPrices: [ShadowPrice]
    /// Active limits re-solved a step each way (`plan --limit-values`); empty when not asked.
    public var limitValues: [LimitValue] = []
    /// How the LP behind the shadow prices ended; anything but `optimal` means none were computed.
    public var shadowPricesStatus: SolveStatus = .optimal
    /// Size of the main MIP and the solver settings it ran with.
    public var solver: SolverSummary
    /// Tool versions, input file digests and scenario the plan was made from.
    public var manifest: Manifest
    /// The representative days the plan was solved on, when profiles were reduced.
    public var representativeDays: ProfileAggregation? = nil
    /// The build dispatched over the full chronological year (`--full-year-check`).
    public var fullYearCheck: FullYearCheck? = nil
    /// The year-by-year schedule of a multi-year plan (`horizon_years` > 1); nil for one year.
    /// The plan's own figures are then the horizon's levelised ones (see `HorizonPlan`).
    public var horizon: HorizonPlan? = nil
    /// Which end of a decision's near-optimal range this plan is (`alternatives`); nil for any other plan.
    public var alternative: AlternativeRole? = nil

    /// Sum of the cost terms of one kind of spending, by term name.
    public func cost(_ term: CostTerm) -> Double {
        costs.first { $0.term == term }?.usdPerYr ?? 0
    }
}

/// tCO2e per year.
public struct CarbonTotals: Sendable, Equatable {
    /// Operational carbon: grid energy times its hourly carbon intensity (tCO2e/yr).
    public var operationalT: Double
    /// Embodied carbon of the equipment, spread over its life (tCO2e/yr).
    public var embodiedT: Double
    /// Operational plus embodied carbon (tCO2e/yr).
    public var totalT: Double { operationalT + embodiedT }
}

/// MWh per year by source.
public struct EnergyTotals: Sendable, Equatable {
    /// Energy the facility draws: IT load times PUE over the year (MWh/yr).
    public var facilityMWh: Double
    /// Energy bought from the grid, PPA-matched share included (MWh/yr).
    public var gridMWh: Double
    /// Energy from on-site renewables used at the site (MWh/yr).
    public var onsiteMWh: Double
    /// Grid energy matched hour by hour by PPA output (MWh/yr).
    public var ppaMatchedMWh: Double
    /// Energy the batteries discharge (MWh/yr).
    public var batteryDischargeMWh: Double
    /// Grid energy not matched by a PPA that the grid mix itself makes carbon-free
    /// (`grid_cfe_fraction`, 24/7 CFE accounting), in MWh/yr; 0 without it.
    public var gridCarbonFreeMWh: Double = 0

    /// Energy that is not carbon-free: grid energy neither matched by a PPA nor
    /// carbon-free in the grid's own mix (MWh/yr).
    public var fossilMWh: Double { gridMWh - ppaMatchedMWh - gridCarbonFreeMWh }

    /// 1 − fossil energy ÷ facility energy; 0 for no energy.
    public var cfeFraction: Double { facilityMWh > 0 ? 1 - fossilMWh / facilityMWh : 0 }

    /// No energy from any source (MWh/yr), the start of a sum.
    public static let zero = EnergyTotals(
        facilityMWh: 0, gridMWh: 0, onsiteMWh: 0, ppaMatchedMWh: 0, batteryDischargeMWh: 0)

    static func + (a: EnergyTotals, b: EnergyTotals) -> EnergyTotals {
        EnergyTotals(
            facilityMWh: a.facilityMWh + b.facilityMWh, gridMWh: a.gridMWh + b.gridMWh,
            onsiteMWh: a.onsiteMWh + b.onsiteMWh, ppaMatchedMWh: a.ppaMatchedMWh + b.ppaMatchedMWh,
            batteryDischargeMWh: a.batteryDischargeMWh + b.batteryDischargeMWh,
            gridCarbonFreeMWh: a.gridCarbonFreeMWh + b.gridCarbonFreeMWh)
    }
}

/// One site's build and operation.
public struct SitePlan: Sendable {
    /// Site id from sites.csv.
    public var id: String
    /// Grid region the site draws from (sites.csv's region).
    public var region: String
    /// Whether the plan opens the site (false also for an unused site that costs nothing to open).
    public var open: Bool
    /// Nodes by `server/cooling`, in catalog order, nonzero only.
    public var nodes: [(server: String, cooling: String, count: Int)]
    /// Accelerators (GPUs) in those nodes.
    public var accelerators: Int
    /// Storage units by type id, nonzero counts only (units).
    public var storage: [(unit: String, count: Int)]
    /// Renewable capacity contracted or built by offer id, nonzero only (MW).
    public var renewablesMW: [(offer: String, mw: Double)]
    /// Batteries by type id: energy capacity (MWh) and power (MW), nonzero only.
    public var batteries: [(battery: String, mwh: Double, mw: Double)]
    /// Racks in use (continuous, as the model counts them).
    public var racks: Double
    /// Peak IT load of servers and storage at full power (MW); sizes the electrical build.
    public var peakITMW: Double
    /// Facility load L_s (MW, flat over the year).
    public var facilityMW: Double
    /// Average IT load of servers and storage (MW).
    public var itMW: Double
    /// facility / IT load; 0 for an empty site.
    public var pue: Double
    /// Cooling water the servers use: avg load × 8,760 h × WUE (m³/yr).
    public var waterM3PerYr: Double
    /// Waste heat sold to a heat network (MWh/yr).
    public var heatSoldMWhPerYr: Double
    /// This site's energy by source (MWh/yr).
    public var energy: EnergyTotals
    /// This site's operational and embodied carbon (tCO2e/yr).
    public var carbon: CarbonTotals
    /// This site's cost terms in cli.md's order (USD/yr).
    public var costs: [(term: CostTerm, usdPerYr: Double)]
    /// Hourly dispatch per step, for charts.
    public var dispatch: [DispatchStep]
    /// The procurement list: what to buy or contract here, in bom.csv's order.
    public var purchases: [Purchase]

    /// PPA output contracted at this site over the year, matched or not (MWh/yr).
    public var ppaContractedMWh: Double = 0
    /// Nodes running on average over the year, Σ Ā (flexible load only; nil when the load is flat).
    public var runningNodesAverage: Double? = nil
    /// Energy-weighted operational carbon of the energy the runs drew, and the
    /// site's average, in kgCO2e/MWh (flexible load only).
    public var runsCarbonKgPerMWh: (runs: Double, site: Double)? = nil

    /// Nodes installed, Σ x.
    public var installedNodes: Int { nodes.reduce(0) { $0 + $1.count } }

    /// Average utilisation Σ Ā / Σ x (flexible load only).
    public var utilization: Double? {
        runningNodesAverage.map { installedNodes > 0 ? $0 / Double(installedNodes) : 0 }
    }

    /// Carbon-free share of this site's energy: 1 − fossil energy / facility energy.
    public var cfeFraction: Double { energy.cfeFraction }

    /// Every cost term summed (USD/yr).
    public var totalCostUSDPerYr: Double { costs.reduce(0) { $0 + $1.usdPerYr } }
}

/// One line of a site's bill of materials.
public struct Purchase: Sendable, Equatable {
    /// What it is: `server`, `cooling`, `storage`, `electrical`, `site`, `onsite_solar`, `ppa_wind`, `battery_energy`, ….
    public var kind: String
    /// Catalog id (`h100/air-dry` for servers), or the kind for site-wide items.
    public var item: String
    /// How many of `unit` to buy or contract (nodes, kW, units, MW, MWh, …).
    public var quantity: Double
    /// `node`, `kW`, `unit`, `site`, `MW`, `MWh`.
    public var unit: String
    /// Upfront price per unit (0 for a contract such as a PPA).
    public var unitPriceUSD: Double
    /// A short note for the buyer: supply limits, lead items, contract terms.
    public var note: PurchaseNote

    /// Upfront total (USD).
    public var totalUSD: Double { quantity * unitPriceUSD }
}

/// One hourly step of a site's dispatch (MW).
public struct DispatchStep: Sendable, Equatable {
    /// Label of the representative period (e.g. a day) the step belongs to.
    public var period: String
    /// Position of the step inside its period, from 0 (hours).
    public var hour: Int
    /// Hours of the year this step stands for (h).
    public var weightHours: Double
    /// Facility load in this hour (MW, flat over the year).
    public var loadMW: Double
    /// Power drawn from the grid in this hour, PPA-matched part included (MW).
    public var gridMW: Double
    /// Power from on-site renewables used in this hour (MW).
    public var onsiteMW: Double
    /// Grid power matched by PPA output in this hour (MW).
    public var ppaMatchedMW: Double
    /// Battery discharge minus charge in this hour (MW; negative while charging).
    public var batteryNetMW: Double
}

/// Where one training run goes and what it uses.
public struct WorkloadPlan: Sendable, Equatable {
    /// Workload id from workloads.csv.
    public var id: String
    /// Site id the run is placed at; empty when it is not placed.
    public var site: String
    /// Server id the run trains on; empty when it is not placed.
    public var server: String
    /// Nodes of `server` at `site` (the cluster the run shares in deadline order).
    public var nodes: Int
    /// Node-days of work the run needs on its server (nodes × days).
    public var nodeDays: Double
    /// Days from the start of the plan by which the run must finish (days).
    public var deadlineDays: Double
    /// Earliest deadline first on the cluster: the finish day of the run before it (0 for the first).
    public var startDay: Double
    /// Day the run finishes on its cluster, earliest deadline first (days).
    public var finishDay: Double
    /// Facility energy of one run: node-days × 24 h × avg power × PUE (MWh per run).
    public var energyMWh: Double
    /// Operational carbon of one run at the site's average intensity (tCO2e per run).
    public var carbonT: Double
    /// Year of the horizon the run trains in (1 in a one-year plan).
    public var year = 1
}

/// The value of relaxing one binding limit by one unit, with the build fixed.
public struct ShadowPrice: Sendable, Equatable {
    /// `racks`, `grid_mw`, `water_m3`, `supply_nodes`, `carbon_cap_t`, `cfe_floor`, `capex_budget_usd`.
    public var limit: String
    /// Site or server id, or nil for a policy limit.
    public var subject: String?
    /// USD/yr saved by one more unit (negative: the limit costs nothing at the margin).
    public var usdPerYrPerUnit: Double
    /// The unit one more of the limit is counted in: `rack`, `MW`, `m³/yr`, `node`, `tCO2e/yr`, ….
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
    /// Rows (constraints) of the main MIP.
    public var rows: Int
    /// Columns (variables) of the main MIP.
    public var columns: Int
    /// Whole-number columns of the main MIP (integer and binary).
    public var integerColumns: Int
    /// Nonzero coefficients of the main MIP's constraint matrix.
    public var nonzeros: Int
}

/// Where a plan came from: tool versions and input digests.
public struct Manifest: Sendable, Equatable {
    /// planctl's version that wrote the plan.
    public var planctlVersion: String
    /// Version of the GLPK library that solved it.
    public var glpkVersion: String
    /// SHA-256 hex digest of each input file, by file name.
    public var inputDigests: [String: String]
    /// The scenario of scenarios.csv the plan was solved for; nil for the base.
    public var scenario: String?
}
