import Foundation
import Testing

/// Runs the built `planctl` executable and captures what a user would see.
struct PlanctlRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// The executable sits in the build products folder, next to the test bundle and its resources.
    static var executable: URL {
        get throws {
            let products = Bundle.module.bundleURL.deletingLastPathComponent()
            let url = products.appendingPathComponent("planctl")
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw RunnerError(message: "planctl is not built at \(url.path); run `swift build --build-tests`")
            }
            return url
        }
    }

    struct RunnerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs `planctl arguments` in `directory` with `environment` added to a minimal one.
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // No inherited GITHUB_ACTIONS: the tests must not depend on where they run.
        process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
