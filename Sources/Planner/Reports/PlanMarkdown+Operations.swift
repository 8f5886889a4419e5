/// plan.md's sections on running the build: workloads, energy, carbon, facilities, limits, solver.
extension PlanMarkdown {
    /// Each run's cluster and its window in earliest-deadline-first order; with
    /// `yearLabels` (a horizon, label of year y at y − 1) a first column names each run's year.
    static func workloads(_ plan: Plan, yearLabels: [String]? = nil) -> String {
        guard !plan.workloads.isEmpty else { return "No training runs." }
        let rows = plan.workloads.map { w in
            let slack = w.deadlineDays - w.finishDay
            let year = yearLabels.map { [$0[w.year - 1]] } ?? []
            return year + [
                w.id, w.site.isEmpty ? "–" : w.site, w.server.isEmpty ? "–" : w.server,
                Markdown.number(Double(w.nodes)),
                Markdown.number(w.nodeDays), Markdown.number(w.startDay, decimals: 1),
                Markdown.number(w.finishDay, decimals: 1),
                Markdown.number(w.deadlineDays, decimals: 1),
                slack < -1e-6 ? "**late**" : Markdown.number(slack, decimals: 1),
                Markdown.number(w.energyMWh), Markdown.number(w.carbonT, decimals: 1),
            ]
        }
        let shift = yearLabels == nil ? 0 : 1
        let table = Markdown.table(
            (yearLabels == nil ? [] : ["year"]) + [
                "run", "site", "server", "nodes", "node-days", "start day", "finish day", "deadline day",
                "days to spare", "energy MWh", "tCO2e",
            ], rows, alignRight: Set((3 + shift)...(10 + shift)))
        let days =
            yearLabels == nil
            ? "" : "Days count from the start of the run's year, on that year's build. "
        return "Runs share their site's nodes of one server type, earliest deadline first (ties by id); "
            + "`nodes` is that cluster's size. \(days)Energy includes the cooling overhead (PUE); carbon uses the site's average intensity.\n\n"
            + table
    }

    /// Annual energy by source, and how much of it is carbon-free hour by hour.
    static func energy(_ plan: Plan) -> String {
        let open = plan.sites.filter(\.open)
        guard !open.isEmpty else { return "No energy: no site is opened." }
        func row(_ name: String, _ e: EnergyTotals, cfe: Double) -> [String] {
            [
                name, Markdown.number(e.facilityMWh), Markdown.number(e.gridMWh - e.ppaMatchedMWh),
                Markdown.amount(e.ppaMatchedMWh),
                Markdown.amount(e.onsiteMWh), Markdown.amount(e.batteryDischargeMWh), Markdown.percent(cfe),
            ]
        }
        var rows = open.map { row($0.id, $0.energy, cfe: $0.cfeFraction) }
        if open.count > 1 { rows.append(row("**all sites**", plan.energy, cfe: plan.cfeFraction)) }
        let table = Markdown.table(
            [
                "site", "facility MWh", "grid MWh (not matched)", "grid MWh (PPA-matched)", "on-site MWh",
                "battery discharge MWh", "carbon-free",
            ], rows, alignRight: Set(1...6))
        let charts = open.filter { !$0.dispatch.isEmpty }.map {
            Markdown.chart(
                PlanCharts.dispatchFile(site: $0.id),
                "Hourly supply at \($0.id): grid, on-site, PPA-matched and battery against load")
        }
        return "Annual MWh. Carbon-free = 1 − grid energy not matched by a PPA in the same hour ÷ facility energy. "
            + "Battery discharge is energy already counted where it was charged.\n\n" + table
            + priceBets(open) + (charts.isEmpty ? "" : "\n\n" + charts.joined(separator: "\n\n"))
    }

    /// Operational and embodied carbon per site, with the intensity of the energy used.
    static func carbon(_ plan: Plan) -> String {
        let open = plan.sites.filter(\.open)
        guard !open.isEmpty else { return "No emissions: no site is opened." }
        func row(_ name: String, _ c: CarbonTotals, _ facilityMWh: Double) -> [String] {
            [
                name, Markdown.number(c.operationalT, decimals: 1), Markdown.number(c.embodiedT, decimals: 1),
                Markdown.number(c.totalT, decimals: 1),
                facilityMWh > 0 ? Markdown.number(c.operationalT * 1000 / facilityMWh) : "–",
            ]
        }
        var rows = open.map { row($0.id, $0.carbon, $0.energy.facilityMWh) }
        if open.count > 1 { rows.append(row("**all sites**", plan.carbon, plan.energy.facilityMWh)) }
        let table = Markdown.table(
            ["site", "operational tCO2e/yr", "embodied tCO2e/yr", "total tCO2e/yr", "operational kg/MWh"],
            rows, alignRight: Set(1...4))
        return
            "Operational: grid energy not matched by PPAs at each hour's intensity, plus renewables' lifecycle emissions. "
            + "Embodied: servers and storage, spread over their lifetimes.\n\n" + table + "\n\n"
            + Markdown.chart(PlanCharts.carbonFile, "Annual carbon by site, operational and embodied")
    }

    /// The built facility at each open site; closed sites named in one line.
    static func facilities(_ plan: Plan) -> String {
        let open = plan.sites.filter(\.open)
        let closed = plan.sites.filter { !$0.open }
        let rows = open.map { s in
            [
                s.id, Markdown.number(s.peakITMW, decimals: 2), Markdown.number(s.facilityMW, decimals: 2),
                s.pue > 0 ? Markdown.number(s.pue, decimals: 2) : "–",
                Markdown.number(s.racks, decimals: 1), Markdown.amount(s.waterM3PerYr),
                Markdown.amount(s.heatSoldMWhPerYr),
            ]
        }
        let table =
            open.isEmpty
            ? "No site is opened."
            : Markdown.table(
                ["site", "peak IT MW", "facility MW", "PUE", "racks", "water m³/yr", "heat sold MWh/yr"], rows,
                alignRight: Set(1...6))
        let notOpened = closed.isEmpty ? "" : "\n\nNot opened: " + closed.map(\.id).joined(separator: ", ") + "."
        return
            "Facility MW is the average draw including cooling; PUE = facility ÷ IT load. Racks are counted at each cooling system's "
            + "rack density (round up when ordering).\n\n" + table + notOpened
    }

    /// Sites whose PPAs produce more than the site uses: the surplus is settled
    /// at the grid price (a financial position), not energy the site consumes.
    static func priceBets(_ sites: [SitePlan]) -> String {
        let bets = sites.filter {
            $0.ppaContractedMWh > $0.energy.facilityMWh * (1 + 1e-6) && $0.energy.facilityMWh > 0
        }
        guard !bets.isEmpty else { return "" }
        let lines = bets.map { site in
            "- **\(site.id)** contracts \(Markdown.number(site.ppaContractedMWh)) MWh/yr of PPA output for "
                + "\(Markdown.number(site.energy.facilityMWh)) MWh/yr of load "
                + "(\(Markdown.number(site.ppaContractedMWh / site.energy.facilityMWh, decimals: 1))×)."
        }
        return "\n\n**PPA energy beyond the load is a price bet, not procurement.** A virtual PPA settles "
            + "(strike − grid price) on every MWh it produces, so where the strike is below the grid price the plan "
            + "buys as much as the offer allows; the output the site does not use still carries that bet and "
            + "matches no hour of load. Cap it with policy `max_ppa_fraction_of_load` (e.g. 1: no more PPA energy "
            + "than the site uses).\n\n" + lines.joined(separator: "\n")
    }

    /// Each binding limit as a sentence: what binds and what one more unit is worth.
    static func limits(_ plan: Plan) -> String {
        let values = LimitValueText.section(plan)
        return values.isEmpty ? shadowPrices(plan) : shadowPrices(plan) + "\n\n" + values
    }

    /// The LP duals with the build fixed, one sentence each.
    private static func shadowPrices(_ plan: Plan) -> String {
        guard plan.shadowPricesStatus == .optimal else {
            let why =
                plan.shadowPricesStatus == .noSolution || plan.shadowPricesStatus == .timeLimit
                ? "the time limit ran out before the LP with the build fixed was solved"
                : "GLPK ended the LP with the build fixed with status \(plan.shadowPricesStatus.rawValue)"
            return "The value of relaxing each limit is not shown: \(why)."
        }
        guard !plan.shadowPrices.isEmpty else {
            return
                "No site or policy limit binds at the margin: relaxing any of them would not lower the cost of this build."
        }
        let lines = plan.shadowPrices.map { "- " + sentence($0) }
        return lines.joined(separator: "\n")
            + "\n\n_Values hold for small changes with the build as chosen (integer choices fixed); a larger change may change the build._"
    }

    static func sentence(_ p: ShadowPrice) -> String {
        let at = p.subject.map { " at \($0)" } ?? ""
        let what: String
        switch p.limit {
        case "racks": what = "Floor space\(at) is full: one more rack"
        case "grid_mw": what = "The grid connection\(at) is at its limit: one more MW of connection"
        case "water_m3": what = "The water permit\(at) binds: one more m³/yr"
        case "supply_nodes": what = "Supply of `\(p.subject ?? "")` is exhausted: one more node on the market"
        case "carbon_cap_t": what = "The carbon cap binds: allowing one more tCO2e/yr"
        case "cfe_floor": what = "The carbon-free floor binds: lowering it by one percentage point"
        case "capex_budget_usd": what = "The capex budget binds: one more USD of budget"
        default: what = "`\(p.limit)`\(at) binds: one more \(p.unit)"
        }
        let value = Markdown.number(abs(p.usdPerYrPerUnit), decimals: abs(p.usdPerYrPerUnit) < 100 ? 2 : 0)
        return what + (p.usdPerYrPerUnit >= 0 ? " would save **\(value) USD/yr**." : " would add **\(value) USD/yr**.")
    }

    /// The best bound (in `unit`) and gap, or that the search proved none.
    static func boundCell(_ bound: Double?, gap: Double?, unit: String) -> String {
        guard let bound, let gap else { return "none proven (the search stopped before its first bound)" }
        return "\(Markdown.number(bound)) \(unit) (gap \(Markdown.percent(gap, decimals: 2)))"
    }

    /// Status, gap and model size, so a reader can judge how final the answer is.
    static func solver(_ plan: Plan) -> String {
        let s = plan.solver
        return """
            | | |
            | --- | --- |
            | status | **\(plan.status.rawValue)** — \(StatusText.sentence(plan)) |
            | cost of this plan | \(Markdown.number(plan.objectiveUSDPerYr)) USD/yr |
            | best bound | \(boundCell(plan.bestBoundUSDPerYr, gap: plan.mipGap, unit: "USD/yr")) |
            | model | \(Markdown.number(Double(s.rows))) rows, \(Markdown.number(Double(s.columns))) columns \
            (\(Markdown.number(Double(s.integerColumns))) integer), \(Markdown.number(Double(s.nonzeros))) nonzeros |
            | tools | planctl \(plan.manifest.planctlVersion), GLPK \(plan.manifest.glpkVersion) |
            """
    }
}
