/// Flexible load (flexible-load.md): the nodes running in each step, and the
/// IT power and running nodes every row takes from them.
///
/// With min_utilization = 1 (the default) no running column exists and each
/// helper gives v1's terms on the installed nodes x, so v1's model is built
/// unchanged. Below 1, a_pt (nodes of placement p running in step t) lies
/// between min_utilization · x_p and x_p; an installed node that does not run
/// draws idle_power_kw.
extension ModelBuilder {
    /// a_pt for every placement and step, with min_utilization · x ≤ a ≤ x.
    mutating func addRunningNodes() {
        guard catalog.policy.hasFlexibleLoad else { return }
        let floor = catalog.policy.minUtilization
        for s in index.openable {
            let site = catalog.sites[s]
            for p in index.placements(site: s) {
                let nodes = index.nodes[p]!
                let upper = program.columns[nodes.index].upper
                index.running[p] = site.steps.indices.map { t in
                    let id = catalog.servers[p.server].id + "/" + catalog.cooling[p.cooling].id
                    let running = program.addColumn(name("running", site.id, id, "t\(t)"), upper: upper)
                    program.addRow(
                        name("running_max", site.id, id, "t\(t)"), upper: 0, terms: [(running, 1), (nodes, -1)])
                    if floor > 0 {
                        program.addRow(
                            name("running_min", site.id, id, "t\(t)"), lower: 0,
                            terms: [(running, 1), (nodes, -floor)])
                    }
                    return running
                }
            }
        }
    }

    /// IT power of placement p in step t, in kW: x · avg_power_kw, or with
    /// flexible load a · avg_power_kw + (x − a) · idle_power_kw.
    func itPowerKW(_ p: ModelIndex.Placement, step t: Int) -> [(Column, Double)] {
        let server = catalog.servers[p.server]
        guard let running = index.running[p] else { return [(index.nodes[p]!, server.avgPowerKW)] }
        return [(index.nodes[p]!, server.idlePowerKW), (running[t], server.avgPowerKW - server.idlePowerKW)]
    }

    /// IT energy of placement p over the year, in kWh/yr: the steps' IT power
    /// times their weights (x · avg_power_kw · 8760 without flexible load).
    func itEnergyKWhPerYear(_ p: ModelIndex.Placement) -> [(Column, Double)] {
        let server = catalog.servers[p.server]
        guard let running = index.running[p] else { return [(index.nodes[p]!, server.avgPowerKW * 8760)] }
        let steps = catalog.sites[p.site].steps
        return [(index.nodes[p]!, server.idlePowerKW * 8760)]
            + zip(running, steps).map { ($0, (server.avgPowerKW - server.idlePowerKW) * $1.weightHours) }
    }

    /// The year's average IT power of placement p, in MW: x · avg_power_kw / 1000
    /// without flexible load.
    func averageITPowerMW(_ p: ModelIndex.Placement) -> [(Column, Double)] {
        let server = catalog.servers[p.server]
        guard let running = index.running[p] else { return [(index.nodes[p]!, server.avgPowerKW / 1000)] }
        let steps = catalog.sites[p.site].steps
        return [(index.nodes[p]!, server.idlePowerKW / 1000)]
            + zip(running, steps).map { ($0, (server.avgPowerKW - server.idlePowerKW) * $1.weightHours / 8760 / 1000) }
    }

    /// Nodes of placement p running on average over the year: x, or with
    /// flexible load Ā = Σ_t W_t · a_t / 8760.
    func averageRunningNodes(_ p: ModelIndex.Placement) -> [(Column, Double)] {
        guard let running = index.running[p] else { return [(index.nodes[p]!, 1)] }
        return zip(running, catalog.sites[p.site].steps).map { ($0, $1.weightHours / 8760) }
    }
}
