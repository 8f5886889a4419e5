/// Requirements that cannot be met whatever the solver does, found before building the model.
enum StructuralCheck {
    static func problems(_ catalog: Catalog) -> [InfeasibilityReason] {
        var problems: [InfeasibilityReason] = []
        let openable = catalog.sites.filter { $0.riskScore <= catalog.policy.maxRiskScore }
        for workload in catalog.workloads {
            let sites = openable.filter {
                workload.allowedRegions.isEmpty || workload.allowedRegions.contains($0.region)
            }
            let servers = catalog.servers.filter {
                (workload.allowedServers.isEmpty || workload.allowedServers.contains($0.id))
                    && !catalog.coolingOptions(for: $0).isEmpty
            }
            if sites.isEmpty {
                problems.append(.noEligibleSite(workload: workload.id, allowedRegions: workload.allowedRegions))
            } else if servers.isEmpty {
                problems.append(.noEligibleServer(workload: workload.id))
            } else if catalog.storage.isEmpty && servers.allSatisfy({ $0.storageGbps > 0 }) {
                problems.append(.needsStorageBandwidth(workload: workload.id))
            } else if let power = unpowerable(workload, sites: sites, servers: servers, catalog) {
                problems.append(power)
            } else if workload.storageTB > 0 && catalog.storage.isEmpty {
                problems.append(.needsStorage(workload: workload.id, storageTB: workload.storageTB))
            }
        }
        return problems
    }

    /// When no eligible site can power even one eligible node, the closest site and the shortfall.
    /// A site's most power: its usable grid connection plus every on-site offer and battery at full output.
    private static func unpowerable(_ workload: Workload, sites: [Site], servers: [Server], _ catalog: Catalog)
        -> InfeasibilityReason?
    {
        let usable = 1 - catalog.policy.expansionReserveFraction
        var best: (site: Site, availableMW: Double, nodeMW: Double)?
        for site in sites {
            let onsiteMW = catalog.renewables.filter { $0.site == site.id && $0.contract == .onsite }.reduce(0) {
                $0 + $1.maxMW
            }
            let batteryMW = catalog.batteries.reduce(0) { $0 + $1.maxMW }
            let availableMW = usable * site.gridCapacityMW + onsiteMW + batteryMW
            for server in servers {
                let pue = catalog.coolingOptions(for: server).map { $0.pue + site.pueAdder }.min() ?? 1
                let nodeMW = server.avgPowerKW * pue / 1000
                if nodeMW <= availableMW + 1e-12 { return nil }
                if best == nil || nodeMW - availableMW < best!.nodeMW - best!.availableMW {
                    best = (site, availableMW, nodeMW)
                }
            }
        }
        guard let best else { return nil }
        return .cannotBePowered(
            workload: workload.id, closestSite: best.site.id, availableMW: best.availableMW, nodeMW: best.nodeMW)
    }
}
