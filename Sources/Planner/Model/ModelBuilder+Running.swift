/// Flexible load (flexible-load.md): the nodes running in each step, and the
/// IT power and running nodes every row takes from them.
///
/// With min_utilization = 1 (the default) no running column exists and each
/// helper gives v1's terms on the installed nodes x, so v1's model is built
/// unchanged. Below 1, a_pt (nodes of placement p running in step t) lies
/// between min_utilization · x_p and x_p; an installed node that does not run
/// draws idle_power_kw.
extension ModelBuilder {
    /// r_pt for every placement and step: the nodes running above the floor,
    /// so a_pt = min_utilization · x_p + r_pt with 0 ≤ r_pt ≤ (1 − min_utilization) · x_p.
    ///
    /// Written this way the floor needs no row of its own: one row per
    /// placement and step instead of two (a ≤ x and a ≥ min_utilization · x),
    /// which halves what flexible load adds to the LP GLPK re-solves at every
    /// node and cut round (docs/performance.md, "Flexible load").
    mutating func addRunningNodes() {
        guard catalog.policy.hasFlexibleLoad else { return }
        let spare = 1 - catalog.policy.minUtilization
        for s in index.openable {
            let site = catalog.sites[s]
            for p in index.placements(site: s) {
                let nodes = index.nodes[p]!
                let upper = program.columns[nodes.index].upper * spare
                index.running[p] = site.steps.indices.map { t in
                    let id = catalog.servers[p.server].id + "/" + catalog.cooling[p.cooling].id
                    let aboveFloor = program.addColumn(name("running_above_min", site.id, id, "t\(t)"), upper: upper)
                    program.addRow(
                        name("running_max", site.id, id, "t\(t)"), upper: 0,
                        terms: [(aboveFloor, 1), (nodes, -spare)])
                    return aboveFloor
                }
            }
        }
    }

    /// a_pt as terms: min_utilization · x_p + r_pt, each scaled by `scale`.
    private func runningTerms(_ p: ModelIndex.Placement, step t: Int, scale: Double) -> [(Column, Double)] {
        [(index.nodes[p]!, catalog.policy.minUtilization * scale), (index.running[p]![t], scale)]
    }

    /// IT power of placement p in step t, in kW: x · avg_power_kw, or with
    /// flexible load a · avg_power_kw + (x − a) · idle_power_kw.
    func itPowerKW(_ p: ModelIndex.Placement, step t: Int) -> [(Column, Double)] {
        let server = catalog.servers[p.server]
        guard index.running[p] != nil else { return [(index.nodes[p]!, server.avgPowerKW)] }
        return [(index.nodes[p]!, server.idlePowerKW)]
            + runningTerms(p, step: t, scale: server.avgPowerKW - server.idlePowerKW)
    }

    /// IT energy of placement p over the year, in kWh/yr: the steps' IT power
    /// times their weights (x · avg_power_kw · 8760 without flexible load).
    func itEnergyKWhPerYear(_ p: ModelIndex.Placement) -> [(Column, Double)] {
        let server = catalog.servers[p.server]
        guard let running = index.running[p] else { return [(index.nodes[p]!, server.avgPowerKW * 8760)] }
        let steps = catalog.sites[p.site].steps
        return [(index.nodes[p]!, server.idlePowerKW * 8760)]
            + zip(running.indices, steps).flatMap {
                runningTerms(p, step: $0, scale: (server.avgPowerKW - server.idlePowerKW) * $1.weightHours)
            }
    }

    /// The year's average IT power of placement p, in MW: x · avg_power_kw / 1000
    /// without flexible load.
    func averageITPowerMW(_ p: ModelIndex.Placement) -> [(Column, Double)] {
        let server = catalog.servers[p.server]
        guard let running = index.running[p] else { return [(index.nodes[p]!, server.avgPowerKW / 1000)] }
        let steps = catalog.sites[p.site].steps
        return [(index.nodes[p]!, server.idlePowerKW / 1000)]
            + zip(running.indices, steps).flatMap {
                runningTerms(
                    p, step: $0, scale: (server.avgPowerKW - server.idlePowerKW) * $1.weightHours / 8760 / 1000)
            }
    }

    /// Nodes of placement p running on average over the year: x, or with
    /// flexible load Ā = Σ_t W_t · a_t / 8760.
    func averageRunningNodes(_ p: ModelIndex.Placement) -> [(Column, Double)] {
        guard let running = index.running[p] else { return [(index.nodes[p]!, 1)] }
        return zip(running.indices, catalog.sites[p.site].steps).flatMap {
            runningTerms(p, step: $0, scale: $1.weightHours / 8760)
        }
    }
}
