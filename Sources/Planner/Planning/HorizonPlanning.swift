/// How a multi-year plan is made (horizon.md): one MIP over every year, read
/// back year by year. Shadow prices, limit values and the full-year check are
/// one-year tools and are not run on a horizon (docs/model.md says so).
enum HorizonPlanning {
    static func run(_ catalog: Catalog, context: PlanningContext) -> PlanOutcome {
        Planning.timed(
            context,
            structural: { (1...catalog.horizonYears).flatMap { StructuralCheck.problems(catalog.year($0)) } },
            build: { HorizonModel(catalog: catalog) }, solve: { solve($0, context: context, into: &$1) })
    }

    /// The search, then the plan read year by year, or why there is none. A bound
    /// without a plan is levelised like the plan's figures (NPC ÷ Σ discount factors).
    private static func solve(_ model: HorizonModel, context: PlanningContext, into outcome: inout PlanOutcome) {
        let catalog = model.catalog
        let main = context.within(share: 0.95)
        let result = BaseStart.search(model.program, context: main) { search(model, from: $0, context: main) }
        let summary = Planning.accept(
            result, of: model.program, context: context, into: &outcome,
            explainInfeasible: { explain(catalog, context: context) })
        outcome.bestBoundUSDPerYr = result.bestBound.map { $0 / catalog.policy.discountFactorSum }
        guard let summary else { return }
        outcome.plan = HorizonReader(model: model, solution: result.columnValues)
            .read(status: result.status, bestBound: result.bestBound, gap: result.gap, solver: summary)
    }

    /// The horizon's MIP with v1's aids, on the same terms (`SearchStrategy`: only
    /// from `minimumIntegers` up): a first plan with every run homed where the
    /// relaxation leans (a quarter of the time at most), and branching on site
    /// openings, then run homes. Measured on examples/roadmap (276 integers), GLPK
    /// alone proves 1 % in 28 s and with the aids it needed about 120 s.
    ///
    /// GLPK's Gomory and MIR cuts (`SearchStrategy.cuts`) matter most here: the
    /// links between years leave the relaxation loose, and the cuts close it.
    /// Measured (docs/performance.md): the roadmap is proven in 20 s instead of stopping
    /// at 120 s with a 2.3 % gap, and medium seed 2's gap goes from 31 % at the
    /// limit to proven 1 % in 99 s.
    private static func search(_ model: HorizonModel, from start: BaseStart?, context: PlanningContext)
        -> SolveResult
    {
        let strategy = context.search
        guard model.program.integerColumnCount >= strategy.minimumIntegers else {
            return context.solvePlanningMIP(model.program, showProgress: true) { $0.startingSolution = start?.values }
        }
        var firstPlan: [Double]?
        if strategy.firstPlan {
            let stage = context.within(share: 0.25)
            let relaxation = stage.solveLP(model.program)
            if relaxation.status == .optimal, relaxation.columnValues.count == model.program.columns.count {
                let restricted = SearchHints.homesFirst(model.years, in: model.program, relaxation.columnValues)
                let result = stage.solveMIP(restricted)
                if result.hasSolution, result.columnValues.count == model.program.columns.count {
                    firstPlan = result.columnValues
                }
            }
        }
        return context.solvePlanningMIP(model.program, showProgress: true) {
            if strategy.branchOnChoices {
                $0.branchingPriority = SearchHints.branchingPriority(model.years, columns: model.program.columns.count)
            }
            $0.startingSolution = BaseStart.cheaper(firstPlan, start, in: model.program)
        }
    }

    /// Why the horizon has no plan: the first year that has none even alone,
    /// explained as a one-year plan. Year 1 alone is exact (everything installed
    /// was bought that year, so `max_nodes` and the budget hold as in v1); a later
    /// year alone gets its sites and servers available by then, any number of
    /// nodes and no budget, a relaxation of what the horizon allows. When every
    /// year has a plan alone, only the links between years (supply and budget per
    /// year, lifetimes, sites staying open) fail: `.undetermined`.
    private static func explain(_ catalog: Catalog, context: PlanningContext) -> [InfeasibilityReason] {
        for y in 1...catalog.horizonYears {
            var year = catalog.year(y)
            year.policy.horizonYears = 1
            year.sites = year.sites.filter { $0.firstYear <= y }
            year.servers = year.servers.filter { $0.firstYear <= y }
            if y > 1 {
                year.policy.capexBudgetUSD = nil
                for g in year.servers.indices { year.servers[g].maxNodes = nil }
            }
            let model = PlanModel(catalog: year)
            let result = context.solveMIP(model.program) { $0.mipGap = 1 }
            switch result.status {
            case .infeasible: return InfeasibilityAnalysis.explain(model, context: context)
            case .optimal, .timeLimit: continue
            default: return [.analysisStopped(result.status)]
            }
        }
        return [.undetermined]
    }
}
