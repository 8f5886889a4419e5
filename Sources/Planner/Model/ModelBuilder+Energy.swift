/// Energy rows: facility load, energy balance (10), on-site supply (11), grid
/// connection (12), PPA matching (13), batteries (14) and offers (15).
extension ModelBuilder {
    /// Defines load_s = L_s, the facility load of model.md (MW, flat over the
    /// year); one defined column keeps every step's balance row short. With
    /// flexible load L_s is the year's average of the steps' loads L_st, so
    /// Σ_t W_t · L_s still counts the facility energy.
    mutating func addFacilityLoadRows() {
        for s in index.openable {
            let steps = catalog.sites[s].steps
            let hours = steps.reduce(0) { $0 + $1.weightHours }
            var terms: [(Column, Double)] = [(index.facilityLoad[s]!, -1)]
            for t in steps.indices {
                let share = hasRunningNodes ? steps[t].weightHours / hours : 1
                terms += facilityLoadMW(site: s, step: t).map { ($0.0, $0.1 * share) }
                if !hasRunningNodes { break }
            }
            program.addRow(name("load", catalog.sites[s].id), lower: 0, upper: 0, terms: terms)
        }
    }

    /// Whether the load varies by step (flexible load).
    private var hasRunningNodes: Bool { !index.running.isEmpty }

    /// L_st: the facility load of site s in step t (MW), servers at their PUE and storage at aux_pue.
    private func facilityLoadMW(site s: Int, step t: Int) -> [(Column, Double)] {
        var terms: [(Column, Double)] = []
        for p in index.placements(site: s) {
            let pue = constants.pue(site: s, cooling: p.cooling)
            terms += itPowerKW(p, step: t).map { ($0.0, $0.1 / 1000 * pue) }
        }
        for (k, unit) in catalog.storage.enumerated() {
            terms.append((index.storageUnits[s]![k], unit.powerKW / 1000 * catalog.sites[s].auxPUE))
        }
        return terms
    }

    /// Rows 10–13 for every step of every site.
    mutating func addEnergyBalanceRows() {
        for s in index.openable {
            let site = catalog.sites[s]
            let onsiteOffers = offers(at: s, .onsite)
            let ppaOffers = offers(at: s, .ppa)
            let gridLimit = constants.usableShare * site.gridCapacityMW
            var gridRows: [LinearProgram.RowID] = []
            for (t, step) in site.steps.enumerated() {
                let columns = index.steps[s]![t]
                let label = "t\(t)"
                var balance: [(Column, Double)] = [(columns.grid, 1)]
                balance +=
                    hasRunningNodes
                    ? facilityLoadMW(site: s, step: t).map { ($0.0, -$0.1) } : [(index.facilityLoad[s]!, -1)]
                if let onsite = columns.onsite { balance.append((onsite, 1)) }
                for b in catalog.batteries.indices {
                    balance.append((columns.discharge[b], 1))
                    balance.append((columns.charge[b], -1))
                }
                program.addRow(name("balance", site.id, label), lower: 0, upper: 0, terms: balance)
                if let onsite = columns.onsite {
                    let supply = onsiteOffers.map {
                        (index.offerMW[$0]!, -catalog.renewables[$0].capacityFactor(at: step))
                    }
                    program.addRow(name("onsite", site.id, label), upper: 0, terms: [(onsite, 1)] + supply)
                }
                gridRows.append(
                    program.addRow(
                        name("grid", site.id, label), upper: 0,
                        terms: [(columns.grid, 1), (index.siteOpen[s]!, -gridLimit)]))
                if let matched = columns.ppaMatched {
                    let generation = ppaOffers.map {
                        (index.offerMW[$0]!, -catalog.renewables[$0].capacityFactor(at: step))
                    }
                    program.addRow(name("ppa_supply", site.id, label), upper: 0, terms: [(matched, 1)] + generation)
                    program.addRow(
                        name("ppa_grid", site.id, label), upper: 0, terms: [(matched, 1), (columns.grid, -1)])
                }
            }
            limits.gridConnection[s] = gridRows
        }
    }

    /// Row 14: cyclic state of charge within each period, power and energy limits.
    mutating func addBatteryRows() {
        for s in index.openable {
            let site = catalog.sites[s]
            let previous = Self.previousStepInPeriod(site.steps)
            for (b, battery) in catalog.batteries.enumerated() {
                let energy = index.batteryMWh[s]![b]
                let power = index.batteryMW[s]![b]
                let open = index.siteOpen[s]!
                program.addRow(
                    name("battery_mwh_max", site.id, battery.id), upper: 0,
                    terms: [(energy, 1), (open, -battery.maxMWh)])
                program.addRow(
                    name("battery_mw_max", site.id, battery.id), upper: 0, terms: [(power, 1), (open, -battery.maxMW)])
                let eta = battery.oneWayEfficiency
                for t in site.steps.indices {
                    let columns = index.steps[s]![t]
                    let before = index.steps[s]![previous[t]]
                    let label = "t\(t)"
                    // One-hour steps: energy moved in a step equals its MW.
                    program.addRow(
                        name("soc", site.id, battery.id, label), lower: 0, upper: 0,
                        terms: [
                            (columns.stateOfCharge[b], 1), (before.stateOfCharge[b], -1),
                            (columns.charge[b], -eta), (columns.discharge[b], 1 / eta),
                        ])
                    program.addRow(
                        name("charge_max", site.id, battery.id, label), upper: 0,
                        terms: [(columns.charge[b], 1), (power, -1)])
                    program.addRow(
                        name("discharge_max", site.id, battery.id, label), upper: 0,
                        terms: [(columns.discharge[b], 1), (power, -1)])
                    program.addRow(
                        name("soc_max", site.id, battery.id, label), upper: 0,
                        terms: [(columns.stateOfCharge[b], 1), (energy, -1)])
                }
            }
        }
    }

    /// Row 15: an offer can be built or contracted only at an open site.
    mutating func addOfferRows() {
        for (v, offer) in catalog.renewables.enumerated() {
            guard let q = index.offerMW[v], let s = catalog.siteIndex(offer.site), let open = index.siteOpen[s] else {
                continue
            }
            program.addRow(name("offer", offer.id), upper: 0, terms: [(q, 1), (open, -offer.maxMW)])
        }
    }

    /// prev(t): the previous step of the same period, cyclic.
    static func previousStepInPeriod(_ steps: [ProfileStep]) -> [Int] {
        var previous = Array(steps.indices)
        var start = 0
        while start < steps.count {
            var end = start
            while end + 1 < steps.count && steps[end + 1].period == steps[start].period { end += 1 }
            for t in start...end { previous[t] = t == start ? end : t - 1 }
            start = end + 1
        }
        return previous
    }

    /// Offers of one contract kind at site `s` that have a column.
    func offers(at s: Int, _ contract: RenewableOffer.Contract) -> [Int] {
        catalog.renewables.indices.filter {
            catalog.renewables[$0].site == catalog.sites[s].id && catalog.renewables[$0].contract == contract
                && index.offerMW[$0] != nil
        }
    }
}
