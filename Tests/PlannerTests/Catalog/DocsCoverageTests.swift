import Foundation
import Testing
@testable import Planner

/// docs/inputs.md names every column and policy key the schema knows, so users can look each one up.
@Suite struct DocsCoverageTests {
    /// The package root: three folders above this file (Tests/PlannerTests/Catalog/).
    static let docsPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/inputs.md").path

    static var names: [(file: String, name: String)] {
        CatalogSchema.files.flatMap { schema in schema.columns.map { (schema.fileName, $0.name) } }
            + CatalogSchema.policyKeys.map { ("policy.csv key", $0.key) }
    }

    @Test func everyColumnAndPolicyKeyIsDocumented() throws {
        guard let text = try? String(contentsOfFile: Self.docsPath, encoding: .utf8) else {
            Issue.record("docs/inputs.md is missing (looked at \(Self.docsPath)): add the user documentation of the input catalogs; this test checks it names every column of CatalogSchema")
            return
        }
        let missing = Self.names.filter { !text.contains("`\($0.name)`") }
        #expect(missing.isEmpty, "docs/inputs.md does not name these in backticks: \(missing.map { "\($0.file): \($0.name)" })")
    }

    /// The list the test checks is the schema's, not empty by accident.
    @Test func namesCoverEveryFile() {
        #expect(Set(Self.names.map(\.file)).count == CatalogSchema.files.count + 1)
        #expect(Self.names.contains { $0 == ("workloads.csv", "tokens_b") })
        #expect(Self.names.contains { $0 == ("policy.csv key", "time_limit_s") })
    }
}
