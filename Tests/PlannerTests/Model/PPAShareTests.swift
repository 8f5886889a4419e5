import Testing

@testable import Planner

/// max_ppa_fraction_of_load on the base fixture with a wind PPA at A (wind_cf 0.5,
/// strike 30 against the grid's 50 USD/MWh, up to 10 MW).
///
/// Each PPA MW produces 8760 · 0.5 = 4380 MWh/yr and settles (30 − 50) · 4380 = −87 600 USD/yr,
/// so without a cap all 10 MW are bought: 598 000 − 876 000 = −278 000 USD/yr, 43 800 MWh/yr of
/// PPA output for the 8760 MWh/yr load (5×). A cap of 1 allows 8760 / 4380 = 2 MW:
/// 598 000 − 175 200 = 422 800 USD/yr.
@Suite("PPA share of load")
struct PPAShareTests {
    static func fixture(_ policy: String...) -> ModelFixture {
        var fixture = ModelFixture()
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,wind_cf",
                "A,r1,100,10,50,400,0.5"
            )
            .with(
                "renewables.csv",
                "id,site,technology,contract,max_mw,ppa_price_usd_per_mwh",
                "wind,A,wind,ppa,10,30"
            )
        for row in policy { fixture = fixture.withPolicy(row) }
        return fixture
    }

    @Test func withoutACapThePPAIsAPriceBet() throws {
        let plan = try Self.fixture().plan()
        expectClose(plan.objectiveUSDPerYr, -278_000)
        expectClose(plan.sites[0].ppaContractedMWh, 43_800)
        #expect(
            PlanMarkdown.render(plan).contains(
                "- **A** contracts 43,800 MWh/yr of PPA output for 8,760 MWh/yr of load (5.0×)."))
    }

    @Test func aCapOfOneBuysNoMoreThanTheLoad() throws {
        let plan = try Self.fixture("max_ppa_fraction_of_load,1").plan()
        expectClose(plan.objectiveUSDPerYr, 422_800)
        expectClose(plan.sites[0].ppaContractedMWh, 8_760)
        #expect(!PlanMarkdown.render(plan).contains("price bet"))
    }
}
