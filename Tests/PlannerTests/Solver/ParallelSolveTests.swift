import Dispatch
import Planner
import Testing

/// Solves on different threads must not share GLPK state: each builds its
/// own problem in its thread's GLPK environment.
@Suite("Parallel solves")
struct ParallelSolveTests {
    @Test("concurrent solves give the same results as serial ones")
    func parallelMatchesSerial() {
        let programs = (1...4).map { multidimensionalKnapsack(items: 30, dimensions: 5, seed: UInt64($0)) }
        var options = SolveOptions()
        options.mipGap = 0.01
        options.timeLimitSeconds = 30  // far above need: a hit limit would make results timing-dependent
        let solve: @Sendable (LinearProgram) -> (SolveResult, SolveResult) = { [options] program in
            (GLPKSolver().solveMIP(program, options: options), GLPKSolver().solveLP(program, options: options))
        }
        let serial = programs.map(solve)
        let parallel = LockedList<(Int, SolveResult, SolveResult)>()
        DispatchQueue.concurrentPerform(iterations: programs.count * 2) { k in
            let index = k % programs.count
            let (mip, lp) = solve(programs[index])
            parallel.append((index, mip, lp))
        }

        #expect(parallel.all.count == programs.count * 2)
        for (index, mip, lp) in parallel.all {
            let (serialMIP, serialLP) = serial[index]
            #expect(serialMIP.status == .optimal, "\(serialMIP.message)")
            #expect(mip.status == serialMIP.status)
            #expect(mip.objective == serialMIP.objective)
            #expect(mip.columnValues == serialMIP.columnValues)
            #expect(lp.status == .optimal)
            #expect(lp.objective == serialLP.objective)
            #expect(lp.rowDuals == serialLP.rowDuals)
        }
    }
}
