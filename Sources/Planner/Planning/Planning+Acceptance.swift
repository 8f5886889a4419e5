extension Planning {
    /// One plan's outcome, its stages timed for the terminal: no model when
    /// `structural` lists problems (they are why there is no plan), else the
    /// model `build` makes, solved into the outcome by `solve`. One-year and
    /// horizon plans alike.
    static func timed<Model>(
        _ context: PlanningContext, structural: () -> [InfeasibilityReason], build: () -> Model,
        solve: (Model, inout PlanOutcome) -> Void
    ) -> PlanOutcome {
        let clock = ContinuousClock()
        let buildStart = clock.now
        var outcome = PlanOutcome(status: .infeasible, timeLimitSeconds: context.timeLimitSeconds)
        let problems = structural()
        guard problems.isEmpty else {
            outcome.infeasibility = problems
            return outcome
        }
        let model = build()
        outcome.buildSeconds = buildStart.duration(to: clock.now).inSeconds
        let solveStart = clock.now
        solve(model, &outcome)
        outcome.solveSeconds = solveStart.duration(to: clock.now).inSeconds
        return outcome
    }

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
        outcome.columnValues = result.columnValues
        return SolverSummary(
            glpkReturnCode: result.glpkReturnCode, timeLimitSeconds: context.timeLimitSeconds,
            mipGapTolerance: context.mipGap, rows: program.rows.count, columns: program.columns.count,
            integerColumns: program.integerColumnCount, nonzeros: program.entries.count)
    }
}
