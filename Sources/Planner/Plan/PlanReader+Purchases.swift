/// One site's bill of materials: what to buy (or contract) and a note a buyer needs.
extension PlanReader {
    func purchases(_ s: Int, peakITMW: Double) -> [Purchase] {
        let site = catalog.sites[s]
        let placements = index.placements.filter { $0.site == s }
        var lines: [Purchase] = []
        for p in placements {
            let count = value(index.nodes[p])
            guard count > 0 else { continue }
            let server = catalog.servers[p.server]
            lines.append(
                Purchase(
                    kind: "server", item: "\(server.id)/\(catalog.cooling[p.cooling].id)", quantity: count,
                    unit: "node", unitPriceUSD: server.capexUSD, note: serverNote(p.server)))
        }
        // One cooling line per cooling system, however many server types it serves.
        for (c, cooling) in catalog.cooling.enumerated() {
            let peakKW = placements.filter { $0.cooling == c }.reduce(0.0) {
                $0 + value(index.nodes[$1]) * catalog.servers[$1.server].peakPowerKW
            }
            guard peakKW > 0 else { continue }
            lines.append(
                Purchase(
                    kind: "cooling", item: cooling.id, quantity: peakKW * cooling.redundancy, unit: "kW",
                    unitPriceUSD: cooling.capexUSDPerKW,
                    note: .cooling(kind: cooling.kind, peakITKW: peakKW, redundancy: cooling.redundancy)
                ))
        }
        for (unit, column) in zip(catalog.storage, index.storageUnits[s] ?? []) where value(column) > 0 {
            lines.append(
                Purchase(
                    kind: "storage", item: unit.id, quantity: value(column), unit: "unit", unitPriceUSD: unit.capexUSD,
                    note: .storage(capacityTB: unit.capacityTB, throughputGbps: unit.throughputGbps)
                ))
        }
        if site.electricalCapexUSDPerKW > 0 && peakITMW > 0 {
            lines.append(
                Purchase(
                    kind: "electrical", item: "electrical", quantity: peakITMW * 1000 * site.powerRedundancy,
                    unit: "kW",
                    unitPriceUSD: site.electricalCapexUSDPerKW,
                    note: .electrical(redundancy: site.powerRedundancy)))
        }
        if site.fixedCapexUSD > 0 {
            lines.append(
                Purchase(
                    kind: "site", item: "site", quantity: 1, unit: "site", unitPriceUSD: site.fixedCapexUSD,
                    note: .site))
        }
        for (v, offer) in catalog.renewables.enumerated() where offer.site == site.id {
            let mw = value(index.offerMW[v])
            guard mw > 0 else { continue }
            let onsite = offer.contract == .onsite
            lines.append(
                Purchase(
                    kind: (onsite ? "onsite_" : "ppa_") + offer.technology.rawValue, item: offer.id, quantity: mw,
                    unit: "MW",
                    unitPriceUSD: onsite ? offer.capexUSDPerMW : 0,
                    note: onsite
                        ? .onsite(fixedOMUSDPerMWYr: offer.fixedOMUSDPerMWYr)
                        : .ppa(priceUSDPerMWh: offer.ppaPriceUSDPerMWh)
                ))
        }
        for (b, battery) in catalog.batteries.enumerated() {
            let mwh = value(index.batteryMWh[s]?[b])
            let mw = value(index.batteryMW[s]?[b])
            guard mwh > 0 || mw > 0 else { continue }
            lines.append(
                Purchase(
                    kind: "battery_energy", item: battery.id, quantity: mwh, unit: "MWh",
                    unitPriceUSD: battery.capexUSDPerMWh,
                    note: .batteryEnergy(
                        hours: mw > 0 ? mwh / mw : nil, roundTripEfficiency: battery.roundTripEfficiency)))
            lines.append(
                Purchase(
                    kind: "battery_power", item: battery.id, quantity: mw, unit: "MW",
                    unitPriceUSD: battery.capexUSDPerMW,
                    note: .batteryPower))
        }
        return lines
    }

    /// Supply-limited servers carry how much of the limit the whole plan uses.
    private func serverNote(_ g: Int) -> PurchaseNote {
        let server = catalog.servers[g]
        guard let maxNodes = server.maxNodes else {
            return .server(acceleratorsPerNode: server.acceleratorsPerNode, plannedNodes: nil, maxNodes: nil)
        }
        if let yearly = yearlySupply {
            return .server(
                acceleratorsPerNode: server.acceleratorsPerNode, plannedNodes: yearly.nodesBought[g] ?? 0,
                maxNodes: maxNodes, deliveredIn: yearly.yearLabel)
        }
        let planned = index.placements.filter { $0.server == g }.reduce(0.0) { $0 + value(index.nodes[$1]) }
        return .server(acceleratorsPerNode: server.acceleratorsPerNode, plannedNodes: planned, maxNodes: maxNodes)
    }
}
