import CGLPK

/// What a caller knows about the problem that GLPK does not: a feasible
/// first plan (now, or from another thread once the root LP is solved) and
/// which integer columns to branch on first. Used from the MIP callback on
/// the un-presolved problem, whose columns are the program's.
final class MIPSearchHints {
    private let columns: [LinearProgram.Column]
    /// 1-based values for glp_ios_heur_sol (element 0 unused), integers rounded.
    private let start: [Double]?
    private var awaitedStart: (@Sendable () -> [Double]?)?
    private var startOffered = false
    /// Branching class per 1-based column (element 0 unused).
    private let priority: [Int]?

    /// Nil when the options carry no usable hint (absent, or not one value per column).
    init?(program: LinearProgram, options: SolveOptions) {
        let n = program.columns.count
        columns = program.columns
        start = options.startingSolution.flatMap { Self.heuristicSolution($0, columns: program.columns) }
        awaitedStart = options.awaitedStart
        if let classes = options.branchingPriority, classes.count == n {
            priority = [Int.max] + classes
        } else {
            priority = nil
        }
        if start == nil && awaitedStart == nil && priority == nil { return nil }
    }

    /// `values` as glp_ios_heur_sol takes them (1-based, integers rounded
    /// into their bounds), nil unless there is one finite value per column.
    private static func heuristicSolution(_ values: [Double], columns: [LinearProgram.Column]) -> [Double]? {
        guard values.count == columns.count, values.allSatisfy(\.isFinite) else { return nil }
        // GLPK rejects an integer column whose value is not exactly integral.
        return [0]
            + zip(values, columns).map { value, column in
                column.isInteger ? min(max(value.rounded(), column.lower), column.upper) : value
            }
    }

    /// At the first heuristic call: hands GLPK the starting solution as an
    /// incumbent, and the awaited one once it arrives (GLPK keeps the cheaper).
    func offerStart(_ tree: OpaquePointer) {
        guard !startOffered else { return }
        startOffered = true
        if let start {
            _ = start.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
        }
        if let awaited = awaitedStart?(), let solution = Self.heuristicSolution(awaited, columns: columns) {
            _ = solution.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
        }
        awaitedStart = nil
    }

    /// At a branching call: picks the most fractional candidate of the lowest
    /// class, rounding towards its nearer integer first; leaves unclassed
    /// candidates to GLPK's own rule.
    func branch(_ tree: OpaquePointer) {
        guard let priority else { return }
        let problem = glp_ios_get_prob(tree)
        var best: (column: Int32, rank: Int, distance: Double, value: Double)?
        for j in 1..<Int32(priority.count) where glp_ios_can_branch(tree, j) != 0 {
            let rank = priority[Int(j)]
            guard rank != Int.max else { continue }
            let value = glp_get_col_prim(problem, j)
            let distance = abs(value - value.rounded(.down) - 0.5)
            if let current = best, (current.rank, current.distance) <= (rank, distance) { continue }
            best = (j, rank, distance, value)
        }
        guard let best else { return }
        let up = best.value - best.value.rounded(.down) >= 0.5
        glp_ios_branch_upon(tree, best.column, up ? GLP_UP_BRNCH : GLP_DN_BRNCH)
    }
}
