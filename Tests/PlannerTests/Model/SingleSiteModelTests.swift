import Testing

@testable import Planner

/// One site, one server, one cooling: every cost term by hand, and deadline nesting.
@Suite struct SingleSiteModelTests {
    /// The base instance with every per-node and per-site cost switched on.
    static let costed = ModelFixture()
        .with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,power_redundancy,electrical_capex_usd_per_kw,fixed_capex_usd,fixed_opex_usd_per_yr,lifetime_years,water_price_usd_per_m3",
            "A,r1,100,10,50,400,1.5,200,1000000,10000,20,1"
        )
        .with(
            "servers.csv",
            "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,opex_usd_per_yr,lifetime_years,embodied_kg,cooling_kinds",
            "g1,1,1000,1,1,100,120,100000,1000,5,1000,air"
        )
        .with(
            "cooling.csv",
            "id,kind,pue,capex_usd_per_kw,redundancy,max_rack_kw,wue_l_per_kwh,lifetime_years",
            "air1,air,1.25,100,2,40,2,10"
        )
        .withPolicy("carbon_price_usd_per_t,10")

    @Test func singleRunCostsEveryTerm() throws {
        let plan = try Self.costed.plan()
        // need = 6.5664e22 / 8.64e19 = 760 node-days; nodes = ⌈760 / (1 · 100)⌉ = 8.
        #expect(plan.nodes("A", "g1", "air1") == 8)
        // 8 · (100 000 / 5 + 1 000 opex) = 8 · 21 000.
        expectClose(plan.cost(.servers), 168_000, "servers")
        // 8 nodes · 120 kW peak · redundancy 2 · 100 USD/kW / 10 years = 8 · 2 400.
        expectClose(plan.cost(.cooling), 19_200, "cooling")
        // 8 · 120 kW · power_redundancy 1.5 · 200 USD/kW / 20 years = 8 · 1 800.
        expectClose(plan.cost(.electrical), 14_400, "electrical")
        // 1e6 / 20 years + 10 000 USD/yr.
        expectClose(plan.cost(.sites), 60_000, "sites")
        // facility 8 · 0.1 MW · 1.25 = 1 MW → 8760 MWh · 50 USD.
        expectClose(plan.cost(.gridEnergy), 438_000, "grid energy")
        // water 8 · 100 kW · 8760 h · 2 L/kWh / 1000 = 14 016 m³ at 1 USD.
        expectClose(plan.cost(.water), 14_016, "water")
        // op 8760 MWh · 0.4 t = 3504 t; emb 8 · 1000 kg / 5 yr = 1.6 t; · 10 USD/t.
        expectClose(plan.cost(.carbon), 35_056, "carbon")
        for term in [CostTerm.storage, .renewables, .batteries, .ppaSettlement, .heatRevenue] {
            #expect(plan.cost(term) == 0, "\(term)")
        }
        // 168 000 + 19 200 + 14 400 + 60 000 + 438 000 + 14 016 + 35 056.
        expectClose(plan.objectiveUSDPerYr, 748_672, "objective")
        expectClose(plan.bestBoundUSDPerYr ?? .nan, 748_672, "best bound")

        expectClose(plan.carbon.operationalT, 3_504, "op_t")
        expectClose(plan.carbon.embodiedT, 1.6, "emb_t")
        expectClose(plan.energy.facilityMWh, 8_760, "facility MWh")
        expectClose(plan.energy.gridMWh, 8_760, "grid MWh")
        let site = try #require(plan.site("A"))
        #expect(site.open)
        // racks 8 · 120 / 40 = 24; peak IT 0.96 MW; PUE = 1 MW / 0.8 MW.
        expectClose(site.racks, 24, "racks")
        expectClose(site.peakITMW, 0.96, "peak IT")
        expectClose(site.pue, 1.25, "pue")
        expectClose(site.waterM3PerYr, 14_016, "water m3")

        let run = try #require(plan.workload("w1"))
        #expect(run.site == "A" && run.server == "g1")
        expectClose(run.nodeDays, 760, "node-days")
        // EDF alone on the cluster: 760 node-days / (1 · 8 nodes) = day 95.
        expectClose(run.finishDay, 95, "finish day")
        // 760 node-days · 24 h · 0.1 MW · pue 1.25 = 2280 MWh.
        expectClose(run.energyMWh, 2_280, "run energy")
        // at the site's operational intensity 3504 t / 8760 MWh = 0.4 t/MWh.
        expectClose(run.carbonT, 912, "run carbon")
    }

    /// Two runs on one cluster (availability 0.5): the nested row of the later
    /// deadline sets the size, not either run alone.
    @Test func nestedDeadlinesSizeTheCluster() throws {
        let plan = try ModelFixture()
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
                "A,r1,300,10,50,400"
            )
            .with(
                "servers.csv",
                "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds",
                "g1,1,1000,1,0.5,100,120,100000,5,air"
            )
            // a_late: 385 node-days by day 20; z_early: 300 node-days by day 10
            // (file and id order put the later run first; EDF must not).
            .with("workloads.csv", "id,flops,deadline_days", "a_late,3.3264e22,20", "z_early,2.592e22,10")
            .plan()
        // d = 10: 300 ≤ 0.5 · 10 · n → n ≥ 60;  d = 20: 300 + 385 ≤ 0.5 · 20 · n → n ≥ 68.5;
        // alone, a_late needs only ⌈385 / 10⌉ = 39. Integer: 69.
        #expect(plan.nodes("A", "g1", "air1") == 69)
        expectClose(plan.cost(.servers), 69 * 20_000, "servers")
        // EDF: z_early first, 300 / (0.5 · 69); then a_late at (300 + 385) / (0.5 · 69).
        expectClose(plan.workload("z_early")?.finishDay, 300 / 34.5, "early finish")
        expectClose(plan.workload("a_late")?.finishDay, 685 / 34.5, "late finish")
        expectClose(plan.workload("a_late")?.nodeDays, 385, "late node-days")
    }
}

extension SingleSiteModelTests {
    /// Two sites with no fixed cost; A is cheaper to power (50 vs 60 USD/MWh), so the run
    /// goes to A. B holds nothing and costs nothing to open: whatever o_B GLPK returns,
    /// the report says closed, so equal plans read the same.
    @Test func anEmptyFreeSiteIsReportedClosed() throws {
        let plan = try ModelFixture().with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
            "A,r1,100,10,50,400",
            "B,r1,100,10,60,400"
        ).plan()
        #expect(plan.site("A")?.open == true)
        #expect(plan.site("B")?.open == false)
        #expect(plan.sites.count == 2)
    }
}
