/// Why a program could not be derived from a solution.
public enum FixIntegersError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The solution does not have one value per column.
    case valueCountMismatch(columns: Int, values: Int)
    /// An integer column's value is NaN or infinite.
    case nonFiniteValue(column: String, value: Double)

    /// One plain sentence saying what went wrong and what to do.
    public var description: String {
        switch self {
        case .valueCountMismatch(let columns, let values):
            return "the solution has \(values) values but the program has \(columns) columns; "
                + "pass the columnValues of a solve of this same program"
        case .nonFiniteValue(let column, let value):
            return "integer column \(column) has the value \(value) in the solution; "
                + "only a solution with finite values can be fixed"
        }
    }
}

extension LinearProgram {
    /// A copy in which every integer column is fixed at its rounded value
    /// and made continuous, for the LP whose duals are the shadow prices.
    ///
    /// `values` is one value per column, normally `SolveResult.columnValues`
    /// of a MIP solve of this program. Continuous columns keep their bounds.
    public func withIntegersFixed(_ values: [Double]) throws(FixIntegersError) -> LinearProgram {
        guard values.count == columns.count else {
            throw .valueCountMismatch(columns: columns.count, values: values.count)
        }
        var fixed = self
        for (j, column) in columns.enumerated() where column.isInteger {
            guard values[j].isFinite else {
                throw .nonFiniteValue(column: column.name, value: values[j])
            }
            // GLPK returns integer columns already rounded; rounding again
            // absorbs tolerance noise, and clamping keeps lower ≤ upper.
            let value = min(max(values[j].rounded(), column.lower), column.upper)
            fixed.setBounds(ColumnID(index: j), lower: value, upper: value)
            fixed.setInteger(j, false)
        }
        return fixed
    }
}
