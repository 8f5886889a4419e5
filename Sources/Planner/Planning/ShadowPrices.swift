/// Shadow prices of the binding limits: the LP with every integer choice fixed
/// at the plan's values, so each price is conditional on the chosen build.
enum ShadowPrices {
    /// The prices, and the status of the fixed-build LP (anything but `optimal`
    /// means no prices: the report says why instead of showing none).
    static func compute(_ model: PlanModel, solution: [Double], context: PlanningContext)
        -> (prices: [ShadowPrice], status: SolveStatus)
    {
        guard let fixed = try? model.program.withIntegersFixed(solution) else { return ([], .failed) }
        let lp = context.solveLP(fixed)
        guard lp.status == .optimal, lp.rowDuals.count == model.program.rows.count else { return ([], lp.status) }
        let duals = lp.rowDuals
        let catalog = model.catalog
        let limits = model.limits
        var prices: [ShadowPrice] = []
        func add(_ limit: String, _ subject: String?, _ saving: Double, _ unit: String) {
            if abs(saving) > 1e-6 {
                prices.append(ShadowPrice(limit: limit, subject: subject, usdPerYrPerUnit: saving, unit: unit))
            }
        }
        // A ≤ limit's dual is ∂cost/∂limit ≤ 0, so one more unit saves −dual.
        for s in model.index.openable {
            let site = catalog.sites[s].id
            if let row = limits.floorSpace[s] { add("racks", site, -duals[row.index], "rack") }
            if let rows = limits.gridConnection[s] {
                add("grid_mw", site, -rows.reduce(0) { $0 + duals[$1.index] }, "MW")
            }
            if let row = limits.water[s] { add("water_m3", site, -duals[row.index], "m³/yr") }
        }
        for (g, server) in catalog.servers.enumerated() {
            if let row = limits.supply[g] { add("supply_nodes", server.id, -duals[row.index], "node") }
        }
        if let row = limits.carbonCap { add("carbon_cap_t", nil, -duals[row.index], "tCO2e/yr") }
        if let row = limits.cfeFloor {
            // Lowering the floor by one point moves the row's bound up by 1 % of facility energy.
            let facilityMWh = model.index.openable.reduce(0.0) { sum, s in
                sum + catalog.sites[s].steps.reduce(0) { $0 + $1.weightHours }
                    * lp.columnValues[model.index.facilityLoad[s]!.index]
            }
            add("cfe_floor", nil, -duals[row.index] * facilityMWh / 100, "percentage point lower")
        }
        if let row = limits.capexBudget { add("capex_budget_usd", nil, -duals[row.index], "USD of budget") }
        return (prices, .optimal)
    }
}
