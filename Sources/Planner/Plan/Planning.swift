import Foundation

/// How `plan` should solve: overrides of policy.csv and solver plumbing.
public struct PlanOptions: Sendable {
    /// Overrides policy.csv's mip_gap when set.
    public var mipGap: Double?
    /// Overrides policy.csv's time_limit_s when set.
    public var timeLimitSeconds: Double?
    public var glpkLog = false
    public var progress: (@Sendable (SolveProgress) -> Void)?
    public var cancellation: SolveCancellation?
    /// Search aids handed to GLPK.
    public var search = SearchStrategy()

    public init() {}
}

/// What planning produced: a plan, or the reason there is none.
public struct PlanOutcome: Sendable {
    public var plan: Plan?
    /// Why no plan meets the requirements (status infeasible), in plain sentences.
    public var infeasibility: [String]
    /// The solver's status when neither a plan nor an infeasibility proof came back.
    public var solverStatus: SolveStatus
    public var solverMessage: String
    public var buildSeconds: Double
    public var solveSeconds: Double
}

/// The library's entry point for one plan: catalog in, plan out.
public enum Planning {
    /// `fullYear`, the catalog with its chronological profiles, asks for the
    /// full-year check of a plan solved on `catalog`'s representative days.
    public static func run(_ catalog: Catalog, options: PlanOptions = PlanOptions(), fullYear: Catalog? = nil)
        -> PlanOutcome
    {
        let buildStart = Date()
        let structural = StructuralCheck.problems(catalog)
        guard structural.isEmpty else {
            return PlanOutcome(
                plan: nil, infeasibility: structural, solverStatus: .infeasible,
                solverMessage: "no plan can meet the requirements", buildSeconds: 0, solveSeconds: 0)
        }
        let model = PlanModel(catalog: catalog)
        let buildSeconds = Date().timeIntervalSince(buildStart)

        var solve = SolveOptions()
        solve.mipGap = options.mipGap ?? catalog.policy.mipGap
        solve.timeLimitSeconds = options.timeLimitSeconds ?? catalog.policy.timeLimitSeconds
        solve.glpkLog = options.glpkLog
        solve.progress = options.progress
        solve.cancellation = options.cancellation
        let (result, hintSeconds) = solveWithHints(model, options: solve, search: options.search)
        var solveSeconds = result.solveSeconds + hintSeconds

        let status: Plan.Status
        switch result.status {
        case .optimal: status = .optimal
        case .timeLimit where result.hasSolution: status = .timeLimit
        case .infeasible:
            let started = Date()
            let reasons = InfeasibilityAnalysis.explain(model, options: solve)
            solveSeconds += Date().timeIntervalSince(started)
            return PlanOutcome(
                plan: nil, infeasibility: reasons, solverStatus: .infeasible, solverMessage: result.message,
                buildSeconds: buildSeconds, solveSeconds: solveSeconds)
        default:
            return PlanOutcome(
                plan: nil, infeasibility: [], solverStatus: result.status, solverMessage: result.message,
                buildSeconds: buildSeconds, solveSeconds: solveSeconds)
        }
        let violations = model.program.violations(of: result.columnValues)
        guard violations.isEmpty else {
            let list = violations.map(\.description).joined(separator: "; ")
            return PlanOutcome(
                plan: nil, infeasibility: [], solverStatus: .failed,
                solverMessage: "GLPK's solution does not satisfy the model, so no plan is reported: \(list)",
                buildSeconds: buildSeconds, solveSeconds: solveSeconds)
        }
        let summary = SolverSummary(
            message: result.message, glpkReturnCode: result.glpkReturnCode,
            rows: model.program.rows.count, columns: model.program.columns.count,
            integerColumns: model.program.columns.filter(\.isInteger).count, nonzeros: model.program.entries.count)
        let reader = PlanReader(model: model, solution: result.columnValues)
        var plan = reader.read(status: status, bestBound: result.bestBound, gap: result.gap, solver: summary)
        let started = Date()
        plan.shadowPrices = ShadowPrices.compute(model, solution: result.columnValues, options: solve)
        if let fullYear {
            plan.fullYearCheck = FullYearDispatch.check(
                model: model, solution: result.columnValues, year: fullYear,
                options: solve)
        }
        solveSeconds += Date().timeIntervalSince(started)
        return PlanOutcome(
            plan: plan, infeasibility: [], solverStatus: result.status, solverMessage: result.message,
            buildSeconds: buildSeconds, solveSeconds: solveSeconds)
    }

    /// The MIP solve with the strategy's hints; the time spent building them
    /// comes off the time limit and is returned beside the result.
    private static func solveWithHints(_ model: PlanModel, options: SolveOptions, search: SearchStrategy) -> (
        SolveResult, Double
    ) {
        var solve = options
        let started = Date()
        let integers = model.program.columns.reduce(0) { $0 + ($1.isInteger ? 1 : 0) }
        guard integers >= search.minimumIntegers else {
            return (GLPKSolver.solveMIP(model.program, options: options), 0)
        }
        if search.branchOnChoices { solve.branchingPriority = SearchHints.branchingPriority(model) }
        if search.firstPlan {
            var first = options
            // The restricted MIP is easy (see docs/performance.md); a quarter of
            // the budget bounds it on instances where even that is slow.
            first.timeLimitSeconds = options.timeLimitSeconds / 4
            solve.startingSolution = SearchHints.firstPlan(model, options: first)
        }
        let hintSeconds = Date().timeIntervalSince(started)
        solve.timeLimitSeconds = max(options.timeLimitSeconds - hintSeconds, 1)
        return (GLPKSolver.solveMIP(model.program, options: solve), hintSeconds)
    }
}
