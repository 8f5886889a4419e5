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
            // The year's average IT power: running nodes at avg_power_kw, idle ones at idle_power_kw.
            let running = averageRunningNodes(p)
            let averageKW = running * server.avgPowerKW + (count - running) * server.idlePowerKW
            itKW += averageKW
            water += averageKW * 8760 * catalog.cooling[p.cooling].wueLitersPerKWh / 1000
        }
        for (unit, column) in zip(catalog.storage, storageColumns) {
            let count = value(column)
            racks += count * unit.racksPerUnit
            peakKW += count * unit.powerKW
            itKW += count * unit.powerKW
        }
        let facilityMW = value(index.facilityLoad[s])
        let dispatch = dispatchSteps(s, loadMW: facilityMW)
        var energy = EnergyTotals(
            facilityMWh: dispatch.reduce(0) { $0 + $1.weightHours * $1.loadMW },
            gridMWh: dispatch.reduce(0) { $0 + $1.weightHours * $1.gridMW },
            onsiteMWh: dispatch.reduce(0) { $0 + $1.weightHours * $1.onsiteMW },
            ppaMatchedMWh: dispatch.reduce(0) { $0 + $1.weightHours * $1.ppaMatchedMW },
            batteryDischargeMWh: batteryDischargeMWh(s))
        energy.gridCarbonFreeMWh = zip(dispatch, site.steps).reduce(0) { sum, pair in
            sum + pair.0.weightHours * (pair.0.gridMW - pair.0.ppaMatchedMW) * pair.1.gridCFEFraction
        }
        let carbon = CarbonTotals(
            operationalT: model.operationalCarbonT[s]?.value(values) ?? 0,
            embodiedT: model.embodiedCarbonT[s]?.value(values) ?? 0)
        let costs = CostTerm.allCases.map { ($0, model.costs[s]?[$0]?.value(values) ?? 0) }
        // A site that costs nothing to open and holds nothing is equally optimal open or
        // closed, and GLPK may return either; report it closed so equal plans read the same.
        let used = !nodes.isEmpty || !storage.isEmpty || !renewables.isEmpty || !batteries.isEmpty || energy.gridMWh > 0
        let costsToOpen = site.fixedCapexUSD > 0 || site.fixedOpexUSDPerYr > 0
        var plan = SitePlan(
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
        plan.ppaContractedMWh = offers.filter { catalog.renewables[$0].contract == .ppa }.reduce(0) { sum, v in
            let offer = catalog.renewables[v]
            return sum + value(index.offerMW[v])
                * site.steps.reduce(0) { $0 + $1.weightHours * offer.capacityFactor(at: $1) }
        }
        if catalog.policy.hasFlexibleLoad {
            plan.runningNodesAverage = placements.reduce(0) { $0 + averageRunningNodes($1) }
            plan.runsCarbonKgPerMWh = runsCarbon(s, dispatch)
        }
        return plan
    }

    /// Nodes of placement p running on average over the year: Σ_t W_t · a_t / 8760
    /// with flexible load, else the nodes installed.
    func averageRunningNodes(_ p: ModelIndex.Placement) -> Double {
        let steps = catalog.sites[p.site].steps
        guard index.running[p] != nil else { return value(index.nodes[p]) }
        return zip(steps.indices, steps).reduce(0) { $0 + runningNodes(p, step: $1.0) * $1.1.weightHours } / 8760
    }

    /// Nodes of placement p running in step t: min_utilization · x + r_t with
    /// flexible load (`ModelBuilder.addRunningNodes`), else the nodes installed.
    func runningNodes(_ p: ModelIndex.Placement, step t: Int) -> Double {
        guard let aboveFloor = index.running[p] else { return value(index.nodes[p]) }
        return catalog.policy.minUtilization * value(index.nodes[p]) + value(aboveFloor[t])
    }

    /// The facility load of site s in step t (MW) from the running and installed nodes.
    private func facilityLoadMW(_ s: Int, step t: Int) -> Double {
        var mw = 0.0
        for p in index.placements(site: s) {
            let server = catalog.servers[p.server]
            let count = value(index.nodes[p])
            let running = runningNodes(p, step: t)
            let pue = catalog.cooling[p.cooling].pue + catalog.sites[s].pueAdder
            mw += (running * server.avgPowerKW + (count - running) * server.idlePowerKW) / 1000 * pue
        }
        for (unit, column) in zip(catalog.storage, index.storageUnits[s] ?? []) {
            mw += value(column) * unit.powerKW / 1000 * catalog.sites[s].auxPUE
        }
        return mw
    }

    /// The operational carbon intensity of the energy the runs drew, weighting each
    /// step's fossil share by the running nodes' power, and the site's average (kg/MWh).
    private func runsCarbon(_ s: Int, _ dispatch: [DispatchStep]) -> (runs: Double, site: Double) {
        let steps = catalog.sites[s].steps
        var runs = (kg: 0.0, mwh: 0.0)
        var site = (kg: 0.0, mwh: 0.0)
        // A site that may not open has no dispatch (`dispatchSteps`), so no steps here.
        for (t, (step, d)) in zip(steps, dispatch).enumerated() {
            let fossilMW = (d.gridMW - d.ppaMatchedMW) * (1 - step.gridCFEFraction)
            let kgPerMWh = d.loadMW > 0 ? fossilMW * step.gridCarbonKgPerMWh / d.loadMW : 0
            var runningMW = 0.0
            for p in index.placements(site: s) {
                let pue = catalog.cooling[p.cooling].pue + catalog.sites[s].pueAdder
                guard index.running[p] != nil else { continue }
                runningMW += runningNodes(p, step: t) * catalog.servers[p.server].avgPowerKW / 1000 * pue
            }
            runs = (runs.kg + step.weightHours * runningMW * kgPerMWh, runs.mwh + step.weightHours * runningMW)
            site = (site.kg + step.weightHours * d.loadMW * kgPerMWh, site.mwh + step.weightHours * d.loadMW)
        }
        return (runs.mwh > 0 ? runs.kg / runs.mwh : 0, site.mwh > 0 ? site.kg / site.mwh : 0)
    }

    private func dispatchSteps(_ s: Int, loadMW: Double) -> [DispatchStep] {
        guard let columns = index.steps[s] else { return [] }
        let flexible = catalog.policy.hasFlexibleLoad
        return zip(catalog.sites[s].steps, columns).enumerated().map { t, pair in
            let (step, c) = pair
            let loadMW = flexible ? facilityLoadMW(s, step: t) : loadMW
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
