/// The charts of a multi-year plan: the accelerators installed each year (the
/// roadmap) and each year's cost with its carbon.
extension PlanCharts {
    /// File name of the installed accelerators by year chart, stacked by server type.
    public static let roadmapFile = "roadmap.svg"
    /// File name of the annual cost by year chart (stacked by cost group) with carbon as a line.
    public static let costCarbonByYearFile = "cost-carbon-by-year.svg"

    /// The roadmap and the cost and carbon by year.
    static func horizonFiles(_ horizon: HorizonPlan) -> [(name: String, contents: String)] {
        [(roadmapFile, roadmapChart(horizon).svg()), (costCarbonByYearFile, costCarbonByYearChart(horizon).svg())]
    }

    /// Accelerators installed in each year, one stacked part per server type
    /// (in order of first appearance), counted over every site.
    static func roadmapChart(_ horizon: HorizonPlan) -> StackedBarChart {
        let byYear = horizon.years.map(\.acceleratorsByServer)
        var servers: [String] = []
        for year in byYear {
            for entry in year where !servers.contains(entry.server) { servers.append(entry.server) }
        }
        let series = servers.map { server in
            StackedBarChart.Series(
                name: server,
                values: byYear.map { year in Double(year.first { $0.server == server }?.count ?? 0) })
        }
        let last = horizon.years[horizon.years.count - 1]
        var chart = StackedBarChart(
            title: "Accelerators installed by year",
            subtitle: "\(Markdown.number(Double(last.installedAccelerators))) in \(last.label), by server type, "
                + "after purchases and retirements",
            unit: "accelerators", categories: horizon.years.map(\.label), series: series)
        chart.wholeNumbers = true
        return chart
    }

    /// Each year's annual cost stacked by cost group (capex annualised), with its
    /// total carbon as a line on the right axis.
    static func costCarbonByYearChart(_ horizon: HorizonPlan) -> StackedBarChart {
        let series = costGroups.map { group in
            StackedBarChart.Series(
                name: group.name,
                values: horizon.years.map { year in
                    group.terms.reduce(0) { $0 + year.plan.cost($1) }
                }, colour: group.colour)
        }
        var chart = StackedBarChart(
            title: "Annual cost and carbon by year",
            subtitle: "Net present cost \(Markdown.money(horizon.npcUSD)); capex annualised, revenues below zero",
            unit: "USD/yr", categories: horizon.years.map(\.label), series: series)
        chart.line = .init(
            name: "carbon, operational and embodied", unit: "tCO2e/yr",
            values: horizon.years.map(\.plan.carbon.totalT))
        return chart
    }
}
