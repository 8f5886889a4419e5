/// pareto.md: the cost–carbon front as a table, with the carbon price each
/// step implies and what the build changes from one point to the next.
public enum ParetoMarkdown {
    /// The chart written beside pareto.md.
    public static let chartFileName = "pareto.svg"

    /// pareto.md and, when the front has more than one point, its cost–carbon chart.
    public static func files(_ front: ParetoFront.Outcome, requested: Int) -> [(name: String, contents: String)] {
        var files = [("pareto.md", render(front, requested: requested)), ("pareto.json", json(front))]
        if front.points.count > 1 {
            let points = front.points.enumerated().map { i, point in
                CostCarbonChart.Point(
                    costUSDPerYr: point.summary.objectiveUSDPerYr ?? 0,
                    carbonTPerYr: point.summary.totalCarbonT, label: "#\(i + 1)")
            }
            let chart = CostCarbonChart(
                title: "Cost–carbon trade-off", subtitle: "each dot a plan; cheapest to lowest-carbon",
                points: points)
            files.append((chartFileName, chart.svg()))
        }
        return files
    }

    /// pareto.md's text: per point its cap, cost, carbon, implied USD/t, cap dual and build change.
    public static func render(_ front: ParetoFront.Outcome, requested: Int) -> String {
        var out = "# Cost–carbon trade-off\n\n"
        let points = front.points
        guard let first = points.first, let last = points.last else { return out + "No plan: nothing to trade off.\n" }
        out += "\(points.count) plan\(points.count == 1 ? "" : "s") from the cheapest to the lowest-carbon build "
        out += "(ε-constraint: \(requested) solves requested, \(front.dropped) left out as dominated or repeated). "
        out +=
            "Cost is the objective the plan minimises (annualised USD/yr, including any carbon price of policy.csv).\n\n"
        var rows: [[String]] = []
        for (i, point) in points.enumerated() {
            let s = point.summary
            let cost = s.objectiveUSDPerYr ?? 0
            var implied = "–"
            var change = i == 0 ? "cheapest plan" : "–"
            if i > 0 {
                let previous = points[i - 1].summary
                let savedT = previous.totalCarbonT - s.totalCarbonT
                implied = savedT > 0 ? pricePerT((cost - (previous.objectiveUSDPerYr ?? 0)) / savedT) : "–"
                change = BuildChanges.sentence(from: previous, to: s)
            }
            rows.append([
                String(i + 1),
                point.capT.map { Markdown.number($0, decimals: 1) } ?? "none",
                Markdown.money(cost), DeltaFormat.value(s.totalCarbonT, .tonnesPerYr), Markdown.percent(s.cfeFraction),
                implied, point.capDualUSDPerT.map(pricePerT) ?? "–", change,
            ])
        }
        if points.count > 1 {
            out += "[![Annual cost against annual carbon along the front](\(chartFileName))](\(chartFileName))\n\n"
        }
        out +=
            Markdown.table(
                [
                    "#", "carbon cap (t/yr)", "cost (USD/yr)", "carbon (t/yr)", "carbon-free", "implied USD/t",
                    "cap dual (USD/t)", "build change from the previous point",
                ],
                rows, alignRight: [0, 1, 2, 3, 4, 5, 6]) + "\n\n"
        if points.count > 1, let low = last.summary.objectiveUSDPerYr, let high = first.summary.objectiveUSDPerYr {
            let savedT = first.summary.totalCarbonT - last.summary.totalCarbonT
            out +=
                "Going from the cheapest to the lowest-carbon plan saves \(DeltaFormat.value(savedT, .tonnesPerYr))CO2e/yr "
            out +=
                "for \(Markdown.money(low - high))/yr more, \(pricePerT((low - high) / savedT)) USD per tonne on average.\n\n"
        }
        out +=
            "*implied USD/t*: extra cost per tonne saved from the previous point (the slope of the curve between neighbours). "
        out +=
            "*cap dual*: what one more tonne of cap would save at that point with its build fixed — the marginal carbon price "
        out += "the cap imposes; a dual above the next slope shows where the build changes in steps.\n"
        if front.carbonPriceUSDPerT > 0 {
            out +=
                "\nBoth are on top of policy.csv's carbon price of \(pricePerT(front.carbonPriceUSDPerT)) USD/t, which "
                + "every cost above already includes: the full price of a tonne saved is that plus the figure shown.\n"
        }
        return out
    }

    /// pareto.json: every point's cap, cost, carbon, carbon-free share, implied USD/t and cap dual.
    static func json(_ front: ParetoFront.Outcome) -> String {
        let points = front.points.enumerated().map { i, point -> JSONValue in
            let s = point.summary
            var implied: Double?
            if i > 0, let cost = s.objectiveUSDPerYr, let before = front.points[i - 1].summary.objectiveUSDPerYr {
                let savedT = front.points[i - 1].summary.totalCarbonT - s.totalCarbonT
                implied = savedT > 0 ? (cost - before) / savedT : nil
            }
            return .object([
                ("cap_t", point.capT.map(JSONValue.number) ?? .null),
                ("cost_usd_per_yr", s.objectiveUSDPerYr.map(JSONValue.number) ?? .null),
                ("carbon_t_per_yr", .number(s.totalCarbonT)),
                ("cfe_fraction", .number(s.cfeFraction)),
                ("implied_usd_per_t", implied.map(JSONValue.number) ?? .null),
                ("cap_dual_usd_per_t", point.capDualUSDPerT.map(JSONValue.number) ?? .null),
                ("mip_gap", .number(s.mipGap)),
            ])
        }
        return JSONValue.object([
            ("points", .array(points)),
            ("dropped", .number(Double(front.dropped))),
            // USD/t figures are on top of this price, which every cost includes.
            ("carbon_price_usd_per_t_included", .number(front.carbonPriceUSDPerT)),
        ]).rendered()
    }

    /// USD per tonne: cents below 100 USD/t, whole dollars above.
    private static func pricePerT(_ usd: Double) -> String {
        Markdown.number(usd, decimals: abs(usd) < 100 ? 2 : 0)
    }
}
