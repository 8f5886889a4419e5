import Foundation
import Testing

@testable import Planner

/// Scenario folders in a what-if sweep, on WhatIfFixture's two sites (A: 50 USD/MWh,
/// B: 60 USD/MWh; a node costs 20 000 USD/yr and draws 100 kW · PUE 1.25 = 125 kW, so
/// 8760 · 0.125 · 50 = 54 750 USD/yr of energy at A, the cheaper site for every build).
@Suite("What-if scenario folders")
struct WhatIfFolderTests {
    /// `both`: scenarios.csv halves the flops of w2, which only its folder adds.
    static let scenarios = """
        scenario,file,id,column,op,value
        both,workloads,w2,flops,scale,0.5
        """

    static func fixture() throws -> WhatIfFixture {
        let fixture = try WhatIfFixture(scenarios: scenarios)
        let w2 = "id,flops,deadline_days\nw2,6.5664e22,100\n"
        try fixture.write("scenarios/second-run/workloads.csv", w2)
        try fixture.write("scenarios/both/workloads.csv", w2)
        try fixture.write("scenarios/shorter/workloads.csv", "id,flops,deadline_days\nw1,6.5664e22,76\n")
        return fixture
    }

    /// - base: w1's 760 node-days by day 100 → 8 nodes: 160 000 + 8 · 54 750 = 598 000.
    /// - both: w2 is 380 node-days; 1140 node-days by day 100 → 11.4 → 12 nodes:
    ///   240 000 + 12 · 54 750 = 897 000.
    /// - second-run: w2 = w1, 1520 node-days by day 100 → 16 nodes: 320 000 + 876 000 = 1 196 000.
    /// - shorter: w1 replaced, due by day 76: 760 / 76 → 10 nodes: 200 000 + 547 500 = 747 500.
    @Test("folder scenarios are solved after scenarios.csv's, with hand-derived objectives")
    func folderScenariosSolved() throws {
        let fixture = try Self.fixture()
        let loaded = WhatIf.load(directory: fixture.path)
        #expect(!loaded.hasErrors)
        #expect(loaded.scenarioNames == ["both", "second-run", "shorter"])
        let results = WhatIf.solve(loaded.catalogs, options: PlanOptions(), jobs: 2)
        #expect(results.map(\.scenario) == [nil, "both", "second-run", "shorter"])
        #expect(results.map(\.summary.objectiveUSDPerYr) == [598_000, 897_000, 1_196_000, 747_500])
        #expect(results.map { $0.summary.openSites } == [["A"], ["A"], ["A"], ["A"]])
        #expect(results[2].summary.workloads.map(\.id) == ["w1", "w2"])
        // Every plan names the same inputs, so shards of the sweep merge.
        let digests = results.map { $0.summary.inputDigests.map(\.name) }
        #expect(digests.allSatisfy { $0 == digests[0] })
        #expect(digests[0].contains("scenarios/second-run/workloads.csv"))
        let markdown = WhatIfMarkdown.render(base: results[0].summary, scenarios: results.dropFirst().map(\.summary))
        #expect(markdown.contains("The base plan and 3 scenarios of scenarios.csv and scenarios/. "), "\(markdown)")
    }

    @Test(
        "shards partition the folder scenarios with the others",
        arguments: [
            (id: "0/2", shard: "0/2", solved: [nil, "second-run"]),
            (id: "1/2", shard: "1/2", solved: ["both", "shorter"]),
            (id: "1/3", shard: "1/3", solved: ["both"]),
        ])
    func shards(_ example: (id: String, shard: String, solved: [String?])) throws {
        let fixture = try Self.fixture()
        let loaded = WhatIf.load(directory: fixture.path, shard: try #require(Shard(example.shard)))
        #expect(loaded.catalogs.map(\.scenario) == example.solved)
    }

    @Test("a folder named like a report file is refused at the folder")
    func reservedFolderName() throws {
        let fixture = try WhatIfFixture(scenarios: nil)
        try fixture.write("scenarios/whatif.md/workloads.csv", "id,flops\nw2,1e22\n")
        let loaded = WhatIf.load(directory: fixture.path)
        let messages = loaded.diagnostics.last!.diagnostics.sorted.map {
            $0.description.replacingOccurrences(of: fixture.path + "/", with: "")
        }
        #expect(
            messages == [
                "scenarios/whatif.md:1:1: error: scenario \"whatif.md\" would overwrite the report file of that name; rename the scenario"
            ])
    }
}
