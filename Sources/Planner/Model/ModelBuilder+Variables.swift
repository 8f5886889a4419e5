import Foundation

/// The columns of model.md's variable table, created only where they can be nonzero.
extension ModelBuilder {
    mutating func addVariables() {
        let usable = constants.usableShare
        for (s, site) in catalog.sites.enumerated() where site.riskScore <= catalog.policy.maxRiskScore {
            index.openable.append(s)
            index.siteOpen[s] = program.addColumn(name("open", site.id), upper: 1, isInteger: true)
            index.facilityLoad[s] = program.addColumn(name("load", site.id))
            for (g, server) in catalog.servers.enumerated() {
                for (c, cooling) in catalog.cooling.enumerated() where server.coolingKinds.contains(cooling.kind) {
                    var upper =
                        boundsFromLimits
                        ? (usable * site.maxRacks * cooling.maxRackKW / server.peakPowerKW + 1e-9).rounded(.down)
                        : .infinity
                    if let supply = server.maxNodes, boundsFromLimits, horizonYear == nil {
                        upper = min(upper, Double(supply))
                    }
                    let placement = ModelIndex.Placement(site: s, server: g, cooling: c)
                    index.placements.append(placement)
                    index.placementsAtSite[s, default: []].append(placement)
                    index.placementsInCluster[ModelIndex.Cluster(site: s, server: g), default: []].append(placement)
                    index.nodes[placement] = program.addColumn(
                        name("nodes", site.id, server.id, cooling.id), upper: max(upper, 0), isInteger: true)
                }
            }
            index.storageUnits[s] = catalog.storage.map { unit in
                let upper =
                    boundsFromLimits ? (usable * site.maxRacks / unit.racksPerUnit + 1e-9).rounded(.down) : .infinity
                return program.addColumn(name("storage", site.id, unit.id), upper: max(upper, 0), isInteger: true)
            }
            index.batteryMWh[s] = catalog.batteries.map {
                program.addColumn(name("battery_mwh", site.id, $0.id), upper: $0.maxMWh)
            }
            index.batteryMW[s] = catalog.batteries.map {
                program.addColumn(name("battery_mw", site.id, $0.id), upper: $0.maxMW)
            }
            addStepColumns(site: s)
            if site.heatReusePriceUSDPerMWh > 0 && site.heatReuseMaxMW > 0
                && catalog.cooling.contains(where: { $0.heatRecoveryFraction > 0 })
            {
                index.heatSold[s] = program.addColumn(name("heat", site.id), upper: site.heatReuseMaxMW)
            }
        }
        for (v, offer) in catalog.renewables.enumerated() {
            guard let s = catalog.siteIndex(offer.site), index.siteOpen[s] != nil else { continue }
            index.offerMW[v] = program.addColumn(name("offer_mw", offer.id), upper: offer.maxMW)
        }
        addAssignmentColumns()
        addRunningNodes()
    }

    private mutating func addStepColumns(site s: Int) {
        let site = catalog.sites[s]
        let hasOnsite = catalog.renewables.contains { $0.site == site.id && $0.contract == .onsite }
        let hasPPA = catalog.renewables.contains { $0.site == site.id && $0.contract == .ppa }
        index.steps[s] = site.steps.indices.map { t in
            let step = "t\(t)"
            return ModelIndex.StepColumns(
                grid: program.addColumn(name("grid", site.id, step)),
                onsite: hasOnsite ? program.addColumn(name("onsite", site.id, step)) : nil,
                ppaMatched: hasPPA ? program.addColumn(name("ppa_matched", site.id, step)) : nil,
                charge: catalog.batteries.map { program.addColumn(name("charge", site.id, $0.id, step)) },
                discharge: catalog.batteries.map { program.addColumn(name("discharge", site.id, $0.id, step)) },
                stateOfCharge: catalog.batteries.map { program.addColumn(name("soc", site.id, $0.id, step)) })
        }
    }

    /// z and the work share for every eligible (workload, site, server).
    private mutating func addAssignmentColumns() {
        for (w, workload) in catalog.workloads.enumerated() {
            for s in index.openable {
                let site = catalog.sites[s]
                guard workload.allowedRegions.isEmpty || workload.allowedRegions.contains(site.region) else { continue }
                for (g, server) in catalog.servers.enumerated() {
                    guard workload.allowedServers.isEmpty || workload.allowedServers.contains(server.id) else {
                        continue
                    }
                    let cluster = ModelIndex.Cluster(site: s, server: g)
                    guard index.placementsInCluster[cluster] != nil else { continue }
                    let assignment = ModelIndex.Assignment(workload: w, site: s, server: g)
                    index.assignments.append(assignment)
                    index.assignmentsOfWorkload[w, default: []].append(assignment)
                    index.assignmentsInCluster[cluster, default: []].append(assignment)
                    index.assigned[assignment] = program.addColumn(
                        name("runs", workload.id, site.id, server.id), upper: 1, isInteger: true)
                    index.workShare[assignment] = program.addColumn(
                        name("work", workload.id, site.id, server.id), upper: 1)
                }
            }
        }
    }

    /// Columns of the nodes of server `g` at site `s`, one per cooling choice.
    func nodeColumns(site s: Int, server g: Int) -> [(cooling: Int, column: Column)] {
        index.placements(site: s, server: g).map { ($0.cooling, index.nodes[$0]!) }
    }
}
