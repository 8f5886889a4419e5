import Foundation

/// bom.csv: the procurement list, one line per item bought at a site.
public enum BOMCSV {
    public static func render(_ plan: Plan, catalog: Catalog) -> String {
        var lines = ["site,item,kind,quantity,unit,unit_price_usd,total_usd"]
        for site in plan.sites where site.open {
            for n in site.nodes {
                let server = catalog.servers.first { $0.id == n.server }!
                lines.append(row(site.id, "\(n.server)/\(n.cooling)", "server", Double(n.count), "node", server.capexUSD))
            }
            for n in site.nodes {
                let server = catalog.servers.first { $0.id == n.server }!
                let cooling = catalog.cooling.first { $0.id == n.cooling }!
                let kw = Double(n.count) * server.peakPowerKW * cooling.redundancy
                lines.append(row(site.id, n.cooling, "cooling", kw, "kW", cooling.capexUSDPerKW))
            }
            for s in site.storage {
                let unit = catalog.storage.first { $0.id == s.unit }!
                lines.append(row(site.id, s.unit, "storage", Double(s.count), "unit", unit.capexUSD))
            }
            let siteRow = catalog.sites.first { $0.id == site.id }!
            if siteRow.electricalCapexUSDPerKW > 0 {
                lines.append(row(site.id, "electrical", "electrical", site.peakITMW * 1000 * siteRow.powerRedundancy, "kW", siteRow.electricalCapexUSDPerKW))
            }
            if siteRow.fixedCapexUSD > 0 {
                lines.append(row(site.id, "site", "site", 1, "site", siteRow.fixedCapexUSD))
            }
            for r in site.renewablesMW {
                let offer = catalog.renewables.first { $0.id == r.offer }!
                let kind = offer.contract == .onsite ? "onsite_\(offer.technology.rawValue)" : "ppa_\(offer.technology.rawValue)"
                let price = offer.contract == .onsite ? offer.capexUSDPerMW : 0
                lines.append(row(site.id, r.offer, kind, r.mw, "MW", price))
            }
            for b in site.batteries {
                let battery = catalog.batteries.first { $0.id == b.battery }!
                lines.append(row(site.id, b.battery, "battery_energy", b.mwh, "MWh", battery.capexUSDPerMWh))
                if battery.capexUSDPerMW > 0 || b.mw > 0 {
                    lines.append(row(site.id, b.battery, "battery_power", b.mw, "MW", battery.capexUSDPerMW))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ site: String, _ item: String, _ kind: String, _ quantity: Double, _ unit: String, _ price: Double) -> String {
        [site, item, kind, JSONValue.number(quantity), unit, JSONValue.number(price), JSONValue.number(quantity * price)]
            .map(cell).joined(separator: ",")
    }

    /// Quotes when needed and neutralises spreadsheet formulas (a cell starting with = + - @).
    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        if value.contains(",") || value.contains("\"") || value.contains("\n") {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
