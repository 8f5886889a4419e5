/// Reads a solution of a `HorizonModel` into a `Plan` with its `HorizonPlan`:
/// each year by v1's reporting rules, then the schedule and the levelised totals.
struct HorizonReader {
    let model: HorizonModel
    /// Column values with integers rounded and specks cleared.
    let values: [Double]

    var catalog: Catalog { model.catalog }

    init(model: HorizonModel, solution: [Double]) {
        self.model = model
        self.values = PlanReader.cleaned(solution, of: model.program)
    }

    func read(status: SolveStatus, bestBound: Double?, gap: Double?, solver: SolverSummary) -> Plan {
        let years = model.years.indices.map { i in
            let y = i + 1
            var reader = PlanReader(model: model.years[i], solution: values)
            reader.yearlySupply = nodesBought(year: y)
            var plan = reader.read(status: status, bestBound: nil, gap: nil, solver: solver)
            for w in plan.workloads.indices { plan.workloads[w].year = y }
            return HorizonPlan.Year(
                year: y, label: catalog.yearLabel(y), discountFactor: model.discountFactor(year: y), plan: plan,
                purchases: purchases(year: y), fixedOpexUSDPerYr: fixedOpexUSDPerYr(plan))
        }
        let npc = years.reduce(0) { $0 + $1.discountFactor * $1.plan.objectiveUSDPerYr }
        let bound = PlanReader.reportedBound(bestBound, status: status, objective: npc).map { min($0, npc) }
        let horizon = HorizonPlan(years: years, npcUSD: npc, npcBoundUSD: bound)
        return levelised(horizon, status: status, gap: gap, solver: solver)
    }

    /// The plan whose v1 figures stand for the whole horizon (see `HorizonPlan`).
    private func levelised(_ horizon: HorizonPlan, status: SolveStatus, gap: Double?, solver: SolverSummary) -> Plan {
        let years = horizon.years
        let discountSum = horizon.discountSum
        let count = Double(years.count)
        let energy = years.reduce(EnergyTotals.zero) { $0 + $1.plan.energy }
        var plan = years.last!.plan
        plan.objectiveUSDPerYr = horizon.npcUSD / discountSum
        plan.bestBoundUSDPerYr = horizon.npcBoundUSD.map { $0 / discountSum }
        plan.mipGap = horizon.npcBoundUSD == nil ? nil : gap ?? 0
        plan.costs = CostTerm.allCases.map { term in
            (term, years.reduce(0) { $0 + $1.discountFactor * $1.plan.cost(term) } / discountSum)
        }
        plan.carbon = CarbonTotals(
            operationalT: years.reduce(0) { $0 + $1.plan.carbon.operationalT } / count,
            embodiedT: years.reduce(0) { $0 + $1.plan.carbon.embodiedT } / count)
        plan.energy = energy.scaled(by: 1 / count)
        plan.cfeFraction = energy.cfeFraction
        let order = Dictionary(uniqueKeysWithValues: catalog.workloads.enumerated().map { ($1.id, $0) })
        plan.workloads = years.flatMap(\.plan.workloads).sorted { order[$0.id]! < order[$1.id]! }
        plan.manifest = Manifest(catalog: catalog)
        plan.horizon = horizon
        return plan
    }

    /// The nodes of each server bought in year y: over a horizon `max_nodes`
    /// bounds each year's deliveries (horizon.md), so a year's supply note counts these.
    private func nodesBought(year y: Int) -> PlanReader.YearlySupply {
        let buy = model.purchases[y - 1]
        var nodes: [Int: Double] = [:]
        for (placement, column) in buy.nodes { nodes[placement.server, default: 0] += values[column.index] }
        return PlanReader.YearlySupply(yearLabel: catalog.yearLabel(y), nodesBought: nodes)
    }

    /// What year y buys, in catalog order: site openings, then per site nodes,
    /// storage, batteries, then offers.
    private func purchases(year y: Int) -> [HorizonPurchase] {
        let index = model.years[y - 1].index
        let buy = model.purchases[y - 1]
        var list: [HorizonPurchase] = []
        func bought(_ column: LinearProgram.ColumnID?) -> Double {
            guard let column, values[column.index] > 1e-6 else { return 0 }
            return values[column.index]
        }
        func upfront(_ column: LinearProgram.ColumnID?) -> Double {
            column.map { bought($0) * (model.upfrontPriceUSD[$0] ?? 0) } ?? 0
        }
        for s in index.openable {
            let site = catalog.sites[s]
            let openNow = values[index.siteOpen[s]!.index] > 0.5
            let openBefore = y > 1 && values[model.years[y - 2].index.siteOpen[s]!.index] > 0.5
            if openNow && !openBefore {
                list.append(
                    HorizonPurchase(
                        site: site.id, item: site.id, kind: .site, quantity: 1, unit: "site",
                        upfrontUSD: site.fixedCapexUSD))
            }
            for p in index.placements(site: s) {
                let column = buy.nodes[p]
                guard bought(column) > 0 else { continue }
                let server = catalog.servers[p.server]
                list.append(
                    HorizonPurchase(
                        site: site.id, item: server.id, cooling: catalog.cooling[p.cooling].id,
                        kind: .server, quantity: bought(column), unit: "node", upfrontUSD: upfront(column),
                        coolingElectricalUSD: upfront(column) - bought(column) * server.capexUSD(inYear: y)))
            }
            for (k, unit) in catalog.storage.enumerated() {
                let column = buy.storageUnits[s]?[k]
                guard bought(column) > 0 else { continue }
                list.append(
                    HorizonPurchase(
                        site: site.id, item: unit.id, kind: .storage, quantity: bought(column), unit: "unit",
                        upfrontUSD: upfront(column),
                        coolingElectricalUSD: upfront(column) - bought(column) * unit.capexUSD))
            }
            for (b, battery) in catalog.batteries.enumerated() {
                let energy = buy.batteryMWh[s]?[b]
                let power = buy.batteryMW[s]?[b]
                guard bought(energy) > 0 || bought(power) > 0 else { continue }
                list.append(
                    HorizonPurchase(
                        site: site.id, item: battery.id, kind: .battery, quantity: bought(energy), unit: "MWh",
                        mw: bought(power), upfrontUSD: upfront(energy) + upfront(power)))
            }
        }
        for (v, offer) in catalog.renewables.enumerated() {
            let column = buy.offerMW[v]
            guard bought(column) > 0 else { continue }
            list.append(
                HorizonPurchase(
                    site: offer.site, item: offer.id, kind: .renewable, quantity: bought(column), unit: "MW",
                    upfrontUSD: upfront(column)))
        }
        return list
    }
}

extension HorizonReader {
    /// The operating costs year `plan` carries inside the servers, sites and
    /// renewables terms: support per installed node, fixed opex of open sites,
    /// O&M per installed MW of on-site plants (USD/yr).
    func fixedOpexUSDPerYr(_ plan: Plan) -> Double {
        var usd = 0.0
        for (site, built) in zip(catalog.sites, plan.sites) {
            if built.open { usd += site.fixedOpexUSDPerYr }
            for n in built.nodes {
                usd += Double(n.count) * (catalog.servers.first { $0.id == n.server }?.opexUSDPerYr ?? 0)
            }
            for r in built.renewablesMW {
                guard let offer = catalog.renewables.first(where: { $0.id == r.offer }), offer.contract == .onsite
                else { continue }
                usd += r.mw * offer.fixedOMUSDPerMWYr
            }
        }
        return usd
    }
}

extension EnergyTotals {
    /// Every source multiplied by `factor` (a mean over years).
    func scaled(by factor: Double) -> EnergyTotals {
        EnergyTotals(
            facilityMWh: facilityMWh * factor, gridMWh: gridMWh * factor, onsiteMWh: onsiteMWh * factor,
            ppaMatchedMWh: ppaMatchedMWh * factor, batteryDischargeMWh: batteryDischargeMWh * factor,
            gridCarbonFreeMWh: gridCarbonFreeMWh * factor)
    }
}
