import CGLPK
import Foundation

/// Where GLPK's terminal output goes. GLPK keeps its environment, and so
/// this hook, per thread (built with `_Thread_local`), so routing it here
/// affects only the calling thread and needs no lock.
enum GLPKTerminal {
    /// Routes this thread's GLPK output to stderr (`log`) or discards it.
    /// Never restores GLPK's default, which would print to stdout.
    static func route(log: Bool) {
        if log {
            glp_term_hook(
                { _, text in
                    if let text { writeToStandardError(text) }
                    return 1  // nonzero: GLPK must not print it again itself
                }, nil)
        } else {
            glp_term_hook({ _, _ in 1 }, nil)
        }
    }

    /// Runs `body` with this thread's GLPK output routed, then silences it
    /// again so later GLPK calls on the thread stay off stdout.
    static func withOutput<T>(log: Bool, _ body: () throws -> T) rethrows -> T {
        route(log: log)
        defer { route(log: false) }
        return try body()
    }
}

/// Writes a C string to file descriptor 2 without touching the global
/// `stderr` FILE pointer, which Swift 6 treats as unsafe shared state.
private func writeToStandardError(_ text: UnsafePointer<CChar>) {
    var remaining = strlen(text)
    var cursor = UnsafeRawPointer(text)
    while remaining > 0 {
        let written = write(STDERR_FILENO, cursor, remaining)
        if written <= 0 { return }
        remaining -= written
        cursor += written
    }
}
