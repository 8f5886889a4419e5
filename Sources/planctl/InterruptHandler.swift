import Dispatch
import Foundation
import Planner

/// Turns Ctrl-C during a solve into a clean stop: GLPK ends its search, nothing is written.
final class InterruptHandler {
    private let source: DispatchSourceSignal

    init(_ cancellation: SolveCancellation) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { cancellation.cancel() }
        source.resume()
    }

    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
