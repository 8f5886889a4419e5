import ArgumentParser
import Foundation
import Planner

/// Solver flags shared by the commands that solve.
struct SolveFlags: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: "Seconds the solver may search (overrides policy.csv time_limit_s).")
    var timeLimit: Double?

    @Option(name: .customLong("mip-gap"), help: "Relative optimality gap to stop at (overrides policy.csv mip_gap).")
    var mipGap: Double?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Pass GLPK's own log through to stderr.")
    var verbose = false

    func validate() throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) {
            throw ValidationError("--time-limit must be a positive number of seconds")
        }
        if let mipGap, !(mipGap >= 0 && mipGap.isFinite) { throw ValidationError("--mip-gap must be a fraction ≥ 0") }
    }

    /// The library's options, with progress on stderr when it is a terminal.
    func planOptions(cancellation: SolveCancellation) -> PlanOptions {
        var options = PlanOptions()
        options.mipGap = mipGap
        options.timeLimitSeconds = timeLimit
        options.glpkLog = verbose
        options.cancellation = cancellation
        if !quiet && !verbose && Terminal.stderrIsTerminal {
            options.progress = { progress in Terminal.progress(progress) }
        }
        return options
    }
}
