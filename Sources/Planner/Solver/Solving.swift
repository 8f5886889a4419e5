/// The one narrow interface every planning stage solves through: a validated
/// `LinearProgram` in, a `SolveResult` out. `GLPKSolver` implements it; tests
/// can hand the planning stages a scripted solver instead.
public protocol Solving: Sendable {
    /// Solves `program` as a MIP, minimising, within `options`' gap and time limit.
    func solveMIP(_ program: LinearProgram, options: SolveOptions) -> SolveResult
    /// Solves the continuous relaxation of `program` (integrality ignored), with row duals.
    func solveLP(_ program: LinearProgram, options: SolveOptions) -> SolveResult
}
