/// The charts written beside plan.md, with the plain file names plan.md links to.
public enum PlanCharts {
    /// File name of the annual cost by site chart (USD/yr, stacked by cost group).
    public static let costFile = "cost-by-site.svg"
    /// File name of the annual carbon by site chart (tCO2e/yr, operational and embodied).
    public static let carbonFile = "carbon-by-site.svg"

    /// `dispatch-<site>.svg`, with anything but letters, digits, `.`, `_` and `-` replaced so it stays one plain name.
    public static func dispatchFile(site: String) -> String {
        let safe = site.unicodeScalars.map { scalar -> String in
            let allowed =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "._-".unicodeScalars.contains(scalar))
            return allowed ? String(scalar) : "_"
        }.joined()
        return "dispatch-\(safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe).svg"
    }

    /// Every chart of a plan: cost and carbon by open site, and each open site's dispatch;
    /// for a multi-year plan, those of the last year's build, then the roadmap and cost and carbon by year.
    public static func files(_ plan: Plan) -> [(name: String, contents: String)] {
        guard let horizon = plan.horizon else { return siteFiles(plan.sites) }
        let last = horizon.years[horizon.years.count - 1]
        return siteFiles(last.plan.sites, yearLabel: last.label) + horizonFiles(horizon)
    }

    /// The charts of one year's open sites; `yearLabel` names the year in their titles.
    private static func siteFiles(_ sites: [SitePlan], yearLabel: String? = nil) -> [(name: String, contents: String)] {
        let open = sites.filter(\.open)
        guard !open.isEmpty else { return [] }
        let year = yearLabel.map { " in \($0)" } ?? ""
        var files = [(costFile, costChart(open, year: year).svg()), (carbonFile, carbonChart(open, year: year).svg())]
        for site in open where !site.dispatch.isEmpty {
            files.append((dispatchFile(site: site.id), dispatchChart(site, year: year).svg()))
        }
        return files
    }

    /// Cost terms grouped so a bar has few enough colours to read.
    static let costGroups: [(name: String, terms: [CostTerm], colour: String)] = [
        ("servers and storage", [.servers, .storage], ChartStyle.blue),
        ("cooling, electrical, site", [.cooling, .electrical, .sites], ChartStyle.teal),
        (
            "energy: grid, PPA, renewables, batteries", [.gridEnergy, .ppaSettlement, .renewables, .batteries],
            ChartStyle.orange
        ),
        ("water", [.water], ChartStyle.purple),
        ("carbon price", [.carbon], ChartStyle.red),
        ("heat revenue", [.heatRevenue], ChartStyle.green),
    ]

    static func costChart(_ sites: [SitePlan], year: String = "") -> StackedBarChart {
        let series = costGroups.map { group in
            StackedBarChart.Series(
                name: group.name,
                values: sites.map { site in
                    site.costs.filter { group.terms.contains($0.term) }.reduce(0) { $0 + $1.usdPerYr }
                }, colour: group.colour)
        }
        let total = sites.reduce(0) { $0 + $1.totalCostUSDPerYr }
        return StackedBarChart(
            title: "Annual cost by site\(year)",
            subtitle: "Total \(Markdown.money(total))/yr, capex annualised; revenues below zero",
            unit: "USD/yr", categories: sites.map(\.id), series: series)
    }

    static func carbonChart(_ sites: [SitePlan], year: String = "") -> StackedBarChart {
        let total = sites.reduce(0) { $0 + $1.carbon.totalT }
        return StackedBarChart(
            title: "Annual carbon by site\(year)",
            subtitle: "Total \(Markdown.number(total)) tCO2e/yr; embodied carbon spread over equipment lifetimes",
            unit: "tCO2e/yr", categories: sites.map(\.id),
            series: [
                .init(
                    name: "operational (grid not matched, renewables lifecycle)",
                    values: sites.map(\.carbon.operationalT), colour: ChartStyle.red),
                .init(
                    name: "embodied (servers, storage)", values: sites.map(\.carbon.embodiedT), colour: ChartStyle.brown
                ),
            ])
    }

    static func dispatchChart(_ site: SitePlan, year: String = "") -> DispatchChart {
        DispatchChart(
            title: "Hourly supply at \(site.id)\(year)",
            subtitle: "Representative periods; \(Markdown.percent(site.cfeFraction)) carbon-free over the year, "
                + "facility load "
                + (site.facilityMW < 1
                    ? "\(Markdown.number(site.facilityMW * 1000)) kW"
                    : "\(Markdown.number(site.facilityMW, decimals: 2)) MW"),
            steps: site.dispatch)
    }
}
