import Foundation

/// Annual values of sites.csv that the site's hourly profile contradicts.
///
/// Energy and cost sums use the profile's hours, while summaries and the annual step use
/// sites.csv; after an import the two can drift apart (a 0.192 solar_cf from an old estimate
/// against a downloaded year averaging 0.26), so a difference of more than 10 % is a warning.
enum ProfileAverages {
    /// How far the weighted profile average may be from the annual value, relative to it.
    static let tolerance = 0.10

    /// One sentence per hourly column whose weighted average disagrees with the site's annual value.
    static func disagreements(_ site: Site) -> [String] {
        guard site.steps.count > 1 else { return [] }
        let totalHours = site.steps.reduce(0) { $0 + $1.weightHours }
        guard totalHours > 0 else { return [] }
        // Below `floor` (in the column's unit) a difference is noise, whatever the ratio:
        // an annual 0 against a profile averaging 5.7e-5 says nothing.
        let columns: [(name: String, annual: Double, hourly: KeyPath<ProfileStep, Double>, floor: Double)] = [
            ("solar_cf", site.solarCF, \.solarCF, 0.005),
            ("wind_cf", site.windCF, \.windCF, 0.005),
            ("grid_carbon_kg_per_mwh", site.gridCarbonKgPerMWh, \.gridCarbonKgPerMWh, 1),
            ("grid_price_usd_per_mwh", site.gridPriceUSDPerMWh, \.gridPriceUSDPerMWh, 1),
            ("grid_cfe_fraction", site.gridCFEFraction, \.gridCFEFraction, 0.005),
        ]
        var messages: [String] = []
        for column in columns {
            let average = site.steps.reduce(0) { $0 + $1[keyPath: column.hourly] * $1.weightHours } / totalHours
            guard abs(average - column.annual) > max(tolerance * abs(column.annual), column.floor) else { continue }
            messages.append(
                "site \(site.id): \(column.name) \(NumberText.plain(column.annual)) against a profile averaging "
                    + "\(rounded(average)) (more than 10 % apart); update sites.csv or profiles.csv")
        }
        return messages
    }

    /// Three significant digits, as the annual values are usually given.
    private static func rounded(_ value: Double) -> String {
        guard value != 0 else { return "0" }
        let digits = max(0, 2 - Int(floor(log10(abs(value)))))
        let scale = pow(10, Double(digits))
        return NumberText.plain((value * scale).rounded() / scale)
    }
}
