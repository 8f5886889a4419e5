import Foundation

/// How a command wants its plans made: overrides of policy.csv and plumbing.
public struct PlanOptions: Sendable {
    /// Overrides policy.csv's mip_gap when set.
    public var mipGap: Double?
    /// Overrides policy.csv's time_limit_s when set: the budget of the whole command.
    public var timeLimitSeconds: Double?
    /// Whether GLPK's own log goes to stderr.
    public var glpkLog = false
    /// Called during the main search with the incumbent, bound and gap.
    public var progress: (@Sendable (SolveProgress) -> Void)?
    /// Set from another thread (Ctrl-C) to stop every stage.
    public var cancellation: SolveCancellation?
    /// Search aids handed to GLPK.
    public var search = SearchStrategy()
    /// Solves that may run at once inside one plan (first-plan restrictions, limit variants).
    public var jobs = 1
    /// When set, each active site and policy limit is moved this fraction each
    /// way (0.1: 10 %) and the MIP solved again (`LimitValues`); the main plan
    /// then gets half the time.
    public var limitValueStep: Double?
    /// The solver behind every stage (tests hand in a scripted one).
    public var solver: any Solving = GLPKSolver()
    /// A plan to start the main search from (whatif's base plan, a Pareto
    /// neighbour's), by column name; see `BaseStart`.
    public var startFrom: NamedSolution?

    /// GLPK, policy.csv's gap and time limit, the measured search aids.
    public init() {}
}

/// What planning produced: a plan, or the reason there is none.
public struct PlanOutcome: Sendable {
    /// The one status of the command's plan: from the solver to plan.json, whatif.md and the exit code.
    public var status: SolveStatus
    /// The plan, when the search found one (status optimal, time_limit or interrupted).
    public var plan: Plan?
    /// Why no plan meets the requirements (status infeasible).
    public var infeasibility: [InfeasibilityReason] = []
    /// The best proven lower bound when there is no plan (USD/yr), if the search found one.
    public var bestBoundUSDPerYr: Double? = nil
    /// The command's time limit (s), as configured: reports quote it, never a measured remainder.
    public var timeLimitSeconds: Double
    /// The solver's own words when it failed (status failed or invalid_model), for the report.
    public var failure: String? = nil
    /// Wall-clock seconds building the model (terminal and --timings only).
    public var buildSeconds: Double = 0
    /// Wall-clock seconds in the solver, every stage included (terminal and --timings only).
    public var solveSeconds: Double = 0
    /// The plan's integer decisions by column name, for searches that start from it (`PlanOptions.startFrom`).
    public var solution: NamedSolution? = nil
    /// The plan's value of every column of the program it was searched on (one-year plans), for
    /// searches of that same program that start from it or bound its cost (`NearOptimalRanges`).
    var columnValues: [Double] = []
}

/// The one home of how a plan is made: the model, the search aids, the main
/// search, shadow prices, the infeasibility analysis and the full-year check,
/// each solving through one `PlanningContext`.
///
/// The time budget is split here and nowhere else: first plans may use two
/// fifths of what is left (half for the greedy one), the main search what
/// remains less a reserve for the checks after it (a twentieth, a fifth with
/// the full-year check), and `LimitCalibration` gives each round an equal
/// share of what is left.
public enum Planning {
    /// Plans `catalog` within one budget. `fullYear`, the catalog with its
    /// chronological profiles, asks for the full-year check of a plan made on
    /// `catalog`'s representative days; `calibrate` re-plans until the build
    /// meets the carbon-free floor and carbon cap over that year.
    ///
    /// `base`, the catalogs a scenario edits, makes the scenario's search start
    /// from the base plan as `whatif`'s scenarios do (`BaseStart`), the base
    /// planned first on up to half the time, so `plan --scenario` and `whatif`
    /// agree wherever both end by proof.
    public static func plan(
        _ catalog: Catalog, fullYear: Catalog? = nil, calibrate: Bool = false, base: Catalog? = nil,
        options: PlanOptions = PlanOptions()
    )
        -> PlanOutcome
    {
        plan(
            catalog, fullYear: fullYear, calibrate: calibrate, base: base, limitValueStep: options.limitValueStep,
            context: PlanningContext(options: options, policy: catalog.policy))
    }

    /// `plan` within `context`'s deadline, for commands that plan as one stage of
    /// their budget (`NearOptimalRanges` plans the cheapest plan on a share of it).
    static func plan(
        _ catalog: Catalog, fullYear: Catalog? = nil, calibrate: Bool = false, base: Catalog? = nil,
        limitValueStep: Double? = nil, context: PlanningContext
    ) -> PlanOutcome {
        var context = context
        if let base, context.startsFrom.isEmpty {
            context = context.starting(from: decisions(of: base, context: context.within(share: 0.5)))
        }
        if catalog.horizonYears > 1 { return HorizonPlanning.run(catalog, context: context) }
        let first = limitValueStep == nil ? context : context.within(share: 0.5)
        var outcome =
            calibrate && fullYear != nil
            ? LimitCalibration.run(catalog, fullYear: fullYear!, context: first)
            : run(catalog, fullYear: fullYear, context: first)
        if let step = limitValueStep, let plan = outcome.plan {
            outcome.plan?.limitValues = LimitValues.compute(plan, catalog: catalog, step: step, context: context)
        }
        return outcome
    }

    /// The MIP `plan` solves for `catalog`: one year's, or the whole horizon's (for export and benchmarks).
    public static func program(_ catalog: Catalog) -> LinearProgram {
        catalog.horizonYears > 1 ? HorizonModel(catalog: catalog).program : PlanModel(catalog: catalog).program
    }

    /// One plan (and its checks) within `context`'s deadline.
    static func run(_ catalog: Catalog, fullYear: Catalog? = nil, context: PlanningContext) -> PlanOutcome {
        let context = startingFlat(catalog, context: context)
        // No thread outlives the plan, even one whose plan went unused.
        defer { _ = context.pendingStart?.value }
        return timed(
            context, structural: { StructuralCheck.problems(catalog) }, build: { PlanModel(catalog: catalog) },
            solve: { solve($0, fullYear: fullYear, context: context, into: &$1) })
    }

    /// The integer decisions of `catalog`'s plan, for another search to start
    /// from (`PlanOptions.startFrom`): the main search alone, without the shadow
    /// prices, checks or infeasibility analysis a reported plan gets. Nil when
    /// the search finds no plan.
    public static func decisions(of catalog: Catalog, options: PlanOptions) -> NamedSolution? {
        decisions(of: catalog, context: PlanningContext(options: options, policy: catalog.policy))
    }

    static func decisions(of catalog: Catalog, context: PlanningContext) -> NamedSolution? {
        if catalog.horizonYears > 1 { return HorizonPlanning.run(catalog, context: context).solution }
        let context = startingFlat(catalog, context: context)
        defer { _ = context.pendingStart?.value }
        guard StructuralCheck.problems(catalog).isEmpty else { return nil }
        let model = PlanModel(catalog: catalog)
        let result = mainSearch(model, context: context, reserve: checksReserve)
        var outcome = PlanOutcome(status: result.status, timeLimitSeconds: context.timeLimitSeconds)
        _ = accept(result, of: model.program, context: context, into: &outcome, explainInfeasible: { [] })
        return outcome.solution
    }

    /// Share of the time kept for shadow prices after the main search (a fifth with the full-year check).
    static let checksReserve = 0.05

    /// The main search within all but `reserve` of the context's time, from
    /// the context's start plan when it has one (`BaseStart`).
    /// A start still being found (`PlanningContext.pendingStart`) is taken
    /// when it arrives by a search that is one GLPK solve, and waited for
    /// before the search aids, which start from it.
    private static func mainSearch(_ model: PlanModel, context: PlanningContext, reserve: Double) -> SolveResult {
        let main = context.within(share: 1 - reserve)
        if let pending = main.pendingStart, model.program.integerColumnCount < main.search.minimumIntegers {
            return BaseStart.search(model.program, awaiting: pending, context: main)
        }
        let resolved = main.withPendingStartResolved()
        return BaseStart.search(model.program, context: resolved) { solveWithHints(model, from: $0, context: resolved) }
    }

    /// Share of the main search's time the relaxation's first plans may take.
    /// Their sites-first restriction stops on this clock, and its plan is the
    /// one the neighbourhoods improve best. Measured on the large benchmark
    /// (120 s, 2 jobs, docs/performance.md): with a quarter it found no plan
    /// (first plan 163.36 M, final 150.67 M USD/yr), with two fifths 159.03 M
    /// and 146.64 M; medium and hard-large seed 1 kept their plans.
    static let firstPlanShare = 0.4

    /// Share of the main search's time `model`'s first plans may take: half
    /// where the first plan is the only plan the time allows (`GreedyHomes`),
    /// a tenth below the neighbourhoods' size, `firstPlanShare` between.
    ///
    /// Below the neighbourhoods the restricted MIPs end in seconds or, on
    /// hard-medium seed 1, run the whole stage for a plan the branch and bound
    /// improves anyway, so the stage's time is the branch and bound's. Measured
    /// (120 s, 2 jobs, both searches of the pair on the copy with server
    /// type binaries; docs/performance.md, "A binary per run and server
    /// type"): hard-medium seed 1 proves 1 % in 78 s with a tenth and in 109 s
    /// with two fifths (in 68–88 s with 0.03–0.2); medium seeds 1–3 and
    /// hard-medium seed 2 keep their plans and times.
    static func firstPlanShare(_ model: PlanModel, search: SearchStrategy) -> Double {
        let integers = model.program.integerColumnCount
        if integers >= GreedyHomes.fromIntegers { return 0.5 }
        return integers < search.neighbourhoodsFromIntegers ? 0.1 : firstPlanShare
    }

    /// The main search, then the plan's shadow prices and full-year check, or why there is no plan.
    private static func solve(
        _ model: PlanModel, fullYear: Catalog?, context: PlanningContext, into outcome: inout PlanOutcome
    ) {
        let result = mainSearch(model, context: context, reserve: fullYear == nil ? checksReserve : 0.2)
        guard
            let summary = accept(
                result, of: model.program, context: context, into: &outcome,
                explainInfeasible: { InfeasibilityAnalysis.explain(model, context: context) })
        else { return }
        let reader = PlanReader(model: model, solution: result.columnValues)
        var plan = reader.read(status: result.status, bestBound: result.bestBound, gap: result.gap, solver: summary)
        (plan.shadowPrices, plan.shadowPricesStatus) = ShadowPrices.compute(
            model, solution: result.columnValues, context: context)
        if let fullYear {
            plan.fullYearCheck = FullYearDispatch.check(
                model: model, solution: result.columnValues, year: fullYear, context: context)
        }
        outcome.plan = plan
    }

    /// The main MIP with the strategy's hints; building them may use
    /// `firstPlanShare` of the time left (the restricted MIPs are easy, see
    /// docs/performance.md; the share bounds instances where even they are slow).
    private static func solveWithHints(_ model: PlanModel, from start: BaseStart?, context: PlanningContext)
        -> SolveResult
    {
        let search = context.search
        guard model.program.integerColumnCount >= search.minimumIntegers else {
            return context.solvePlanningMIP(model.program, showProgress: true) { $0.startingSolution = start?.values }
        }
        if !search.lagrangian, SideBySideSearch.applies(to: model, context: context),
            let result = SideBySideSearch.run(model, from: start, context: context)
        {
            return result
        }
        let relaxation =
            RelaxationBeside.applies(to: model, context: context) ? RelaxationBeside(model, context: context) : nil
        // No thread outlives the search, even where the relaxation went unused.
        defer { _ = relaxation?.finish() }
        let firstShare = firstPlanShare(model, search: search)
        var firstPlan =
            search.firstPlan ? SearchHints.firstPlan(model, context: context.within(share: firstShare)) : nil
        var lagrangian: LagrangianSearch.Outcome?
        if search.lagrangian, let split = SiteDecomposition(model) {
            // Most of what is left: the rounds stop early once the gap is proven.
            let search = LagrangianSearch(
                model: model, split: split, context: context.within(share: 0.7), jobs: context.jobs)
            let outcome = search.run(from: firstPlan)
            if let plan = outcome.plan { firstPlan = plan }
            if let plan = outcome.plan,
                outcome.planCost - outcome.lowerBound
                    <= context.mipGap * (abs(outcome.planCost) + .ulpOfOne)
            {
                return SolveResult(
                    status: .optimal, glpkReturnCode: 0, message: "proven by the Lagrangian bound",
                    objective: outcome.planCost, bestBound: outcome.lowerBound,
                    gap: MIPSearchMonitor.gap(objective: outcome.planCost, bound: outcome.lowerBound),
                    columnValues: plan)
            }
            lagrangian = outcome
        }
        firstPlan = BaseStart.cheaper(firstPlan, start, in: model.program)
        let result = branchAndBound(model, from: firstPlan, relaxation: relaxation, context: context)
        guard let lagrangian else { return result }
        return combined(result, lagrangian, mipGap: context.mipGap)
    }

    /// GLPK's branch and bound of the whole model from `firstPlan`, after
    /// neighbourhoods have improved it on models of many integers; a stalled
    /// branch and bound hands its time back to the neighbourhoods left. With
    /// `relaxation` solved beside, the neighbourhoods may take all the time,
    /// and the plan is bounded by it. `provenBound` is a bound proved beside
    /// the search (`RelaxationBeside.optimum`, or where the relaxation is
    /// solved beside, its `optimumIfSolved`): the neighbourhoods stop once
    /// their plan is within the gap of it, and such a plan is returned
    /// proven, without the branch and bound.
    static func branchAndBound(
        _ model: PlanModel, from firstPlan: [Double]?, relaxation: RelaxationBeside? = nil,
        provenBound: (() -> Double?)? = nil, context: PlanningContext
    )
        -> SolveResult
    {
        let search = context.search
        var firstPlan = firstPlan
        var around: NeighbourhoodSearch?
        // The relaxation solved beside bounds the neighbourhoods' plans once at its optimum.
        let provenBound = provenBound ?? relaxation.map { relaxation in { relaxation.optimumIfSolved } }
        let withinGap = { (cost: Double) -> Bool in
            guard let bound = provenBound?() else { return false }
            return MIPSearchMonitor.gap(objective: cost, bound: bound).map { $0 <= context.mipGap } ?? false
        }
        if search.neighbourhoods, model.program.integerColumnCount >= search.neighbourhoodsFromIntegers,
            let plan = firstPlan, var neighbourhoods = NeighbourhoodSearch(model: model, start: plan)
        {
            // Where the relaxation is solved beside (20 sites × 100 runs) the
            // branch and bound's root LP alone would take half the time, and
            // the relaxation's bound is the higher: the neighbourhoods go on
            // until exhausted (xlarge seed 1, 2 jobs, 120 s: 363.83 M USD/yr
            // against 365.25 M with the branch and bound after their share;
            // docs/performance.md, "A run opens its site").
            let share = relaxation == nil ? NeighbourhoodSearch.timeShare : 1
            // Where the relaxation proves the plan they stop, as a branch and bound does at its gap.
            neighbourhoods.improve(context: context.within(share: share), until: withinGap)
            firstPlan = neighbourhoods.best.values
            around = neighbourhoods
        }
        if let plan = firstPlan, let bound = provenBound?() {
            // Measured (2 jobs, 120 s; docs/performance.md, "A plan proven by
            // the relaxation beside"): hard-large seed 2 proven in 12.5 s, was
            // 60 s; hard-xlarge seed 2 in 44 s, where the whole 114 s went.
            let proven = timeLimitResult(plan, of: model, code: -1, context: context).bounded(
                by: bound, context: context)
            if proven.status == .optimal { return proven }
        }
        if relaxation == nil, model.program.integerColumnCount >= GreedyHomes.fromIntegers, let plan = firstPlan {
            // One core at 20 sites × 100 runs: the branch and bound's root LP
            // would take the time left and may end it without a bound
            // (hard-xlarge seed 1, one job); the relaxation with a row per run
            // and site bounds the plan from its first dual feasible basis on.
            let bound = SiteOpeningRows.relaxationBound(model, context: context)
            return timeLimitResult(plan, of: model, code: -1, context: context).bounded(by: bound, context: context)
        }
        let neighbourhoodsLeft = around.map { !$0.isExhausted } ?? false
        let choices = search.serverTypeChoices ? ServerTypeChoices(model) : nil
        let priority = search.branchOnChoices ? SearchHints.branchingPriority(model) : nil
        let start = firstPlan
        // Where the relaxation is solved beside (20 sites × 100 runs), GLPK's root
        // cuts take about 40 s of the 114 and lift the bound by a few thousand
        // USD/yr; the neighbourhoods, which get the time back, make more of it
        // (hard-xlarge, 2 jobs: 313.65–313.87 M USD/yr against 314.14 M;
        // docs/performance.md, "The relaxation beside the first plan").
        let cuts = search.cuts && relaxation == nil
        let adjust: @Sendable (inout SolveOptions) -> Void = {
            $0.cuts = cuts
            $0.branchingPriority = priority
            $0.startingSolution = start
            if neighbourhoodsLeft { $0.boundStallSeconds = NeighbourhoodSearch.boundStallSeconds }
        }
        var result: SolveResult
        if PairedBranchAndBound.applies(to: model, context: context) {
            result = PairedBranchAndBound.solve(model.program, copy: choices, context: context, adjust)
        } else if let choices {
            result = choices.modelResult(
                context.solvePlanningMIP(choices.program, showProgress: true) {
                    adjust(&$0)
                    choices.adapt(&$0)
                })
        } else {
            result = context.solvePlanningMIP(model.program, showProgress: true, adjust)
        }
        if neighbourhoodsLeft, result.status == .timeLimit, var neighbourhoods = around, context.remainingSeconds > 0,
            !context.isCancelled
        {
            result = neighbourhoods.improve(after: result, context: context)
        }
        if !result.hasSolution, result.status == .noSolution, let plan = firstPlan {
            // The branch and bound's root LP did not finish, or the neighbourhoods
            // took all the time (20 sites × 100 runs): their plan stands, with
            // the relaxation's bound where it was solved beside.
            result = timeLimitResult(plan, of: model, code: result.glpkReturnCode, context: context)
        }
        return result.bounded(by: relaxation?.finish(), context: context)
    }

    /// `plan` as the search's result when time ran out before any bound;
    /// `code` is GLPK's for the last solve, −1 where none was made.
    private static func timeLimitResult(
        _ plan: [Double], of model: PlanModel, code: Int32, context: PlanningContext
    ) -> SolveResult {
        SolveResult(
            status: .timeLimit, glpkReturnCode: code,
            message: SolveMessages.withPlan(
                .timeLimit, limitSeconds: context.timeLimitSeconds, gap: nil, gapTolerance: context.mipGap),
            objective: model.program.objectiveValue(plan), columnValues: plan)
    }

    /// The main search's result with the Lagrangian bound (and plan, when the
    /// search ended without a better one) folded in.
    private static func combined(_ result: SolveResult, _ lagrangian: LagrangianSearch.Outcome, mipGap: Double)
        -> SolveResult
    {
        var result = result
        if !result.hasSolution || (result.objective ?? .infinity) > lagrangian.planCost, let plan = lagrangian.plan,
            [.timeLimit, .noSolution, .optimal].contains(result.status)
        {
            result.columnValues = plan
            result.objective = lagrangian.planCost
            if result.status == .noSolution { result.status = .timeLimit }
        }
        guard let objective = result.objective else { return result }
        let bound = max(result.bestBound ?? -.infinity, lagrangian.lowerBound)
        result.bestBound = min(bound, objective)
        result.gap = MIPSearchMonitor.gap(objective: objective, bound: result.bestBound)
        if let gap = result.gap, gap <= mipGap, result.status == .timeLimit { result.status = .optimal }
        return result
    }
}
