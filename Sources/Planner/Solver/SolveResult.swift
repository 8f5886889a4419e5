/// How a solve ended. Only GLPK's proof (within the gap) makes a plan optimal.
public enum SolveStatus: String, Sendable {
    /// Proven optimal, or within the requested relative gap.
    case optimal
    /// The time limit ended the search with a plan that is not proven optimal.
    case timeLimit = "time_limit"
    /// No assignment satisfies every constraint.
    case infeasible
    /// The time limit ended the search before any plan was found.
    case noSolution = "no_solution"
    /// The objective can decrease without limit.
    case unbounded
    /// The caller cancelled the search.
    case interrupted
    /// The program or options were rejected before GLPK was called.
    case invalidModel = "invalid_model"
    /// GLPK stopped for another reason; see `glpkReturnCode`.
    case failed
}

/// What a solve produced, copied out of GLPK into plain values.
public struct SolveResult: Sendable {
    /// How the solve ended.
    public var status: SolveStatus
    /// Raw glp_intopt / glp_simplex return code; -1 when GLPK was not called.
    public var glpkReturnCode: Int32
    /// One plain sentence describing the outcome.
    public var message: String
    /// Objective of the returned solution, including the constant (USD/yr).
    public var objective: Double?
    /// Best proven lower bound on the optimum (USD/yr).
    public var bestBound: Double?
    /// |objective − bound| / (|objective| + DBL_EPSILON), GLPK's definition.
    public var gap: Double?
    /// One value per column; empty when there is no solution.
    public var columnValues: [Double]
    /// One activity (Σ coefficient · value) per row; empty when there is no solution.
    public var rowActivities: [Double]
    /// One dual per row, ∂objective/∂bound (LP solves only; empty for MIP).
    public var rowDuals: [Double]
    /// Wall-clock seconds the solve took, validation included.
    public var solveSeconds: Double
    /// Why the program was rejected (status `invalidModel` only).
    public var modelIssues: [ModelIssue]
    /// The optimal basis (LP solves only), for a later solve of the same
    /// program to start from (`SolveOptions.rootBasis`).
    public var basis: LPBasis? = nil

    /// Whether the result carries a solution (optimal, or a plan at a limit).
    public var hasSolution: Bool { !columnValues.isEmpty || objective != nil }

    init(
        status: SolveStatus, glpkReturnCode: Int32, message: String, objective: Double? = nil,
        bestBound: Double? = nil, gap: Double? = nil, columnValues: [Double] = [],
        rowActivities: [Double] = [], rowDuals: [Double] = [], solveSeconds: Double = 0,
        modelIssues: [ModelIssue] = []
    ) {
        self.status = status
        self.glpkReturnCode = glpkReturnCode
        self.message = message
        self.objective = objective
        self.bestBound = bestBound
        self.gap = gap
        self.columnValues = columnValues
        self.rowActivities = rowActivities
        self.rowDuals = rowDuals
        self.solveSeconds = solveSeconds
        self.modelIssues = modelIssues
    }
}
