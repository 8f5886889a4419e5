/// Large-neighbourhood search around a plan, two sites at a time.
///
/// The first plans and GLPK's own heuristics tend to open the wrong set of
/// sites (docs/performance.md): the relaxation spreads runs over many sites,
/// and a branch-and-bound search of thousands of integers rarely revisits a
/// choice made near its root. A neighbourhood here is a pair of sites, at least
/// one of them open: the runs homed at either (or a group of them) may move
/// between the two, both sites may open or close and be re-sized, and every
/// other column (other runs, sites, builds and their hourly energy) stays as
/// the plan has it. A pair's MIP is a few per cent of the model. A wider kind
/// frees every open site for the runs of one server type (`serverTypes`),
/// about half the model at 20 sites × 100 runs. Each starts from the plan,
/// so it can only improve on it.
///
/// Rounds are deterministic: a round solves the next `jobs` neighbourhoods of a
/// fixed order side by side, each stopped by a node count rather than the
/// clock, and keeps the cheapest improvement (ties to the earlier one). The
/// search is exhausted after a full cycle of neighbourhoods without
/// improvement.
struct NeighbourhoodSearch {
    /// The plan and its cost: `start` itself until a round improves it.
    struct Best: Sendable {
        var values: [Double]
        var costUSDPerYr: Double
    }

    /// Nodes each neighbourhood's branch and bound may create. Measured with
    /// the run groups (120 s, 2 jobs, docs/performance.md): large seed 1 ends
    /// at 154.55 M USD/yr with 20, 144.02 M with 50, 143.64 M with 100,
    /// 144.16 M with 150 and 145.71 M with 200; hard-large at 143.84 M,
    /// 134.46 M, 133.68 M, 134.93 M and 136.47 M.
    static let nodeLimit = 100

    /// Nodes from `GreedyHomes.fromIntegers` (20 sites × 100 runs), where the
    /// clock ends the search long before a full cycle. Fewer but deeper
    /// neighbourhoods pay there: measured with the four kinds in turn
    /// (120 s, 2 jobs, seed 1; docs/performance.md, "Deeper neighbourhoods
    /// at 20 sites × 100 runs"), hard-xlarge ends at 313.76 M USD/yr with
    /// 30 nodes, 307.06–307.10 M with 100, 305.49–305.81 M with 150,
    /// 305.71–306.28 M with 200 and 314.49 M with 400; xlarge at 367.38 M,
    /// 356.68 M, 355.46 M (twice), 355.46–356.35 M and 354.79 M.
    static let nodeLimitAtScale = 150

    /// The node limit for the neighbourhoods of a model of `integers` integer columns.
    static func nodeLimit(integers: Int) -> Int {
        integers >= GreedyHomes.fromIntegers ? nodeLimitAtScale : nodeLimit
    }

    /// Relative gap of each neighbourhood's MIP (GLPK's gap is on the whole
    /// plan's cost): far below the plan's, since a neighbourhood can only
    /// change a small share of it.
    static let neighbourhoodGap = 1e-4

    /// Sites whose columns the MIP may change, and which of the runs homed at
    /// them may move (nil: all of them); the other runs keep their homes.
    /// With `runsKeepServerType` the runs that move change site only.
    struct Neighbourhood: Equatable, Sendable {
        var sites: [Int]
        var runs: [Int]? = nil
        var runsKeepServerType = false
    }

    let model: PlanModel
    /// The site of every column (`PlanModel.siteOfColumn`).
    private let siteOfColumn: [Int]
    private(set) var best: Best
    /// Neighbourhoods solved and how many of them improved the plan.
    private(set) var solved = 0
    private(set) var improvements = 0
    private var list: [Neighbourhood]
    private var cursor = 0
    private var sinceImprovement = 0

    /// Nil when some column belongs to no site (then the model has no site neighbourhoods).
    init?(model: PlanModel, start: [Double]) {
        guard let siteOfColumn = model.siteOfColumn(), start.count == model.program.columns.count else { return nil }
        self.model = model
        self.siteOfColumn = siteOfColumn
        best = Best(values: start, costUSDPerYr: model.program.objectiveValue(start))
        list = []
        list = neighbourhoods(of: start)
    }

    /// Whether a full cycle of neighbourhoods has passed without improvement.
    var isExhausted: Bool { sinceImprovement >= list.count }

    /// Share of the main search's time the neighbourhoods may take before the
    /// branch and bound starts from their plan. Measured on the large benchmark
    /// (2 jobs) they are exhausted in 36–57 s of 114 s; the branch and bound
    /// needs the rest to prove its bound.
    static let timeShare = 0.4

    /// Seconds without a rise of the branch and bound's bound after which it
    /// hands the rest of the time back to neighbourhoods not yet exhausted.
    /// Measured on hard-large seed 1 (120 s, 2 jobs): the bound sat at
    /// 126.95–126.96 M USD/yr for the branch and bound's last 30 s while the
    /// neighbourhoods, stopped at their share, still had pairs to try.
    static let boundStallSeconds = 10.0

    /// The rounds left after a branch and bound (`result`) stopped early: from
    /// its plan when it found a cheaper one, until exhausted or out of time.
    /// `result` with the neighbourhoods' plan in its place when that is
    /// cheaper; its bound stays.
    mutating func improve(after result: SolveResult, context: PlanningContext) -> SolveResult {
        if let objective = result.objective, result.hasSolution,
            objective < best.costUSDPerYr - BaseStart.tie(best.costUSDPerYr)
        {
            replace(with: Best(values: result.columnValues, costUSDPerYr: objective))
        }
        improve(context: context)
        guard best.costUSDPerYr < (result.objective ?? .infinity) - BaseStart.tie(best.costUSDPerYr) else {
            return result
        }
        let start = BaseStart(values: best.values, rowActivities: [], objective: best.costUSDPerYr)
        return start.kept(over: result, context: context)
    }

    /// Rounds until exhausted, the context's deadline or cancellation, or
    /// until `proven` says the plan's cost needs no more search.
    mutating func improve(context: PlanningContext, until proven: (Double) -> Bool = { _ in false }) {
        while !isExhausted, context.remainingSeconds > 0, !context.isCancelled, !proven(best.costUSDPerYr) {
            step(context: context)
        }
    }

    /// One round: the next `context.jobs` neighbourhoods side by side.
    mutating func step(context: PlanningContext) {
        guard !isExhausted else { return }
        let batch = (0..<min(context.jobs, list.count - sinceImprovement)).map { list[(cursor + $0) % list.count] }
        cursor = (cursor + batch.count) % list.count
        let around = best.values
        let results = ParallelMap.map(batch, jobs: context.jobs) { [self] neighbourhood in
            solve(around: around, freeing: neighbourhood, context: context)
        }
        solved += batch.count
        // A saving counts from a ten-millionth of the cost, above the solver's noise.
        let threshold = best.costUSDPerYr - 1e-7 * abs(best.costUSDPerYr)
        guard
            let cheapest = results.compactMap({ $0 }).filter({ $0.costUSDPerYr < threshold }).min(by: {
                $0.costUSDPerYr < $1.costUSDPerYr
            })
        else {
            sinceImprovement += batch.count
            return
        }
        improvements += 1
        replace(with: cheapest)
    }

    /// A new best plan; the sites open have changed, and with them the neighbourhoods worth trying.
    private mutating func replace(with better: Best) {
        best = better
        list = neighbourhoods(of: better.values)
        cursor = list.isEmpty ? 0 : cursor % list.count
        sinceImprovement = 0
    }

    /// The best plan of `neighbourhood` around `values`, nil when the solve found none.
    func solve(around values: [Double], freeing neighbourhood: Neighbourhood, context: PlanningContext) -> Best? {
        let free = Set(neighbourhood.sites)
        let movable = neighbourhood.runs.map(Set.init)
        let kept = siteOfColumn.indices.filter { free.contains(siteOfColumn[$0]) }
        var program = model.program.restricted(to: kept, fixingOthersAt: values)
        var position: [Int: Int] = [:]
        for (k, j) in kept.enumerated() { position[j] = k }
        let index = model.index
        for (w, home) in homes(in: values).enumerated() {
            let mayMove = home.map { free.contains($0.site) && (movable?.contains(w) ?? true) } ?? false
            for a in index.assignments(workload: w) where free.contains(a.site) {
                let fixed: Double
                if !mayMove {
                    // Runs homed elsewhere keep away from the freed sites; runs outside the group keep their homes.
                    fixed = a == home ? 1 : 0
                } else if neighbourhood.runsKeepServerType, a.server != home?.server {
                    fixed = 0
                } else {
                    continue
                }
                program.setBounds(
                    LinearProgram.ColumnID(index: position[index.assigned[a]!.index]!), lower: fixed, upper: fixed)
            }
        }
        let result = context.solveMIP(program) {
            $0.startingSolution = kept.map { values[$0] }
            $0.mipGap = Self.neighbourhoodGap
            $0.nodeLimit = Self.nodeLimit(integers: model.program.integerColumnCount)
        }
        guard result.hasSolution, result.columnValues.count == kept.count, let objective = result.objective else {
            return nil
        }
        var improved = values
        for (k, j) in kept.enumerated() { improved[j] = result.columnValues[k] }
        return Best(values: improved, costUSDPerYr: objective)
    }
}
