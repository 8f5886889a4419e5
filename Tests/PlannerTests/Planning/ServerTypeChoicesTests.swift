import Testing

@testable import Planner

/// The search's copy of the model with a binary per run and server type.
@Suite("Server type choices")
struct ServerTypeChoicesTests {
    /// The base fixture with a second server type and a second site B (grid 60 USD/MWh).
    /// g2 has two accelerators per node (2e15 FLOP/s), 150 kW, 150 000 USD over 5 years:
    /// w1's 760 node-days of g1 are 380 of g2, ⌈380 / 100⌉ = 4 nodes, 30 000 USD/yr each;
    /// facility 4 · 0.15 · 1.25 = 0.75 MW = 6570 MWh/yr.
    /// - at A on g2: 4 · 30 000 + 6570 · 50 = 120 000 + 328 500 = 448 500 USD/yr (the optimum);
    /// - at A on g1: 8 · 20 000 + 8760 · 50 = 598 000; at B on g2: 120 000 + 6570 · 60 = 514 200.
    static let twoTypes = LagrangianSearchTests.twoSites.with(
        "servers.csv",
        "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds",
        "g1,1,1000,1,1,100,120,100000,5,air",
        "g2,2,1000,1,1,150,160,150000,5,air")

    @Test func eachRunGetsOneBinaryPerServerTypeSummingItsHomes() throws {
        let model = PlanModel(catalog: try Self.twoTypes.catalog())
        let choices = try #require(ServerTypeChoices(model))
        let added = choices.program.columns.dropFirst(model.program.columns.count)

        #expect(added.map(\.name) == ["server_type[w1,g1]", "server_type[w1,g2]"])
        #expect(added.allSatisfy { $0.isInteger && $0.upper == 1 && $0.cost == 0 })
        #expect(choices.program.rows.count == model.program.rows.count + 2)
        // w1 on g2 at B: y_g1 = 0, y_g2 = 1.
        var plan = [Double](repeating: 0, count: model.program.columns.count)
        plan[model.index.assigned[.init(workload: 0, site: 1, server: 1)]!.index] = 1
        #expect(choices.extended(plan)?.suffix(2) == [0, 1])
    }

    /// Options written for the model become the copy's: the start gets its
    /// y values, y is left to GLPK's rule, and a plan traded by a search of
    /// the model is completed the same way.
    @Test func optionsForTheModelAreAdaptedToTheCopy() throws {
        let model = PlanModel(catalog: try Self.twoTypes.catalog())
        let choices = try #require(ServerTypeChoices(model))
        var plan = [Double](repeating: 0, count: model.program.columns.count)
        plan[model.index.assigned[.init(workload: 0, site: 0, server: 0)]!.index] = 1
        var options = SolveOptions()
        options.startingSolution = plan
        options.branchingPriority = SearchHints.branchingPriority(model)

        choices.adapt(&options)

        #expect(options.startingSolution == plan + [1, 0])
        #expect(options.branchingPriority?.suffix(2) == [Int.max, Int.max])
        #expect(options.branchingPriority?.count == choices.program.columns.count)
        #expect(options.completingTradedPlan?(plan) == plan + [1, 0])
    }

    /// The pair of branch and bounds, the one with GLPK's branching on the
    /// copy, trades plans across the two programs and proves 448 500.
    @Test func thePairWithTheCopyProvesTheOptimum() throws {
        let model = PlanModel(catalog: try Self.twoTypes.catalog())
        let choices = try #require(ServerTypeChoices(model))
        var options = PlanOptions()
        options.jobs = 2
        let context = PlanningContext(options: options, policy: model.catalog.policy)

        let result = PairedBranchAndBound.solve(model.program, copy: choices, context: context, roundIterations: 1)

        #expect(result.status == .optimal, "\(result.message)")
        #expect(approx(result.objective, 448_500))
        #expect(result.columnValues.count == model.program.columns.count)
    }

    /// With one server type y would always be 1: no copy.
    @Test func oneServerTypeNeedsNoCopy() throws {
        #expect(ServerTypeChoices(PlanModel(catalog: try LagrangianSearchTests.twoSites.catalog())) == nil)
    }

    /// The copy's branch and bound, from the model's relaxation basis
    /// extended, ends at the optimum 448 500 (w1 on g2 at A), and its
    /// result read as the model's has the model's columns and rows only.
    @Test func theCopyFromTheModelsBasisFindsTheModelsOptimum() throws {
        let model = PlanModel(catalog: try Self.twoTypes.catalog())
        let choices = try #require(ServerTypeChoices(model))
        var options = SolveOptions()
        options.mipGap = 0
        let relaxation = GLPKSolver().solveLP(model.program, options: options)
        let basis = choices.basis(try #require(relaxation.basis))
        #expect(basis.fits(rows: choices.program.rows.count, columns: choices.program.columns.count))
        options.rootBasis = basis

        let result = choices.modelResult(GLPKSolver().solveMIP(choices.program, options: options))

        #expect(result.status == .optimal, "\(result.message)")
        #expect(approx(result.objective, 448_500))
        #expect(result.columnValues.count == model.program.columns.count)
        #expect(result.rowActivities.count == model.program.rows.count)
        #expect(result.columnValues[model.index.assigned[.init(workload: 0, site: 0, server: 1)]!.index] == 1)
    }

    /// Planning with the aids from 0 integers goes through the copy; the plan
    /// is the one planned without it: w1 on g2 at A, 448 500 USD/yr.
    @Test func planningThroughTheCopyGivesTheSamePlan() throws {
        let catalog = try Self.twoTypes.catalog()
        var plans: [Plan] = []
        for serverTypeChoices in [true, false] {
            var options = PlanOptions()
            options.search = SearchStrategy(minimumIntegers: 0, serverTypeChoices: serverTypeChoices)
            plans.append(try #require(Planning.plan(catalog, options: options).plan))
        }

        for plan in plans {
            #expect(plan.status == .optimal)
            #expect(abs(plan.objectiveUSDPerYr - 448_500) < 1e-3)
            #expect(plan.sites.map(\.open) == [true, false])
        }
    }
}
