/// Makes representative days add up to the year they stand for.
///
/// Medoid days are real days, so their weighted sums miss the year's
/// totals by a few per cent; that error goes straight into energy bought
/// and carbon. Scaling each series on the medoid days (never the extreme
/// days, which stand only for themselves) restores each site's annual solar
/// and wind energy and its weighted mean carbon and price.
enum AnnualRescaling {
    /// Rescales the steps of periods in `rescaled` so every series' weighted
    /// sum over `steps` equals that over `year`.
    static func match(_ steps: inout [ProfileStep], to year: [ProfileStep], rescaled: Set<String>) {
        for value in ProfileStep.hourlySeries {
            let isCapacityFactor = value == \.solarCF || value == \.windCF
            let target = year.reduce(0.0) { $0 + $1.weightHours * $1[keyPath: value] }
            // Capacity factors are capped at 1: capping moves energy off the
            // capped hours, so a few rounds spread it over the others.
            for _ in 0..<(isCapacityFactor ? 8 : 1) {
                var fixed = 0.0
                var scalable = 0.0
                for step in steps {
                    let share = step.weightHours * step[keyPath: value]
                    let canGrow = rescaled.contains(step.period) && (!isCapacityFactor || step[keyPath: value] < 1)
                    if canGrow { scalable += share } else { fixed += share }
                }
                guard scalable > 0, target - fixed > 0 else { break }
                let factor = (target - fixed) / scalable
                guard abs(factor - 1) > 1e-12 else { break }
                for t in steps.indices where rescaled.contains(steps[t].period) {
                    let x = steps[t][keyPath: value]
                    guard !isCapacityFactor || x < 1 else { continue }
                    steps[t][keyPath: value] = isCapacityFactor ? min(1, x * factor) : x * factor
                }
            }
        }
    }
}
