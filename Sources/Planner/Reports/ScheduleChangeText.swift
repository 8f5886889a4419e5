/// Changes in a multi-year build schedule, in plain words: "year 2: 8 → 16 nodes
/// of g1 (air1) at A"; used by `diff` and whatif.md.
enum ScheduleChangeText {
    /// "purchases change in year 1 and year 2"; nil when every year buys the same.
    static func headline(_ schedule: ScheduleComparison) -> String? {
        let labels = schedule.changedYears
        guard let last = labels.last else { return nil }
        let list = labels.count == 1 ? last : labels.dropLast().joined(separator: ", ") + " and " + last
        return "purchases change in " + list
    }

    /// A year's purchase changes joined, or "same purchases".
    static func purchases(_ year: ScheduleComparison.Year) -> String {
        year.purchases.isEmpty ? "same purchases" : year.purchases.map(clause).joined(separator: "; ")
    }

    /// "buys 8 nodes of g1 (air1) at A", "no longer buys …", "8 → 16 nodes of g1 (air1) at A",
    /// "opens A", "no longer opens A".
    static func clause(_ change: ScheduleComparison.PurchaseChange) -> String {
        let item = change.item
        if item.kind == "site" { return (change.isRemoved ? "no longer opens " : "opens ") + item.site }
        let what = "of \(name(item)) at \(item.site)"
        if change.isAdded { return "buys \(amount(change.quantityAfter, item.unit)) \(what)" }
        if change.isRemoved { return "no longer buys \(amount(change.quantityBefore, item.unit)) \(what)" }
        return "\(number(change.quantityBefore, item.unit)) → \(amount(change.quantityAfter, item.unit)) \(what)"
    }

    /// "g1 (air1)", "storage s1", "battery li-ion", or an offer's id.
    private static func name(_ item: PlanSummary.Horizon.Purchase) -> String {
        switch item.kind {
        case "server": return item.cooling.map { "\(item.item) (\($0))" } ?? item.item
        case "storage", "battery": return "\(item.kind) \(item.item)"
        default: return item.item
        }
    }

    /// "8 nodes", "1 unit", "40.0 MW".
    private static func amount(_ quantity: Double, _ unit: String) -> String {
        guard unit == "node" || unit == "unit" else { return "\(number(quantity, unit)) \(unit)" }
        return Markdown.count(Int(quantity.rounded()), unit)
    }

    /// The quantity alone: whole nodes and units, MW and MWh to one decimal.
    private static func number(_ quantity: Double, _ unit: String) -> String {
        Markdown.number(quantity, decimals: unit == "MW" || unit == "MWh" ? 1 : 0)
    }
}
