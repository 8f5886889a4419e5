import Planner
import Testing

/// LP solves on problems small enough to solve by hand.
///
/// Dual sign convention (GLPK's, for a minimisation): a row's dual is
/// ∂objective/∂bound, so a binding ≤ row has dual ≤ 0 (more room lowers the
/// cost) and a binding ≥ row has dual ≥ 0 (a higher floor raises it).
@Suite("LP solves")
struct LPSolveTests {
    @Test("2-variable LP with binding ≤ rows: optimum and duals", arguments: [true, false])
    func maximiseUnderCapacities(presolve: Bool) throws {
        // min −x − 2y  s.t. c1: x + y ≤ 4,  c2: x + 3y ≤ 6,  x, y ≥ 0, constant 10.
        // Vertices: (0,0) → 0, (4,0) → −4, (0,2) → −4, c1∩c2: 2y = 2 → (3,1) → −5.
        // Duals from c = Aᵀλ on the basis {x, y}: −1 = λ1 + λ2, −2 = λ1 + 3λ2
        //   → λ2 = −0.5, λ1 = −0.5. Check: c1 rhs 5 → (4.5, 0.5) → −5.5, a change of −0.5.
        var program = LinearProgram()
        let x = program.addColumn("x", cost: -1)
        let y = program.addColumn("y", cost: -2)
        program.addRow("c1", upper: 4, terms: [(x, 1), (y, 1)])
        program.addRow("c2", upper: 6, terms: [(x, 1), (y, 3)])
        program.objectiveConstant = 10
        var options = SolveOptions()
        options.presolve = presolve

        let result = GLPKSolver().solveLP(program, options: options)

        #expect(result.status == .optimal)
        #expect(result.glpkReturnCode == 0)
        #expect(approx(result.objective, 10 - 5))
        #expect(approx(result.bestBound, 5))
        #expect(result.gap == 0)
        #expect(result.columnValues.count == 2)
        #expect(approx(result.columnValues[0], 3) && approx(result.columnValues[1], 1))
        #expect(approx(result.rowActivities[0], 4) && approx(result.rowActivities[1], 6))
        #expect(approx(result.rowDuals[0], -0.5) && approx(result.rowDuals[1], -0.5))
    }

    @Test("binding ≥ rows have nonnegative duals")
    func coverDemands() {
        // min x + y  s.t. d1: x + 2y ≥ 4,  d2: 3x + y ≥ 6.
        // d1∩d2: y = 6 − 3x → x + 12 − 6x = 4 → x = 1.6, y = 1.2 → 2.8
        // (vertices (4,0) → 4 and (0,6) → 6 are worse).
        // 1 = λ1 + 3λ2, 1 = 2λ1 + λ2 → λ2 = 0.2, λ1 = 0.4.
        var program = LinearProgram()
        let x = program.addColumn("x", cost: 1)
        let y = program.addColumn("y", cost: 1)
        program.addRow("d1", lower: 4, terms: [(x, 1), (y, 2)])
        program.addRow("d2", lower: 6, terms: [(x, 3), (y, 1)])

        let result = GLPKSolver().solveLP(program)

        #expect(result.status == .optimal)
        #expect(approx(result.objective, 2.8))
        #expect(approx(result.columnValues[0], 1.6) && approx(result.columnValues[1], 1.2))
        #expect(approx(result.rowDuals[0], 0.4) && approx(result.rowDuals[1], 0.2))
    }

    @Test("an unbounded LP is reported as unbounded", arguments: [true, false])
    func unbounded(presolve: Bool) {
        // min −x  s.t. x − y ≤ 1: x = 1 + t, y = t is feasible for every t ≥ 0,
        // and the objective −1 − t falls without limit.
        var program = LinearProgram()
        let x = program.addColumn("x", cost: -1)
        let y = program.addColumn("y")
        program.addRow("r", upper: 1, terms: [(x, 1), (y, -1)])
        var options = SolveOptions()
        options.presolve = presolve

        let result = GLPKSolver().solveLP(program, options: options)

        #expect(result.status == .unbounded, "\(result.message) (code \(result.glpkReturnCode))")
        #expect(result.columnValues.isEmpty && result.objective == nil)
    }

    @Test("an infeasible LP is reported as infeasible", arguments: [true, false])
    func infeasible(presolve: Bool) {
        // x + y ≤ 1 and x + y ≥ 2 cannot both hold.
        var program = LinearProgram()
        let x = program.addColumn("x", cost: 1)
        let y = program.addColumn("y", cost: 1)
        program.addRow("most", upper: 1, terms: [(x, 1), (y, 1)])
        program.addRow("least", lower: 2, terms: [(x, 1), (y, 1)])
        var options = SolveOptions()
        options.presolve = presolve

        let result = GLPKSolver().solveLP(program, options: options)

        #expect(result.status == .infeasible, "\(result.message) (code \(result.glpkReturnCode))")
    }

    @Test("GLPK's 'no dual feasible solution' on an infeasible model is reported infeasible", arguments: [true, false])
    func dualInfeasibleButInfeasible(presolve: Bool) {
        // u is in no row and has cost −1 (an unbounded direction), but s + t ≤ 1 and
        // s + t ≥ 2 cannot both hold, so there is no solution at all. GLPK's LP
        // presolver answers GLP_ENODFS (measured); the solver must not call it unbounded.
        var program = LinearProgram()
        program.addColumn("u", cost: -1, isInteger: true)
        let s = program.addColumn("s", cost: 1)
        let t = program.addColumn("t", cost: 1)
        program.addRow("most", upper: 1, terms: [(s, 1), (t, 1)])
        program.addRow("least", lower: 2, terms: [(s, 1), (t, 1)])
        var options = SolveOptions()
        options.presolve = presolve

        let lp = GLPKSolver().solveLP(program, options: options)
        let mip = GLPKSolver().solveMIP(program, options: options)

        #expect(lp.status == .infeasible, "\(lp.message) (code \(lp.glpkReturnCode))")
        #expect(mip.status == .infeasible, "\(mip.message) (code \(mip.glpkReturnCode))")
    }

    @Test("an empty program solves to its objective constant", arguments: [true, false])
    func emptyProgram(presolve: Bool) {
        var program = LinearProgram()
        program.objectiveConstant = 3
        var options = SolveOptions()
        options.presolve = presolve
        let lp = GLPKSolver().solveLP(program, options: options)
        let mip = GLPKSolver().solveMIP(program, options: options)
        #expect(lp.status == .optimal && approx(lp.objective, 3), "\(lp.message)")
        #expect(mip.status == .optimal && approx(mip.objective, 3), "\(mip.message)")
    }
}
