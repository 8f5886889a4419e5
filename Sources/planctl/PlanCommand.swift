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

        @Flag(
            name: .customLong("limit-values"),
            help:
                "Plan again with each active site and policy limit moved --step each way and report what it is worth (the main plan gets half the time)."
        )
        var limitValues = false

        @Option(help: "The step of --limit-values: a percentage such as `10%`.")
        var step = "10%"

        @Option(help: "Solves that may run at once within the plan (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Write {read_s, build_s, solve_s, write_s} as JSON to this file (for benchmarks).")
        var timings: String?

        @Flag(
            name: .customLong("full-year-check"),
            help:
                "Dispatch the build chosen on representative days over every hour of the folder's profiles.csv and report the true cost, carbon and carbon-free share."
        )
        var fullYearCheck = false

        @Flag(
            name: .customLong("calibrate-limits"),
            help:
                "With --full-year-check: when the build misses the CFE floor or carbon cap over the full year, plan again on the days with those limits tightened (up to 4 rounds)."
        )
        var calibrateLimits = false

        func validate() throws {
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if stepFraction == nil {
                throw ValidationError("--step takes a percentage between 0 and 100, such as `10%`")
            }
            if fullYearCheck && input.representativeDays == nil {
                throw ValidationError(
                    "--full-year-check checks a plan made on representative days; add --representative-days K")
            }
            if calibrateLimits && !fullYearCheck {
                throw ValidationError("--calibrate-limits needs --full-year-check (and --representative-days K)")
            }
        }

        func run() throws {
            let interrupt = InterruptHandler()
            let folder = OutputFolder(out, ownership: .plan)
            // Output paths are checked before a solve that can take minutes.
            try reportingOutputErrors {
                try folder.preflight()
                if let timings { try OutputFile.preflight(timings) }
            }
            var clock = StageClock()
            let gates = try gate.gates()
            let (catalog, asRead) = try input.loadCatalogs()
            FailPoint.reached("read")
            try interrupt.checkpoint()
            clock.lap("read_s")
            if catalog.horizonYears > 1, let flag = oneYearFlag {
                Terminal.error(
                    "error: \(flag) works on one-year plans; policy.csv sets horizon_years \(catalog.horizonYears)")
                throw ExitStatus.usage.exit
            }
            var options = solve.planOptions(cancellation: interrupt.cancellation)
            options.jobs = jobs
            if limitValues { options.limitValueStep = stepFraction }
            let outcome = Planning.plan(
                catalog, fullYear: fullYearCheck ? asRead : nil, calibrate: calibrateLimits, base: input.loadBase(),
                options: options)
            FailPoint.reached("solve")
            try interrupt.checkpoint()
            clock.record("build_s", outcome.buildSeconds)
            clock.record("solve_s", outcome.solveSeconds)
            clock.restart()
            let exit = try PlanOutput.write(
                outcome, catalog: catalog, to: folder, quiet: solve.quiet, gates: gates, interrupt: interrupt)
            clock.lap("write_s")
            if let timings { try reportingOutputErrors { try OutputFile.write(clock.json, to: timings) } }
            if exit != .success { throw exit.exit }
        }

        /// The first flag given that only a one-year plan supports (docs/model.md, multi-year plans).
        private var oneYearFlag: String? {
            if fullYearCheck { return "--full-year-check" }
            if limitValues { return "--limit-values" }
            return nil
        }

        /// `--step` as a fraction (`10%` → 0.1); nil when it is not a percentage in (0, 100).
        private var stepFraction: Double? {
            let text = step.hasSuffix("%") ? String(step.dropLast()) : step
            guard let percent = Double(text.trimmingCharacters(in: .whitespaces)), percent > 0, percent < 100 else {
                return nil
            }
            return percent / 100
        }
    }
}
