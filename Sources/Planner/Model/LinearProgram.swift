/// A solver-free mixed-integer program in matrix form: 0-based columns with
/// bounds, kind and cost, ranged rows and sparse entries; always minimised.
///
/// Nothing here calls GLPK, so model builders can be tested without a
/// solver. `validationIssues()` checks it before it reaches C.
public struct LinearProgram: Sendable {
    /// Handle of a column, returned by `addColumn`.
    public struct ColumnID: Hashable, Sendable {
        /// 0-based position in `columns`.
        public let index: Int
    }

    /// Handle of a row, returned by `addRow`.
    public struct RowID: Hashable, Sendable {
        /// 0-based position in `rows`.
        public let index: Int
    }

    /// A variable: its bounds, its cost per unit in the objective and its kind.
    public struct Column: Sendable, Equatable {
        /// Name for debugging and export, e.g. `nodes[site-a,h100,liquid]`.
        public var name: String
        /// Lower bound; `-.infinity` when the variable is free below.
        public var lower: Double
        /// Upper bound; `.infinity` when the variable is free above.
        public var upper: Double
        /// Objective coefficient (USD per unit of the variable).
        public var cost: Double
        /// Whether the variable must take an integer value.
        public var isInteger: Bool
    }

    /// A constraint `lower ≤ Σ entries · columns ≤ upper`.
    public struct Row: Sendable, Equatable {
        /// Name for debugging and export, e.g. `floor[site-a]`.
        public var name: String
        /// Lower bound; `-.infinity` for an open side (lower == upper is an equality).
        public var lower: Double
        /// Upper bound; `.infinity` for an open side.
        public var upper: Double
    }

    /// One nonzero coefficient of the constraint matrix (0-based indices).
    public struct Entry: Sendable, Equatable {
        /// 0-based row index.
        public var row: Int
        /// 0-based column index.
        public var column: Int
        /// Coefficient of the column in the row.
        public var value: Double
    }

    /// The variables, in the order they were added.
    public private(set) var columns: [Column] = []

    /// Columns that must take whole values (integer and binary).
    public var integerColumnCount: Int { columns.reduce(0) { $0 + ($1.isInteger ? 1 : 0) } }
    /// The constraints, in the order they were added.
    public private(set) var rows: [Row] = []
    /// Matrix coefficients, row-major in insertion order, one per (row, column).
    public private(set) var entries: [Entry] = []
    /// Constant added to the objective (USD), e.g. fixed costs outside the model.
    public var objectiveConstant: Double = 0

    /// The objective at `values`, one per column (the constant included).
    public func objectiveValue(_ values: [Double]) -> Double {
        zip(columns, values).reduce(objectiveConstant) { $0 + $1.0.cost * $1.1 }
    }

    /// Position in `entries` of each column's latest term; lets `addRow`
    /// merge a repeated column in O(1) without a dictionary per row.
    private var lastEntryOfColumn: [Int] = []

    /// An empty program.
    public init() {}

    /// Adds a variable and returns its handle.
    @discardableResult
    public mutating func addColumn(
        _ name: String, lower: Double = 0, upper: Double = .infinity,
        cost: Double = 0, isInteger: Bool = false
    ) -> ColumnID {
        columns.append(Column(name: name, lower: lower, upper: upper, cost: cost, isInteger: isInteger))
        lastEntryOfColumn.append(-1)
        return ColumnID(index: columns.count - 1)
    }

    /// Adds the row `lower ≤ Σ value · column ≤ upper` and returns its handle.
    ///
    /// Repeated columns are summed into one entry (GLPK aborts on a repeated
    /// index) and exact zeros, including sums that cancel, are dropped.
    @discardableResult
    public mutating func addRow(
        _ name: String, lower: Double = -.infinity, upper: Double = .infinity,
        terms: [(ColumnID, Double)]
    ) -> RowID {
        let rowIndex = rows.count
        rows.append(Row(name: name, lower: lower, upper: upper))
        let rowStart = entries.count
        for (column, value) in terms {
            let j = column.index
            // A foreign handle is kept as is so the validator can report it.
            guard j >= 0 && j < lastEntryOfColumn.count else {
                entries.append(Entry(row: rowIndex, column: j, value: value))
                continue
            }
            // Stale positions from earlier rows fail one of these checks.
            let previous = lastEntryOfColumn[j]
            if previous >= rowStart && previous < entries.count && entries[previous].column == j {
                entries[previous].value += value
            } else {
                lastEntryOfColumn[j] = entries.count
                entries.append(Entry(row: rowIndex, column: j, value: value))
            }
        }
        dropZeros(from: rowStart)
        return RowID(index: rowIndex)
    }

    /// Adds `usdPerUnit` to the column's objective coefficient.
    public mutating func addCost(_ column: ColumnID, _ usdPerUnit: Double) {
        precondition(columns.indices.contains(column.index), "column handle from another program")
        columns[column.index].cost += usdPerUnit
    }

    /// Replaces the column's bounds.
    public mutating func setBounds(_ column: ColumnID, lower: Double, upper: Double) {
        precondition(columns.indices.contains(column.index), "column handle from another program")
        columns[column.index].lower = lower
        columns[column.index].upper = upper
    }

    /// Replaces the column's kind; used when fixing integer choices.
    mutating func setInteger(_ columnIndex: Int, _ isInteger: Bool) {
        columns[columnIndex].isInteger = isInteger
    }

    /// Compacts the entries of the row that starts at `start`, keeping order.
    private mutating func dropZeros(from start: Int) {
        var kept = start
        for k in start..<entries.count where entries[k].value != 0 {
            if kept != k { entries[kept] = entries[k] }
            kept += 1
        }
        if kept < entries.count { entries.removeLast(entries.count - kept) }
    }
}
