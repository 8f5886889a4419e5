import CGLPK

/// One LP solve of a program's continuous relaxation, from load to copied-out result.
struct LPRun {
    let program: LinearProgram
    let options: SolveOptions
    let clock: SolveClock

    func solve() -> SolveResult {
        let problem = GLPKProblem(program, integral: false)
        let fromBasis = options.rootBasis.map(problem.install) ?? false
        let presolve = options.presolve && !fromBasis
        if !presolve { problem.scale() }
        var code: Int32
        var slicesBound: Double?
        if fromBasis {
            (code, slicesBound) = dualSimplex(problem)
        } else {
            code = problem.simplex(
                log: options.glpkLog, timeLimitMilliseconds: clock.remainingMilliseconds, presolve: presolve)
        }
        if fromBasis && [GLP_EBADB, GLP_ESING, GLP_ECOND].contains(code) {
            problem.resetBasis()
            code = problem.simplex(
                log: options.glpkLog, timeLimitMilliseconds: clock.remainingMilliseconds, presolve: false)
        }
        if code == 0 && presolve && problem.basicStatus == GLP_OPT {
            // The basis GLPK's presolver recovers can carry primal errors far
            // above the simplex tolerance (7e-4 MW measured on a full-year
            // dispatch); a warm re-run on the original problem refactorises
            // that basis and cleans them in a few iterations.
            code = problem.simplex(
                log: options.glpkLog, timeLimitMilliseconds: clock.remainingMilliseconds, presolve: false)
        }
        switch code {
        case 0:
            return finished(problem, code: code)
        case GLP_ENOPFS:
            return SolveResult(status: .infeasible, glpkReturnCode: code, message: SolveMessages.infeasibleLP)
        case GLP_ENODFS:
            return problem.dualInfeasibleResult(
                code: code, log: options.glpkLog, clock: clock,
                unbounded: SolveMessages.unbounded, infeasible: SolveMessages.infeasibleLP)
        case GLP_ETMLIM:
            // A dual simplex stopped here still bounds the LP from below.
            return SolveResult(
                status: .noSolution, glpkReturnCode: code,
                message: SolveMessages.noSolution(limitSeconds: clock.limitSeconds, what: "the LP was solved"),
                bestBound: slicesBound)
        default:
            return SolveResult(
                status: .failed, glpkReturnCode: code,
                message: GLPKReturnCode.failure(code, during: "the simplex method"))
        }
    }

    /// GLPK's simplex calls nothing back, so a dual simplex that may be
    /// cancelled runs in slices of this many milliseconds, each from the
    /// dual feasible basis the last one stopped at.
    static let cancellableSliceMilliseconds: Int32 = 5_000

    /// The dual simplex from the installed basis, until it ends, the time
    /// is up, or `options.cancellation` is set: its return code, and the
    /// highest bound a slice stopped at (where GLPK fell back to the primal
    /// simplex, a later slice may stop at a basis that bounds nothing).
    private func dualSimplex(_ problem: GLPKProblem) -> (code: Int32, bound: Double?) {
        var bound: Double?
        while true {
            let remaining = clock.remainingMilliseconds
            let slice = options.cancellation == nil ? remaining : min(remaining, Self.cancellableSliceMilliseconds)
            let code = problem.simplex(
                log: options.glpkLog, timeLimitMilliseconds: slice, presolve: false, dual: true)
            if code == GLP_ETMLIM, let stopped = problem.dualFeasibleObjective {
                bound = max(bound ?? stopped, stopped)
            }
            guard code == GLP_ETMLIM, slice < remaining, options.cancellation?.isCancelled != true else {
                return (code, bound)
            }
        }
    }

    /// Reads the outcome once the simplex ran to its end.
    private func finished(_ problem: GLPKProblem, code: Int32) -> SolveResult {
        switch problem.basicStatus {
        case GLP_OPT:
            let solution = problem.basicSolution()
            var result = SolveResult(
                status: .optimal, glpkReturnCode: code, message: SolveMessages.optimalLP,
                objective: solution.objective, bestBound: solution.objective, gap: 0,
                columnValues: solution.columns, rowActivities: solution.rows, rowDuals: solution.duals)
            result.basis = problem.basis()
            return result
        case GLP_NOFEAS:
            return SolveResult(status: .infeasible, glpkReturnCode: code, message: SolveMessages.infeasibleLP)
        case GLP_UNBND:
            return SolveResult(status: .unbounded, glpkReturnCode: code, message: SolveMessages.unbounded)
        default:
            return SolveResult(
                status: .failed, glpkReturnCode: code,
                message: "GLPK's simplex ended without an optimal basic solution (status \(problem.basicStatus))")
        }
    }
}
