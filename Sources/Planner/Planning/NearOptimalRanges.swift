import Foundation

/// Modelling to generate alternatives (MGA, as in PyPSA and GenX): the least
/// and the most each decision can be among plans whose cost stays within a
/// slack of the cheapest plan found. A decision whose least and most agree is
/// firm: every plan within the slack makes that choice.
///
/// 1. The cheapest plan, planned as `plan` plans it, on up to `cheapestShare`
///    of the command's time: its cost C is the reference.
/// 2. One row more, cost ≤ C · (1 + slack); C is the plan found, not the true
///    optimum, which may lie up to the plan's gap lower.
/// 3. For each decision, the MIP minimising it and the one maximising it under
///    that row (`RangeSearch`), each starting from the cheapest plan (it
///    satisfies the row), `jobs` at once, each in an equal slot of the time the
///    cheapest plan left. An end the search did not prove comes with the bound
///    it did prove: the range is at least as wide as found, at most as wide as
///    the bounds.
public enum NearOptimalRanges {
    /// Share of the command's time the cheapest plan may take; what it does not use goes to the range searches.
    static let cheapestShare = 0.5

    /// What `run` produced: the ranges, or the cheapest plan's outcome when it has no plan.
    public struct Outcome: Sendable {
        /// The ranges around the cheapest plan; nil when there is none.
        public var alternatives: NearOptimalAlternatives?
        /// The cheapest plan's outcome (why there is no plan, when `alternatives` is nil).
        public var cheapest: PlanOutcome
    }

    /// `--slack` as a fraction: `2%` → 0.02, `0.02` → 0.02; from 0 to 100 %.
    public static func slack(parsing text: String) throws(AlternativesError) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let isPercent = trimmed.hasSuffix("%")
        let number = isPercent ? String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) : trimmed
        guard let value = Double(number), value.isFinite else { throw .badSlack(text) }
        let fraction = isPercent ? value / 100 : value
        guard fraction >= 0, fraction <= 1 else { throw .badSlack(text) }
        return fraction
    }

    /// The cheapest plan of `catalog` (a one-year catalog; `base`: the catalog a
    /// scenario edits, as `plan --scenario` starts from it) and each of
    /// `decisions`' range within `slack` of its cost; no decisions: the defaults
    /// that the model has columns for (`AlternativeDecision.defaults(for:)`).
    public static func run(
        _ catalog: Catalog, base: Catalog? = nil, slack: Double, decisions: [AlternativeDecision],
        options: PlanOptions
    ) -> Outcome {
        precondition(catalog.horizonYears == 1, "alternatives plans one year; the command refuses a horizon")
        let context = PlanningContext(options: options, policy: catalog.policy)
        let outcome = Planning.plan(catalog, base: base, context: context.within(share: cheapestShare))
        let model = PlanModel(catalog: catalog)
        guard let cheapest = outcome.plan, let start = outcome.solution,
            outcome.columnValues.count == model.program.columns.count
        else { return Outcome(alternatives: nil, cheapest: outcome) }
        let values = outcome.columnValues
        // The program's own objective at the plan, so the plan satisfies the row it sets.
        let costUSDPerYr = model.program.objectiveValue(values)
        let limitUSDPerYr = costUSDPerYr + slack * abs(costUSDPerYr) + BaseStart.tie(costUSDPerYr)
        // The defaults only where the model can buy something; a decision named by hand is always reported.
        let named = decisions.isEmpty ? AlternativeDecision.defaults(for: catalog) : decisions
        let expressions = named.map { ($0, $0.expression(in: model)) }.filter {
            !decisions.isEmpty || !$0.1.terms.isEmpty
        }
        let searches = expressions.filter { !$0.1.terms.isEmpty }.flatMap { decision, expression in
            [false, true].map {
                RangeSearch(
                    model: model, decision: decision, expression: expression, maximise: $0,
                    costLimitUSDPerYr: limitUSDPerYr)
            }
        }
        let slotSeconds = max(context.remainingSeconds, 0) * Double(context.jobs) / Double(max(searches.count, 1))
        let reader = EndReader(
            model: model, cheapest: cheapest, cheapestValues: values, start: start, slack: slack,
            rows: model.program.rows.count + 1)
        let found = ParallelMap.map(searches, jobs: context.jobs) { search in
            reader.end(search, context: context.within(seconds: slotSeconds))
        }
        var ends: [AlternativeDecision: (least: DecisionRange.End, most: DecisionRange.End)] = [:]
        for k in stride(from: 0, to: searches.count, by: 2) { ends[searches[k].decision] = (found[k], found[k + 1]) }
        let ranges = expressions.map { decision, expression in
            range(decision, cheapestValue: expression.value(values), ends: ends[decision], cheapest: cheapest)
        }
        return Outcome(
            alternatives: NearOptimalAlternatives(
                slack: slack, cheapest: cheapest, costLimitUSDPerYr: limitUSDPerYr, ranges: ranges),
            cheapest: outcome)
    }

    /// A decision's range from its two ends; no ends: nothing the decision names
    /// can be bought, so every plan has the cheapest plan's value (0).
    private static func range(
        _ decision: AlternativeDecision, cheapestValue: Double,
        ends: (least: DecisionRange.End, most: DecisionRange.End)?, cheapest: Plan
    ) -> DecisionRange {
        guard let (least, most) = ends else {
            let end = DecisionRange.End(value: cheapestValue, bound: cheapestValue, status: .optimal, plan: cheapest)
            return DecisionRange(decision: decision, cheapestValue: cheapestValue, least: end, most: end, isEmpty: true)
        }
        var range = DecisionRange(decision: decision, cheapestValue: cheapestValue, least: least, most: most)
        let proven = (least: range.leastIsProven, most: range.mostIsProven)
        range.least.plan.alternative?.isProven = proven.least
        range.most.plan.alternative?.isProven = proven.most
        return range
    }
}
