import ArgumentParser
import Foundation
import PlanBench
import Planner

/// `planctl-bench`: generate seeded instances and time planning them (release builds; see docs/performance.md).
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planctl-bench",
        abstract: "Generate seeded planning instances and time planning them.",
        subcommands: [Generate.self, Run.self])

    /// `planctl-bench generate --size medium --out DIR`, or every dimension by hand.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a generated input folder.")

        @Option(help: "A named size: \(InstanceSize.named.map(\.name).joined(separator: ", ")).")
        var size: String?
        @Option var sites: Int?
        @Option var servers: Int?
        @Option var workloads: Int?
        @Option(help: "Representative periods per site (365 = a chronological year).")
        var periods: Int?
        @Option var hours = 24
        @Option var seed: UInt64 = 1
        @Option(help: "Years of a multi-year plan (horizon_years); 1 is a one-year plan.")
        var years = 1
        @Option(
            help: ArgumentHelp(
                "Which figures are drawn how: \(InstanceFamily.allCases.map(\.rawValue).joined(separator: ", ")) "
                    + "(default: the named size's, else base)."))
        var family: String?
        @Option(help: "The folder to write.")
        var out: String

        func run() throws {
            var chosen = InstanceSize(sites: 4, serverTypes: 4, workloads: 12, periods: 4)
            if let size {
                guard let named = InstanceSize.named.first(where: { $0.name == size }) else {
                    throw ValidationError("unknown size \(size)")
                }
                chosen = named.size
            }
            chosen.sites = sites ?? chosen.sites
            chosen.serverTypes = servers ?? chosen.serverTypes
            chosen.workloads = workloads ?? chosen.workloads
            chosen.periods = periods ?? chosen.periods
            chosen.hoursPerPeriod = hours
            chosen.seed = seed
            chosen.years = years
            if let family {
                guard let drawn = InstanceFamily(rawValue: family) else {
                    throw ValidationError("unknown family \(family)")
                }
                chosen.family = drawn
            }
            var generator = InstanceGenerator(size: chosen)
            try generator.write(to: out)
            print(chosen.label)
        }
    }

    /// `planctl-bench run DIR`: plan once and print one JSON line of measurements.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan a folder once and print its measurements as JSON.")

        @Argument var directory: String
        @Option var out = "/tmp/planctl-bench-reports"
        @Option(help: "Override policy.csv's time_limit_s.")
        var timeLimit: Double?
        @Option(help: "Override policy.csv's mip_gap.")
        var mipGap: Double?
        @Option(help: "Give GLPK a first plan from the relaxation (on/off; default: planctl's).")
        var firstPlan: Toggle?
        @Option(help: "Branch on site openings, then assignments (on/off; default: planctl's).")
        var branchOnChoices: Toggle?

        @Option(help: "Integer columns from which the search aids switch on (default: planctl's).")
        var aidsFrom: Int?

        @Option(help: "Search with Lagrangian bounds from the site split first (on/off; default: planctl's).")
        var lagrangian: Toggle?

        @Option(help: "Improve the first plan two sites at a time before the main search (on/off; default: planctl's).")
        var neighbourhoods: Toggle?

        @Option(help: "Integer columns from which the neighbourhood search runs (default: planctl's).")
        var neighbourhoodsFrom: Int?

        @Option(help: "GLPK's Gomory and MIR cuts in the main search: on or off (default: planctl's, on).")
        var cuts: Toggle?

        @Option(help: "A binary per run and server type in the branch and bound (on/off; default: planctl's, on).")
        var serverTypes: Toggle?

        @Option(help: "Solves that may run at once within the plan (default: 1).")
        var jobs = 1

        @Flag(help: "Show GLPK's own log on stderr.")
        var log = false

        enum Toggle: String, ExpressibleByArgument { case on, off }

        @Option(
            name: .customLong("representative-days"),
            help: "Plan on this many representative days, then check over the full year.")
        var representativeDays: Int?

        func run() throws {
            var bench = BenchRun(directory: directory, reportsDirectory: out)
            bench.representativeDays = representativeDays
            bench.options.timeLimitSeconds = timeLimit
            bench.options.mipGap = mipGap
            bench.options.glpkLog = log
            if let firstPlan { bench.options.search.firstPlan = firstPlan == .on }
            if let branchOnChoices { bench.options.search.branchOnChoices = branchOnChoices == .on }
            if let aidsFrom { bench.options.search.minimumIntegers = aidsFrom }
            if let lagrangian { bench.options.search.lagrangian = lagrangian == .on }
            if let neighbourhoods { bench.options.search.neighbourhoods = neighbourhoods == .on }
            if let neighbourhoodsFrom { bench.options.search.neighbourhoodsFromIntegers = neighbourhoodsFrom }
            if let cuts { bench.options.search.cuts = cuts == .on }
            if let serverTypes { bench.options.search.serverTypeChoices = serverTypes == .on }
            bench.options.jobs = jobs
            print(try bench.measure().json)
        }
    }
}
