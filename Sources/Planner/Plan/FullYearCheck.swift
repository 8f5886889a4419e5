import Foundation

/// The build chosen on representative days, dispatched hour by hour over the
/// full chronological year: what the plan really costs and emits, and how
/// far the representative days were off.
public struct FullYearCheck: Sendable {
    /// How the check ended.
    public enum Outcome: Sendable, Equatable {
        /// The build serves every hour and meets every policy limit.
        case holds
        /// The build serves every hour but misses these policy limits over the year.
        case missesLimits([String])
        /// In some hour the build cannot power its load (grid connection, renewables and battery together).
        case cannotServeLoad
        /// GLPK did not solve the dispatch; the sentence says why.
        case solverFailed(String)

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

    public var outcome: Outcome
    /// A plan's annual figures, those the hourly steps decide.
    public struct Figures: Sendable {
        public var objectiveUSDPerYr: Double
        /// Every cost term in cli.md's order (USD/yr).
        public var costs: [(term: CostTerm, usdPerYr: Double)]
        public var carbon: CarbonTotals
        public var energy: EnergyTotals
        public var cfeFraction: Double

        init(_ plan: Plan) {
            objectiveUSDPerYr = plan.objectiveUSDPerYr
            costs = plan.costs
            carbon = plan.carbon
            energy = plan.energy
            cfeFraction = plan.cfeFraction
        }

        /// One cost term (USD/yr).
        public func cost(_ term: CostTerm) -> Double {
            costs.first { $0.term == term }?.usdPerYr ?? 0
        }
    }

    /// The same build over every hour; nil when no dispatch serves the load or GLPK failed.
    public var fullYear: Figures?
    /// Hourly steps per site in the full year.
    public var stepsPerSite: Int
    /// Rows and columns of the dispatch LP.
    public var rows: Int
    public var columns: Int
    /// Wall-clock seconds building and solving the dispatch (for the terminal, never reports).
    public var seconds: Double
    /// Set by `--calibrate-limits`: the rounds planned and the limits used on the days.
    public var calibration: Calibration? = nil

    /// The limits a calibrated plan was solved with on the representative days.
    public struct Calibration: Sendable, Equatable {
        /// Rounds of plan and check, the first included.
        public var rounds: Int
        public var minCFEFraction: Double?
        public var maxCarbonT: Double?
    }

    /// (aggregated − full year) / full year; nil when either is zero or absent.
    public static func relativeError(_ aggregated: Double, _ fullYear: Double?) -> Double? {
        guard let fullYear, fullYear != 0 else { return nil }
        return (aggregated - fullYear) / abs(fullYear)
    }
}

/// Runs the full-year check for a plan solved on representative days.
enum FullYearDispatch {
    /// `model` and `solution` are the representative-day MIP and its solution;
    /// `year` is the same catalog with the full chronological profiles.
    static func check(model: PlanModel, solution: [Double], year: Catalog, options: SolveOptions) -> FullYearCheck {
        let started = Date()
        var lpOptions = options
        lpOptions.progress = nil
        let steps = year.sites.map(\.steps.count).max() ?? 0
        func finish(_ outcome: FullYearCheck.Outcome, _ plan: Plan?, _ program: LinearProgram) -> FullYearCheck {
            FullYearCheck(outcome: outcome, fullYear: plan.map(FullYearCheck.Figures.init), stepsPerSite: steps,
                          rows: program.rows.count, columns: program.columns.count,
                          seconds: Date().timeIntervalSince(started))
        }

        let build = buildValues(model, solution)
        let withLimits = PlanModel(catalog: year)
        let first = dispatch(withLimits, build, lpOptions)
        if first.result.status == .optimal, first.plan != nil { return finish(.holds, first.plan, first.program) }
        guard first.result.status == .infeasible else {
            return finish(.solverFailed(first.result.message), nil, first.program)
        }
        // Infeasible with the policy limits: see whether the build at least
        // serves its load, and by how much it misses the limits.
        var relaxed = year
        relaxed.policy.maxCarbonT = nil
        relaxed.policy.minCFEFraction = nil
        let second = dispatch(PlanModel(catalog: relaxed), build, lpOptions)
        switch second.result.status {
        case .optimal:
            return finish(.missesLimits(missedLimits(second.plan!, year.policy)), second.plan, second.program)
        case .infeasible:
            return finish(.cannotServeLoad, nil, second.program)
        default:
            return finish(.solverFailed(second.result.message), nil, second.program)
        }
    }

    /// The plan's value of every column that is not an hourly step or the
    /// defined load, by name: the build, the runs' homes and their work.
    private static func buildValues(_ model: PlanModel, _ solution: [Double]) -> [String: Double] {
        var hourly = Set<Int>()
        for s in model.index.openable {
            if let load = model.index.facilityLoad[s] { hourly.insert(load.index) }
            for step in model.index.steps[s] ?? [] { hourly.formUnion(step.columnIndices) }
        }
        var values: [String: Double] = [:]
        for (j, column) in model.program.columns.enumerated() where !hourly.contains(j) {
            values[column.name] = column.isInteger ? solution[j].rounded() : solution[j]
        }
        return values
    }

    /// The year's model with the build fixed, solved as an LP and read as a plan.
    private static func dispatch(_ model: PlanModel, _ build: [String: Double], _ options: SolveOptions)
        -> (result: SolveResult, plan: Plan?, program: LinearProgram) {
        var program = model.program
        for (j, column) in program.columns.enumerated() {
            guard let value = build[column.name] else { continue }
            let fixed = min(max(value, column.lower), column.upper)
            program.setBounds(LinearProgram.ColumnID(index: j), lower: fixed, upper: fixed)
            program.setInteger(j, false)
        }
        let result = GLPKSolver.solveLP(program, options: options)
        guard result.status == .optimal else { return (result, nil, program) }
        let violations = program.violations(of: result.columnValues)
        guard violations.isEmpty else {
            var failed = result
            failed.status = .failed
            failed.message = "GLPK's full-year dispatch does not satisfy the model: "
                + violations.map(\.description).joined(separator: "; ")
            return (failed, nil, program)
        }
        let summary = SolverSummary(message: result.message, glpkReturnCode: result.glpkReturnCode,
                                    rows: program.rows.count, columns: program.columns.count,
                                    integerColumns: 0, nonzeros: program.entries.count)
        let plan = PlanReader(model: model, solution: result.columnValues)
            .read(status: .optimal, bestBound: result.objective, gap: 0, solver: summary)
        return (result, plan, program)
    }

    /// The policy limits a full-year dispatch breaks, as plain sentences.
    private static func missedLimits(_ plan: Plan, _ policy: Policy) -> [String] {
        var missed: [String] = []
        if let cap = policy.maxCarbonT, plan.carbon.totalT > cap * (1 + 1e-6) {
            missed.append("carbon \(NumberText.plain(plan.carbon.totalT.rounded())) tCO2e/yr is above max_carbon_t \(NumberText.plain(cap))")
        }
        if let floor = policy.minCFEFraction, plan.cfeFraction < floor - 1e-6 {
            missed.append("carbon-free share \(NumberText.plain((plan.cfeFraction * 1000).rounded() / 10)) % is below min_cfe_fraction \(NumberText.plain(floor * 100)) %")
        }
        return missed
    }
}

extension ModelIndex.StepColumns {
    /// Every column of the step, for sets of hourly columns.
    var columnIndices: [Int] {
        [grid.index] + [onsite, ppaMatched].compactMap { $0?.index }
            + (charge + discharge + stateOfCharge).map(\.index)
    }
}
