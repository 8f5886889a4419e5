/// plan.md: the procurement report a planner, a CFO and a sustainability lead read,
/// with the charts of `PlanCharts` beside it.
public enum PlanMarkdown {
    /// The whole report, sections in the order a reader asks their questions.
    public static func render(_ plan: Plan) -> String {
        if let horizon = plan.horizon { return render(plan, horizon) }
        let scenario = plan.manifest.scenario.map { " — scenario `\($0)`" } ?? ""
        var sections = [
            "# Data-center plan\(scenario)", summary(plan),
            "## Cost", cost(plan),
            "## Bill of materials", billOfMaterials(plan),
            "## Workload placement", workloads(plan),
            "## Energy by source", energy(plan),
            "## Carbon", carbon(plan),
            "## Facilities", facilities(plan),
        ]
        if let running = whenNodesRun(plan) { sections += ["## When the nodes run", running] }
        sections += ["## Binding limits", limits(plan)]
        if let days = representativeDays(plan) { sections += ["## Representative days", days] }
        sections += ["## Solver", solver(plan)]
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// One paragraph: cost, carbon, carbon-free share, what is opened and bought, deadlines, status.
    static func summary(_ plan: Plan) -> String {
        let open = plan.sites.filter(\.open)
        let nodes = open.reduce(0) { $0 + $1.nodes.reduce(0) { $0 + $1.count } }
        let gpus = open.reduce(0) { $0 + $1.accelerators }
        let upfront = open.reduce(0.0) { $0 + $1.purchases.reduce(0) { $0 + $1.totalUSD } }
        let deadlines = deadlinesSentence(plan.workloads)
        let status = statusSentence(plan)
        return """
            This plan costs **\(Markdown.money(plan.objectiveUSDPerYr))/yr** (capex annualised) and emits \
            **\(Markdown.number(plan.carbon.totalT)) tCO2e/yr** (\(Markdown.number(plan.carbon.operationalT)) operational, \
            \(Markdown.number(plan.carbon.embodiedT)) embodied); **\(Markdown.percent(plan.cfeFraction))** of its energy is carbon-free, \
            matched hour by hour. It opens **\(open.count) of \(Markdown.count(plan.sites.count, "site"))**\(open.isEmpty ? "" : " (" + open.map(\.id).joined(separator: ", ") + ")") \
            and buys **\(Markdown.number(Double(gpus))) GPUs** in \(Markdown.count(nodes, "node")) for **\(Markdown.money(upfront))** upfront. \
            \(deadlines) \(status)\(fullYearSentence(plan))
            """
    }

    /// Whether every placed run meets its deadline, naming the late ones or the tightest.
    static func deadlinesSentence(_ workloads: [WorkloadPlan]) -> String {
        let placed = workloads.filter { !$0.site.isEmpty }
        let late = placed.filter { $0.finishDay > $0.deadlineDays + 1e-6 }
        if !late.isEmpty {
            return
                "\(Markdown.count(late.count, "training run")) finish after the deadline: "
                + late.map { "`\($0.id)`" }.joined(separator: ", ") + "."
        } else if let tightest = placed.min(by: { $0.deadlineDays - $0.finishDay < $1.deadlineDays - $1.finishDay }) {
            return
                "Every training run meets its deadline (\(Markdown.count(placed.count, "run")); the tightest, `\(tightest.id)`, "
                + "finishes on day \(Markdown.number(tightest.finishDay, decimals: 1)) of \(Markdown.number(tightest.deadlineDays, decimals: 1)))."
        }
        return "There are no training runs to place."
    }

    /// How final the plan is: proved optimal, within a gap, or stopped at the time limit.
    static func statusSentence(_ plan: Plan) -> String {
        guard let gap = plan.mipGap else {
            return "GLPK stopped at its time limit with this plan before proving any bound (status **time_limit**)."
        }
        return plan.status == .optimal && gap < 5e-5
            ? "GLPK proved no cheaper plan exists (status **optimal**)."
            : plan.status == .optimal
                ? "GLPK proved the cost within \(Markdown.percent(gap, decimals: 2)) of the best possible (status **optimal**)."
                : "GLPK stopped at its time limit with this plan, \(Markdown.percent(gap, decimals: 2)) above the best bound (status **time_limit**)."
    }

    /// The full-year check in one sentence for the summary, when the plan has one.
    private static func fullYearSentence(_ plan: Plan) -> String {
        guard let days = plan.representativeDays, let check = plan.fullYearCheck else { return "" }
        let planned = " Planned on \(Markdown.count(days.representatives.count, "representative day"))"
        guard let year = check.fullYear else {
            return planned + "; the full-year check found no dispatch (see Representative days)."
        }
        var text =
            planned
            + "; over all \(Markdown.number(Double(check.stepsPerSite))) hours of the year the same build costs "
            + "**\(Markdown.money(year.objectiveUSDPerYr))/yr**, emits **\(Markdown.number(year.carbon.totalT)) tCO2e/yr** and is "
            + "**\(Markdown.percent(year.cfeFraction))** carbon-free"
        if case .missesLimits(let limits) = check.outcome, !limits.isEmpty {
            text += ", which misses the policy: " + limits.map(FullYearText.sentence).joined(separator: "; ")
        }
        return text + "."
    }

    /// Cost terms (rows) by open site (columns), in one money unit.
    static func cost(_ plan: Plan) -> String {
        let open = plan.sites.filter(\.open)
        let scale = Markdown.moneyScale(plan.costs.map(\.usdPerYr).map(abs).max() ?? 0)
        func money(_ usd: Double) -> String { Markdown.amount(usd / scale.divisor, decimals: scale.decimals) }
        let header = ["term"] + open.map(\.id) + ["total", "share"]
        var rows: [[String]] = plan.costs.map { term, total in
            [term.label] + open.map { site in money(site.costs.first { $0.term == term }?.usdPerYr ?? 0) }
                + [money(total), total == 0 ? "–" : Markdown.percent(total / plan.objectiveUSDPerYr)]
        }
        rows.append(
            ["**total**"] + open.map { "**\(money($0.totalCostUSDPerYr))**" } + [
                "**\(money(plan.objectiveUSDPerYr))**", "100.0 %",
            ])
        let table = Markdown.table(header, rows, alignRight: Set(1..<header.count))
        let chart =
            open.isEmpty
            ? "" : "\n\n" + Markdown.chart(PlanCharts.costFile, "Annual cost by site, stacked by kind of spending")
        return
            "Annual cost in **\(scale.unit)/yr**; capex is annualised over each item's lifetime at the policy's discount rate.\n\n"
            + table + chart
    }

    /// The lead of the bill of materials of a one-year plan.
    static let billOfMaterialsIntro =
        "Upfront prices, before annualising. The same lines, unrounded: [`bom.csv`](bom.csv)."

    /// The procurement list per open site: what to buy, how many, at what price, and what to watch.
    static func billOfMaterials(_ plan: Plan, intro: String = billOfMaterialsIntro) -> String {
        let open = plan.sites.filter(\.open)
        guard !open.isEmpty else { return "Nothing to buy: no site is opened." }
        let sections = open.map { site -> String in
            let rows = site.purchases.map { p in
                [
                    p.kind.hasPrefix("battery_") ? "\(p.item) (\(p.unit == "MWh" ? "energy" : "power"))" : p.item,
                    quantity(p),
                    p.unitPriceUSD == 0 ? "–" : Markdown.number(p.unitPriceUSD),
                    p.totalUSD == 0 ? "–" : Markdown.number(p.totalUSD), PurchaseText.note(p.note),
                ]
            }
            let total = site.purchases.reduce(0) { $0 + $1.totalUSD }
            let table = Markdown.table(
                ["item", "quantity", "unit price USD", "total USD", "notes"],
                rows + [["**upfront total**", "", "", "**\(Markdown.number(total))**", ""]], alignRight: [1, 2, 3])
            return "### \(site.id) (region \(site.region))\n\n" + table
        }
        return intro + "\n\n" + sections.joined(separator: "\n\n")
    }
}

/// "466 nodes", "7,621.8 kW": counted units whole and pluralised, measured ones to a tenth.
private func quantity(_ p: Purchase) -> String {
    let counted = ["node", "unit", "site"].contains(p.unit)
    guard counted else { return Markdown.number(p.quantity, decimals: 1) + " " + p.unit }
    return Markdown.count(Int(p.quantity.rounded()), p.unit)
}

extension CostTerm {
    /// The term as a reader says it: `grid_energy` → "grid energy".
    var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
