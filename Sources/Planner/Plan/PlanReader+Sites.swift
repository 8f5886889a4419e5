/// One site's build, energy, carbon and costs from the solution.
extension PlanReader {
    func sitePlan(_ s: Int) -> SitePlan {
        let site = catalog.sites[s]
        let placements = index.placements(site: s)
        let nodes = placements.compactMap { p -> (String, String, Int)? in
            let count = Int(value(index.nodes[p]))
            return count > 0 ? (catalog.servers[p.server].id, catalog.cooling[p.cooling].id, count) : nil
        }
        let storageColumns = index.storageUnits[s] ?? []
        let storage = zip(catalog.storage, storageColumns).compactMap { unit, column -> (String, Int)? in
            let count = Int(value(column))
            return count > 0 ? (unit.id, count) : nil
        }
        let offers = catalog.renewables.indices.filter { catalog.renewables[$0].site == site.id }
        let renewables = offers.compactMap { v -> (String, Double)? in
            let mw = value(index.offerMW[v])
            return mw > 0 ? (catalog.renewables[v].id, mw) : nil
        }
        let batteries = catalog.batteries.indices.compactMap { b -> (String, Double, Double)? in
            let mwh = value(index.batteryMWh[s]?[b])
            let mw = value(index.batteryMW[s]?[b])
            return mwh > 0 || mw > 0 ? (catalog.batteries[b].id, mwh, mw) : nil
        }
        var racks = 0.0
        var peakKW = 0.0
        var itKW = 0.0
        var water = 0.0
        for p in placements {
            let count = value(index.nodes[p])
            let server = catalog.servers[p.server]
            racks += count * server.peakPowerKW / catalog.cooling[p.cooling].maxRackKW
            peakKW += count * server.peakPowerKW
            itKW += count * server.avgPowerKW
            water += count * server.avgPowerKW * 8760 * catalog.cooling[p.cooling].wueLitersPerKWh / 1000
        }
        for (unit, column) in zip(catalog.storage, storageColumns) {
            let count = value(column)
            racks += count * unit.racksPerUnit
            peakKW += count * unit.powerKW
            itKW += count * unit.powerKW
        }
        let facilityMW = value(index.facilityLoad[s])
        let dispatch = dispatchSteps(s, loadMW: facilityMW)
        let energy = EnergyTotals(
            facilityMWh: dispatch.reduce(0) { $0 + $1.weightHours * $1.loadMW },
            gridMWh: dispatch.reduce(0) { $0 + $1.weightHours * $1.gridMW },
            onsiteMWh: dispatch.reduce(0) { $0 + $1.weightHours * $1.onsiteMW },
            ppaMatchedMWh: dispatch.reduce(0) { $0 + $1.weightHours * $1.ppaMatchedMW },
            batteryDischargeMWh: batteryDischargeMWh(s))
        let carbon = CarbonTotals(
            operationalT: model.operationalCarbonT[s]?.value(values) ?? 0,
            embodiedT: model.embodiedCarbonT[s]?.value(values) ?? 0)
        let costs = CostTerm.allCases.map { ($0, model.costs[s]?[$0]?.value(values) ?? 0) }
        // A site that costs nothing to open and holds nothing is equally optimal open or
        // closed, and GLPK may return either; report it closed so equal plans read the same.
        let used = !nodes.isEmpty || !storage.isEmpty || !renewables.isEmpty || !batteries.isEmpty || energy.gridMWh > 0
        let costsToOpen = site.fixedCapexUSD > 0 || site.fixedOpexUSDPerYr > 0
        return SitePlan(
            id: site.id, region: site.region, open: value(index.siteOpen[s]) > 0.5 && (used || costsToOpen),
            nodes: nodes,
            accelerators: placements.reduce(0) {
                $0 + Int(value(index.nodes[$1])) * catalog.servers[$1.server].acceleratorsPerNode
            }, storage: storage, renewablesMW: renewables, batteries: batteries,
            racks: racks, peakITMW: peakKW / 1000, facilityMW: facilityMW, itMW: itKW / 1000,
            pue: itKW > 0 ? facilityMW / (itKW / 1000) : 0, waterM3PerYr: water,
            heatSoldMWhPerYr: value(index.heatSold[s]) * 8760,
            energy: energy, carbon: carbon, costs: costs, dispatch: dispatch,
            purchases: purchases(s, peakITMW: peakKW / 1000))
    }

    private func dispatchSteps(_ s: Int, loadMW: Double) -> [DispatchStep] {
        guard let columns = index.steps[s] else { return [] }
        return zip(catalog.sites[s].steps, columns).map { step, c in
            let net = catalog.batteries.indices.reduce(0.0) { $0 + value(c.discharge[$1]) - value(c.charge[$1]) }
            return DispatchStep(
                period: step.period, hour: step.hour, weightHours: step.weightHours, loadMW: loadMW,
                gridMW: value(c.grid), onsiteMW: value(c.onsite), ppaMatchedMW: value(c.ppaMatched), batteryNetMW: net)
        }
    }

    private func batteryDischargeMWh(_ s: Int) -> Double {
        guard let columns = index.steps[s] else { return 0 }
        return zip(catalog.sites[s].steps, columns).reduce(0.0) { sum, pair in
            sum + pair.0.weightHours * pair.1.discharge.reduce(0.0) { $0 + value($1) }
        }
    }
}
