import Testing

@testable import Planner

/// The two-core main search on the two-site instance solved by hand
/// (`LagrangianSearchTests.twoSites`): w1 at A costs 8 · 20 000 + 8760 MWh ·
/// 50 = 598 000 USD/yr, at B 8 · 20 000 + 8760 · 60 = 685 600.
@Suite("Side-by-side search")
struct SideBySideSearchTests {
    private static func context(_ model: PlanModel, jobs: Int) -> PlanningContext {
        var options = PlanOptions()
        options.jobs = jobs
        options.search = SearchStrategy(minimumIntegers: 0, neighbourhoodsFromIntegers: 0)
        return PlanningContext(options: options, policy: model.catalog.policy)
    }

    /// The model, the side-by-side search's result (the plan at A) and the plan at B.
    private static func plans() throws -> (PlanModel, SolveResult, [Double]) {
        let model = PlanModel(catalog: try LagrangianSearchTests.twoSites.catalog())
        let atA = try #require(SideBySideSearch.run(model, from: nil, context: context(model, jobs: 2)))
        return (model, atA, try NeighbourhoodSearchTests.planAtB(model))
    }

    /// With two jobs and the aids forced on at this size the plan comes from
    /// the two searches side by side, and it is the optimum, proven.
    @Test func twoJobsProveTheOptimum() throws {
        let catalog = try LagrangianSearchTests.twoSites.catalog()
        let model = PlanModel(catalog: catalog)
        #expect(SideBySideSearch.applies(to: model, context: Self.context(model, jobs: 2)))
        #expect(!SideBySideSearch.applies(to: model, context: Self.context(model, jobs: 1)))

        let result = try #require(SideBySideSearch.run(model, from: nil, context: Self.context(model, jobs: 2)))

        #expect(result.status == .optimal)
        expectClose(result.objective, 598_000)
        #expect(result.columnValues[model.index.siteOpen[0]!.index] == 1)
        #expect(model.program.violations(of: result.columnValues).isEmpty)
    }

    /// A proving search stopped at the limit with the plan at B (685 600,
    /// bound 590 000) and sites first's plan at A (598 000): the plan at A,
    /// under the proving search's bound, still time_limit (the fixture's gap is 0).
    @Test func aCheaperSitesFirstPlanKeepsTheProvingBound() throws {
        let (model, atA, atB) = try Self.plans()
        let stopped = SolveResult(
            status: .timeLimit, glpkReturnCode: 0, message: "stopped", objective: 685_600, bestBound: 590_000,
            gap: MIPSearchMonitor.gap(objective: 685_600, bound: 590_000), columnValues: atB)

        let result = SideBySideSearch.combined(stopped, sitesFirst: atA, context: Self.context(model, jobs: 2))

        expectClose(result.objective, 598_000)
        #expect(result.bestBound == 590_000)
        #expect(result.status == .timeLimit)
        #expect(result.columnValues[model.index.siteOpen[0]!.index] == 1)
    }

    /// A proven plan stands even when sites first found a cheaper one before
    /// it was stopped: which one that is depends on the clock.
    @Test func aProvenPlanStandsAlone() throws {
        let (model, atA, atB) = try Self.plans()
        let proven = SolveResult(
            status: .optimal, glpkReturnCode: 0, message: "proven", objective: 685_600, bestBound: 685_600,
            gap: 0, columnValues: atB)

        let result = SideBySideSearch.combined(proven, sitesFirst: atA, context: Self.context(model, jobs: 2))

        expectClose(result.objective, 685_600)
        #expect(result.status == .optimal)
    }

    /// Stopping one search leaves Ctrl-C's flag alone; Ctrl-C stops both.
    @Test func aFollowingFlagReadsItsParent() {
        let parent = SolveCancellation()
        let first = SolveCancellation(following: parent)
        let second = SolveCancellation(following: parent)
        first.cancel()
        #expect(first.isCancelled)
        #expect(!parent.isCancelled)
        #expect(!second.isCancelled)
        parent.cancel()
        #expect(second.isCancelled)
    }
}
