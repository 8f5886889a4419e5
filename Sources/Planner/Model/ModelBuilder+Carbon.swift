/// Carbon expressions of model.md: op_t per site and emb_t per site (tCO2e/yr).
extension ModelBuilder {
    mutating func defineCarbon() {
        for s in index.openable {
            let site = catalog.sites[s]
            var operational = LinearExpression()
            for (t, step) in site.steps.enumerated() {
                let columns = index.steps[s]![t]
                let tonnesPerMW = step.weightHours * step.gridCarbonKgPerMWh / 1000
                operational.add(columns.grid, tonnesPerMW)
                if let matched = columns.ppaMatched { operational.add(matched, -tonnesPerMW) }
            }
            for v in offers(at: s, .onsite) + offers(at: s, .ppa) {
                let offer = catalog.renewables[v]
                operational.add(index.offerMW[v]!, offer.lifecycleKgPerMWh * annualMWhPerMW(v) / 1000)
            }
            operationalCarbonT[s] = operational

            var embodied = LinearExpression()
            for p in index.placements(site: s) {
                let server = catalog.servers[p.server]
                embodied.add(index.nodes[p]!, server.embodiedKg / server.lifetimeYears / 1000)
            }
            for (k, unit) in catalog.storage.enumerated() {
                embodied.add(index.storageUnits[s]![k], unit.embodiedKg / unit.lifetimeYears / 1000)
            }
            embodiedCarbonT[s] = embodied
        }
    }

    /// Total carbon (op_t + emb_t) over all sites.
    var totalCarbonT: LinearExpression {
        var total = LinearExpression()
        for s in index.openable {
            total.add(operationalCarbonT[s]!)
            total.add(embodiedCarbonT[s]!)
        }
        return total
    }

    /// MWh a year one MW of offer `v` generates: Σ_t W_t · cf_vt.
    func annualMWhPerMW(_ v: Int) -> Double {
        let offer = catalog.renewables[v]
        guard let s = catalog.siteIndex(offer.site) else { return 0 }
        return catalog.sites[s].steps.reduce(0) { $0 + $1.weightHours * offer.capacityFactor(at: $1) }
    }
}
