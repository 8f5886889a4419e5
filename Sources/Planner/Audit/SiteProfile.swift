/// A site's hourly figures as the audit reads them: hour by hour from a
/// chronological profile (8,760 steps of one hour, hour of year in UTC), or
/// the site's annual averages (the weighted mean of its steps) otherwise.
struct SiteProfile {
    /// The site's steps when they are a chronological year; nil otherwise.
    let hourly: [ProfileStep]?
    /// Weighted mean of the steps: the site's annual averages.
    let average: ProfileStep

    init(_ site: Site) {
        let steps = site.steps.isEmpty ? [site.annualStep] : site.steps
        hourly = steps.count == 8760 && steps.allSatisfy { $0.weightHours == 1 } ? steps : nil
        let total = steps.reduce(0) { $0 + $1.weightHours }
        func mean(_ value: (ProfileStep) -> Double) -> Double {
            total > 0 ? steps.reduce(0) { $0 + $1.weightHours * value($1) } / total : 0
        }
        average = ProfileStep(
            period: "average", hour: 0, weightHours: 8760, solarCF: mean(\.solarCF), windCF: mean(\.windCF),
            gridCarbonKgPerMWh: mean(\.gridCarbonKgPerMWh), gridPriceUSDPerMWh: mean(\.gridPriceUSDPerMWh),
            gridCFEFraction: mean(\.gridCFEFraction))
    }

    /// Whether figures follow the hour (a chronological profile) rather than the annual average.
    var isChronological: Bool { hourly != nil }

    /// What one interval sees: capacity-factor hours of each offer, mean grid intensity and mean grid CFE share.
    struct Window {
        /// Σ over the interval's hours of each offer's capacity factor (h), in the order given.
        var capacityFactorHours: [Double]
        /// Mean grid carbon intensity over the interval (kgCO2e/MWh).
        var gridCarbonKgPerMWh: Double
        /// Mean carbon-free share of the grid mix over the interval (0..1).
        var gridCFEFraction: Double
    }

    /// The figures over `hours` hours from `start`, for `offers`' technologies.
    func window(from start: UTCHour, hours: Int, offers: [RenewableOffer]) -> Window {
        guard let hourly else {
            let h = Double(hours)
            return Window(
                capacityFactorHours: offers.map { $0.capacityFactor(at: average) * h },
                gridCarbonKgPerMWh: average.gridCarbonKgPerMWh, gridCFEFraction: average.gridCFEFraction)
        }
        var cf = [Double](repeating: 0, count: offers.count)
        var carbon = 0.0
        var cfe = 0.0
        for k in 0..<hours {
            let step = hourly[UTCHour(hoursSinceEpoch: start.hoursSinceEpoch + k).hourOfProfileYear]
            for (i, offer) in offers.enumerated() { cf[i] += offer.capacityFactor(at: step) }
            carbon += step.gridCarbonKgPerMWh
            cfe += step.gridCFEFraction
        }
        let h = Double(max(hours, 1))
        return Window(capacityFactorHours: cf, gridCarbonKgPerMWh: carbon / h, gridCFEFraction: cfe / h)
    }
}
