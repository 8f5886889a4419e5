import ArgumentParser
import Foundation
import Planner

extension Planctl {
    /// `planctl pareto [DIR] --points N [--axis carbon|cfe]`: the cost–carbon (or cost–carbon-free
    /// share) trade-off in OUT/pareto.md.
    struct Pareto: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trace the cost–carbon trade-off (ε-constraint) and write OUT/pareto.md.",
            discussion: """
                --axis carbon (the default) caps tCO2e/yr from the cheapest plan's carbon down to the least \
                reachable; --axis cfe sets floors on the carbon-free share (min_cfe_fraction) from the cheapest \
                plan's share up to the highest reachable, for one-year plans.
                """)

        @OptionGroup var input: InputOptions
        @OptionGroup var solve: SolveFlags

        @Option(help: "Plans to solve: the cheapest, the lowest-carbon and N−2 carbon caps between.")
        var points = 5

        @Option(help: "What the ε-constraint bounds: carbon (tCO2e/yr caps) or cfe (carbon-free share floors).")
        var axis: ParetoFront.Axis = .carbon

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
            if let problem = axis.problem(for: catalog) {
                Terminal.error("error: " + problem)
                throw ExitStatus.usage.exit
            }
            try interrupt.checkpoint()
            var options = solve.planOptions(cancellation: interrupt.cancellation)
            options.progress = nil
            let front = ParetoFront.run(catalog, points: points, axis: axis, options: options, jobs: jobs)
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

extension ParetoFront.Axis: ExpressibleByArgument {}
