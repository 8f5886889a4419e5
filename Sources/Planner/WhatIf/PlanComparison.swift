/// Base against another plan, figure by figure: what whatif.md, `diff` and
/// pareto.md tabulate. Rows appear in a fixed order; a cost term that is zero
/// in every compared plan is left out.
public struct PlanComparison: Sendable {
    /// How a figure is shown and compared.
    public enum Kind: Sendable, Equatable {
        case usdPerYr, tonnesPerYr, fraction, count
    }

    /// One figure across the compared plans (nil where a plan has none).
    public struct Row: Sendable, Equatable {
        /// What the figure is, with its unit (e.g. `objective (USD/yr)`).
        public var label: String
        /// How the figure is shown: USD/yr, tCO2e/yr, a fraction of 1 or a count.
        public var kind: Kind
        /// The figure of each compared plan, in the order given; nil where there is no plan.
        public var values: [Double?]
    }

    /// Every compared figure, in the fixed report order.
    public var rows: [Row]
    /// Open sites of each plan (nil where there is no plan).
    public var openSites: [[String]?]

    /// The figures of `plans`, the first being the reference.
    public init(_ plans: [PlanSummary]) {
        func row(_ label: String, _ kind: Kind, _ value: (PlanSummary) -> Double) -> Row {
            Row(label: label, kind: kind, values: plans.map { $0.hasPlan ? value($0) : nil })
        }
        var rows = [row("objective (USD/yr)", .usdPerYr) { $0.objectiveUSDPerYr ?? 0 }]
        var terms: [String] = []
        for plan in plans {
            for figure in plan.costsUSDPerYr where !terms.contains(figure.name) { terms.append(figure.name) }
        }
        for term in terms where plans.contains(where: { $0.cost(term) != 0 }) {
            rows.append(row("cost: \(term.replacingOccurrences(of: "_", with: " "))", .usdPerYr) { $0.cost(term) })
        }
        rows.append(row("carbon, operational (t/yr)", .tonnesPerYr) { $0.operationalCarbonT })
        rows.append(row("carbon, embodied (t/yr)", .tonnesPerYr) { $0.embodiedCarbonT })
        rows.append(row("carbon, total (t/yr)", .tonnesPerYr) { $0.totalCarbonT })
        rows.append(row("carbon-free share", .fraction) { $0.cfeFraction })
        if plans.contains(where: { $0.fullYear != nil }) {
            func fullYear(_ label: String, _ kind: Kind, _ value: (PlanSummary.FullYear) -> Double) -> Row {
                Row(label: "full year: " + label, kind: kind, values: plans.map { $0.fullYear.map(value) })
            }
            rows.append(fullYear("objective (USD/yr)", .usdPerYr) { $0.objectiveUSDPerYr })
            rows.append(fullYear("carbon, total (t/yr)", .tonnesPerYr) { $0.totalCarbonT })
            rows.append(fullYear("carbon-free share", .fraction) { $0.cfeFraction })
        }
        let servers = Set(plans.flatMap { $0.nodesByServer.map(\.name) }).sorted()
        for server in servers {
            rows.append(
                row("nodes: \(server)", .count) { plan in
                    plan.nodesByServer.first { $0.name == server }?.value ?? 0
                })
        }
        self.rows = rows
        self.openSites = plans.map { $0.hasPlan ? $0.openSites : nil }
    }
}
