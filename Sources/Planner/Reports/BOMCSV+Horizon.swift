/// bom.csv of a multi-year plan: the build schedule, one line per purchase.
///
/// The columns are v1's with `year` in front: the year of the horizon, 1 to Y, as
/// workloads.csv and servers.csv number it (plan.md shows the calendar labels).
/// Prices are that year's, and a line's total is its upfront spend: servers and
/// storage with the cooling and electrical capacity bought with them (the note
/// splits it), a site's fixed capex, on-site plants and batteries; 0 for a PPA.
extension BOMCSV {
    /// The header of a multi-year bill of materials.
    static let horizonHeader = "year,site,item,kind,quantity,unit,unit_price_usd,total_usd,note"

    static func render(_ horizon: HorizonPlan) -> String {
        var lines = [horizonHeader]
        for year in horizon.years {
            for p in year.purchases {
                let (item, kind, note) = describe(p, in: year)
                let unitPrice = p.quantity > 0 ? p.upfrontUSD / p.quantity : 0
                lines.append(
                    [
                        String(year.year), p.site, item, kind, JSONValue.number(p.quantity), p.unit,
                        JSONValue.number(unitPrice), JSONValue.number(p.upfrontUSD), note,
                    ]
                    .map(cell).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Item as v1 names it (`server/cooling` for nodes), kind, and the buyer's note.
    private static func describe(_ p: HorizonPurchase, in year: HorizonPlan.Year) -> (String, String, String) {
        let prices = "at \(year.label)'s prices"
        switch p.kind {
        case .server:
            let cooling = p.cooling ?? ""
            let perNode =
                year.plan.sites.first { $0.id == p.site }?.acceleratorsPerNode(server: p.item, cooling: cooling) ?? 0
            let note =
                "\(Markdown.count(perNode, "accelerator")) per node; servers \(JSONValue.number(p.upfrontUSD - p.coolingElectricalUSD)) USD "
                + "and their cooling and electrical \(JSONValue.number(p.coolingElectricalUSD)) USD \(prices)"
            return ("\(p.item)/\(cooling)", "server", note)
        case .storage:
            let note =
                "units \(JSONValue.number(p.upfrontUSD - p.coolingElectricalUSD)) USD and their electrical "
                + "\(JSONValue.number(p.coolingElectricalUSD)) USD \(prices)"
            return (p.item, "storage", note)
        case .site:
            return (p.item, "site", "site opened: " + PurchaseText.note(.site))
        case .renewable:
            guard let line = year.renewableLine(p) else { return (p.item, "renewable", prices) }
            let contract = line.kind.hasPrefix("ppa_") ? "; contracted from this year to the end of the horizon" : ""
            return (p.item, line.kind, PurchaseText.note(line.note) + contract)
        case .battery:
            let note =
                "with \(JSONValue.number(p.mw ?? 0)) MW of power; the price per MWh covers energy and power \(prices)"
            return (p.item, "battery", note)
        }
    }
}
