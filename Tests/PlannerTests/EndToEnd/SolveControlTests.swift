import Foundation
import Testing

/// Long solves stay under the user's control: time limits return promptly with an honest
/// status, and Ctrl-C stops cleanly without writing anything.
@Suite("Solve control")
struct SolveControlTests {
    /// The sample inputs with a zero gap: GLPK cannot prove optimality within seconds.
    static var sampleInputs: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../inputs").standardized.path
    }

    @Test func aShortTimeLimitReturnsTheBestPlanOrNone() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("planctl-tl-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let started = Date()
        let result = try PlanctlRunner.run(
            ["plan", Self.sampleInputs, "--out", out, "--time-limit", "2", "--mip-gap", "0", "--quiet"], in: "/tmp")
        #expect(Date().timeIntervalSince(started) < 30, "a 2 s limit must not hang")
        #expect([0, 4].contains(result.status), "stderr: \(result.stderr)")
        // Either way CI gets a plan.json to post: the plan, or why there is none.
        let json = try String(contentsOfFile: out + "/plan.json", encoding: .utf8)
        if result.status == 0 {
            #expect(json.contains("\"status\": \"time_limit\""))
        } else {
            #expect(json.contains("\"status\": \"no_solution\""))
            #expect(json.contains("\"message\": \"time limit of 2 s reached before any plan was found"))
            #expect(json.contains("\"time_limit_s\": 2"))
        }
    }

    @Test func interruptStopsCleanlyWithExit130() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("planctl-int-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = try PlanctlRunner.executable
        process.arguments = [
            "plan", Self.sampleInputs, "--out", out, "--time-limit", "120", "--mip-gap", "0", "--quiet",
        ]
        process.standardError = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        process.interrupt()
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!process.isRunning, "planctl did not stop after SIGINT")
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
