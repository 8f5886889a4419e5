import Testing

@testable import Planner

/// A plan bounded by the relaxation solved beside its search (`RelaxationBeside`).
@Suite("Relaxation beside")
struct RelaxationBesideTests {
    private static func context(mipGap: Double) -> PlanningContext {
        var options = PlanOptions()
        options.mipGap = mipGap
        return PlanningContext(options: options, policy: Policy())
    }

    private static func plan(_ objective: Double, bound: Double?) -> SolveResult {
        SolveResult(
            status: .timeLimit, glpkReturnCode: 0, message: "scripted", objective: objective, bestBound: bound,
            gap: bound.map { (objective - $0) / objective }, columnValues: [1])
    }

    private static func relaxation(_ objective: Double) -> SolveResult {
        SolveResult(status: .optimal, glpkReturnCode: 0, message: "scripted", objective: objective)
    }

    /// A plan at 100 under 90: the relaxation's 95 is higher, so the bound is
    /// 95 and the gap (100 − 95) / 100 = 5 %, still above the 1 % asked.
    @Test func aHigherRelaxationLiftsTheBound() {
        let bounded = Self.plan(100, bound: 90).bounded(by: Self.relaxation(95), context: Self.context(mipGap: 0.01))

        #expect(bounded.bestBound == 95 && approx(bounded.gap, 0.05))
        #expect(bounded.status == .timeLimit)
    }

    /// A branch and bound that ended before its root: the plan at 100 gets the relaxation's 99.5,
    /// (100 − 99.5) / 100 = 0.5 % within the 1 % asked, so it is optimal.
    @Test func aPlanWithoutABoundGetsTheRelaxationsAndCanBeProven() {
        let bounded = Self.plan(100, bound: nil).bounded(by: Self.relaxation(99.5), context: Self.context(mipGap: 0.01))

        #expect(bounded.bestBound == 99.5 && approx(bounded.gap, 0.005))
        #expect(bounded.status == .optimal)
    }

    /// A lower relaxation, or none, leaves the plan as it was.
    @Test func aLowerRelaxationChangesNothing() {
        let context = Self.context(mipGap: 0.01)
        #expect(Self.plan(100, bound: 90).bounded(by: Self.relaxation(80), context: context).bestBound == 90)
        #expect(Self.plan(100, bound: 90).bounded(by: nil, context: context).bestBound == 90)
    }
}
