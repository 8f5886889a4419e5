import Testing

@testable import Planner

/// The main branch and bound run twice, as on one core and without cuts or planctl's branching, trading plans in rounds.
@Suite("Paired branch and bound")
struct PairedBranchAndBoundTests {
    /// Two jobs and the fixture's 0 % gap.
    private static func context() throws -> PlanningContext {
        var options = PlanOptions()
        options.jobs = 2
        return PlanningContext(options: options, policy: try LagrangianSearchTests.twoSites.catalog().policy)
    }

    /// The knapsack of `MIPSolveTests.knapsack` (optimum 100 − 21 = 79 at
    /// b, c, d; the relaxation 78 is fractional, so the searches branch and
    /// meet at every heuristic call): the pair proves the optimum, and a
    /// second run returns the same plan.
    @Test func thePairProvesTheOptimumTheSameWayTwice() throws {
        let program = smallKnapsack(objectiveConstant: 100)
        let context = try Self.context()

        let first = PairedBranchAndBound.solve(program, context: context, roundIterations: 1)
        let second = PairedBranchAndBound.solve(program, context: context, roundIterations: 1)

        #expect(first.status == .optimal, "\(first.message)")
        #expect(approx(first.objective, 79))
        #expect(first.columnValues == [0, 1, 1, 1])
        #expect(second.columnValues == first.columnValues && second.bestBound == first.bestBound)
    }

    private static func result(_ status: SolveStatus, _ objective: Double, bound: Double, plan: Double)
        -> SolveResult
    {
        SolveResult(
            status: status, glpkReturnCode: 0, message: "", objective: objective, bestBound: bound,
            gap: MIPSearchMonitor.gap(objective: objective, bound: bound), columnValues: [plan])
    }

    /// A proven plan (100) stands over a cheaper one found by the search
    /// that was stopped (95): which one that is depends on the clock.
    @Test func aProvenPlanStandsOverACheaperStoppedOne() throws {
        let combined = PairedBranchAndBound.combined(
            [Self.result(.timeLimit, 95, bound: 90, plan: 1), Self.result(.optimal, 100, bound: 100, plan: 2)],
            context: try Self.context())

        #expect(combined.status == .optimal)
        #expect(combined.columnValues == [2])
        #expect(combined.objective == 100)
    }

    /// Both stopped at the limit: the cheaper plan (95) under the higher
    /// bound (93, from the dearer one's search), still time_limit at a 0 % gap.
    @Test func theCheaperPlanTakesTheHigherBound() throws {
        let combined = PairedBranchAndBound.combined(
            [Self.result(.timeLimit, 100, bound: 93, plan: 1), Self.result(.timeLimit, 95, bound: 90, plan: 2)],
            context: try Self.context())

        #expect(combined.status == .timeLimit)
        #expect(combined.columnValues == [2])
        #expect(combined.bestBound == 93)
        #expect(approx(combined.gap, 2.0 / 95))
    }
}
