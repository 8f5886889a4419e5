import Foundation

/// bom.csv: the procurement list, one line per item bought (or contracted) at a site.
public enum BOMCSV {
    /// Every open site's purchases, in site order, with a buyer's note per line;
    /// for a multi-year plan, each year's purchases with a leading `year` column.
    public static func render(_ plan: Plan) -> String {
        if let horizon = plan.horizon { return render(horizon) }
        var lines = ["site,item,kind,quantity,unit,unit_price_usd,total_usd,note"]
        for site in plan.sites where site.open {
            for p in site.purchases {
                lines.append(
                    [
                        site.id, p.item, p.kind, JSONValue.number(p.quantity), p.unit,
                        JSONValue.number(p.unitPriceUSD), JSONValue.number(p.totalUSD), PurchaseText.note(p.note),
                    ]
                    .map(cell).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
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
