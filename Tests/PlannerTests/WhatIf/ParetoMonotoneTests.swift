import Foundation
import Testing

@testable import Planner

/// The front's cost never falls as the cap tightens: a looser cap whose search
/// ended dearer than a tighter cap's plan is solved again from that plan.
///
/// ParetoTests' four builds: both runs at A 1 794 000 USD/yr, 10 512 t; w1 at B
/// 1 881 600, 7884 t; w2 at B 1 969 200, 5256 t; both at B 2 056 800, 2628 t. The
/// caps are 8541, 6570, 4599 and 2628.001 t. A search stopped early within a
/// wide gap can return any valid plan; `DearAtLooseCap` makes the search at
/// 8541 t return "both at B" (2 056 800, valid under every cap), dearer than
/// 6570 t's plan (1 969 200). The re-solve starts from that plan (objective
/// 1 969 200) and GLPK, at gap 0, finds 8541 t's optimum, w1 at B: 1 881 600.
@Suite("Pareto front re-solved from a tighter neighbour")
struct ParetoMonotoneTests {
    /// GLPK, except that the search under the 8541 t cap without a start keeps A closed.
    final class DearAtLooseCap: Solving, @unchecked Sendable {
        let recorder = StartRecordingSolver()

        func solveMIP(_ program: LinearProgram, options: SolveOptions) -> SolveResult {
            let cap = program.rows.first { $0.name == "carbon_cap" }?.upper
            guard let cap, abs(cap - 8541) < 1, options.startingSolution == nil,
                let openA = program.columns.firstIndex(where: { $0.name == "open[A]" })
            else { return recorder.solveMIP(program, options: options) }
            var atB = program
            atB.setBounds(LinearProgram.ColumnID(index: openA), lower: 0, upper: 0)
            return recorder.solveMIP(atB, options: options)
        }

        func solveLP(_ program: LinearProgram, options: SolveOptions) -> SolveResult {
            recorder.solveLP(program, options: options)
        }
    }

    /// The fixture's five-point front, every solve through `solver`, two at a time.
    private static func front(solvedBy solver: any Solving) throws -> ParetoFront.Outcome {
        var options = PlanOptions()
        options.solver = solver
        return ParetoFront.run(try ParetoTests.fixture.catalog(), points: 5, options: options, jobs: 2)
    }

    @Test("the loose cap's dear plan is re-solved from the tighter one's and the front keeps all four builds")
    func looseCapResolved() throws {
        let solver = DearAtLooseCap()
        let front = try Self.front(solvedBy: solver)
        // The least carbon comes from a MIP: equal to 2628 t within the solver's tolerance, so are the caps.
        #expect(front.points.map { $0.capT.map { ($0 * 1e6).rounded() / 1e6 } } == [nil, 8541, 6570, 4599])
        #expect(front.points.map(\.summary.objectiveUSDPerYr) == [1_794_000, 1_881_600, 1_969_200, 2_056_800])
        #expect(front.points.map(\.summary.totalCarbonT) == [10_512, 7884, 5256, 2628])
        #expect(front.points.allSatisfy { $0.summary.status == .optimal })
        // Five first solves without a start, then the one re-solve, from 6570 t's plan.
        let starts = solver.recorder.startObjectives
        #expect(starts.count == 6)
        #expect(starts.compactMap { $0 }.count == 1)
        expectClose(starts.last ?? nil, 1_969_200, "the re-solve's start")
    }

    /// Without a plan dearer than its neighbour's, nothing is solved again.
    @Test("a front already monotone is not re-solved")
    func monotoneFrontUntouched() throws {
        let solver = StartRecordingSolver()
        let front = try Self.front(solvedBy: solver)
        #expect(front.points.map(\.summary.objectiveUSDPerYr) == [1_794_000, 1_881_600, 1_969_200, 2_056_800])
        #expect(solver.startObjectives == [nil, nil, nil, nil, nil])
    }

    /// Points given straight to the step: the cheapest plan dearer than a capped one
    /// (made at A closed, 2 056 800) is re-solved from the capped plan (w1 at B, 1 881 600)
    /// and comes back at the optimum, 1 794 000; a point without a plan gets one from its neighbour.
    @Test("the step on hand-made points: a dear point and a point without a plan")
    func stepOnHandMadePoints() throws {
        let catalog = try ParetoTests.fixture.catalog()
        var closedA = catalog
        closedA.sites[0].maxRacks = 0
        let dear = Planning.plan(closedA)
        expectClose(dear.plan?.objectiveUSDPerYr, 2_056_800, "A closed")
        let capped = Planning.plan(ParetoFront.catalog(catalog, cappedAt: 8541))
        expectClose(capped.plan?.objectiveUSDPerYr, 1_881_600, "8541 t")
        let none = PlanOutcome(status: .noSolution, timeLimitSeconds: 60)
        let points = ParetoFront.monotone(
            [(nil, dear), (9000, none), (8541, capped)], catalog: catalog, options: PlanOptions())
        for (point, expected) in zip(points, [1_794_000.0, 1_881_600, 1_881_600]) {
            expectClose(point.outcome.plan?.objectiveUSDPerYr, expected, "cap \(point.cap ?? .infinity)")
        }
        #expect(points.map(\.cap) == [nil, 9000, 8541])
    }
}
