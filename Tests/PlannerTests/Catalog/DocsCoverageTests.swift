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

    /// Each file's section (`## sites.csv` up to the next `## `) has a table row per column,
    /// first cell the name in backticks; policy keys are rows of the policy.csv section.
    @Test func everyColumnAndPolicyKeyIsDocumented() throws {
        guard let text = try? String(contentsOfFile: Self.docsPath, encoding: .utf8) else {
            Issue.record(
                "docs/inputs.md is missing (looked at \(Self.docsPath)): add the user documentation of the input catalogs; this test checks it names every column of CatalogSchema"
            )
            return
        }
        let sections = Self.sections(text)
        let missing = Self.names.filter { entry in
            let file = entry.file.hasSuffix(" key") ? "policy.csv" : entry.file
            return !(sections[file] ?? "").contains("| `\(entry.name)` |")
        }
        #expect(missing.isEmpty, "docs/inputs.md lacks a table row for: \(missing.map { "\($0.file): \($0.name)" })")
    }

    /// The text under each `## <file>` heading.
    static func sections(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                current = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
            } else if let current {
                result[current, default: ""] += line + "\n"
            }
        }
        return result
    }

    /// The list the test checks is the schema's, not empty by accident.
    @Test func namesCoverEveryFile() {
        #expect(Set(Self.names.map(\.file)).count == CatalogSchema.files.count + 1)
        #expect(Self.names.contains { $0 == ("workloads.csv", "tokens_b") })
        #expect(Self.names.contains { $0 == ("policy.csv key", "time_limit_s") })
    }
}
