import Planner
import Testing

/// A starting solution and branching classes handed to GLPK through the MIP
/// callback: they may speed the search up but never change what is optimal.
@Suite("MIP search hints")
struct SearchHintsTests {
    /// The 4-item knapsack: b + c + d (weights 7 + 4 + 3 = 14, value 11 + 6 + 4 = 21) is the optimum.
    static let hintCases: [(name: String, start: [Double]?, priority: [Int]?)] = [
        (name: "worse start", start: [1, 0, 1, 0], priority: nil),
        (name: "optimal start", start: [0, 1, 1, 1], priority: nil),
        (name: "start off by rounding noise", start: [1e-9, 0.9999999, 1, 1], priority: nil),
        (name: "priority on b and d", start: nil, priority: [Int.max, 0, Int.max, 0]),
        (name: "both", start: [1, 0, 1, 0], priority: [1, 0, 1, 0]),
    ]

    @Test("the optimum survives every hint", arguments: hintCases)
    func optimumKept(name: String, start: [Double]?, priority: [Int]?) {
        var options = SolveOptions()
        options.mipGap = 0
        options.startingSolution = start
        options.branchingPriority = priority

        let result = GLPKSolver().solveMIP(smallKnapsack(), options: options)

        #expect(result.status == .optimal, "\(name): \(result.message)")
        #expect(approx(result.objective, -21), "\(name)")
        #expect(result.columnValues == [0, 1, 1, 1], "\(name)")
    }

    @Test("a start with the wrong number of values is ignored, not trusted")
    func wrongLengthIgnored() {
        var options = SolveOptions()
        options.mipGap = 0
        options.startingSolution = [1, 1, 1]
        options.branchingPriority = [0]

        let result = GLPKSolver().solveMIP(smallKnapsack(), options: options)

        #expect(result.status == .optimal)
        #expect(approx(result.objective, -21))
    }

    /// On the 60-item knapsack GLPK cannot close in seconds, a 0.3 s solve
    /// handed a plan can only return that plan or a better one.
    @Test("the starting plan is the first incumbent")
    func startIsIncumbent() throws {
        let program = SearchControlTests.hard
        var long = SolveOptions()
        long.timeLimitSeconds = 0.5
        long.mipGap = 0
        let found = GLPKSolver().solveMIP(program, options: long)
        let objective = try #require(found.objective)

        var short = SolveOptions()
        short.timeLimitSeconds = 0.3
        short.mipGap = 0
        short.startingSolution = found.columnValues
        let progress = LockedList<SolveProgress>()
        short.progress = { progress.append($0) }
        let result = GLPKSolver().solveMIP(program, options: short)

        #expect(try #require(result.objective) <= objective + 1e-6)
        let first = try #require(progress.all.compactMap(\.incumbentObjective).first)
        #expect(first <= objective + 1e-6)
    }
}
