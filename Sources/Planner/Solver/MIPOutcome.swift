import CGLPK

/// Maps glp_intopt's return code and MIP status to a `SolveResult`.
/// Only a proof makes a plan optimal: a finished search (GLP_OPT) or the
/// gap tolerance reached (GLP_EMIPGAP); any other incumbent is reported
/// with its bound and gap under the status that stopped the search.
struct MIPOutcome {
    let problem: GLPKProblem
    let code: Int32
    let monitor: MIPSearchMonitor
    let options: SolveOptions
    let clock: SolveClock

    func result() -> SolveResult {
        let mipStatus = glp_mip_status(problem.pointer)
        let hasIncumbent = mipStatus == GLP_OPT || mipStatus == GLP_FEAS
        switch code {
        case 0 where mipStatus == GLP_OPT:
            // The tree was exhausted (or presolve solved it without one):
            // the incumbent is its own bound.
            return withSolution(.optimal, message: SolveMessages.optimalMIP, provenOptimal: true)
        case 0 where mipStatus == GLP_NOFEAS:
            return SolveResult(status: .infeasible, glpkReturnCode: code, message: SolveMessages.infeasibleMIP)
        case GLP_ENOPFS:
            return SolveResult(status: .infeasible, glpkReturnCode: code, message: SolveMessages.infeasibleMIP)
        case GLP_EMIPGAP where hasIncumbent:
            return withSolution(.optimal, message: nil, provenOptimal: false, gapProven: true)
        case GLP_ESTOP where monitor.stoppedByExchange && hasIncumbent:
            // Proven by the round's plan and bound, or stopped because another search proved its gap.
            return withSolution(.optimal, message: nil, provenOptimal: false, stoppedByExchange: true)
        case GLP_ESTOP where monitor.stoppedForCancellation:
            return hasIncumbent
                ? withSolution(.interrupted, message: nil, provenOptimal: false)
                : noPlan(.interrupted, SolveMessages.interruptedWithoutPlan)
        case GLP_ETMLIM, GLP_ESTOP:
            // GLP_ESTOP without cancellation: the monitor enforced the time limit.
            return hasIncumbent
                ? withSolution(.timeLimit, message: nil, provenOptimal: false)
                : noPlan(
                    .noSolution, SolveMessages.noSolution(limitSeconds: clock.limitSeconds, what: "any plan was found"))
        case GLP_ENODFS:
            // GLP_ENODFS covers an infeasible relaxation too; a simplex solve of the
            // original problem without presolve tells them apart.
            return problem.dualInfeasibleResult(
                code: code, log: options.glpkLog, clock: clock,
                unbounded: SolveMessages.unboundedRelaxation, infeasible: SolveMessages.infeasibleRelaxation)
        default:
            let message =
                code == 0
                ? "GLPK ended the search without proving a result (MIP status \(mipStatus))"
                : GLPKReturnCode.failure(code, during: "branch and bound")
            return hasIncumbent
                ? withSolution(.failed, message: message, provenOptimal: false)
                : noPlan(.failed, message)
        }
    }

    /// A result carrying the incumbent, its bound and gap.
    private func withSolution(
        _ status: SolveStatus, message: String?, provenOptimal: Bool, gapProven: Bool = false,
        stoppedByExchange: Bool = false
    ) -> SolveResult {
        var status = status
        let solution = problem.mipSolution()
        // A bound above the incumbent is tolerance noise; cap it there.
        var bound = provenOptimal ? solution.objective : monitor.bestBound.map { min($0, solution.objective) }
        if gapProven {
            // GLPK stops on the gap after the callback last saw the bound, so the
            // tracked bound can be stale. GLPK proved |obj − bound| ≤ mip_gap · |obj|,
            // which makes obj − mip_gap · |obj| a valid bound: use it when it is higher.
            let proven = solution.objective - options.mipGap * (abs(solution.objective) + Double.ulpOfOne)
            bound = max(bound ?? proven, proven)
        }
        if let shared = monitor.exchangeBound {
            // Another search of the same program proved it: as valid a bound as this one's.
            let capped = min(shared, solution.objective)
            bound = max(bound ?? capped, capped)
        }
        let gap = MIPSearchMonitor.gap(objective: solution.objective, bound: bound)
        // Stopped short of the gap: another search proved its own, and its
        // result, not this one, is the answer (`PairedBranchAndBound.combined`).
        if stoppedByExchange, (gap ?? .infinity) > options.mipGap { status = .timeLimit }
        let text =
            message
            ?? SolveMessages.withPlan(
                status, limitSeconds: clock.limitSeconds, gap: gap, gapTolerance: options.mipGap)
        return SolveResult(
            status: status, glpkReturnCode: code, message: text, objective: solution.objective,
            bestBound: bound, gap: gap, columnValues: solution.columns, rowActivities: solution.rows)
    }

    /// A result without a plan; keeps the best bound if the search found one.
    private func noPlan(_ status: SolveStatus, _ message: String) -> SolveResult {
        SolveResult(status: status, glpkReturnCode: code, message: message, bestBound: monitor.bestBound)
    }
}
