extension Planning {
    /// Takes the main search's `result` into `outcome`: its status and bound, and,
    /// when there is no plan, the solver's failure or, for an infeasible program,
    /// `explain()`'s reasons; with a plan, its decisions by name (`outcome.solution`). Returns the solver summary when the result is a plan
    /// that satisfies `program` (one-year and horizon plans alike), nil otherwise.
    static func accept(
        _ result: SolveResult, of program: LinearProgram, context: PlanningContext, into outcome: inout PlanOutcome,
        explainInfeasible explain: () -> [InfeasibilityReason]
    ) -> SolverSummary? {
        outcome.status = result.status
        outcome.bestBoundUSDPerYr = result.bestBound
        let withPlan: Set<SolveStatus> = [.optimal, .timeLimit, .interrupted]
        guard withPlan.contains(result.status), result.hasSolution, result.columnValues.count == program.columns.count
        else {
            switch result.status {
            case .infeasible: outcome.infeasibility = explain()
            case .failed, .invalidModel, .unbounded: outcome.failure = result.message
            default: break
            }
            return nil
        }
        let violations = program.violations(of: result.columnValues)
        guard violations.isEmpty else {
            outcome.status = .failed
            outcome.failure =
                "GLPK's solution does not satisfy the model, so no plan is reported: "
                + violations.map(\.description).joined(separator: "; ")
            return nil
        }
        outcome.solution = NamedSolution(program: program, values: result.columnValues)
        return SolverSummary(
            glpkReturnCode: result.glpkReturnCode, timeLimitSeconds: context.timeLimitSeconds,
            mipGapTolerance: context.mipGap, rows: program.rows.count, columns: program.columns.count,
            integerColumns: program.integerColumnCount, nonzeros: program.entries.count)
    }
}
