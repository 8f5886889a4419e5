import Testing

@testable import Planner

/// The inputs of multi-year plans (horizon.md): defaults and checks.
@Suite("Horizon inputs")
struct HorizonInputTests {
    /// Defaults: one year, every item buyable from year 1 to the end, no price paths.
    @Test func defaultsKeepV1() throws {
        let catalog = try #require(try InputFolder().catalog())
        #expect(catalog.horizonYears == 1)
        #expect(catalog.policy.firstCalendarYear == nil)
        #expect(catalog.workloads[0].year == 1)
        #expect(catalog.servers[0].firstYear == 1 && catalog.servers[0].lastYear == nil)
        #expect(catalog.servers[0].capexChangePerYr == 0)
        #expect(catalog.sites[0].firstYear == 1)
        #expect(catalog.yearLabel(2) == "year 2")
    }

    /// Years past the horizon, a window that ends before it starts, and rates at −1 are
    /// errors at their cells, all reported at once.
    @Test func yearsOutsideTheHorizonAreErrors() throws {
        let folder = try InputFolder([
            "policy.csv": "key,value\nhorizon_years,2\nfirst_year,2027\n",
            "workloads.csv": "id,flops,year\nrun-a,1e24,3\n",
            "servers.csv": """
            id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,first_year,last_year,capex_change_per_yr
            srv-a,8,1000,10,300000,air,2,1,-1

            """,
            "sites.csv": """
            id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,first_year
            site-a,eu,100,10,80,300,0

            """,
        ])
        #expect(
            folder.messages() == [
                "servers.csv:2:28: error: first_year: 2 is after last_year 1: no year to buy this server in",
                "servers.csv:2:32: error: capex_change_per_yr: -1 must be > -1",
                "sites.csv:2:25: error: first_year: 0 must be ≥ 1 and ≤ 10",
                "workloads.csv:2:12: error: year: 3 is after the horizon's last year (horizon_years 2 in policy.csv)",
            ])
    }

    /// horizon_years is whole, 1 to 10; first_year a calendar year that labels the years.
    @Test func policyKeys() throws {
        let folder = try InputFolder("policy.csv", "key,value\nhorizon_years,11\nfirst_year,27\n")
        #expect(
            folder.messages() == [
                "policy.csv:2:15: error: horizon_years: 11 must be ≥ 1 and ≤ 10",
                "policy.csv:3:12: error: first_year: 27 must be ≥ 1900 and ≤ 9999",
            ])
        let labelled = try InputFolder("policy.csv", "key,value\nhorizon_years,3\nfirst_year,2027\n")
        let catalog = try #require(try labelled.catalog())
        #expect(catalog.yearLabel(1) == "2027" && catalog.yearLabel(3) == "2029")
    }

    /// Year y's view: its runs only, grid price and intensity compounded from year 1.
    @Test func yearViewCompoundsPrices() throws {
        let folder = try InputFolder([
            "policy.csv": "key,value\nhorizon_years,3\n",
            "workloads.csv": "id,flops,year\nrun-a,1e24,1\nrun-b,1e24,3\n",
            "sites.csv": """
            id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,grid_price_change_per_yr,grid_carbon_change_per_yr
            site-a,eu,100,10,80,300,0.1,-0.5

            """,
        ])
        let catalog = try #require(try folder.catalog())
        let third = catalog.year(3)
        #expect(third.workloads.map(\.id) == ["run-b"])
        // 80 · 1.1² = 96.8; 300 · 0.5² = 75.
        expectClose(third.sites[0].steps[0].gridPriceUSDPerMWh, 96.8)
        expectClose(third.sites[0].steps[0].gridCarbonKgPerMWh, 75)
        #expect(catalog.year(1).sites == catalog.sites)
    }
}
