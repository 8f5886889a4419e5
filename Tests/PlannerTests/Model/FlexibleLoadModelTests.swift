import Testing

@testable import Planner

/// Flexible load (flexible-load.md) on the base fixture with two steps of
/// 4380 h each: the grid is free in step 0 and costs P USD/MWh in step 1.
///
/// w1 needs 760 node-days by day 100, so the nodes running on average must be
/// Ā = (a0 + a1) / 2 ≥ 7.6. A running node draws 0.1 MW × PUE 1.25 = 0.125 MW;
/// with idle_power_kw 0 an idle one draws nothing. With x nodes bought
/// (20 000 USD/yr each) the cheapest dispatch runs min(x, 15.2) in step 0 and
/// the rest of 15.2 in step 1:
///   cost(x) = 20 000 x + 4380 · P · 0.125 · (15.2 − x)  for 8 ≤ x ≤ 15.2,
/// whose slope 20 000 − 547.5 P turns negative above P = 36.53.
@Suite("Flexible load model")
struct FlexibleLoadModelTests {
    static func fixture(priceUSDPerMWh: Double, minUtilization: Double) -> ModelFixture {
        ModelFixture()
            .with(
                "servers.csv",
                "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds,idle_power_kw",
                "g1,1,1000,1,1,100,120,100000,5,air,0"
            )
            .with(
                "profiles.csv",
                "site,period,hour,weight,grid_price_usd_per_mwh",
                "A,p,0,4380,0",
                "A,p,1,4380,\(priceUSDPerMWh)"
            )
            .withPolicy("min_utilization,\(minUtilization)")
    }

    /// P = 100: buying 15 nodes and running them in the free step wins:
    /// 15 · 20 000 + 547.5 · 100 · 0.2 = 310 950 (16 nodes: 320 000; 8 nodes: 554 200).
    @Test func moreNodesInTheCleanStepBeatFlat() throws {
        let plan = try Self.fixture(priceUSDPerMWh: 100, minUtilization: 0).plan()
        expectClose(plan.objectiveUSDPerYr, 310_950)
        #expect(plan.sites[0].nodes.map(\.count) == [15])
        // 15 nodes run in step 0 and 0.2 in step 1: Ā = 7.6, utilisation 7.6 / 15;
        // the run finishes on day 760 / 7.6 = 100; loads 1.875 and 0.025 MW.
        let site = plan.sites[0]
        expectClose(site.runningNodesAverage ?? 0, 7.6)
        expectClose(site.utilization ?? 0, 7.6 / 15)
        expectClose(plan.workloads[0].finishDay, 100)
        expectClose(site.dispatch[0].loadMW, 1.875)
        expectClose(site.dispatch[1].loadMW, 0.025)
        expectClose(site.energy.facilityMWh, 4380 * 1.9)
        // A run's energy is its own work: 760 node-days · 24 h · 0.1 MW · 1.25 = 2280 MWh.
        expectClose(plan.workloads[0].energyMWh, 2280)
        let json = PlanJSON.render(plan)
        #expect(json.contains("\"running_nodes_avg\": 7.6"))
        #expect(PlanMarkdown.render(plan).contains("## When the nodes run"))
    }

    /// P = 20: more nodes do not pay; 8 nodes run 8 in step 0 and 7.2 in step 1:
    /// 160 000 + 547.5 · 20 · 7.2 = 238 840 (flat would be 160 000 + 4380 · 20 · 1 = 247 600).
    @Test func cheapDirtyHoursKeepTheNodeCount() throws {
        let plan = try Self.fixture(priceUSDPerMWh: 20, minUtilization: 0).plan()
        expectClose(plan.objectiveUSDPerYr, 238_840)
        #expect(plan.sites[0].nodes.map(\.count) == [8])
    }

    /// min_utilization 1 is v1's flat load: 8 nodes at 1 MW all year,
    /// 160 000 + 4380 · 100 · 1 = 598 000, and no running columns are built.
    @Test func fullUtilizationIsTheFlatPlan() throws {
        let fixture = Self.fixture(priceUSDPerMWh: 100, minUtilization: 1)
        let plan = try fixture.plan()
        expectClose(plan.objectiveUSDPerYr, 598_000)
        let model = PlanModel(catalog: try fixture.catalog())
        #expect(!model.program.columns.contains { $0.name.hasPrefix("running") })
    }

    /// min_utilization 0.5: a node bought must run at least half the time in
    /// each step. With P = 100 the best x solves a0 = x, a1 = max(0.5 x, 15.2 − x):
    /// x = 10: a1 = 5.2 → 200 000 + 547.5 · 100 · 5.2 = 484 700;
    /// x = 11: a1 = 5.5 → 220 000 + 301 125 = 521 125; x = 9: a1 = 6.2 → 180 000 + 339 450 = 519 450.
    /// The floor is in the column (a = 0.5 · x + r), not in a row of its own:
    /// one running column and one row per placement and step.
    @Test func theUtilizationFloorBinds() throws {
        let fixture = Self.fixture(priceUSDPerMWh: 100, minUtilization: 0.5)
        let program = PlanModel(catalog: try fixture.catalog()).program
        #expect(program.columns.filter { $0.name.hasPrefix("running") }.count == 2)
        #expect(
            program.rows.filter { $0.name.hasPrefix("running") }.map(\.name).allSatisfy { $0.hasPrefix("running_max") })
        #expect(program.rows.filter { $0.name.hasPrefix("running") }.count == 2)
        let plan = try fixture.plan()
        expectClose(plan.objectiveUSDPerYr, 484_700)
        #expect(plan.sites[0].nodes.map(\.count) == [10])
    }

    /// A site the policy's risk limit keeps closed (B, risk 0.9 against 0.5) has no
    /// dispatch steps; its report reads closed with no carbon, and the plan is the
    /// one-site plan above (310 950). It used to trap reading B's missing steps.
    @Test func aSiteThatMayNotOpenIsReportedClosed() throws {
        let plan = try Self.fixture(priceUSDPerMWh: 100, minUtilization: 0)
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,risk_score",
                "A,r1,100,10,50,400,0",
                "B,r1,100,10,10,400,0.9"
            )
            .withPolicy("max_risk_score,0.5")
            .plan()
        expectClose(plan.objectiveUSDPerYr, 310_950)
        #expect(plan.sites.map(\.id) == ["A", "B"])
        #expect(plan.sites[1].open == false && plan.sites[1].dispatch.isEmpty)
        #expect(plan.sites[1].runsCarbonKgPerMWh?.runs == 0 && plan.sites[1].runsCarbonKgPerMWh?.site == 0)
    }

    /// The grid's own carbon-free share counts toward the floor (24/7 CFE): with half
    /// the mix carbon-free and no PPA, the flat base plan is 50 % carbon-free, so a
    /// 50 % floor costs nothing (598 000) and a 60 % floor has no plan.
    @Test func theGridsCarbonFreeShareCounts() throws {
        let sites = [
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,grid_cfe_fraction",
            "A,r1,100,10,50,400,0.5",
        ]
        let met = try ModelFixture().with("sites.csv", sites[0], sites[1]).withPolicy("min_cfe_fraction,0.5").plan()
        expectClose(met.objectiveUSDPerYr, 598_000)
        expectClose(met.cfeFraction, 0.5)
        expectClose(met.energy.gridCarbonFreeMWh, 4380)
        let missed = try ModelFixture().with("sites.csv", sites[0], sites[1]).withPolicy("min_cfe_fraction,0.6")
            .outcome()
        #expect(missed.status == .infeasible)
    }
}
