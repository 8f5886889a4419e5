/// The planning MIP of model.md in domain terms: the solver-free program plus
/// where every variable, limit and cost term lives, so a solution can be read back.
public struct PlanModel: Sendable {
    /// The validated catalog the program was built from.
    public var catalog: Catalog
    /// The solver-free MIP: columns, rows and objective, for GLPK or an MPS/LP export.
    public var program = LinearProgram()
    /// Where each domain variable's column is in `program`.
    public var index = ModelIndex()
    /// Each objective term by site index; their sum over sites and terms is the objective.
    public var costs: [Int: [CostTerm: LinearExpression]] = [:]
    /// Operational carbon (tCO2e/yr) by site index: grid draw net of PPA matching, plus lifecycle of its offers.
    public var operationalCarbonT: [Int: LinearExpression] = [:]
    /// Embodied carbon (tCO2e/yr) by site index: servers and storage, amortised over their lifetimes.
    public var embodiedCarbonT: [Int: LinearExpression] = [:]
    /// The rows whose duals are reported as shadow prices.
    public var limits = LimitRows()

    /// Rows of the site and policy limits and of each run's work, for shadow
    /// prices and the infeasibility analysis (typed, never looked up by name).
    public struct LimitRows: Sendable {
        /// Row 3 of each workload (Σ work share ≥ 1), by workload index.
        public var work: [Int: LinearProgram.RowID] = [:]
        /// Row 1 (racks used ≤ usable racks), by site index.
        public var floorSpace: [Int: LinearProgram.RowID] = [:]
        /// Row 17 (cooling water in m³/yr ≤ permit), by site index; only sites with a permit.
        public var water: [Int: LinearProgram.RowID] = [:]
        /// Row 12 of every step, by site.
        public var gridConnection: [Int: [LinearProgram.RowID]] = [:]
        /// Row 7 (nodes over all sites ≤ `max_nodes`), by server index; only servers with a limit.
        public var supply: [Int: LinearProgram.RowID] = [:]
        /// Row 18 (operational + embodied tCO2e/yr ≤ `max_carbon_t`); nil without a cap.
        public var carbonCap: LinearProgram.RowID?
        /// Row 19 (carbon-free share of facility energy ≥ `min_cfe_fraction`); nil without a floor.
        public var cfeFloor: LinearProgram.RowID?
        /// Row 20 (upfront capex in USD ≤ `capex_budget_usd`); nil without a budget.
        public var capexBudget: LinearProgram.RowID?
    }

    /// Builds the whole program for a validated catalog. `strengthened` adds the
    /// valid inequalities that tighten the LP bound (see docs/model.md, row 6);
    /// the infeasibility analysis turns them off because they are not slackened.
    /// `boundsFromLimits` bounds node and storage counts by racks and supply;
    /// without it only the floor-space and supply rows limit them (for the infeasibility analysis).
    public init(catalog: Catalog, strengthened: Bool = true, boundsFromLimits: Bool = true) {
        var builder = ModelBuilder(catalog: catalog, strengthened: strengthened, boundsFromLimits: boundsFromLimits)
        builder.addVariables()
        builder.defineCarbon()
        builder.addConstraints()
        builder.addObjective()
        self.init(built: builder, program: builder.program)
    }

    /// The model a builder wrote; a horizon's years keep an empty `program`
    /// because their columns live in the horizon's one program.
    init(built builder: ModelBuilder, program: LinearProgram) {
        self.catalog = builder.catalog
        self.program = program
        self.index = builder.index
        self.costs = builder.costs
        self.operationalCarbonT = builder.operationalCarbonT
        self.embodiedCarbonT = builder.embodiedCarbonT
        self.limits = builder.limits
    }
}

/// Derived constants of model.md, computed once.
struct ModelConstants {
    let catalog: Catalog

    /// CRF(n) at the policy's discount rate.
    func crf(_ years: Double) -> Double { catalog.policy.capitalRecoveryFactor(years: years) }

    /// pue(c) + pue_adder(s).
    func pue(site: Int, cooling: Int) -> Double {
        catalog.cooling[cooling].pue + catalog.sites[site].pueAdder
    }

    /// (1 − ρ): the share of each site limit that may be used now.
    var usableShare: Double { 1 - catalog.policy.expansionReserveFraction }

    /// Node-days workload `w` needs on server `g`.
    func need(workload w: Int, server g: Int) -> Double {
        catalog.workloads[w].nodeDaysNeeded(on: catalog.servers[g])
    }
}
