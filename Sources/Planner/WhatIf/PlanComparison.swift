/// Base against another plan, figure by figure: what whatif.md, `diff` and
/// pareto.md tabulate. Rows appear in a fixed order; a cost term that is zero
/// in every compared plan is left out. When any compared plan is multi-year,
/// costs are present values (USD) and carbon is over the horizon (tCO2e).
public struct PlanComparison: Sendable {
    /// How a figure is shown and compared.
    public enum Kind: Sendable, Equatable {
        case usdPerYr, tonnesPerYr, fraction, count
        /// A sum of money, not per year (a horizon's present value or upfront spend).
        case usd
        /// Tonnes over a horizon, not per year.
        case tonnes
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
    /// Whether any compared plan is multi-year, so money is present USD and carbon is over the horizon.
    public var isHorizon: Bool

    /// The figures of `plans`, the first being the reference.
    public init(_ plans: [PlanSummary]) {
        isHorizon = plans.contains { $0.horizon != nil }
        var rows = isHorizon ? Self.horizonRows(plans) : Self.yearRows(plans)
        let servers = Set(plans.flatMap { $0.nodesByServer.map(\.name) }).sorted()
        for server in servers {
            rows.append(
                Self.row(plans, "nodes: \(server)", .count) { plan in
                    plan.nodesByServer.first { $0.name == server }?.value ?? 0
                })
        }
        self.rows = rows
        self.openSites = plans.map { $0.hasPlan ? $0.openSites : nil }
    }

    /// One figure of every plan; nil for a plan without one.
    static func row(_ plans: [PlanSummary], _ label: String, _ kind: Kind, _ value: (PlanSummary) -> Double) -> Row {
        Row(label: label, kind: kind, values: plans.map { $0.hasPlan ? value($0) : nil })
    }

    /// Cost terms of any plan, in the order they first appear, leaving out those zero everywhere.
    static func costTerms(_ plans: [PlanSummary]) -> [String] {
        var terms: [String] = []
        for plan in plans {
            for figure in plan.costsUSDPerYr where !terms.contains(figure.name) { terms.append(figure.name) }
        }
        return terms.filter { term in plans.contains { $0.cost(term) != 0 } }
    }

    /// One-year plans: objective and cost terms (USD/yr), carbon (tCO2e/yr), the full year when checked.
    private static func yearRows(_ plans: [PlanSummary]) -> [Row] {
        var rows = [row(plans, "objective (USD/yr)", .usdPerYr) { $0.objectiveUSDPerYr ?? 0 }]
        for term in costTerms(plans) {
            rows.append(
                row(plans, "cost: \(term.replacingOccurrences(of: "_", with: " "))", .usdPerYr) { $0.cost(term) })
        }
        rows.append(row(plans, "carbon, operational (t/yr)", .tonnesPerYr) { $0.operationalCarbonT })
        rows.append(row(plans, "carbon, embodied (t/yr)", .tonnesPerYr) { $0.embodiedCarbonT })
        rows.append(row(plans, "carbon, total (t/yr)", .tonnesPerYr) { $0.totalCarbonT })
        rows.append(row(plans, "carbon-free share", .fraction) { $0.cfeFraction })
        if plans.contains(where: { $0.fullYear != nil }) {
            func fullYear(_ label: String, _ kind: Kind, _ value: (PlanSummary.FullYear) -> Double) -> Row {
                Row(label: "full year: " + label, kind: kind, values: plans.map { $0.fullYear.map(value) })
            }
            rows.append(fullYear("objective (USD/yr)", .usdPerYr) { $0.objectiveUSDPerYr })
            rows.append(fullYear("carbon, total (t/yr)", .tonnesPerYr) { $0.totalCarbonT })
            rows.append(fullYear("carbon-free share", .fraction) { $0.cfeFraction })
        }
        return rows
    }
}
