/// Reads a solution vector back into a `Plan`, applying model.md's reporting rules.
struct PlanReader {
    let model: PlanModel
    /// Column values with integers rounded, specks cleared and PPA matching recomputed.
    let values: [Double]

    var catalog: Catalog { model.catalog }
    var index: ModelIndex { model.index }

    init(model: PlanModel, solution: [Double]) {
        self.model = model
        var values = solution.map { abs($0) < 1e-9 ? 0 : $0 }
        for (j, column) in model.program.columns.enumerated() where column.isInteger {
            values[j] = values[j].rounded()
        }
        Self.recomputePPAMatching(model, &values)
        self.values = values
    }

    /// Reporting rule: m_st = min(grid_st, Σ_{v ppa at s} cf_vt · q_v).
    private static func recomputePPAMatching(_ model: PlanModel, _ values: inout [Double]) {
        let catalog = model.catalog
        for s in model.index.openable {
            let site = catalog.sites[s]
            let ppa = catalog.renewables.indices.filter {
                catalog.renewables[$0].site == site.id && catalog.renewables[$0].contract == .ppa && model.index.offerMW[$0] != nil
            }
            for (t, step) in site.steps.enumerated() {
                let columns = model.index.steps[s]![t]
                guard let matched = columns.ppaMatched else { continue }
                let generation = ppa.reduce(0.0) { $0 + catalog.renewables[$1].capacityFactor(at: step) * values[model.index.offerMW[$1]!.index] }
                values[matched.index] = min(values[columns.grid.index], generation)
            }
        }
    }

    func value(_ column: LinearProgram.ColumnID?) -> Double {
        column.map { values[$0.index] } ?? 0
    }

    /// The plan's numbers; status and solver fields are filled by the caller.
    func read(status: Plan.Status, bestBound: Double?, gap: Double?, solver: SolverSummary) -> Plan {
        let sites = catalog.sites.indices.map(sitePlan)
        let costs = CostTerm.allCases.map { term in
            (term, sites.reduce(0.0) { sum, site in sum + (site.costs.first { $0.term == term }?.usdPerYr ?? 0) })
        }
        let objective = costs.reduce(0) { $0 + $1.1 }
        let energy = sites.reduce(EnergyTotals.zero) { $0 + $1.energy }
        let carbon = CarbonTotals(operationalT: sites.reduce(0) { $0 + $1.carbon.operationalT },
                                  embodiedT: sites.reduce(0) { $0 + $1.carbon.embodiedT })
        let unmatched = energy.gridMWh - energy.ppaMatchedMWh
        let cfe = energy.facilityMWh > 0 ? 1 - unmatched / energy.facilityMWh : 0
        let manifest = Manifest(catalog: catalog)
        var plan = Plan(
            status: status, objectiveUSDPerYr: objective, bestBoundUSDPerYr: bestBound ?? objective,
            mipGap: gap ?? 0, costs: costs, carbon: carbon, energy: energy, cfeFraction: cfe,
            sites: sites, workloads: WorkloadReader(reader: self, sites: sites).workloads(),
            shadowPrices: [], solver: solver, manifest: manifest)
        plan.representativeDays = catalog.representativeDays
        return plan
    }
}
