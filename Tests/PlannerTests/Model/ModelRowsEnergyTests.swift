import Testing

@testable import Planner

/// Energy rows (10–15) with renewables and a battery, on the base instance's site A
/// (one annual step of 8760 h at 50 USD/MWh and 400 kg/MWh, discount 0) given
/// solar cf 0.25 and wind cf 0.5:
/// - sun: on-site solar, ≤ 4 MW, 1e6 USD/MW over 25 years + 40 000 USD/MW/yr O&M, 40 kg/MWh;
/// - wind: wind PPA, ≤ 10 MW, strike 60 USD/MWh, 10 kg/MWh;
/// - b1: 300 000 USD/MWh + 50 000 USD/MW over 15 years, round trip 0.81 (η = 0.9), ≤ 8 MWh, ≤ 2 MW.
@Suite struct ModelRowsEnergyTests {
    static let fixture = ModelFixture()
        .with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,solar_cf,wind_cf",
            "A,r1,100,10,50,400,0.25,0.5"
        )
        .with(
            "renewables.csv",
            "id,site,technology,contract,max_mw,capex_usd_per_mw,fixed_om_usd_per_mw_yr,lifetime_years,"
                + "ppa_price_usd_per_mwh,lifecycle_kg_per_mwh",
            "sun,A,solar,onsite,4,1000000,40000,25,0,40", "wind,A,wind,ppa,10,0,0,25,60,10"
        )
        .with(
            "batteries.csv",
            "id,capex_usd_per_mwh,capex_usd_per_mw,round_trip_efficiency,lifetime_years,max_mwh,max_mw",
            "b1,300000,50000,0.81,15,8,2")

    /// Columns and their costs: sun 1e6 / 25 + 40 000 = 80 000 USD/MW/yr; wind's settlement
    /// 8760 h · cf 0.5 · (60 − 50) = 43 800 USD/MW/yr; b1 300 000 / 15 = 20 000 per MWh and
    /// 50 000 / 15 = 3333.33 per MW.
    @Test func energyColumns() throws {
        let built = try BuiltModel(Self.fixture)
        #expect(
            built.columnNames == [
                "open[A]", "load[A]", "nodes[A,g1,air1]", "battery_mwh[A,b1]", "battery_mw[A,b1]", "grid[A,t0]",
                "onsite[A,t0]", "ppa_matched[A,t0]", "charge[A,b1,t0]", "discharge[A,b1,t0]", "soc[A,b1,t0]",
                "offer_mw[sun]", "offer_mw[wind]", "runs[w1,A,g1]", "work[w1,A,g1]",
            ])
        built.expectColumn("offer_mw[sun]", upper: 4, cost: 80_000)
        built.expectColumn("offer_mw[wind]", upper: 10, cost: 43_800)
        built.expectColumn("battery_mwh[A,b1]", upper: 8, cost: 20_000)
        built.expectColumn("battery_mw[A,b1]", upper: 2, cost: 50_000.0 / 15)
        for step in ["onsite[A,t0]", "ppa_matched[A,t0]", "charge[A,b1,t0]", "discharge[A,b1,t0]", "soc[A,b1,t0]"] {
            built.expectColumn(step)
        }
    }

    /// Rows 10, 11, 13 and 15 in the annual step.
    @Test func balanceSupplyMatchingAndOfferRows() throws {
        let built = try BuiltModel(Self.fixture)
        // 10: grid + on-site + discharge − charge − load = 0.
        built.expectRow(
            "balance[A,t0]", lower: 0, upper: 0,
            [
                "grid[A,t0]": 1, "onsite[A,t0]": 1, "discharge[A,b1,t0]": 1, "charge[A,b1,t0]": -1,
                "load[A]": -1,
            ])
        // 11: on-site use ≤ cf 0.25 · sun MW.
        built.expectRow("onsite[A,t0]", upper: 0, ["onsite[A,t0]": 1, "offer_mw[sun]": -0.25])
        // 13: matched ≤ cf 0.5 · wind MW, and matched ≤ grid.
        built.expectRow("ppa_supply[A,t0]", upper: 0, ["ppa_matched[A,t0]": 1, "offer_mw[wind]": -0.5])
        built.expectRow("ppa_grid[A,t0]", upper: 0, ["ppa_matched[A,t0]": 1, "grid[A,t0]": -1])
        // 15: q ≤ max_mw · open, on-site and PPA alike.
        built.expectRow("offer[sun]", upper: 0, ["offer_mw[sun]": 1, "open[A]": -4])
        built.expectRow("offer[wind]", upper: 0, ["offer_mw[wind]": 1, "open[A]": -10])
    }

    /// Row 14 in one step: soc − soc(prev = itself) cancels and is dropped, leaving
    /// −η · charge + discharge / η = 0 with η = √0.81 = 0.9: a battery cannot help there.
    @Test func batteryRowsInOneStep() throws {
        let built = try BuiltModel(Self.fixture)
        built.expectRow(
            "soc[A,b1,t0]", lower: 0, upper: 0, ["charge[A,b1,t0]": -0.9, "discharge[A,b1,t0]": 1 / 0.9])
        built.expectRow("charge_max[A,b1,t0]", upper: 0, ["charge[A,b1,t0]": 1, "battery_mw[A,b1]": -1])
        built.expectRow("discharge_max[A,b1,t0]", upper: 0, ["discharge[A,b1,t0]": 1, "battery_mw[A,b1]": -1])
        built.expectRow("soc_max[A,b1,t0]", upper: 0, ["soc[A,b1,t0]": 1, "battery_mwh[A,b1]": -1])
        built.expectRow("battery_mwh_max[A,b1]", upper: 0, ["battery_mwh[A,b1]": 1, "open[A]": -8])
        built.expectRow("battery_mw_max[A,b1]", upper: 0, ["battery_mw[A,b1]": 1, "open[A]": -2])
    }

    /// Row 18 with offers: grid 8760 · 400 / 1000 = 3504 t per MW, less as much per matched MW;
    /// sun's lifecycle 40 kg/MWh · (8760 · 0.25 = 2190 MWh/MW) / 1000 = 87.6 t per MW;
    /// wind's 10 kg/MWh · (8760 · 0.5 = 4380 MWh/MW) / 1000 = 43.8 t per MW.
    /// Row 19 at 60 %: 8760 · (grid − matched) − 0.4 · 8760 · load ≤ 0.
    @Test func carbonRowsWithOffers() throws {
        let built = try BuiltModel(Self.fixture.withPolicy("max_carbon_t,2000", "min_cfe_fraction,0.6"))
        built.expectRow(
            "carbon_cap", upper: 2_000,
            ["grid[A,t0]": 3_504, "ppa_matched[A,t0]": -3_504, "offer_mw[sun]": 87.6, "offer_mw[wind]": 43.8])
        built.expectRow(
            "cfe_floor", upper: 0, ["grid[A,t0]": 8_760, "ppa_matched[A,t0]": -8_760, "load[A]": -3_504])
    }

    /// Row 20 takes sun's upfront 1e6 USD/MW and b1's 300 000 per MWh and 50 000 per MW,
    /// but not the PPA (no capex) nor any O&M.
    @Test func capexBudgetWithOffersAndBattery() throws {
        let built = try BuiltModel(Self.fixture.withPolicy("capex_budget_usd,3000000"))
        built.expectRow(
            "capex_budget", upper: 3_000_000,
            [
                "nodes[A,g1,air1]": 100_000, "offer_mw[sun]": 1_000_000, "battery_mwh[A,b1]": 300_000,
                "battery_mw[A,b1]": 50_000,
            ])
    }

    /// Profiles with two periods of two hours, 2190 h each (4 · 2190 = 8760), prices 40, 60 | 30, 70:
    /// the state of charge cycles within each period (prev(t0) = t1, prev(t2) = t3), and each
    /// step's grid MW costs its weight · price: 87 600, 131 400, 65 700, 153 300 USD.
    @Test func profileStepsCycleWithinPeriods() throws {
        let built = try BuiltModel(
            Self.fixture.with(
                "profiles.csv", "site,period,hour,weight,grid_price_usd_per_mwh", "A,d1,0,2190,40", "A,d1,1,2190,60",
                "A,d2,0,2190,30", "A,d2,1,2190,70"))
        let expectedGrid = [87_600.0, 131_400, 65_700, 153_300]
        for (t, cost) in expectedGrid.enumerated() {
            built.expectColumn("grid[A,t\(t)]", cost: cost)
            built.expectRow("grid[A,t\(t)]", upper: 0, ["grid[A,t\(t)]": 1, "open[A]": -10])
        }
        #expect(built.model.limits.gridConnection[0]?.count == 4)
        for (t, previous) in [(0, 1), (1, 0), (2, 3), (3, 2)] {
            built.expectRow(
                "soc[A,b1,t\(t)]", lower: 0, upper: 0,
                [
                    "soc[A,b1,t\(t)]": 1, "soc[A,b1,t\(previous)]": -1, "charge[A,b1,t\(t)]": -0.9,
                    "discharge[A,b1,t\(t)]": 1 / 0.9,
                ])
        }
        // The PPA's settlement sums weight · cf 0.5 · (60 − price) over the steps:
        // 2190 · 0.5 · (20 + 0 + 30 − 10) = 43 800, the annual figure at the mean price 50.
        built.expectColumn("offer_mw[wind]", upper: 10, cost: 43_800)
    }
}
