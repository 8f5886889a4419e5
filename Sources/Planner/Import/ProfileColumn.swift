/// An hourly column of profiles.csv that an import can fill.
public enum ProfileColumn: String, Sendable, CaseIterable {
    /// Solar capacity factor, 0..1.
    case solarCF = "solar_cf"
    /// Wind capacity factor, 0..1.
    case windCF = "wind_cf"
    /// Grid carbon intensity, kgCO2e/MWh (= gCO2eq/kWh).
    case gridCarbonKgPerMWh = "grid_carbon_kg_per_mwh"
    /// Grid price, USD/MWh; may be negative.
    case gridPriceUSDPerMWh = "grid_price_usd_per_mwh"
    /// Carbon-free share of the grid mix, 0..1.
    case gridCFEFraction = "grid_cfe_fraction"

    /// The column's name in profiles.csv and sites.csv.
    public var name: String { rawValue }

    /// The range profiles.csv accepts in this column, from the catalog schema.
    var rule: NumberRule {
        guard case .number(let rule) = CatalogSchema.profiles.spec(name)?.kind else { return .anySign }
        return rule
    }

    /// Why `value` cannot go into this column (`solar_cf 1.2 must be a fraction between 0 and 1`), or nil.
    func rangeProblem(_ value: Double) -> String? {
        rule.violation(value).map { "\(name) \(NumberText.plain(value)) \($0)" }
    }
}
