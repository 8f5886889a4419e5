import Foundation
import Testing

@testable import Planner

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The reports of one small fixed input (Fixtures/golden-input: two sites with hourly
/// profiles, on-site solar, a PPA, a battery, a supply-limited server and a binding
/// carbon-free floor), compared byte for byte with Fixtures/golden.
/// Re-record on purpose: `PLANCTL_RECORD_GOLDEN=1 swift test --filter GoldenReportTests` (writes, then fails).
@Suite("Golden reports")
struct GoldenReportTests {
    static let files: [(name: String, contents: String)] = {
        guard let input = Bundle.module.url(forResource: "Fixtures/golden-input", withExtension: nil),
            let catalog = CatalogLoader.load(directory: input.path).catalog,
            let plan = Planning.plan(catalog).plan
        else { return [] }
        return [
            ("plan.md", PlanMarkdown.render(plan)), ("plan.json", PlanJSON.render(plan)),
            ("bom.csv", BOMCSV.render(plan)),
        ]
            + PlanCharts.files(plan)
    }()

    static let names = [
        "plan.md", "plan.json", "bom.csv", "cost-by-site.svg", "carbon-by-site.svg", "dispatch-north.svg",
        "dispatch-south.svg",
    ]

    /// The golden folder in the source tree (recording writes there, not into the test bundle).
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    @Test func writesExactlyTheExpectedFiles() {
        #expect(Self.files.map(\.name) == Self.names)
    }

    @Test(
        .disabled(if: GoldenFiles.isRecording, "PLANCTL_RECORD_GOLDEN=1: record() writes the files instead"),
        arguments: names)
    func matchesGolden(name: String) throws {
        let actual = try #require(Self.files.first { $0.name == name }?.contents, "the fixture did not plan")
        try GoldenFiles.expectEqual(actual, name: name, in: Self.goldenFolder)
    }

    @Test(.enabled(if: GoldenFiles.isRecording, "runs with PLANCTL_RECORD_GOLDEN=1"))
    func record() throws {
        try #require(Self.files.map(\.name) == Self.names, "the fixture did not plan")
        try GoldenFiles.record(Self.files, in: Self.goldenFolder)
    }

    @Test(arguments: names.filter { $0.hasSuffix(".svg") })
    func chartIsWellFormedXML(name: String) throws {
        let svg = try #require(Self.files.first { $0.name == name }?.contents)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(name): \(parser.parserError.map(String.init(describing:)) ?? "parse failed")")
    }
}
