/// alternatives.md: for each decision the least and the most it can be among
/// plans within the slack of the cheapest plan's cost, which decisions are
/// firm, and how sure each figure is.
public enum AlternativesMarkdown {
    /// The chart written beside alternatives.md.
    static let chartFileName = "alternatives.svg"

    /// Every file of the command: alternatives.md, alternatives.json, the chart,
    /// the cheapest plan's plan.json and one plan.json per searched end.
    public static func files(_ alternatives: NearOptimalAlternatives) -> [(name: String, contents: String)] {
        let stems = AlternativesText.stems(alternatives.ranges)
        var files = [
            ("alternatives.md", render(alternatives, stems: stems)),
            ("alternatives.json", AlternativesJSON.render(alternatives, stems: stems)),
        ]
        if !alternatives.ranges.isEmpty {
            let chart = RangeChart(
                title: "Near-optimal ranges",
                subtitle: "within \(Markdown.percent(alternatives.slack)) of the cheapest plan's cost; "
                    + "each row on its own scale from 0",
                ranges: alternatives.ranges)
            files.append((chartFileName, chart.svg()))
        }
        return files + AlternativesJSON.planFiles(alternatives, stems: stems)
    }

    /// alternatives.md's text.
    static func render(_ alternatives: NearOptimalAlternatives, stems: [String]) -> String {
        let cheapest = alternatives.cheapest
        let ranges = alternatives.ranges
        let firm = ranges.filter { $0.firmness == .firm }.count
        var out = "# Near-optimal alternatives\n\n"
        out +=
            "Plans that cost at most **\(Markdown.percent(alternatives.slack))** more than the cheapest plan found "
            + "(\(Markdown.money(cheapest.objectiveUSDPerYr))/yr, so up to "
            + "\(Markdown.money(alternatives.costLimitUSDPerYr))/yr), and how far each decision can move among them: "
            + "**\(firm) of \(Markdown.count(ranges.count, "decision"))** "
            + (firm == 1 ? "is" : "are") + " firm, the same in every such plan.\n\n"
        out += reference(cheapest) + "\n\n"
        guard !ranges.isEmpty else { return out + "No decision to range: the catalogs offer nothing to buy.\n" }
        out +=
            Markdown.chart(chartFileName, "Each decision's range within the slack, the cheapest plan marked") + "\n\n"
        let rows = zip(ranges, stems).map { range, stem -> [String] in
            let files =
                range.isEmpty ? "–" : "[least](\(stem)-least.json), [most](\(stem)-most.json)"
            return [
                "`\(range.decision.name)`", range.decision.kind.unit, AlternativesText.least(range),
                AlternativesText.number(range.cheapestValue, range.decision.kind), AlternativesText.most(range),
                AlternativesText.firm(range), extraCost(range.least, over: cheapest),
                extraCost(range.most, over: cheapest), files,
            ]
        }
        out +=
            Markdown.table(
                [
                    "decision", "unit", "least", "cheapest plan", "most", "firm", "cost at least", "cost at most",
                    "plans",
                ], rows, alignRight: [2, 3, 4, 6, 7]) + "\n\n"
        out += notes(alternatives)
        return out
    }

    /// How sure the cheapest plan is: the slack is measured from it, not from the true optimum.
    private static func reference(_ cheapest: Plan) -> String {
        if cheapest.status == .optimal && (cheapest.mipGap ?? 0) <= 1e-9 {
            return "GLPK proved the cheapest plan optimal, so the slack is measured from the optimum."
        }
        guard let bound = cheapest.bestBoundUSDPerYr, let gap = cheapest.mipGap else {
            return "The slack is measured from the plan found, not from the true optimum, and GLPK proved no bound "
                + "below it (status \(cheapest.status.rawValue)): a plan in these ranges may cost more above the "
                + "optimum than the slack says."
        }
        return "The slack is measured from the plan found, not from the true optimum: GLPK proved that no plan costs "
            + "less than \(Markdown.money(bound))/yr, "
            + "\(SolveMessages.percent(gap)) below it (status \(cheapest.status.rawValue)), so a plan in "
            + "these ranges may cost up to that much more above the optimum than the slack says."
    }

    /// An end's plan's cost over the cheapest plan's, "+1.2 %"; a dash when it is the cheapest plan's own.
    private static func extraCost(_ end: DecisionRange.End, over cheapest: Plan) -> String {
        let extra = end.plan.objectiveUSDPerYr - cheapest.objectiveUSDPerYr
        guard abs(extra) > 1e-9 * max(1, abs(cheapest.objectiveUSDPerYr)) else { return "–" }
        return Markdown.signedPercent(extra / abs(cheapest.objectiveUSDPerYr), decimals: 2)
    }

    private static func notes(_ alternatives: NearOptimalAlternatives) -> String {
        let solver = alternatives.cheapest.solver
        let searched = alternatives.ranges.filter { !$0.isEmpty }.count
        var out =
            "*least*, *most*: the least and the most the decision is in any plan within the slack; *cheapest plan*: "
            + "its value in the cheapest plan. *firm*: yes when both ends are proven and agree (within half an "
            + "accelerator, or a kW/kWh); *unproven* when the search found no other value but could not rule one out.\n\n"
        out +=
            "Each end is one search: the planning model with its cost held within the limit, the decision minimised "
            + "or maximised, started from the cheapest plan. GLPK stops within the MIP gap of "
            + "\(SolveMessages.percent(solver.mipGapTolerance)) or at its share of the time limit of "
            + "\(StatusText.seconds(solver.timeLimitSeconds)) (half of it for the cheapest plan, the rest split "
            + "equally among the \(Markdown.count(2 * searched, "search", "searches"))). An end it did not prove is "
            + "a span: *a–b* means a plan at the inner figure exists and none goes beyond the outer one; "
            + "\"≤ a\" or \"≥ a\" that the search stopped before it had a bound. The true range is at least as wide "
            + "as the plans found; a longer `--time-limit` narrows the spans.\n\n"
        out +=
            "*plans*: each end's plan as a plan.json, whole-number choices as the search found them and energy, "
            + "offers and batteries the cheapest way to run them; compare one with the cheapest plan by "
            + "`planctl diff \(AlternativesJSON.cheapestFile) FILE`. *cost at least/most*: that plan's cost over the "
            + "cheapest plan's.\n"
        let outside = alternatives.ranges.filter(\.isEmpty).map { "`\($0.decision.name)`" }
        if !outside.isEmpty {
            out +=
                "\nNothing that " + outside.joined(separator: ", ")
                + (outside.count == 1 ? " names" : " name")
                + " can be bought (no site within the risk limit, or no offer or battery there), so it is 0 in every plan.\n"
        }
        return out
    }
}
