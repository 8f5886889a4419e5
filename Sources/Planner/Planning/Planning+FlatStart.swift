extension Planning {
    /// Share of the time the flat plan may take before a flexible-load search.
    static let flatStartShare = 0.3

    /// For flexible load (min_utilization below 1): `context` with its main
    /// search starting from the flat plan (every installed node running), when
    /// no other start was given. The flat plan is feasible in the flexible
    /// model, and its smaller search finds it quickly; the flexible search's
    /// own first incumbents come late (docs/performance.md: 14,000 nodes on the
    /// sample), so with a good incumbent from the start it stops as soon as its
    /// bound comes within the gap.
    static func startingFlat(_ catalog: Catalog, context: PlanningContext) -> PlanningContext {
        guard catalog.policy.hasFlexibleLoad, context.startFrom == nil else { return context }
        var flat = catalog
        flat.policy.minUtilization = 1
        return context.starting(from: decisions(of: flat, context: context.within(share: flatStartShare)))
    }
}
