/// The multi-year program of horizon.md: one v1 year per year of the horizon,
/// in one program, linked by what is bought in each year.
///
/// Year y's model is v1's with the quantities installed that year; purchase
/// columns say what is bought when, and link rows make the installed count the
/// purchases of the last ⌈lifetime⌉ years (PPAs: every year so far).
public struct HorizonModel: Sendable {
    typealias Column = LinearProgram.ColumnID

    /// The validated catalog of every year.
    public var catalog: Catalog
    /// The whole program: every year's columns and rows, the purchases and the links.
    public var program = LinearProgram()
    /// Year y's model at index y − 1: its catalog (its runs, its prices), where its
    /// installed quantities, rows, costs and carbon are. Its own `program` is empty.
    public var years: [PlanModel] = []
    /// What is bought in year y, at index y − 1.
    public var purchases: [Purchases] = []
    /// Upfront spend of year y in USD (not annualised), at index y − 1, by site index.
    public var upfrontUSD: [[Int: LinearExpression]] = []
    /// Rows that bound each year's purchases.
    public var limits = LimitRows()
    /// Upfront price of one unit of each purchase column (USD per node, unit, MW, MWh),
    /// at its year's prices, electrical and cooling included: the one formula behind
    /// the budget rows and the schedule's spend.
    public var upfrontPriceUSD: [LinearProgram.ColumnID: Double] = [:]

    /// The purchase columns of one year, keyed like the installed ones in `ModelIndex`.
    public struct Purchases: Sendable {
        /// Nodes bought (integer), by placement; only where the server and site allow buying that year.
        var nodes: [ModelIndex.Placement: Column] = [:]
        /// Storage units bought (integer), by site and storage index.
        var storageUnits: [Int: [Int: Column]] = [:]
        /// MW built or contracted from this year, by offer index.
        var offerMW: [Int: Column] = [:]
        /// Battery energy (MWh) and power (MW) bought, by site and battery index.
        var batteryMWh: [Int: [Int: Column]] = [:]
        var batteryMW: [Int: [Int: Column]] = [:]
    }

    /// Rows of the per-year limits on purchases.
    public struct LimitRows: Sendable {
        /// `max_nodes` on the nodes bought in a year, by year index then server index.
        public var supply: [[Int: LinearProgram.RowID]] = []
        /// `capex_budget_usd` on a year's upfront spend, by year index; empty without a budget.
        public var capexBudget: [LinearProgram.RowID] = []
    }

    /// Builds the program of every year of `catalog`'s horizon.
    public init(catalog: Catalog) {
        var builder = HorizonBuilder(catalog: catalog)
        builder.build()
        self = builder.model
    }

    /// Carbon of every year and site together (tCO2e over the horizon).
    public var totalCarbonT: LinearExpression {
        var total = LinearExpression()
        for year in years {
            for s in year.index.openable {
                total.add(year.operationalCarbonT[s] ?? LinearExpression())
                total.add(year.embodiedCarbonT[s] ?? LinearExpression())
            }
        }
        return total
    }

    /// Discount factor of year y (1-based).
    public func discountFactor(year y: Int) -> Double { catalog.policy.discountFactor(year: y) }
}

extension HorizonModel {
    /// An empty model of `catalog`'s horizon, for `HorizonBuilder` to fill.
    init(building catalog: Catalog) {
        self.catalog = catalog
    }
}
