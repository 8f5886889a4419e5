import CGLPK

extension GLPKProblem {
    /// Runs GLPK's simplex; returns its return code (0 means it finished,
    /// and `glp_get_status` then says optimal, infeasible or unbounded).
    /// `dual` runs the dual simplex (GLPK falls back to the primal where
    /// the basis is not dual feasible).
    func simplex(log: Bool, timeLimitMilliseconds: Int32, presolve: Bool, dual: Bool = false) -> Int32 {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        if dual { parameters.meth = GLP_DUALP }
        parameters.msg_lev = log ? GLP_MSG_ON : GLP_MSG_OFF
        parameters.tm_lim = timeLimitMilliseconds
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        return glp_simplex(pointer, &parameters)
    }

    /// Status of the basic solution after `simplex` returned 0.
    var basicStatus: Int32 { glp_get_status(pointer) }

    /// The objective of the current basic solution where that basis is dual
    /// feasible, else nil. A dual simplex stopped by its time limit keeps a
    /// dual feasible basis, whose objective is the dual objective and so a
    /// lower bound on the LP's optimum (weak duality).
    var dualFeasibleObjective: Double? {
        glp_get_dual_stat(pointer) == GLP_FEAS ? glp_get_obj_val(pointer) : nil
    }

    /// Tells an unbounded LP from an infeasible one after a presolved solve
    /// reported "no dual feasible solution", which covers both: re-solves
    /// without the presolver. Returns GLP_UNBND, GLP_NOFEAS or nil if unsure.
    func classifyDualInfeasible(log: Bool, clock: SolveClock) -> Int32? {
        scale()
        let code = simplex(log: log, timeLimitMilliseconds: clock.remainingMilliseconds, presolve: false)
        guard code == 0 else { return nil }
        let status = basicStatus
        return status == GLP_UNBND || status == GLP_NOFEAS ? status : nil
    }

    /// The result for GLP_ENODFS (`code`): unbounded, infeasible or undecided,
    /// worded for an LP or for a MIP's relaxation by the caller.
    func dualInfeasibleResult(
        code: Int32, log: Bool, clock: SolveClock,
        unbounded: String, infeasible: String
    ) -> SolveResult {
        switch classifyDualInfeasible(log: log, clock: clock) {
        case GLP_UNBND:
            return SolveResult(status: .unbounded, glpkReturnCode: code, message: unbounded)
        case GLP_NOFEAS:
            return SolveResult(status: .infeasible, glpkReturnCode: code, message: infeasible)
        default:
            return SolveResult(status: .failed, glpkReturnCode: code, message: SolveMessages.unboundedOrInfeasible)
        }
    }
}
