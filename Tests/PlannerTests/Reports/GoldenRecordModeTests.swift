import Foundation
import Testing

/// Record mode itself: it writes, and it fails.
@Suite struct GoldenRecordModeTests {
    @Test func recordingWritesTheFilesAndFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "planctl-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [(name: "a.md", contents: "# a\n"), (name: "b.json", contents: "{}\n")]
        try withKnownIssue {
            try GoldenFiles.record(files, in: folder)
        } matching: { issue in
            issue.comments.map(\.rawValue) == [
                "recorded 2 golden files; rerun without PLANCTL_RECORD_GOLDEN to compare"
            ]
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("a.md"), encoding: .utf8) == "# a\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("b.json"), encoding: .utf8) == "{}\n")
    }
}
