import Foundation

/// Wall-clock seconds per stage, for `--timings` (never in the deterministic outputs).
struct StageClock {
    private var start = Date()
    private var stages: [(String, Double)] = []

    mutating func lap(_ name: String) {
        stages.append((name, Date().timeIntervalSince(start)))
        start = Date()
    }

    mutating func record(_ name: String, _ seconds: Double) {
        stages.append((name, seconds))
    }

    mutating func restart() { start = Date() }

    /// The stages as one JSON object, e.g. `{"read_s": 0.12, "solve_s": 3.4}`.
    var json: String {
        "{" + stages.map { String(format: "\"%@\": %.6f", $0.0, $0.1) }.joined(separator: ", ") + "}\n"
    }
}
