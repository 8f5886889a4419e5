import Foundation
import Testing

@testable import Planner

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The reports of one small fixed input (Fixtures/golden-input: two sites with hourly
/// profiles, on-site solar, a PPA, a battery, a supply-limited server and a binding
/// carbon-free floor), compared byte for byte with Fixtures/golden.
/// Re-record on purpose: `PLANCTL_RECORD_GOLDEN=1 swift test --filter GoldenReportTests`.
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

    @Test(arguments: names)
    func matchesGolden(name: String) throws {
        let actual = try #require(Self.files.first { $0.name == name }?.contents, "the fixture did not plan")
        try Self.expectGolden(actual, name: name, in: Self.goldenFolder)
    }

    /// `actual` equals the file `name` in `folder`; with PLANCTL_RECORD_GOLDEN=1 it is written there instead.
    static func expectGolden(
        _ actual: String, name: String, in folder: URL,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let path = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PLANCTL_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: path, encoding: .utf8)
        #expect(
            actual == expected,
            "\(name) differs from its golden file (PLANCTL_RECORD_GOLDEN=1 re-records):\n\(lineDiff(expected, actual))",
            sourceLocation: sourceLocation)
    }

    @Test(arguments: names.filter { $0.hasSuffix(".svg") })
    func chartIsWellFormedXML(name: String) throws {
        let svg = try #require(Self.files.first { $0.name == name }?.contents)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(name): \(parser.parserError.map(String.init(describing:)) ?? "parse failed")")
    }

    /// Differing lines, numbered, at most 20: enough to see what moved without a diff tool.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let (old, new) = (expected.components(separatedBy: "\n"), actual.components(separatedBy: "\n"))
        var out: [String] = []
        for i in 0..<max(old.count, new.count) where out.count < 40 {
            let (a, b) = (i < old.count ? old[i] : "<none>", i < new.count ? new[i] : "<none>")
            if a != b { out += ["\(i + 1)- \(a)", "\(i + 1)+ \(b)"] }
        }
        return out.joined(separator: "\n")
    }
}
