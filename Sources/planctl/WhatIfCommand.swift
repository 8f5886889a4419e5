import ArgumentParser
import Foundation
import Planner

extension Planctl {
    /// `planctl whatif [DIR] --out reports`: the base and every scenario, compared in OUT/whatif.md.
    struct WhatIfCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "whatif",
            abstract:
                "Solve the base and every scenario (scenarios.csv, scenarios/NAME/); compare them in OUT/whatif.md.",
            discussion: """
                The base is solved first and each scenario's search starts from the base plan, so a scenario \
                that changes nothing the base plan uses returns it. \
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
            let interrupt = InterruptHandler()
            let folder = OutputFolder(out, ownership: .whatIf)
            try reportingOutputErrors { try folder.preflight() }
            let shard = self.shard.flatMap(Shard.init)
            let loaded = WhatIf.load(directory: directory, shard: shard, representativeDays: days.count, jobs: jobs)
            for (scenario, diagnostics) in loaded.diagnostics {
                if let scenario, !diagnostics.all.isEmpty { Terminal.error("in scenario \(scenario):") }
                DiagnosticPrinter.print(diagnostics)
            }
            guard !loaded.hasErrors else {
                Terminal.error("input errors in \(directory); nothing was solved")
                throw ExitStatus.inputError.exit
            }
            FailPoint.reached("read")
            try interrupt.checkpoint()
            var options = solve.planOptions(cancellation: interrupt.cancellation)
            options.progress = nil  // one progress line cannot show several solves
            // Scenarios run side by side first; cores left over go to each plan's site subproblems.
            options.jobs = max(1, jobs / max(1, min(jobs, loaded.catalogs.count)))
            let results = WhatIf.solve(
                loaded.catalogs, options: options, jobs: jobs,
                fullYear: fullYearCheck ? loaded.fullYear : nil, base: loaded.base)
            try interrupt.checkpoint()
            // The base's files at the top, each scenario's in its folder, and the
            // comparison (or the shard's manifest): one folder, swapped in at once.
            var files: [(path: String, contents: String)] = []
            for result in results {
                let prefix = result.scenario.map { $0 + "/" } ?? ""
                files += result.files.map { (prefix + $0.name, $0.contents) }
            }
            let base = results.first { $0.scenario == nil }?.summary
            if let shard {
                let manifest = shard.manifest(scenarios: loaded.scenarioNames, solved: results.map(\.scenario))
                files.append((shard.manifestName, manifest))
            } else if let base {
                files.append(
                    ("whatif.md", WhatIfMarkdown.render(base: base, scenarios: results.dropFirst().map(\.summary))))
            }
            try reportingOutputErrors { try folder.replace(with: files, commit: interrupt.mayCommit) }
            if !solve.quiet {
                for result in results { Terminal.error(line(result.summary)) }
                if shard == nil && base != nil { Terminal.error("→ \(out)/whatif.md") }
            }
            if let base { try finish(base, gates: gates) }
        }

        private func mergeShards(gates: Gates) throws {
            let merged: (base: PlanSummary, scenarios: [PlanSummary])
            do { merged = try ShardMerge.read(merge) } catch {
                Terminal.error("error: \(error)")
                throw ExitStatus.inputError.exit
            }
            try reportingOutputErrors {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                try OutputFile.write(
                    WhatIfMarkdown.render(base: merged.base, scenarios: merged.scenarios), to: out + "/whatif.md")
            }
            if !solve.quiet { Terminal.error("merged \(merged.scenarios.count + 1) plans → \(out)/whatif.md") }
            try finish(merged.base, gates: gates)
        }

        /// The base plan's exit status; gates are judged only on a plan.
        private func finish(_ base: PlanSummary, gates: Gates) throws {
            let status = ExitStatus(base.status)
            guard status == .success else { throw status.exit }
            if !GateFlags.report(gates.broken(base)) { throw ExitStatus.gateFailed.exit }
        }

        private func line(_ summary: PlanSummary) -> String {
            let name = summary.scenario ?? "base"
            guard let cost = summary.objectiveUSDPerYr else { return "\(name): \(summary.status.rawValue)" }
            if let horizon = summary.horizon {
                return String(
                    format: "%@: %@, %.0f USD net present cost, %.1f tCO2e over the horizon, %.1f %% carbon-free",
                    name, summary.status.rawValue, horizon.npcUSD, horizon.totalCarbonT, summary.cfeFraction * 100)
            }
            return String(
                format: "%@: %@, %.0f USD/yr, %.1f tCO2e/yr, %.1f %% carbon-free",
                name, summary.status.rawValue, cost, summary.totalCarbonT, summary.cfeFraction * 100)
        }
    }
}
