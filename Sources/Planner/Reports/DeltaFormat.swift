/// Values and signed changes of compared figures, as report cells.
enum DeltaFormat {
    /// A figure in its unit: "12.35 M USD", "1,234 t", "45.0 %", "120".
    static func value(_ value: Double, _ kind: PlanComparison.Kind) -> String {
        switch kind {
        case .usdPerYr, .usd: return Markdown.money(value)
        case .tonnesPerYr, .tonnes: return Markdown.number(value, decimals: abs(value) < 100 ? 1 : 0) + " t"
        case .fraction: return Markdown.percent(value)
        case .count: return Markdown.number(value)
        }
    }

    /// The absolute change with its sign ("+1.20 M USD", "−5.0 pp"), or nil when it rounds to nothing.
    static func change(from base: Double, to other: Double, _ kind: PlanComparison.Kind) -> String? {
        let delta = other - base
        let text: String
        switch kind {
        case .fraction: text = Markdown.number(delta * 100, decimals: 1) + " pp"
        default: text = value(delta, kind)
        }
        guard text.contains(where: { $0.isNumber && $0 != "0" }) else { return nil }
        return delta > 0 ? "+" + text : text
    }

    /// The relative change ("+10.8 %"), or nil for a zero base, a fraction (shown in pp) or no change.
    static func percentChange(from base: Double, to other: Double, _ kind: PlanComparison.Kind) -> String? {
        guard kind != .fraction, base != 0, change(from: base, to: other, kind) != nil else { return nil }
        let fraction = (other - base) / abs(base)
        let text = Markdown.percent(fraction)
        return fraction > 0 ? "+" + text : text
    }

    /// "value (+Δ, +%)" for one compared cell; "value" when nothing changed; the status when there is no plan.
    static func cell(base: Double?, other: Double?, _ kind: PlanComparison.Kind, status: String) -> String {
        guard let other else { return status.replacingOccurrences(of: "_", with: " ") }
        guard let base, let change = change(from: base, to: other, kind) else { return value(other, kind) }
        let percent = percentChange(from: base, to: other, kind).map { ", " + $0 } ?? ""
        return "\(value(other, kind)) (\(change)\(percent))"
    }

    /// Open sites, with what was opened (+) and closed (−) against the base.
    static func sites(base: [String]?, other: [String]?, status: String) -> String {
        guard let other else { return status.replacingOccurrences(of: "_", with: " ") }
        let list = other.isEmpty ? "none" : other.joined(separator: ", ")
        guard let base else { return list }
        let changes =
            other.filter { !base.contains($0) }.map { "+" + $0 } + base.filter { !other.contains($0) }.map { "−" + $0 }
        return changes.isEmpty ? list : "\(list) (\(changes.joined(separator: " ")))"
    }

    /// A cost change no larger than the plans' own gaps cannot be told from the
    /// search: each plan is only proven within its gap of its optimum, so the
    /// optima may differ the other way. The note says so, with the tolerance
    /// (in USD/yr, or in present USD when either plan is multi-year).
    /// A plan that stopped before proving any bound could be any distance
    /// from its optimum, so a change against it is marked as unbounded.
    static func toleranceNote(_ a: PlanSummary, _ b: PlanSummary) -> String {
        guard let before = a.headlineCostUSD, let after = b.headlineCostUSD else { return "" }
        guard let gapA = a.mipGap, let gapB = b.mipGap else {
            return " (no bound proven for \(a.mipGap == nil && b.mipGap == nil ? "either plan" : "one plan"): "
                + "the solver's share of this change is unknown)"
        }
        let tolerance = max(gapA * abs(before), gapB * abs(after))
        guard tolerance > 0, abs(after - before) <= tolerance else { return "" }
        let perYr = a.horizon == nil && b.horizon == nil ? "/yr" : ""
        return " (within the solver's tolerance of ±\(value(tolerance, .usd))\(perYr): the plans' gaps)"
    }
}
