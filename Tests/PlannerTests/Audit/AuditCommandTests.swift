import Foundation
import Testing

@testable import Planner

/// `planctl audit` as CI runs it: exit 0, 5 with --fail-on-findings, 1 on bad meters (nothing written).
@Suite struct AuditCommandTests {
    private func folder() throws -> InputFolder {
        let folder = try AuditFixture.inputs()
        try folder.write("plan.json", Data(AuditFixture.planJSON.utf8))
        try folder.write("meters.txt", Data(AuditFixture.meters.utf8))
        return folder
    }

    private let arguments = ["audit", ".", "--plan", "plan.json", "--meters", "meters.txt", "--out", "out"]

    @Test func writesTheReportsAndExitsZero() throws {
        let folder = try folder()
        let result = try PlanctlRunner.run(arguments, in: folder.path)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out").sorted()
        #expect(files == ["audit-site-d.svg", "audit-site-h.svg", "audit.json", "audit.md"])
        #expect(result.stderrLines.filter { $0.hasPrefix("finding: ") }.count == 4)
        #expect(result.stderrLines.filter { $0.hasPrefix("warning: ") }.count == 2)
        let markdown = try String(contentsOfFile: folder.path + "/out/audit.md", encoding: .utf8)
        #expect(markdown.contains("- site-d: metered PUE 1.175 is 6.8 % above the plan's 1.100"))
        // The same inputs give the same bytes.
        let again = try PlanctlRunner.run(arguments, in: folder.path)
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: folder.path + "/out/audit.md", encoding: .utf8) == markdown)
    }

    @Test func failOnFindingsExitsFive() throws {
        let folder = try folder()
        let result = try PlanctlRunner.run(arguments + ["--fail-on-findings"], in: folder.path)
        #expect(result.status == 5)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/out/audit.md"))
    }

    @Test func badMetersExitOneAndWriteNothing() throws {
        let folder = try folder()
        try folder.write("meters.txt", Data("site,start,it_mwh,facility_mwh\nsite-h,2025-01-01,2,1\n".utf8))
        let result = try PlanctlRunner.run(arguments, in: folder.path)
        #expect(result.status == 1)
        #expect(
            result.stderrLines == [
                "meters.txt:2:21: error: facility_mwh: 1 is below it_mwh 2; the facility meter counts the IT load too",
                "1 error; nothing was written",
            ])
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test func badToleranceIsAUsageError() throws {
        let folder = try folder()
        let result = try PlanctlRunner.run(arguments + ["--pue-tolerance", "-1"], in: folder.path)
        #expect(result.status == 64)
    }
}
