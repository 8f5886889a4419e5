/// The main search on two cores for models of many integers: two searches
/// from the relaxation's two restrictions (`SearchHints.restrictions`), one
/// on each core for the whole time, and the cheaper plan with the full
/// model's bound.
///
/// - Sites first: the restricted MIP's own branch and bound, which keeps
///   improving its plan with time (hard-large seed 1: 137.40 M USD/yr after
///   45 s, 131.37 M after 63 s, 1 % above the best known).
/// - Homes first: its plan improved by neighbourhoods (one job), then the
///   full model's branch and bound from it, which proves the bound, with the
///   neighbourhoods taking a stalled branch and bound's time back.
///
/// Sequentially, on one core, the sites-first search gets the first-plan
/// stage only (`Planning.firstPlanShare`), and the other core waited for it
/// once homes first was done (docs/performance.md).
enum SideBySideSearch {
    /// Whether `model` is searched this way within `context`.
    static func applies(to model: PlanModel, context: PlanningContext) -> Bool {
        let search = context.search
        return context.jobs > 1 && search.firstPlan && search.neighbourhoods
            && model.program.integerColumnCount >= search.neighbourhoodsFromIntegers
            && SearchHints.startsFromRelaxation(model)
    }

    /// Both searches within the context's deadline; nil when the relaxation
    /// fails, so the caller searches as on one core.
    static func run(_ model: PlanModel, from start: BaseStart?, context: PlanningContext) -> SolveResult? {
        guard let restrictions = SearchHints.restrictions(model, context: context), restrictions.count == 2 else {
            return nil
        }
        let alone = context.withJobs(1)
        // Sites first stops when the proving search ends (by proof, or at the deadline).
        let proofFound = SolveCancellation(following: context.cancellation)
        let results = ParallelMap.map([0, 1], jobs: 2) { side -> SolveResult? in
            if side == 0 {
                return sitesFirst(restrictions[1].program, model: model, context: alone.stopped(by: proofFound))
            }
            defer { proofFound.cancel() }
            return homesFirst(restrictions[0].program, model: model, from: start, context: alone)
        }
        guard let proving = results[1] else { return results[0] }
        return combined(proving, sitesFirst: results[0], context: context)
    }

    /// The proving search's result, with the sites-first plan in its place
    /// where that is cheaper and the proving search ended without proof; the
    /// bound stays. A proven plan stands alone, so it does not depend on when
    /// sites first was stopped.
    static func combined(_ proving: SolveResult, sitesFirst: SolveResult?, context: PlanningContext) -> SolveResult {
        guard proving.status != .optimal, let other = sitesFirst, other.hasSolution, let objective = other.objective
        else { return proving }
        let plan = BaseStart(values: other.columnValues, rowActivities: [], objective: objective)
        return plan.kept(over: proving, context: context)
    }

    /// The sites-first restriction's plan (its bound holds for the restriction only, so it is dropped).
    private static func sitesFirst(_ program: LinearProgram, model: PlanModel, context: PlanningContext)
        -> SolveResult?
    {
        let result = context.solveMIP(program) { $0.branchingPriority = SearchHints.branchingPriority(model) }
        guard result.hasSolution, result.columnValues.count == model.program.columns.count else { return nil }
        var plan = result
        plan.columnValues = SearchHints.closingUnusedSites(result.columnValues, model)
        plan.objective = model.program.objectiveValue(plan.columnValues)
        plan.bestBound = nil
        plan.gap = nil
        return plan
    }

    /// Homes first, its neighbourhoods and the full branch and bound.
    private static func homesFirst(
        _ program: LinearProgram, model: PlanModel, from start: BaseStart?, context: PlanningContext
    ) -> SolveResult? {
        let homes = context.solveMIP(program)
        var firstPlan: [Double]? =
            homes.hasSolution && homes.columnValues.count == model.program.columns.count
            ? SearchHints.closingUnusedSites(homes.columnValues, model) : nil
        firstPlan = BaseStart.cheaper(firstPlan, start, in: model.program)
        return Planning.branchAndBound(model, from: firstPlan, context: context)
    }
}
