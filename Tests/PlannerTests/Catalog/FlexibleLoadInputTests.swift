import Testing

@testable import Planner

/// The inputs of flexible load and 24/7 CFE accounting: defaults and checks.
@Suite("Flexible-load inputs")
struct FlexibleLoadInputTests {
    /// Defaults: min_utilization 1 (flat, v1), idle draw a quarter of avg_power_kw, grid CFE 0.
    @Test func defaultsKeepV1() throws {
        let catalog = try #require(try InputFolder().catalog())
        #expect(catalog.policy.minUtilization == 1)
        #expect(!catalog.policy.hasFlexibleLoad)
        #expect(catalog.servers[0].idlePowerKW == 2.5)  // 0.25 · 10 kW
        #expect(catalog.sites[0].gridCFEFraction == 0)
        #expect(catalog.sites[0].steps.allSatisfy { $0.gridCFEFraction == 0 })
    }

    /// An idle draw above the training draw is an error at its cell.
    @Test func idleAboveAverageIsAnError() throws {
        let folder = try InputFolder(
            "servers.csv",
            """
            id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,idle_power_kw
            srv-a,8,1000,10,300000,air,12

            """)
        #expect(
            folder.messages() == [
                "servers.csv:2:28: error: idle_power_kw: 12 is above avg_power_kw 10; "
                    + "an idle node draws at most what a training one does"
            ])
    }

    /// min_utilization outside 0..1 is an error; an hourly grid_cfe_fraction falls back to the site's.
    @Test func policyAndProfileValues() throws {
        let policy = try InputFolder("policy.csv", "key,value\nmin_utilization,1.5\n")
        #expect(
            policy.messages() == ["policy.csv:2:17: error: min_utilization: 1.5 must be a fraction between 0 and 1"])
        let folder = try InputFolder([
            "sites.csv": """
            id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,grid_cfe_fraction
            site-a,eu,100,10,80,300,0.3

            """,
            "profiles.csv": """
            site,period,hour,weight,grid_cfe_fraction
            site-a,d,0,4380,0.9
            site-a,d,1,4380,

            """,
        ])
        let catalog = try #require(folder.catalog())
        #expect(catalog.sites[0].steps.map(\.gridCFEFraction) == [0.9, 0.3])
    }
}
