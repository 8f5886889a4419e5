import Foundation
import Testing

/// `whatif --merge` refuses shard folders whose files are not what their place in the sweep says.
///
/// WhatIfFixture's sweep in two shards: 0/2 solves the base, carbon-100 and tiny-grid;
/// 1/2 solves gpu-up and no-room.
@Suite("planctl whatif --merge checks")
struct ShardMergeCommandTests {
    /// A way to spoil the shard folders s0 and s1, and the one line merge answers with.
    struct Spoiling: Sendable, CustomTestStringConvertible {
        var id: String
        /// The file (under the fixture) to overwrite, and where its new text comes from.
        var target: String
        var replacement: Replacement
        var message: String
        var testDescription: String { id }
    }

    enum Replacement: Sendable {
        case copyOf(String)
        case edit(String, String)
    }

    @Test(arguments: [
        Spoiling(
            id: "scenario plan over another", target: "s1/no-room/plan.json",
            replacement: .copyOf("s1/gpu-up/plan.json"),
            message: "error: s1/no-room/plan.json: holds scenario `gpu-up`, expected `no-room`"),
        Spoiling(
            id: "scenario plan over the base", target: "s0/plan.json", replacement: .copyOf("s0/carbon-100/plan.json"),
            message: "error: s0/plan.json: holds scenario `carbon-100`, expected the base plan"),
        Spoiling(
            id: "base plan over a scenario", target: "s0/tiny-grid/plan.json", replacement: .copyOf("s0/plan.json"),
            message: "error: s0/tiny-grid/plan.json: holds the base plan, expected `tiny-grid`"),
        Spoiling(
            id: "shard 7 of 2", target: "s1/whatif-shard-1-of-2.json",
            replacement: .edit("\"shard\": 1,", "\"shard\": 7,"),
            message: "error: s1/whatif-shard-1-of-2.json: shard 7 of 2 is out of range (0 to 1)"),
        Spoiling(
            id: "shard 1.5", target: "s1/whatif-shard-1-of-2.json",
            replacement: .edit("\"shard\": 1,", "\"shard\": 1.5,"),
            message: "error: s1/whatif-shard-1-of-2.json: shard 1.5 is not a whole number"),
        Spoiling(
            id: "solved list of another shard", target: "s1/whatif-shard-1-of-2.json",
            replacement: .edit("\"no-room\"\n", "\"tiny-grid\"\n"),
            message:
                "error: s1/whatif-shard-1-of-2.json: lists what shard 1/2 does not solve; it solves `gpu-up`, `no-room`"
        ),
    ])
    func mergeRefuses(_ spoiling: Spoiling) throws {
        let fixture = try WhatIfFixture()
        for shard in ["0", "1"] {
            let result = try PlanctlRunner.run(
                ["whatif", ".", "--quiet", "--out", "s" + shard, "--shard", shard + "/2"], in: fixture.path)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let target = fixture.path + "/" + spoiling.target
        switch spoiling.replacement {
        case .copyOf(let source):
            try Data(contentsOf: URL(fileURLWithPath: fixture.path + "/" + source))
                .write(to: URL(fileURLWithPath: target))
        case .edit(let old, let new):
            let text = try fixture.read(spoiling.target)
            #expect(text.contains(old), "\(text)")
            try text.replacingOccurrences(of: old, with: new).write(toFile: target, atomically: true, encoding: .utf8)
        }
        let merged = try PlanctlRunner.run(
            ["whatif", "--quiet", "--merge", "s0", "s1", "--out", "m"], in: fixture.path)
        #expect(merged.status == 1)
        #expect(merged.stderrLines == [spoiling.message])
        #expect(!FileManager.default.fileExists(atPath: fixture.path + "/m/whatif.md"))
    }
}
