import Foundation
import Testing

/// `planctl pareto --axis` as a user runs it: a bad value, the cfe front written, a horizon refused.
@Suite("planctl pareto --axis")
struct ParetoAxisCommandTests {
    /// Writes ParetoCarbonFreeTests' instance (598 000 to 773 200 USD/yr, 20 % to 100 % carbon-free).
    static func folder(policy extra: String = "") throws -> InputFolder {
        let fixture = ParetoCarbonFreeTests.fixture
        var files: [String: String?] = [:]
        for (name, text) in fixture.files { files[name] = text + "\n" }
        files["policy.csv"] = fixture.files["policy.csv"]! + "\n" + extra
        return try InputFolder(files)
    }

    @Test("an unknown axis is a usage error naming the values")
    func badAxis() throws {
        let folder = try Self.folder()
        let result = try PlanctlRunner.run(["pareto", ".", "--axis", "co2"], in: folder.path)
        #expect(result.status == 64)
        #expect(
            result.stderrLines.first
                == "Error: The value 'co2' is invalid for '--axis <axis>'. Please provide one of 'carbon' and 'cfe'.")
    }

    @Test("--axis cfe writes the carbon-free front")
    func carbonFreeFront() throws {
        let folder = try Self.folder()
        let result = try PlanctlRunner.run(
            ["pareto", ".", "--axis", "cfe", "--points", "3", "--out", "out", "--quiet"], in: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try String(contentsOfFile: folder.path + "/out/pareto.json", encoding: .utf8)
        #expect(json.contains("\"axis\": \"cfe\""), "\(json)")
        let markdown = try String(contentsOfFile: folder.path + "/out/pareto.md", encoding: .utf8)
        #expect(markdown.contains("gains 80.00 percentage points for 175.2 k USD/yr more"), "\(markdown)")
    }

    @Test("a horizon is refused before any solve")
    func horizonRefused() throws {
        let folder = try Self.folder(policy: "horizon_years,2\n")
        let result = try PlanctlRunner.run(["pareto", ".", "--axis", "cfe", "--out", "out"], in: folder.path)
        #expect(result.status == 64)
        #expect(
            result.stderrLines == [
                "error: --axis cfe traces one-year plans; these inputs plan 2 years (horizon_years in policy.csv), where the carbon-free floor holds in each year on its own; use --axis carbon, or set horizon_years to 1"
            ])
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out/pareto.md"))
    }
}
