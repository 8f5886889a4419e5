/// Policy rows: carbon cap (18), carbon-free share (19) and capex budget (20).
extension ModelBuilder {
    /// Row 18: op_t + emb_t ≤ max_carbon_t.
    mutating func addCarbonCapRow() {
        guard let cap = catalog.policy.maxCarbonT else { return }
        limits.carbonCap = program.addRow(name("carbon_cap"), upper: cap, terms: totalCarbonT.rowTerms())
    }

    /// Row 19: Σ W (grid − m) ≤ (1 − min_cfe) · Σ W · L_s.
    mutating func addCarbonFreeShareRow() {
        guard let floor = catalog.policy.minCFEFraction else { return }
        var terms: [(Column, Double)] = []
        for part in index.carbonFreeParts(catalog) {
            terms += part.fossilTerms
            terms.append((part.facilityLoad, -(1 - floor) * part.hours))
        }
        limits.cfeFloor = program.addRow(name("cfe_floor"), upper: 0, terms: terms)
    }

    /// Row 20: upfront capex (not annualised) ≤ capex_budget_usd.
    mutating func addCapexBudgetRow() {
        guard let budget = catalog.policy.capexBudgetUSD, horizonYear == nil else { return }
        var terms: [(Column, Double)] = []
        for s in index.openable {
            let site = catalog.sites[s]
            let electricalPerKW = site.powerRedundancy * site.electricalCapexUSDPerKW
            for p in index.placements(site: s) {
                let server = catalog.servers[p.server]
                let cooling = catalog.cooling[p.cooling]
                let perNode =
                    server.capexUSD + server.peakPowerKW * cooling.redundancy * cooling.capexUSDPerKW
                    + server.peakPowerKW * electricalPerKW
                terms.append((index.nodes[p]!, perNode))
            }
            for (k, unit) in catalog.storage.enumerated() {
                terms.append((index.storageUnits[s]![k], unit.capexUSD + unit.powerKW * electricalPerKW))
            }
            terms.append((index.siteOpen[s]!, site.fixedCapexUSD))
            for v in offers(at: s, .onsite) {
                terms.append((index.offerMW[v]!, catalog.renewables[v].capexUSDPerMW))
            }
            for (b, battery) in catalog.batteries.enumerated() {
                terms.append((index.batteryMWh[s]![b], battery.capexUSDPerMWh))
                terms.append((index.batteryMW[s]![b], battery.capexUSDPerMW))
            }
        }
        limits.capexBudget = program.addRow("capex_budget", upper: budget, terms: terms)
    }

    /// Σ_v PPA MWh of site s ≤ max_ppa_fraction_of_load · Σ_t W_t · L_s: the
    /// contracted output may not exceed that share of the site's own energy.
    mutating func addPPAShareRows() {
        guard let share = catalog.policy.maxPPAFractionOfLoad else { return }
        for s in index.openable {
            let site = catalog.sites[s]
            let ppas = offers(at: s, .ppa)
            guard !ppas.isEmpty else { continue }
            let hours = site.steps.reduce(0) { $0 + $1.weightHours }
            var terms: [(Column, Double)] = ppas.map { v in
                let offer = catalog.renewables[v]
                return (index.offerMW[v]!, site.steps.reduce(0) { $0 + $1.weightHours * offer.capacityFactor(at: $1) })
            }
            terms.append((index.facilityLoad[s]!, -share * hours))
            program.addRow(name("ppa_share", site.id), upper: 0, terms: terms)
        }
    }
}
