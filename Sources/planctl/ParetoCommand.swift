import ArgumentParser
import Foundation
import Planner

extension Planctl {
    /// `planctl pareto [DIR] --points N`: the cost–carbon trade-off in OUT/pareto.md.
    struct Pareto: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trace the cost–carbon trade-off (ε-constraint) and write OUT/pareto.md.")

        @OptionGroup var input: InputOptions
        @OptionGroup var solve: SolveFlags

        @Option(help: "Plans to solve: the cheapest, the lowest-carbon and N−2 carbon caps between.")
        var points = 5

        @Option(help: "Folder for the reports.")
        var out = "reports"

        @Option(help: "Solves run at once (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        func validate() throws {
            if points < 2 { throw ValidationError("--points must be at least 2 (the two ends of the curve)") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let catalog = try input.loadCatalog()
            let cancellation = SolveCancellation()
            let interrupt = InterruptHandler(cancellation)
            var options = solve.planOptions(cancellation: cancellation)
            options.progress = nil
            let front = ParetoFront.run(catalog, points: points, options: options, jobs: jobs)
            interrupt.stop()
            if cancellation.isCancelled {
                Terminal.error("interrupted: nothing was written")
                throw ExitCode(130)
            }
            if let failure = front.failure {
                // The cheapest plan has none: report it as `plan` would, and stop.
                throw ExitCode(
                    try PlanOutput.write(failure, catalog: catalog, to: out, quiet: solve.quiet, gates: Gates()))
            }
            try OutputFolder.write(ParetoMarkdown.files(front, requested: points), to: out)
            if !solve.quiet {
                Terminal.error("\(front.points.count) points (\(front.dropped) dropped) → \(out)/pareto.md")
            }
        }
    }
}
