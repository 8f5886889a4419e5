/// Plans on representative days until the build also meets the policy's
/// carbon-free floor and carbon cap over the full year.
///
/// Representative days smooth day-to-day variation, and hourly matching
/// (min(load, PPA output)) is concave, so a plan that meets min_cfe_fraction
/// on the days typically misses it over the year by a few points. Each round
/// plans on the days with the limits tightened, checks the build over the
/// full year, and moves each missed limit by a secant step: the first step
/// shifts it by the shortfall, later ones scale the shortfall by how much the
/// full-year figure moved per unit of the limit in the previous round.
public enum LimitCalibration {
    /// Rounds of plan and check, the first included.
    public static let maximumRounds = 4

    /// The outcome of the last round that produced a plan. Its full-year check
    /// carries the limits used on the days; the year is judged by `fullYear`'s policy.
    ///
    /// Round k of the at most `maximumRounds` gets an equal share of the time
    /// left, 1 / (rounds still possible), so the whole calibration ends by the
    /// context's deadline; a round that finishes early leaves its time to the next.
    static func run(_ days: Catalog, fullYear: Catalog, context: PlanningContext) -> PlanOutcome {
        var catalog = days
        var outcome = Planning.run(
            catalog, fullYear: fullYear, context: context.within(share: 1 / Double(maximumRounds)))
        var spent = (build: outcome.buildSeconds, solve: outcome.solveSeconds)
        var cfe = Secant(target: fullYear.policy.minCFEFraction)
        var carbon = Secant(target: fullYear.policy.maxCarbonT)
        var rounds = 1
        while rounds < maximumRounds, !context.isCancelled, context.remainingSeconds > 0, let plan = outcome.plan,
            let check = plan.fullYearCheck,
            case .missesLimits = check.outcome, let year = check.fullYear
        {
            var policy = catalog.policy
            if let floor = policy.minCFEFraction, fullYear.policy.floorIsMissed(by: year) {
                // A hair above the secant's point, so the next year lands on the right side.
                policy.minCFEFraction = min(1, cfe.next(limit: floor, yearValue: year.cfeFraction) + 1e-4)
            }
            if let cap = policy.maxCarbonT, let target = carbon.target, fullYear.policy.capIsMissed(by: year) {
                policy.maxCarbonT = max(0, carbon.next(limit: cap, yearValue: year.carbon.totalT) - 1e-4 * target)
            }
            guard policy != catalog.policy else { break }
            var tightened = catalog
            tightened.policy = policy
            let share = 1 / Double(maximumRounds - rounds)
            let next = Planning.run(tightened, fullYear: fullYear, context: context.within(share: share))
            spent = (spent.build + next.buildSeconds, spent.solve + next.solveSeconds)
            // A limit tightened past what the days allow ends the search with the last plan.
            guard next.plan != nil, next.status != .interrupted else { break }
            catalog = tightened
            outcome = next
            rounds += 1
        }
        if outcome.plan?.fullYearCheck != nil {
            outcome.plan?.fullYearCheck?.calibration = FullYearCheck.Calibration(
                rounds: rounds, minCFEFraction: catalog.policy.minCFEFraction, maxCarbonT: catalog.policy.maxCarbonT)
        }
        (outcome.buildSeconds, outcome.solveSeconds) = spent
        return outcome
    }

    /// The limit to plan on next, from the (limit, full-year value) pairs seen so far.
    private struct Secant {
        let target: Double?
        private var previous: (limit: Double, yearValue: Double)?

        init(target: Double?) { self.target = target }

        mutating func next(limit: Double, yearValue: Double) -> Double {
            let target = self.target ?? yearValue
            var slope = 1.0
            if let previous, abs(yearValue - previous.yearValue) > 1e-9 {
                let measured = (limit - previous.limit) / (yearValue - previous.yearValue)
                // Only a positive slope moves the limit the right way; otherwise shift.
                if measured > 0 { slope = measured }
            }
            previous = (limit, yearValue)
            return limit + (target - yearValue) * slope
        }
    }
}
