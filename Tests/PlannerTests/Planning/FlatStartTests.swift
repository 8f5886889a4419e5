import Testing

@testable import Planner

/// A flexible-load plan's search starts from the flat plan.
@Suite("Flexible load starts from the flat plan")
struct FlatStartTests {
    /// The fixture at P = 100 planned through a solver that records each MIP's start.
    private static func plan(minUtilization: Double, jobs: Int = 1) throws -> (Plan, StartRecordingSolver) {
        let catalog = try FlexibleLoadModelTests.fixture(priceUSDPerMWh: 100, minUtilization: minUtilization).catalog()
        let solver = StartRecordingSolver()
        var options = PlanOptions()
        options.solver = solver
        options.jobs = jobs
        return (try #require(Planning.plan(catalog, options: options).plan), solver)
    }

    /// FlexibleLoadModelTests' fixture at P = 100. The flat plan (every node
    /// running) buys the 8 nodes w1 needs: 160 000 + 4380 h · 1 MW · 100 = 598 000.
    /// Its build, dispatched flexibly (8 nodes in step 0, 7.2 in step 1), costs
    /// 160 000 + 547.5 · 100 · 7.2 = 554 200: the start the flexible search is
    /// given, which it improves to 15 nodes and 310 950.
    @Test func theFlexibleSearchStartsFromTheFlatBuild() throws {
        let (plan, solver) = try Self.plan(minUtilization: 0)
        expectClose(plan.objectiveUSDPerYr, 310_950)
        let starts = solver.startObjectives
        #expect(starts.count == 2)
        #expect(starts.first == .some(nil))
        expectClose(try #require(starts.last ?? nil), 554_200)
    }

    /// With two jobs the flat plan is found beside the flexible search, which
    /// takes the same start (554 200) at its first heuristic hook, after its
    /// root LP, and ends at the same plan as with one job.
    @Test func withTwoJobsTheStartArrivesDuringTheSearch() throws {
        let (plan, solver) = try Self.plan(minUtilization: 0, jobs: 2)
        let (serial, _) = try Self.plan(minUtilization: 0, jobs: 1)
        expectClose(plan.objectiveUSDPerYr, 310_950)
        #expect(plan.sites[0].nodes.map(\.count) == serial.sites[0].nodes.map(\.count))
        #expect(solver.startObjectives == [nil, nil])
        #expect(solver.awaitedObjectives.count == 1)
        expectClose(try #require(solver.awaitedObjectives.first ?? nil), 554_200)
    }

    /// A flexible scenario that starts from a base plan (what-if) plans its flat
    /// version from that base first: the flat search is offered the base build
    /// (598 000 in the flat model), and the flexible search the cheaper of the
    /// base and flat builds dispatched flexibly: both are the 8 nodes, 554 200,
    /// so the base's. It ends at 310 950, as without a base.
    @Test func aFlexibleScenarioPlansItsFlatVersionFromTheBase() throws {
        let base = try #require(
            Planning.decisions(
                of: try FlexibleLoadModelTests.fixture(priceUSDPerMWh: 100, minUtilization: 1).catalog(),
                options: PlanOptions()))
        let catalog = try FlexibleLoadModelTests.fixture(priceUSDPerMWh: 100, minUtilization: 0).catalog()
        let solver = StartRecordingSolver()
        var options = PlanOptions()
        options.solver = solver
        options.startFrom = base
        let plan = try #require(Planning.plan(catalog, options: options).plan)
        expectClose(plan.objectiveUSDPerYr, 310_950)
        let starts = solver.startObjectives
        #expect(starts.count == 2)
        expectClose(try #require(starts.first ?? nil), 598_000)
        expectClose(try #require(starts.last ?? nil), 554_200)
    }

    /// Flat load (min_utilization 1) is planned once, without a start.
    @Test func flatLoadIsPlannedOnce() throws {
        let (plan, solver) = try Self.plan(minUtilization: 1)
        expectClose(plan.objectiveUSDPerYr, 598_000)
        #expect(solver.startObjectives == [nil])
    }
}
