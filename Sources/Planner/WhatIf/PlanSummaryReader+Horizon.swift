/// Reads a multi-year plan.json's horizon keys (`horizon_years`, `npc_usd`,
/// `upfront_capex_usd`, `years[]`) back into `PlanSummary.Horizon`.
extension PlanSummary {
    /// nil for a one-year plan (no `horizon_years` or `npc_usd`). `meanCarbonT` is the
    /// top-level carbon, a horizon's yearly mean (tCO2e/yr).
    static func horizon(_ root: [String: Any], meanCarbonT: Double) -> Horizon? {
        guard let years = number(root["horizon_years"]), let npc = number(root["npc_usd"]) else { return nil }
        var horizon = Horizon(years: Int(years), npcUSD: npc, totalCarbonT: meanCarbonT * years)
        horizon.upfrontUSD = number(root["upfront_capex_usd"]) ?? 0
        horizon.byYear = (root["years"] as? [[String: Any]] ?? []).map(year)
        return horizon
    }

    private static func year(_ y: [String: Any]) -> Horizon.Year {
        let carbon = y["carbon_t_per_yr"] as? [String: Any] ?? [:]
        let number = y["year"].flatMap(Self.number).map(Int.init) ?? 0
        return Horizon.Year(
            year: number, label: y["label"] as? String ?? "year \(number)",
            discountFactor: Self.number(y["discount_factor"]) ?? 1,
            objectiveUSDPerYr: Self.number(y["objective_usd_per_yr"]) ?? 0,
            totalCarbonT: Self.number(carbon["total"]) ?? 0, cfeFraction: Self.number(y["cfe_fraction"]) ?? 0,
            upfrontUSD: Self.number(y["upfront_usd"]) ?? 0,
            purchases: (y["purchases"] as? [[String: Any]] ?? []).map(purchase))
    }

    private static func purchase(_ p: [String: Any]) -> Horizon.Purchase {
        Horizon.Purchase(
            site: p["site"] as? String ?? "", item: p["item"] as? String ?? "", cooling: p["cooling"] as? String,
            kind: p["kind"] as? String ?? "", quantity: number(p["quantity"]) ?? 0, unit: p["unit"] as? String ?? "",
            upfrontUSD: number(p["upfront_usd"]) ?? 0)
    }
}
