import Foundation
import Planner

/// Writes a plan outcome's files and says what happened; returns the exit code.
enum PlanOutput {
    static func write(_ outcome: PlanOutcome, catalog: Catalog, to out: String, solve: SolveFlags) throws -> Int32 {
        guard let plan = outcome.plan else {
            if outcome.solverStatus == .infeasible {
                let reasons = outcome.infeasibility.isEmpty ? [outcome.solverMessage] : outcome.infeasibility
                try OutputFolder.write([
                    ("plan.md", InfeasibleReport.markdown(reasons, scenario: catalog.scenario)),
                    ("plan.json", InfeasibleReport.json(reasons, manifest: Manifest(catalog: catalog))),
                ], to: out)
                Terminal.error("infeasible: no plan meets the requirements")
                for reason in reasons { Terminal.error("  - " + reason) }
                return 3
            }
            Terminal.error("no plan: \(outcome.solverMessage)")
            return outcome.solverStatus == .noSolution ? 4 : 2
        }
        try OutputFolder.write([
            ("plan.md", PlanMarkdown.render(plan)),
            ("plan.json", PlanJSON.render(plan)),
            ("bom.csv", BOMCSV.render(plan)),
        ] + PlanCharts.files(plan), to: out)
        if !solve.quiet {
            Terminal.error(String(format: "%@: %.0f USD/yr, %.1f tCO2e/yr, %.1f %% carbon-free, gap %.2f %% → %@/plan.md",
                                  plan.status.rawValue, plan.objectiveUSDPerYr, plan.carbon.totalT,
                                  plan.cfeFraction * 100, plan.mipGap * 100, out))
        }
        let broken = solve.brokenGates(plan)
        for gate in broken { Terminal.error("gate failed: " + gate) }
        return broken.isEmpty ? 0 : 5
    }
}
