/// Workload placement, finish days and per-run footprints (model.md's reporting rules).
struct WorkloadReader {
    let reader: PlanReader
    let sites: [SitePlan]

    func workloads() -> [WorkloadPlan] {
        let catalog = reader.catalog
        let index = reader.index
        var placed: [(w: Int, a: ModelIndex.Assignment, nodeDays: Double)] = []
        for a in index.assignments where reader.value(index.assigned[a]) > 0.5 {
            let need = catalog.workloads[a.workload].nodeDaysNeeded(on: catalog.servers[a.server])
            placed.append((a.workload, a, need * reader.value(index.workShare[a])))
        }
        return catalog.workloads.enumerated().map { w, workload in
            guard let mine = placed.first(where: { $0.w == w }) else {
                return WorkloadPlan(
                    id: workload.id, site: "", server: "", nodes: 0, nodeDays: 0,
                    deadlineDays: workload.deadlineDays, startDay: 0, finishDay: 0, energyMWh: 0, carbonT: 0)
            }
            let a = mine.a
            let server = catalog.servers[a.server]
            let nodes = reader.index.placements(site: a.site, server: a.server)
                .map { (p: $0, count: reader.value(index.nodes[$0])) }
            let nodeCount = nodes.reduce(0) { $0 + $1.count }
            // Earliest deadline first on the (site, server) cluster, ties by id.
            let queue = placed.filter { $0.a.site == a.site && $0.a.server == a.server }.sorted {
                let (x, y) = (catalog.workloads[$0.w], catalog.workloads[$1.w])
                return x.deadlineDays != y.deadlineDays ? x.deadlineDays < y.deadlineDays : x.id < y.id
            }
            var before = 0.0
            for entry in queue {
                if entry.w == w { break }
                before += entry.nodeDays
            }
            // With flexible load the cluster works at its average running nodes (Ā_sg).
            let running = nodes.reduce(0.0) { $0 + reader.averageRunningNodes($1.p) }
            let perDay = server.availability * running
            let start = perDay > 0 ? before / perDay : 0
            let finish = perDay > 0 ? (before + mine.nodeDays) / perDay : 0
            let weightedPUE =
                nodeCount > 0
                ? nodes.reduce(0.0) {
                    $0 + $1.count * (catalog.cooling[$1.p.cooling].pue + catalog.sites[a.site].pueAdder)
                } / nodeCount : 0
            let energy = mine.nodeDays * 24 * server.avgPowerKW / 1000 * weightedPUE
            let site = sites[a.site]
            let intensity = site.energy.facilityMWh > 0 ? site.carbon.operationalT / site.energy.facilityMWh : 0
            return WorkloadPlan(
                id: workload.id, site: site.id, server: server.id, nodes: Int(nodeCount),
                nodeDays: mine.nodeDays, deadlineDays: workload.deadlineDays, startDay: start, finishDay: finish,
                energyMWh: energy, carbonT: energy * intensity)
        }
    }
}
