/// plan.md's build schedule of a multi-year plan: per year, what to buy where and
/// that year's upfront spend.
extension PlanMarkdown {
    /// One heading per year (its label and upfront spend), one line per purchase.
    static func buildSchedule(_ horizon: HorizonPlan) -> String {
        let years = horizon.years.map { year -> String in
            let heading = "### \(year.label): \(Markdown.number(year.upfrontUSD)) USD upfront"
            guard !year.purchases.isEmpty else { return heading + "\n\nNothing to buy." }
            let lines = year.purchases.map { "- " + line($0, in: year) }
            return heading + "\n\n" + lines.joined(separator: "\n")
        }
        return "What to buy or contract each year, at that year's prices (upfront USD, not annualised). Nodes come "
            + "with their cooling and electrical capacity; a PPA runs from the year it is contracted to the end of "
            + "the horizon and costs nothing upfront; every item serves for its lifetime from the year it is "
            + "bought. The same purchases, one line each: [`bom.csv`](bom.csv) (its `year` column numbers the "
            + "years 1 to \(horizon.years.count)).\n\n" + years.joined(separator: "\n\n")
    }

    /// "**A**: 8 nodes of `g1` with `air1` cooling (8 accelerators): 800,000 USD".
    private static func line(_ p: HorizonPurchase, in year: HorizonPlan.Year) -> String {
        let usd = "\(Markdown.number(p.upfrontUSD)) USD"
        let what: String
        switch p.kind {
        case .site:
            what = p.upfrontUSD > 0 ? "open the site: \(usd)" : "open the site (no fixed capex)"
        case .server:
            let cooling = p.cooling ?? ""
            let perNode =
                year.plan.sites.first { $0.id == p.site }?.acceleratorsPerNode(server: p.item, cooling: cooling) ?? 0
            let count = Int(p.quantity.rounded())
            what =
                "\(Markdown.count(count, "node")) of `\(p.item)` with `\(cooling)` cooling "
                + "(\(Markdown.count(count * perNode, "accelerator"))): \(usd)" + split(p, "servers")
        case .storage:
            what =
                "\(Markdown.count(Int(p.quantity.rounded()), "unit")) of storage `\(p.item)`: \(usd)"
                + split(p, "storage")
        case .battery:
            what =
                "battery `\(p.item)`, \(Markdown.number(p.quantity, decimals: 1)) MWh and "
                + "\(Markdown.number(p.mw ?? 0, decimals: 1)) MW: \(usd)"
        case .renewable:
            let mw = "\(Markdown.number(p.quantity, decimals: 1)) MW"
            if year.renewableLine(p)?.kind.hasPrefix("ppa_") ?? (p.upfrontUSD == 0) {
                what = "contract the PPA `\(p.item)` for \(mw) to the end of the horizon (no upfront spend)"
            } else {
                what = "build the on-site plant `\(p.item)`, \(mw): \(usd)"
            }
        }
        return "**\(p.site)**: " + what
    }

    /// " (servers 640,000 USD, cooling and electrical 160,000 USD)" when the item came with any.
    private static func split(_ p: HorizonPurchase, _ item: String) -> String {
        guard p.coolingElectricalUSD > 0.5 else { return "" }
        let own = Markdown.number(p.upfrontUSD - p.coolingElectricalUSD)
        let facility = p.kind == .server ? "cooling and electrical" : "electrical"
        return " (\(item) \(own) USD, \(facility) \(Markdown.number(p.coolingElectricalUSD)) USD)"
    }
}
