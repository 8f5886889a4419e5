/// A plan's whole-number decisions by column name (`nodes[fi-hamina,h100-sxm-8,dlc-45c]`
/// → 120, `open[fi-hamina]` → 1): what a search of a related program needs to
/// start from that plan (`BaseStart`). Continuous columns are left out: they
/// follow from the decisions by one LP, solved on the program that starts.
///
/// By name, not by position: a scenario's catalog has other sites, servers or
/// offers, so its program has other columns; names are built from catalog ids
/// and are the same wherever a column means the same decision.
public struct NamedSolution: Sendable, Equatable {
    /// Each integer column's value, rounded, by the column's name.
    public private(set) var valuesByName: [String: Double]

    /// The integer columns of `program` at `values` (one value per column).
    init(program: LinearProgram, values: [Double]) {
        var named: [String: Double] = [:]
        for (column, value) in zip(program.columns, values) where column.isInteger {
            named[column.name] = value.rounded()
        }
        valuesByName = named
    }

    /// The decisions given by name, for tests and callers that build one by hand.
    public init(valuesByName: [String: Double]) {
        self.valuesByName = valuesByName
    }

    /// One value per column of `program`: for an integer column its named value
    /// clamped into the column's bounds, 0 (nothing bought, not open, not
    /// homed there) where this solution has no such column; nil for a
    /// continuous column. Names this solution has and `program` lacks are ignored.
    func integerValues(for program: LinearProgram) -> [Double?] {
        program.columns.map { column in
            guard column.isInteger else { return nil }
            let value = valuesByName[column.name] ?? 0
            return min(max(value, column.lower), column.upper)
        }
    }
}
