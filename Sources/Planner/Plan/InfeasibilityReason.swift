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
    /// The carbon cap would have to rise by at least `riseT` tCO2e/yr.
    case carbonCapShort(capT: Double, riseT: Double)
    /// The carbon-free floor needs `missingMWh` more carbon-free MWh/yr.
    case cfeFloorShort(floor: Double, missingMWh: Double)
    /// The capex budget is short by at least `shortUSD`.
    case capexBudgetShort(budgetUSD: Double, shortUSD: Double)
    /// The eligible sites cannot deliver `missingFLOP` (a `share` of the run) by its deadline.
    case workShort(workload: String, missingFLOP: Double, share: Double, deadlineDays: Double)
    /// The slackened models did not narrow the conflict down.
    case undetermined
    /// The analysis could not finish: the time limit ran out or the command was interrupted.
    case analysisStopped(SolveStatus)
}
