/// The plan.md section on representative days and the full-year check.
extension PlanMarkdown {
    /// Which days stood for the year and, when checked, how far they were off; nil without aggregation.
    static func representativeDays(_ plan: Plan) -> String? {
        guard let days = plan.representativeDays else { return nil }
        let extremes = days.extremes.map { "`\($0.period)`" }
        let listed = days.representatives.map { day in
            "`\(day.period)` " + (day.kind == .extreme ? "(extreme)" : "×\(day.periodsRepresented)")
        }
        var text =
            "Planned on \(Markdown.count(days.representatives.count, "representative day")) of "
            + "\(Markdown.number(Double(days.periodsBefore))), the same for every profiled site, chosen by k-medoids over "
            + "each site's hourly solar, wind, grid carbon and grid price; medoid days are rescaled so each site's "
            + "annual solar and wind energy and mean carbon and price match the full year."
        if !extremes.isEmpty {
            text +=
                " Kept on their own as extremes (each site's least renewable day): " + extremes.joined(separator: ", ")
                + "."
        }
        text += "\n\nDays and how many days each stands for: " + listed.joined(separator: ", ") + "."
        if let check = plan.fullYearCheck { text += "\n\n### Full-year check\n\n" + fullYearCheck(plan, check) }
        return text
    }

    /// What `--calibrate-limits` changed on the days, or that it had nothing to do.
    private static func calibration(_ c: FullYearCheck.Calibration) -> String {
        var limits: [String] = []
        if let floor = c.minCFEFraction { limits.append("min_cfe_fraction \(Markdown.number(floor, decimals: 4))") }
        if let cap = c.maxCarbonT { limits.append("max_carbon_t \(Markdown.number(cap, decimals: 1))") }
        let rounds = Markdown.count(c.rounds, "round")
        guard c.rounds > 1 else {
            return "Limits calibrated: none needed (\(rounds) of plan and check)."
        }
        return "Limits calibrated in \(rounds) of plan and check: on the representative days the plan was solved with "
            + limits.joined(separator: " and ") + ", so that the build meets policy.csv's limits over the full year "
            + "(up to \(LimitCalibration.maximumRounds) rounds)."
    }

    private static func fullYearCheck(_ plan: Plan, _ check: FullYearCheck) -> String {
        let hours = Markdown.number(Double(check.stepsPerSite))
        guard let year = check.fullYear else {
            switch check.outcome {
            case .cannotServeLoad:
                return
                    "**The build cannot power its load in some of the \(hours) hours of the full year**: in those hours "
                    + "grid connection, on-site renewables and batteries together fall short. Plan on more representative "
                    + "days, or keep the hard hours by adding days."
            case .solverFailed(let status):
                return "The full-year dispatch was not solved: \(FullYearText.failure(status))."
            default:
                return "The full-year dispatch gave no figures."
            }
        }
        func row(_ name: String, _ planned: Double, _ actual: Double, decimals: Int = 0) -> [String] {
            let error =
                FullYearCheck.relativeError(planned, actual).map { Markdown.signedPercent($0, decimals: 2) } ?? "–"
            return [
                name, Markdown.number(planned, decimals: decimals), Markdown.number(actual, decimals: decimals), error,
            ]
        }
        let rows = [
            row("total cost USD/yr", plan.objectiveUSDPerYr, year.objectiveUSDPerYr),
            row("grid energy USD/yr", plan.cost(.gridEnergy), year.cost(.gridEnergy)),
            row("PPA settlement USD/yr", plan.cost(.ppaSettlement), year.cost(.ppaSettlement)),
            row("carbon cost USD/yr", plan.cost(.carbon), year.cost(.carbon)),
            row(
                "grid MWh not matched", plan.energy.gridMWh - plan.energy.ppaMatchedMWh,
                year.energy.gridMWh - year.energy.ppaMatchedMWh),
            row("on-site MWh", plan.energy.onsiteMWh, year.energy.onsiteMWh),
            row("operational tCO2e/yr", plan.carbon.operationalT, year.carbon.operationalT, decimals: 1),
            row("total tCO2e/yr", plan.carbon.totalT, year.carbon.totalT, decimals: 1),
            [
                "carbon-free share", Markdown.percent(plan.cfeFraction, decimals: 2),
                Markdown.percent(year.cfeFraction, decimals: 2),
                Markdown.signedNumber((plan.cfeFraction - year.cfeFraction) * 100, decimals: 2) + " pp",
            ],
        ]
        let table = Markdown.table(
            ["", "representative days", "full year (\(hours) h)", "days off by"], rows, alignRight: [1, 2, 3])
        var verdict: String
        switch check.outcome {
        case .missesLimits(let limits) where !limits.isEmpty:
            verdict =
                "**Over the full year this build misses the policy**: "
                + limits.map(FullYearText.sentence).joined(separator: "; ")
                + ". The representative days overstate it; tighten the limit or plan on more days."
        default:
            verdict = "Over the full year this build serves every hour and meets every policy limit."
        }
        return
            "The build above (nodes, storage, renewables, batteries, contracts and run homes fixed) dispatched hour by "
            + "hour over all \(hours) hours of each site's profile, at least cost.\n\n" + table + "\n\n" + verdict
            + (check.calibration.map { "\n\n" + calibration($0) } ?? "")
    }
}
