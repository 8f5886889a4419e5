extension LinearProgram {
    /// The program over `kept` columns only (in that order), every other column
    /// held at its value in `values`: their terms move into the row bounds and
    /// their costs into the objective constant, and rows left without a kept
    /// column are dropped (they hold at `values` whatever the kept columns do).
    ///
    /// Solving the restriction is solving this program with the other columns
    /// fixed, on a program as small as the kept part: GLPK's presolver would do
    /// the same, but it cannot run when a starting solution is handed in.
    public func restricted(to kept: [Int], fixingOthersAt values: [Double]) -> LinearProgram {
        precondition(values.count == columns.count, "one value per column")
        var position = [Int](repeating: -1, count: columns.count)
        var restricted = LinearProgram()
        for j in kept {
            let column = columns[j]
            position[j] =
                restricted.addColumn(
                    column.name, lower: column.lower, upper: column.upper, cost: column.cost,
                    isInteger: column.isInteger
                ).index
        }
        restricted.objectiveConstant = objectiveConstant
        for (j, column) in columns.enumerated() where position[j] < 0 {
            restricted.objectiveConstant += column.cost * values[j]
        }
        var termsOfRow = [[(ColumnID, Double)]](repeating: [], count: rows.count)
        var fixedActivity = [Double](repeating: 0, count: rows.count)
        for entry in entries {
            let k = position[entry.column]
            if k >= 0 {
                termsOfRow[entry.row].append((ColumnID(index: k), entry.value))
            } else {
                fixedActivity[entry.row] += entry.value * values[entry.column]
            }
        }
        for (r, row) in rows.enumerated() where !termsOfRow[r].isEmpty {
            restricted.addRow(
                row.name, lower: row.lower - fixedActivity[r], upper: row.upper - fixedActivity[r],
                terms: termsOfRow[r])
        }
        return restricted
    }
}
