import Foundation

/// Runs the full-year check for a plan solved on representative days.
enum FullYearDispatch {
    /// `model` and `solution` are the representative-day MIP and its solution;
    /// `year` is the same catalog with the full chronological profiles.
    static func check(model: PlanModel, solution: [Double], year: Catalog, options: SolveOptions) -> FullYearCheck {
        let started = Date()
        var lpOptions = options
        lpOptions.progress = nil
        let steps = year.sites.map(\.steps.count).max() ?? 0
        func finish(_ outcome: FullYearCheck.Outcome, _ totals: PlanTotals?, _ size: (rows: Int, columns: Int))
            -> FullYearCheck
        {
            FullYearCheck(
                outcome: outcome, fullYear: totals, stepsPerSite: steps, rows: size.rows, columns: size.columns,
                seconds: Date().timeIntervalSince(started))
        }

        let build = buildValues(model, solution)
        let open = model.index.openable.filter { solution[model.index.siteOpen[$0]!.index] > 0.5 }
        if year.policy.maxCarbonT == nil && year.policy.minCFEFraction == nil && !open.isEmpty {
            let bySite = siteBySite(year, open: open, build, lpOptions)
            return finish(bySite.outcome, bySite.totals, bySite.size)
        }
        let first = dispatch(PlanModel(catalog: year), build, lpOptions)
        if first.result.status == .optimal, let plan = first.plan {
            return finish(.holds, PlanTotals(sites: plan.sites), first.size)
        }
        guard first.result.status == .infeasible else {
            return finish(.solverFailed(first.result.message), nil, first.size)
        }
        // Infeasible with the policy limits: see whether the build at least
        // serves its load, and by how much it misses the limits.
        var relaxed = year
        relaxed.policy.maxCarbonT = nil
        relaxed.policy.minCFEFraction = nil
        let second = dispatch(PlanModel(catalog: relaxed), build, lpOptions)
        switch second.result.status {
        case .optimal where second.plan != nil:
            let totals = PlanTotals(sites: second.plan!.sites)
            return finish(.missesLimits(missedLimits(totals, year.policy)), totals, second.size)
        case .infeasible:
            return finish(.cannotServeLoad, nil, second.size)
        default:
            return finish(.solverFailed(second.result.message), nil, second.size)
        }
    }

    /// Without a carbon cap or CFE floor nothing ties one site's hours to
    /// another's once the build is fixed, so each open site is dispatched on
    /// its own: the LP of a catalog in which every other site keeps only its
    /// annual step. Same optimum as the whole year at once, with memory and
    /// simplex work of one site at a time (measured in docs/performance.md).
    private static func siteBySite(_ year: Catalog, open: [Int], _ build: [String: Double], _ options: SolveOptions)
        -> (outcome: FullYearCheck.Outcome, totals: PlanTotals?, size: (rows: Int, columns: Int))
    {
        var sites: [SitePlan?] = Array(repeating: nil, count: year.sites.count)
        var size = (rows: 0, columns: 0)
        for s in open {
            var alone = year
            for t in alone.sites.indices where t != s { alone.sites[t].steps = [alone.sites[t].annualStep] }
            let run = dispatch(PlanModel(catalog: alone), build, options)
            size = (max(size.rows, run.size.rows), max(size.columns, run.size.columns))
            guard let plan = run.plan else {
                return (
                    run.result.status == .infeasible ? .cannotServeLoad : .solverFailed(run.result.message), nil, size
                )
            }
            sites[s] = plan.sites[s]
            // Closed sites build, draw and cost nothing: any run's reading of them will do.
            for t in plan.sites.indices where sites[t] == nil && !open.contains(t) { sites[t] = plan.sites[t] }
        }
        return (.holds, PlanTotals(sites: sites.compactMap { $0 }), size)
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
        -> (result: SolveResult, plan: Plan?, size: (rows: Int, columns: Int))
    {
        var program = model.program
        for (j, column) in program.columns.enumerated() {
            guard let value = build[column.name] else { continue }
            let fixed = min(max(value, column.lower), column.upper)
            program.setBounds(LinearProgram.ColumnID(index: j), lower: fixed, upper: fixed)
            program.setInteger(j, false)
        }
        let result = GLPKSolver.solveLP(program, options: options)
        let size = (program.rows.count, program.columns.count)
        guard result.status == .optimal else { return (result, nil, size) }
        let violations = program.violations(of: result.columnValues)
        guard violations.isEmpty else {
            var failed = result
            failed.status = .failed
            failed.message =
                "GLPK's full-year dispatch does not satisfy the model: "
                + violations.map(\.description).joined(separator: "; ")
            return (failed, nil, size)
        }
        let summary = SolverSummary(
            message: result.message, glpkReturnCode: result.glpkReturnCode,
            rows: program.rows.count, columns: program.columns.count,
            integerColumns: 0, nonzeros: program.entries.count)
        let plan = PlanReader(model: model, solution: result.columnValues)
            .read(status: .optimal, bestBound: result.objective, gap: 0, solver: summary)
        return (result, plan, size)
    }

    /// The policy limits a full-year dispatch breaks, as plain sentences.
    private static func missedLimits(_ plan: PlanTotals, _ policy: Policy) -> [String] {
        var missed: [String] = []
        if policy.capIsMissed(by: plan), let cap = policy.maxCarbonT {
            missed.append(
                "carbon \(NumberText.plain(plan.carbon.totalT.rounded())) tCO2e/yr is above max_carbon_t \(NumberText.plain(cap))"
            )
        }
        if policy.floorIsMissed(by: plan), let floor = policy.minCFEFraction {
            missed.append(
                "carbon-free share \(NumberText.plain((plan.cfeFraction * 1000).rounded() / 10)) % is below min_cfe_fraction \(NumberText.plain(floor * 100)) %"
            )
        }
        return missed
    }
}

extension Policy {
    /// Whether `totals` emit more than max_carbon_t (beyond solver tolerance).
    func capIsMissed(by totals: PlanTotals) -> Bool {
        maxCarbonT.map { totals.carbon.totalT > $0 * (1 + 1e-6) } ?? false
    }

    /// Whether `totals` are less carbon-free than min_cfe_fraction (beyond solver tolerance).
    func floorIsMissed(by totals: PlanTotals) -> Bool {
        minCFEFraction.map { totals.cfeFraction < $0 - 1e-6 } ?? false
    }
}

extension ModelIndex.StepColumns {
    /// Every column of the step, for sets of hourly columns.
    var columnIndices: [Int] {
        [grid.index] + [onsite, ppaMatched].compactMap { $0?.index }
            + (charge + discharge + stateOfCharge).map(\.index)
    }
}
