/// pareto.json: the front's points as numbers. One-year keys are per year
/// (`cost_usd_per_yr`, `carbon_t_per_yr`, `cap_t`); a horizon's are its net present
/// cost and totals (`npc_usd`, `horizon_carbon_t`, `horizon_carbon_cap_t`) with
/// `horizon_years` beside the points.
extension ParetoMarkdown {
    /// Every point's cap, cost, carbon, carbon-free share, implied USD/t and cap dual.
    static func json(_ front: ParetoFront.Outcome) -> String {
        if front.axis == .cfe { return carbonFreeJSON(front) }
        let figures = ParetoFigures(front)
        let horizon = figures.horizonYears != nil
        let points = front.points.enumerated().map { i, point -> JSONValue in
            let s = point.summary
            let implied = i > 0 ? figures.impliedUSDPerT(from: front.points[i - 1].summary, to: s) : nil
            return .object([
                (horizon ? "horizon_carbon_cap_t" : "cap_t", figures.capT(point).map(JSONValue.number) ?? .null),
                (horizon ? "npc_usd" : "cost_usd_per_yr", s.headlineCostUSD.map(JSONValue.number) ?? .null),
                (horizon ? "horizon_carbon_t" : "carbon_t_per_yr", .number(figures.carbonT(s))),
                ("cfe_fraction", .number(s.cfeFraction)),
                ("implied_usd_per_t", implied.map(JSONValue.number) ?? .null),
                ("cap_dual_usd_per_t", point.capDualUSDPerT.map(JSONValue.number) ?? .null),
                ("mip_gap", s.mipGap.map(JSONValue.number) ?? .null),
            ])
        }
        var keys: [(String, JSONValue)] = []
        if let years = figures.horizonYears { keys.append(("horizon_years", .number(Double(years)))) }
        keys += [
            ("points", .array(points)),
            ("dropped", .number(Double(front.dropped))),
            // USD/t figures are on top of this price, which every cost includes.
            ("carbon_price_usd_per_t_included", .number(front.carbonPriceUSDPerT)),
        ]
        return JSONValue.object(keys).rendered()
    }
}
