/// A search that starts from another plan (`PlanOptions.startFrom`): each
/// what-if scenario from the base plan, a Pareto point from its tighter
/// neighbour's plan.
///
/// Plans are only proven within the MIP gap, so two searches of almost the
/// same program can end a percent apart either way: a scenario that changes
/// nothing the base plan uses could come out cheaper or dearer than the base.
/// Starting from the base plan, still valid under the scenario, the scenario's
/// search can only end at it or below it.
///
/// The start is the other plan's integer decisions, taken by column name
/// (`NamedSolution`), with the continuous columns (energy, batteries, offers)
/// from the LP with those integers fixed: the cheapest way to run that build
/// under this program. The repair stops there: when that LP is infeasible (the
/// scenario rules out a site the plan uses, or more work needs more nodes) the
/// search runs as it would without a start; freeing the decisions the scenario
/// breaks would need a MIP of its own.
///
/// The start is GLPK's first incumbent at every model size, although below
/// `SearchStrategy.minimumIntegers` that turns GLPK's MIP presolver off.
/// Measured on the sample inputs (341 integers, 1 % gap, release build, 2 jobs),
/// `whatif` took 34–43 s with the start offered against 66–90 s with the
/// presolver and the start only kept afterwards, and 94 s before starts
/// existed: a good incumbent lets GLPK stop as soon as the bound comes within
/// the gap of it (flexible-cfe-95: 17 s instead of the 57 s time limit). On
/// examples/roadmap (276 integers, a horizon) each scenario took 8 s instead of 41 s.
struct BaseStart: Sendable {
    /// One value per column of the program, integers whole: a plan that satisfies it.
    let values: [Double]
    /// One activity per row at `values`.
    let rowActivities: [Double]
    /// The program's objective at `values` (USD/yr), its constant included.
    let objective: Double

    /// The main search of `program` within `context`, run by `search` with
    /// the start (nil when there is none), and the start kept where the search
    /// ends at a dearer plan, an equal one (the base plan is the answer when the
    /// scenario changes nothing) or none.
    static func search(
        _ program: LinearProgram, context: PlanningContext, _ search: (BaseStart?) -> SolveResult
    ) -> SolveResult {
        // The LP is one of many the search solves; a tenth bounds it on huge models.
        let starts = context.startsFrom.compactMap { completed($0, for: program, context: context.within(share: 0.1)) }
        guard var start = starts.first else { return search(nil) }
        for other in starts.dropFirst() where other.objective < start.objective - tie(start.objective) {
            start = other
        }
        return start.kept(over: search(start), context: context)
    }

    /// `named`'s decisions on `program`, completed by the LP with them fixed;
    /// nil when that LP has no optimal solution or its solution does not
    /// satisfy `program` within the acceptance tolerance.
    static func completed(_ named: NamedSolution, for program: LinearProgram, context: PlanningContext)
        -> BaseStart?
    {
        let integers = named.integerValues(for: program)
        guard let fixed = try? program.withIntegersFixed(integers.map { $0 ?? 0 }) else { return nil }
        // With the presolver, which drops the fixed columns first: the flexible
        // sample's flat build dispatched in 0.05 s instead of 0.3 s (3,349 simplex
        // iterations without it), the same start.
        let result = context.solveLP(fixed)
        guard result.status == .optimal, let objective = result.objective,
            result.columnValues.count == program.columns.count
        else { return nil }
        // The LP returns fixed columns at their bounds; rounding strips any noise so GLPK takes them as whole.
        var values = result.columnValues
        for (j, column) in program.columns.enumerated() where column.isInteger { values[j] = values[j].rounded() }
        guard program.violations(of: values).isEmpty else { return nil }
        return BaseStart(values: values, rowActivities: result.rowActivities, objective: objective)
    }

    /// The starting solution to hand GLPK: the cheaper of the search aids' own
    /// first plan (`firstPlan`, values of `program`) and this start.
    static func cheaper(_ firstPlan: [Double]?, _ start: BaseStart?, in program: LinearProgram) -> [Double]? {
        guard let start else { return firstPlan }
        guard let firstPlan, firstPlan.count == program.columns.count else { return start.values }
        return program.objectiveValue(firstPlan) < start.objective ? firstPlan : start.values
    }

    /// `result`, or this start in its place where the search found nothing
    /// cheaper; the search's bound stays, so a start within the gap of it is optimal.
    func kept(over result: SolveResult, context: PlanningContext) -> SolveResult {
        guard [.optimal, .timeLimit, .noSolution, .interrupted].contains(result.status) else { return result }
        if result.hasSolution, let found = result.objective, found < objective - Self.tie(objective) {
            return result
        }
        var kept = result
        kept.columnValues = values
        kept.rowActivities = rowActivities
        kept.objective = objective
        if kept.status == .noSolution { kept.status = .timeLimit }
        return kept.restated(under: result.bestBound, context: context)
    }

    /// Objectives this close are one plan's cost seen through the solver's tolerances (USD/yr).
    static func tie(_ objective: Double) -> Double { 1e-9 * max(1, abs(objective)) }
}

extension BaseStart {
    /// The main search of `program` as one GLPK solve whose start another
    /// thread is still finding (`pending`): GLPK solves its root LP meanwhile
    /// and takes the start at its first heuristic hook, where a start given
    /// up front is offered too, so the search is the one `search(_:context:_:)`
    /// runs from that start. The start is completed by the LP on a thread of
    /// its own (not inside GLPK's callback) and kept as there.
    static func search(
        _ program: LinearProgram, awaiting pending: ThreadedValue<NamedSolution?>, context: PlanningContext
    ) -> SolveResult {
        let start = ThreadedValue {
            // The LP is one of many the search solves; a tenth bounds it on huge models.
            pending.value.flatMap { completed($0, for: program, context: context.within(share: 0.1)) }
        }
        let result = context.solvePlanningMIP(program, showProgress: true) { $0.awaitedStart = { start.value?.values } }
        guard let completed = start.value else { return result }
        return completed.kept(over: result, context: context)
    }
}
