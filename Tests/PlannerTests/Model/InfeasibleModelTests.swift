import Testing

@testable import Planner

/// Plans that cannot exist: no plan, status infeasible, and a sentence naming the cause.
@Suite struct InfeasibleModelTests {
    /// max_nodes 5: 5 nodes deliver 5 · 1 · 100 = 500 of w1's 760 node-days by day 100,
    /// short by 260 / 760 = 34.2105 % of 6.5664e22 FLOP = 2.2464e22 FLOP.
    @Test func impossibleDeadlineNamesTheWorkload() throws {
        let outcome = try ModelFixture()
            .with(
                "servers.csv",
                "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds,max_nodes",
                "g1,1,1000,1,1,100,120,100000,5,air,5"
            )
            .outcome()
        #expect(outcome.plan == nil)
        #expect(outcome.status == .infeasible)
        #expect(
            outcome.infeasibility.map(InfeasibilityText.sentence) == [
                "workload w1 needs 2.25e22 FLOP (34.2 % of its compute) more than the eligible sites can deliver by day 100"
            ])
    }

    /// The only site of w1's region r2 is above max_risk_score: found before any model is built.
    @Test func noEligibleSite() throws {
        let outcome = try ModelFixture()
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,risk_score",
                "A,r1,100,10,50,400,0",
                "B,r2,100,10,50,400,0.9"
            )
            .with("workloads.csv", "id,flops,deadline_days,allowed_regions", "w1,6.5664e22,100,r2")
            .withPolicy("max_risk_score,0.5")
            .outcome()
        #expect(outcome.plan == nil)
        #expect(outcome.status == .infeasible)
        #expect(
            outcome.infeasibility.map(InfeasibilityText.sentence) == [
                "workload w1 has no eligible site: no site within max_risk_score is in its allowed regions (r2)"
            ])
    }
}
