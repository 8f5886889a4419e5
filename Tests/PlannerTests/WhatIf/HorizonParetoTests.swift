import Foundation
import Testing

@testable import Planner

/// The Pareto front of a two-year plan, in net present cost and carbon over the horizon.
///
/// `HorizonModelTests.doubling()` with a second site B whose grid costs 60 USD/MWh and
/// emits nothing (A: 50 USD/MWh, 400 kg/MWh). Each group of 8 nodes draws 1 MW, 8760 MWh
/// a year, wherever it stands; w1's group (year 1) serves on in year 2 beside a new group.
/// A group-year at B instead of A costs 8760 · 10 = 87 600 USD more and saves 3504 t:
/// 25 USD/t. There are three group-years (w1's in years 1 and 2, the new group in year 2).
/// - cheapest: all at A, NPC 1 762 000 USD, 10 512 t;
/// - the cap halfway (a mean of 5256 / 2 = 2628 t/yr, 5256 t over the horizon): w1's group at B,
///   the new one at A (the other way round leaves 7008 t): NPC 1 762 000 + 2 · 87 600 = 1 937 200,
///   3504 t;
/// - least carbon: all at B, NPC 1 762 000 + 3 · 87 600 = 2 024 800, 0 t.
/// Each step costs 25 USD/t, and the whole front 262 800 / 10 512 = 25 USD/t.
@Suite("Pareto front on a horizon")
struct HorizonParetoTests {
    static let fixture = HorizonModelTests.doubling().with(
        "sites.csv",
        "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
        "A,r1,100,10,50,400",
        "B,r1,100,10,60,0"
    )

    @Test("pareto.md and pareto.json in NPC and total tCO2e, the implied USD/t on those")
    func frontInNetPresentCost() throws {
        let front = ParetoFront.run(try Self.fixture.catalog(), points: 3, jobs: 2)
        #expect(front.points.map { $0.summary.horizon?.npcUSD } == [1_762_000, 1_937_200, 2_024_800])
        #expect(front.points.map(\.summary.headlineCarbonT) == [10_512, 3504, 0])
        let markdown = ParetoMarkdown.render(front, requested: 3)
        let lines = HorizonDiffTests.lines(markdown)
        #expect(
            lines.contains(
                "| # | carbon cap (t over the horizon) | net present cost (USD) | carbon (t over the horizon) "
                    + "| carbon-free | implied USD/t | cap dual (USD/t) | build change from the previous point |"))
        #expect(lines.contains("| 1 | none | 1.76 M USD | 10,512 t | 0.0 % | – | – | cheapest plan |"))
        // Which year-2 run joins w1's nodes is a tie, so the build change is not checked.
        #expect(lines.contains { $0.hasPrefix("| 2 | 5,256.0 | 1.94 M USD | 3,504 t | 0.0 % | 25.00 | – | ") })
        #expect(lines.contains { $0.hasPrefix("| 3 | 0.0 | 2.02 M USD | 0.0 t | 0.0 % | 25.00 | – | ") })
        #expect(
            markdown.contains(
                "saves 10,512 tCO2e over the horizon for 262.8 k USD more, 25.00 USD per tonne on average."))
        let files = ParetoMarkdown.files(front, requested: 3)
        #expect(files[2].contents.contains("tCO2e over 2 years"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(files[1].contents.utf8)) as? [String: Any])
        #expect(json["horizon_years"] as? Int == 2)
        let points = try #require(json["points"] as? [[String: Any]])
        #expect(points.map { $0["npc_usd"] as? Double } == [1_762_000, 1_937_200, 2_024_800])
        #expect(points.map { $0["horizon_carbon_t"] as? Double } == [10_512, 3504, 0])
        #expect(points[1]["horizon_carbon_cap_t"] as? Double == 5256)
        #expect(points.map { $0["implied_usd_per_t"] as? Double } == [nil, 25, 25])
        #expect(points.allSatisfy { $0["cost_usd_per_yr"] == nil && $0["carbon_t_per_yr"] == nil })
    }
}
