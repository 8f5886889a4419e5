/// The hourly shapes by which periods are compared: every profiled site's
/// solar, wind, grid carbon and grid price, each standardised over the year
/// (zero mean, unit deviation) so that no unit dominates the distance.
struct DayFeatures {
    let catalog: Catalog
    let sites: [Int]
    let calendar: PeriodCalendar
    /// Hours each period stands for.
    let weights: [Double]

    /// One vector per period: for each site and series with any variation,
    /// the standardised value of each hour.
    func vectors() -> [[Double]] {
        var vectors = [[Double]](repeating: [], count: calendar.periods.count)
        for s in sites {
            let steps = catalog.sites[s].steps
            for series in ProfileStep.hourlySeries {
                var sum = 0.0
                var squares = 0.0
                var total = 0.0
                for (p, period) in calendar.periods.enumerated() {
                    for step in steps[period.steps] {
                        let x = step[keyPath: series]
                        sum += weights[p] * x
                        squares += weights[p] * x * x
                        total += weights[p]
                    }
                }
                let mean = sum / total
                let deviation = max(squares / total - mean * mean, 0).squareRoot()
                // A flat series (e.g. no wind data) says nothing about which days differ.
                guard deviation > 1e-9 * max(1, abs(mean)) else { continue }
                for (p, period) in calendar.periods.enumerated() {
                    vectors[p].append(contentsOf: steps[period.steps].map { ($0[keyPath: series] - mean) / deviation })
                }
            }
        }
        return vectors
    }

    /// Squared Euclidean distances between the periods' vectors, row-major.
    func distances() -> [Double] {
        let vectors = vectors()
        let n = vectors.count
        var distances = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                var d = 0.0
                for (a, b) in zip(vectors[i], vectors[j]) { d += (a - b) * (a - b) }
                distances[i * n + j] = d
                distances[j * n + i] = d
            }
        }
        return distances
    }

    /// Each site's period with the least solar plus wind output (first on
    /// ties), ascending and without repeats; sites without varying
    /// renewables contribute none.
    func leastRenewablePeriods() -> [Int] {
        var chosen = Set<Int>()
        for s in sites {
            let steps = catalog.sites[s].steps
            let outputs = calendar.periods.map { period in
                steps[period.steps].reduce(0.0) { $0 + $1.solarCF + $1.windCF }
            }
            guard let least = outputs.min(), let most = outputs.max(), most - least > 1e-9 else { continue }
            chosen.insert(outputs.firstIndex(of: least)!)
        }
        return chosen.sorted()
    }
}
