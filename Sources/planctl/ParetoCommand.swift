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
            let interrupt = InterruptHandler()
            let folder = OutputFolder(out, ownership: .pareto)
            try reportingOutputErrors { try folder.preflight() }
            let catalog = try input.loadCatalog()
            try interrupt.checkpoint()
            var options = solve.planOptions(cancellation: interrupt.cancellation)
            options.progress = nil
            let front = ParetoFront.run(catalog, points: points, options: options, jobs: jobs)
            try interrupt.checkpoint()
            if let failure = front.failure {
                // The cheapest plan has none: report it as `plan` would, and stop.
                throw try PlanOutput.write(
                    failure, catalog: catalog, to: OutputFolder(out, ownership: .plan), quiet: solve.quiet,
                    gates: Gates(), interrupt: interrupt
                ).exit
            }
            try reportingOutputErrors {
                try folder.replace(
                    with: ParetoMarkdown.files(front, requested: points).map { ($0.0, $0.1) },
                    commit: interrupt.mayCommit)
            }
            if !solve.quiet {
                Terminal.error("\(front.points.count) points (\(front.dropped) dropped) → \(out)/pareto.md")
            }
        }
    }
}
