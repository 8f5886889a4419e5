/// pareto.md, pareto.json and pareto.svg of a front on the carbon-free share
/// (`pareto --axis cfe`): each point's floor, cost, share and carbon, with the
/// extra cost per percentage point of share in USD/yr.
extension ParetoMarkdown {
    /// The cfe front's chart: annual cost against the carbon-free share in percent.
    static func carbonFreeChart(_ front: ParetoFront.Outcome) -> String {
        let points = front.points.enumerated().map { i, point in
            CostCarbonChart.Point(
                costUSDPerYr: point.summary.objectiveUSDPerYr ?? 0, carbonTPerYr: point.summary.cfeFraction * 100,
                label: "#\(i + 1)")
        }
        var chart = CostCarbonChart(
            title: "Cost–carbon-free share trade-off",
            subtitle: "each dot a plan; cheapest to highest carbon-free share", points: points)
        chart.horizontalUnit = "% carbon-free energy"
        return chart.svg()
    }

    /// pareto.md's text on the cfe axis.
    static func renderCarbonFree(_ front: ParetoFront.Outcome, requested: Int) -> String {
        var out = "# Cost–carbon-free share trade-off\n\n"
        let points = front.points
        guard let first = points.first, let last = points.last else { return out + "No plan: nothing to trade off.\n" }
        out += "\(points.count) plan\(points.count == 1 ? "" : "s") from the cheapest to the highest carbon-free share "
        out += "(axis `cfe`, ε-constraint on the carbon-free floor `min_cfe_fraction`: \(requested) solves requested, "
        out += "\(front.dropped) left out as dominated or repeated). "
        out += "Cost is the objective the plan minimises (annualised USD/yr); " + carbonPriceClause(front) + "\n\n"
        if points.count > 1 {
            out += "[![Annual cost against carbon-free share along the front](\(chartFileName))](\(chartFileName))\n\n"
        }
        var rows: [[String]] = []
        for (i, (point, previous, change)) in steps(points).enumerated() {
            let s = point.summary
            let implied = previous.flatMap { impliedUSDPerPoint(from: $0, to: s) }.map(pricePerPoint) ?? "–"
            rows.append([
                String(i + 1), point.floorShare.map { Markdown.percent($0, decimals: 2) } ?? "none",
                Markdown.money(s.objectiveUSDPerYr ?? 0), Markdown.percent(s.cfeFraction, decimals: 2),
                DeltaFormat.value(s.totalCarbonT, .tonnesPerYr), implied,
                point.floorDualUSDPerPoint.map(pricePerPoint) ?? "–", change,
            ])
        }
        out +=
            Markdown.table(
                [
                    "#", "carbon-free floor", "cost (USD/yr)", "carbon-free", "carbon (t/yr)",
                    "implied USD/yr per point", "floor dual (USD/yr per point)", "build change from the previous point",
                ],
                rows, alignRight: [0, 1, 2, 3, 4, 5, 6]) + "\n\n"
        if points.count > 1, let average = impliedUSDPerPoint(from: first.summary, to: last.summary) {
            let gained = (last.summary.cfeFraction - first.summary.cfeFraction) * 100
            let extra = (last.summary.objectiveUSDPerYr ?? 0) - (first.summary.objectiveUSDPerYr ?? 0)
            out += "Going from the cheapest plan to the highest carbon-free share gains "
            out += "\(Markdown.number(gained, decimals: 2)) percentage points for \(Markdown.money(extra))/yr more, "
            out += "\(pricePerPoint(average)) USD/yr per point on average.\n\n"
        }
        out += "*implied USD/yr per point*: extra cost per percentage point of carbon-free share gained from the "
        out += "previous point (the slope of the curve between neighbours). *floor dual*: what a floor one point "
        out += "lower would save at that point with its build fixed; a dual above the next slope shows where the "
        out += "build changes in steps.\n"
        return out
    }

    /// Whether every cost holds policy.csv's carbon price, said either way.
    private static func carbonPriceClause(_ front: ParetoFront.Outcome) -> String {
        guard front.carbonPriceUSDPerT > 0 else {
            return "policy.csv sets no carbon price, so no cost holds one."
        }
        return "every cost includes policy.csv's carbon price of \(pricePerT(front.carbonPriceUSDPerT)) USD/t, "
            + "so a point's extra cost is net of the carbon it saves."
    }

    /// Extra cost (USD/yr) per percentage point of share gained from `previous` to `point`; nil when none is gained.
    static func impliedUSDPerPoint(from previous: PlanSummary, to point: PlanSummary) -> Double? {
        let gainedPoints = (point.cfeFraction - previous.cfeFraction) * 100
        guard gainedPoints > 0, let cost = point.objectiveUSDPerYr, let before = previous.objectiveUSDPerYr else {
            return nil
        }
        return (cost - before) / gainedPoints
    }

    /// USD/yr per percentage point, in whole dollars.
    static func pricePerPoint(_ usd: Double) -> String { Markdown.number(usd) }

    /// pareto.json on the cfe axis: `axis`, then every point's floor, cost, share, carbon,
    /// implied USD/yr per point and floor dual.
    static func carbonFreeJSON(_ front: ParetoFront.Outcome) -> String {
        let points = front.points.enumerated().map { i, point -> JSONValue in
            let s = point.summary
            let implied = i > 0 ? impliedUSDPerPoint(from: front.points[i - 1].summary, to: s) : nil
            return .object([
                ("floor_cfe_fraction", point.floorShare.map(JSONValue.number) ?? .null),
                ("cost_usd_per_yr", s.objectiveUSDPerYr.map(JSONValue.number) ?? .null),
                ("cfe_fraction", .number(s.cfeFraction)),
                ("carbon_t_per_yr", .number(s.totalCarbonT)),
                ("implied_usd_per_yr_per_point", implied.map(JSONValue.number) ?? .null),
                ("floor_dual_usd_per_yr_per_point", point.floorDualUSDPerPoint.map(JSONValue.number) ?? .null),
                ("mip_gap", s.mipGap.map(JSONValue.number) ?? .null),
            ])
        }
        return JSONValue.object([
            ("axis", .string(ParetoFront.Axis.cfe.rawValue)),
            ("points", .array(points)),
            ("dropped", .number(Double(front.dropped))),
            // Costs include this price; the USD/yr per point figures are net of the carbon it prices.
            ("carbon_price_usd_per_t_included", .number(front.carbonPriceUSDPerT)),
        ]).rendered()
    }
}
