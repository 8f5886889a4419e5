import Foundation
import Testing

@testable import Planner

/// A start from another plan: its decisions taken by column name, the
/// continuous columns from the LP with them fixed, and the search's result
/// swapped for it where the search found nothing cheaper.
///
/// The hand-made program (names as the model builder writes them):
/// - `nodes[A,g1,air1]` integer 0…10, 10 USD each; `open[A]` binary, 5 USD;
///   `grid[A,t0]` continuous, 1 USD per unit;
/// - `energy[A,t0]`: grid − 2 · nodes ≥ 0 (two units of energy per node);
/// - `racks[A]`: nodes ≤ 4, a row (not a bound), so fixing 5 nodes breaks it.
/// With nodes n and open o fixed, the LP buys grid = 2n: objective 10n + 5o + 2n = 12n + 5o.
@Suite("Start from another plan")
struct BaseStartTests {
    static func program() -> LinearProgram {
        var program = LinearProgram()
        let nodes = program.addColumn("nodes[A,g1,air1]", upper: 10, cost: 10, isInteger: true)
        program.addColumn("open[A]", upper: 1, cost: 5, isInteger: true)
        let grid = program.addColumn("grid[A,t0]", cost: 1)
        program.addRow("energy[A,t0]", lower: 0, terms: [(grid, 1), (nodes, -2)])
        program.addRow("racks[A]", upper: 4, terms: [(nodes, 1)])
        return program
    }

    static let context = PlanningContext(options: PlanOptions(), policy: Policy())

    @Test(
        "decisions are taken by name",
        arguments: [
            // open[B] is not a column here: ignored. open[A] is not in the solution: 0 (not open).
            (id: "missing_and_extra", named: ["nodes[A,g1,air1]": 3, "open[B]": 1], expected: [3, 0]),
            (id: "every_name", named: ["nodes[A,g1,air1]": 2, "open[A]": 1], expected: [2, 1]),
            // A value outside the column's bounds is clamped into them (at most 10 nodes).
            (id: "clamped", named: ["nodes[A,g1,air1]": 12, "open[A]": 1], expected: [10, 1]),
        ] as [(id: String, named: [String: Double], expected: [Double])])
    func mappingByName(_ example: (id: String, named: [String: Double], expected: [Double])) {
        let values = NamedSolution(valuesByName: example.named).integerValues(for: Self.program())
        #expect(values == example.expected.map { Optional($0) } + [nil], "\(example.id)")
    }

    @Test("a plan's integer columns are named, its continuous ones left to the LP")
    func namedFromAPlan() {
        let named = NamedSolution(program: Self.program(), values: [3.0000001, 1, 6])
        #expect(named.valuesByName == ["nodes[A,g1,air1]": 3, "open[A]": 1])
    }

    /// 3 nodes, open: grid 2 · 3 = 6, objective 10 · 3 + 5 + 6 = 41.
    @Test("the LP with the decisions fixed completes the start")
    func completedByTheLP() throws {
        let named = NamedSolution(valuesByName: ["nodes[A,g1,air1]": 3, "open[A]": 1])
        let start = try #require(BaseStart.completed(named, for: Self.program(), context: Self.context))
        #expect(start.values == [3, 1, 6])
        #expect(start.objective == 41)
        #expect(Self.program().objectiveValue(start.values) == 41)
    }

    /// 5 nodes break racks[A] (≤ 4) whatever the grid: no start, the search runs without one.
    @Test("decisions the program rules out give no start")
    func infeasibleGivesNoStart() {
        let named = NamedSolution(valuesByName: ["nodes[A,g1,air1]": 5, "open[A]": 1])
        #expect(BaseStart.completed(named, for: Self.program(), context: Self.context) == nil)
    }

    /// The search found 2 nodes, not open: 12 · 2 = 24 USD, bound 20. The start (3 nodes, open)
    /// costs 41: the search's plan stays. A search that ends at 41 or dearer, or with none, gets
    /// the start, with the search's bound: gap (41 − 40) / 41 = 2.4 %, optimal at a 5 % gap.
    @Test(
        "the search's plan or the start, whichever is cheaper; the start on a tie",
        arguments: [
            (
                id: "cheaper_search", status: SolveStatus.optimal, objective: 24.0, kept: 24.0,
                after: SolveStatus.optimal
            ),
            (id: "tie", status: .optimal, objective: 41, kept: 41, after: .optimal),
            (id: "dearer_at_limit", status: .timeLimit, objective: 50, kept: 41, after: .optimal),
            (id: "no_plan_in_time", status: .noSolution, objective: nil, kept: 41, after: .optimal),
        ] as [(id: String, status: SolveStatus, objective: Double?, kept: Double, after: SolveStatus)])
    func keptOverTheSearch(
        _ example: (id: String, status: SolveStatus, objective: Double?, kept: Double, after: SolveStatus)
    ) throws {
        let named = NamedSolution(valuesByName: ["nodes[A,g1,air1]": 3, "open[A]": 1])
        let start = try #require(BaseStart.completed(named, for: Self.program(), context: Self.context))
        let found: [Double] = example.objective == nil ? [] : [2, 0, 4]
        let result = SolveResult(
            status: example.status, glpkReturnCode: 0, message: "scripted", objective: example.objective,
            bestBound: example.objective == 24 ? 20 : 40, columnValues: found)
        var options = PlanOptions()
        options.mipGap = 0.05
        let kept = start.kept(over: result, context: PlanningContext(options: options, policy: Policy()))
        #expect(kept.objective == example.kept, "\(example.id)")
        #expect(kept.status == example.after, "\(example.id)")
        if example.kept == 41 {
            #expect(kept.columnValues == [3, 1, 6], "\(example.id)")
            #expect(kept.bestBound == 40 && abs(kept.gap! - 1.0 / 41) < 1e-12, "\(example.id)")
        }
    }

    /// The first plan (2 nodes, not open, grid 4: 24 USD) is cheaper than the start (41 USD).
    @Test("GLPK gets the cheaper of the search aids' first plan and the start")
    func cheaperOfFirstPlanAndStart() throws {
        let named = NamedSolution(valuesByName: ["nodes[A,g1,air1]": 3, "open[A]": 1])
        let start = try #require(BaseStart.completed(named, for: Self.program(), context: Self.context))
        #expect(BaseStart.cheaper([2, 0, 4], start, in: Self.program()) == [2, 0, 4])
        #expect(BaseStart.cheaper([4, 1, 8], start, in: Self.program()) == [3, 1, 6])
        #expect(BaseStart.cheaper(nil, start, in: Self.program()) == [3, 1, 6])
        #expect(BaseStart.cheaper([2, 0, 4], nil, in: Self.program()) == [2, 0, 4])
    }
}
