import CGLPK

/// The one owner of a GLPK `glp_prob*`: built from a validated program in
/// `init`, deleted in `deinit`.
///
/// GLPK allocates a problem in the calling thread's environment, so an
/// instance must be created, used and released on one thread, within one
/// solve; results are copied out into Swift values before it dies.
final class GLPKProblem {
    /// The C handle; valid for the lifetime of this object.
    let pointer: OpaquePointer
    /// Number of rows and columns, as GLPK counts them.
    let rowCount: Int32
    let columnCount: Int32

    /// Loads `program` (already validated: GLPK aborts on bad input).
    /// `integral: false` loads every column as continuous, for the relaxation.
    init(_ program: LinearProgram, integral: Bool = true) {
        GLPKHeap.tuned
        pointer = glp_create_prob()
        rowCount = Int32(program.rows.count)
        columnCount = Int32(program.columns.count)
        glp_set_obj_dir(pointer, GLP_MIN)
        // Column 0 of the objective is GLPK's constant term.
        glp_set_obj_coef(pointer, 0, program.objectiveConstant)
        if rowCount > 0 { glp_add_rows(pointer, rowCount) }
        if columnCount > 0 { glp_add_cols(pointer, columnCount) }
        for (i, row) in program.rows.enumerated() {
            let index = Int32(i + 1)
            glp_set_row_name(pointer, index, row.name)
            let bounds = GLPKBounds(lower: row.lower, upper: row.upper)
            glp_set_row_bnds(pointer, index, bounds.type, bounds.lower, bounds.upper)
        }
        for (j, column) in program.columns.enumerated() {
            let index = Int32(j + 1)
            glp_set_col_name(pointer, index, column.name)
            let bounds = GLPKBounds(lower: column.lower, upper: column.upper)
            glp_set_col_bnds(pointer, index, bounds.type, bounds.lower, bounds.upper)
            glp_set_obj_coef(pointer, index, column.cost)
            if integral && column.isInteger { glp_set_col_kind(pointer, index, GLP_IV) }
        }
        loadMatrix(program.entries)
    }

    deinit {
        glp_delete_prob(pointer)
    }

    /// The one conversion from 0-based entries to GLPK's 1-based triplet
    /// arrays (element 0 of each array is unused by GLPK).
    private func loadMatrix(_ entries: [LinearProgram.Entry]) {
        let count = entries.count
        var rowIndices = [Int32](repeating: 0, count: count + 1)
        var columnIndices = [Int32](repeating: 0, count: count + 1)
        var values = [Double](repeating: 0, count: count + 1)
        for (k, entry) in entries.enumerated() {
            rowIndices[k + 1] = Int32(entry.row + 1)
            columnIndices[k + 1] = Int32(entry.column + 1)
            values[k + 1] = entry.value
        }
        glp_load_matrix(pointer, Int32(count), rowIndices, columnIndices, values)
    }

    /// Equilibrates rows and columns; GLPK's simplex is sensitive to the
    /// wide coefficient ranges of money, energy and FLOP rows. Only worth
    /// it when the simplex runs on this problem itself: GLPK's presolvers
    /// build and scale their own transformed copy and ignore these factors.
    func scale() {
        glp_scale_prob(pointer, GLP_SF_AUTO)
    }

    /// Objective, column values and row activities of the MIP solution.
    func mipSolution() -> (objective: Double, columns: [Double], rows: [Double]) {
        let columns = (0..<Int(columnCount)).map { glp_mip_col_val(pointer, Int32($0 + 1)) }
        let rows = (0..<Int(rowCount)).map { glp_mip_row_val(pointer, Int32($0 + 1)) }
        return (glp_mip_obj_val(pointer), columns, rows)
    }

    /// Objective, column values, row activities and row duals of the basic solution.
    func basicSolution() -> (objective: Double, columns: [Double], rows: [Double], duals: [Double]) {
        let columns = (0..<Int(columnCount)).map { glp_get_col_prim(pointer, Int32($0 + 1)) }
        let rows = (0..<Int(rowCount)).map { glp_get_row_prim(pointer, Int32($0 + 1)) }
        let duals = (0..<Int(rowCount)).map { glp_get_row_dual(pointer, Int32($0 + 1)) }
        return (glp_get_obj_val(pointer), columns, rows, duals)
    }
}

/// GLPK's bound type for a (lower, upper) pair; infinite sides become open.
struct GLPKBounds {
    let type: Int32
    let lower: Double
    let upper: Double

    init(lower: Double, upper: Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): (type, self.lower, self.upper) = (GLP_FR, 0, 0)
        case (true, false): (type, self.lower, self.upper) = (GLP_LO, lower, 0)
        case (false, true): (type, self.lower, self.upper) = (GLP_UP, 0, upper)
        case (true, true): (type, self.lower, self.upper) = (lower == upper ? GLP_FX : GLP_DB, lower, upper)
        }
    }
}
