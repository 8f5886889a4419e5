/// Site capacity rows: floor space (1), node supply (7), storage (8, 9), heat (16), water (17).
extension ModelBuilder {
    /// Row 1: racks used ≤ (1 − ρ) · max_racks · o_s.
    mutating func addFloorSpaceRows() {
        for s in index.openable {
            let site = catalog.sites[s]
            var terms: [(Column, Double)] = index.placements(site: s).map { p in
                (index.nodes[p]!, catalog.servers[p.server].peakPowerKW / catalog.cooling[p.cooling].maxRackKW)
            }
            for (k, unit) in catalog.storage.enumerated() {
                terms.append((index.storageUnits[s]![k], unit.racksPerUnit))
            }
            terms.append((index.siteOpen[s]!, -constants.usableShare * site.maxRacks))
            limits.floorSpace[s] = program.addRow(name("floor", site.id), upper: 0, terms: terms)
        }
    }

    /// Row 7: nodes of a server across all sites ≤ max_nodes.
    mutating func addSupplyRows() {
        guard horizonYear == nil else { return }
        for (g, server) in catalog.servers.enumerated() {
            guard let supply = server.maxNodes else { continue }
            let terms = index.placements.filter { $0.server == g }.map { (index.nodes[$0]!, 1.0) }
            guard !terms.isEmpty else { continue }
            limits.supply[g] = program.addRow(name("supply", server.id), upper: Double(supply), terms: terms)
        }
    }

    /// Rows 8 and 9 per site: storage capacity for the datasets placed there,
    /// and read bandwidth for the nodes there.
    mutating func addStorageRows() {
        for s in index.openable {
            let site = catalog.sites[s]
            let units = index.storageUnits[s]!
            var capacity: [(Column, Double)] = catalog.storage.enumerated().map {
                (units[$0.offset], $0.element.capacityTB)
            }
            // Workload-major, as the assignments were built, so the row reads in file order.
            let datasets = catalog.servers.indices.flatMap { index.assignments(site: s, server: $0) }
                .filter { catalog.workloads[$0.workload].storageTB > 0 }
                .sorted { ($0.workload, $0.server) < ($1.workload, $1.server) }
            if !datasets.isEmpty {
                capacity += datasets.map { (index.assigned[$0]!, -catalog.workloads[$0.workload].storageTB) }
                program.addRow(name("storage_tb", site.id), lower: 0, terms: capacity)
            }
            var bandwidth: [(Column, Double)] = catalog.storage.enumerated().map {
                (units[$0.offset], $0.element.throughputGbps)
            }
            let readers = index.placements(site: s).filter { catalog.servers[$0.server].storageGbps > 0 }
            if !readers.isEmpty {
                bandwidth += readers.map { (index.nodes[$0]!, -catalog.servers[$0.server].storageGbps) }
                program.addRow(name("storage_gbps", site.id), lower: 0, terms: bandwidth)
            }
        }
    }

    /// Row 16: heat sold ≤ recoverable heat of the servers (the offtake cap is the column's bound).
    mutating func addHeatRows() {
        for s in index.openable {
            guard let heat = index.heatSold[s] else { continue }
            var terms: [(Column, Double)] = [(heat, 1)]
            for p in index.placements(site: s) {
                // The year's average IT power (MW) times the cooling's recoverable share.
                let recoverable = catalog.cooling[p.cooling].heatRecoveryFraction
                terms += averageITPowerMW(p).map { ($0.0, -$0.1 * recoverable) }
            }
            program.addRow(name("heat", catalog.sites[s].id), upper: 0, terms: terms)
        }
    }

    /// Row 17: yearly cooling water ≤ the permit.
    mutating func addWaterRows() {
        for s in index.openable {
            guard let permit = catalog.sites[s].maxWaterM3PerYr else { continue }
            let terms = index.placements(site: s).flatMap(waterM3PerYear)
            limits.water[s] = program.addRow(name("water", catalog.sites[s].id), upper: permit, terms: terms)
        }
    }

    /// m³ of water one node uses in a year: avg kW · 8760 h · L/kWh / 1000.
    func waterM3PerYear(_ p: ModelIndex.Placement) -> [(Column, Double)] {
        let wue = catalog.cooling[p.cooling].wueLitersPerKWh
        return itEnergyKWhPerYear(p).map { ($0.0, $0.1 * wue / 1000) }
    }
}
