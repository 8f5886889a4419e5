/// GLPK's branch and bound of the whole model twice, on two cores: once as
/// on one core (GLPK's cuts, planctl's branching on sites, then runs) and
/// once without cuts and with GLPK's own branching, meeting every
/// `roundIterations` simplex iterations (`MIPExchange`) to take the cheaper
/// plan and the higher bound, and stopping together once those prove the gap.
///
/// Neither setting wins everywhere (docs/performance.md, "Two branch and
/// bounds on the mediums"): the one-core setting proves the sample, its
/// flexible variants and hard-medium seed 2 fastest, while medium seed 1 is
/// proven only by the other (24 s as a pair; one core ends at 1.27 % after
/// 120 s) and hard-medium's bound rises further with GLPK's own branching
/// (gap 1.85 % instead of 2.09 %). Of the second settings measured (cuts off
/// with planctl's branching, cuts on with GLPK's) this one gained most.
///
/// The rounds are counted in simplex iterations, so a search that ends by
/// proof ends with the same plan whatever the clock did.
enum PairedBranchAndBound {
    /// Simplex iterations between two meetings. Measured on medium seeds 1–3
    /// and hard-medium seeds 2 and 1 (seconds to the proof, 2 jobs, GLPK's
    /// search on the copy with server type binaries; docs/performance.md):
    /// 100 gave 19.1, 12.1, 19.6, 11.1–14.1 and 45.1; 2,000 gave 16.5, 8.9,
    /// 17.6, 8.7 and 43.2; 5,000 gave 18.1, 8.8, 17.7, 9.2 and 38.9. Fewer
    /// meetings wait less for the slower search; a meeting costs a copy of
    /// the plan (microseconds).
    static let roundIterations = 2000

    /// Whether `model`'s branch and bound runs as a pair within `context`: a
    /// second job to run it on, GLPK's cuts on (`--cuts off` in the benchmark
    /// measures one setting alone), and a model below the neighbourhoods'
    /// size. Above it two jobs already search side by side
    /// (`SideBySideSearch`), and from 10,000 integers the branch and bound's
    /// root LP ends about a second before the deadline (hard-xlarge), too late
    /// for a second search to add anything.
    static func applies(to model: PlanModel, context: PlanningContext) -> Bool {
        context.jobs > 1 && context.search.cuts
            && model.program.integerColumnCount < context.search.neighbourhoodsFromIntegers
    }

    /// Both branch and bounds of `program`, options as `adjust` sets them,
    /// within the context's deadline; the searches' results `combined`.
    /// With `copy`, the search with GLPK's own branching searches the copy
    /// with a binary per run and server type, which its pseudo-costs pick
    /// (`ServerTypeChoices`).
    static func solve(
        _ program: LinearProgram, copy: ServerTypeChoices? = nil, context: PlanningContext,
        roundIterations: Int = roundIterations, _ adjust: @escaping @Sendable (inout SolveOptions) -> Void = { _ in }
    ) -> SolveResult {
        let seats = MIPExchange.seats(2, roundIterations: roundIterations, mipGap: context.mipGap)
        let other = ThreadedValue { () -> SolveResult in
            let result = context.solveMIP(copy?.program ?? program) {
                adjust(&$0)
                copy?.adapt(&$0)
                $0.branchingPriority = nil
                $0.exchange = seats[1]
            }
            return copy?.modelResult(result) ?? result
        }
        let oneCore = context.solvePlanningMIP(program, showProgress: true) {
            adjust(&$0)
            $0.exchange = seats[0]
        }
        return combined([oneCore, other.value], context: context)
    }

    /// The result of searches of one program: a proven plan where one is
    /// proven, else the cheapest plan (the earlier search's on a tie),
    /// under the highest bound any of them reached.
    static func combined(_ results: [SolveResult], context: PlanningContext) -> SolveResult {
        let proven = results.filter { $0.status == .optimal }
        let candidates = proven.isEmpty ? results.filter(\.hasSolution) : proven
        guard var best = candidates.first, let first = best.objective else { return results[0] }
        var objective = first
        for other in candidates.dropFirst() {
            if let cost = other.objective, cost < objective - BaseStart.tie(objective) {
                best = other
                objective = cost
            }
        }
        return best.restated(under: results.compactMap(\.bestBound).max(), context: context)
    }
}
