/// The main search on two cores for models of many integers: the
/// relaxation's two restrictions are solved once (`SearchHints.restrictions`),
/// then two searches run side by side for the whole time, and the cheaper
/// plan is returned with the full model's bound.
///
/// - Sites first alone: the restricted MIP's own branch and bound, which
///   keeps improving its plan with time (hard-large seed 1: 137.40 M USD/yr
///   after the 45 s a first plan gets, 131.37 M after 63 s).
/// - The one-core search (`sequential`): both restrictions within the
///   first-plan stage, neighbourhoods, then the full branch and bound, which
///   proves the bound. Large needs this path: its sites-first plan of the
///   stage, improved by the neighbourhoods and the branch and bound, ends
///   at 142.82 M, while homes first's ends at 143.73 M.
///
/// So two jobs follow one job's path and add sites first's plan beside it
/// (measured in docs/performance.md, "Two searches side by side"), and the
/// relaxation with a row per run and site beside both (`RelaxationBeside`),
/// a few seconds of a core that bound the plan where GLPK's cuts do not
/// reach as high (large seed 2: 257.97 M USD/yr against the branch and
/// bound's 251.8 M, a gap of 3.1 % instead of 6.1 %).
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
        let relaxation = RelaxationBeside(model, context: context)
        // No thread outlives the search, even where the relaxation went unused.
        defer { _ = relaxation.finish() }
        guard let restrictions = SearchHints.restrictions(model, context: context) else { return nil }
        let alone = context.withJobs(1)
        // Sites first stops when the proving search ends (by proof, or at the deadline).
        let proofFound = SolveCancellation(following: context.cancellation)
        let sitesFirstPlan = ThreadedValue {
            sitesFirst(restrictions.sitesFirst.program, model: model, context: alone.stopped(by: proofFound))
        }
        let proving = sequential(
            model, restrictions: restrictions, from: start, provenBound: { relaxation.optimum }, context: alone)
        proofFound.cancel()
        let result = combined(proving, sitesFirst: sitesFirstPlan.value, context: context)
        return result.bounded(by: relaxation.finish(), context: context)
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

    /// The one-core search: both restrictions in turn within the first-plan
    /// stage, the cheaper plan through the neighbourhoods, then the full
    /// branch and bound, unless the neighbourhoods' plan is already within
    /// the gap of `provenBound`. Its sites first stops at the stage's deadline
    /// and its plan gets the neighbourhoods, the path large needs (the type's note).
    private static func sequential(
        _ model: PlanModel, restrictions: SearchHints.Restrictions, from start: BaseStart?,
        provenBound: @escaping () -> Double?, context: PlanningContext
    ) -> SolveResult {
        let firstPlan = SearchHints.firstPlan(
            model, from: restrictions, context: context.within(share: Planning.firstPlanShare))
        return Planning.branchAndBound(
            model, from: BaseStart.cheaper(firstPlan, start, in: model.program), provenBound: provenBound,
            context: context)
    }
}
