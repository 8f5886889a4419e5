import Foundation

/// Runs the full-year check for a plan solved on representative days.
enum FullYearDispatch {
    /// `model` and `solution` are the representative-day MIP and its solution;
    /// `year` is the same catalog with the full chronological profiles.
    static func check(model: PlanModel, solution: [Double], year: Catalog, context: PlanningContext) -> FullYearCheck {
        let started = ContinuousClock.now
        let steps = year.sites.map(\.steps.count).max() ?? 0
        func finish(_ outcome: FullYearCheck.Outcome, _ totals: PlanTotals?, _ size: (rows: Int, columns: Int))
            -> FullYearCheck
        {
            let elapsed = started.duration(to: .now)
            return FullYearCheck(
                outcome: outcome, fullYear: totals, stepsPerSite: steps, rows: size.rows, columns: size.columns,
                seconds: elapsed.inSeconds)
        }

        let build = buildValues(model, solution)
        let open = model.index.openable.filter { solution[model.index.siteOpen[$0]!.index] > 0.5 }
        if year.policy.maxCarbonT == nil && year.policy.minCFEFraction == nil && !open.isEmpty {
            let bySite = siteBySite(year, open: open, build, context)
            return finish(bySite.outcome, bySite.totals, bySite.size)
        }
        let first = dispatch(PlanModel(catalog: year), build, context)
        if first.result.status == .optimal, let plan = first.plan {
            return finish(.holds, PlanTotals(sites: plan.sites), first.size)
        }
        guard first.result.status == .infeasible else {
            return finish(.solverFailed(first.result.status), nil, first.size)
        }
        // Infeasible with the policy limits: see whether the build at least
        // serves its load, and by how much it misses the limits.
        var relaxed = year
        relaxed.policy.maxCarbonT = nil
        relaxed.policy.minCFEFraction = nil
        let second = dispatch(PlanModel(catalog: relaxed), build, context)
        switch second.result.status {
        case .optimal where second.plan != nil:
            let totals = PlanTotals(sites: second.plan!.sites)
            return finish(.missesLimits(missedLimits(totals, year.policy)), totals, second.size)
        case .infeasible:
            return finish(.cannotServeLoad, nil, second.size)
        default:
            return finish(.solverFailed(second.result.status), nil, second.size)
        }
    }

    /// Without a carbon cap or CFE floor nothing ties one site's hours to
    /// another's once the build is fixed, so each open site is dispatched on
    /// its own: the LP of a catalog in which every other site keeps only its
    /// annual step. Same optimum as the whole year at once, with memory and
    /// simplex work of one site at a time (measured in docs/performance.md).
    private static func siteBySite(
        _ year: Catalog, open: [Int], _ build: [ModelIndex.Decision: Double], _ context: PlanningContext
    )
        -> (outcome: FullYearCheck.Outcome, totals: PlanTotals?, size: (rows: Int, columns: Int))
    {
        var sites: [SitePlan?] = Array(repeating: nil, count: year.sites.count)
        var size = (rows: 0, columns: 0)
        for s in open {
            var alone = year
            for t in alone.sites.indices where t != s { alone.sites[t].steps = [alone.sites[t].annualStep] }
            let run = dispatch(PlanModel(catalog: alone), build, context)
            size = (max(size.rows, run.size.rows), max(size.columns, run.size.columns))
            guard let plan = run.plan else {
                return (
                    run.result.status == .infeasible ? .cannotServeLoad : .solverFailed(run.result.status), nil, size
                )
            }
            sites[s] = plan.sites[s]
            // Closed sites build, draw and cost nothing: any run's reading of them will do.
            for t in plan.sites.indices where sites[t] == nil && !open.contains(t) { sites[t] = plan.sites[t] }
        }
        return (.holds, PlanTotals(sites: sites.compactMap { $0 }), size)
    }

    /// The plan's value of every whole-year decision: the build, the runs'
    /// homes and their work (integers rounded).
    private static func buildValues(_ model: PlanModel, _ solution: [Double]) -> [ModelIndex.Decision: Double] {
        var values: [ModelIndex.Decision: Double] = [:]
        for (decision, column) in model.index.decisionColumns {
            let value = solution[column.index]
            values[decision] = model.program.columns[column.index].isInteger ? value.rounded() : value
        }
        return values
    }

    /// The year's model with the build fixed, solved as an LP and read as a plan.
    private static func dispatch(_ model: PlanModel, _ build: [ModelIndex.Decision: Double], _ context: PlanningContext)
        -> (result: SolveResult, plan: Plan?, size: (rows: Int, columns: Int))
    {
        var program = model.program
        for (decision, column) in model.index.decisionColumns {
            guard let value = build[decision] else { continue }
            let bounds = program.columns[column.index]
            let fixed = min(max(value, bounds.lower), bounds.upper)
            program.setBounds(column, lower: fixed, upper: fixed)
            program.setInteger(column.index, false)
        }
        let result = context.solveLP(program)
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
            glpkReturnCode: result.glpkReturnCode, timeLimitSeconds: context.timeLimitSeconds,
            mipGapTolerance: context.mipGap, rows: program.rows.count, columns: program.columns.count,
            integerColumns: 0, nonzeros: program.entries.count)
        let plan = PlanReader(model: model, solution: result.columnValues)
            .read(status: .optimal, bestBound: result.objective, gap: 0, solver: summary)
        return (result, plan, size)
    }

    /// The policy limits a full-year dispatch breaks.
    private static func missedLimits(_ plan: PlanTotals, _ policy: Policy) -> [FullYearCheck.MissedLimit] {
        var missed: [FullYearCheck.MissedLimit] = []
        if policy.capIsMissed(by: plan), let cap = policy.maxCarbonT {
            missed.append(.carbonCap(capT: cap, yearT: plan.carbon.totalT))
        }
        if policy.floorIsMissed(by: plan), let floor = policy.minCFEFraction {
            missed.append(.cfeFloor(floor: floor, yearFraction: plan.cfeFraction))
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
