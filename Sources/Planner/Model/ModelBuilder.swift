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
    var program = LinearProgram()
    var index = ModelIndex()
    /// Cost terms by site index: every cost belongs to one site.
    var costs: [Int: [CostTerm: LinearExpression]] = [:]
    var operationalCarbonT: [Int: LinearExpression] = [:]
    var embodiedCarbonT: [Int: LinearExpression] = [:]
    var limits = PlanModel.LimitRows()

    init(catalog: Catalog, strengthened: Bool = true, boundsFromLimits: Bool = true) {
        self.catalog = catalog
        self.strengthened = strengthened
        self.boundsFromLimits = boundsFromLimits
        self.constants = ModelConstants(catalog: catalog)
    }

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
        prefix + "[" + parts.joined(separator: ",") + "]"
    }
}
