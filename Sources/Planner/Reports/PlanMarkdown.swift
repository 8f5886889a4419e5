/// plan.md: the procurement report a planner, a CFO and a sustainability lead read.
public enum PlanMarkdown {
    public static func render(_ plan: Plan) -> String {
        var out: [String] = []
        let scenario = plan.manifest.scenario.map { " — scenario `\($0)`" } ?? ""
        out.append("# Data-center plan\(scenario)\n")
        out.append(summary(plan))
        out.append("## Cost (USD/yr)\n")
        out.append(costTable(plan))
        out.append("\n## Bill of materials\n")
        out.append(billOfMaterials(plan))
        out.append("\n## Workload placement\n")
        out.append(workloadTable(plan))
        out.append("\n## Energy and carbon by site\n")
        out.append(energyTable(plan))
        out.append("\n## Facilities\n")
        out.append(facilityTable(plan))
        out.append("\n## Binding limits\n")
        out.append(limits(plan))
        out.append("\n## Solver\n")
        out.append(solver(plan))
        return out.joined(separator: "\n") + "\n"
    }

    static func summary(_ plan: Plan) -> String {
        let open = plan.sites.filter(\.open)
        let gpus = plan.sites.flatMap(\.nodes).count > 0 ? plan.sites.flatMap(\.nodes).reduce(0) { $0 + $1.count } : 0
        let late = plan.workloads.filter { $0.finishDay > $0.deadlineDays + 1e-6 }
        let deadlines = late.isEmpty ? "every training run meets its deadline"
            : "\(late.count) run(s) finish after their deadline: " + late.map(\.id).joined(separator: ", ")
        return """
            Annual cost **\(Markdown.money(plan.objectiveUSDPerYr))/yr**, carbon **\(Markdown.number(plan.carbon.totalT)) tCO2e/yr** \
            (\(Markdown.number(plan.carbon.operationalT)) operational, \(Markdown.number(plan.carbon.embodiedT)) embodied), \
            carbon-free energy **\(Markdown.percent(plan.cfeFraction))**. \
            Opens \(open.count) of \(plan.sites.count) sites (\(open.map(\.id).joined(separator: ", "))) with \(Markdown.number(Double(gpus))) nodes; \
            \(deadlines). Status: **\(plan.status.rawValue)** (gap \(Markdown.percent(plan.mipGap, decimals: 2))).

            """
    }

    static func costTable(_ plan: Plan) -> String {
        let open = plan.sites.filter(\.open)
        let header = ["term"] + open.map(\.id) + ["total"]
        var rows: [[String]] = plan.costs.map { term, total in
            [term.rawValue] + open.map { site in Markdown.number(site.costs.first { $0.term == term }?.usdPerYr ?? 0) } + [Markdown.number(total)]
        }
        rows.append(["**total**"] + open.map { site in Markdown.number(site.costs.reduce(0) { $0 + $1.usdPerYr }) } + ["**\(Markdown.number(plan.objectiveUSDPerYr))**"])
        return Markdown.table(header, rows, alignRight: Set(1..<header.count))
    }

    static func billOfMaterials(_ plan: Plan) -> String {
        var sections: [String] = []
        for site in plan.sites where site.open {
            var rows: [[String]] = site.nodes.map { ["\($0.server) in \($0.cooling)", Markdown.number(Double($0.count)), "nodes"] }
            rows += site.storage.map { [$0.unit, Markdown.number(Double($0.count)), "storage units"] }
            rows += site.renewablesMW.map { [$0.offer, Markdown.number($0.mw, decimals: 1), "MW"] }
            rows += site.batteries.map { [$0.battery, "\(Markdown.number($0.mwh, decimals: 1)) MWh / \(Markdown.number($0.mw, decimals: 1)) MW", "battery"] }
            sections.append("### \(site.id) (\(site.region))\n\n" + Markdown.table(["item", "quantity", "unit"], rows, alignRight: [1]))
        }
        return sections.isEmpty ? "Nothing to buy." : sections.joined(separator: "\n\n") + "\n\nPrices and totals per line: `bom.csv`."
    }

    static func workloadTable(_ plan: Plan) -> String {
        let rows = plan.workloads.map { w in
            [w.id, w.site, w.server, Markdown.number(w.nodeDays, decimals: 1), Markdown.number(w.finishDay, decimals: 1),
             Markdown.number(w.deadlineDays, decimals: 1), Markdown.number(w.energyMWh, decimals: 1), Markdown.number(w.carbonT, decimals: 1)]
        }
        return Markdown.table(["workload", "site", "server", "node-days", "finish day", "deadline", "energy MWh", "tCO2e"], rows,
                              alignRight: [3, 4, 5, 6, 7])
    }

    static func energyTable(_ plan: Plan) -> String {
        let rows = plan.sites.filter(\.open).map { s in
            [s.id, Markdown.number(s.energy.facilityMWh), Markdown.number(s.energy.gridMWh), Markdown.number(s.energy.onsiteMWh),
             Markdown.number(s.energy.ppaMatchedMWh), Markdown.number(s.energy.batteryDischargeMWh),
             Markdown.number(s.carbon.operationalT), Markdown.number(s.carbon.embodiedT)]
        }
        return Markdown.table(["site", "facility MWh", "grid MWh", "on-site MWh", "PPA-matched MWh", "battery out MWh", "operational t", "embodied t"],
                              rows, alignRight: Set(1...7))
    }

    static func facilityTable(_ plan: Plan) -> String {
        let rows = plan.sites.map { s in
            [s.id, s.open ? "open" : "closed", Markdown.number(s.peakITMW, decimals: 2), Markdown.number(s.facilityMW, decimals: 2),
             s.pue > 0 ? Markdown.number(s.pue, decimals: 3) : "–", Markdown.number(s.racks, decimals: 1),
             Markdown.number(s.waterM3PerYr), Markdown.number(s.heatSoldMWhPerYr)]
        }
        return Markdown.table(["site", "status", "peak IT MW", "facility MW", "PUE", "racks", "water m³/yr", "heat sold MWh"],
                              rows, alignRight: Set(2...7))
    }

    static func limits(_ plan: Plan) -> String {
        guard !plan.shadowPrices.isEmpty else { return "No site or policy limit binds at the margin for this build.\n" }
        let lines = plan.shadowPrices.map { p in
            let subject = p.subject.map { " at \($0)" } ?? ""
            return "- \(p.limit)\(subject): one more \(p.unit) saves \(Markdown.number(p.usdPerYrPerUnit, decimals: 2)) USD/yr"
        }
        return lines.joined(separator: "\n") + "\n\n_Shadow prices hold for the chosen build (integer choices fixed)._\n"
    }

    static func solver(_ plan: Plan) -> String {
        """
        \(plan.solver.message). Model: \(Markdown.number(Double(plan.solver.rows))) rows, \(Markdown.number(Double(plan.solver.columns))) columns \
        (\(Markdown.number(Double(plan.solver.integerColumns))) integer), \(Markdown.number(Double(plan.solver.nonzeros))) nonzeros; \
        GLPK \(plan.manifest.glpkVersion), planctl \(plan.manifest.planctlVersion).
        """
    }
}
