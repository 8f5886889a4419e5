import Foundation

/// Which of planctl's search aids `Planning.run` hands GLPK (docs/performance.md
/// has the measurements behind the defaults).
public struct SearchStrategy: Sendable, Equatable {
    /// Solve the relaxation, home each run where it leans most, solve the MIP
    /// with those homes fixed, and give GLPK that plan as its first incumbent.
    public var firstPlan: Bool
    /// Branch on site openings first, then run assignments, then the rest.
    public var branchOnChoices: Bool
    /// Below this many integer columns both aids stay off and GLPK runs with its
    /// presolver and pseudo-cost rule: measured, the sample inputs (341) prove
    /// 1 % in 10 s that way and in 72 s with the priority, and the first plan
    /// gains nothing there, while generated medium and large models (900+)
    /// gain the most from the aids. A start from another plan (`BaseStart`) is
    /// offered at every size, though it turns the presolver off (measured there).
    public var minimumIntegers: Int
    /// Split the model by site and search with Lagrangian bounds before the
    /// main MIP (`LagrangianSearch`), when the model splits. Off by default:
    /// measured on the large benchmark instance (12 sites, 48 runs, 120 s, 2
    /// jobs) GLPK's site MIPs are too slow for the bound to catch up with the
    /// main search's (135.4 M vs 141.5 M USD/yr) and the time it takes from
    /// branch and bound leaves a worse plan (160.1 M vs 146.5 M); see
    /// docs/performance.md.
    public var lagrangian: Bool
    /// Improve the first plan two sites at a time (`NeighbourhoodSearch`) before the main MIP.
    public var neighbourhoods: Bool
    /// Integer columns from which the neighbourhoods run. Measured: the large
    /// benchmark (3,747) ends at a 1.1 % gap with them and 3.4 % without; the
    /// medium ones (916–1,030) prove 1 % in 6–23 s without them, and they would
    /// add 3–9 s first.
    public var neighbourhoodsFromIntegers: Int
    /// GLPK's Gomory and mixed-integer rounding cuts in the main search (one
    /// year and horizons). Measured on the sample and twelve generated
    /// instances (docs/performance.md, "Cuts in the main search"): the sample
    /// proves 1 % in 1.5 s instead of 12 s at a 0.4 % cheaper plan, the
    /// flexible sample in 9.8 s instead of 24 s, hard-large ends at 5.5 %
    /// instead of 11.4 %; one medium instance loses its proof. A flexible-load
    /// search from a start turns them off (`Planning.startingFlat`).
    public var cuts: Bool
    /// A binary per run and server type in the branch and bound of models
    /// with the other aids (`ServerTypeChoices`): in the search with GLPK's
    /// branching where two run as a pair, in the one branch and bound
    /// otherwise. Measured (120 s; docs/performance.md, "A binary per run and
    /// server type"): with 2 jobs hard-medium seed 1 proves 1 % in 43 s
    /// instead of ending at 1.38 %, large seed 1 in 112 s instead of ending
    /// at 2.53 %; with one job medium seed 1 in 12 s instead of ending at
    /// 1.27 %, large seed 1 in 105 s. Medium seed 2 takes 8.9 s instead of
    /// 7.2 (2 jobs, rounds of 2,000 iterations).
    public var serverTypeChoices: Bool

    /// The measured defaults.
    public init(
        firstPlan: Bool = true, branchOnChoices: Bool = true, minimumIntegers: Int = 500, lagrangian: Bool = false,
        neighbourhoods: Bool = true, neighbourhoodsFromIntegers: Int = 2000, cuts: Bool = true,
        serverTypeChoices: Bool = true
    ) {
        self.serverTypeChoices = serverTypeChoices
        self.cuts = cuts
        self.neighbourhoodsFromIntegers = neighbourhoodsFromIntegers
        self.lagrangian = lagrangian
        self.neighbourhoods = neighbourhoods
        self.firstPlan = firstPlan
        self.branchOnChoices = branchOnChoices
        self.minimumIntegers = minimumIntegers
    }
}

/// Builds the hints of a `SearchStrategy` for one model, in domain terms.
enum SearchHints {
    /// Class 0 for o_s, 1 for z_wsg, unclassed (`Int.max`) for node and storage counts.
    static func branchingPriority(_ model: PlanModel) -> [Int] {
        branchingPriority([model], columns: model.program.columns.count)
    }

    /// The same classes over the years of a horizon, whose columns share one program of `columns` columns.
    static func branchingPriority(_ years: [PlanModel], columns: Int) -> [Int] {
        var classes = [Int](repeating: Int.max, count: columns)
        for model in years {
            for column in model.index.siteOpen.values { classes[column.index] = 0 }
            for column in model.index.assigned.values { classes[column.index] = 1 }
        }
        return classes
    }

    /// A feasible plan, or nil when no restriction finds one within the context's time
    /// limit (each restricted MIP has its own). Models of more than four days
    /// per site try the coarse plan first (`coarseHomesPlan`), models of many
    /// integers the greedy one (`GreedyHomes`); otherwise, or if that fails,
    /// two restrictions that both start from the relaxation:
    /// - homes first: every run goes where the relaxation gives it the largest z
    ///   (ties: the larger work share, then build order); the MIP then chooses
    ///   sites, nodes and energy. Fast, but the relaxation spreads runs over many
    ///   sites, so this plan can open too many (23 % above the optimum measured).
    /// - sites first: open the sites the relaxation leans to (o ≥ 0.5), plus each
    ///   run's best site when none of its candidates is open, and let the MIP
    ///   choose homes among them: better plans where few sites suffice, slower
    ///   where many stay open.
    /// The cheaper plan is returned. Each satisfies every row of the full model
    /// (only bounds were tightened).
    static func firstPlan(_ model: PlanModel, context: PlanningContext) -> [Double]? {
        if let plan = coarseHomesPlan(model, context: context) { return plan }
        if model.program.integerColumnCount >= GreedyHomes.fromIntegers,
            let plan = GreedyHomes.plan(model, context: context)
        {
            return closingUnusedSites(plan, model)
        }
        guard let restrictions = restrictions(model, context: context) else { return nil }
        return firstPlan(model, from: restrictions, context: context)
    }

    /// The cheaper plan of the relaxation's two restrictions (`restrictions(_:context:)`).
    static func firstPlan(_ model: PlanModel, from restrictions: Restrictions, context: PlanningContext) -> [Double]? {
        // The two restrictions are independent: with two jobs they run side by side.
        let both = [restrictions.homesFirst, restrictions.sitesFirst]
        let candidates = ParallelMap.map(both, jobs: context.jobs) { restricted -> SolveResult? in
            // Both may use the whole stage: homes first, the insurance, is done in
            // seconds, and sites first's plan improves with its time (measured on
            // the large benchmark, 120 s: 159.03 M USD/yr with half the stage,
            // 155.54 M with all of it, and the neighbourhoods then end at
            // 142.82 M instead of 143.64 M; docs/performance.md).
            let result = context.solveMIP(restricted.program) {
                if restricted.freeHomes { $0.branchingPriority = branchingPriority(model) }
            }
            guard result.hasSolution, result.columnValues.count == model.program.columns.count, result.objective != nil
            else { return nil }
            return result
        }.compactMap { $0 }
        guard let best = candidates.min(by: { $0.objective! < $1.objective! }) else { return nil }
        return closingUnusedSites(best.columnValues, model)
    }

    /// The planning MIP with some bounds tightened for a first plan, and
    /// whether its runs' homes are left free (then branched on first).
    struct Restriction: Sendable {
        var program: LinearProgram
        var freeHomes: Bool
    }

    /// The relaxation's two restrictions.
    struct Restrictions: Sendable {
        var homesFirst: Restriction
        var sitesFirst: Restriction
    }

    /// Homes first and sites first, from the relaxation (nil when it finds no optimum in time).
    static func restrictions(_ model: PlanModel, context: PlanningContext) -> Restrictions? {
        let relaxation = context.solveLP(model.program)
        guard relaxation.status == .optimal, relaxation.columnValues.count == model.program.columns.count else {
            return nil
        }
        return Restrictions(
            homesFirst: homesFirst(model, relaxation.columnValues),
            sitesFirst: sitesFirst(model, relaxation.columnValues))
    }

    /// Whether `firstPlan` starts from the relaxation's restrictions for `model`
    /// (not the coarse plan of many steps, nor the greedy one of many integers).
    static func startsFromRelaxation(_ model: PlanModel) -> Bool {
        !model.catalog.sites.contains(where: { $0.steps.count > coarseFromSteps })
            && model.program.integerColumnCount < GreedyHomes.fromIntegers
    }

    /// Steps per site above which the coarse plan is tried first (four days of 24 h).
    static let coarseFromSteps = 96

    /// For models of many steps per site: plan on one average day per site
    /// (`AverageDay`), then fix every run's home and every closed site of that
    /// plan in the full model and let its MIP size the build. The relaxation of
    /// such models is slow to solve and spreads runs thin; measured on 12 sites
    /// × 16 days, homes first gave a plan 52 % above HiGHS's optimum.
    private static func coarseHomesPlan(_ model: PlanModel, context: PlanningContext) -> [Double]? {
        guard model.catalog.sites.contains(where: { $0.steps.count > coarseFromSteps }),
            let coarseCatalog = AverageDay.coarsen(model.catalog)
        else { return nil }
        let coarse = PlanModel(catalog: coarseCatalog)
        // Half the stage's time for the coarse plan, the rest for sizing its build.
        let coarseResult = context.within(share: 0.5).solveMIP(coarse.program) {
            $0.branchingPriority = branchingPriority(coarse)
        }
        guard coarseResult.hasSolution, coarseResult.columnValues.count == coarse.program.columns.count else {
            return nil
        }
        var restricted = model.program
        for (a, column) in model.index.assigned {
            guard let coarseColumn = coarse.index.assigned[a] else { continue }
            let home = coarseResult.columnValues[coarseColumn.index].rounded()
            restricted.setBounds(column, lower: home, upper: home)
        }
        for (s, column) in model.index.siteOpen {
            guard let coarseColumn = coarse.index.siteOpen[s], coarseResult.columnValues[coarseColumn.index] < 0.5
            else { continue }
            restricted.setBounds(column, lower: 0, upper: 0)
        }
        let result = context.solveMIP(restricted)
        guard result.hasSolution, result.columnValues.count == model.program.columns.count else { return nil }
        return closingUnusedSites(result.columnValues, model)
    }

    /// The program with every run's home fixed where the relaxation leans most.
    private static func homesFirst(_ model: PlanModel, _ values: [Double]) -> Restriction {
        Restriction(program: homesFirst([model], in: model.program, values), freeHomes: false)
    }

    /// `program` with the runs of every model in `years` (one, or a horizon's years
    /// sharing `program`) fixed where the relaxation `values` leans most.
    static func homesFirst(_ years: [PlanModel], in program: LinearProgram, _ values: [Double]) -> LinearProgram {
        var restricted = program
        for model in years {
            for w in model.catalog.workloads.indices {
                let candidates = model.index.assignments(workload: w)
                guard let home = candidates.max(by: { lean($0, values, model) < lean($1, values, model) }) else {
                    continue
                }
                for a in candidates {
                    let fixed: Double = a == home ? 1 : 0
                    restricted.setBounds(model.index.assigned[a]!, lower: fixed, upper: fixed)
                }
            }
        }
        return restricted
    }

    /// The program with only the sites the relaxation leans to left open-able.
    private static func sitesFirst(_ model: PlanModel, _ values: [Double]) -> Restriction {
        var open = Set(model.index.openable.filter { values[model.index.siteOpen[$0]!.index] >= 0.5 })
        for w in model.catalog.workloads.indices {
            let candidates = model.index.assignments(workload: w)
            guard !candidates.contains(where: { open.contains($0.site) }),
                let best = candidates.max(by: { lean($0, values, model) < lean($1, values, model) })
            else { continue }
            open.insert(best.site)
        }
        var restricted = model.program
        for s in model.index.openable where !open.contains(s) {
            restricted.setBounds(model.index.siteOpen[s]!, lower: 0, upper: 0)
        }
        return Restriction(program: restricted, freeHomes: true)
    }

    /// The plan with o_s = 0 at every site where nothing is built or drawn. A site
    /// without fixed costs may come back open and empty (same cost either way);
    /// GLPK keeps its first incumbent among equal ones, so the report would show it open.
    /// Every row that holds o_s is then 0 ≤ 0 (a run homed there would need nodes there).
    static func closingUnusedSites(_ values: [Double], _ model: PlanModel) -> [Double] {
        var values = values
        let index = model.index
        for s in index.openable {
            var columns = index.placements(site: s).map { index.nodes[$0]! }
            columns += (index.storageUnits[s] ?? []) + (index.batteryMWh[s] ?? []) + (index.batteryMW[s] ?? [])
            columns += (index.steps[s] ?? []).map(\.grid)
            columns += model.catalog.renewables.indices.compactMap { v in
                model.catalog.renewables[v].site == model.catalog.sites[s].id ? index.offerMW[v] : nil
            }
            if columns.allSatisfy({ abs(values[$0.index]) <= 1e-9 }), let open = index.siteOpen[s] {
                values[open.index] = 0
            }
        }
        return values
    }

    /// How strongly the relaxation leans to assignment `a`: z, then work share.
    /// `max(by:)` keeps the last of equal elements, so ties go to the later
    /// assignment; comparing the negated index keeps the first instead.
    private static func lean(_ a: ModelIndex.Assignment, _ values: [Double], _ model: PlanModel) -> (
        Double, Double, Int
    ) {
        let z = values[model.index.assigned[a]!.index]
        let share = values[model.index.workShare[a]!.index]
        return ((z * 1e6).rounded(), (share * 1e6).rounded(), -(a.site * 10_000 + a.server))
    }
}
