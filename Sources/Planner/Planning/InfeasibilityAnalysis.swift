import Foundation

/// Explains an infeasible model by re-solving with priced slack (GLPK has no IIS):
/// first on policy limits, then on each workload's work.
enum InfeasibilityAnalysis {
    /// Penalty per unit of slack (a whole run's work, a whole cap): far above any
    /// real annual cost so slack is used only where no build can avoid it.
    static let penaltyUSD = 1e12

    /// Why `solved`'s model has no plan: the cheapest slack on policy limits,
    /// then on each run's work; `.undetermined` when neither narrows it down.
    static func explain(_ solved: PlanModel, context: PlanningContext) -> [InfeasibilityReason] {
        let model = PlanModel(catalog: solved.catalog, strengthened: false)
        for work in [false, true] {
            switch relaxed(model, work: work, context: context) {
            case .explained(let reasons): return reasons
            case .stopped(let status): return [.analysisStopped(status)]
            case .stillInfeasible: continue
            }
        }
        return [.undetermined]
    }

    private enum Attempt {
        case explained([InfeasibilityReason])
        case stopped(SolveStatus)
        case stillInfeasible
    }

    /// Solves with slack on the policy rows (and on the work rows when `work`).
    private static func relaxed(_ model: PlanModel, work: Bool, context: PlanningContext) -> Attempt {
        var slacks: [Slack] = []
        var reasons: [(Double) -> InfeasibilityReason] = []
        let catalog = model.catalog
        if let cap = catalog.policy.maxCarbonT, let row = model.limits.carbonCap {
            slacks.append(
                Slack(row: row.index, name: "slack_carbon", direction: -1, penaltyUSD: penaltyUSD / max(cap, 1)))
            reasons.append { .carbonCapShort(capT: cap, riseT: $0) }
        }
        if let floor = catalog.policy.minCFEFraction, let row = model.limits.cfeFloor {
            slacks.append(Slack(row: row.index, name: "slack_cfe", direction: -1, penaltyUSD: penaltyUSD / 1e6))
            reasons.append { .cfeFloorShort(floor: floor, missingMWh: $0) }
        }
        if let budget = catalog.policy.capexBudgetUSD, let row = model.limits.capexBudget {
            slacks.append(
                Slack(row: row.index, name: "slack_capex", direction: -1, penaltyUSD: penaltyUSD / max(budget, 1)))
            reasons.append { .capexBudgetShort(budgetUSD: budget, shortUSD: $0) }
        }
        if work {
            for (w, workload) in catalog.workloads.enumerated() {
                guard let row = model.limits.work[w] else { continue }
                slacks.append(
                    Slack(
                        row: row.index, name: "slack_work[\(workload.id)]", direction: 1, penaltyUSD: penaltyUSD,
                        upper: 1))
                reasons.append { share in
                    .workShort(
                        workload: workload.id, missingFLOP: share * workload.flops, share: share,
                        deadlineDays: workload.deadlineDays)
                }
            }
        }
        guard !slacks.isEmpty else { return .stillInfeasible }
        let (program, columns) = model.program.withSlacks(slacks)
        // The penalties dwarf real costs, so only a tight gap measures the shortfall well.
        let result = context.solveMIP(program) { $0.mipGap = 1e-6 }
        guard result.hasSolution else {
            return result.status == .infeasible ? .stillInfeasible : .stopped(result.status)
        }
        let found = zip(columns, reasons).compactMap { column, reason -> InfeasibilityReason? in
            let value = result.columnValues[column.index]
            return value > 1e-6 ? reason(value) : nil
        }
        return found.isEmpty ? .stillInfeasible : .explained(found)
    }
}

/// A penalised slack column on one row: `direction` +1 helps a ≥ row, −1 loosens a ≤ row.
struct Slack {
    var row: Int
    var name: String
    var direction: Double
    var penaltyUSD: Double
    var upper: Double = .infinity
}

extension LinearProgram {
    /// A copy with slack columns added to the given rows; the slacks' columns in order.
    func withSlacks(_ slacks: [Slack]) -> (LinearProgram, [ColumnID]) {
        var copy = LinearProgram()
        for column in columns {
            copy.addColumn(
                column.name, lower: column.lower, upper: column.upper, cost: column.cost, isInteger: column.isInteger)
        }
        let slackColumns = slacks.map { copy.addColumn($0.name, upper: $0.upper, cost: $0.penaltyUSD) }
        var termsByRow = [[(ColumnID, Double)]](repeating: [], count: rows.count)
        for entry in entries { termsByRow[entry.row].append((ColumnID(index: entry.column), entry.value)) }
        for (slack, column) in zip(slacks, slackColumns) { termsByRow[slack.row].append((column, slack.direction)) }
        for (i, row) in rows.enumerated() {
            copy.addRow(row.name, lower: row.lower, upper: row.upper, terms: termsByRow[i])
        }
        copy.objectiveConstant = objectiveConstant
        return (copy, slackColumns)
    }

}
