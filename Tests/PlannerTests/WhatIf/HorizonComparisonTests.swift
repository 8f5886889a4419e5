import Foundation
import Testing

@testable import Planner

/// Gates and the Pareto front on a multi-year plan judge its net present cost and
/// its carbon over all years (horizon.md), on the two-year doubling fixture of
/// `HorizonModelTests`: NPC 1 762 000 USD; carbon 400 kg/MWh × (8760 + 17 520) MWh
/// = 3504 + 7008 = 10 512 t, a yearly mean of 5256 t.
@Suite("Horizon comparisons")
struct HorizonComparisonTests {
    @Test func gatesJudgeNetPresentCostAndHorizonCarbon() throws {
        let plan = try HorizonModelTests.doubling().plan()
        let summary = try PlanSummary(json: Data(PlanJSON.render(plan).utf8))
        let horizon = try #require(summary.horizon)
        #expect(horizon.years == 2)
        expectClose(summary.gatedCostUSDPerYr, 1_762_000)
        expectClose(summary.gatedCarbonT, 10_512)
        var gates = Gates()
        gates.maxCostUSDPerYr = 1_700_000
        gates.maxCarbonT = 10_000
        #expect(
            gates.broken(summary) == [
                "net present cost 1,762,000 USD exceeds --max-cost 1,700,000 by 62,000 USD",
                "carbon 10,512.0 tCO2e over the horizon exceeds --max-carbon 10,000.0 by 512.0 t",
            ])
    }

    /// Nothing but grid energy emits here, and every build needs the same energy,
    /// so the least carbon is the plan's own: 5256 t a year on average.
    @Test func leastCarbonIsTheHorizonsYearlyMean() throws {
        let catalog = try HorizonModelTests.doubling().catalog()
        expectClose(ParetoFront.leastCarbonT(catalog, options: PlanOptions()), 5256)
    }

    /// A cap on the horizon's total carbon below what the runs need leaves no plan.
    @Test func horizonCarbonCapBinds() throws {
        var catalog = try HorizonModelTests.doubling().catalog()
        catalog.policy.maxHorizonCarbonT = 10_000
        #expect(Planning.plan(catalog).status == .infeasible)
        catalog.policy.maxHorizonCarbonT = 10_512.1
        #expect(Planning.plan(catalog).status == .optimal)
    }
}
