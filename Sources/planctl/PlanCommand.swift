import ArgumentParser
import Foundation
import Planner

extension Planctl {
    /// `planctl plan [DIR] --out reports`: solve and write plan.md, plan.json and bom.csv.
    struct PlanCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Solve the planning model and write OUT/plan.md, OUT/plan.json and OUT/bom.csv.")

        @OptionGroup var input: InputOptions
        @OptionGroup var solve: SolveFlags
        @OptionGroup var gate: GateFlags

        @Option(help: "Folder for the reports.")
        var out = "reports"

        @Option(help: "Write {read_s, build_s, solve_s, write_s} as JSON to this file (for benchmarks).")
        var timings: String?

        func run() throws {
            var clock = StageClock()
            let gates = try gate.gates()
            let catalog = try input.loadCatalog()
            clock.lap("read_s")
            let cancellation = SolveCancellation()
            let interrupt = InterruptHandler(cancellation)
            let outcome = Planning.run(catalog, options: solve.planOptions(cancellation: cancellation))
            interrupt.stop()
            clock.record("build_s", outcome.buildSeconds)
            clock.record("solve_s", outcome.solveSeconds)
            clock.restart()
            if cancellation.isCancelled {
                Terminal.error("interrupted: nothing was written")
                throw ExitCode(130)
            }
            let exitCode = try PlanOutput.write(outcome, catalog: catalog, to: out, quiet: solve.quiet, gates: gates)
            clock.lap("write_s")
            if let timings { try clock.write(to: timings) }
            if exitCode != 0 { throw ExitCode(exitCode) }
        }
    }
}
