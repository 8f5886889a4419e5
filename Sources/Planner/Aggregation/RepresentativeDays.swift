import Foundation

/// Reduces chronological hourly profiles (e.g. 365 days × 24 h) to a few
/// representative days with weights, so the planning MIP stays small.
///
/// All profiled sites share one choice of days, which keeps the weather of
/// one day together across sites. Days are compared by the standardised
/// hourly shapes of every site's solar, wind, grid carbon and grid price;
/// weighted k-medoids (PAM) picks actual days, never averages, so each kept
/// day is one that happened. Each site's least renewable day is kept on its
/// own (weight one day): it sizes batteries and grid draw, and clustering
/// would blur it away. Finally the medoid days are rescaled so that each
/// site's annual solar and wind energy and mean carbon and price equal the
/// full year's (capacity factors stay ≤ 1), as TSAM does.
public enum RepresentativeDays {
    /// A catalog whose profiled sites carry `days` representative periods.
    /// A catalog with `days` or fewer periods per site comes back unchanged.
    public static func aggregate(_ catalog: Catalog, days: Int) throws(AggregationError) -> (
        Catalog, ProfileAggregation
    ) {
        let profiled = catalog.sites.indices.filter { catalog.sites[$0].steps.count > 1 }
        guard let first = profiled.first else { throw .noProfiles }
        let calendar = PeriodCalendar(catalog.sites[first])
        for s in profiled.dropFirst() where !calendar.matches(catalog.sites[s]) {
            throw .periodsDiffer(site: catalog.sites[s].id, firstSite: catalog.sites[first].id)
        }
        let weights = try periodWeights(catalog, profiled: profiled, calendar: calendar)
        let siteIDs = profiled.map { catalog.sites[$0].id }
        let stepsPerSite = calendar.periods.last?.steps.upperBound ?? 0
        if calendar.periods.count <= days && stepsPerSite > 24 * days {
            throw .periodsTooLong(periods: calendar.periods.count, steps: stepsPerSite, requested: days)
        }
        guard calendar.periods.count > days else {
            let kept = calendar.periods.map {
                ProfileAggregation.Representative(period: $0.label, periodsRepresented: 1, kind: .medoid)
            }
            return (
                catalog,
                ProfileAggregation(periodsBefore: calendar.periods.count, representatives: kept, sites: siteIDs)
            )
        }

        let features = DayFeatures(catalog: catalog, sites: profiled, calendar: calendar, weights: weights)
        let extremes = features.leastRenewablePeriods()
        guard extremes.count < days else { throw .tooFewDays(requested: days, extremes: extremes.count) }
        let clustering = KMedoids(distances: features.distances(), weights: weights)
        let medoids = clustering.medoids(days - extremes.count, excluding: Set(extremes))
        let nearest = clustering.assignment(to: medoids)

        var members = [Int: [Int]]()
        for p in calendar.periods.indices where !extremes.contains(p) {
            members[medoids[nearest[p]], default: []].append(p)
        }
        for p in extremes { members[p] = [p] }
        let kept = members.keys.sorted()
        let representatives = kept.map { p in
            ProfileAggregation.Representative(
                period: calendar.periods[p].label, periodsRepresented: members[p]!.count,
                kind: extremes.contains(p) ? .extreme : .medoid)
        }

        var reduced = catalog
        for s in profiled {
            let site = catalog.sites[s]
            var steps: [ProfileStep] = []
            for p in kept {
                let weight = members[p]!.reduce(0.0) { $0 + weights[$1] }
                for step in site.steps[calendar.periods[p].steps] {
                    var kept = step
                    kept.weightHours = weight
                    steps.append(kept)
                }
            }
            AnnualRescaling.match(&steps, to: site.steps, rescaled: Set(medoids.map { calendar.periods[$0].label }))
            reduced.sites[s].steps = steps
        }
        let aggregation = ProfileAggregation(
            periodsBefore: calendar.periods.count, representatives: representatives, sites: siteIDs)
        reduced.representativeDays = aggregation
        return (reduced, aggregation)
    }

    /// Hours each period stands for, checked to be one weight per period across sites.
    private static func periodWeights(_ catalog: Catalog, profiled: [Int], calendar: PeriodCalendar)
        throws(AggregationError) -> [Double]
    {
        let reference = catalog.sites[profiled[0]]
        var weights: [Double] = []
        for period in calendar.periods {
            let weight = reference.steps[period.steps.lowerBound].weightHours
            for s in profiled {
                let site = catalog.sites[s]
                for step in site.steps[period.steps] where abs(step.weightHours - weight) > 1e-9 * max(1, weight) {
                    throw .unevenWeights(site: site.id, period: period.label)
                }
            }
            weights.append(weight)
        }
        return weights
    }
}
