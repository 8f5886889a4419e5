/// Writes `HorizonModel`: every year's v1 model, then purchases, links, site
/// continuity, and the per-year supply and budget rows.
struct HorizonBuilder {
    typealias Column = LinearProgram.ColumnID

    let catalog: Catalog
    var model: HorizonModel

    init(catalog: Catalog) {
        self.catalog = catalog
        self.model = HorizonModel(building: catalog)
    }

    var years: Int { catalog.horizonYears }

    mutating func build() {
        for y in 1...years { addYear(y) }
        for y in 1...years { addPurchaseColumns(year: y) }
        addLinkRows()
        addSiteRows()
        addSupplyRows()
        addPurchaseCosts()
        addUpfrontSpend()
        addHorizonCarbonRow()
    }

    /// Σ_y (op_t + emb_t of year y) ≤ the horizon's carbon cap (set by `pareto`).
    private mutating func addHorizonCarbonRow() {
        guard let cap = catalog.policy.maxHorizonCarbonT else { return }
        model.program.addRow("horizon_carbon_cap", upper: cap, terms: model.totalCarbonT.rowTerms())
    }

    /// Year y's v1 rows and columns, its costs in the objective discounted.
    private mutating func addYear(_ y: Int) {
        let horizonYear = ModelBuilder.HorizonYear(year: y, discountFactor: catalog.policy.discountFactor(year: y))
        var builder = ModelBuilder(catalog: catalog.year(y), horizonYear: horizonYear, program: model.program)
        model.program = LinearProgram()
        builder.addVariables()
        builder.defineCarbon()
        builder.addConstraints()
        builder.addObjective()
        model.program = builder.program
        model.years.append(PlanModel(built: builder, program: LinearProgram()))
    }

    private func name(_ y: Int, _ prefix: String, _ parts: String...) -> String {
        "y\(y).\(prefix)[" + parts.joined(separator: ",") + "]"
    }

    /// Purchase columns of year y, where buying is allowed: the site in service,
    /// the server within its window, the offer available.
    private mutating func addPurchaseColumns(year y: Int) {
        let index = model.years[y - 1].index
        var buy = HorizonModel.Purchases()
        for s in index.openable where y >= catalog.sites[s].firstYear {
            let site = catalog.sites[s]
            for p in index.placements(site: s) where catalog.servers[p.server].isBuyable(inYear: y, of: years) {
                let server = catalog.servers[p.server]
                var upper = model.program.columns[index.nodes[p]!.index].upper
                if let supply = server.maxNodes { upper = min(upper, Double(supply)) }
                buy.nodes[p] = model.program.addColumn(
                    name(y, "buy_nodes", site.id, server.id, catalog.cooling[p.cooling].id), upper: upper,
                    isInteger: true)
            }
            for (k, unit) in catalog.storage.enumerated() {
                let upper = model.program.columns[index.storageUnits[s]![k].index].upper
                buy.storageUnits[s, default: [:]][k] = model.program.addColumn(
                    name(y, "buy_storage", site.id, unit.id), upper: upper, isInteger: true)
            }
            for (b, battery) in catalog.batteries.enumerated() {
                buy.batteryMWh[s, default: [:]][b] = model.program.addColumn(
                    name(y, "buy_battery_mwh", site.id, battery.id), upper: battery.maxMWh)
                buy.batteryMW[s, default: [:]][b] = model.program.addColumn(
                    name(y, "buy_battery_mw", site.id, battery.id), upper: battery.maxMW)
            }
        }
        for (v, offer) in catalog.renewables.enumerated() {
            guard index.offerMW[v] != nil, let s = catalog.siteIndex(offer.site),
                y >= offer.firstYear, y >= catalog.sites[s].firstYear
            else { continue }
            buy.offerMW[v] = model.program.addColumn(name(y, "buy_offer_mw", offer.id), upper: offer.maxMW)
        }
        model.purchases.append(buy)
    }

    /// Years whose purchases are installed in year y: the last ⌈lifetime⌉ years.
    func purchaseYears(installedIn y: Int, lifetimeYears: Double) -> ClosedRange<Int> {
        max(1, y - Self.serviceYears(lifetimeYears) + 1)...y
    }

    /// Years an item serves: ⌈lifetime_years⌉, at least one.
    static func serviceYears(_ lifetimeYears: Double) -> Int {
        max(1, Int(lifetimeYears.rounded(.up)))
    }

    /// installed(y) = Σ purchases of the years whose items still serve in y.
    private mutating func addLinkRows() {
        for y in 1...years {
            let index = model.years[y - 1].index
            let label = "y\(y)."
            for p in index.placements {
                let window = purchaseYears(installedIn: y, lifetimeYears: catalog.servers[p.server].lifetimeYears)
                link(label + "installed_nodes", index.nodes[p]!, window.compactMap { model.purchases[$0 - 1].nodes[p] })
            }
            for s in index.openable {
                for (k, unit) in catalog.storage.enumerated() {
                    let window = purchaseYears(installedIn: y, lifetimeYears: unit.lifetimeYears)
                    link(
                        label + "installed_storage", index.storageUnits[s]![k],
                        window.compactMap { model.purchases[$0 - 1].storageUnits[s]?[k] })
                }
                for (b, battery) in catalog.batteries.enumerated() {
                    let window = purchaseYears(installedIn: y, lifetimeYears: battery.lifetimeYears)
                    link(
                        label + "installed_battery_mwh", index.batteryMWh[s]![b],
                        window.compactMap { model.purchases[$0 - 1].batteryMWh[s]?[b] })
                    link(
                        label + "installed_battery_mw", index.batteryMW[s]![b],
                        window.compactMap { model.purchases[$0 - 1].batteryMW[s]?[b] })
                }
            }
            for (v, offer) in catalog.renewables.enumerated() {
                guard let installed = index.offerMW[v] else { continue }
                // A PPA contracted in a year runs to the end of the horizon.
                let window =
                    offer.contract == .ppa ? 1...y : purchaseYears(installedIn: y, lifetimeYears: offer.lifetimeYears)
                link(label + "installed_offer_mw", installed, window.compactMap { model.purchases[$0 - 1].offerMW[v] })
            }
        }
    }

    private mutating func link(_ rowName: String, _ installed: Column, _ bought: [Column]) {
        let name = rowName + model.program.columns[installed.index].name.drop { $0 != "[" }
        model.program.addRow(
            String(name), lower: 0, upper: 0, terms: [(installed, 1)] + bought.map { ($0, -1) })
    }

    /// A site stays open once opened, and is closed before its first year.
    private mutating func addSiteRows() {
        for s in model.years[0].index.openable {
            let site = catalog.sites[s]
            for y in 1...years {
                let open = model.years[y - 1].index.siteOpen[s]!
                if y < site.firstYear { model.program.setBounds(open, lower: 0, upper: 0) }
                guard y > 1 else { continue }
                let before = model.years[y - 2].index.siteOpen[s]!
                model.program.addRow(
                    name(y, "stays_open", site.id), lower: 0, terms: [(open, 1), (before, -1)])
            }
        }
    }

    /// `max_nodes`: nodes of a server bought in one year, over every site and cooling.
    private mutating func addSupplyRows() {
        model.limits.supply = Array(repeating: [:], count: years)
        for y in 1...years {
            let bought = model.purchases[y - 1].nodes
            for (g, server) in catalog.servers.enumerated() {
                guard let supply = server.maxNodes else { continue }
                let terms = model.years[y - 1].index.placements.filter { $0.server == g }.compactMap { p in
                    bought[p].map { ($0, 1.0) }
                }
                guard !terms.isEmpty else { continue }
                model.limits.supply[y - 1][g] = model.program.addRow(
                    name(y, "supply", server.id), upper: Double(supply), terms: terms)
            }
        }
    }
}
