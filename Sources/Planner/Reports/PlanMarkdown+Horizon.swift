/// plan.md of a multi-year plan (horizon.md): what a CFO asks first (net present
/// cost, upfront capex and cash opex by year), the build schedule, each year's
/// figures, then v1's sections on the build of the last year.
extension PlanMarkdown {
    /// The whole report of a horizon plan; v1's sections describe the last year.
    static func render(_ plan: Plan, _ horizon: HorizonPlan) -> String {
        let last = horizon.years[horizon.years.count - 1]
        let scenario = plan.manifest.scenario.map { " — scenario `\($0)`" } ?? ""
        let at = " in \(last.label)"
        let installed =
            "Everything installed in \(last.label), whichever year it was bought, at the catalog's prices "
            + "(those of the first year); what each year pays is in the build schedule and in "
            + "[`bom.csv`](bom.csv)."
        var sections = [
            "# Data-center plan, \(horizon.span)\(scenario)", horizonSummary(plan, horizon),
            "## Build schedule", buildSchedule(horizon),
            "## Year by year", yearByYear(horizon),
            "## Cost\(at)", "The last year of the horizon, with everything installed then. " + cost(last.plan),
            "## Installed\(at)", billOfMaterials(last.plan, intro: installed),
            "## Workload placement", workloads(plan, yearLabels: horizon.years.map(\.label)),
            "## Energy by source\(at)", energy(last.plan),
            "## Carbon\(at)", carbon(last.plan),
            "## Facilities\(at)", facilities(last.plan),
        ]
        if let running = whenNodesRun(last.plan) { sections += ["## When the nodes run\(at)", running] }
        sections += [
            "## Binding limits",
            "Shadow prices and limit values are one-year tools: they are not computed for a multi-year plan.",
        ]
        if let days = representativeDays(plan) { sections += ["## Representative days", days] }
        sections += ["## Solver", horizonSolver(plan, horizon)]
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// Net present cost, upfront capex (servers apart), cash opex, the last year's
    /// build, carbon, deadlines and status; then the money by year.
    static func horizonSummary(_ plan: Plan, _ horizon: HorizonPlan) -> String {
        let years = horizon.years
        let first = years[0]
        let last = years[years.count - 1]
        let open = last.plan.sites.filter(\.open)
        let nodes = open.reduce(0) { $0 + $1.installedNodes }
        let servers = years.reduce(0) { $0 + $1.upfrontServersUSD }
        let opex = years.reduce(0) { $0 + $1.cashOpexUSD }
        let sites = open.isEmpty ? "" : " (" + open.map(\.id).joined(separator: ", ") + ")"
        let text = """
            Over **\(Markdown.count(years.count, "year")), \(horizon.span)**, this plan's net present cost is \
            **\(Markdown.money(horizon.npcUSD))**, the same as **\(Markdown.money(plan.objectiveUSDPerYr))/yr** every year \
            at the policy's discount rate. It spends **\(Markdown.money(horizon.upfrontUSD))** upfront: \
            **\(Markdown.money(servers))** on servers and **\(Markdown.money(horizon.upfrontUSD - servers))** on facilities \
            (cooling and electrical, sites, storage, on-site plants and batteries). Cash opex totals \
            **\(Markdown.money(opex))**, from **\(Markdown.money(first.cashOpexUSD))** in \(first.label) to \
            **\(Markdown.money(last.cashOpexUSD))** in \(last.label). By \(last.label) it runs \
            **\(Markdown.number(Double(last.installedAccelerators))) GPUs** in \(Markdown.count(nodes, "node")) at \
            **\(open.count) of \(Markdown.count(last.plan.sites.count, "site"))**\(sites). It emits \
            **\(Markdown.number(horizon.totalCarbonT)) tCO2e** over the horizon \
            (\(Markdown.number(plan.carbon.totalT)) tCO2e/yr on average), and **\(Markdown.percent(plan.cfeFraction))** \
            of its energy is carbon-free, matched hour by hour. \(deadlinesSentence(plan.workloads)) \
            \(statusSentence(plan))
            """
        return text + "\n\n" + moneyByYear(horizon)
    }

    /// Upfront spend (servers apart), cash opex, annual cost and its present value, per year.
    static func moneyByYear(_ horizon: HorizonPlan) -> String {
        let largest = horizon.years.flatMap { [$0.upfrontUSD, $0.cashOpexUSD, $0.plan.objectiveUSDPerYr] }
        let scale = Markdown.moneyScale(max(horizon.npcUSD, horizon.upfrontUSD, largest.map(abs).max() ?? 0))
        func money(_ usd: Double) -> String { Markdown.amount(usd / scale.divisor, decimals: scale.decimals) }
        func total(_ value: (HorizonPlan.Year) -> Double) -> String {
            "**\(money(horizon.years.reduce(0) { $0 + value($1) }))**"
        }
        var rows = horizon.years.map { y in
            [
                y.label, money(y.upfrontServersUSD), money(y.upfrontFacilitiesUSD), money(y.upfrontUSD),
                money(y.cashOpexUSD), money(y.plan.objectiveUSDPerYr), Markdown.number(y.discountFactor, decimals: 3),
                money(y.presentValueUSD),
            ]
        }
        rows.append(
            [
                "**total**", total(\.upfrontServersUSD), total(\.upfrontFacilitiesUSD), total(\.upfrontUSD),
                total(\.cashOpexUSD), "", "", "**\(money(horizon.npcUSD))**",
            ])
        let table = Markdown.table(
            [
                "year", "upfront: servers", "upfront: facilities", "upfront total", "cash opex", "annual cost",
                "discount factor", "present value",
            ], rows, alignRight: Set(1...7))
        return "In **\(scale.unit)**. Upfront spend is paid in the year of purchase, at that year's prices; "
            + "facilities are the cooling and electrical capacity bought with the nodes, sites opened, storage, "
            + "on-site plants and batteries. Cash opex is what the year pays to run: grid energy, PPA settlement, "
            + "water, carbon price, heat revenue (negative), servers' support, sites' fixed opex and on-site "
            + "plants' O&M. Annual cost adds the capex annuities (each item's price in its purchase year over its "
            + "lifetime at the discount rate) to the cash opex; present value = annual cost × discount factor, "
            + "and their sum is the net present cost.\n\n" + table
    }

    /// Per year: annual cost, carbon, carbon-free share, accelerators installed and the runs trained.
    static func yearByYear(_ horizon: HorizonPlan) -> String {
        let scale = Markdown.moneyScale(horizon.years.map { abs($0.plan.objectiveUSDPerYr) }.max() ?? 0)
        let rows = horizon.years.map { y in
            let runs = y.trainedRuns
            return [
                y.label, Markdown.amount(y.plan.objectiveUSDPerYr / scale.divisor, decimals: scale.decimals),
                Markdown.number(y.plan.carbon.totalT, decimals: 1), Markdown.percent(y.plan.cfeFraction),
                Markdown.number(Double(y.installedAccelerators)), Markdown.number(Double(runs.count)),
                runs.isEmpty ? "–" : runs.map { "`\($0.id)`" }.joined(separator: ", "),
            ]
        }
        let table = Markdown.table(
            [
                "year", "annual cost \(scale.unit)", "tCO2e", "carbon-free", "accelerators installed", "runs trained",
                "runs",
            ], rows, alignRight: Set(1...5))
        return "Each year by v1's rules, on what is installed that year and the runs due that year.\n\n" + table
            + "\n\n" + Markdown.chart(PlanCharts.roadmapFile, "Accelerators installed by year, by server type")
            + "\n\n"
            + Markdown.chart(PlanCharts.costCarbonByYearFile, "Annual cost by year, stacked by kind, with carbon")
    }

    /// Status, net present cost and its bound, the levelised cost, model size and tools.
    static func horizonSolver(_ plan: Plan, _ horizon: HorizonPlan) -> String {
        let s = plan.solver
        return """
            | | |
            | --- | --- |
            | status | **\(plan.status.rawValue)** — \(StatusText.sentence(plan)) |
            | net present cost | \(Markdown.number(horizon.npcUSD)) USD over \(Markdown.count(horizon.years.count, "year")) |
            | best bound | \(boundCell(horizon.npcBoundUSD, gap: plan.mipGap, unit: "USD")) |
            | levelised cost | \(Markdown.number(plan.objectiveUSDPerYr)) USD/yr: net present cost ÷ \
            \(Markdown.number(horizon.discountSum, decimals: 3)) (the sum of the discount factors) |
            | model | \(Markdown.number(Double(s.rows))) rows, \(Markdown.number(Double(s.columns))) columns \
            (\(Markdown.number(Double(s.integerColumns))) integer), \(Markdown.number(Double(s.nonzeros))) nonzeros |
            | tools | planctl \(plan.manifest.planctlVersion), GLPK \(plan.manifest.glpkVersion) |
            """
    }
}
