/// A linear expression over model columns, kept so the same formula serves the
/// objective, a constraint and the report (one definition per quantity).
public struct LinearExpression: Sendable {
    /// The (column, coefficient) pairs in the order added, zero coefficients left out.
    public private(set) var terms: [(column: LinearProgram.ColumnID, coefficient: Double)] = []

    /// The empty expression, worth 0.
    public init() {}

    /// Adds `coefficient` · `column`; a zero coefficient is skipped.
    public mutating func add(_ column: LinearProgram.ColumnID, _ coefficient: Double) {
        if coefficient != 0 { terms.append((column, coefficient)) }
    }

    /// Adds every term of `other`, multiplied by `factor`.
    public mutating func add(_ other: LinearExpression, times factor: Double = 1) {
        for term in other.terms { add(term.column, term.coefficient * factor) }
    }

    /// The expression's value for a vector of column values.
    public func value(_ columnValues: [Double]) -> Double {
        terms.reduce(0) { $0 + $1.coefficient * columnValues[$1.column.index] }
    }

    /// The terms as `addRow` takes them, with `extra` appended.
    func rowTerms(_ extra: [(LinearProgram.ColumnID, Double)] = []) -> [(LinearProgram.ColumnID, Double)] {
        terms.map { ($0.column, $0.coefficient) } + extra
    }
}

/// The cost terms of the objective, in the order cli.md lists them.
public enum CostTerm: String, CaseIterable, Sendable {
    case servers, cooling, electrical, sites, storage, renewables, batteries
    case gridEnergy = "grid_energy"
    case ppaSettlement = "ppa_settlement"
    case water
    case heatRevenue = "heat_revenue"
    case carbon
}
