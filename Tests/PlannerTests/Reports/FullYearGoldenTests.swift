import Foundation
import Testing

@testable import Planner

/// plan.md and plan.json of a plan made on representative days, calibrated and
/// checked over the full year (the four-day year of `FullYearCheckTests`, whose
/// figures are derived there), compared byte for byte with Fixtures/golden-full-year.
/// Re-record on purpose: `PLANCTL_RECORD_GOLDEN=1 swift test --filter FullYearGoldenTests` (writes, then fails).
@Suite("Golden full-year reports")
struct FullYearGoldenTests {
    static let goldenFolder = GoldenReportTests.goldenFolder.deletingLastPathComponent()
        .appendingPathComponent("golden-full-year")

    static func files() throws -> [(name: String, contents: String)] {
        let fullYear = try FullYearCheckTests.year.catalog()
        let (days, _) = try RepresentativeDays.aggregate(fullYear, days: 2)
        let plan = try #require(Planning.plan(days, fullYear: fullYear, calibrate: true).plan)
        return [("plan.md", PlanMarkdown.render(plan)), ("plan.json", PlanJSON.render(plan))]
    }

    @Test(
        .disabled(if: GoldenFiles.isRecording, "PLANCTL_RECORD_GOLDEN=1: record() writes the files instead"),
        arguments: ["plan.md", "plan.json"])
    func matchesGolden(name: String) throws {
        let actual = try #require(try Self.files().first { $0.name == name }?.contents)
        try GoldenFiles.expectEqual(actual, name: name, in: Self.goldenFolder)
    }

    @Test(.enabled(if: GoldenFiles.isRecording, "runs with PLANCTL_RECORD_GOLDEN=1"))
    func record() throws {
        try GoldenFiles.record(try Self.files(), in: Self.goldenFolder)
    }
}
