import Foundation
import Testing

/// Reports compared byte for byte with committed golden files, or, on purpose, recorded anew.
///
/// A record run (`PLANCTL_RECORD_GOLDEN=1`) writes the files and fails: a run that compared
/// nothing must never look like one that passed, say when the variable leaks into CI.
enum GoldenFiles {
    /// Whether this run records the golden files instead of comparing with them.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["PLANCTL_RECORD_GOLDEN"] == "1" }

    /// Writes `files` into `folder`, then fails saying how many were recorded.
    static func record(
        _ files: [(name: String, contents: String)], in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            try file.contents.write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
        Issue.record(
            "recorded \(files.count) golden files; rerun without PLANCTL_RECORD_GOLDEN to compare",
            sourceLocation: sourceLocation)
    }

    /// `actual` equals the file `name` in `folder`.
    static func expectEqual(
        _ actual: String, name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let expected = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(
            actual == expected,
            "\(name) differs from its golden file (PLANCTL_RECORD_GOLDEN=1 re-records):\n\(lineDiff(expected, actual))",
            sourceLocation: sourceLocation)
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
