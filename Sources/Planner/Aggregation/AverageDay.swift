/// One average period per site: a coarse profile for a quick first plan.
///
/// Where runs go and which sites open hardly depends on the day-to-day
/// variation of the hours, but the planning MIP's size grows with every
/// step. Averaging each hour of the period over all periods (by weight)
/// keeps each site's daily shape and annual energy in one period.
enum AverageDay {
    /// The catalog with each profiled site's periods averaged into one, or nil
    /// when a profiled site's periods differ in length (no common shape).
    static func coarsen(_ catalog: Catalog) -> Catalog? {
        var coarse = catalog
        for (s, site) in catalog.sites.enumerated() where site.steps.count > 1 {
            let calendar = PeriodCalendar(site)
            let hours = calendar.periods[0].steps.count
            guard calendar.periods.allSatisfy({ $0.steps.count == hours }) else { return nil }
            coarse.sites[s].steps = (0..<hours).map { h in
                let steps = calendar.periods.map { site.steps[$0.steps.lowerBound + h] }
                let weight = steps.reduce(0.0) { $0 + $1.weightHours }
                var average = steps[0]
                average.period = "average"
                average.hour = h
                average.weightHours = weight
                for series in ProfileStep.hourlySeries {
                    average[keyPath: series] =
                        weight > 0 ? steps.reduce(0.0) { $0 + $1.weightHours * $1[keyPath: series] } / weight : 0
                }
                return average
            }
        }
        return coarse
    }
}
