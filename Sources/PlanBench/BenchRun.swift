import Foundation
import Planner

/// One timed plan of an input folder: read, build, solve and write, as `planctl plan` does them.
public struct BenchRun {
    /// What one run measured; seconds are wall-clock.
    public struct Record: Sendable {
        /// Size of the program GLPK solves.
        public var rows = 0, columns = 0, integers = 0, nonzeros = 0
        /// Stages: catalog reading, model building, every GLPK call (first plan, branch-and-bound,
        /// shadow prices), reading the plan back, and writing the three reports.
        public var readSeconds = 0.0, buildSeconds = 0.0, solveSeconds = 0.0, otherSeconds = 0.0, writeSeconds = 0.0
        /// Peak resident memory of the process (MiB).
        public var peakMemoryMB = 0.0
        /// Plan status, objective (USD/yr) and relative gap; objective and gap are nil without a plan.
        public var status = "", objective: Double?, gap: Double?
        /// The search's proven lower bound (USD/yr), for scripts/bench-best-known; nil when it proved none
        /// (the plan's own bound would fall back to its objective).
        public var boundUSDPerYr: Double?
        /// With representative days: seconds choosing them (inside `readSeconds`), seconds of the
        /// full-year check (inside `solveSeconds`), and how far the days were off in cost
        /// (relative) and in carbon-free share (percentage points).
        public var aggregateSeconds: Double?, checkSeconds: Double?, costError: Double?, cfeErrorPoints: Double?

        /// Seconds of the whole plan.
        public var totalSeconds: Double { readSeconds + buildSeconds + solveSeconds + otherSeconds + writeSeconds }
        /// Share of the total spent outside GLPK.
        public var outsideSolverShare: Double { totalSeconds > 0 ? 1 - solveSeconds / totalSeconds : 0 }

        /// One line of JSON (stable key order) for scripts.
        public var json: String {
            func number(_ value: Double?, _ format: String) -> String {
                value.map { String(format: format, $0) } ?? "null"
            }
            return "{\"rows\": \(rows), \"columns\": \(columns), \"integers\": \(integers), \"nonzeros\": \(nonzeros), "
                + "\"read_s\": \(number(readSeconds, "%.4f")), \"build_s\": \(number(buildSeconds, "%.4f")), "
                + "\"solve_s\": \(number(solveSeconds, "%.3f")), \"other_s\": \(number(otherSeconds, "%.4f")), "
                + "\"write_s\": \(number(writeSeconds, "%.4f")), \"total_s\": \(number(totalSeconds, "%.3f")), "
                + "\"outside_solver\": \(number(outsideSolverShare, "%.4f")), \"peak_mb\": \(number(peakMemoryMB, "%.1f")), "
                + "\"status\": \"\(status)\", \"objective\": \(number(objective, "%.0f")), \"gap\": \(number(gap, "%.5f")), "
                + "\"aggregate_s\": \(number(aggregateSeconds, "%.3f")), \"check_s\": \(number(checkSeconds, "%.3f")), "
                + "\"cost_error\": \(number(costError, "%.5f")), \"cfe_error_pp\": \(number(cfeErrorPoints, "%.3f")), "
                // Last, so the keys before it stay where earlier scripts found them.
                + "\"bound\": \(number(boundUSDPerYr, "%.0f"))}"
        }
    }

    /// The input folder to plan.
    public var directory: String
    /// Where the reports go (their writing is timed like `planctl plan`'s).
    public var reportsDirectory: String
    /// Solver options, as `planctl plan`'s flags would set them.
    public var options = PlanOptions()
    /// Plan on this many representative days and check the build over the full year
    /// (`planctl plan --representative-days K --full-year-check`).
    public var representativeDays: Int?

    /// A run of `directory` writing to `reportsDirectory`.
    public init(directory: String, reportsDirectory: String) {
        self.directory = directory
        self.reportsDirectory = reportsDirectory
    }

    /// Plans the folder once; throws only when the inputs do not load or the reports cannot be written.
    public func measure() throws -> Record {
        var record = Record()
        var started = Date()
        let loaded = CatalogLoader.load(directory: directory)
        guard let asRead = loaded.catalog else { throw BenchError.inputs(loaded.diagnostics.errors.count) }
        var catalog = asRead
        if let representativeDays {
            let aggregating = Date()
            catalog = try RepresentativeDays.aggregate(asRead, days: representativeDays).0
            record.aggregateSeconds = Date().timeIntervalSince(aggregating)
        }
        record.readSeconds = Date().timeIntervalSince(started)

        started = Date()
        let outcome = Planning.plan(catalog, fullYear: representativeDays == nil ? nil : asRead, options: options)
        let planSeconds = Date().timeIntervalSince(started)
        record.buildSeconds = outcome.buildSeconds
        record.solveSeconds = outcome.solveSeconds
        record.otherSeconds = max(0, planSeconds - outcome.buildSeconds - outcome.solveSeconds)
        record.status = outcome.status.rawValue
        record.boundUSDPerYr = outcome.bestBoundUSDPerYr

        started = Date()
        if let plan = outcome.plan {
            record.objective = plan.objectiveUSDPerYr
            record.gap = plan.mipGap
            if let check = plan.fullYearCheck {
                record.checkSeconds = check.seconds
                record.costError = FullYearCheck.relativeError(
                    plan.objectiveUSDPerYr, check.fullYear?.objectiveUSDPerYr)
                record.cfeErrorPoints = check.fullYear.map { (plan.cfeFraction - $0.cfeFraction) * 100 }
            }
            try OutputFolder(reportsDirectory, ownership: .plan).replace(
                with: PlanFiles.render(outcome, catalog: catalog).map { ($0.name, $0.contents) })
        }
        record.writeSeconds = Date().timeIntervalSince(started)
        record.peakMemoryMB = Self.peakResidentMB()
        // Sizes after the peak is read: a second, untimed build of the same model.
        let program = Planning.program(catalog)
        record.rows = program.rows.count
        record.columns = program.columns.count
        record.integers = program.integerColumnCount
        record.nonzeros = program.entries.count
        return record
    }

    /// The process's peak resident set so far (Linux reports ru_maxrss in KiB).
    static func peakResidentMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// Why a benchmark could not run.
public enum BenchError: Error, CustomStringConvertible {
    case inputs(Int)

    /// The message printed when the benchmark cannot run: how many input errors the generated folder has.
    public var description: String {
        switch self {
        case .inputs(let count): "the generated inputs have \(count) errors; run planctl validate on the folder"
        }
    }
}
