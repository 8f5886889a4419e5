import Foundation
import Testing

/// `planctl alternatives` as a user runs it, on NearOptimalRangesTests' two sites.
@Suite("planctl alternatives")
struct AlternativesCommandTests {
    /// The fixture's files in a fresh folder, removed by the caller.
    static func folder(_ fixture: ModelFixture = NearOptimalRangesTests.twoSites) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planctl-alt-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in fixture.files {
            try (text + "\n").write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test func writesTheRangesBesideAPlan() throws {
        let path = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try PlanctlRunner.run(["alternatives", ".", "--out", "out", "--jobs", "2"], in: path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderrLines == ["3 decisions, 1 firm → out/alternatives.md"])
        let markdown = try String(contentsOfFile: path + "/out/alternatives.md", encoding: .utf8)
        #expect(markdown.contains("| `accelerators:site=B`    | accelerators |     0 |             0 |    8 | no   |"))
        // plan and alternatives share a folder: each keeps the other's files.
        let plan = try PlanctlRunner.run(["plan", ".", "--out", "out", "--quiet"], in: path)
        #expect(plan.status == 0, "\(plan.stderr)")
        let again = try PlanctlRunner.run(
            ["alternatives", ".", "--out", "out", "--quiet", "--decision", "accelerators:site=A"], in: path)
        #expect(again.status == 0, "\(again.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: path + "/out").sorted()
        #expect(
            names == [
                "alternatives-accelerators-site-A-least.json", "alternatives-accelerators-site-A-most.json",
                "alternatives-cheapest.json", "alternatives.json", "alternatives.md", "alternatives.svg", "bom.csv",
                "carbon-by-site.svg", "cost-by-site.svg", "dispatch-A.svg", "plan.json", "plan.md",
            ])
    }

    @Test(
        "usage errors",
        arguments: [
            (
                flags: ["--slack", "2"],
                message:
                    "Error: --slack takes a percentage (`2%`) or a fraction (`0.02`) between 0 and 100 %, not \"2\""
            ),
            (
                flags: ["--decision", "gpus"],
                message:
                    "Error: --decision \"gpus\": unknown decision \"gpus\"; use accelerators, renewable_mw or battery_mwh"
            ),
            (
                flags: ["--decision", "accelerators:site=C"],
                message: "Error: --decision \"accelerators:site=C\": no site \"C\" in sites.csv"
            ),
            (flags: ["--jobs", "0"], message: "Error: --jobs must be at least 1"),
        ])
    func usage(_ example: (flags: [String], message: String)) throws {
        let path = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try PlanctlRunner.run(["alternatives", ".", "--out", "out"] + example.flags, in: path)
        #expect(result.status == 64)
        #expect(result.stderrLines.first == example.message, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path + "/out/alternatives.md"))
    }

    /// Site A alone with 20 racks cannot hold w1's 8 nodes (3 racks each): reported as `plan` reports it, exit 3.
    @Test func anInfeasibleBaseIsReportedAsPlanReportsIt() throws {
        let path = try Self.folder(
            ModelFixture().with(
                "sites.csv", "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
                "A,r1,20,10,50,400"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try PlanctlRunner.run(["alternatives", ".", "--out", "out"], in: path)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderrLines.first == "infeasible: no plan meets the requirements")
        let json = try String(contentsOfFile: path + "/out/plan.json", encoding: .utf8)
        #expect(json.contains("\"status\": \"infeasible\""))
        #expect(!FileManager.default.fileExists(atPath: path + "/out/alternatives.md"))
    }

    @Test func aHorizonIsRefused() throws {
        let path = try Self.folder(NearOptimalRangesTests.twoSites.withPolicy("horizon_years,2"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try PlanctlRunner.run(["alternatives", ".", "--out", "out"], in: path)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderrLines == ["error: alternatives works on one-year plans; policy.csv sets horizon_years 2"])
    }
}
