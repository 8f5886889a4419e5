/// One reason no plan meets the requirements, with the figures that show it.
/// Reports turn each into a sentence (`InfeasibilityText`).
public enum InfeasibilityReason: Sendable, Equatable {
    /// No site within max_risk_score is open to the run (in its allowed regions, when it lists some).
    case noEligibleSite(workload: String, allowedRegions: [String])
    /// None of the run's allowed servers has a cooling system of its kind.
    case noEligibleServer(workload: String)
    /// Every server the run may use needs storage bandwidth, and storage.csv offers no unit.
    case needsStorageBandwidth(workload: String)
    /// No eligible site can power one eligible node; the closest site with its MW and a node's MW.
    case cannotBePowered(workload: String, closestSite: String, availableMW: Double, nodeMW: Double)
    /// The run needs `storageTB` of storage and storage.csv offers no unit.
    case needsStorage(workload: String, storageTB: Double)
    /// The carbon cap would have to rise by `riseT` tCO2e/yr (at least, when `proven`).
    case carbonCapShort(capT: Double, riseT: Double, proven: Bool = true)
    /// The carbon-free floor needs `missingMWh` more carbon-free MWh/yr.
    case cfeFloorShort(floor: Double, missingMWh: Double)
    /// The capex budget is short by `shortUSD` (at least, when `proven`).
    case capexBudgetShort(budgetUSD: Double, shortUSD: Double, proven: Bool = true)
    /// A site or supply limit (the catalog cell `file` / `row` / `column`) needs
    /// `more` in `unit` than the `has` it gives (at least, when `proven`).
    case limitShort(file: String, row: String, column: String, more: Double, has: Double, unit: String, proven: Bool)
    /// The eligible sites cannot deliver `missingFLOP` (a `share` of the run) by its deadline.
    case workShort(workload: String, missingFLOP: Double, share: Double, deadlineDays: Double)
    /// The slackened models did not narrow the conflict down.
    case undetermined
    /// The analysis could not finish: the time limit ran out or the command was interrupted.
    case analysisStopped(SolveStatus)

    /// The same reason, its amount marked proven (a least relaxation GLPK proved) or not.
    func proven(_ proven: Bool) -> InfeasibilityReason {
        switch self {
        case .carbonCapShort(let cap, let rise, _): return .carbonCapShort(capT: cap, riseT: rise, proven: proven)
        case .capexBudgetShort(let budget, let short, _):
            return .capexBudgetShort(budgetUSD: budget, shortUSD: short, proven: proven)
        case .limitShort(let file, let row, let column, let more, let has, let unit, _):
            return .limitShort(file: file, row: row, column: column, more: more, has: has, unit: unit, proven: proven)
        default: return self
        }
    }
}
