extension Planning {
    /// Share of the time the flat plan may take before a flexible-load search.
    static let flatStartShare = 0.3

    /// For flexible load (min_utilization below 1): `context` with its main
    /// search starting from the flat plan (every installed node running); a
    /// scenario with a base plan (`PlanOptions.startFrom`) plans its flat
    /// version from the base, then starts from the cheaper of the two builds
    /// in the flexible model, the base's on a tie, so a scenario that changes
    /// nothing keeps it (`BaseStart.search`). The flat plan is feasible in the flexible
    /// model, and its smaller search finds it quickly; the flexible search's
    /// own first incumbents come late (docs/performance.md: 14,000 nodes on the
    /// sample), so with a good incumbent from the start it stops as soon as its
    /// bound comes within the gap.
    ///
    /// The flexible search from the flat plan runs without GLPK's cuts: it
    /// rarely improves on that start and mostly proves its bound, where the
    /// mixed-integer rounding cuts of the per-step columns cost more than they
    /// lift (docs/performance.md, "Flexible load without cuts": the flexible
    /// sample 3.5 → 2.4 s, the generated medium instance proven in 57 s
    /// instead of stopping at 1.9 %). The flat search keeps them: where a
    /// scenario has to change the base plan, that is where the change is found
    /// (on a flexible base, whatif 50.9 s with cuts in the flexible searches,
    /// 23.6 s this way).
    ///
    /// With more than one job the flat plan is found on a thread of its own
    /// while the flexible search solves its root LP, and is offered at the
    /// search's first heuristic hook, where a start is offered anyway, so the
    /// search runs as it would from the flat plan given up front
    /// (`BaseStart.search(_:awaiting:context:)`; sample: 2.4 → 1.6 s).
    static func startingFlat(_ catalog: Catalog, context: PlanningContext) -> PlanningContext {
        guard catalog.policy.hasFlexibleLoad else { return context }
        var flat = catalog
        flat.policy.minUtilization = 1
        let flatContext = context.within(share: flatStartShare)
        if !context.startsFrom.isEmpty {
            guard let start = decisions(of: flat, context: flatContext) else { return context }
            return context.starting(from: context.startsFrom + [start]).withCuts(false)
        }
        if context.jobs > 1 {
            let pending = ThreadedValue { [flat] in decisions(of: flat, context: flatContext) }
            return context.starting(from: pending).withCuts(false)
        }
        guard let start = decisions(of: flat, context: flatContext) else { return context }
        return context.starting(from: start).withCuts(false)
    }
}
