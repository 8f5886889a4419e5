import Planner
import Testing

/// MIP solves whose optimum differs from the LP relaxation, and the MIP
/// outcomes that must not be mistaken for a plan.
@Suite("MIP solves")
struct MIPSolveTests {
    @Test("knapsack: the MIP optimum differs from its LP relaxation", arguments: [true, false])
    func knapsack(presolve: Bool) {
        // max 8a + 11b + 6c + 4d, weights 5a + 7b + 4c + 3d ≤ 14, binary; constant 100.
        // LP: by value/weight (1.6, 1.57, 1.5, 1.33) take a, b (weight 12), half of c → 22.
        // MIP: a+b = 19 (weight 12, nothing else fits); a+c+d = 18; b+c+d = 21 (weight 14) → 21.
        let program = smallKnapsack(objectiveConstant: 100)
        var options = SolveOptions()
        options.presolve = presolve
        options.mipGap = 0

        let mip = GLPKSolver().solveMIP(program, options: options)
        let relaxation = GLPKSolver().solveLP(program, options: options)

        #expect(mip.status == .optimal, "\(mip.message)")
        #expect(approx(mip.objective, 100 - 21))
        #expect(approx(mip.bestBound, 100 - 21) && mip.gap == 0)
        #expect(mip.columnValues == [0, 1, 1, 1])
        #expect(approx(mip.rowActivities.first, 14))
        #expect(mip.rowDuals.isEmpty)
        #expect(relaxation.status == .optimal)
        #expect(approx(relaxation.objective, 100 - 22))
    }

    @Test("fixing the integers and solving the LP gives the MIP objective and shadow prices")
    func fixedLPMatchesMIP() throws {
        // Open a site (fixed cost 10) to serve demand x ≥ 3 at 2 USD/unit, capacity x ≤ 5·open.
        // MIP: open = 1, x = 3 → 10 + 6 = 16. With open fixed at 1 the LP is min 2x, x ≥ 3:
        // demand dual = 2 (one more unit costs 2), capacity x − 5 ≤ 0 is slack → dual 0.
        var program = LinearProgram()
        let open = program.addColumn("open", upper: 1, cost: 10, isInteger: true)
        let x = program.addColumn("x", cost: 2)
        program.addRow("demand", lower: 3, terms: [(x, 1)])
        program.addRow("capacity", upper: 0, terms: [(x, 1), (open, -5)])

        let mip = GLPKSolver().solveMIP(program)
        let fixed = try program.withIntegersFixed(mip.columnValues)
        let lp = GLPKSolver().solveLP(fixed)

        #expect(mip.status == .optimal && approx(mip.objective, 16))
        #expect(lp.status == .optimal && approx(lp.objective, 16))
        #expect(approx(lp.rowDuals[0], 2) && approx(lp.rowDuals[1], 0))
        // The relaxation would open 0.6 of the site: 6 + 6 = 12 < 16.
        #expect(approx(GLPKSolver().solveLP(program).objective, 12))
    }

    @Test("an MIP with a feasible relaxation but no integer point is infeasible", arguments: [true, false])
    func infeasible(presolve: Bool) {
        // 2x + 2y = 3 has real solutions (x = 1.5) but no integer one: the left side is even.
        var program = LinearProgram()
        let x = program.addColumn("x", upper: 5, cost: 1, isInteger: true)
        let y = program.addColumn("y", upper: 5, cost: 1, isInteger: true)
        program.addRow("odd", lower: 3, upper: 3, terms: [(x, 2), (y, 2)])
        var options = SolveOptions()
        options.presolve = presolve

        let result = GLPKSolver().solveMIP(program, options: options)

        #expect(result.status == .infeasible, "\(result.message) (code \(result.glpkReturnCode))")
        #expect(!result.hasSolution)
    }

    @Test("an MIP whose relaxation is infeasible is infeasible", arguments: [true, false])
    func infeasibleRelaxation(presolve: Bool) {
        // n ≤ 1 and n ≥ 2 for one integer n.
        var program = LinearProgram()
        let n = program.addColumn("n", upper: 10, cost: 1, isInteger: true)
        program.addRow("most", upper: 1, terms: [(n, 1)])
        program.addRow("least", lower: 2, terms: [(n, 1)])
        var options = SolveOptions()
        options.presolve = presolve

        let result = GLPKSolver().solveMIP(program, options: options)

        #expect(result.status == .infeasible, "\(result.message) (code \(result.glpkReturnCode))")
    }

    @Test("an MIP with an unbounded relaxation is unbounded", arguments: [true, false])
    func unbounded(presolve: Bool) {
        // min −n with n − m ≤ 1, n, m ≥ 0 integer: n = m + 1 grows without limit.
        // With presolve GLPK returns GLP_ENODFS (no dual feasible solution).
        var program = LinearProgram()
        let n = program.addColumn("n", cost: -1, isInteger: true)
        let m = program.addColumn("m", isInteger: true)
        program.addRow("r", upper: 1, terms: [(n, 1), (m, -1)])
        var options = SolveOptions()
        options.presolve = presolve

        let result = GLPKSolver().solveMIP(program, options: options)

        #expect(result.status == .unbounded, "\(result.message) (code \(result.glpkReturnCode))")
        #expect(!result.hasSolution)
    }

    @Test("a gap tolerance reached counts as optimal, with the gap within it")
    func gapTolerance() {
        var options = SolveOptions()
        options.mipGap = 0.05
        let result = GLPKSolver().solveMIP(
            multidimensionalKnapsack(items: 40, dimensions: 5, seed: 7), options: options)
        #expect(result.status == .optimal, "\(result.message)")
        let gap = result.gap ?? .infinity
        #expect(gap <= 0.05 + 1e-12, "\(result.message)")
        #expect((result.bestBound ?? .infinity) <= (result.objective ?? -.infinity))
    }
}
