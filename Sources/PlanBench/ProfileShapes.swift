import Foundation

/// Hourly profiles of the generated sites: a solar bell with seasons and
/// cloudy days, wind with a night peak and calm spells, grid carbon that
/// falls when renewables run, and a price with an evening peak.
extension InstanceGenerator {
    mutating func profilesCSV() -> String {
        let steps = size.stepsPerSite
        let weight = String(format: "%.6f", 8760 / Double(steps))
        var text = "site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh\n"
        text.reserveCapacity(steps * size.sites * 64)
        for (s, site) in siteIDs.enumerated() {
            for p in 0..<size.periods {
                let day = (Double(p) + 0.5) * 365 / Double(size.periods)
                let summer = cos(2 * Double.pi * (day - 172) / 365)
                let cloud = random.uniform(0.55, 1.15)
                let gust = random.uniform(0.3, 1.7)
                let label = size.periods == 365 ? "d\(p + 1)" : "p\(p + 1)"
                for h in 0..<size.hoursPerPeriod {
                    let hourOfDay = Double(h) * 24 / Double(size.hoursPerPeriod)
                    let bell = max(0, sin(Double.pi * (hourOfDay - 6) / 12))
                    let solar = min(1, annualSolar[s] * 2.9 * bell * (1 + 0.35 * summer) * cloud)
                    let diurnal: Double = 1 + 0.25 * cos(2 * Double.pi * hourOfDay / 24) - 0.2 * summer
                    let wind: Double = min(1, annualWind[s] * gust * diurnal)
                    let clean = min(0.8, 0.9 * solar + 0.6 * wind)
                    let carbon = annualCarbon[s] * (1.15 - clean) * random.uniform(0.95, 1.05)
                    let evening = max(0, sin(Double.pi * (hourOfDay - 15) / 8))
                    let shape: Double = max(0.2, 0.9 + 0.5 * evening - 0.6 * solar)
                    let price: Double = annualPrice[s] * shape * random.uniform(0.9, 1.1)
                    text +=
                        "\(site),\(label),\(h),\(weight),\(f(solar, 3)),\(f(wind, 3)),\(f(carbon, 0)),\(f(price, 1))\n"
                }
            }
        }
        return text
    }
}
