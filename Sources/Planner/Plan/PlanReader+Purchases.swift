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
                    note:
                        "\(cooling.kind) cooling for \(Markdown.number(peakKW)) kW peak IT × \(NumberText.plain(cooling.redundancy)) redundancy"
                ))
        }
        for (unit, column) in zip(catalog.storage, index.storageUnits[s] ?? []) where value(column) > 0 {
            lines.append(
                Purchase(
                    kind: "storage", item: unit.id, quantity: value(column), unit: "unit", unitPriceUSD: unit.capexUSD,
                    note:
                        "\(Markdown.number(unit.capacityTB, decimals: unit.capacityTB < 100 ? 1 : 0)) TB, \(Markdown.number(unit.throughputGbps)) GB/s each"
                ))
        }
        if site.electricalCapexUSDPerKW > 0 && peakITMW > 0 {
            lines.append(
                Purchase(
                    kind: "electrical", item: "electrical", quantity: peakITMW * 1000 * site.powerRedundancy,
                    unit: "kW",
                    unitPriceUSD: site.electricalCapexUSDPerKW,
                    note: "UPS and switchgear: peak IT × \(NumberText.plain(site.powerRedundancy)) power redundancy"))
        }
        if site.fixedCapexUSD > 0 {
            lines.append(
                Purchase(
                    kind: "site", item: "site", quantity: 1, unit: "site", unitPriceUSD: site.fixedCapexUSD,
                    note: "land and shell, one-off"))
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
                        ? "built and owned; O&M \(Markdown.number(offer.fixedOMUSDPerMWYr)) USD/MW·yr"
                        : "virtual PPA at \(NumberText.plain(offer.ppaPriceUSDPerMWh)) USD/MWh: a contract, not a purchase"
                ))
        }
        for (b, battery) in catalog.batteries.enumerated() {
            let mwh = value(index.batteryMWh[s]?[b])
            let mw = value(index.batteryMW[s]?[b])
            guard mwh > 0 || mw > 0 else { continue }
            let hours = mw > 0 ? " (\(NumberText.plain((mwh / mw * 10).rounded() / 10)) h)" : ""
            lines.append(
                Purchase(
                    kind: "battery_energy", item: battery.id, quantity: mwh, unit: "MWh",
                    unitPriceUSD: battery.capexUSDPerMWh,
                    note: "cells\(hours), \(NumberText.plain(battery.roundTripEfficiency * 100)) % round trip"))
            lines.append(
                Purchase(
                    kind: "battery_power", item: battery.id, quantity: mw, unit: "MW",
                    unitPriceUSD: battery.capexUSDPerMW,
                    note: "inverters and grid connection of the battery"))
        }
        return lines
    }

    /// Supply-limited servers say how much of the limit the whole plan uses.
    private func serverNote(_ g: Int) -> String {
        let server = catalog.servers[g]
        let perNode = "\(server.acceleratorsPerNode) accelerators per node"
        guard let maxNodes = server.maxNodes else { return perNode }
        let planned = index.placements.filter { $0.server == g }.reduce(0.0) { $0 + value(index.nodes[$1]) }
        return perNode + "; supply-limited: \(NumberText.plain(planned)) of max_nodes \(maxNodes) across all sites"
    }
}
