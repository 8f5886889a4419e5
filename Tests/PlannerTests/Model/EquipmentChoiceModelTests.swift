import Testing

@testable import Planner

/// Choices between equipment: cooling by yearly cost, storage sizing, heat sold, water permits.
/// All on the base instance: 8 nodes of 100 kW avg / 120 kW peak, grid 50 USD/MWh.
@Suite struct EquipmentChoiceModelTests {
    /// air: pue 1.5, no capex; liquid: pue 1.1, `liquidUSDPerKW` over 10 years.
    /// Per node and year: air 0.1 MW · 1.5 · 8760 · 50 = 65 700 USD of energy;
    /// liquid 0.1 · 1.1 · 8760 · 50 = 48 180 plus 120 kW · price / 10 = 12 · price.
    /// At 1000 USD/kW liquid costs 60 180 < 65 700; at 2000, 72 180 > 65 700.
    @Test(arguments: [
        (liquidUSDPerKW: 1000.0, chosen: "liquid1", coolingUSD: 8 * 12_000.0, gridUSD: 8 * 48_180.0),
        (liquidUSDPerKW: 2000.0, chosen: "air1", coolingUSD: 0.0, gridUSD: 8 * 65_700.0),
    ])
    func coolingWithTheLowerYearlyCost(liquidUSDPerKW: Double, chosen: String, coolingUSD: Double, gridUSD: Double)
        throws
    {
        let plan = try ModelFixture()
            .with(
                "servers.csv",
                "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds",
                "g1,1,1000,1,1,100,120,100000,5,air;liquid"
            )
            .with(
                "cooling.csv",
                "id,kind,pue,capex_usd_per_kw,max_rack_kw,lifetime_years",
                "air1,air,1.5,0,40,15",
                "liquid1,liquid,1.1,\(liquidUSDPerKW),40,10"
            )
            .plan()
        #expect(plan.nodes("A", "g1", chosen) == 8)
        expectClose(plan.cost(.cooling), coolingUSD, "cooling")
        expectClose(plan.cost(.gridEnergy), gridUSD, "grid energy")
        expectClose(plan.objectiveUSDPerYr, 160_000 + coolingUSD + gridUSD, "objective")
    }

    /// Unit s1: 100 TB, 50 Gb/s, 10 kW, 1 rack, 10 000 USD over 5 years (2000/yr).
    /// Nodes need 8 · 20 = 160 Gb/s → ⌈3.2⌉ = 4 units; datasets need ⌈TB / 100⌉.
    @Test(arguments: [
        (datasetTB: 250.0, units: 4),  // bandwidth binds: 4 > ⌈2.5⌉
        (datasetTB: 650.0, units: 7),  // capacity binds: ⌈6.5⌉ > 4
    ])
    func storageUnitsFromCapacityAndBandwidth(datasetTB: Double, units: Int) throws {
        let plan = try ModelFixture()
            .with(
                "servers.csv",
                "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,storage_gbps,cooling_kinds",
                "g1,1,1000,1,1,100,120,100000,5,20,air"
            )
            .with(
                "storage.csv",
                "id,capacity_tb,throughput_gbps,power_kw,racks_per_unit,capex_usd,lifetime_years",
                "s1,100,50,10,1,10000,5"
            )
            .with("workloads.csv", "id,flops,deadline_days,storage_tb", "w1,6.5664e22,100,\(datasetTB)")
            .plan()
        let site = try #require(plan.site("A"))
        #expect(site.storage.map(\.count) == [units])
        let n = Double(units)
        expectClose(plan.cost(.storage), n * 2_000, "storage")
        // facility = 1 MW of servers + n · 10 kW · aux_pue 1.4 (default).
        expectClose(site.facilityMW, 1 + n * 0.014, "facility MW")
        expectClose(plan.cost(.gridEnergy), (1 + n * 0.014) * 8_760 * 50, "grid energy")
        // PUE counts storage in both: (1000 + 14 n) kW / (800 + 10 n) kW.
        expectClose(site.pue, (1_000 + 14 * n) / (800 + 10 * n), "pue")
        expectClose(site.racks, 24 + n, "racks")
        expectClose(site.peakITMW, (960 + 10 * n) / 1_000, "peak IT")
    }

    /// Recoverable heat = 8 · 100 kW · 0.5 = 0.4 MW, sold at 20 USD/MWh up to the offtake cap.
    @Test(arguments: [
        (capMW: 0.5, soldMW: 0.4),  // the servers limit
        (capMW: 0.3, soldMW: 0.3),  // the offtake limits
    ])
    func heatSoldUpToTheSmallerLimit(capMW: Double, soldMW: Double) throws {
        let plan = try ModelFixture()
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,heat_reuse_price_usd_per_mwh,heat_reuse_max_mw",
                "A,r1,100,10,50,400,20,\(capMW)"
            )
            .with(
                "cooling.csv", "id,kind,pue,capex_usd_per_kw,max_rack_kw,heat_recovery_fraction",
                "air1,air,1.25,0,40,0.5"
            )
            .plan()
        expectClose(plan.site("A")?.heatSoldMWhPerYr, soldMW * 8_760, "heat sold")
        // − MW · 8760 h · 20 USD/MWh: −70 080 or −52 560.
        expectClose(plan.cost(.heatRevenue), -soldMW * 8_760 * 20, "heat revenue")
        expectClose(plan.objectiveUSDPerYr, 160_000 + 438_000 - soldMW * 8_760 * 20, "objective")
    }

    /// evap1 (air): pue 1.1, 2 L/kWh; dry1 (liquid): pue 1.3, no water; both free to build.
    /// A node in evap1 uses 100 kW · 8760 h · 2 / 1000 = 1752 m³/yr and saves
    /// 0.02 MW · 8760 · 50 = 8760 USD/yr. A 6000 m³ permit fits ⌊6000 / 1752⌋ = 3 of them.
    @Test(arguments: [
        (permit: "", evap: 8, dry: 0, loadMW: 0.88, waterM3: 14_016.0),
        (permit: "6000", evap: 3, dry: 5, loadMW: 3 * 0.11 + 5 * 0.13, waterM3: 5_256.0),
    ])
    func waterPermitPushesToDryCooling(permit: String, evap: Int, dry: Int, loadMW: Double, waterM3: Double) throws {
        let plan = try ModelFixture()
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,max_water_m3_per_yr",
                "A,r1,100,10,50,400,\(permit)"
            )
            .with(
                "servers.csv",
                "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds",
                "g1,1,1000,1,1,100,120,100000,5,air;liquid"
            )
            .with(
                "cooling.csv",
                "id,kind,pue,capex_usd_per_kw,max_rack_kw,wue_l_per_kwh",
                "evap1,air,1.1,0,40,2",
                "dry1,liquid,1.3,0,40,0"
            )
            .plan()
        #expect(plan.nodes("A", "g1", "evap1") == evap)
        #expect(plan.nodes("A", "g1", "dry1") == dry)
        let site = try #require(plan.site("A"))
        expectClose(site.waterM3PerYr, waterM3, "water")
        expectClose(site.facilityMW, loadMW, "facility MW")
        expectClose(plan.cost(.gridEnergy), loadMW * 8_760 * 50, "grid energy")
    }
}
