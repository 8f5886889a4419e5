import Foundation
import Planner

/// The terminal line of a full-year check: true figures, their errors, and its time.
enum FullYearSummary {
    static func line(_ plan: Plan, _ check: FullYearCheck) -> String {
        let hours = "full-year check (\(check.stepsPerSite) h, \(String(format: "%.1f", check.seconds)) s)"
        guard let year = check.fullYear else {
            switch check.outcome {
            case .cannotServeLoad: return "\(hours): the build cannot power its load in some hours of the full year"
            case .solverFailed(let why): return "\(hours): \(why)"
            default: return hours
            }
        }
        let costError = FullYearCheck.relativeError(plan.objectiveUSDPerYr, year.objectiveUSDPerYr) ?? 0
        let carbonError = FullYearCheck.relativeError(plan.carbon.totalT, year.carbon.totalT) ?? 0
        var text = String(
            format: "%@: %.0f USD/yr (plan off by %+.2f %%), %.1f tCO2e/yr (%+.2f %%), %.1f %% carbon-free (%+.2f pp)",
            hours, year.objectiveUSDPerYr, costError * 100, year.carbon.totalT, carbonError * 100,
            year.cfeFraction * 100, (plan.cfeFraction - year.cfeFraction) * 100)
        if case .missesLimits(let limits) = check.outcome, !limits.isEmpty {
            text += "; misses " + limits.joined(separator: "; ")
        }
        if let c = check.calibration, c.rounds > 1 {
            var used: [String] = []
            if let floor = c.minCFEFraction { used.append(String(format: "min_cfe_fraction %.4f", floor)) }
            if let cap = c.maxCarbonT { used.append(String(format: "max_carbon_t %.1f", cap)) }
            text += "; calibrated in \(c.rounds) rounds (" + used.joined(separator: ", ") + " on the days)"
        }
        return text
    }
}
