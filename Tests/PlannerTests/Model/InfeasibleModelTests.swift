import Testing

@testable import Planner

/// Plans that cannot exist: no plan, status infeasible, and a sentence naming the cause.
@Suite struct InfeasibleModelTests {
    /// max_nodes 5: w1 needs ⌈760 node-days / (1 · 100 days)⌉ = 8 nodes, so the supply
    /// is short by 3 nodes (before the analysis priced supply, this read as w1 missing
    /// 34.2 % of its FLOPs).
    @Test func aShortSupplyNamesTheCell() throws {
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
                "servers.csv g1 max_nodes: at least 3 more nodes needed (has 5)"
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

    /// w1 needs 8 nodes of 3 racks (120 kW peak / 40 kW per rack) = 24 racks; site A has 10:
    /// the shortage is named at its cell, not as missing FLOPs.
    @Test func aShortageOfRacksNamesTheCell() throws {
        let outcome = try ModelFixture()
            .with(
                "sites.csv", "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
                "A,r1,10,10,50,400"
            )
            .outcome()
        #expect(outcome.status == .infeasible)
        #expect(
            outcome.infeasibility.map(InfeasibilityText.sentence) == [
                "sites.csv A max_racks: at least 14 more racks needed (has 10)"
            ])
    }

    /// The 8 nodes draw 8 · 0.1 MW · PUE 1.25 = 1 MW all year; a 0.5 MW connection is 0.5 MW short.
    @Test func aShortGridConnectionNamesTheCell() throws {
        let outcome = try ModelFixture()
            .with(
                "sites.csv", "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
                "A,r1,100,0.5,50,400"
            )
            .outcome()
        #expect(
            outcome.infeasibility.map(InfeasibilityText.sentence) == [
                "sites.csv A grid_capacity_mw: at least 0.5 more MW needed (has 0.5)"
            ])
    }
}
