import Foundation
import Planner

/// Prints diagnostics to stderr, plus GitHub annotations when running in GitHub Actions.
enum DiagnosticPrinter {
    static func print(_ diagnostics: Diagnostics) {
        let annotate = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
        for diagnostic in diagnostics.sorted {
            Terminal.error(diagnostic.description)
            if annotate { Terminal.error(diagnostic.githubAnnotation) }
        }
    }
}

/// Writes to the terminal's streams.
enum Terminal {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// One progress line, rewritten in place.
    static func progress(_ p: SolveProgress) {
        let incumbent = p.incumbentObjective.map { String(format: "%.6g", $0) } ?? "–"
        let bound = p.bestBound.map { String(format: "%.6g", $0) } ?? "–"
        let gap = p.gap.map { String(format: "%.2f %%", $0 * 100) } ?? "–"
        let line = String(
            format: "\r  incumbent %@  bound %@  gap %@  %.0f s   ", incumbent, bound, gap, p.elapsedSeconds)
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Whether stderr is an interactive terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
