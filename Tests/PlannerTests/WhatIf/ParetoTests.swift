import Foundation
import Testing

@testable import Planner

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// WhatIfFixture's two sites with two workloads: w1 760 node-days → 8 nodes,
/// w2 1560 node-days → 16 nodes (both by day 100; together 23.2 → 24 nodes, so
/// sharing a site saves no node). Per node a year: at A 20 000 + 0.125 MW · 8760 h · 50
/// = 74 750 USD and 0.125 · 8760 · 0.4 = 438 t; at B 85 700 USD and 109.5 t.
/// The four builds, all on the front:
/// - both at A: 24 · 74 750 = 1 794 000 USD, 10 512 t (the cheapest)
/// - w1 at B: 8 · 85 700 + 16 · 74 750 = 1 881 600 USD, 876 + 7008 = 7884 t
/// - w2 at B: 8 · 74 750 + 16 · 85 700 = 1 969 200 USD, 3504 + 1752 = 5256 t
/// - both at B: 24 · 85 700 = 2 056 800 USD, 2628 t (the least carbon)
/// Each step saves 2628 t for 87 600 USD: 33.33 USD/t, (60 − 50) / (0.4 − 0.1).
@Suite("Pareto front")
struct ParetoTests {
    static let fixture = WhatIfFixture.twoSites.with(
        "workloads.csv",
        "id,flops,deadline_days",
        "w1,6.5664e22,100",
        "w2,1.34784e23,100")

    @Test("five solves: the ends derived by hand, three caps between, the repeated lowest point dropped")
    func frontOfFourBuilds() throws {
        let front = ParetoFront.run(try Self.fixture.catalog(), points: 5, jobs: 2)
        #expect(front.failure == nil)
        // Caps: 10 512 − k · (10 512 − 2628) / 4 = 8541, 6570, 4599; then 2628 + 0.001.
        // The least carbon comes from a MIP: equal to 2628 t within the solver's tolerance, so are the caps.
        #expect(front.points.map { $0.capT.map { ($0 * 1e6).rounded() / 1e6 } } == [nil, 8541, 6570, 4599])
        #expect(front.points.map(\.summary.objectiveUSDPerYr) == [1_794_000, 1_881_600, 1_969_200, 2_056_800])
        #expect(front.points.map(\.summary.totalCarbonT) == [10_512, 7884, 5256, 2628])
        #expect(front.dropped == 1)
        let markdown = ParetoMarkdown.render(front, requested: 5)
        let rows = markdown.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(
            rows.contains("| 2 | 8,541.0 | 1.88 M USD | 7,884 t | 0.0 % | 33.33 | – | opens B; moves w1 from A to B |"),
            "\(markdown)")
        #expect(
            rows.contains(
                "| 4 | 4,599.0 | 2.06 M USD | 2,628 t | 0.0 % | 33.33 | – | closes A; moves w1 from A to B |"),
            "\(markdown)")
        #expect(markdown.contains("saves 7,884 tCO2e/yr for 262.8 k USD/yr more, 33.33 USD per tonne on average."))
        let files = ParetoMarkdown.files(front, requested: 5)
        #expect(files.map(\.name) == ["pareto.md", "pareto.json", "pareto.svg"])
        #expect(files[0].contents.contains("](pareto.svg)"))
        #expect(XMLParser(data: Data(files[2].contents.utf8)).parse(), "pareto.svg is not well-formed XML")
        #expect(files[2].contents.contains("#4"), "each point is labelled")
        // pareto.json: the same four points; the second's slope 87 600 / 2628 = 33.33 USD/t.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(files[1].contents.utf8)) as? [String: Any])
        let points = try #require(json["points"] as? [[String: Any]])
        #expect(points.map { $0["carbon_t_per_yr"] as? Double } == [10_512, 7884, 5256, 2628])
        #expect(abs((points[1]["implied_usd_per_t"] as? Double ?? 0) - 87_600 / 2628) < 1e-6)
        #expect(json["carbon_price_usd_per_t_included"] as? Double == 0)
    }

    @Test("no trade-off: one site, so the cheapest plan is also the least-carbon one")
    func singlePoint() throws {
        let front = ParetoFront.run(try ModelFixture().catalog(), points: 4)
        #expect(front.points.map(\.summary.objectiveUSDPerYr) == [598_000])
        #expect(front.dropped == 0)
    }

    @Test("the least-carbon objective alone: both workloads at B")
    func leastCarbon() throws {
        let least = try #require(ParetoFront.leastCarbonT(try Self.fixture.catalog(), options: PlanOptions()))
        #expect(abs(least - 2628) < 1e-6)
    }
}
