/// pareto.md: the cost–carbon front as a table (the cost–carbon-free share front on
/// `--axis cfe`, `ParetoMarkdown+CarbonFree`), with the carbon price each
/// step implies and what the build changes from one point to the next. A
/// multi-year front is stated in net present cost (USD) and carbon over the
/// horizon (tCO2e), the implied price being on those (`ParetoFigures`).
public enum ParetoMarkdown {
    /// The chart written beside pareto.md.
    public static let chartFileName = "pareto.svg"

    /// pareto.md and, when the front has more than one point, its cost–carbon chart.
    public static func files(_ front: ParetoFront.Outcome, requested: Int) -> [(name: String, contents: String)] {
        if front.axis == .cfe {
            var files = [("pareto.md", renderCarbonFree(front, requested: requested)), ("pareto.json", json(front))]
            if front.points.count > 1 { files.append((chartFileName, carbonFreeChart(front))) }
            return files
        }
        var files = [("pareto.md", render(front, requested: requested)), ("pareto.json", json(front))]
        if front.points.count > 1 {
            let figures = ParetoFigures(front)
            let points = front.points.enumerated().map { i, point in
                CostCarbonChart.Point(
                    costUSDPerYr: figures.costUSD(point.summary), carbonTPerYr: figures.carbonT(point.summary),
                    label: "#\(i + 1)")
            }
            var chart = CostCarbonChart(
                title: "Cost–carbon trade-off", subtitle: "each dot a plan; cheapest to lowest-carbon",
                points: points)
            chart.horizonYears = figures.horizonYears
            files.append((chartFileName, chart.svg()))
        }
        return files
    }

    /// pareto.md's text: per point its cap, cost, carbon, implied USD/t, cap dual and build change.
    public static func render(_ front: ParetoFront.Outcome, requested: Int) -> String {
        if front.axis == .cfe { return renderCarbonFree(front, requested: requested) }
        var out = "# Cost–carbon trade-off\n\n"
        let points = front.points
        guard let first = points.first, let last = points.last else { return out + "No plan: nothing to trade off.\n" }
        let figures = ParetoFigures(front)
        out += "\(points.count) plan\(points.count == 1 ? "" : "s") from the cheapest to the lowest-carbon build "
        out += "(ε-constraint: \(requested) solves requested, \(front.dropped) left out as dominated or repeated). "
        out += units(figures) + "\n\n"
        var rows: [[String]] = []
        for (i, (point, previous, change)) in steps(points).enumerated() {
            let s = point.summary
            let implied = previous.flatMap { figures.impliedUSDPerT(from: $0, to: s) }.map(pricePerT) ?? "–"
            rows.append([
                String(i + 1),
                figures.capT(point).map { Markdown.number($0, decimals: 1) } ?? "none",
                Markdown.money(figures.costUSD(s)), DeltaFormat.value(figures.carbonT(s), figures.carbonKind),
                Markdown.percent(s.cfeFraction), implied, point.capDualUSDPerT.map(pricePerT) ?? "–", change,
            ])
        }
        if points.count > 1 {
            let what =
                figures.horizonYears == nil ? "Annual cost against annual carbon" : "Net present cost against carbon"
            out += "[![\(what) along the front](\(chartFileName))](\(chartFileName))\n\n"
        }
        out +=
            Markdown.table(
                [
                    "#", figures.capHeader, figures.costHeader, figures.carbonHeader, "carbon-free", "implied USD/t",
                    "cap dual (USD/t)", "build change from the previous point",
                ],
                rows, alignRight: [0, 1, 2, 3, 4, 5, 6]) + "\n\n"
        if points.count > 1 {
            let (high, low) = (figures.costUSD(first.summary), figures.costUSD(last.summary))
            let savedT = figures.carbonT(first.summary) - figures.carbonT(last.summary)
            let saved = DeltaFormat.value(savedT, figures.carbonKind) + "CO2e"
            out +=
                "Going from the cheapest to the lowest-carbon plan saves "
                + (figures.horizonYears == nil ? "\(saved)/yr " : "\(saved) over the horizon ")
            out +=
                "for \(Markdown.money(low - high))\(figures.perYr) more, \(pricePerT((low - high) / savedT)) USD per tonne on average.\n\n"
        }
        out +=
            "*implied USD/t*: extra cost per tonne saved from the previous point (the slope of the curve between neighbours). "
        out +=
            "*cap dual*: what one more tonne of cap would save at that point with its build fixed — the marginal carbon price "
        out += "the cap imposes; a dual above the next slope shows where the build changes in steps.\n"
        if figures.horizonYears != nil {
            out += "\nShadow prices are one-year tools and are not computed on a horizon, so the cap dual is blank.\n"
        }
        if front.carbonPriceUSDPerT > 0 {
            out +=
                "\nBoth are on top of policy.csv's carbon price of \(pricePerT(front.carbonPriceUSDPerT)) USD/t, which "
                + "every cost above already includes: the full price of a tonne saved is that plus the figure shown.\n"
        }
        return out
    }

    /// What the cost and carbon columns are: a year's or the horizon's.
    private static func units(_ figures: ParetoFigures) -> String {
        guard let years = figures.horizonYears else {
            return
                "Cost is the objective the plan minimises (annualised USD/yr, including any carbon price of policy.csv)."
        }
        return "Cost is the net present cost the plan minimises (USD over the \(Markdown.count(years, "year")) of "
            + "the horizon, including any carbon price of policy.csv); carbon and each cap are the horizon's total "
            + "tCO2e, and the implied USD/t is on those."
    }

    /// Each point with the one before it (nil for the first) and the sentence of what the build changes.
    static func steps(_ points: [ParetoFront.Point]) -> [(ParetoFront.Point, PlanSummary?, String)] {
        points.indices.map { i in
            guard i > 0 else { return (points[i], nil, "cheapest plan") }
            let previous = points[i - 1].summary
            return (points[i], previous, BuildChanges.sentence(from: previous, to: points[i].summary))
        }
    }

    /// USD per tonne: cents below 100 USD/t, whole dollars above.
    static func pricePerT(_ usd: Double) -> String {
        Markdown.number(usd, decimals: abs(usd) < 100 ? 2 : 0)
    }
}
