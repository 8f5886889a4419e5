import Foundation
import Planner

/// Writes a plan outcome's files and says what happened; returns the exit status.
enum PlanOutput {
    /// Every outcome leaves a complete report folder: a plan, why none meets the
    /// requirements, or why the search stopped without one (so CI always has a
    /// plan.json to post). Gates are judged only on a plan.
    static func write(
        _ outcome: PlanOutcome, catalog: Catalog, to folder: OutputFolder, quiet: Bool, gates: Gates,
        interrupt: InterruptHandler
    ) throws -> ExitStatus {
        let files = PlanFiles.render(outcome, catalog: catalog)
        try reportingOutputErrors {
            try folder.replace(with: files.map { ($0.name, $0.contents) }, commit: interrupt.mayCommit)
        }
        guard let plan = outcome.plan else {
            if outcome.status == .infeasible {
                Terminal.error("infeasible: no plan meets the requirements")
                for reason in outcome.infeasibility { Terminal.error("  - " + InfeasibilityText.sentence(reason)) }
            } else {
                Terminal.error("no plan: \(StatusText.sentence(outcome)) → \(folder.path)/plan.json")
            }
            return ExitStatus(outcome.status)
        }
        let gap = plan.mipGap.map { String(format: "gap %.2f %%", $0 * 100) } ?? "no bound proven"
        if !quiet, let horizon = plan.horizon {
            Terminal.error(
                String(
                    format:
                        "%@: %.0f USD net present cost over %d years, %.1f tCO2e over the horizon, %.1f %% carbon-free, %@ → %@/plan.md",
                    plan.status.rawValue, horizon.npcUSD, horizon.years.count, horizon.totalCarbonT,
                    Self.percentToOneDecimal(plan.cfeFraction), gap, folder.path))
        } else if !quiet {
            Terminal.error(
                String(
                    format: "%@: %.0f USD/yr, %.1f tCO2e/yr, %.1f %% carbon-free, %@ → %@/plan.md",
                    plan.status.rawValue, plan.objectiveUSDPerYr, plan.carbon.totalT,
                    Self.percentToOneDecimal(plan.cfeFraction), gap, folder.path))
        }
        if !quiet, let check = plan.fullYearCheck { Terminal.error(FullYearText.terminalLine(plan, check)) }
        return GateFlags.report(gates.broken(PlanSummary(plan: plan))) ? ExitStatus(plan.status) : .gateFailed
    }

    /// A share as a percentage rounded to one decimal, without the "-0.0" that
    /// a share a hair below zero prints (battery losses can make grid energy
    /// exceed facility energy by rounding noise).
    static func percentToOneDecimal(_ fraction: Double) -> Double {
        (fraction * 1000).rounded() / 10 + 0
    }
}
