import Foundation
import Testing

@testable import Planner

/// whatif.md on a two-year base (`HorizonModelTests.doubling()`: NPC 1 762 000 USD,
/// 10 512 t over the horizon), with the two changes `HorizonDiffTests` derives:
/// - slower-decline (g1's price −10 %/yr): NPC 1 778 000 (+16 000, +0.9 %), same carbon;
/// - bigger-w2b (w2b twice the work, so year 2 trains 760 + 1520 node-days by day 100,
///   22.8 → 23 nodes, as with a third run): NPC 2 257 250 (+495 250, +28.1 %), carbon
///   13 578 t (+3066, +29.2 %), 7 more nodes bought in year 2.
@Suite("whatif on a horizon")
struct HorizonWhatIfTests {
    static let scenarios = """
        scenario,file,id,column,op,value
        slower-decline,servers,g1,capex_change_per_yr,set,-0.1
        bigger-w2b,workloads,w2b,flops,scale,2
        """

    @Test("the cost row is the net present cost and carbon the horizon's total, labelled so")
    func netPresentCostColumn() throws {
        let fixture = try WhatIfFixture(HorizonModelTests.doubling(), scenarios: Self.scenarios)
        let loaded = WhatIf.load(directory: fixture.path)
        #expect(!loaded.hasErrors)
        let results = WhatIf.solve(loaded.catalogs, options: PlanOptions(), jobs: 2)
        let summaries = results.map(\.summary)
        #expect(summaries.map { $0.horizon?.npcUSD } == [1_762_000, 1_778_000, 2_257_250])
        let markdown = WhatIfMarkdown.render(base: summaries[0], scenarios: Array(summaries.dropFirst()))
        let lines = HorizonDiffTests.lines(markdown)
        #expect(markdown.contains("Costs are net present USD over the horizon of 2 years"))
        for row in [
            "| net present cost (USD) | 1.76 M USD | 1.78 M USD (+16.0 k USD, +0.9 %) | 2.26 M USD (+495.3 k USD, +28.1 %) |",
            "| carbon, total (t over the horizon) | 10,512 t | 10,512 t | 13,578 t (+3,066 t, +29.2 %) |",
            "- **slower-decline**: net present cost +16.0 k USD, carbon over the horizon unchanged; same build",
            "- **bigger-w2b**: net present cost +495.3 k USD, carbon +3,066 t over the horizon; nodes g1 +7; "
                + "purchases change in year 2",
        ] {
            #expect(lines.contains(row), "no row \(row) in\n\(markdown)")
        }
        #expect(!markdown.contains("objective (USD/yr)"))
        #expect(!markdown.contains("annualised"))
    }

    @Test("a one-year base keeps the annual columns")
    func oneYearUnchanged() throws {
        let fixture = try WhatIfFixture()
        let results = WhatIf.solve(WhatIf.load(directory: fixture.path).catalogs, options: PlanOptions(), jobs: 2)
        let summaries = results.map(\.summary)
        let markdown = WhatIfMarkdown.render(base: summaries[0], scenarios: Array(summaries.dropFirst()))
        #expect(markdown.contains("Costs are annualised USD per year; carbon in tCO2e per year."))
        #expect(markdown.contains("| objective (USD/yr) "))
        #expect(!markdown.contains("net present"))
    }
}
