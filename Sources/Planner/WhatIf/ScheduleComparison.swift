/// Two multi-year plans' build schedules side by side, year by year: what `diff`
/// shows below its table. Years are matched by label (A's order, then years only
/// B plans); a plan without a horizon has no years, so the other's all appear new.
public struct ScheduleComparison: Sendable, Equatable {
    /// One year label in A, B or both.
    public struct Year: Sendable, Equatable {
        /// The year's label ("2027", "year 2").
        public var label: String
        /// A's figures for the year; nil when A does not plan it.
        public var before: PlanSummary.Horizon.Year?
        /// B's figures for the year; nil when B does not plan it.
        public var after: PlanSummary.Horizon.Year?
        /// Purchases added, removed or changed in quantity, in A's order then B's new ones.
        public var purchases: [PurchaseChange]
    }

    /// One item bought in a different quantity in A and in B (0 where it is not bought).
    public struct PurchaseChange: Sendable, Equatable {
        /// The item as A buys it, else as B does (its site, kind, item, cooling and unit).
        public var item: PlanSummary.Horizon.Purchase
        /// Quantity A buys that year (0 when it does not).
        public var quantityBefore: Double
        /// Quantity B buys that year (0 when it does not).
        public var quantityAfter: Double

        /// Bought in B only.
        public var isAdded: Bool { quantityBefore == 0 }
        /// Bought in A only.
        public var isRemoved: Bool { quantityAfter == 0 }
    }

    /// Every year either plan has, in A's order then B's new labels.
    public var years: [Year]

    /// Labels of the years whose purchases differ, in order.
    public var changedYears: [String] { years.filter { !$0.purchases.isEmpty }.map(\.label) }

    /// `a` is the reference, `b` the proposed plan.
    public init(_ a: PlanSummary, _ b: PlanSummary) {
        let before = a.hasPlan ? a.horizon?.byYear ?? [] : []
        let after = b.hasPlan ? b.horizon?.byYear ?? [] : []
        var labels = before.map(\.label)
        for year in after where !labels.contains(year.label) { labels.append(year.label) }
        years = labels.map { label in
            let x = before.first { $0.label == label }
            let y = after.first { $0.label == label }
            return Year(
                label: label, before: x, after: y,
                purchases: Self.changes(x?.purchases ?? [], y?.purchases ?? []))
        }
    }

    /// Items bought in A or B whose quantities differ by more than `threshold`.
    static func changes(_ a: [PlanSummary.Horizon.Purchase], _ b: [PlanSummary.Horizon.Purchase])
        -> [PurchaseChange]
    {
        var items = a
        for purchase in b where !items.contains(where: { $0.isSameItem(as: purchase) }) { items.append(purchase) }
        return items.compactMap { item in
            func quantity(_ list: [PlanSummary.Horizon.Purchase]) -> Double {
                list.filter { $0.isSameItem(as: item) }.reduce(0) { $0 + $1.quantity }
            }
            let (x, y) = (quantity(a), quantity(b))
            guard abs(y - x) >= threshold(item.unit) else { return nil }
            return PurchaseChange(item: item, quantityBefore: x, quantityAfter: y)
        }
    }

    /// Half a node, unit or site; 0.05 MW or MWh, what the reports' one decimal shows.
    static func threshold(_ unit: String) -> Double { unit == "MW" || unit == "MWh" ? 0.05 : 0.5 }
}
