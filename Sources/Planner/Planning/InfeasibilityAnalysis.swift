import Foundation

/// Explains an infeasible model by re-solving with priced slack (GLPK has no IIS):
/// first on the policy limits and the site and supply limits (racks, grid
/// connection, water permit, server supply), then on each workload's work too.
/// Each slack costs a penalty per unit relative to its limit, so the cheapest
/// relaxation is the smallest in proportion; figures are "at least" when GLPK
/// proved the relaxed model optimal, "about" otherwise.
enum InfeasibilityAnalysis {
    /// Penalty per unit of slack (a whole run's work, a whole cap): far above any
    /// real annual cost so slack is used only where no build can avoid it.
    static let penaltyUSD = 1e12

    /// Why `solved`'s model has no plan: the cheapest slack on policy limits,
    /// then on each run's work; `.undetermined` when neither narrows it down.
    static func explain(_ solved: PlanModel, context: PlanningContext) -> [InfeasibilityReason] {
        let model = PlanModel(catalog: solved.catalog, strengthened: false, boundsFromLimits: false)
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

    /// Solves with slack on the policy and site rows (and on the work rows when `work`).
    private static func relaxed(_ model: PlanModel, work: Bool, context: PlanningContext) -> Attempt {
        var slacks: [Slack] = []
        var reasons: [(Double) -> InfeasibilityReason] = []
        let catalog = model.catalog
        if let cap = catalog.policy.maxCarbonT, let row = model.limits.carbonCap {
            slacks.append(
                Slack(rows: [row.index], name: "slack_carbon", direction: -1, penaltyUSD: penaltyUSD / max(cap, 1)))
            reasons.append { .carbonCapShort(capT: cap, riseT: $0) }
        }
        if let floor = catalog.policy.minCFEFraction, let row = model.limits.cfeFloor {
            slacks.append(Slack(rows: [row.index], name: "slack_cfe", direction: -1, penaltyUSD: penaltyUSD / 1e6))
            reasons.append { .cfeFloorShort(floor: floor, missingMWh: $0) }
        }
        if let budget = catalog.policy.capexBudgetUSD, let row = model.limits.capexBudget {
            slacks.append(
                Slack(rows: [row.index], name: "slack_capex", direction: -1, penaltyUSD: penaltyUSD / max(budget, 1)))
            reasons.append { .capexBudgetShort(budgetUSD: budget, shortUSD: $0) }
        }
        if work {
            for (w, workload) in catalog.workloads.enumerated() {
                guard let row = model.limits.work[w] else { continue }
                slacks.append(
                    Slack(
                        rows: [row.index], name: "slack_work[\(workload.id)]", direction: 1, penaltyUSD: penaltyUSD,
                        upper: 1))
                reasons.append { share in
                    .workShort(
                        workload: workload.id, missingFLOP: share * workload.flops, share: share,
                        deadlineDays: workload.deadlineDays)
                }
            }
        }
        addSiteLimitSlacks(model, &slacks, &reasons)
        guard !slacks.isEmpty else { return .stillInfeasible }
        let (program, columns) = model.program.withSlacks(slacks)
        // The penalties dwarf real costs, so only a tight gap measures the shortfall well.
        let result = context.solveMIP(program) { $0.mipGap = 1e-6 }
        guard result.hasSolution else {
            return result.status == .infeasible ? .stillInfeasible : .stopped(result.status)
        }
        let proven = result.status == .optimal
        let found = zip(columns, reasons).compactMap { column, reason -> InfeasibilityReason? in
            let value = result.columnValues[column.index]
            return value > 1e-6 ? reason(value).proven(proven) : nil
        }
        return found.isEmpty ? .stillInfeasible : .explained(found)
    }
}

extension InfeasibilityAnalysis {
    /// Slack on every site's floor space, grid connection (one amount for all its
    /// steps) and water permit, and on each server's supply; the reasons name
    /// the catalog cell to change and give the amount in its own unit.
    fileprivate static func addSiteLimitSlacks(
        _ model: PlanModel, _ slacks: inout [Slack], _ reasons: inout [(Double) -> InfeasibilityReason]
    ) {
        let catalog = model.catalog
        let usable = 1 - catalog.policy.expansionReserveFraction
        for s in model.index.openable {
            let site = catalog.sites[s]
            if let row = model.limits.floorSpace[s] {
                slacks.append(
                    Slack(
                        rows: [row.index], name: "slack_racks[\(site.id)]", direction: -1,
                        penaltyUSD: penaltyUSD / max(site.maxRacks, 1)))
                reasons.append {
                    .limitShort(
                        file: "sites.csv", row: site.id, column: "max_racks", more: $0 / usable, has: site.maxRacks,
                        unit: "racks", proven: true)
                }
            }
            if let rows = model.limits.gridConnection[s], !rows.isEmpty {
                slacks.append(
                    Slack(
                        rows: rows.map(\.index), name: "slack_grid[\(site.id)]", direction: -1,
                        penaltyUSD: penaltyUSD / max(site.gridCapacityMW, 1)))
                reasons.append {
                    .limitShort(
                        file: "sites.csv", row: site.id, column: "grid_capacity_mw", more: $0 / usable,
                        has: site.gridCapacityMW, unit: "MW", proven: true)
                }
            }
            if let row = model.limits.water[s], let permit = site.maxWaterM3PerYr {
                slacks.append(
                    Slack(
                        rows: [row.index], name: "slack_water[\(site.id)]", direction: -1,
                        penaltyUSD: penaltyUSD / max(permit, 1)))
                reasons.append {
                    .limitShort(
                        file: "sites.csv", row: site.id, column: "max_water_m3_per_yr", more: $0, has: permit,
                        unit: "m³/yr", proven: true)
                }
            }
        }
        for (g, server) in catalog.servers.enumerated() {
            guard let row = model.limits.supply[g], let supply = server.maxNodes else { continue }
            slacks.append(
                Slack(
                    rows: [row.index], name: "slack_supply[\(server.id)]", direction: -1,
                    penaltyUSD: penaltyUSD / max(Double(supply), 1)))
            reasons.append {
                .limitShort(
                    file: "servers.csv", row: server.id, column: "max_nodes", more: $0, has: Double(supply),
                    unit: "nodes", proven: true)
            }
        }
    }
}

/// A penalised slack column on one or more rows: `direction` +1 helps a ≥ row, −1 loosens a ≤ row.
struct Slack {
    var rows: [Int]
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
        for (slack, column) in zip(slacks, slackColumns) {
            for row in slack.rows { termsByRow[row].append((column, slack.direction)) }
        }
        for (i, row) in rows.enumerated() {
            copy.addRow(row.name, lower: row.lower, upper: row.upper, terms: termsByRow[i])
        }
        copy.objectiveConstant = objectiveConstant
        return (copy, slackColumns)
    }

}
