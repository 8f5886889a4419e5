import Foundation
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

    /// A plan at 100 under 90: the relaxation's 95 is higher, so the bound is
    /// 95 and the gap (100 − 95) / 100 = 5 %, still above the 1 % asked.
    @Test func aHigherRelaxationLiftsTheBound() {
        let bounded = Self.plan(100, bound: 90).bounded(by: 95, context: Self.context(mipGap: 0.01))

        #expect(bounded.bestBound == 95 && approx(bounded.gap, 0.05))
        #expect(bounded.status == .timeLimit)
    }

    /// A branch and bound that ended before its root: the plan at 100 gets the relaxation's 99.5,
    /// (100 − 99.5) / 100 = 0.5 % within the 1 % asked, so it is optimal.
    @Test func aPlanWithoutABoundGetsTheRelaxationsAndCanBeProven() {
        let bounded = Self.plan(100, bound: nil).bounded(by: 99.5, context: Self.context(mipGap: 0.01))

        #expect(bounded.bestBound == 99.5 && approx(bounded.gap, 0.005))
        #expect(bounded.status == .optimal)
    }

    /// A lower relaxation, or none, leaves the plan as it was.
    @Test func aLowerRelaxationChangesNothing() {
        let context = Self.context(mipGap: 0.01)
        #expect(Self.plan(100, bound: 90).bounded(by: 80, context: context).bestBound == 90)
        #expect(Self.plan(100, bound: 90).bounded(by: nil, context: context).bestBound == 90)
    }

    /// The base fixture (w1 needs 8 nodes at site A: 160 000 USD/yr of servers and 438 000
    /// of energy) with 1 000 000 USD/yr to keep A open.
    static let siteWithFixedCost = ModelFixture().with(
        "sites.csv",
        "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,fixed_opex_usd_per_yr",
        "A,r1,100,10,50,400,1000000")

    /// The plain relaxation opens A only as far as its rows need: 24 of 100 racks (3 per
    /// node) and 1 of 10 MW of grid, so o = 0.24 and the site costs 240 000: 838 000 in
    /// all. The row z ≤ o of w1 at A opens A whole: 598 000 + 1 000 000 = 1 598 000, the
    /// plan's own cost, which the relaxation beside reaches by the dual simplex from
    /// GLPK's standard basis.
    @Test func aRunPlacedAtASiteOpensItInTheRelaxationBeside() throws {
        let catalog = try Self.siteWithFixedCost.catalog()
        let model = PlanModel(catalog: catalog)
        var options = PlanOptions()
        options.jobs = 2
        let relaxation = RelaxationBeside(model, context: PlanningContext(options: options, policy: catalog.policy))

        #expect(close(try #require(GLPKSolver().solveLP(model.program).objective), 838_000))
        #expect(close(try #require(relaxation.finish()), 1_598_000))
    }

    /// The same relaxation's optimum, 1 598 000, once its thread has reached it
    /// (read without waiting, so the test polls for it).
    @Test func theOptimumIsReadOnceReached() throws {
        let catalog = try Self.siteWithFixedCost.catalog()
        var options = PlanOptions()
        options.jobs = 2
        let relaxation = RelaxationBeside(
            PlanModel(catalog: catalog), context: PlanningContext(options: options, policy: catalog.policy))
        defer { _ = relaxation.finish() }
        var optimum = relaxation.optimumIfSolved
        for _ in 0..<1000 where optimum == nil {
            usleep(10_000)
            optimum = relaxation.optimumIfSolved
        }

        #expect(close(try #require(optimum), 1_598_000))
    }

    /// `LagrangianSearchTests.twoSites`: w1 at A costs 598 000 USD/yr (the
    /// optimum), at B 685 600. With a proven bound within the 1 % gap of the
    /// plan, the branch and bound is not run (GLPK return code −1) and the plan
    /// stands, proven: 598 000 under 598 000, and the plan at B under 680 000
    /// ((685 600 − 680 000) / 685 600 = 0.82 %), which GLPK would have moved to
    /// A. A bound further below (590 000: 13.9 % under the plan at B) leaves
    /// the proof to GLPK, which finds A.
    @Test func aPlanWithinTheGapOfAProvenBoundSkipsTheBranchAndBound() throws {
        let model = PlanModel(catalog: try LagrangianSearchTests.twoSites.catalog())
        var options = PlanOptions()
        options.mipGap = 0.01
        let context = PlanningContext(options: options, policy: model.catalog.policy)
        let atB = try NeighbourhoodSearchTests.planAtB(model)
        let atA = try #require(GLPKSolver().solveMIP(model.program).columnValues)

        let optimum = Planning.branchAndBound(model, from: atA, provenBound: { 598_000 }, context: context)
        #expect(optimum.status == .optimal && optimum.glpkReturnCode == -1)
        #expect(close(try #require(optimum.objective), 598_000))
        #expect(close(try #require(optimum.bestBound), 598_000))

        let keptAtB = Planning.branchAndBound(model, from: atB, provenBound: { 680_000 }, context: context)
        #expect(keptAtB.status == .optimal && keptAtB.glpkReturnCode == -1)
        #expect(close(try #require(keptAtB.objective), 685_600))
        #expect(keptAtB.bestBound == 680_000)

        let searched = Planning.branchAndBound(model, from: atB, provenBound: { 590_000 }, context: context)
        #expect(searched.status == .optimal && searched.glpkReturnCode == 0)
        #expect(close(try #require(searched.objective), 598_000))
    }

    /// One row per run and candidate site: w1 may live at A or B (two sites, one server type).
    @Test func eachRunGetsARowPerCandidateSite() throws {
        let model = PlanModel(catalog: try LagrangianSearchTests.twoSites.catalog())
        let rows = SiteOpeningRows(model)
        let added = rows.program.rows.dropFirst(model.program.rows.count)

        #expect(added.count == 2)
        #expect(added.map(\.name) == ["run_opens_site[w1,A]", "run_opens_site[w1,B]"])
        #expect(added.allSatisfy { $0.lower == -.infinity && $0.upper == 0 })
        #expect(rows.program.columns.count == model.program.columns.count)
        let atA = rows.program.entries.filter { $0.row == model.program.rows.count }
        #expect(atA.map { rows.program.columns[$0.column].name } == ["runs[w1,A,g1]", "open[A]"])
        #expect(atA.map(\.value) == [1, -1])
    }
}
