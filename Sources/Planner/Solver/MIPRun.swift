import CGLPK

/// One branch-and-bound solve, from load to copied-out result.
struct MIPRun {
    let program: LinearProgram
    let options: SolveOptions
    let clock: SolveClock

    func solve() -> SolveResult {
        let result = search()
        // However the search ended, the searches it trades with stop waiting for it.
        options.exchange?.leave(after: result)
        return result
    }

    private func search() -> SolveResult {
        let problem = GLPKProblem(program)
        let hints = MIPSearchHints(program: program, options: options)
        // Hints and traded plans name columns of this problem; the presolver would renumber them.
        let presolve = options.presolve && hints == nil && options.exchange == nil && options.rootBasis == nil
        // Without the MIP presolver glp_intopt needs an optimal root basis
        // first, and the root LP alone can show infeasible or unbounded.
        if !presolve {
            problem.scale()
            if let early = solveRootLP(problem) { return early }
        }

        let monitor = MIPSearchMonitor(clock: clock, options: options, hints: hints)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = options.glpkLog ? GLP_MSG_ON : GLP_MSG_OFF
        parameters.tm_lim = clock.remainingMilliseconds
        parameters.mip_gap = options.mipGap
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        // Measured on the sample inputs (3k rows, 341 integers, 30 s): GLPK's defaults
        // found no plan at all; hybrid pseudo-cost branching lifts the bound from
        // 65 M to 87 M USD and the feasibility pump finds a first plan within 1.6 %.
        parameters.br_tech = GLP_BR_PCH
        parameters.fp_heur = GLP_ON
        if options.cuts {
            parameters.gmi_cuts = GLP_ON
            parameters.mir_cuts = GLP_ON
        }
        parameters.cb_func = MIPSearchMonitor.callback
        parameters.cb_info = Unmanaged.passUnretained(monitor).toOpaque()
        let code = withExtendedLifetime(monitor) { glp_intopt(problem.pointer, &parameters) }
        return MIPOutcome(problem: problem, code: code, monitor: monitor, options: options, clock: clock).result()
    }

    /// Solves the root relaxation; returns a final result unless it is optimal.
    private func solveRootLP(_ problem: GLPKProblem) -> SolveResult? {
        let code = rootSimplex(problem)
        if code == GLP_ETMLIM {
            return SolveResult(
                status: .noSolution, glpkReturnCode: code,
                message: SolveMessages.noSolution(limitSeconds: clock.limitSeconds, what: "the root LP was solved"))
        }
        guard code == 0 else {
            return SolveResult(
                status: .failed, glpkReturnCode: code, message: GLPKReturnCode.failure(code, during: "the root LP"))
        }
        switch problem.basicStatus {
        case GLP_OPT:
            return nil
        case GLP_NOFEAS:
            return SolveResult(status: .infeasible, glpkReturnCode: code, message: SolveMessages.infeasibleRelaxation)
        case GLP_UNBND:
            return SolveResult(status: .unbounded, glpkReturnCode: code, message: SolveMessages.unboundedRelaxation)
        default:
            return SolveResult(
                status: .failed, glpkReturnCode: code,
                message: "GLPK's simplex ended the root LP without an optimal basis (status \(problem.basicStatus))")
        }
    }

    /// The root LP's simplex, from `options.rootBasis` where GLPK can take and
    /// factorise it, else from the problem's standard basis; its return code.
    private func rootSimplex(_ problem: GLPKProblem) -> Int32 {
        let simplex = {
            problem.simplex(log: options.glpkLog, timeLimitMilliseconds: clock.remainingMilliseconds, presolve: false)
        }
        if let basis = options.rootBasis, problem.install(basis) {
            let code = simplex()
            guard [GLP_EBADB, GLP_ESING, GLP_ECOND].contains(code) else { return code }
            problem.resetBasis()
        }
        return simplex()
    }
}
