/// The words and figures of alternatives.md and the alternatives' plan files:
/// a decision's values, its ends (proven or a span), and its file names.
enum AlternativesText {
    /// What an end's plan is, for its plan.json's solver message.
    static func sentence(_ role: AlternativeRole) -> String {
        "a plan within \(SolveMessages.percent(role.slack)) of the cheapest plan's cost with the "
            + "\(role.isMost ? "most" : "least") \(role.decision), \(number(role.value, role.kind)) \(role.kind.unit); "
            + (role.isProven
                ? "GLPK proved no plan within that cost has \(role.isMost ? "more" : "less")"
                : "not proven: the search stopped before it could rule out \(role.isMost ? "more" : "less")")
    }

    /// A decision's value: accelerators without decimals, MW and MWh to two.
    static func number(_ value: Double, _ kind: AlternativeDecision.Kind) -> String {
        Markdown.number(value, decimals: kind.isWhole ? 0 : 2)
    }

    /// The least end as found: the value, a span "bound–value" when unproven, "≤ value" without a bound.
    static func least(_ range: DecisionRange) -> String {
        if range.leastIsProven { return number(range.least.value, range.decision.kind) }
        guard let bound = range.least.bound else { return "≤ " + number(range.least.value, range.decision.kind) }
        return number(bound, range.decision.kind) + "–" + number(range.least.value, range.decision.kind)
    }

    /// The most end as found: the value, a span "value–bound" when unproven, "≥ value" without a bound.
    static func most(_ range: DecisionRange) -> String {
        if range.mostIsProven { return number(range.most.value, range.decision.kind) }
        guard let bound = range.most.bound else { return "≥ " + number(range.most.value, range.decision.kind) }
        return number(range.most.value, range.decision.kind) + "–" + number(bound, range.decision.kind)
    }

    /// "yes", "unproven" or "no".
    static func firm(_ range: DecisionRange) -> String {
        switch range.firmness {
        case .firm: return "yes"
        case .unproven: return "unproven"
        case .flexible: return "no"
        }
    }

    /// File-name form of a decision: `accelerators:site=us-tx-abilene` → `accelerators-site-us-tx-abilene`.
    static func slug(_ decision: AlternativeDecision) -> String {
        String(
            decision.name.map { character -> Character in
                character.isASCII && (character.isLetter || character.isNumber || character == "." || character == "_")
                    ? character : "-"
            })
    }

    /// Each range's file stem, `alternatives-<slug>`, made unique in order (a `-2` where two slugs meet).
    static func stems(_ ranges: [DecisionRange]) -> [String] {
        var used: Set<String> = []
        return ranges.map { range in
            let base = "alternatives-" + slug(range.decision)
            var stem = base
            var n = 2
            while used.contains(stem) || stem == "alternatives-cheapest" {
                stem = base + "-\(n)"
                n += 1
            }
            used.insert(stem)
            return stem
        }
    }
}
