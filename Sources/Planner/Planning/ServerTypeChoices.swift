/// The search's copy of a model with one binary per run and server type,
/// y_wg = Σ_s z_wsg: the run is trained on server type g, wherever it lives.
///
/// The model needs no such column, since every z is binary. But its relaxation
/// splits runs across server types, and that split is most of the gap
/// between the relaxation and the optimum. On hard-medium seed 1, fixing each
/// run's server type at its optimal value leaves the relaxation 0.41 % below
/// the optimum, where fixing its site leaves 1.42 % (docs/performance.md, "A
/// binary per run and server type"). Branching on y settles a run's server type
/// in one branch, where branching on z settles one site at a time.
///
/// The columns and rows go after the model's, so a plan of the copy is the
/// model's plan followed by its y values, and `modelResult` drops them.
struct ServerTypeChoices: Sendable {
    /// The model's program, then one y column per run with two or more
    /// candidate server types, each with its row Σ_s z_wsg − y_wg = 0.
    let program: LinearProgram
    /// Columns and rows of the model's program: the copy's first ones.
    private let modelColumns: Int
    private let modelRows: Int
    /// The z columns each y column sums, by y's position after the model's columns.
    private let summed: [[Int]]

    /// Nil when no run may be trained on two server types (y would equal a
    /// sum that is already 1).
    init?(_ model: PlanModel) {
        var program = model.program
        var summed: [[Int]] = []
        for (w, workload) in model.catalog.workloads.enumerated() {
            let homes = model.index.assignments(workload: w)
            let servers = homes.map(\.server).uniqued()
            guard servers.count > 1 else { continue }
            for g in servers {
                let columns = homes.filter { $0.server == g }.map { model.index.assigned[$0]! }
                let y = program.addColumn(
                    "server_type[\(workload.id),\(model.catalog.servers[g].id)]", upper: 1, isInteger: true)
                program.addRow(
                    "server_type_sum[\(workload.id),\(model.catalog.servers[g].id)]", lower: 0, upper: 0,
                    terms: columns.map { ($0, 1.0) } + [(y, -1.0)])
                summed.append(columns.map(\.index))
            }
        }
        guard !summed.isEmpty else { return nil }
        self.program = program
        self.modelColumns = model.program.columns.count
        self.modelRows = model.program.rows.count
        self.summed = summed
    }

    /// A plan of the model as a plan of the copy: each y the sum of its z.
    /// Nil stays nil, and a plan of another size is returned as it is (the
    /// solver ignores a start that does not fit).
    func extended(_ plan: [Double]?) -> [Double]? {
        guard let plan, plan.count == modelColumns else { return plan }
        return plan + summed.map { columns in columns.reduce(0) { $0 + plan[$1] } }
    }

    /// Branching classes of the copy from the model's: y unclassed, so
    /// GLPK's pseudo-costs pick it where planctl's classes leave the choice
    /// to GLPK. Branching on y first (class −1) proved hard-medium seed 1 as
    /// fast but left large seed 1 at a 13.7 % gap instead of proving 1 %.
    func priority(_ modelPriority: [Int]?) -> [Int]? {
        guard let modelPriority, modelPriority.count == modelColumns else { return modelPriority }
        return modelPriority + Array(repeating: Int.max, count: summed.count)
    }

    /// An optimal basis of the model's relaxation as one of the copy's: the
    /// y columns cost nothing and each is its row's sum, so it stays optimal.
    func basis(_ modelBasis: LPBasis) -> LPBasis {
        modelBasis.extended(byDefinedColumns: summed.count)
    }

    /// Options written for the model's program made the copy's: the start
    /// extended, y unclassed, the basis extended, traded plans of the
    /// model's columns completed (`SolveOptions.completingTradedPlan`).
    func adapt(_ options: inout SolveOptions) {
        options.startingSolution = extended(options.startingSolution)
        options.branchingPriority = priority(options.branchingPriority)
        options.rootBasis = options.rootBasis.map(basis)
        options.completingTradedPlan = { [self] in extended($0) ?? $0 }
    }

    /// A result of the copy as a result of the model: the y columns and their rows dropped.
    func modelResult(_ result: SolveResult) -> SolveResult {
        var result = result
        if result.columnValues.count == program.columns.count {
            result.columnValues = Array(result.columnValues.prefix(modelColumns))
        }
        if result.rowActivities.count == program.rows.count {
            result.rowActivities = Array(result.rowActivities.prefix(modelRows))
        }
        result.basis = nil
        return result
    }
}
