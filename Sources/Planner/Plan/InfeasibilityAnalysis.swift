import Foundation

/// Explains an infeasible model by re-solving with priced slack (GLPK has no IIS):
/// first on policy limits, then on each workload's work.
enum InfeasibilityAnalysis {
    /// Penalty per unit of slack (a whole run's work, a whole cap): far above any
    /// real annual cost so slack is used only where no build can avoid it.
    static let penaltyUSD = 1e12

    static func explain(_ solved: PlanModel, options: SolveOptions) -> [String] {
        let model = PlanModel(catalog: solved.catalog, strengthened: false)
        var lpOptions = options
        lpOptions.progress = nil
        lpOptions.timeLimitSeconds = min(options.timeLimitSeconds, 60)
        // The penalties dwarf real costs, so only a tight gap measures the shortfall well.
        lpOptions.mipGap = 1e-6
        if let reasons = relaxed(model, policy: true, work: false, options: lpOptions) { return reasons }
        if let reasons = relaxed(model, policy: true, work: true, options: lpOptions) { return reasons }
        return [
            "the requirements contradict each other in a way planctl could not narrow down; try `planctl export` and another solver's conflict analysis"
        ]
    }

    /// Solves with slack on the chosen rows; nil if still infeasible.
    private static func relaxed(_ model: PlanModel, policy: Bool, work: Bool, options: SolveOptions) -> [String]? {
        var slacks: [Slack] = []
        var explainers: [(Double) -> String] = []
        let catalog = model.catalog
        if policy {
            if let cap = catalog.policy.maxCarbonT, let row = model.limits.carbonCap {
                slacks.append(
                    Slack(row: row.index, name: "slack_carbon", direction: -1, penaltyUSD: penaltyUSD / max(cap, 1)))
                explainers.append({
                    "the carbon cap of \(NumberText.plain(cap)) tCO2e/yr would have to rise by at least \(NumberText.plain($0)) t"
                })
            }
            if let floor = catalog.policy.minCFEFraction, let row = model.limits.cfeFloor {
                slacks.append(Slack(row: row.index, name: "slack_cfe", direction: -1, penaltyUSD: penaltyUSD / 1e6))
                explainers.append({
                    "the carbon-free floor of \(NumberText.plain(floor * 100)) % cannot be met: \(NumberText.plain($0)) MWh/yr more carbon-free energy would be needed"
                })
            }
            if let budget = catalog.policy.capexBudgetUSD, let row = model.limits.capexBudget {
                slacks.append(
                    Slack(row: row.index, name: "slack_capex", direction: -1, penaltyUSD: penaltyUSD / max(budget, 1)))
                explainers.append({
                    "the capex budget of \(NumberText.plain(budget)) USD is short by at least \(NumberText.plain($0)) USD"
                })
            }
        }
        if work {
            for (w, workload) in catalog.workloads.enumerated() {
                guard let row = model.program.rowIndex(named: "work[\(workload.id)]") else { continue }
                slacks.append(
                    Slack(row: row, name: "slack_work[\(workload.id)]", direction: 1, penaltyUSD: penaltyUSD, upper: 1))
                let flops = workload.flops
                explainers.append({ share in
                    "workload \(workload.id) needs \(CatalogSummary.scientific(share * flops)) FLOP (\(String(format: "%.1f", share * 100)) % of its compute) more than the eligible sites can deliver by day \(NumberText.plain(catalog.workloads[w].deadlineDays))"
                })
            }
        }
        guard !slacks.isEmpty else { return nil }
        let (program, columns) = model.program.withSlacks(slacks)
        let result = GLPKSolver.solveMIP(program, options: options)
        guard result.hasSolution else { return nil }
        let reasons = zip(columns, explainers).compactMap { column, sentence -> String? in
            let value = result.columnValues[column.index]
            return value > 1e-6 ? sentence(value) : nil
        }
        return reasons.isEmpty ? nil : reasons
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

    /// The row with this name, if any.
    func rowIndex(named name: String) -> Int? {
        rows.firstIndex { $0.name == name }
    }
}
