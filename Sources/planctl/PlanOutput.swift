import Foundation
import Planner

/// Writes a plan outcome's files and says what happened; returns the exit code.
enum PlanOutput {
    static func write(_ outcome: PlanOutcome, catalog: Catalog, to out: String, quiet: Bool, gates: Gates) throws
        -> Int32
    {
        guard let plan = outcome.plan else {
            if outcome.solverStatus == .infeasible {
                try OutputFolder.write(PlanFiles.render(outcome, catalog: catalog), to: out)
                Terminal.error("infeasible: no plan meets the requirements")
                let reasons = outcome.infeasibility.isEmpty ? [outcome.solverMessage] : outcome.infeasibility
                for reason in reasons { Terminal.error("  - " + reason) }
                return 3
            }
            Terminal.error("no plan: \(outcome.solverMessage)")
            return outcome.solverStatus == .noSolution ? 4 : 2
        }
        let files = PlanFiles.render(outcome, catalog: catalog)
        try OutputFolder.write(files, to: out)
        if !quiet {
            Terminal.error(
                String(
                    format: "%@: %.0f USD/yr, %.1f tCO2e/yr, %.1f %% carbon-free, gap %.2f %% → %@/plan.md",
                    plan.status.rawValue, plan.objectiveUSDPerYr, plan.carbon.totalT,
                    plan.cfeFraction * 100, plan.mipGap * 100, out))
        }
        if !quiet, let check = plan.fullYearCheck { Terminal.error(FullYearSummary.line(plan, check)) }
        let json = files.first { $0.name == "plan.json" }!.contents
        let summary = try PlanSummary(json: Data(json.utf8))
        return GateFlags.report(gates.broken(summary)) ? 0 : 5
    }
}
