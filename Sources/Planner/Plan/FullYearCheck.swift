/// The build chosen on representative days, dispatched hour by hour over the
/// full chronological year: what the plan really costs and emits, and how
/// far the representative days were off.
public struct FullYearCheck: Sendable {
    /// How the check ended.
    public enum Outcome: Sendable, Equatable {
        /// The build serves every hour and meets every policy limit.
        case holds
        /// The build serves every hour but misses these policy limits over the year.
        case missesLimits([MissedLimit])
        /// In some hour the build cannot power its load (grid connection, renewables and battery together).
        case cannotServeLoad
        /// GLPK did not solve the dispatch; its status says how it ended.
        case solverFailed(SolveStatus)

        /// plan.json's word for the outcome.
        public var key: String {
            switch self {
            case .holds: return "holds"
            case .missesLimits: return "misses_limits"
            case .cannotServeLoad: return "cannot_serve_load"
            case .solverFailed: return "solver_failed"
            }
        }
    }

    /// A policy limit the build misses over the full year, with both figures.
    public enum MissedLimit: Sendable, Equatable {
        /// Full-year carbon `yearT` (tCO2e/yr) is above max_carbon_t `capT`.
        case carbonCap(capT: Double, yearT: Double)
        /// The full-year carbon-free share is below min_cfe_fraction `floor` (fractions of 1).
        case cfeFloor(floor: Double, yearFraction: Double)
    }

    /// How the check ended.
    public var outcome: Outcome
    /// The same build over every hour; nil when no dispatch serves the load or GLPK failed.
    public var fullYear: PlanTotals?
    /// Hourly steps per site in the full year.
    public var stepsPerSite: Int
    /// Rows and columns of the (largest) dispatch LP solved.
    public var rows: Int
    /// Columns (variables) of that dispatch LP.
    public var columns: Int
    /// Wall-clock seconds building and solving the dispatch (for the terminal, never reports).
    public var seconds: Double
    /// Set by `--calibrate-limits`: the rounds planned and the limits used on the days.
    public var calibration: Calibration? = nil

    /// The limits a calibrated plan was solved with on the representative days.
    public struct Calibration: Sendable, Equatable {
        /// Rounds of plan and check, the first included.
        public var rounds: Int
        /// min_cfe_fraction the last round was planned with on the days (fraction of 1); nil without a floor.
        public var minCFEFraction: Double?
        /// max_carbon_t the last round was planned with on the days (tCO2e/yr); nil without a cap.
        public var maxCarbonT: Double?
    }

    /// (aggregated − full year) / full year; nil when either is zero or absent.
    public static func relativeError(_ aggregated: Double, _ fullYear: Double?) -> Double? {
        guard let fullYear, fullYear != 0 else { return nil }
        return (aggregated - fullYear) / abs(fullYear)
    }
}
