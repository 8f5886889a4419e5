extension SolveResult {
    /// This plan under `bound` (capped at the plan's cost), with its gap, a
    /// time-limit plan within the context's gap made optimal, and the
    /// message restated: for a search that puts together plans and bounds
    /// found by several solves of one program (`BaseStart`, `PairedBranchAndBound`).
    func restated(under bound: Double?, context: PlanningContext) -> SolveResult {
        var result = self
        result.bestBound = bound.map { min($0, objective ?? $0) }
        result.gap = MIPSearchMonitor.gap(objective: objective, bound: result.bestBound)
        if result.status == .timeLimit, let gap = result.gap, gap <= context.mipGap { result.status = .optimal }
        result.message = SolveMessages.withPlan(
            result.status, limitSeconds: context.timeLimitSeconds, gap: result.gap, gapTolerance: context.mipGap)
        return result
    }

    /// This plan with a bound proved elsewhere (`RelaxationBeside`) where
    /// that is higher than its own (or it has none).
    func bounded(by floor: Double?, context: PlanningContext) -> SolveResult {
        guard let floor, objective != nil, [.optimal, .timeLimit].contains(status),
            floor > (bestBound ?? -.infinity)
        else { return self }
        return restated(under: floor, context: context)
    }
}
