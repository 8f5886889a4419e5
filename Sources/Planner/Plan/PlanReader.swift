/// Reads a solution vector back into a `Plan`, applying model.md's reporting rules.
struct PlanReader {
    let model: PlanModel
    /// Column values with integers rounded, specks cleared and PPA matching recomputed.
    let values: [Double]
    /// Set for a horizon's year: supply notes count that year's deliveries, not the nodes installed.
    var yearlySupply: YearlySupply? = nil

    /// The nodes of each server index bought in one year of a horizon.
    struct YearlySupply {
        var yearLabel: String
        var nodesBought: [Int: Double]
    }

    var catalog: Catalog { model.catalog }
    var index: ModelIndex { model.index }

    init(model: PlanModel, solution: [Double]) {
        self.model = model
        var values = Self.cleaned(solution, of: model.program)
        Self.recomputePPAMatching(model, &values)
        self.values = values
    }

    /// `solution` with specks below 1e-9 cleared and `program`'s integer columns
    /// rounded (an empty program, a horizon's year, rounds nothing: its reader
    /// gets values the horizon's reader already cleaned).
    static func cleaned(_ solution: [Double], of program: LinearProgram) -> [Double] {
        var values = solution.map { abs($0) < 1e-9 ? 0 : $0 }
        for (j, column) in program.columns.enumerated() where column.isInteger {
            values[j] = values[j].rounded()
        }
        return values
    }

    /// Reporting rule: m_st = min(grid_st, Σ_{v ppa at s} cf_vt · q_v).
    private static func recomputePPAMatching(_ model: PlanModel, _ values: inout [Double]) {
        let catalog = model.catalog
        for s in model.index.openable {
            let site = catalog.sites[s]
            let ppa = catalog.renewables.indices.filter {
                catalog.renewables[$0].site == site.id && catalog.renewables[$0].contract == .ppa
                    && model.index.offerMW[$0] != nil
            }
            for (t, step) in site.steps.enumerated() {
                let columns = model.index.steps[s]![t]
                guard let matched = columns.ppaMatched else { continue }
                let generation = ppa.reduce(0.0) {
                    $0 + catalog.renewables[$1].capacityFactor(at: step) * values[model.index.offerMW[$1]!.index]
                }
                values[matched.index] = min(values[columns.grid.index], generation)
            }
        }
    }

    func value(_ column: LinearProgram.ColumnID?) -> Double {
        column.map { values[$0.index] } ?? 0
    }

    /// The bound a plan reports: the search's, or for a plan proven optimal
    /// without one its own objective (the proof is the bound); nil when a stopped
    /// search proved none, so that no report claims a gap it does not have.
    static func reportedBound(_ bestBound: Double?, status: SolveStatus, objective: Double) -> Double? {
        bestBound ?? (status == .optimal ? objective : nil)
    }

    /// The plan's numbers; status and solver fields are filled by the caller.
    func read(status: SolveStatus, bestBound: Double?, gap: Double?, solver: SolverSummary) -> Plan {
        let sites = catalog.sites.indices.map(sitePlan)
        let totals = PlanTotals(sites: sites)
        let manifest = Manifest(catalog: catalog)
        let bound = Self.reportedBound(bestBound, status: status, objective: totals.objectiveUSDPerYr)
        var plan = Plan(
            status: status, objectiveUSDPerYr: totals.objectiveUSDPerYr, bestBoundUSDPerYr: bound,
            mipGap: bound == nil ? nil : gap ?? 0, costs: totals.costs, carbon: totals.carbon, energy: totals.energy,
            cfeFraction: totals.cfeFraction,
            sites: sites, workloads: WorkloadReader(reader: self, sites: sites).workloads(),
            shadowPrices: [], solver: solver, manifest: manifest)
        plan.representativeDays = catalog.representativeDays
        return plan
    }
}
