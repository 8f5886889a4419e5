/// Builds the program column by column and row by row; one function per block of model.md.
struct ModelBuilder {
    typealias Column = LinearProgram.ColumnID

    let catalog: Catalog
    let constants: ModelConstants
    /// Whether to state the valid inequalities that lift the LP bound.
    let strengthened: Bool
    /// Whether node and storage counts are bounded by the site's racks and the
    /// server's supply (the planning model); the infeasibility analysis turns
    /// this off so a shortage shows as slack on the floor-space or supply row,
    /// not as a hidden column bound.
    let boundsFromLimits: Bool
    /// Set when the program is one year of a multi-year horizon (`HorizonModel`).
    let horizonYear: HorizonYear?
    var program = LinearProgram()
    var index = ModelIndex()
    /// Cost terms by site index: every cost belongs to one site.
    var costs: [Int: [CostTerm: LinearExpression]] = [:]
    var operationalCarbonT: [Int: LinearExpression] = [:]
    var embodiedCarbonT: [Int: LinearExpression] = [:]
    var limits = PlanModel.LimitRows()

    /// What changes when the builder writes one year of a horizon into a shared program.
    ///
    /// The year's purchases, not its installed counts, carry the capex annuities of
    /// servers, on-site renewables and batteries (their price depends on the year
    /// they are bought, horizon.md); `max_nodes` and the capex budget bound each
    /// year's purchases, so `HorizonBuilder` writes those rows; and the year's
    /// costs enter the objective discounted to the horizon's first year.
    struct HorizonYear {
        /// 1-based year of the horizon.
        var year: Int
        /// 1 / (1 + r)^(year − 1).
        var discountFactor: Double
    }

    init(
        catalog: Catalog, strengthened: Bool = true, boundsFromLimits: Bool = true, horizonYear: HorizonYear? = nil,
        program: LinearProgram = LinearProgram()
    ) {
        self.catalog = catalog
        self.strengthened = strengthened
        self.boundsFromLimits = boundsFromLimits
        self.horizonYear = horizonYear
        self.program = program
        self.constants = ModelConstants(catalog: catalog)
    }

    /// Whether installed counts carry capex annuities (the one-year plan); in a
    /// horizon the purchases carry them.
    var installedCarryCapex: Bool { horizonYear == nil }

    mutating func addConstraints() {
        addFloorSpaceRows()
        addAssignmentRows()
        addWorkRows()
        addDeadlineRows()
        addClusterSizeRows()
        addSupplyRows()
        addStorageRows()
        addFacilityLoadRows()
        addEnergyBalanceRows()
        addBatteryRows()
        addOfferRows()
        addHeatRows()
        addWaterRows()
        addCarbonCapRow()
        addCarbonFreeShareRow()
        addCapexBudgetRow()
        addPPAShareRows()
    }

    /// Adds `coefficient · column` to a cost term of site `s`.
    mutating func cost(_ term: CostTerm, site s: Int, _ column: Column, _ coefficient: Double) {
        costs[s, default: [:]][term, default: LinearExpression()].add(column, coefficient)
    }

    func name(_ prefix: String, _ parts: String...) -> String {
        yearLabel + prefix + "[" + parts.joined(separator: ",") + "]"
    }

    /// The name of a row or column that has no index, `y2.carbon_cap` in a horizon's year 2.
    func name(_ plain: String) -> String { yearLabel + plain }

    private var yearLabel: String { horizonYear.map { "y\($0.year)." } ?? "" }
}
