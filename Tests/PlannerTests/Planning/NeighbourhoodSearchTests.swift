import Testing

@testable import Planner

/// The neighbourhood search on instances solved by hand, and the restriction it solves.
@Suite("Neighbourhood search")
struct NeighbourhoodSearchTests {
    /// `LagrangianSearchTests.twoSites` and a third site C at 70 USD/MWh.
    static let threeSites = LagrangianSearchTests.twoSites.with(
        "sites.csv",
        "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
        "A,r1,100,10,50,400",
        "B,r1,100,10,60,400",
        "C,r1,100,10,70,400")

    /// A start that homes w1 at B: the MIP with A closed.
    static func planAtB(_ model: PlanModel) throws -> [Double] {
        var closedA = model.program
        closedA.setBounds(try #require(model.index.siteOpen[0]), lower: 0, upper: 0)
        var options = SolveOptions()
        options.mipGap = 0
        let result = GLPKSolver().solveMIP(closedA, options: options)
        try #require(result.status == .optimal)
        return result.columnValues
    }

    /// w1 at B costs 8 · 20 000 + 8760 MWh · 60 = 685 600 USD/yr; the pair (A, B)
    /// moves it to A: 8 · 20 000 + 8760 · 50 = 598 000 (LagrangianSearchTests.twoSites).
    @Test func thePairMovesTheRunToTheCheaperSite() throws {
        let model = PlanModel(catalog: try LagrangianSearchTests.twoSites.catalog())
        let start = try Self.planAtB(model)
        var search = try #require(NeighbourhoodSearch(model: model, start: start))
        #expect(abs(search.best.costUSDPerYr - 685_600) < 1e-3)
        #expect(search.neighbourhoods(of: start) == [.init(sites: [0, 1])])

        search.improve(context: PlanningContext(options: PlanOptions(), policy: model.catalog.policy))

        #expect(abs(search.best.costUSDPerYr - 598_000) < 1e-3)
        #expect(search.best.values[model.index.siteOpen[0]!.index] == 1)
        #expect(search.best.values[model.index.siteOpen[1]!.index] == 0)
        #expect(search.improvements == 1)
        // One improving round, then a full cycle of the one pair without improvement.
        #expect(search.solved == 2)
        #expect(search.isExhausted)
        // The improved plan satisfies every row of the full model.
        let check = model.program.violations(of: search.best.values)
        #expect(check.isEmpty, "\(check)")
    }

    /// The same pair, stopped by `until`: a plan proven from the start (as
    /// by the relaxation beside) tries nothing; one proven below 600 000
    /// stops after the round that moves w1 to A (598 000), one round before
    /// the cycle that exhausts the search.
    @Test func aProvenPlanStopsTheRounds() throws {
        let model = PlanModel(catalog: try LagrangianSearchTests.twoSites.catalog())
        let start = try Self.planAtB(model)
        let context = PlanningContext(options: PlanOptions(), policy: model.catalog.policy)

        var provenAtOnce = try #require(NeighbourhoodSearch(model: model, start: start))
        provenAtOnce.improve(context: context, until: { _ in true })
        #expect(provenAtOnce.solved == 0 && abs(provenAtOnce.best.costUSDPerYr - 685_600) < 1e-3)

        var provenAtA = try #require(NeighbourhoodSearch(model: model, start: start))
        provenAtA.improve(context: context, until: { $0 < 600_000 })
        #expect(provenAtA.solved == 1 && !provenAtA.isExhausted)
        #expect(abs(provenAtA.best.costUSDPerYr - 598_000) < 1e-3)
    }

    /// A branch and bound stopped early (its bound stalled) at the plan at B,
    /// 685 600 USD/yr with a bound of 590 000: the rounds left move w1 to A,
    /// and the result is that plan (598 000) under the same bound, still
    /// time_limit since the fixture's gap is 0.
    @Test func roundsAfterAStoppedBranchAndBoundKeepItsBound() throws {
        let model = PlanModel(catalog: try LagrangianSearchTests.twoSites.catalog())
        let start = try Self.planAtB(model)
        var search = try #require(NeighbourhoodSearch(model: model, start: start))
        let stopped = SolveResult(
            status: .timeLimit, glpkReturnCode: 0, message: "stopped", objective: 685_600, bestBound: 590_000,
            gap: MIPSearchMonitor.gap(objective: 685_600, bound: 590_000), columnValues: start)

        let result = search.improve(
            after: stopped, context: PlanningContext(options: PlanOptions(), policy: model.catalog.policy))

        expectClose(result.objective, 598_000)
        #expect(result.bestBound == 590_000)
        #expect(result.status == .timeLimit)
        #expect(result.columnValues[model.index.siteOpen[0]!.index] == 1)
    }

    /// With A and B open and C closed: the kinds in turn, an open–closed pair
    /// (B, C), the open pair (A, B), then the second open–closed pair (A, C);
    /// no run is homed, so there are no groups and no server types.
    @Test func theKindsAreTakenInTurn() throws {
        let catalog = try Self.threeSites.catalog()
        let model = PlanModel(catalog: catalog)
        var values = [Double](repeating: 0, count: model.program.columns.count)
        values[model.index.siteOpen[0]!.index] = 1
        values[model.index.siteOpen[1]!.index] = 1
        let search = try #require(NeighbourhoodSearch(model: model, start: values))
        #expect(search.neighbourhoods(of: values) == [[1, 2], [0, 1], [0, 2]].map { .init(sites: $0) })
        #expect(NeighbourhoodSearch.pairs([0, 1, 2, 3]) == [[0, 1], [1, 2], [2, 3], [0, 2], [1, 3], [0, 3]])
        #expect(NeighbourhoodSearch.interleaved([[1, 2, 3], [10], [], [20, 21]]) == [1, 10, 20, 2, 21, 3])
    }

    /// Runs 0 and 1 on server 0 at sites 1 and 2, run 2 without a home, run 3
    /// on server 1: one neighbourhood per server type over every open site.
    @Test func serverTypesFreeTheirRunsAtEveryOpenSite() {
        let at = { (site: Int, server: Int) in ModelIndex.Assignment(workload: 0, site: site, server: server) }
        #expect(
            NeighbourhoodSearch.serverTypes(openSites: [0, 1, 2], homes: [at(1, 0), at(2, 0), nil, at(1, 1)]) == [
                .init(sites: [0, 1, 2], runs: [0, 1], runsKeepServerType: true),
                .init(sites: [0, 1, 2], runs: [3], runsKeepServerType: true),
            ])
        #expect(NeighbourhoodSearch.serverTypes(openSites: [1], homes: [at(1, 0)]).isEmpty)
    }

    /// Sites A, B and C open (50, 60 and 70 USD/MWh), w1 at B and w2 at C, both
    /// on g1 (8 nodes each): 8 · 20 000 + 8760 · 60 + 8 · 20 000 + 8760 · 70 =
    /// 1 458 800 USD/yr. g1's neighbourhood gathers both at A on g1, 16 nodes
    /// for their 1520 node-days by day 100: 16 · 20 000 + 17 520 · 50 =
    /// 1 196 000. Freeing the server type too moves them to g2 (capex 50 000,
    /// 10 000 USD/yr per node): 16 · 10 000 + 876 000 = 1 036 000.
    @Test func aServerTypeNeighbourhoodMovesItsRunsBetweenSitesOnly() throws {
        let catalog = try Self.threeSites.with(
            "servers.csv",
            "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds",
            "g1,1,1000,1,1,100,120,100000,5,air",
            "g2,1,1000,1,1,100,120,50000,5,air"
        ).with("workloads.csv", "id,flops,deadline_days", "w1,6.5664e22,100", "w2,6.5664e22,100").catalog()
        let model = PlanModel(catalog: catalog)
        var spread = model.program
        for site in 0..<3 { spread.setBounds(try #require(model.index.siteOpen[site]), lower: 1, upper: 1) }
        for (w, site) in [(0, 1), (1, 2)] {
            let home = try #require(model.index.assigned[ModelIndex.Assignment(workload: w, site: site, server: 0)])
            spread.setBounds(home, lower: 1, upper: 1)
        }
        var options = SolveOptions()
        options.mipGap = 0
        let start = GLPKSolver().solveMIP(spread, options: options)
        try #require(start.status == .optimal)
        let search = try #require(NeighbourhoodSearch(model: model, start: start.columnValues))
        #expect(abs(search.best.costUSDPerYr - 1_458_800) < 1e-3)
        let g1 = NeighbourhoodSearch.Neighbourhood(sites: [0, 1, 2], runs: [0, 1], runsKeepServerType: true)
        #expect(search.neighbourhoods(of: start.columnValues).contains(g1))
        let context = PlanningContext(options: PlanOptions(), policy: catalog.policy)

        let gathered = try #require(search.solve(around: start.columnValues, freeing: g1, context: context))
        #expect(abs(gathered.costUSDPerYr - 1_196_000) < 1e-3)
        for w in 0..<2 {
            let atA = try #require(model.index.assigned[ModelIndex.Assignment(workload: w, site: 0, server: 0)])
            #expect(gathered.values[atA.index] == 1)
        }
        #expect(model.program.violations(of: gathered.values).isEmpty)

        var anyType = g1
        anyType.runsKeepServerType = false
        let cheaper = try #require(search.solve(around: start.columnValues, freeing: anyType, context: context))
        #expect(abs(cheaper.costUSDPerYr - 1_036_000) < 1e-3)
    }

    /// Two runs like w1 (8 nodes each, 16 together: 2 · 760 node-days by day
    /// 100), both at B: 16 · 20 000 + 17 520 MWh · 60 = 1 371 200 USD/yr. Freeing
    /// A and B with only w1 movable moves w1 alone: 8 · 20 000 + 8760 · 50 at A
    /// plus the same at 60 at B, 598 000 + 685 600 = 1 283 600; freeing both
    /// runs gathers them at A: 16 · 20 000 + 17 520 · 50 = 1 196 000.
    @Test func runsOutsideTheGroupKeepTheirHomes() throws {
        let catalog = try LagrangianSearchTests.twoSites.with(
            "workloads.csv", "id,flops,deadline_days", "w1,6.5664e22,100", "w2,6.5664e22,100"
        ).catalog()
        let model = PlanModel(catalog: catalog)
        let start = try Self.planAtB(model)
        let search = try #require(NeighbourhoodSearch(model: model, start: start))
        #expect(abs(search.best.costUSDPerYr - 1_371_200) < 1e-3)
        let context = PlanningContext(options: PlanOptions(), policy: catalog.policy)

        let group = try #require(
            search.solve(around: start, freeing: .init(sites: [0, 1], runs: [0]), context: context))
        #expect(abs(group.costUSDPerYr - 1_283_600) < 1e-3)
        let w2AtB = try #require(model.index.assigned[ModelIndex.Assignment(workload: 1, site: 1, server: 0)])
        #expect(group.values[w2AtB.index] == 1)
        #expect(model.program.violations(of: group.values).isEmpty)

        let pair = try #require(search.solve(around: start, freeing: .init(sites: [0, 1]), context: context))
        #expect(abs(pair.costUSDPerYr - 1_196_000) < 1e-3)
    }

    /// Ten runs of two open sites in three clusters: each cluster, each two
    /// clusters, then blocks of eight: runs 0–7 and 8–9, then every second run.
    @Test func runGroupsFollowTheClusters() {
        let at = { (site: Int, server: Int) in ModelIndex.Assignment(workload: 0, site: site, server: server) }
        let homes: [ModelIndex.Assignment?] = [
            at(0, 0), at(0, 1), at(0, 0), at(0, 1), at(0, 0), at(1, 0), at(1, 0), at(1, 0), at(1, 0), at(1, 0),
        ]
        #expect(
            NeighbourhoodSearch.runGroups(Array(0..<10), homes: homes) == [
                [0, 2, 4], [1, 3], [5, 6, 7, 8, 9],
                [0, 1, 2, 3, 4], [1, 3, 5, 6, 7, 8, 9], [0, 2, 4, 5, 6, 7, 8, 9],
                [0, 1, 2, 3, 4, 5, 6, 7], [8, 9], [0, 2, 4, 6, 8], [1, 3, 5, 7, 9],
            ])
        // One cluster: the blocks alone; eight runs or fewer: nothing the pair does not free.
        #expect(
            NeighbourhoodSearch.runGroups(Array(0..<3), homes: Array(homes.prefix(1)) + [at(0, 0), at(0, 0)]).isEmpty)
    }

    /// 100 nodes per neighbourhood below the greedy first plan's size (10,000
    /// integer columns), 150 from it, where the clock ends the search.
    @Test func neighbourhoodsGoDeeperAtScale() {
        #expect(NeighbourhoodSearch.nodeLimit(integers: 9_999) == 100)
        #expect(NeighbourhoodSearch.nodeLimit(integers: 10_000) == 150)
        #expect(NeighbourhoodSearch.nodeLimit(integers: 16_246) == 150)
    }

    /// x + y + z ≥ 4, y − z = 0 and z ≤ 5, costs 1, 2, 3, keeping x and y with z = 1:
    /// x + y ≥ 3, y = 1, the last row dropped, 3 USD moved into the constant.
    @Test func theRestrictionMovesFixedColumnsIntoTheBounds() {
        var program = LinearProgram()
        let x = program.addColumn("x", cost: 1)
        let y = program.addColumn("y", upper: 9, cost: 2, isInteger: true)
        let z = program.addColumn("z", cost: 3)
        program.addRow("r1", lower: 4, terms: [(x, 1), (y, 1), (z, 1)])
        program.addRow("r2", lower: 0, upper: 0, terms: [(y, 1), (z, -1)])
        program.addRow("r3", upper: 5, terms: [(z, 1)])
        program.objectiveConstant = 10

        let restricted = program.restricted(to: [0, 1], fixingOthersAt: [2, 1, 1])

        #expect(restricted.columns.map(\.name) == ["x", "y"])
        #expect(restricted.columns[1].isInteger && restricted.columns[1].upper == 9)
        #expect(restricted.rows.map(\.name) == ["r1", "r2"])
        #expect(restricted.rows[0].lower == 3 && restricted.rows[0].upper == .infinity)
        #expect(restricted.rows[1].lower == 1 && restricted.rows[1].upper == 1)
        #expect(restricted.objectiveConstant == 13)
        #expect(restricted.objectiveValue([2, 1]) == 17)
        #expect(program.objectiveValue([2, 1, 1]) == 17)
    }
}

/// A node limit stops GLPK's branch and bound at the same point on every run.
@Suite("Node limit")
struct NodeLimitTests {
    /// min −x − y with 2x + 2y ≤ 3 over integers 0…9: the relaxation's optimum
    /// is −1.5 and the integers' −1, and no single node proves it (below x ≤ 0
    /// the relaxation still reaches −1.5 with y = 1.5), so it takes a tree.
    @Test func theSearchStopsAtTheLimit() {
        var program = LinearProgram()
        let x = program.addColumn("x", upper: 9, cost: -1, isInteger: true)
        let y = program.addColumn("y", upper: 9, cost: -1, isInteger: true)
        program.addRow("r", upper: 3, terms: [(x, 2), (y, 2)])
        var options = SolveOptions()
        options.mipGap = 0
        options.presolve = false
        let free = GLPKSolver().solveMIP(program, options: options)
        #expect(free.status == .optimal)
        #expect(free.objective == -1)

        options.nodeLimit = 1
        let limited = GLPKSolver().solveMIP(program, options: options)
        #expect(limited.status == .noSolution || limited.status == .timeLimit)
        #expect(limited.status != .optimal)
    }
}

/// The greedy first plan for models whose relaxation is too slow.
@Suite("Greedy homes")
struct GreedyHomesTests {
    /// A node costs 20 000 USD/yr (100 000 over 5 years) plus 0.1 MW · 1.25 · 8760 h
    /// of energy: 54 750 USD/yr at A (50 USD/MWh), 65 700 at B (60). w1 needs 8
    /// nodes either way, so A is cheaper, and sizing the build there gives the
    /// optimum, 8 · 20 000 + 8760 · 50 = 598 000 USD/yr.
    @Test func theCheaperSiteIsChosenAndSized() throws {
        let model = PlanModel(catalog: try LagrangianSearchTests.twoSites.catalog())
        let homes = GreedyHomes.choose(model)
        #expect(homes == [ModelIndex.Assignment(workload: 0, site: 0, server: 0)])
        let plan = try #require(
            GreedyHomes.plan(model, context: PlanningContext(options: PlanOptions(), policy: model.catalog.policy)))
        #expect(abs(model.program.objectiveValue(plan) - 598_000) < 1e-3)
        #expect(model.program.violations(of: plan).isEmpty)
    }

    /// With 20 racks at A, w1's 8 nodes (120 kW peak in 40 kW racks: 3 racks
    /// each, 24 racks) do not fit, so the greedy homes it at B: 685 600 USD/yr.
    @Test func aHomeWithoutRacksIsPassedOver() throws {
        let catalog = try LagrangianSearchTests.twoSites(racksAtA: 20).catalog()
        let model = PlanModel(catalog: catalog)
        #expect(GreedyHomes.choose(model) == [ModelIndex.Assignment(workload: 0, site: 1, server: 0)])
        let plan = try #require(
            GreedyHomes.plan(model, context: PlanningContext(options: PlanOptions(), policy: model.catalog.policy)))
        #expect(abs(model.program.objectiveValue(plan) - 685_600) < 1e-3)
    }
}
