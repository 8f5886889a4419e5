import Testing

@testable import Planner

/// Binding policy limits and their shadow prices, on the base load of 1 MW (8760 MWh/yr,
/// 3504 tCO2e/yr from a grid of 400 kg/MWh at 50 USD/MWh).
@Suite struct PolicyLimitModelTests {
    /// Site A with an annual wind cf of 0.5 and a wind PPA at strike 60:
    /// each contracted MW costs 8760 · 0.5 · (60 − 50) = 43 800 USD/yr and matches
    /// 0.5 MW of grid (while cf · q ≤ 1 MW), i.e. 4380 MWh = 1752 t.
    static let withPPA = ModelFixture()
        .with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,wind_cf",
            "A,r1,100,10,50,400,0.5"
        )
        .with(
            "renewables.csv",
            "id,site,technology,contract,max_mw,ppa_price_usd_per_mwh",
            "wind,A,wind,ppa,10,60")

    /// Cap 2628 t = 3504 − 876: 876 t / 1752 t per MW = 0.5 MW of PPA.
    @Test func carbonCapBuysPPA() throws {
        let plan = try Self.withPPA.withPolicy("max_carbon_t,2628").plan()
        expectClose(plan.site("A")?.renewablesMW.first?.mw, 0.5, "PPA MW")
        expectClose(plan.carbon.totalT, 2_628, "total carbon = cap")
        expectClose(plan.cost(.ppaSettlement), 21_900, "settlement 0.5 · 43 800")
        // 0.25 MW matched all year.
        expectClose(plan.energy.ppaMatchedMWh, 2_190, "matched")
        expectClose(plan.cfeFraction, 0.25, "cfe")
        expectClose(plan.objectiveUSDPerYr, 160_000 + 438_000 + 21_900, "objective")
        // One more tonne allowed saves 43 800 / 1752 = 25 USD/yr.
        expectClose(plan.shadowPrice("carbon_cap_t"), 25, "carbon cap shadow price")
    }

    /// Floor 60 %: unmatched ≤ 0.4 · 8760 → matched 5256 MWh = 0.6 MW → q = 1.2 MW.
    @Test func cfeFloorBuysPPA() throws {
        let plan = try Self.withPPA.withPolicy("min_cfe_fraction,0.6").plan()
        expectClose(plan.site("A")?.renewablesMW.first?.mw, 1.2, "PPA MW")
        expectClose(plan.cfeFraction, 0.6, "cfe")
        expectClose(plan.energy.ppaMatchedMWh, 5_256, "matched")
        expectClose(plan.cost(.ppaSettlement), 52_560, "settlement 1.2 · 43 800")
        // (8760 − 5256) MWh · 0.4 t.
        expectClose(plan.carbon.totalT, 1_401.6, "carbon")
        // One MWh less matching saves 43 800 / 4380 = 10 USD; a point of the floor is
        // 1 % of 8760 MWh = 87.6 MWh → 876 USD/yr.
        expectClose(plan.shadowPrice("cfe_floor"), 876, "cfe floor shadow price")
    }

    /// Onsite solar at cf 0.25 (annual, one step): 1e6 USD/MW upfront, 40 000 USD/MW/yr,
    /// saving 0.25 · 8760 · 50 = 109 500 USD/MW/yr of grid energy, so without a budget
    /// all 4 MW are built (0.25 · 4 = the whole 1 MW load). The budget 2.3e6 leaves
    /// 2.3e6 − 8 · 100 000 of servers = 1.5e6 for solar → 1.5 MW.
    @Test func capexBudgetLimitsSolar() throws {
        let fixture = ModelFixture()
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,solar_cf",
                "A,r1,100,10,50,400,0.25"
            )
            .with(
                "renewables.csv",
                "id,site,technology,contract,max_mw,capex_usd_per_mw,lifetime_years",
                "sun,A,solar,onsite,4,1000000,25")
        let free = try fixture.plan()
        expectClose(free.site("A")?.renewablesMW.first?.mw, 4, "solar without a budget")
        expectClose(free.cost(.gridEnergy), 0, "no grid without a budget")

        let plan = try fixture.withPolicy("capex_budget_usd,2300000").plan()
        expectClose(plan.site("A")?.renewablesMW.first?.mw, 1.5, "solar MW")
        expectClose(plan.cost(.renewables), 60_000, "renewables 1.5 · 40 000")
        // onsite 0.375 MW; grid 0.625 MW · 8760 · 50.
        expectClose(plan.energy.onsiteMWh, 3_285, "onsite MWh")
        expectClose(plan.cost(.gridEnergy), 273_750, "grid energy")
        expectClose(plan.objectiveUSDPerYr, 160_000 + 60_000 + 273_750, "objective")
        // One more USD buys 1e-6 MW, saving (109 500 − 40 000) · 1e-6 USD/yr.
        expectClose(plan.shadowPrice("capex_budget_usd"), 0.0695, "capex budget shadow price")
    }
    /// A 1 MW connection with expansion_reserve_fraction 0.5 leaves 0.5 MW usable for the
    /// 1 MW load; the rest must come from onsite solar at cf 0.25 (annual), which costs
    /// 5e6 / 25 = 200 000 USD/MW/yr against 0.25 · 8760 · 50 = 109 500 saved, so it is
    /// built only as forced: 0.5 MW / 0.25 = 2 MW.
    @Test func reservedGridConnectionForcesSolar() throws {
        let fixture = ModelFixture()
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,solar_cf",
                "A,r1,100,1,50,400,0.25"
            )
            .with(
                "renewables.csv",
                "id,site,technology,contract,max_mw,capex_usd_per_mw,lifetime_years",
                "sun,A,solar,onsite,10,5000000,25")
        let unreserved = try fixture.plan()
        #expect(unreserved.site("A")?.renewablesMW.isEmpty == true)
        expectClose(unreserved.cost(.gridEnergy), 438_000, "grid energy, whole connection")

        let plan = try fixture.withPolicy("expansion_reserve_fraction,0.5").plan()
        expectClose(plan.site("A")?.renewablesMW.first?.mw, 2, "solar MW")
        expectClose(plan.cost(.renewables), 400_000, "renewables 2 · 200 000")
        // 0.5 MW · 8760 h · 50 USD/MWh.
        expectClose(plan.cost(.gridEnergy), 219_000, "grid energy")
        // One more usable MW of grid: 4 MW less solar (800 000) for 8760 MWh more grid (438 000).
        expectClose(plan.shadowPrice("grid_mw", "A"), 362_000, "grid connection shadow price")
    }
}
