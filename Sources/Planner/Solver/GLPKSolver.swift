import CGLPK

/// The solver behind one narrow interface: validated `LinearProgram` in,
/// `SolveResult` out. Each call builds, solves and frees its own GLPK
/// problem on the calling thread, so calls on different threads may run in
/// parallel (GLPK keeps its environment per thread).
public struct GLPKSolver: Solving {
    /// A solver that calls the linked GLPK.
    public init() {}

    /// The linked GLPK version, e.g. "5.0".
    public static var version: String { String(cString: glp_version()) }

    /// Solves the program as a MIP, minimising. Never reports a plan as
    /// optimal unless GLPK proved it within `options.mipGap`.
    public func solveMIP(_ program: LinearProgram, options: SolveOptions = SolveOptions()) -> SolveResult {
        Self.checkedSolve(program, options) { clock in MIPRun(program: program, options: options, clock: clock).solve()
        }
    }

    /// Solves the continuous relaxation (integrality ignored) with the
    /// simplex method, returning row duals: ∂objective/∂bound, so for a
    /// minimisation the dual of a binding ≤ row is ≤ 0 and of a binding ≥ row ≥ 0.
    public func solveLP(_ program: LinearProgram, options: SolveOptions = SolveOptions()) -> SolveResult {
        Self.checkedSolve(program, options) { clock in LPRun(program: program, options: options, clock: clock).solve() }
    }

    /// Validates before any GLPK call, routes GLPK's terminal output, and times the run.
    private static func checkedSolve(
        _ program: LinearProgram, _ options: SolveOptions,
        _ run: (SolveClock) -> SolveResult
    ) -> SolveResult {
        let clock = SolveClock(limitSeconds: options.timeLimitSeconds)
        if let rejected = rejection(program, options, clock) { return rejected }
        var result = GLPKTerminal.withOutput(log: options.glpkLog) { run(clock) }
        result.solveSeconds = clock.elapsedSeconds
        return result
    }

    /// The `invalidModel` result when the program or options would make
    /// GLPK abort; nil when it is safe to call GLPK.
    private static func rejection(_ program: LinearProgram, _ options: SolveOptions, _ clock: SolveClock)
        -> SolveResult?
    {
        let issues = options.validationIssues() + program.validationIssues()
        guard !issues.isEmpty else { return nil }
        let count = issues.reduce(0) { total, issue in
            if case .more(let more) = issue { return total + more }
            return total + 1
        }
        let noun = count == 1 ? "problem" : "problems"
        return SolveResult(
            status: .invalidModel, glpkReturnCode: -1,
            message: "the model was not solved because it has \(count) \(noun); the first: \(issues[0])",
            solveSeconds: clock.elapsedSeconds, modelIssues: issues)
    }
}
