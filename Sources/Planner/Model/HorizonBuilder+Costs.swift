/// The costs purchases carry: capex annuities at the purchase year's price, and each year's upfront spend.
extension HorizonBuilder {
    /// An item bought in year y′ pays its annuity, capex at y′'s price × CRF(lifetime),
    /// in every year it serves within the horizon (later annuities fall outside it,
    /// so there is no salvage term). Storage, cooling, electrical and sites keep their
    /// one price, so the installed counts carry them in each year's own model.
    mutating func addPurchaseCosts() {
        let policy = catalog.policy
        for bought in 1...years {
            let buy = model.purchases[bought - 1]
            for (p, column) in buy.nodes {
                let server = catalog.servers[p.server]
                let annuity =
                    server.capexUSD(inYear: bought) * policy.capitalRecoveryFactor(years: server.lifetimeYears)
                addAnnuity(.servers, site: p.site, column, annuity, from: bought, lifetimeYears: server.lifetimeYears)
            }
            for (v, column) in buy.offerMW where catalog.renewables[v].contract == .onsite {
                let offer = catalog.renewables[v]
                let s = catalog.siteIndex(offer.site)!
                let annuity =
                    offer.capexUSDPerMW(inYear: bought) * policy.capitalRecoveryFactor(years: offer.lifetimeYears)
                addAnnuity(.renewables, site: s, column, annuity, from: bought, lifetimeYears: offer.lifetimeYears)
            }
            for (s, columns) in buy.batteryMWh {
                for (b, column) in columns {
                    let battery = catalog.batteries[b]
                    let crf = policy.capitalRecoveryFactor(years: battery.lifetimeYears)
                    let price = battery.capex(inYear: bought)
                    addAnnuity(
                        .batteries, site: s, column, price.usdPerMWh * crf, from: bought,
                        lifetimeYears: battery.lifetimeYears)
                    addAnnuity(
                        .batteries, site: s, buy.batteryMW[s]![b]!, price.usdPerMW * crf, from: bought,
                        lifetimeYears: battery.lifetimeYears)
                }
            }
        }
    }

    private mutating func addAnnuity(
        _ term: CostTerm, site s: Int, _ column: Column, _ usdPerYr: Double, from bought: Int, lifetimeYears: Double
    ) {
        guard usdPerYr != 0 else { return }
        let last = min(years, bought + Self.serviceYears(lifetimeYears) - 1)
        for y in bought...last {
            model.years[y - 1].costs[s, default: [:]][term, default: LinearExpression()].add(column, usdPerYr)
            model.program.addCost(column, catalog.policy.discountFactor(year: y) * usdPerYr)
        }
    }

    /// Row 20 of each year on what is bought that year: servers with their cooling
    /// and electrical, storage, sites opened, on-site plants and batteries, at that
    /// year's prices; PPAs and operating costs are not upfront money.
    mutating func addUpfrontSpend() {
        for y in 1...years {
            let index = model.years[y - 1].index
            let buy = model.purchases[y - 1]
            var spend: [Int: LinearExpression] = [:]
            for s in index.openable {
                let site = catalog.sites[s]
                let electricalPerKW = site.powerRedundancy * site.electricalCapexUSDPerKW
                var upfront = LinearExpression()
                for p in index.placements(site: s) {
                    guard let column = buy.nodes[p] else { continue }
                    let server = catalog.servers[p.server]
                    let cooling = catalog.cooling[p.cooling]
                    price(
                        column,
                        server.capexUSD(inYear: y) + server.peakPowerKW * cooling.redundancy * cooling.capexUSDPerKW
                            + server.peakPowerKW * electricalPerKW, into: &upfront)
                }
                for (k, unit) in catalog.storage.enumerated() {
                    guard let column = buy.storageUnits[s]?[k] else { continue }
                    price(column, unit.capexUSD + unit.powerKW * electricalPerKW, into: &upfront)
                }
                // Opened this year: o_y − o_{y−1}.
                upfront.add(index.siteOpen[s]!, site.fixedCapexUSD)
                if y > 1 { upfront.add(model.years[y - 2].index.siteOpen[s]!, -site.fixedCapexUSD) }
                for (v, column) in buy.offerMW where catalog.renewables[v].site == site.id {
                    let offer = catalog.renewables[v]
                    price(column, offer.contract == .onsite ? offer.capexUSDPerMW(inYear: y) : 0, into: &upfront)
                }
                for (b, battery) in catalog.batteries.enumerated() {
                    guard let energy = buy.batteryMWh[s]?[b], let power = buy.batteryMW[s]?[b] else { continue }
                    let price = battery.capex(inYear: y)
                    self.price(energy, price.usdPerMWh, into: &upfront)
                    self.price(power, price.usdPerMW, into: &upfront)
                }
                spend[s] = upfront
            }
            model.upfrontUSD.append(spend)
            if let budget = catalog.policy.capexBudgetUSD {
                var terms: [(Column, Double)] = []
                for s in index.openable { terms += spend[s]!.rowTerms() }
                model.limits.capexBudget.append(
                    model.program.addRow("y\(y).capex_budget", upper: budget, terms: terms))
            }
        }
    }

    /// Records a purchase column's upfront unit price and adds it to the year's spend.
    private mutating func price(_ column: Column, _ usd: Double, into upfront: inout LinearExpression) {
        model.upfrontPriceUSD[column] = usd
        upfront.add(column, usd)
    }
}
