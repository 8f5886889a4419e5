import ArgumentParser
import Foundation
import Planner

extension Planctl {
    /// `planctl whatif [DIR] --out reports`: the base and every scenario, compared in OUT/whatif.md.
    struct WhatIfCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "whatif",
            abstract: "Solve the base and every scenario of scenarios.csv; compare them in OUT/whatif.md.",
            discussion: """
                The base plan goes to OUT/, each scenario's to OUT/<scenario>/. Gates check the base plan. \
                A scenario without a plan is reported in whatif.md and does not change the exit code.
                """)

        @Argument(help: "The folder of catalog CSV files.")
        var directory: String = "inputs"

        @OptionGroup var solve: SolveFlags
        @OptionGroup var gate: GateFlags

        @Option(help: "Folder for the reports.")
        var out = "reports"

        @OptionGroup var days: RepresentativeDaysOption

        @Flag(
            name: .customLong("full-year-check"),
            help:
                "With --representative-days: dispatch each plan's build over every hour of the full year and report it."
        )
        var fullYearCheck = false

        @Option(help: "Solves run at once (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Solve only share I of N (0 ≤ I < N) and write per-scenario plans for --merge.")
        var shard: String?

        @Option(
            parsing: .upToNextOption,
            help: "Build OUT/whatif.md from the output folders of `--shard` runs; solves nothing.")
        var merge: [String] = []

        func validate() throws {
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if fullYearCheck && days.count == nil {
                throw ValidationError(
                    "--full-year-check checks plans made on representative days; add --representative-days K")
            }
            if let shard, Shard(shard) == nil { throw ValidationError("--shard takes I/N with 0 ≤ I < N, e.g. 0/4") }
            if shard != nil && !merge.isEmpty {
                throw ValidationError("--shard and --merge are separate steps; give one")
            }
        }

        func run() throws {
            let gates = try gate.gates()
            if !merge.isEmpty { return try mergeShards(gates: gates) }
            let shard = self.shard.flatMap(Shard.init)
            let loaded = WhatIf.load(directory: directory, shard: shard, representativeDays: days.count, jobs: jobs)
            for (scenario, diagnostics) in loaded.diagnostics {
                if let scenario, !diagnostics.all.isEmpty { Terminal.error("in scenario \(scenario):") }
                DiagnosticPrinter.print(diagnostics)
            }
            guard !loaded.hasErrors else {
                Terminal.error("input errors in \(directory); nothing was solved")
                throw ExitCode(1)
            }
            let cancellation = SolveCancellation()
            let interrupt = InterruptHandler(cancellation)
            var options = solve.planOptions(cancellation: cancellation)
            options.progress = nil  // one progress line cannot show several solves
            let results = WhatIf.solve(
                loaded.catalogs, options: options, jobs: jobs,
                fullYear: fullYearCheck ? loaded.fullYear : nil)
            interrupt.stop()
            if cancellation.isCancelled {
                Terminal.error("interrupted: nothing was written")
                throw ExitCode(130)
            }
            for result in results {
                try OutputFolder.write(result.files, to: WhatIf.folder(for: result.scenario, in: out))
                if !solve.quiet { Terminal.error(line(result.summary)) }
            }
            let base = results.first { $0.scenario == nil }?.summary
            if let shard {
                let manifest = shard.manifest(scenarios: loaded.scenarioNames, solved: results.map(\.scenario))
                try OutputFolder.write([(shard.manifestName, manifest)], to: out)
            } else if let base {
                try OutputFolder.write(
                    [("whatif.md", WhatIfMarkdown.render(base: base, scenarios: results.dropFirst().map(\.summary)))],
                    to: out)
                if !solve.quiet { Terminal.error("→ \(out)/whatif.md") }
            }
            if let base { try finish(base, gates: gates) }
        }

        private func mergeShards(gates: Gates) throws {
            let merged: (base: PlanSummary, scenarios: [PlanSummary])
            do { merged = try ShardMerge.read(merge) } catch {
                Terminal.error("error: \(error)")
                throw ExitCode(1)
            }
            try OutputFolder.write(
                [("whatif.md", WhatIfMarkdown.render(base: merged.base, scenarios: merged.scenarios))], to: out)
            if !solve.quiet { Terminal.error("merged \(merged.scenarios.count + 1) plans → \(out)/whatif.md") }
            try finish(merged.base, gates: gates)
        }

        /// The base plan's exit code: 3 infeasible, 4 no solution, 5 a broken gate.
        private func finish(_ base: PlanSummary, gates: Gates) throws {
            switch base.status {
            case "infeasible": throw ExitCode(3)
            case "no_solution": throw ExitCode(4)
            case "error": throw ExitCode(2)
            default: if !GateFlags.report(gates.broken(base)) { throw ExitCode(5) }
            }
        }

        private func line(_ summary: PlanSummary) -> String {
            let name = summary.scenario ?? "base"
            guard let cost = summary.objectiveUSDPerYr else { return "\(name): \(summary.status)" }
            return String(
                format: "%@: %@, %.0f USD/yr, %.1f tCO2e/yr, %.1f %% carbon-free",
                name, summary.status, cost, summary.totalCarbonT, summary.cfeFraction * 100)
        }
    }
}
