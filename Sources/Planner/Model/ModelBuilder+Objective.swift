/// The objective of model.md, one expression per cost term (USD/yr).
extension ModelBuilder {
    /// Defines every cost term, then makes their sum the columns' costs.
    mutating func addObjective() {
        defineEquipmentCosts()
        defineEnergyCosts()
        let weight = horizonYear?.discountFactor ?? 1
        for s in index.openable {
            for term in CostTerm.allCases {
                for t in costs[s]?[term]?.terms ?? [] { program.addCost(t.column, weight * t.coefficient) }
            }
        }
    }

    private mutating func defineEquipmentCosts() {
        for s in index.openable {
            let site = catalog.sites[s]
            let siteCRF = constants.crf(site.lifetimeYears)
            let electricalPerKW = site.powerRedundancy * site.electricalCapexUSDPerKW * siteCRF
            for p in index.placements(site: s) {
                let server = catalog.servers[p.server]
                let cooling = catalog.cooling[p.cooling]
                let column = index.nodes[p]!
                let capexAnnuity = installedCarryCapex ? server.capexUSD * constants.crf(server.lifetimeYears) : 0
                cost(.servers, site: s, column, capexAnnuity + server.opexUSDPerYr)
                cost(
                    .cooling, site: s, column,
                    server.peakPowerKW * cooling.redundancy * cooling.capexUSDPerKW
                        * constants.crf(cooling.lifetimeYears))
                cost(.electrical, site: s, column, server.peakPowerKW * electricalPerKW)
                for (water, m3) in waterM3PerYear(p) { cost(.water, site: s, water, m3 * site.waterPriceUSDPerM3) }
            }
            for (k, unit) in catalog.storage.enumerated() {
                let column = index.storageUnits[s]![k]
                cost(.storage, site: s, column, unit.capexUSD * constants.crf(unit.lifetimeYears))
                cost(.electrical, site: s, column, unit.powerKW * electricalPerKW)
            }
            cost(.sites, site: s, index.siteOpen[s]!, site.fixedCapexUSD * siteCRF + site.fixedOpexUSDPerYr)
            for (b, battery) in catalog.batteries.enumerated() where installedCarryCapex {
                let crf = constants.crf(battery.lifetimeYears)
                cost(.batteries, site: s, index.batteryMWh[s]![b], battery.capexUSDPerMWh * crf)
                cost(.batteries, site: s, index.batteryMW[s]![b], battery.capexUSDPerMW * crf)
            }
            if let heat = index.heatSold[s] {
                cost(.heatRevenue, site: s, heat, -8760 * site.heatReusePriceUSDPerMWh)
            }
        }
    }

    private mutating func defineEnergyCosts() {
        for s in index.openable {
            let site = catalog.sites[s]
            for (t, step) in site.steps.enumerated() {
                cost(.gridEnergy, site: s, index.steps[s]![t].grid, step.weightHours * step.gridPriceUSDPerMWh)
            }
            for v in offers(at: s, .onsite) {
                let offer = catalog.renewables[v]
                let capexAnnuity = installedCarryCapex ? offer.capexUSDPerMW * constants.crf(offer.lifetimeYears) : 0
                cost(.renewables, site: s, index.offerMW[v]!, capexAnnuity + offer.fixedOMUSDPerMWYr)
            }
            for v in offers(at: s, .ppa) {
                let offer = catalog.renewables[v]
                let settlement = site.steps.reduce(0.0) { sum, step in
                    sum + step.weightHours * offer.capacityFactor(at: step)
                        * (offer.ppaPriceUSDPerMWh - step.gridPriceUSDPerMWh)
                }
                cost(.ppaSettlement, site: s, index.offerMW[v]!, settlement)
            }
        }
        let price = catalog.policy.carbonPriceUSDPerT
        guard price > 0 else { return }
        for s in index.openable {
            var carbon = LinearExpression()
            carbon.add(operationalCarbonT[s]!, times: price)
            carbon.add(embodiedCarbonT[s]!, times: price)
            costs[s, default: [:]][.carbon] = carbon
        }
    }
}
