import Testing

@testable import Planner

/// Values the catalog computes rather than reads: training compute, peak power, hourly steps.
@Suite struct DerivedValuesTests {
    @Test(arguments: [
        // 6 · 7e9 params · 2000e9 tokens = 8.4e22 FLOP (the Llama-2-7B rule of thumb).
        (params: "7", tokens: "2000", flops: 8.4e22),
        // 6 · 0.5e9 · 1e9 = 3e18; fractions of a billion work.
        (params: "0.5", tokens: "1", flops: 3e18),
        // 6 · 405e9 · 15.6e12 = 3.7908e25.
        (params: "405", tokens: "15.6e3", flops: 3.7908e25),
    ])
    func flopsFromParamsAndTokens(params: String, tokens: String, flops: Double) throws {
        let folder = try InputFolder("workloads.csv", "id,flops,params_b,tokens_b\nrun-a,,\(params),\(tokens)\n")
        let computed = try #require(folder.catalog()?.workloads.first?.flops)
        #expect(abs(computed - flops) <= flops * 1e-12)
    }

    @Test func flopsGivenDirectly() throws {
        let folder = try InputFolder("workloads.csv", "id,flops,params_b,tokens_b\nrun-a,3.15e23,,\n")
        #expect(folder.catalog()?.workloads.first?.flops == 3.15e23)
    }

    @Test(arguments: [
        (row: "srv-a,8,1000,10,,300000,air", avg: 10.0, peak: 10.0),
        (row: "srv-a,8,1000,7.5,10.2,300000,air", avg: 7.5, peak: 10.2),
    ])
    func peakPowerFollowsAveragePower(row: String, avg: Double, peak: Double) throws {
        let text =
            "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,peak_power_kw,capex_usd,cooling_kinds\n\(row)\n"
        let server = try #require(try InputFolder("servers.csv", text).catalog()?.servers.first)
        #expect(server.avgPowerKW == avg)
        #expect(server.peakPowerKW == peak)
    }

    static let sites = """
        id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,solar_cf,wind_cf
        site-a,eu,100,10,80,300,0.2,0.3
        site-b,eu,100,10,-5,50,0.15,0.25

        """

    @Test func siteWithoutProfilesHasOneYearStep() throws {
        let catalog = try #require(try InputFolder("sites.csv", Self.sites).catalog())
        #expect(
            catalog.sites[1].steps == [
                ProfileStep(
                    period: "year", hour: 0, weightHours: 8760, solarCF: 0.15, windCF: 0.25,
                    gridCarbonKgPerMWh: 50, gridPriceUSDPerMWh: -5)
            ])
    }

    /// Empty profile cells fall back to the site's annual values; given cells win.
    @Test func profileCellsFallBackToAnnualValues() throws {
        let profiles = """
            site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh
            site-a,day,1,4380,0.5,,,-10
            site-a,day,0,4380,,0.9,250,

            """
        let catalog = try #require(try InputFolder(["sites.csv": Self.sites, "profiles.csv": profiles]).catalog())
        // Steps come ordered by hour within a period, whatever the file order.
        #expect(
            catalog.sites[0].steps == [
                ProfileStep(
                    period: "day", hour: 0, weightHours: 4380, solarCF: 0.2, windCF: 0.9,
                    gridCarbonKgPerMWh: 250, gridPriceUSDPerMWh: 80),
                ProfileStep(
                    period: "day", hour: 1, weightHours: 4380, solarCF: 0.5, windCF: 0.3,
                    gridCarbonKgPerMWh: 300, gridPriceUSDPerMWh: -10),
            ])
        // site-b has no profile rows: still its single year step.
        #expect(catalog.sites[1].steps.map(\.period) == ["year"])
    }

    /// Periods keep their first-appearance order; weights within ±0.1 % of 8760 pass.
    @Test func periodsInFileOrderAndWeightTolerance() throws {
        // 2 periods · 2 hours · 2190 = 8760; the last weight is 8 h high, inside the 8.76 h tolerance.
        let profiles = """
            site,period,hour,weight
            site-a,winter,0,2190
            site-a,summer,0,2190
            site-a,winter,1,2190
            site-a,summer,1,2198

            """
        let steps = try #require(
            try InputFolder(["sites.csv": Self.sites, "profiles.csv": profiles]).catalog()?.sites[0].steps)
        #expect(steps.map { "\($0.period)/\($0.hour)" } == ["winter/0", "winter/1", "summer/0", "summer/1"])
    }
}
