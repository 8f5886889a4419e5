extension NearOptimalRanges {
    /// Runs one range search and reads its plan: the figures `plan` reports
    /// (shadow prices included, for that build), its cost judged against the
    /// cheapest plan's bound, and which end of which range it is.
    struct EndReader: Sendable {
        let model: PlanModel
        let cheapest: Plan
        let cheapestValues: [Double]
        let start: NamedSolution
        let slack: Double
        /// Rows of the range MIP: the plan's and the cost row.
        let rows: Int

        /// The end `search` finds within `context`.
        func end(_ search: RangeSearch, context: PlanningContext) -> DecisionRange.End {
            let found = search.run(cheapest: start, cheapestValues: cheapestValues, context: context)
            let program = model.program
            let solver = SolverSummary(
                glpkReturnCode: found.glpkReturnCode, timeLimitSeconds: context.timeLimitSeconds,
                mipGapTolerance: context.mipGap, rows: rows, columns: program.columns.count,
                integerColumns: program.integerColumnCount, nonzeros: program.entries.count)
            var plan = PlanReader(model: model, solution: found.values).read(
                status: found.status, bestBound: nil, gap: nil, solver: solver)
            // The cheapest plan's bound holds for every plan: it says how far this one is from the best possible.
            plan.bestBoundUSDPerYr = cheapest.bestBoundUSDPerYr.map { min($0, plan.objectiveUSDPerYr) }
            plan.mipGap = plan.bestBoundUSDPerYr.map {
                MIPSearchMonitor.gap(objective: plan.objectiveUSDPerYr, bound: $0) ?? 0
            }
            (plan.shadowPrices, plan.shadowPricesStatus) = ShadowPrices.compute(
                model, solution: found.values, context: context)
            plan.alternative = AlternativeRole(
                decision: search.decision.name, kind: search.decision.kind, isMost: search.maximise, value: found.value,
                isProven: false,
                slack: slack)
            return DecisionRange.End(value: found.value, bound: found.bound, status: found.status, plan: plan)
        }
    }
}
