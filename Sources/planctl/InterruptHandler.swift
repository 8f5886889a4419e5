import Dispatch
import Foundation
import Planner

/// Turns Ctrl-C at any stage into a clean stop: installed before reading, it
/// sets the flag every solve watches; each stage boundary asks `checkpoint()`,
/// and the report folder is swapped in only if no Ctrl-C came. Exit 130, nothing changed.
final class InterruptHandler {
    /// The flag the solver and the report writer watch.
    let cancellation = SolveCancellation()
    private let source: DispatchSourceSignal

    /// Starts catching SIGINT.
    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [cancellation] in cancellation.cancel() }
        source.resume()
    }

    /// Throws exit 130 (after saying so) when Ctrl-C has come.
    func checkpoint() throws {
        guard cancellation.isCancelled else { return }
        Terminal.error(OutputError.interrupted.description)
        throw ExitStatus.interrupted.exit
    }

    /// Whether the new reports may be swapped in: no Ctrl-C yet (the last stage boundary).
    func mayCommit() -> Bool {
        FailPoint.reached("swap")
        return !cancellation.isCancelled
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}

/// Faults injected at stage boundaries for the end-to-end tests:
/// `PLANCTL_FAILPOINT=sigint:read` sends the process Ctrl-C after reading,
/// `kill:swap` kills it (SIGKILL) with the new reports staged but not swapped in.
enum FailPoint {
    private static let setting = ProcessInfo.processInfo.environment["PLANCTL_FAILPOINT"]

    /// Injects the configured fault if it names `stage`.
    static func reached(_ stage: String) {
        guard let setting else { return }
        if setting == "kill:" + stage { raise(SIGKILL) }
        if setting == "sigint:" + stage {
            kill(getpid(), SIGINT)
            // The handler runs on another thread; give it a moment to set the flag.
            usleep(200_000)
        }
    }
}

/// Runs `body`, turning an output failure into its one-line message and exit code (74, or 130).
func reportingOutputErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as OutputError {
        Terminal.error(error == .interrupted ? error.description : "error: \(error.description)")
        throw (error == .interrupted ? ExitStatus.interrupted : ExitStatus.cannotWrite).exit
    }
}
