/// The files a plan outcome leaves in its output folder.
public enum PlanFiles {
    /// plan.md, plan.json and bom.csv for a plan; plan.md and plan.json saying why
    /// when there is none (infeasible, or no solution within the time limit).
    public static func render(_ outcome: PlanOutcome, catalog: Catalog) -> [(name: String, contents: String)] {
        if let plan = outcome.plan {
            return [
                ("plan.md", PlanMarkdown.render(plan)),
                ("plan.json", PlanJSON.render(plan)),
                ("bom.csv", BOMCSV.render(plan)),
            ] + PlanCharts.files(plan)
        }
        let manifest = Manifest(catalog: catalog)
        if outcome.status == .infeasible {
            let reasons = outcome.infeasibility.map(InfeasibilityText.sentence)
            return [
                ("plan.md", InfeasibleReport.markdown(reasons, scenario: catalog.scenario)),
                ("plan.json", InfeasibleReport.json(reasons, manifest: manifest)),
            ]
        }
        let why = StatusText.sentence(outcome)
        let title = catalog.scenario.map { "# No plan — scenario `\($0)`" } ?? "# No plan"
        var keys: [(String, JSONValue)] = [("status", .string(outcome.status.rawValue)), ("message", .string(why))]
        if let bound = outcome.bestBoundUSDPerYr { keys.append(("best_bound_usd_per_yr", .number(bound))) }
        if outcome.timeLimitSeconds.isFinite { keys.append(("time_limit_s", .number(outcome.timeLimitSeconds))) }
        keys.append(("manifest", manifest.json))
        return [
            ("plan.md", title + "\n\nThe solver stopped without a plan: \(why).\n"),
            ("plan.json", JSONValue.object(keys).rendered()),
        ]
    }
}
