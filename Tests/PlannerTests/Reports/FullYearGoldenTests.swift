import Foundation
import Testing

@testable import Planner

/// plan.md and plan.json of a plan made on representative days, calibrated and
/// checked over the full year (the four-day year of `FullYearCheckTests`, whose
/// figures are derived there), compared byte for byte with Fixtures/golden-full-year.
/// Re-record on purpose: `PLANCTL_RECORD_GOLDEN=1 swift test --filter FullYearGoldenTests`.
@Suite("Golden full-year reports")
struct FullYearGoldenTests {
    static let goldenFolder = GoldenReportTests.goldenFolder.deletingLastPathComponent()
        .appendingPathComponent("golden-full-year")

    static func files() throws -> [(name: String, contents: String)] {
        let fullYear = try FullYearCheckTests.year.catalog()
        let (days, _) = try RepresentativeDays.aggregate(fullYear, days: 2)
        let plan = try #require(LimitCalibration.run(days, fullYear: fullYear, options: PlanOptions()).plan)
        return [("plan.md", PlanMarkdown.render(plan)), ("plan.json", PlanJSON.render(plan))]
    }

    @Test(arguments: ["plan.md", "plan.json"])
    func matchesGolden(name: String) throws {
        let actual = try #require(try Self.files().first { $0.name == name }?.contents)
        let path = Self.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PLANCTL_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            try actual.write(to: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: path, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file (PLANCTL_RECORD_GOLDEN=1 re-records):\n\(GoldenReportTests.lineDiff(expected, actual))")
    }
}
