/// The planning MIP split by site, for the Lagrangian search.
///
/// Once each run's home is priced instead of required, the sites are
/// independent: every row but the assignment rows (Σ z = 1 per run) and the
/// few rows that sum over sites (server supply, carbon cap, carbon-free floor,
/// capex budget) touches the columns of one site. Those coupling rows are
/// dualised; each site keeps its own rows plus two valid ones that make the
/// split tight (../shared/notes/solver-evidence.md):
/// - share ≥ z for each candidate home: with Σ z = 1, Σ share ≥ 1 and
///   share ≤ z the work share equals z, so the work rows (which sum over
///   sites) become redundant and are dropped;
/// - Σ_g z ≤ 1 for each run at each site.
struct SiteDecomposition {
    /// A coupling row and the sign its multiplier may take.
    struct CouplingRow {
        /// Row index in the full program.
        var row: Int
        /// The bound the row holds to: b in a·x = b, a·x ≥ b or a·x ≤ b.
        var bound: Double
        /// +1: a ≥ row (multiplier ≥ 0); −1: a ≤ row (≤ 0); 0: an equality (free).
        var sense: Int
    }

    /// One site's subproblem: its program (costs to be priced) and where its columns come from.
    struct Site {
        /// Site index in the catalog.
        var site: Int
        /// The site's program with the original costs.
        var program: LinearProgram
        /// For each of its columns, the column in the full program.
        var fullColumn: [Int]
        /// Its o_s column.
        var openColumn: Int
    }

    /// The rows dualised, in row order.
    let coupling: [CouplingRow]
    /// Each open-able site's subproblem, in site order.
    let sites: [Site]
    /// The full program in the decomposable form (work rows replaced), whose LP
    /// duals on the coupling rows start the multipliers.
    let reformulated: LinearProgram
    /// For each coupling row, its row in `reformulated`.
    let reformulatedRow: [Int]
    /// Coefficients of the coupling rows by full column: (coupling index, value).
    let couplingTerms: [[(Int, Double)]]

    /// The split of `model`, or nil when it does not decompose (one site, a
    /// ranged coupling row, or a column that belongs to no site).
    init?(_ model: PlanModel) {
        let program = model.program
        let index = model.index
        guard index.openable.count > 1, let siteOf = model.siteOfColumn() else { return nil }
        let workRows = Set(model.limits.work.values.map(\.index))
        var columnsOfRow = [[(column: Int, value: Double)]](repeating: [], count: program.rows.count)
        for entry in program.entries { columnsOfRow[entry.row].append((entry.column, entry.value)) }

        var coupling: [CouplingRow] = []
        var localRows = [[Int]](repeating: [], count: model.catalog.sites.count)
        for (r, row) in program.rows.enumerated() where !workRows.contains(r) {
            let sitesOfRow = Set(columnsOfRow[r].map { siteOf[$0.column] })
            if sitesOfRow.count == 1, let s = sitesOfRow.first {
                localRows[s].append(r)
                continue
            }
            guard !sitesOfRow.isEmpty else { continue }
            if row.lower == row.upper {
                coupling.append(CouplingRow(row: r, bound: row.lower, sense: 0))
            } else if row.lower.isFinite && !row.upper.isFinite {
                coupling.append(CouplingRow(row: r, bound: row.lower, sense: 1))
            } else if row.upper.isFinite && !row.lower.isFinite {
                coupling.append(CouplingRow(row: r, bound: row.upper, sense: -1))
            } else {
                return nil
            }
        }
        self.coupling = coupling
        var terms = [[(Int, Double)]](repeating: [], count: program.columns.count)
        for (k, row) in coupling.enumerated() {
            for (column, value) in columnsOfRow[row.row] { terms[column].append((k, value)) }
        }
        couplingTerms = terms

        // The valid rows that tie z and the work share, per site and run.
        var extraRows: [(site: Int, name: String, lower: Double, upper: Double, terms: [(Int, Double)])] = []
        for a in index.assignments {
            let z = index.assigned[a]!.index
            let share = index.workShare[a]!.index
            extraRows.append((a.site, "share_ge_z", 0, .infinity, [(share, 1), (z, -1)]))
        }
        for w in model.catalog.workloads.indices {
            var bySite: [Int: [Int]] = [:]
            for a in index.assignments(workload: w) { bySite[a.site, default: []].append(index.assigned[a]!.index) }
            for (s, zs) in bySite.sorted(by: { $0.key < $1.key }) where zs.count > 1 {
                extraRows.append((s, "one_server", -.infinity, 1, zs.map { ($0, 1.0) }))
            }
        }

        sites = index.openable.map { s in
            let columns = program.columns.indices.filter { siteOf[$0] == s }
            var position = [Int: Int]()
            var sub = LinearProgram()
            for j in columns {
                let c = program.columns[j]
                position[j] =
                    sub.addColumn(c.name, lower: c.lower, upper: c.upper, cost: c.cost, isInteger: c.isInteger)
                    .index
            }
            for r in localRows[s] {
                let row = program.rows[r]
                sub.addRow(
                    row.name, lower: row.lower, upper: row.upper,
                    terms: columnsOfRow[r].map { (LinearProgram.ColumnID(index: position[$0.column]!), $0.value) })
            }
            for extra in extraRows where extra.site == s {
                sub.addRow(
                    extra.name, lower: extra.lower, upper: extra.upper,
                    terms: extra.terms.map { (LinearProgram.ColumnID(index: position[$0.0]!), $0.1) })
            }
            return Site(site: s, program: sub, fullColumn: columns, openColumn: position[index.siteOpen[s]!.index]!)
        }

        // The full program with the work rows replaced by the valid rows.
        var full = LinearProgram()
        for c in program.columns {
            full.addColumn(c.name, lower: c.lower, upper: c.upper, cost: c.cost, isInteger: c.isInteger)
        }
        var newRow = [Int: Int]()
        for (r, row) in program.rows.enumerated() where !workRows.contains(r) {
            newRow[r] =
                full.addRow(
                    row.name, lower: row.lower, upper: row.upper,
                    terms: columnsOfRow[r].map { (LinearProgram.ColumnID(index: $0.column), $0.value) }
                ).index
        }
        for extra in extraRows {
            full.addRow(
                extra.name, lower: extra.lower, upper: extra.upper,
                terms: extra.terms.map { (LinearProgram.ColumnID(index: $0.0), $0.1) })
        }
        full.objectiveConstant = program.objectiveConstant
        reformulated = full
        reformulatedRow = coupling.map { newRow[$0.row]! }
    }
}
