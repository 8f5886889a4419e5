import Testing

@testable import Planner

/// Renewables and batteries on a two-step profile: one period of hours 0 and 1,
/// 4380 h/yr each, with the base load of 1 MW (8 nodes · 0.1 MW · pue 1.25).
@Suite struct EnergySupplyModelTests {
    static let twoSteps = "site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh"

    /// Solar (cf 1 then 0) and a battery with round trip 0.81 (η = 0.9) capped at 0.5 MWh,
    /// grid at 1000 USD/MWh. Solar costs 1e6 / 25 = 40 000 USD/MW/yr; the battery
    /// 100 000 / 10 = 10 000 per MWh and 50 000 / 10 = 5 000 per MW.
    /// Hour 1 from the battery costs (40 000 + 5 000) / 0.81 + 10 000 / 0.9 ≈ 66 667 USD per
    /// MW-yr against 4380 · 1000 from the grid, so the battery fills to its cap:
    /// e = 0.5 MWh, charge c = e / η = 0.5556 MW, discharge d = η · e = 0.45 MW,
    /// p = max(c, d) = 0.5556 MW; solar q = load 1 + c = 1.5556 MW; grid in hour 1 = 1 − 0.45.
    @Test func batteryShiftsSolarIntoTheDarkHour() throws {
        let plan = try ModelFixture()
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
                "A,r1,100,10,1000,400"
            )
            .with("profiles.csv", Self.twoSteps, "A,day,0,4380,1,0,400,1000", "A,day,1,4380,0,0,400,1000")
            .with(
                "renewables.csv",
                "id,site,technology,contract,max_mw,capex_usd_per_mw,lifetime_years",
                "sun,A,solar,onsite,100,1000000,25"
            )
            .with(
                "batteries.csv",
                "id,capex_usd_per_mwh,capex_usd_per_mw,round_trip_efficiency,lifetime_years,max_mwh,max_mw",
                "b1,100000,50000,0.81,10,0.5,100"
            )
            .plan()
        let c = 0.5 / 0.9
        let site = try #require(plan.site("A"))
        let battery = try #require(site.batteries.first)
        expectClose(battery.mwh, 0.5, "battery MWh")
        expectClose(battery.mw, c, "battery MW")
        expectClose(site.renewablesMW.first?.mw, 1 + c, "solar MW")
        expectClose(plan.cost(.renewables), 40_000 * (1 + c), "renewables")
        expectClose(plan.cost(.batteries), 10_000 * 0.5 + 5_000 * c, "batteries")
        // 0.55 MW · 4380 h · 1000 USD/MWh.
        expectClose(plan.cost(.gridEnergy), 2_409_000, "grid energy")
        #expect(site.dispatch.count == 2)
        expectClose(site.dispatch[0].gridMW, 0, "grid hour 0")
        expectClose(site.dispatch[0].batteryNetMW, -c, "battery hour 0 (charging)")
        expectClose(site.dispatch[1].gridMW, 0.55, "grid hour 1")
        expectClose(site.dispatch[1].batteryNetMW, 0.45, "battery hour 1 (discharging)")
        // Energy: grid 0.55 · 4380 = 2409; onsite (1 + c) · 4380; discharge 0.45 · 4380 = 1971;
        // facility 8760 = grid + onsite + discharge − charge (c · 4380).
        expectClose(plan.energy.gridMWh, 2_409, "grid MWh")
        expectClose(plan.energy.onsiteMWh, (1 + c) * 4_380, "onsite MWh")
        expectClose(plan.energy.batteryDischargeMWh, 1_971, "discharge MWh")
        expectClose(plan.energy.facilityMWh, 8_760, "facility MWh")
        // Only the grid emits: 2409 MWh · 0.4 t.
        expectClose(plan.carbon.operationalT, 963.6, "op_t")
    }

    /// A wind PPA (cf 1 then 0.2) at strike 40 against a flat grid price of 50:
    /// settlement per MW = 4380 · 1 · (40 − 50) + 4380 · 0.2 · (40 − 50) = −52 560 USD/yr,
    /// so all 2 MW are contracted. Matching (reporting rule m = min(grid, gen)):
    /// hour 0 min(1, 2) = 1, hour 1 min(1, 0.4) = 0.4 → 4380 + 1752 = 6132 MWh.
    @Test func ppaMatchedHourByHour() throws {
        let plan = try ModelFixture()
            .with("profiles.csv", Self.twoSteps, "A,day,0,4380,0,1,400,50", "A,day,1,4380,0,0.2,400,50")
            .with(
                "renewables.csv",
                "id,site,technology,contract,max_mw,ppa_price_usd_per_mwh,lifecycle_kg_per_mwh",
                "wind,A,wind,ppa,2,40,10"
            )
            .plan()
        let site = try #require(plan.site("A"))
        expectClose(site.renewablesMW.first?.mw, 2, "PPA MW")
        expectClose(plan.cost(.ppaSettlement), -105_120, "ppa settlement")
        // A virtual PPA: the whole load is still bought from the grid.
        expectClose(plan.cost(.gridEnergy), 438_000, "grid energy")
        expectClose(site.dispatch.first?.ppaMatchedMW, 1, "matched hour 0")
        expectClose(site.dispatch.last?.ppaMatchedMW, 0.4, "matched hour 1")
        expectClose(plan.energy.ppaMatchedMWh, 6_132, "ppa matched")
        // cfe = 1 − (8760 − 6132) / 8760.
        expectClose(plan.cfeFraction, 0.7, "cfe")
        // (8760 − 6132) · 0.4 t + lifecycle 10 kg · 2 MW · (4380 + 876) MWh/MW / 1000.
        expectClose(plan.carbon.operationalT, 1_051.2 + 105.12, "op_t")
        expectClose(plan.objectiveUSDPerYr, 160_000 + 438_000 - 105_120, "objective")
    }
}
