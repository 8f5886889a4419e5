import CGLPK
import Testing

@testable import Planner

/// An LP's optimal basis handed to a later branch and bound of the same
/// program (`SolveOptions.rootBasis`), and what happens to one GLPK cannot use.
@Suite("Root basis")
struct RootBasisTests {
    private static func exact() -> SolveOptions {
        var options = SolveOptions()
        options.mipGap = 0
        return options
    }

    /// The knapsack's relaxation (`smallKnapsack`: max 8a + 11b + 6c + 4d,
    /// weights 5, 7, 4, 3, capacity 14) takes a and b whole (weight 12, at
    /// their upper bounds), c basic at 2 / 4 = 0.5, d at its lower bound, and
    /// the weight row is full (at its upper bound): one basic variable for the one row.
    @Test func theRelaxationReportsItsBasis() throws {
        let relaxation = GLPKSolver().solveLP(smallKnapsack(), options: Self.exact())

        let basis = try #require(relaxation.basis)
        #expect(basis == LPBasis(rowStatus: [GLP_NU], columnStatus: [GLP_NU, GLP_NU, GLP_BS, GLP_NL]))
        #expect(basis.fits(rows: 1, columns: 4))
    }

    /// From the relaxation's basis the branch and bound ends where it does
    /// from scratch: b + c + d, value 21 (weight 14), so 100 − 21 = 79.
    @Test func aBranchAndBoundFromTheRelaxationsBasisFindsTheSameOptimum() throws {
        let program = smallKnapsack(objectiveConstant: 100)
        var options = Self.exact()
        options.rootBasis = try #require(GLPKSolver().solveLP(program, options: options).basis)

        let mip = GLPKSolver().solveMIP(program, options: options)

        #expect(mip.status == .optimal, "\(mip.message)")
        #expect(approx(mip.objective, 79) && approx(mip.bestBound, 79))
        #expect(mip.columnValues == [0, 1, 1, 1])
    }

    /// An LP from GLPK's standard basis runs the dual simplex to the same
    /// optimum as from scratch, 100 − (8 + 11 + 6 · 0.5) = 78, with the same
    /// basis. A cancellation set before it starts still lets its first slice
    /// run (`LPRun.cancellableSliceMilliseconds`), which this LP needs no more of.
    @Test func anLPFromTheStandardBasisEndsAtTheOptimum() throws {
        var options = Self.exact()
        options.rootBasis = .standard(rows: 1, columns: 4)
        options.cancellation = SolveCancellation()
        options.cancellation?.cancel()

        let relaxation = GLPKSolver().solveLP(smallKnapsack(objectiveConstant: 100), options: options)

        #expect(relaxation.status == .optimal, "\(relaxation.message)")
        #expect(approx(relaxation.objective, 78) && approx(relaxation.bestBound, 78))
        #expect(relaxation.basis == LPBasis(rowStatus: [GLP_NU], columnStatus: [GLP_NU, GLP_NU, GLP_BS, GLP_NL]))
    }

    /// Bases GLPK would abort on or reject never reach it: the wrong sizes, a
    /// code outside GLPK's five, or two basic variables for one row.
    @Test(
        arguments: [
            LPBasis(rowStatus: [GLP_NU, GLP_BS], columnStatus: [GLP_NU, GLP_NU, GLP_NL, GLP_NL]),
            LPBasis(rowStatus: [GLP_BS], columnStatus: [GLP_NL, GLP_NL, GLP_NL]),
            LPBasis(rowStatus: [GLP_BS], columnStatus: [GLP_NL, GLP_NL, 7, GLP_NL]),
            LPBasis(rowStatus: [GLP_BS], columnStatus: [GLP_NL, GLP_NL, GLP_BS, GLP_NL]),
        ])
    func aBasisThatDoesNotFitIsDropped(_ basis: LPBasis) {
        #expect(!basis.fits(rows: 1, columns: 4))
        var options = Self.exact()
        options.rootBasis = basis

        let mip = GLPKSolver().solveMIP(smallKnapsack(objectiveConstant: 100), options: options)

        #expect(mip.status == .optimal && approx(mip.objective, 79), "\(mip.message)")
    }

    /// x and y have the same column (1 in x + y ≤ 4.5, 2 in 2x + 2y ≤ 11), so a
    /// basis of both is singular although it has one basic variable per row.
    /// GLPK cannot factorise it; the root LP (and the LP alone) then starts from the standard
    /// basis. min −x − 2y over integers: y = 4, x = 0, objective −8 (the
    /// relaxation's y = 4.5 gives −9).
    @Test func aSingularBasisGivesWayToTheStandardOne() {
        var program = LinearProgram()
        let x = program.addColumn("x", lower: 0, upper: 10, cost: -1, isInteger: true)
        let y = program.addColumn("y", lower: 0, upper: 10, cost: -2, isInteger: true)
        program.addRow("first", upper: 4.5, terms: [(x, 1), (y, 1)])
        program.addRow("second", upper: 11, terms: [(x, 2), (y, 2)])
        var options = Self.exact()
        options.rootBasis = LPBasis(rowStatus: [GLP_NU, GLP_NU], columnStatus: [GLP_BS, GLP_BS])
        #expect(options.rootBasis!.fits(rows: 2, columns: 2))

        let mip = GLPKSolver().solveMIP(program, options: options)

        #expect(mip.status == .optimal && approx(mip.objective, -8), "\(mip.message)")
        #expect(mip.columnValues == [0, 4])
        let relaxation = GLPKSolver().solveLP(program, options: options)
        #expect(relaxation.status == .optimal && approx(relaxation.objective, -9), "\(relaxation.message)")
    }
}
