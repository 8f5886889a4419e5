import CGLPK

/// Which rows and columns an optimal LP solution has basic, GLPK's status
/// codes as it reports them: handed to a later solve of the same program,
/// whose root LP then starts where this one ended instead of from scratch
/// (`SolveOptions.rootBasis`).
public struct LPBasis: Sendable, Equatable {
    /// GLP_BS, GLP_NL, GLP_NU, GLP_NF or GLP_NS per row, in program order.
    var rowStatus: [Int32]
    /// The same per column.
    var columnStatus: [Int32]

    /// Whether GLPK can take this basis for a problem of `rows` × `columns`:
    /// the sizes match, every code is one of GLPK's five (it aborts on any
    /// other) and as many variables are basic as there are rows.
    func fits(rows: Int, columns: Int) -> Bool {
        guard rowStatus.count == rows, columnStatus.count == columns else { return false }
        let known = Int32(GLP_BS)...Int32(GLP_NS)
        guard rowStatus.allSatisfy(known.contains), columnStatus.allSatisfy(known.contains) else { return false }
        let basic = rowStatus.filter { $0 == GLP_BS }.count + columnStatus.filter { $0 == GLP_BS }.count
        return basic == rows
    }

    /// This basis for the program with `count` more columns, each defined by
    /// one more equality row after the others (a sum of old columns minus
    /// the new one is 0): the new columns basic, the new rows at their fixed
    /// value. The basis matrix gains a block with a nonzero diagonal, so it
    /// stays non-singular; where the new columns cost nothing and the sums
    /// stay within their bounds, an optimal basis stays optimal.
    func extended(byDefinedColumns count: Int) -> LPBasis {
        LPBasis(
            rowStatus: rowStatus + Array(repeating: GLP_NS, count: count),
            columnStatus: columnStatus + Array(repeating: GLP_BS, count: count))
    }

    /// GLPK's standard basis of a program of `rows` × `columns`: every row's
    /// slack basic, every column at its lower bound (GLPK puts one without a
    /// lower bound at the bound it has). The dual simplex's start where no
    /// basis of the program is known.
    static func standard(rows: Int, columns: Int) -> LPBasis {
        LPBasis(
            rowStatus: Array(repeating: GLP_BS, count: rows), columnStatus: Array(repeating: GLP_NL, count: columns))
    }
}

extension GLPKProblem {
    /// The current basis (after a simplex run).
    func basis() -> LPBasis {
        LPBasis(
            rowStatus: (0..<Int(rowCount)).map { glp_get_row_stat(pointer, Int32($0 + 1)) },
            columnStatus: (0..<Int(columnCount)).map { glp_get_col_stat(pointer, Int32($0 + 1)) })
    }

    /// Installs `basis` when it fits this problem (`LPBasis.fits`); false otherwise.
    /// GLPK itself turns a non-basic code that does not suit a variable's
    /// bounds into one that does.
    func install(_ basis: LPBasis) -> Bool {
        guard basis.fits(rows: Int(rowCount), columns: Int(columnCount)) else { return false }
        for (i, status) in basis.rowStatus.enumerated() { glp_set_row_stat(pointer, Int32(i + 1), status) }
        for (j, status) in basis.columnStatus.enumerated() { glp_set_col_stat(pointer, Int32(j + 1), status) }
        return true
    }

    /// Back to GLPK's standard basis (every row basic), the start of a fresh solve.
    func resetBasis() {
        glp_std_basis(pointer)
    }
}
