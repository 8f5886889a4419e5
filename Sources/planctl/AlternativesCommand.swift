import ArgumentParser
import Foundation
import Planner

extension Planctl {
    /// `planctl alternatives [DIR] --slack 2%`: each decision's range among near-optimal plans, in OUT/alternatives.md.
    struct Alternatives: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Find how far each decision can move among plans within --slack of the cheapest cost; write OUT/alternatives.md.",
            discussion: """
                Plans the cheapest plan on half the time limit, then minimises and maximises each decision with \
                the cost held within the slack, --jobs searches at once, each starting from the cheapest plan. \
                Decisions: accelerators[:site=S][,server=G], renewable_mw[:site=S][,technology=solar|wind]\
                [,contract=onsite|ppa][,offer=V], battery_mwh[:site=S][,battery=B]. Without --decision: \
                accelerators per site and per server, renewable MW per technology, battery MWh. \
                One-year plans only.
                """)

        @OptionGroup var input: InputOptions
        @OptionGroup var solve: SolveFlags

        @Option(help: "How much dearer than the cheapest plan a plan may be: a percentage (`2%`) or a fraction.")
        var slack = "2%"

        @Option(
            name: .customLong("decision"),
            help: "A decision to range, e.g. accelerators:site=us-tx-abilene (repeat for more; default: see below).")
        var decisions: [String] = []

        @Option(help: "Folder for the reports.")
        var out = "reports"

        @Option(help: "Searches run at once (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        func validate() throws {
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            do {
                _ = try NearOptimalRanges.slack(parsing: slack)
                for text in decisions { _ = try AlternativeDecision(parsing: text) }
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() throws {
            let interrupt = InterruptHandler()
            let folder = OutputFolder(out, ownership: .alternatives)
            try reportingOutputErrors { try folder.preflight() }
            let catalog = try input.loadCatalog()
            try interrupt.checkpoint()
            if catalog.horizonYears > 1 {
                Terminal.error(
                    "error: alternatives works on one-year plans; policy.csv sets horizon_years \(catalog.horizonYears)"
                )
                throw ExitStatus.usage.exit
            }
            let named: [AlternativeDecision]
            let fraction: Double
            do {
                named = try AlternativeDecision.parse(decisions, catalog: catalog)
                fraction = try NearOptimalRanges.slack(parsing: slack)
            } catch {
                throw ValidationError(error.description)
            }
            var options = solve.planOptions(cancellation: interrupt.cancellation)
            options.progress = nil
            options.jobs = jobs
            let outcome = NearOptimalRanges.run(
                catalog, base: input.loadBase(), slack: fraction, decisions: named, options: options)
            try interrupt.checkpoint()
            guard let alternatives = outcome.alternatives else {
                // No cheapest plan: report it as `plan` would, and stop with its exit code.
                throw try PlanOutput.write(
                    outcome.cheapest, catalog: catalog, to: OutputFolder(out, ownership: .plan), quiet: solve.quiet,
                    gates: Gates(), interrupt: interrupt
                ).exit
            }
            try reportingOutputErrors {
                try folder.replace(
                    with: AlternativesMarkdown.files(alternatives).map { ($0.name, $0.contents) },
                    commit: interrupt.mayCommit)
            }
            if !solve.quiet {
                let firm = alternatives.ranges.filter { $0.firmness == .firm }.count
                Terminal.error("\(alternatives.ranges.count) decisions, \(firm) firm → \(out)/alternatives.md")
            }
        }
    }
}
