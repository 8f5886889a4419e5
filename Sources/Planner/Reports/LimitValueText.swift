/// plan.md's sentences for limits re-solved a step each way (`plan --limit-values`).
enum LimitValueText {
    /// The paragraph and one line per active limit; empty when none was computed.
    static func section(_ plan: Plan) -> String {
        guard !plan.limitValues.isEmpty else { return "" }
        let step = Markdown.number(plan.limitValues[0].step * 100)
        return "Re-solved with each active limit moved \(step) % each way (whole-number choices re-optimised, "
            + "so a larger step can change the build):\n\n"
            + plan.limitValues.map { "- " + line($0) }.joined(separator: "\n")
    }

    /// "racks at us-tx-abilene (300): 10 % more −1.2 M USD/yr; 10 % fewer +3.4 M USD/yr".
    static func line(_ v: LimitValue) -> String {
        let what = [name(v.limit), v.subject.map { "at " + $0 }].compactMap { $0 }.joined(separator: " ")
        let step = Markdown.number(v.step * 100) + " %"
        let tightened = v.tightenedIsInfeasible ? "no plan" : change(v.tightenedDeltaUSDPerYr, v.toleranceUSDPerYr)
        return "\(what) (\(NumberText.plain(v.value))): \(step) \(v.limit == "cfe_floor" ? "lower" : "more") "
            + change(v.relaxedDeltaUSDPerYr, v.toleranceUSDPerYr) + "; \(step) "
            + "\(v.limit == "cfe_floor" ? "higher" : "less") " + tightened
    }

    private static func name(_ limit: String) -> String {
        switch limit {
        case "racks": return "racks"
        case "grid_mw": return "grid connection MW"
        case "water_m3": return "water permit m³/yr"
        case "supply_nodes": return "server supply (nodes)"
        case "carbon_cap_t": return "carbon cap tCO2e/yr"
        case "cfe_floor": return "carbon-free floor"
        default: return limit
        }
    }

    private static func change(_ delta: Double?, _ tolerance: Double) -> String {
        guard let delta else { return "no plan in time" }
        if abs(delta) < 0.5 { return "no change" }
        let text = (delta > 0 ? "+" : delta < 0 ? "−" : "") + Markdown.money(abs(delta)) + "/yr"
        return abs(delta) <= tolerance ? text + " (within the solver's tolerance)" : text
    }
}
