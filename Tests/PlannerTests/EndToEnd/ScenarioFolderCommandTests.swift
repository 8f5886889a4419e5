import Foundation
import Testing

/// Scenario folders through the built `planctl`: validate, plan --scenario and whatif
/// with shards, on WhatIfFixture (base 598 000 USD/yr at site A).
@Suite("planctl with scenario folders")
struct ScenarioFolderCommandTests {
    /// A second run like w1: 16 nodes at A, 320 000 + 16 · 54 750 = 1 196 000 USD/yr (WhatIfFolderTests).
    static func fixture() throws -> WhatIfFixture {
        let fixture = try WhatIfFixture()
        try fixture.write("scenarios/second-run/workloads.csv", "id,flops,deadline_days\nw2,6.5664e22,100\n")
        return fixture
    }

    /// `w2,` is 3 characters: the flops cell starts at column 4.
    @Test("validate checks every scenario folder and names the folder's file")
    func validateReportsFolderCells() throws {
        let fixture = try Self.fixture()
        try fixture.write("scenarios/second-run/workloads.csv", "id,flops,deadline_days\nw2,-1,100\n")
        let result = try PlanctlRunner.run(["validate", "."], in: fixture.path)
        #expect(result.status == 1)
        #expect(
            result.stderrLines == [
                "scenarios/second-run/workloads.csv:2:4: error: flops: -1 must be > 0",
                "1 error in .; nothing was solved",
            ])
    }

    @Test("plan --scenario plans a folder scenario; its manifest names the folder's file")
    func planFolderScenario() throws {
        let fixture = try Self.fixture()
        let result = try PlanctlRunner.run(
            ["plan", ".", "--quiet", "--scenario", "second-run", "--out", "out"], in: fixture.path)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(fixture.read("out/plan.json").utf8)) as? [String: Any]
        #expect(json?["objective_usd_per_yr"] as? Double == 1_196_000)
        let manifest = json?["manifest"] as? [String: Any]
        #expect(manifest?["scenario"] as? String == "second-run")
        let digests = manifest?["inputs_sha256"] as? [String: String]
        #expect(digests?.keys.sorted().last == "workloads.csv")
        #expect(digests?["scenarios/second-run/workloads.csv"]?.count == 64)
    }

    @Test("shards of a sweep with a folder scenario merge into the whatif.md of one run")
    func shardsMerge() throws {
        let fixture = try Self.fixture()
        #expect(try PlanctlRunner.run(["whatif", ".", "--quiet", "--out", "one"], in: fixture.path).status == 0)
        for index in 0..<2 {
            let shard = try PlanctlRunner.run(
                ["whatif", ".", "--quiet", "--out", "s\(index)", "--shard", "\(index)/2"], in: fixture.path)
            #expect(shard.status == 0, "\(shard.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: fixture.path + "/s1/second-run/plan.json"))
        let merged = try PlanctlRunner.run(
            ["whatif", "--quiet", "--merge", "s0", "s1", "--out", "m"], in: fixture.path)
        #expect(merged.status == 0, "\(merged.stderr)")
        let whatif = try fixture.read("one/whatif.md")
        #expect(try fixture.read("m/whatif.md") == whatif)
        #expect(whatif.contains("- **second-run**: cost +598.0 k USD/yr"), "\(whatif)")
    }
}
