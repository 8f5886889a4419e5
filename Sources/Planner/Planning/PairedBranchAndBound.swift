/// GLPK's branch and bound of the whole model twice, on two cores: once
/// with GLPK's cuts and once without, meeting every `roundIterations`
/// simplex iterations (`MIPExchange`) to take the cheaper plan and the
/// higher bound, and stopping together once those prove the gap.
///
/// Neither setting wins everywhere (docs/performance.md, "Cuts in the main
/// search"): cuts prove the sample and its flexible variants several times
/// faster and hard-medium's best plan, while medium seed 1 is proven only
/// without them (26 s alone; with cuts it ends at 1.27 % after 120 s). On
/// one core the cuts stay on; a second core runs the other setting instead
/// of idling, and the plans and bounds it finds help both searches.
///
/// The rounds are counted in simplex iterations, so a search that ends by
/// proof ends with the same plan whatever the clock did.
enum PairedBranchAndBound {
    /// Simplex iterations between two meetings: about half a second of the
    /// mediums' branch and bound; a search waits at most that long for the other.
    static let roundIterations = 500

    /// Whether `model`'s branch and bound runs as a pair within `context`: a
    /// second job to run it on, GLPK's cuts on (the pair is cuts against none),
    /// and a model below the neighbourhoods' size. Above it two jobs search
    /// side by side (`SideBySideSearch`), and from 10,000 integers two root
    /// LPs at once left hard-xlarge without a bound at 120 s (one finishes).
    static func applies(to model: PlanModel, context: PlanningContext) -> Bool {
        context.jobs > 1 && context.search.cuts
            && model.program.integerColumnCount < context.search.neighbourhoodsFromIntegers
    }

    /// Both branch and bounds of `program`, options as `adjust` sets them,
    /// within the context's deadline; the searches' results `combined`.
    static func solve(
        _ program: LinearProgram, context: PlanningContext, roundIterations: Int = roundIterations,
        _ adjust: @escaping @Sendable (inout SolveOptions) -> Void = { _ in }
    ) -> SolveResult {
        let seats = MIPExchange.seats(2, roundIterations: roundIterations, mipGap: context.mipGap)
        let withoutCuts = ThreadedValue {
            context.solveMIP(program) {
                adjust(&$0)
                $0.exchange = seats[1]
            }
        }
        let withCuts = context.solvePlanningMIP(program, showProgress: true) {
            adjust(&$0)
            $0.exchange = seats[0]
        }
        return combined([withCuts, withoutCuts.value], context: context)
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
        if let bound = results.compactMap(\.bestBound).max() {
            best.bestBound = min(bound, objective)
            best.gap = MIPSearchMonitor.gap(objective: objective, bound: best.bestBound)
        }
        if best.status == .timeLimit, let gap = best.gap, gap <= context.mipGap { best.status = .optimal }
        best.message = SolveMessages.withPlan(
            best.status, limitSeconds: context.timeLimitSeconds, gap: best.gap, gapTolerance: context.mipGap)
        return best
    }
}
