import Foundation

/// CI gates: limits a plan must meet, absolute or against a baseline plan.
/// A broken gate fails the run (exit 5) after the reports are written.
public struct Gates: Sendable {
    /// An allowed increase over the baseline: a fraction of it (`5%`) or an amount in the figure's unit.
    public enum Allowance: Sendable, Equatable {
        case fraction(Double)
        case amount(Double)

        /// `"5%"` → 5 % of the baseline; `"250000"` → that amount. nil when it is neither.
        public init?(_ text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("%") {
                guard let percent = Double(trimmed.dropLast().trimmingCharacters(in: .whitespaces)),
                    percent.isFinite, percent >= 0
                else { return nil }
                self = .fraction(percent / 100)
            } else {
                guard let amount = Double(trimmed), amount.isFinite, amount >= 0 else { return nil }
                self = .amount(amount)
            }
        }

        /// The largest allowed value given the baseline's.
        func limit(over baseline: Double) -> Double {
            switch self {
            case .fraction(let f): return baseline + f * abs(baseline)
            case .amount(let a): return baseline + a
            }
        }

        var text: String {
            switch self {
            case .fraction(let f):
                return Markdown.number(f * 100, decimals: f * 100 == (f * 100).rounded() ? 0 : 2) + " %"
            case .amount(let a): return Markdown.number(a, decimals: a == a.rounded() ? 0 : 2)
            }
        }
    }

    /// `--max-cost`: the largest allowed annual cost (USD/yr); for a multi-year plan, net present cost (USD).
    public var maxCostUSDPerYr: Double?
    /// `--max-carbon`: the largest allowed total carbon (tCO2e/yr); for a multi-year plan, over the horizon (tCO2e).
    public var maxCarbonT: Double?
    /// `--min-cfe`: the smallest allowed carbon-free share (fraction of 1).
    public var minCFEFraction: Double?
    /// The plan the relative gates compare with (e.g. main's plan.json).
    public var baseline: PlanSummary?
    /// `--max-cost-increase`: how far the annual cost may rise over the baseline's (USD/yr or a fraction).
    public var maxCostIncrease: Allowance?
    /// `--max-carbon-increase`: how far total carbon may rise over the baseline's (tCO2e/yr or a fraction).
    public var maxCarbonIncrease: Allowance?

    /// No gates: every plan passes.
    public init() {}

    /// Whether any relative gate is set (they need a baseline).
    public var hasRelativeGates: Bool { maxCostIncrease != nil || maxCarbonIncrease != nil }

    /// Each broken gate as a sentence saying which and by how much; empty when all hold.
    /// A plan checked over the full year is judged by its full-year figures.
    public func broken(_ plan: PlanSummary) -> [String] {
        guard let cost = plan.gatedCostUSDPerYr else { return [] }
        let carbon = plan.gatedCarbonT
        let cfe = plan.gatedCFEFraction
        var broken: [String] = []
        // A horizon is judged by its net present cost and its carbon over all its years.
        let (costName, usdUnit, tUnit) =
            plan.horizon == nil ? ("cost", "USD/yr", "tCO2e/yr") : ("net present cost", "USD", "tCO2e over the horizon")
        if let maxCostUSDPerYr, cost > maxCostUSDPerYr {
            broken.append(
                "\(costName) \(usd(cost)) \(usdUnit) exceeds --max-cost \(usd(maxCostUSDPerYr)) by \(usd(cost - maxCostUSDPerYr)) \(usdUnit)"
            )
        }
        if let maxCarbonT, carbon > maxCarbonT {
            broken.append(
                "carbon \(tonnes(carbon)) \(tUnit) exceeds --max-carbon \(tonnes(maxCarbonT)) by \(tonnes(carbon - maxCarbonT)) t"
            )
        }
        if let minCFEFraction, cfe < minCFEFraction {
            broken.append(
                "carbon-free share \(Markdown.percent(cfe, decimals: 2)) is below --min-cfe "
                    + "\(Markdown.percent(minCFEFraction, decimals: 2)) by \(Markdown.number((minCFEFraction - cfe) * 100, decimals: 2)) points"
            )
        }
        if let baseline, let baseCost = baseline.gatedCostUSDPerYr {
            if let allowance = maxCostIncrease, cost > allowance.limit(over: baseCost) {
                broken.append(
                    "\(costName) \(usd(cost)) \(usdUnit) is \(increase(cost, over: baseCost, usd)) over the baseline's \(usd(baseCost)); "
                        + "--max-cost-increase allows \(allowance.text) (limit \(usd(allowance.limit(over: baseCost))))"
                )
            }
            if let allowance = maxCarbonIncrease, carbon > allowance.limit(over: baseline.gatedCarbonT) {
                let base = baseline.gatedCarbonT
                broken.append(
                    "carbon \(tonnes(carbon)) \(tUnit) is \(increase(carbon, over: base, tonnes)) over the baseline's \(tonnes(base)); "
                        + "--max-carbon-increase allows \(allowance.text) (limit \(tonnes(allowance.limit(over: base))))"
                )
            }
        }
        // Say which figures were judged when they are not the plan's own.
        return plan.fullYear == nil ? broken : broken.map { $0 + " (over the full year)" }
    }

    private func usd(_ value: Double) -> String { Markdown.number(value) }
    private func tonnes(_ value: Double) -> String { Markdown.number(value, decimals: 1) }

    private func increase(_ value: Double, over base: Double, _ format: (Double) -> String) -> String {
        let percent = base != 0 ? " (" + Markdown.percent((value - base) / abs(base), decimals: 2) + ")" : ""
        return format(value - base) + percent
    }
}
