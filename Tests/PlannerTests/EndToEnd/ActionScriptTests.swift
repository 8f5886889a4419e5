import Foundation
import Testing

/// scripts/action-run, the GitHub Action's step, with `docker` and `gh` replaced
/// by stubs that record their arguments: what it runs, what it posts, and that
/// it exits with planctl's code after posting.
@Suite("GitHub Action script")
struct ActionScriptTests {
    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../scripts/action-run").standardized.path
    }

    /// A workspace with stub `docker` (a `run` writes reports/plan.md and exits `code`) and `gh`.
    private func workspace(dockerExit code: Int32) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planctl-action-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        let docker = """
            #!/usr/bin/env bash
            echo "$*" >> "\(folder)/docker.log"
            if [[ $1 == run ]]; then mkdir -p reports; echo "# Data-center plan" > reports/plan.md; exit \(code); fi
            """
        let gh = """
            #!/usr/bin/env bash
            echo "$*" >> "\(folder)/gh.log"
            while [[ $# -gt 0 ]]; do [[ $1 == --body-file ]] && cp "$2" "\(folder)/body.md"; shift; done
            """
        for (name, text) in [("docker", docker), ("gh", gh)] {
            try text.write(toFile: folder + "/bin/" + name, atomically: true, encoding: .utf8)
            chmod(folder + "/bin/" + name, 0o755)
        }
        return folder
    }

    private func run(in folder: String, _ environment: [String: String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["PATH": folder + "/bin:/usr/bin:/bin", "GITHUB_OUTPUT": folder + "/output"]
            .merging(environment) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A broken gate (exit 5): the report is still posted, then the step fails with 5.
    @Test func postsTheReportThenExitsWithPlanctlsCode() throws {
        let folder = try workspace(dockerExit: 5)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let code = try run(
            in: folder,
            ["PLANCTL_COMMAND": "plan", "PLANCTL_FLAGS": "--max-cost 1000 --quiet", "PLANCTL_PR": "42"])
        #expect(code == 5)
        let docker = try String(contentsOfFile: folder + "/docker.log", encoding: .utf8).split(separator: "\n")
        #expect(
            docker.last
                == "run --rm --volume \(folder):/work --workdir /work planctl-action plan inputs --out reports --max-cost 1000 --quiet"
        )
        let gh = try String(contentsOfFile: folder + "/gh.log", encoding: .utf8)
        #expect(gh.hasPrefix("pr comment 42 --body-file "))
        #expect(gh.hasSuffix(" --edit-last --create-if-none\n"))
        #expect(
            try String(contentsOfFile: folder + "/body.md", encoding: .utf8)
                == "<!-- planctl plan -->\n# Data-center plan\n")
        #expect(try String(contentsOfFile: folder + "/output", encoding: .utf8) == "exit-code=5\n")
    }

    /// Outside a pull request nothing is posted; an unknown command is a usage error before any build.
    @Test func noCommentOutsideAPullRequestAndUnknownCommandsRefused() throws {
        let folder = try workspace(dockerExit: 0)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try run(in: folder, ["PLANCTL_COMMAND": "plan"]) == 0)
        #expect(!FileManager.default.fileExists(atPath: folder + "/gh.log"))
        try? FileManager.default.removeItem(atPath: folder + "/docker.log")
        #expect(try run(in: folder, ["PLANCTL_COMMAND": "rm"]) == 64)
        #expect(!FileManager.default.fileExists(atPath: folder + "/docker.log"))
    }
}
