import Foundation

/// The sentences that say why no plan meets the requirements.
public enum InfeasibilityText {
    /// One plain sentence for `reason`.
    public static func sentence(_ reason: InfeasibilityReason) -> String {
        switch reason {
        case .noEligibleSite(let workload, let regions):
            let why =
                regions.isEmpty
                ? "no site is within max_risk_score"
                : "no site within max_risk_score is in its allowed regions (\(regions.joined(separator: ", ")))"
            return "workload \(workload) has no eligible site: \(why)"
        case .noEligibleServer(let workload):
            return "workload \(workload) has no eligible server: none of its allowed servers has a cooling system "
                + "of its kind"
        case .needsStorageBandwidth(let workload):
            return "workload \(workload) can only use servers that need storage bandwidth (storage_gbps) but "
                + "storage.csv offers no storage unit"
        case .cannotBePowered(let workload, let site, let availableMW, let nodeMW):
            return "workload \(workload) cannot run anywhere: no eligible site can power one node; the closest, "
                + "\(site), has \(NumberText.plain(availableMW)) MW for a node that draws "
                + "\(NumberText.plain(nodeMW)) MW with cooling"
        case .needsStorage(let workload, let storageTB):
            return "workload \(workload) needs \(NumberText.plain(storageTB)) TB of storage but storage.csv offers "
                + "no storage unit"
        case .carbonCapShort(let capT, let riseT, let proven):
            return "the carbon cap of \(NumberText.plain(capT)) tCO2e/yr would have to rise by "
                + "\(proven ? "at least" : "about") \(NumberText.plain(riseT)) t"
        case .cfeFloorShort(let floor, let missingMWh):
            return "the carbon-free floor of \(NumberText.plain(floor * 100)) % cannot be met: "
                + "\(NumberText.plain(missingMWh)) MWh/yr more carbon-free energy would be needed"
        case .capexBudgetShort(let budgetUSD, let shortUSD, let proven):
            return "the capex budget of \(NumberText.plain(budgetUSD)) USD is short by "
                + "\(proven ? "at least" : "about") \(NumberText.plain(shortUSD)) USD"
        case .limitShort(let file, let row, let column, let more, let has, let unit, let proven):
            // Round up what is needed: whole racks, nodes and m³, MW to the hundredth.
            let step = unit == "MW" ? 0.01 : 1
            let amount = ((more - 1e-6) / step).rounded(.up) * step
            return "\(file) \(row) \(column): \(proven ? "at least" : "about") \(NumberText.plain(amount)) more "
                + "\(unit) needed (has \(NumberText.plain(has)))"
        case .workShort(let workload, let missingFLOP, let share, let deadlineDays):
            return "workload \(workload) needs \(CatalogSummary.scientific(missingFLOP)) FLOP "
                + "(\(String(format: "%.1f", share * 100)) % of its compute) more than the eligible sites can "
                + "deliver by day \(NumberText.plain(deadlineDays))"
        case .undetermined:
            return "the requirements contradict each other in a way planctl could not narrow down; try "
                + "`planctl export` and another solver's conflict analysis"
        case .analysisStopped(let status):
            return status == .interrupted
                ? "the analysis of why was interrupted"
                : "the time limit ran out before planctl could say which requirement cannot be met"
        }
    }
}
