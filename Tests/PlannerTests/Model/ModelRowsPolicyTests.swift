import Testing

@testable import Planner

/// Policy rows (18–20) exist only when their key is set, with the bounds policy.csv gives;
/// a site above max_risk_score gets no columns. Base instance: one annual step of 8760 h
/// at 400 kg/MWh, so a MW drawn all year emits 8760 · 400 / 1000 = 3504 t.
@Suite struct ModelRowsPolicyTests {
    /// g1 with embodied 5000 kg over 5 years: 5000 / 5 / 1000 = 1 t per node-year.
    static let embodied = ModelFixture().with(
        "servers.csv",
        "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,"
            + "capex_usd,lifetime_years,embodied_kg,cooling_kinds",
        "g1,1,1000,1,1,100,120,100000,5,5000,air")

    /// Without the keys, none of the three rows is built.
    @Test func noPolicyRowsByDefault() throws {
        let built = try BuiltModel(Self.embodied)
        built.expectNone("carbon_cap", "cfe_floor", "capex_budget")
    }

    /// Row 18: 3504 t per MW of grid + 1 t per node ≤ 2628.
    @Test func carbonCapRow() throws {
        let built = try BuiltModel(Self.embodied.withPolicy("max_carbon_t,2628"))
        built.expectRow("carbon_cap", upper: 2_628, ["grid[A,t0]": 3_504, "nodes[A,g1,air1]": 1])
        #expect(built.name(built.model.limits.carbonCap) == "carbon_cap")
        built.expectNone("cfe_floor", "capex_budget")
    }

    /// Row 19 at a 60 % floor: 8760 h · grid ≤ (1 − 0.6) · 8760 h · load,
    /// i.e. 8760 · grid − 3504 · load ≤ 0.
    @Test func carbonFreeShareRow() throws {
        let built = try BuiltModel(ModelFixture().withPolicy("min_cfe_fraction,0.6"))
        built.expectRow("cfe_floor", upper: 0, ["grid[A,t0]": 8_760, "load[A]": -3_504])
        #expect(built.name(built.model.limits.cfeFloor) == "cfe_floor")
        built.expectNone("carbon_cap", "capex_budget")
    }

    /// Row 20 counts upfront money, not annualised: with the base costs a node is its
    /// 100 000 USD capex and opening A is free, so only nodes appear.
    @Test func capexBudgetRowOfBaseInstance() throws {
        let built = try BuiltModel(ModelFixture().withPolicy("capex_budget_usd,2300000"))
        built.expectRow("capex_budget", upper: 2_300_000, ["nodes[A,g1,air1]": 100_000])
        #expect(built.name(built.model.limits.capexBudget) == "capex_budget")
        built.expectNone("carbon_cap", "cfe_floor")
    }

    /// With `ModelRowsSiteTests.costly`'s site and cooling: a node costs upfront
    /// 100 000 + 120 kW · 1.5 · 150 USD/kW (cooling) + 120 kW · 2 · 300 USD/kW (electrical)
    /// = 100 000 + 27 000 + 72 000 = 199 000, and opening A 1 500 000 (no opex, no CRF).
    @Test func capexBudgetRowCountsCoolingElectricalAndSite() throws {
        let built = try BuiltModel(ModelRowsSiteTests.costly.withPolicy("capex_budget_usd,5000000"))
        built.expectRow(
            "capex_budget", upper: 5_000_000, ["nodes[A,g1,air1]": 199_000, "open[A]": 1_500_000])
    }

    /// A carbon price of 100 USD/t adds 100 · 3504 = 350 400 USD per grid MW to the
    /// 438 000 of energy, and 100 · 1 t = 100 USD to each node's 20 000.
    @Test func carbonPriceEntersObjective() throws {
        let built = try BuiltModel(Self.embodied.withPolicy("carbon_price_usd_per_t,100"))
        expectTerms(built.costs, ["grid[A,t0]": 788_400, "nodes[A,g1,air1]": 20_100], "objective")
        built.expectNone("carbon_cap")
    }

    /// Sites A (risk 0.5) and B (risk 0.2) under max_risk_score 0.3: A gets no column and
    /// no row; w1 may only go to B.
    @Test func riskySiteGetsNoColumns() throws {
        let built = try BuiltModel(
            ModelFixture()
                .with(
                    "sites.csv",
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,risk_score",
                    "A,r1,100,10,50,400,0.5", "B,r1,100,10,50,400,0.2"
                )
                .withPolicy("max_risk_score,0.3"))
        #expect(built.model.index.openable == [1])
        #expect(
            built.columnNames == [
                "open[B]", "load[B]", "nodes[B,g1,air1]", "grid[B,t0]", "runs[w1,B,g1]", "work[w1,B,g1]",
            ])
        let atA = (built.columnNames + built.rowNames).filter { $0.contains("[A") || $0.contains(",A") }
        #expect(atA.isEmpty, "\(atA)")
        built.expectRow("assign[w1]", lower: 1, upper: 1, ["runs[w1,B,g1]": 1])
    }

    /// A risk equal to max_risk_score may still open (risk ≤ max).
    @Test func riskAtTheLimitMayOpen() throws {
        let built = try BuiltModel(
            ModelFixture()
                .with(
                    "sites.csv",
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,risk_score",
                    "A,r1,100,10,50,400,0.3"
                )
                .withPolicy("max_risk_score,0.3"))
        #expect(built.model.index.openable == [0])
        built.expectColumn("open[A]", upper: 1, isInteger: true)
    }
}
