import Foundation

/// The sentences of a full-year check: its missed limits, its failure, and
/// the one line the terminal prints after a checked plan.
public enum FullYearText {
    /// "carbon 1234 tCO2e/yr is above max_carbon_t 1000".
    public static func sentence(_ missed: FullYearCheck.MissedLimit) -> String {
        switch missed {
        case .carbonCap(let capT, let yearT):
            return
                "carbon \(NumberText.plain(yearT.rounded())) tCO2e/yr is above max_carbon_t \(NumberText.plain(capT))"
        case .cfeFloor(let floor, let yearFraction):
            return "carbon-free share \(NumberText.plain((yearFraction * 1000).rounded() / 10)) % is below "
                + "min_cfe_fraction \(NumberText.plain(floor * 100)) %"
        }
    }

    /// Why the dispatch gave no figures when GLPK did not solve it.
    public static func failure(_ status: SolveStatus) -> String {
        switch status {
        case .noSolution, .timeLimit: return "the command's time limit ran out before the full-year dispatch was solved"
        case .interrupted: return "the full-year dispatch was interrupted"
        default: return "GLPK ended the full-year dispatch with status \(status.rawValue)"
        }
    }

    /// The terminal line of a full-year check: true figures, their errors, and its time.
    public static func terminalLine(_ plan: Plan, _ check: FullYearCheck) -> String {
        let hours = "full-year check (\(check.stepsPerSite) h, \(String(format: "%.1f", check.seconds)) s)"
        guard let year = check.fullYear else {
            switch check.outcome {
            case .cannotServeLoad: return "\(hours): the build cannot power its load in some hours of the full year"
            case .solverFailed(let status): return "\(hours): \(failure(status))"
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
            text += "; misses " + limits.map(sentence).joined(separator: "; ")
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
