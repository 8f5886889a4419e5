import Foundation
import Testing

@testable import Planner

/// Near-optimal ranges (`planctl alternatives`) on hand-solved instances.
///
/// ModelFixture's w1 needs 8 nodes of g1 (760 node-days by day 100) wherever it
/// runs; with discount 0 and no other costs a site's plan costs
/// 8 · 100 000 / 5 = 160 000 USD/yr of servers plus its facility's 1 MW for
/// 8,760 h at the site's grid price. Site A at 50 USD/MWh: 160 000 + 438 000 =
/// 598 000 (the optimum). Site B at 51 USD/MWh: 160 000 + 446 760 = 606 760,
/// 1.465 % dearer. A ninth node anywhere costs 20 000 of capex plus its
/// 0.125 MW · 8,760 h ≥ 54 750 of energy: more than 2 % of 598 000 (11 960).
@Suite("Near-optimal ranges")
struct NearOptimalRangesTests {
    static let twoSites = ModelFixture().with(
        "sites.csv",
        "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
        "A,r1,100,10,50,400",
        "B,r1,100,10,51,400")

    static func run(_ fixture: ModelFixture, slack: Double, decisions: [String] = [], jobs: Int = 2) throws
        -> NearOptimalAlternatives
    {
        let catalog = try fixture.catalog()
        var options = PlanOptions()
        options.jobs = jobs
        let named = try AlternativeDecision.parse(decisions, catalog: catalog)
        let outcome = NearOptimalRanges.run(catalog, slack: slack, decisions: named, options: options)
        return try #require(outcome.alternatives, "no cheapest plan: \(outcome.cheapest.status)")
    }

    static func range(_ alternatives: NearOptimalAlternatives, _ name: String) throws -> DecisionRange {
        try #require(alternatives.ranges.first { $0.decision.name == name }, "no range \(name)")
    }

    /// 2 %: the limit is 598 000 · 1.02 = 609 960, so B's plan (606 760) is in and
    /// w1's 8 accelerators may sit at either site; a ninth node is not: g1 stays at 8.
    @Test func twoPercentLetsTheSecondSiteTakeAllTheWork() throws {
        let alternatives = try Self.run(Self.twoSites, slack: 0.02)
        expectClose(alternatives.cheapest.objectiveUSDPerYr, 598_000)
        expectClose(alternatives.costLimitUSDPerYr, 609_960)
        #expect(
            alternatives.ranges.map(\.decision.name) == [
                "accelerators:site=A", "accelerators:site=B", "accelerators:server=g1",
            ])
        let a = try Self.range(alternatives, "accelerators:site=A")
        #expect([a.least.value, a.cheapestValue, a.most.value] == [0, 8, 8])
        #expect(a.firmness == .flexible)
        #expect(a.leastIsProven && a.mostIsProven)
        // The least at A is B's plan, the cheapest way to run it: 606 760.
        expectClose(a.least.plan.objectiveUSDPerYr, 606_760)
        #expect(a.least.plan.nodes("B", "g1", "air1") == 8)
        let b = try Self.range(alternatives, "accelerators:site=B")
        #expect([b.least.value, b.cheapestValue, b.most.value] == [0, 0, 8])
        expectClose(b.most.plan.objectiveUSDPerYr, 606_760)
        let g1 = try Self.range(alternatives, "accelerators:server=g1")
        #expect([g1.least.value, g1.most.value] == [8, 8])
        #expect(g1.firmness == .firm)
    }

    /// 1 %: the limit is 603 980 < 606 760, so no plan within it uses B: A's 8 accelerators are firm.
    @Test func onePercentIsTooLittleToMove() throws {
        let alternatives = try Self.run(Self.twoSites, slack: 0.01)
        expectClose(alternatives.costLimitUSDPerYr, 603_980)
        let a = try Self.range(alternatives, "accelerators:site=A")
        #expect([a.least.value, a.most.value] == [8, 8])
        #expect(a.firmness == .firm)
        let b = try Self.range(alternatives, "accelerators:site=B")
        #expect([b.least.value, b.most.value] == [0, 0])
        #expect(b.firmness == .firm)
    }

    /// A named decision over nothing the model can buy (B above the risk limit has no columns) is 0, not searched.
    @Test func aDecisionOverNothingIsZeroWithoutASearch() throws {
        let fixture = Self.twoSites.with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,risk_score",
            "A,r1,100,10,50,400,0.1",
            "B,r1,100,10,51,400,0.9"
        ).withPolicy("max_risk_score,0.5")
        let alternatives = try Self.run(fixture, slack: 0.02, decisions: ["accelerators:site=B", "accelerators"])
        let b = try Self.range(alternatives, "accelerators:site=B")
        #expect(b.isEmpty)
        #expect([b.least.value, b.most.value] == [0, 0])
        #expect(b.firmness == .firm)
        let all = try Self.range(alternatives, "accelerators")
        #expect(!all.isEmpty)
        #expect([all.least.value, all.most.value] == [8, 8])
        // The defaults leave B out: only sites within the risk limit.
        #expect(
            AlternativeDecision.defaults(for: try fixture.catalog()).map(\.name).contains("accelerators:site=B")
                == false)
    }

    /// The same inputs and jobs give the same files, byte for byte.
    @Test func twoRunsWriteTheSameBytes() throws {
        let first = AlternativesMarkdown.files(try Self.run(Self.twoSites, slack: 0.02))
        let second = AlternativesMarkdown.files(try Self.run(Self.twoSites, slack: 0.02))
        #expect(first.map(\.name) == second.map(\.name))
        for (a, b) in zip(first, second) { #expect(a.contents == b.contents, "\(a.name) differs") }
        #expect(first.count == 10)
    }
}
