/// The model's program with one more row per run and candidate site,
/// Σ_g z_wsg − o_s ≤ 0: a run placed at a site opens it.
///
/// The row holds for every plan: a run placed at a site needs nodes there,
/// and a site's nodes need its racks, which are there only when it is open
/// (model.md, rows 1–4). The relaxation does not know it: it opens a
/// fraction of a site for a fraction of each of its runs. On xlarge seed 1
/// (20 sites × 100 runs) the rows lift the relaxation from 308.1 M to
/// 341.2 M USD/yr, where the branch and bound has no time for the cuts that
/// find as much on smaller models (docs/performance.md, "A row per run and
/// site"). They are for the bound only: in the branch and bound's own LPs
/// they slow every node.
struct SiteOpeningRows: Sendable {
    /// The model's program, then the rows.
    let program: LinearProgram

    init(_ model: PlanModel) {
        var program = model.program
        for (w, workload) in model.catalog.workloads.enumerated() {
            let homes = model.index.assignments(workload: w)
            for s in homes.map(\.site).uniqued() {
                guard let open = model.index.siteOpen[s] else { continue }
                let columns = homes.filter { $0.site == s }.compactMap { model.index.assigned[$0] }
                program.addRow(
                    "run_opens_site[\(workload.id),\(model.catalog.sites[s].id)]", lower: -.infinity, upper: 0,
                    terms: columns.map { ($0, 1.0) } + [(open, -1.0)])
            }
        }
        self.program = program
    }

    /// The bound the relaxation with these rows proves within `context`'s
    /// deadline, or until `done` is set, solved on the calling thread by the
    /// dual simplex from GLPK's standard basis: once that is dual feasible
    /// every iterate bounds the plan, so a stopped solve keeps its last bound
    /// (`SolveOptions.rootBasis`). Nil where it never became dual feasible.
    static func relaxationBound(
        _ model: PlanModel, context: PlanningContext, until done: SolveCancellation? = nil
    ) -> Double? {
        relaxation(model, context: context, until: done).bestBound
    }

    /// The relaxation's solve behind `relaxationBound`: status optimal where
    /// it ended at the LP's optimum, whose bound is then the same every run.
    static func relaxation(
        _ model: PlanModel, context: PlanningContext, until done: SolveCancellation? = nil
    ) -> SolveResult {
        let program = SiteOpeningRows(model).program
        return context.withJobs(1).solveLP(program) {
            $0.rootBasis = .standard(rows: program.rows.count, columns: program.columns.count)
            if let done { $0.cancellation = done }
        }
    }
}
