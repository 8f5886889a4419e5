/// A first plan that does not go through the relaxation, for models whose
/// relaxation alone takes most of the time (20 sites × 100 runs: 26–49 s in
/// GLPK, docs/performance.md).
///
/// Runs are homed one by one, largest first, where the estimated extra cost
/// is least: the nodes the run adds to that site's cluster of that server
/// (by its deadline rows), each at the cheapest cooling's annual node cost
/// and energy at the site's annual grid price, plus the site's fixed cost when
/// it is not open yet; among homes whose racks, grid connection (without
/// on-site supply) and server supply still hold the added nodes. The MIP then sizes that build with every home fixed and
/// every unused site closed; the neighbourhood search corrects the estimate.
enum GreedyHomes {
    /// Integer columns from which the greedy plan is tried before the relaxation.
    /// Measured: xlarge (16,246) got no plan from the relaxation's restrictions
    /// within 120 s; large (3,747) solves its relaxation in a few seconds.
    static let fromIntegers = 10_000

    /// The sized plan, or nil when the MIP finds none in the context's time.
    static func plan(_ model: PlanModel, context: PlanningContext) -> [Double]? {
        let homes = choose(model)
        var restricted = model.program
        let index = model.index
        for (a, column) in index.assigned {
            let home: Double = homes[a.workload] == a ? 1 : 0
            restricted.setBounds(column, lower: home, upper: home)
        }
        let used = Set(homes.compactMap { $0?.site })
        for s in index.openable where !used.contains(s) {
            restricted.setBounds(index.siteOpen[s]!, lower: 0, upper: 0)
        }
        let result = context.solveMIP(restricted)
        guard result.hasSolution, result.columnValues.count == model.program.columns.count else { return nil }
        return result.columnValues
    }

    /// Each run's home (nil for a run without candidates), by workload index.
    static func choose(_ model: PlanModel) -> [ModelIndex.Assignment?] {
        let catalog = model.catalog
        let constants = ModelConstants(catalog: catalog)
        var used = Usage(catalog: catalog)
        // Node-days homed so far by cluster and deadline.
        var load: [ModelIndex.Cluster: [(deadlineDays: Double, nodeDays: Double)]] = [:]
        var homes = [ModelIndex.Assignment?](repeating: nil, count: catalog.workloads.count)
        let order = catalog.workloads.indices.sorted {
            (catalog.workloads[$0].flops, -$0) > (catalog.workloads[$1].flops, -$1)
        }
        for w in order {
            var best: (cost: Double, assignment: ModelIndex.Assignment, placement: ModelIndex.Placement, nodes: Double)?
            for a in model.index.assignments(workload: w) {
                let cluster = ModelIndex.Cluster(site: a.site, server: a.server)
                guard let (placement, perNode) = cheapestPlacement(model, cluster: cluster, constants: constants)
                else { continue }
                let mine = (catalog.workloads[w].deadlineDays, constants.need(workload: w, server: a.server))
                let before = nodes(load[cluster] ?? [], model, cluster)
                let after = nodes((load[cluster] ?? []) + [mine], model, cluster)
                let added = max(after, catalog.workloads[w].nodesToHoldModel(on: catalog.servers[a.server])) - before
                guard used.fits(added, placement, constants: constants) else { continue }
                var cost = added * perNode
                if !used.open.contains(a.site) {
                    cost += model.program.columns[model.index.siteOpen[a.site]!.index].cost
                }
                if best.map({ cost < $0.cost }) ?? true { best = (cost, a, placement, added) }
            }
            guard let best else { continue }
            homes[w] = best.assignment
            used.add(best.nodes, best.placement, constants: constants)
            let cluster = ModelIndex.Cluster(site: best.assignment.site, server: best.assignment.server)
            load[cluster, default: []].append(
                (catalog.workloads[w].deadlineDays, constants.need(workload: w, server: best.assignment.server)))
        }
        return homes
    }

    /// Racks, grid power and server supply taken so far, against the rows' limits.
    private struct Usage {
        let catalog: Catalog
        var open = Set<Int>()
        var racks: [Int: Double] = [:]
        var powerMW: [Int: Double] = [:]
        var nodesOfServer: [Int: Double] = [:]

        func fits(_ nodes: Double, _ p: ModelIndex.Placement, constants: ModelConstants) -> Bool {
            let site = catalog.sites[p.site]
            let server = catalog.servers[p.server]
            let (racks, powerMW) = take(nodes, p, constants: constants)
            let share = constants.usableShare
            return (self.racks[p.site] ?? 0) + racks <= share * site.maxRacks
                && (self.powerMW[p.site] ?? 0) + powerMW <= share * site.gridCapacityMW
                && (nodesOfServer[p.server] ?? 0) + nodes <= Double(server.maxNodes ?? Int.max)
        }

        mutating func add(_ nodes: Double, _ p: ModelIndex.Placement, constants: ModelConstants) {
            let (racks, powerMW) = take(nodes, p, constants: constants)
            open.insert(p.site)
            self.racks[p.site, default: 0] += racks
            self.powerMW[p.site, default: 0] += powerMW
            nodesOfServer[p.server, default: 0] += nodes
        }

        /// Racks (peak power over the cooling's rack power) and facility MW of `nodes` at `p`.
        private func take(_ nodes: Double, _ p: ModelIndex.Placement, constants: ModelConstants) -> (Double, Double) {
            let server = catalog.servers[p.server]
            return (
                nodes * server.peakPowerKW / catalog.cooling[p.cooling].maxRackKW,
                nodes * server.avgPowerKW / 1000 * constants.pue(site: p.site, cooling: p.cooling)
            )
        }
    }

    /// Nodes a cluster needs for `load` by the deadline rows: the largest
    /// node-days due by each deadline over availability · deadline.
    private static func nodes(
        _ load: [(deadlineDays: Double, nodeDays: Double)], _ model: PlanModel, _ cluster: ModelIndex.Cluster
    ) -> Double {
        let availability = model.catalog.servers[cluster.server].availability
        return load.map { due in
            let nodeDays = load.filter { $0.deadlineDays <= due.deadlineDays }.reduce(0) { $0 + $1.nodeDays }
            return (nodeDays / (availability * due.deadlineDays)).rounded(.up)
        }.max() ?? 0
    }

    /// The cluster's placement of least annual node cost: its column's cost in
    /// the objective plus its energy at the site's annual grid price; nil when
    /// the cluster has no placement.
    private static func cheapestPlacement(_ model: PlanModel, cluster: ModelIndex.Cluster, constants: ModelConstants)
        -> (ModelIndex.Placement, Double)?
    {
        let site = model.catalog.sites[cluster.site]
        let server = model.catalog.servers[cluster.server]
        return model.index.placements(site: cluster.site, server: cluster.server).map { p in
            let energyMWh = server.avgPowerKW / 1000 * constants.pue(site: p.site, cooling: p.cooling) * 8760
            return (p, model.program.columns[model.index.nodes[p]!.index].cost + energyMWh * site.gridPriceUSDPerMWh)
        }.min { $0.1 < $1.1 }
    }
}
