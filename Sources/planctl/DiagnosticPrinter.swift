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

    /// Whether stderr is an interactive terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
