/// Large-neighbourhood search around a plan, two sites at a time.
///
/// The first plans and GLPK's own heuristics tend to open the wrong set of
/// sites (docs/performance.md): the relaxation spreads runs over many sites,
/// and a branch-and-bound search of thousands of integers rarely revisits a
/// choice made near its root. A neighbourhood here is a pair of sites, at least
/// one of them open: the runs homed at either may move between the two, both
/// sites may open or close and be re-sized, and every other column (other
/// runs, sites, builds and their hourly energy) stays as the plan has it. Each
/// such MIP is a few per cent of the model and starts from the plan, so it can
/// only improve on it.
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

    /// Nodes each neighbourhood's branch and bound may create. Measured on the
    /// large benchmark: with 200 the pairs take the plan from 160.15 M USD/yr to
    /// 147.85 M in 36–57 s; with 500 the same share of time reached 155.76 M.
    /// On medium seed 3, 20 nodes save a third of the time but find less
    /// (83.73 M against 83.70 M).
    static let nodeLimit = 200
    /// Relative gap of each neighbourhood's MIP (GLPK's gap is on the whole
    /// plan's cost): far below the plan's, since a neighbourhood can only
    /// change a small share of it.
    static let neighbourhoodGap = 1e-4

    let model: PlanModel
    /// The site of every column (`PlanModel.siteOfColumn`).
    private let siteOfColumn: [Int]
    private(set) var best: Best
    /// Neighbourhoods solved and how many of them improved the plan.
    private(set) var solved = 0
    private(set) var improvements = 0
    private var list: [[Int]]
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

    /// Rounds until exhausted, the context's deadline or cancellation.
    mutating func improve(context: PlanningContext) {
        while !isExhausted, context.remainingSeconds > 0, !context.isCancelled { step(context: context) }
    }

    /// One round: the next `context.jobs` neighbourhoods side by side.
    mutating func step(context: PlanningContext) {
        guard !isExhausted else { return }
        let batch = (0..<min(context.jobs, list.count - sinceImprovement)).map { list[(cursor + $0) % list.count] }
        cursor = (cursor + batch.count) % list.count
        let around = best.values
        let results = ParallelMap.map(batch, jobs: context.jobs) { [self] sites in
            solve(around: around, freeing: sites, context: context)
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

    /// The site pairs to free around `values`, in the order they are tried:
    /// an open and a closed site first (the runs of one may move to the other:
    /// the change first plans miss most, measured on the large benchmark), then
    /// two open sites (the runs of both may gather at one). Pairs of closed
    /// sites are left out: no run is homed there. Triples were measured too
    /// (two open sites and a third): on the large benchmark they took 50 s and
    /// found nothing the pairs had not.
    func neighbourhoods(of values: [Double]) -> [[Int]] {
        let isOpen = { (s: Int) in values[model.index.siteOpen[s]!.index] > 0.5 }
        let all = Self.pairs(model.index.openable)
        return all.filter { isOpen($0[0]) != isOpen($0[1]) } + all.filter { isOpen($0[0]) && isOpen($0[1]) }
    }

    /// Every pair of `sites`, nearest in file order first, so that consecutive
    /// rounds touch different sites.
    static func pairs(_ sites: [Int]) -> [[Int]] {
        guard sites.count > 1 else { return [] }
        return (1..<sites.count).flatMap { distance in
            (0..<(sites.count - distance)).map { [sites[$0], sites[$0 + distance]] }
        }
    }

    /// The best plan of the neighbourhood that frees `sites`, nil when the solve found none.
    private func solve(around values: [Double], freeing sites: [Int], context: PlanningContext) -> Best? {
        let free = Set(sites)
        let kept = siteOfColumn.indices.filter { free.contains(siteOfColumn[$0]) }
        var program = model.program.restricted(to: kept, fixingOthersAt: values)
        // Runs homed elsewhere stay there: their homes at the freed sites stay closed.
        var position: [Int: Int] = [:]
        for (k, j) in kept.enumerated() { position[j] = k }
        let index = model.index
        for w in model.catalog.workloads.indices {
            let candidates = index.assignments(workload: w)
            let home = candidates.first { values[index.assigned[$0]!.index] > 0.5 }
            guard home.map({ !free.contains($0.site) }) ?? true else { continue }
            for a in candidates where free.contains(a.site) {
                program.setBounds(
                    LinearProgram.ColumnID(index: position[index.assigned[a]!.index]!), lower: 0, upper: 0)
            }
        }
        let result = context.solveMIP(program) {
            $0.startingSolution = kept.map { values[$0] }
            $0.mipGap = Self.neighbourhoodGap
            $0.nodeLimit = Self.nodeLimit
        }
        guard result.hasSolution, result.columnValues.count == kept.count, let objective = result.objective else {
            return nil
        }
        var improved = values
        for (k, j) in kept.enumerated() { improved[j] = result.columnValues[k] }
        return Best(values: improved, costUSDPerYr: objective)
    }
}
