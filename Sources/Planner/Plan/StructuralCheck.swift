/// Requirements that cannot be met whatever the solver does, found before building the model.
enum StructuralCheck {
    static func problems(_ catalog: Catalog) -> [String] {
        var problems: [String] = []
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
                let why =
                    workload.allowedRegions.isEmpty
                    ? "no site is within max_risk_score"
                    : "no site within max_risk_score is in its allowed regions (\(workload.allowedRegions.joined(separator: ", ")))"
                problems.append("workload \(workload.id) has no eligible site: \(why)")
            } else if servers.isEmpty {
                problems.append(
                    "workload \(workload.id) has no eligible server: none of its allowed servers has a cooling system of its kind"
                )
            } else if catalog.storage.isEmpty && servers.allSatisfy({ $0.storageGbps > 0 }) {
                problems.append(
                    "workload \(workload.id) can only use servers that need storage bandwidth (storage_gbps) but storage.csv offers no storage unit"
                )
            } else if let power = unpowerable(workload, sites: sites, servers: servers, catalog) {
                problems.append(power)
            } else if workload.storageTB > 0 && catalog.storage.isEmpty {
                problems.append(
                    "workload \(workload.id) needs \(NumberText.plain(workload.storageTB)) TB of storage but storage.csv offers no storage unit"
                )
            }
        }
        return problems
    }

    /// When no eligible site can power even one eligible node, the sentence that says so.
    /// A site's most power: its usable grid connection plus every on-site offer and battery at full output.
    private static func unpowerable(_ workload: Workload, sites: [Site], servers: [Server], _ catalog: Catalog)
        -> String?
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
        return
            "workload \(workload.id) cannot run anywhere: no eligible site can power one node; the closest, \(best.site.id), "
            + "has \(NumberText.plain(best.availableMW)) MW for a node that draws \(NumberText.plain(best.nodeMW)) MW with cooling"
    }
}
