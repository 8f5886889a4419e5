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
    public static func run(_ catalog: Catalog, options: PlanOptions = PlanOptions()) -> PlanOutcome {
        let buildStart = Date()
        let structural = StructuralCheck.problems(catalog)
        guard structural.isEmpty else {
            return PlanOutcome(plan: nil, infeasibility: structural, solverStatus: .infeasible,
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
        let result = GLPKSolver.solveMIP(model.program, options: solve)
        var solveSeconds = result.solveSeconds

        let status: Plan.Status
        switch result.status {
        case .optimal: status = .optimal
        case .timeLimit where result.hasSolution: status = .timeLimit
        case .infeasible:
            let started = Date()
            let reasons = InfeasibilityAnalysis.explain(model, options: solve)
            solveSeconds += Date().timeIntervalSince(started)
            return PlanOutcome(plan: nil, infeasibility: reasons, solverStatus: .infeasible, solverMessage: result.message,
                               buildSeconds: buildSeconds, solveSeconds: solveSeconds)
        default:
            return PlanOutcome(plan: nil, infeasibility: [], solverStatus: result.status, solverMessage: result.message,
                               buildSeconds: buildSeconds, solveSeconds: solveSeconds)
        }
        let violations = model.program.violations(of: result.columnValues)
        guard violations.isEmpty else {
            let list = violations.map(\.description).joined(separator: "; ")
            return PlanOutcome(plan: nil, infeasibility: [], solverStatus: .failed,
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
        solveSeconds += Date().timeIntervalSince(started)
        return PlanOutcome(plan: plan, infeasibility: [], solverStatus: result.status, solverMessage: result.message,
                           buildSeconds: buildSeconds, solveSeconds: solveSeconds)
    }
}
