/// whatif.md: the base plan against every scenario in one table, then one
/// plain-language line per scenario on what changed in the build.
public enum WhatIfMarkdown {
    /// `scenarios` in scenarios.csv order; each summary's `scenario` names its column.
    public static func render(base: PlanSummary, scenarios: [PlanSummary]) -> String {
        let plans = [base] + scenarios
        let comparison = PlanComparison(plans)
        let names = scenarios.map { $0.scenario ?? "?" }
        let header = ["figure", "base"] + names.map { "`\($0)`" }
        var rows: [[String]] = comparison.rows.map { row in
            [row.label]
                + plans.indices.map { i in
                    i == 0
                        ? cellOfBase(row.values[0], row.kind, status: base.status.rawValue)
                        : DeltaFormat.cell(
                            base: row.values[0], other: row.values[i], row.kind, status: plans[i].status.rawValue)
                }
        }
        rows.append(
            ["sites opened"]
                + plans.indices.map { i in
                    DeltaFormat.sites(
                        base: i == 0 ? nil : comparison.openSites[0], other: comparison.openSites[i],
                        status: plans[i].status.rawValue)
                })
        rows.append(["status"] + plans.map { $0.status.rawValue.replacingOccurrences(of: "_", with: " ") })

        var out = "# What-if analysis\n\n"
        out +=
            "The base plan and \(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s") of \(sources(base)). "
        out +=
            "Each scenario cell shows its value and, in brackets, the change from the base (absolute, then relative). "
        out += units(base, comparison) + "\n\n"
        out += Markdown.table(header, rows, alignRight: Set(1..<header.count)) + "\n\n"
        out += "## What changes in the build\n\n"
        for (name, plan) in zip(names, scenarios) {
            out += "- **\(name)**: " + summaryLine(base: base, plan) + "\n"
        }
        let failures = plans.filter { !$0.hasPlan && !$0.reasons.isEmpty }
        if !failures.isEmpty {
            out += "\n## Without a plan\n\n"
            for plan in failures {
                out +=
                    "- **\(plan.scenario ?? "base")** (\(plan.status.rawValue.replacingOccurrences(of: "_", with: " "))): "
                    + plan.reasons.joined(separator: "; ") + "\n"
            }
        }
        return out
    }

    /// Cost and carbon change, then the build changes: the line a reader scans. Against a
    /// multi-year base: net present cost, carbon over the horizon, and which years' purchases change.
    static func summaryLine(base: PlanSummary, _ plan: PlanSummary) -> String {
        guard base.hasPlan, plan.hasPlan, let before = base.headlineCostUSD, let after = plan.headlineCostUSD else {
            // Two plans that do not exist have no build to compare: never "same build".
            if !base.hasPlan && !plan.hasPlan {
                return "has no plan (\(words(plan.status))), nor has the base (\(words(base.status)))"
            }
            return BuildChanges.sentence(from: base, to: plan)
        }
        guard base.horizon != nil || plan.horizon != nil else {
            let cost =
                (DeltaFormat.change(from: before, to: after, .usdPerYr).map { "cost \($0)/yr" } ?? "cost unchanged")
                + DeltaFormat.toleranceNote(base, plan)
            let carbon =
                DeltaFormat.change(from: base.totalCarbonT, to: plan.totalCarbonT, .tonnesPerYr).map {
                    "carbon \($0)/yr"
                } ?? "carbon unchanged"
            return "\(cost), \(carbon); " + BuildChanges.sentence(from: base, to: plan)
        }
        let cost =
            (DeltaFormat.change(from: before, to: after, .usd).map { "net present cost \($0)" }
                ?? "net present cost unchanged") + DeltaFormat.toleranceNote(base, plan)
        let carbon =
            DeltaFormat.change(from: base.headlineCarbonT, to: plan.headlineCarbonT, .tonnes).map {
                "carbon \($0) over the horizon"
            } ?? "carbon over the horizon unchanged"
        let schedule = ScheduleChangeText.headline(ScheduleComparison(base, plan)).map { "; " + $0 } ?? ""
        return "\(cost), \(carbon); " + BuildChanges.sentence(from: base, to: plan) + schedule
    }

    /// The units sentence: a year's annualised USD and tCO2e, or a horizon's present USD and total tCO2e.
    private static func units(_ base: PlanSummary, _ comparison: PlanComparison) -> String {
        guard comparison.isHorizon else { return "Costs are annualised USD per year; carbon in tCO2e per year." }
        let years = base.horizon.map { " of \(Markdown.count($0.years, "year"))" } ?? ""
        return "Costs are net present USD over the horizon\(years): the net present cost, then each cost term "
            + "discounted and summed over the years, and the upfront spend (not discounted); carbon in tCO2e "
            + "over the whole horizon."
    }

    private static func cellOfBase(_ value: Double?, _ kind: PlanComparison.Kind, status: String) -> String {
        value.map { DeltaFormat.value($0, kind) } ?? status.replacingOccurrences(of: "_", with: " ")
    }

    private static func words(_ status: SolveStatus) -> String {
        status.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    /// Where the scenarios come from, by the input files the base plan was read from:
    /// scenarios.csv, the scenarios/ folders, or both.
    private static func sources(_ base: PlanSummary) -> String {
        let names = base.inputDigests.map(\.name)
        let folders = names.contains { $0.hasPrefix(ScenarioFolders.folderName + "/") }
        switch (names.contains("scenarios.csv"), folders) {
        case (true, true): return "scenarios.csv and scenarios/"
        case (false, true): return "scenarios/"
        default: return "scenarios.csv"
        }
    }
}
