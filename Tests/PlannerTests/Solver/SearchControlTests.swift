import Planner
import Testing

/// Time limits, progress reports and cancellation of the MIP search, on a
/// random 60-item, 10-dimension knapsack that GLPK cannot close in seconds
/// (measured: 0.8 % gap left after 3 s).
@Suite("MIP search control")
struct SearchControlTests {
    static let hard = multidimensionalKnapsack(items: 60, dimensions: 10, seed: 7)

    @Test("a time limit returns promptly with an honest status", arguments: [true, false])
    func timeLimit(presolve: Bool) throws {
        var options = SolveOptions()
        options.mipGap = 0
        options.timeLimitSeconds = 0.5
        options.presolve = presolve
        let clock = ContinuousClock()
        let start = clock.now

        let result = GLPKSolver().solveMIP(Self.hard, options: options)

        #expect(start.duration(to: clock.now) < .seconds(5))
        #expect(result.status == .timeLimit || result.status == .optimal, "\(result.message)")
        guard result.status == .timeLimit else { return }
        let objective = try #require(result.objective)
        let bound = try #require(result.bestBound)
        // GLPK's gap: |obj − bound| / (|obj| + DBL_EPSILON), with the bound below the incumbent.
        #expect(bound <= objective)
        #expect(approx(result.gap, abs(objective - bound) / (abs(objective) + .ulpOfOne), tolerance: 1e-12))
        #expect(result.message.hasPrefix("time limit of 0.5 s reached with a plan"))
        #expect(result.columnValues.count == 60)
        #expect(result.columnValues.allSatisfy { $0 == 0 || $0 == 1 })
        // The plan respects every capacity row.
        for (row, activity) in zip(Self.hard.rows, result.rowActivities) {
            #expect(activity <= row.upper + 1e-6)
        }
    }

    @Test("progress reports arrive, incumbents only improve, and the last is the result")
    func progressReports() throws {
        let reports = LockedList<SolveProgress>()
        var options = SolveOptions()
        options.mipGap = 0
        options.timeLimitSeconds = 1.2
        options.progress = { reports.append($0) }

        let result = GLPKSolver().solveMIP(
            multidimensionalKnapsack(items: 30, dimensions: 5, seed: 7), options: options)

        let seen = reports.all
        #expect(!seen.isEmpty)
        let incumbents = seen.compactMap(\.incumbentObjective)
        #expect(zip(incumbents, incumbents.dropFirst()).allSatisfy { $1 <= $0 })
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $1.elapsedSeconds >= $0.elapsedSeconds })
        let last = try #require(incumbents.last)
        #expect(approx(result.objective, last))
    }

    /// With no stall allowed the search stops at its first bound after the
    /// root, long before the 10 s limit the hard knapsack would otherwise use.
    @Test("a bound that stops rising ends the search early, as a time limit")
    func boundStall() {
        var options = SolveOptions()
        options.mipGap = 0
        options.timeLimitSeconds = 10
        options.boundStallSeconds = 0
        let clock = ContinuousClock()
        let start = clock.now

        let result = GLPKSolver().solveMIP(Self.hard, options: options)

        #expect(start.duration(to: clock.now) < .seconds(3))
        #expect(result.status == .timeLimit || result.status == .noSolution, "\(result.message)")
        #expect(result.bestBound != nil)
    }

    @Test("a flag set before the solve interrupts it before any plan")
    func cancelledBeforeStart() {
        let cancellation = SolveCancellation()
        cancellation.cancel()
        var options = SolveOptions()
        options.cancellation = cancellation
        options.timeLimitSeconds = 10

        let result = GLPKSolver().solveMIP(Self.hard, options: options)

        #expect(result.status == .interrupted, "\(result.message)")
        #expect(!result.hasSolution)
    }

    @Test("cancelling at the first incumbent keeps that plan")
    func cancelledWithPlan() {
        let cancellation = SolveCancellation()
        var options = SolveOptions()
        options.mipGap = 0
        options.timeLimitSeconds = 10
        options.cancellation = cancellation
        options.progress = { if $0.incumbentObjective != nil { cancellation.cancel() } }

        let result = GLPKSolver().solveMIP(Self.hard, options: options)

        #expect(result.status == .interrupted, "\(result.message)")
        #expect(result.columnValues.count == 60)
        #expect(result.solveSeconds < 5)
        #expect(result.message.hasPrefix("the search was cancelled with a plan"))
    }
}
