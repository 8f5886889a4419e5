/// plan.md's "When the nodes run" section (flexible load only).
extension PlanMarkdown {
    /// Per open site: nodes installed against running on average, utilisation,
    /// and the carbon intensity of the energy the runs drew against the site's
    /// average; nil when the load is flat (min_utilization 1).
    static func whenNodesRun(_ plan: Plan) -> String? {
        let sites = plan.sites.filter { $0.open && $0.runningNodesAverage != nil && $0.installedNodes > 0 }
        guard !sites.isEmpty else { return nil }
        let rows = sites.map { site -> [String] in
            let carbon = site.runsCarbonKgPerMWh
            return [
                site.id, Markdown.number(Double(site.installedNodes)),
                Markdown.number(site.runningNodesAverage ?? 0, decimals: 1),
                Markdown.percent(site.utilization ?? 0),
                carbon.map { Markdown.number($0.runs) } ?? "–",
                carbon.map { Markdown.number($0.site) } ?? "–",
            ]
        }
        let table = Markdown.table(
            [
                "site", "nodes installed", "nodes running (average)", "utilisation",
                "runs' energy kgCO2e/MWh", "site average kgCO2e/MWh",
            ], rows, alignRight: [1, 2, 3, 4, 5])
        return "Runs may slow down in dirty or expensive hours and catch up in clean ones "
            + "(policy min_utilization below 1): the plan buys more nodes than a flat load needs and runs them "
            + "when energy is clean or cheap. Installed nodes that do not run draw idle_power_kw.\n\n" + table
    }
}
