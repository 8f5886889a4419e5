extension ParetoFront {
    /// The points re-solved where a tighter cap ended cheaper than a looser one.
    ///
    /// Each point is only proven within the MIP gap, so a looser cap's search can
    /// end at a dearer plan than a tighter cap's, which is a valid plan under the
    /// looser cap too: the front would then fall in cost as carbon falls. From
    /// the tightest cap to the loosest, each point whose plan is dearer than the
    /// nearest tighter point's (or that has no plan while that one has) is solved
    /// again starting from that plan (`PlanOptions.startFrom`), and the cheaper
    /// outcome kept. The search keeps its start when it finds nothing cheaper, so
    /// afterwards cost never falls as the cap tightens. The re-solves run one
    /// after another: each may start a looser point's.
    ///
    /// `points` go from the loosest cap (nil: the cheapest plan) to the tightest; on the
    /// `cfe` axis the bounds are carbon-free floors, from the lowest to the highest.
    static func monotone(
        _ points: [(cap: Double?, outcome: PlanOutcome)], catalog: Catalog, options: PlanOptions,
        axis: Axis = .carbon
    ) -> [(cap: Double?, outcome: PlanOutcome)] {
        var points = points
        var tighter: PlanOutcome?
        for i in points.indices.reversed() {
            if let tighter, let neighbour = tighter.plan, let start = tighter.solution,
                !isNoDearer(points[i].outcome, than: neighbour.objectiveUSDPerYr)
            {
                var again = options
                again.startFrom = start
                let resolved = Planning.plan(
                    Self.catalog(catalog, axis: axis, at: points[i].cap), options: again)
                if isCheaper(resolved, than: points[i].outcome) { points[i].outcome = resolved }
            }
            if points[i].outcome.plan != nil { tighter = points[i].outcome }
        }
        return points
    }

    /// Whether `outcome` has a plan that costs at most `usdPerYr` (within the report's precision).
    private static func isNoDearer(_ outcome: PlanOutcome, than usdPerYr: Double) -> Bool {
        guard let cost = outcome.plan?.objectiveUSDPerYr else { return false }
        return cost <= usdPerYr || same(cost, usdPerYr)
    }

    /// Whether `outcome` has a plan, cheaper than `other`'s or where `other` has none.
    private static func isCheaper(_ outcome: PlanOutcome, than other: PlanOutcome) -> Bool {
        guard let cost = outcome.plan?.objectiveUSDPerYr else { return false }
        guard let otherCost = other.plan?.objectiveUSDPerYr else { return true }
        return cost < otherCost
    }
}
