import Foundation
import Testing

@testable import Planner

@Suite("What-if runs")
struct WhatIfRunTests {
    @Test("base and every scenario solved, in scenarios.csv order, with hand-derived objectives")
    func solvesEveryScenario() throws {
        let fixture = try WhatIfFixture()
        let loaded = WhatIf.load(directory: fixture.path)
        #expect(!loaded.hasErrors)
        let results = WhatIf.solve(loaded.catalogs, options: PlanOptions(), jobs: 2)
        #expect(results.map(\.scenario) == [nil, "gpu-up", "carbon-100", "no-room", "tiny-grid"])
        let objectives = results.map(\.summary.objectiveUSDPerYr)
        #expect(objectives == [598_000, 678_000, 773_200, 685_600, nil])
        #expect(results.map(\.summary.status) == [.optimal, .optimal, .optimal, .optimal, .infeasible])
        #expect(results[2].summary.cost("carbon") == 87_600)
        #expect(results.map { $0.summary.openSites } == [["A"], ["A"], ["B"], ["B"], []])
    }

    @Test("parallel solves write the same plan.json bytes as serial ones", arguments: [2, 3])
    func parallelEqualsSerial(jobs: Int) throws {
        let fixture = try WhatIfFixture()
        let catalogs = WhatIf.load(directory: fixture.path).catalogs
        func bytes(_ jobs: Int) -> [String] {
            WhatIf.solve(catalogs, options: PlanOptions(), jobs: jobs).map { $0.files.map(\.contents).joined() }
        }
        let serial = bytes(1)
        #expect(serial.count == 5)
        #expect(bytes(jobs) == serial)
    }

    @Test("the bounded map keeps input order and runs every item once", arguments: [1, 2, 7])
    func parallelMapOrder(jobs: Int) {
        let squares = ParallelMap.map(Array(0..<50), jobs: jobs) { $0 * $0 }
        #expect(squares == (0..<50).map { $0 * $0 })
    }

    @Test("a scenario that breaks a catalog rule is an input error of that scenario; nothing is solved")
    func scenarioInputError() throws {
        let fixture = try WhatIfFixture(
            scenarios: """
                scenario,file,id,column,op,value
                ok,servers,*,capex_usd,scale,2
                too-good,servers,g1,mfu,scale,3
                """)
        let loaded = WhatIf.load(directory: fixture.path)
        #expect(loaded.hasErrors)
        #expect(loaded.catalogs.isEmpty)
        #expect(loaded.diagnostics.map(\.scenario) == [nil, "too-good"])
        let messages = loaded.diagnostics.last!.diagnostics.errors.map(\.message)
        #expect(messages.count == 1 && messages[0].contains("mfu"), "\(messages)")
    }

    @Test(
        "scenario names that would overwrite a report file are refused",
        arguments: [
            (id: "plan_json", name: "plan.json"), (id: "whatif_md", name: "whatif.md"),
            (id: "shard_manifest", name: "whatif-shard-0-of-2.json"),
        ])
    func reservedNames(_ example: (id: String, name: String)) throws {
        let fixture = try WhatIfFixture(
            scenarios: "scenario,file,id,column,op,value\n\(example.name),servers,*,capex_usd,scale,2")
        let loaded = WhatIf.load(directory: fixture.path)
        #expect(loaded.hasErrors)
        let message = loaded.diagnostics.last?.diagnostics.errors.first?.message ?? ""
        #expect(
            message == "scenario \"\(example.name)\" would overwrite the report file of that name; rename the scenario")
    }

    /// The error used to point at scenarios.csv:1:1 whichever row named the scenario. Here the
    /// name is in the last column of line 4 (after a comment line): "servers,*,capex_usd,scale,2," is
    /// 28 characters, so the cell starts at column 29.
    @Test("a scenario name that cannot be a folder is reported at its cell")
    func reservedNameAtItsCell() throws {
        let fixture = try WhatIfFixture(
            scenarios: """
                file,id,column,op,value,scenario
                # tender prices
                servers,*,capex_usd,scale,2,ok
                servers,*,capex_usd,scale,2,whatif.md
                servers,*,capex_usd,scale,3,whatif.md
                """)
        let loaded = WhatIf.load(directory: fixture.path)
        #expect(loaded.diagnostics.map(\.scenario) == [nil, "whatif.md"])
        let messages = loaded.diagnostics.last!.diagnostics.sorted.map {
            $0.description.replacingOccurrences(of: fixture.path + "/", with: "")
        }
        #expect(
            messages == [
                "scenarios.csv:4:29: error: scenario \"whatif.md\" would overwrite the report file of that name; rename the scenario"
            ])
    }

    @Test(
        "shards split base + scenarios by position modulo N",
        arguments: [
            (id: "0/2", shard: "0/2", positions: [0, 2, 4]),
            (id: "1/2", shard: "1/2", positions: [1, 3]),
            (id: "2/3", shard: "2/3", positions: [2]),
        ])
    func shardShare(_ example: (id: String, shard: String, positions: [Int])) throws {
        let fixture = try WhatIfFixture()
        let shard = try #require(Shard(example.shard))
        let names: [String?] = [nil, "gpu-up", "carbon-100", "no-room", "tiny-grid"]
        let loaded = WhatIf.load(directory: fixture.path, shard: shard)
        #expect(loaded.catalogs.map(\.scenario) == example.positions.map { names[$0] })
        #expect(loaded.scenarioNames == ["gpu-up", "carbon-100", "no-room", "tiny-grid"])
    }

    @Test(
        "shard syntax",
        arguments: [
            (id: "ok", text: "0/1", valid: true), (id: "last", text: "3/4", valid: true),
            (id: "index_too_big", text: "4/4", valid: false), (id: "one_based", text: "1/1", valid: false),
            (id: "zero_shards", text: "0/0", valid: false), (id: "no_slash", text: "2", valid: false),
            (id: "negative", text: "-1/2", valid: false),
        ])
    func shardSyntax(_ example: (id: String, text: String, valid: Bool)) {
        #expect((Shard(example.text) != nil) == example.valid)
    }
}
