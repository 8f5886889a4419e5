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
        if outcome.solverStatus == .infeasible {
            let reasons = outcome.infeasibility.isEmpty ? [outcome.solverMessage] : outcome.infeasibility
            return [
                ("plan.md", InfeasibleReport.markdown(reasons, scenario: catalog.scenario)),
                ("plan.json", InfeasibleReport.json(reasons, manifest: manifest)),
            ]
        }
        let status = outcome.solverStatus == .noSolution ? "no_solution" : "error"
        let title = catalog.scenario.map { "# No plan — scenario `\($0)`" } ?? "# No plan"
        return [
            ("plan.md", title + "\n\nThe solver stopped without a plan: \(outcome.solverMessage)\n"),
            (
                "plan.json",
                JSONValue.object([
                    ("status", .string(status)),
                    ("message", .string(outcome.solverMessage)),
                    ("manifest", manifest.json),
                ]).rendered()
            ),
        ]
    }
}
