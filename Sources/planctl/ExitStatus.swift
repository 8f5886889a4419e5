import ArgumentParser
import Planner

/// planctl's exit codes, stable for CI (cli.md), named in one place.
enum ExitStatus: Int32, CaseIterable {
    /// A plan (or the command's output) was written and every gate passed.
    case success = 0
    /// The catalogs have errors; nothing was solved.
    case inputError = 1
    /// The solver failed otherwise (unbounded, a rejected model, a GLPK error); the message says how.
    case solverFailed = 2
    /// No plan meets the requirements; the report says why.
    case infeasible = 3
    /// The time limit ran out before any plan was found (status `no_solution`).
    case noSolution = 4
    /// A CI gate failed; the reports are still written.
    case gateFailed = 5
    /// A flag or argument is wrong (swift-argument-parser's EX_USAGE).
    case usage = 64
    /// A report or output file cannot be written (sysexits' EX_IOERR).
    case cannotWrite = 74
    /// Ctrl-C: the command stopped and changed nothing.
    case interrupted = 130

    /// The exit code for a plan outcome's status (before any gate is judged).
    init(_ status: SolveStatus) {
        switch status {
        case .optimal, .timeLimit: self = .success
        case .infeasible: self = .infeasible
        case .noSolution: self = .noSolution
        case .interrupted: self = .interrupted
        case .unbounded, .invalidModel, .failed: self = .solverFailed
        }
    }

    /// swift-argument-parser's error that ends the process with this code.
    var exit: ExitCode { ExitCode(rawValue) }

    /// The exit codes as `--help` lists them.
    static let helpText = """
        Exit codes: 0 success, 1 input error, 2 solver failed, 3 infeasible, 4 time limit without a plan, \
        5 a CI gate failed, 64 usage error, 74 a report cannot be written, 130 interrupted.
        """
}
