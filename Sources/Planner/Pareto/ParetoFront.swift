import Foundation

/// The cost–carbon trade-off by the ε-constraint method: the cheapest plan, the
/// lowest-carbon plan, and carbon caps evenly spaced between them.
///
/// The lowest-carbon end is found lexicographically: first the least carbon
/// any feasible build can reach (the same model, objective = tCO2e/yr), then the
/// cheapest plan under that cap. A large carbon price would reach the same end
/// only if it were larger than every cost difference per tonne — unknown in
/// advance — and coefficients that large spoil GLPK's tolerances.
public enum ParetoFront {
    /// One plan on the curve.
    public struct Point: Sendable {
        /// The carbon cap it was solved under (tCO2e/yr; nil for the cheapest plan). On a
        /// horizon it is the yearly mean: the horizon's total is capped at this times the years.
        public var capT: Double?
        /// The plan's figures as plan.json gives them: cost (USD/yr), carbon (tCO2e/yr), build.
        public var summary: PlanSummary
        /// USD/yr saved per tonne of extra cap, build fixed (the cap row's dual); nil when the cap is slack.
        public var capDualUSDPerT: Double?
        /// On the `cfe` axis: the carbon-free floor it was solved under (0..1; nil for the cheapest plan).
        public var floorShare: Double? = nil
        /// On the `cfe` axis: USD/yr saved per percentage point lower floor, build fixed; nil when slack.
        public var floorDualUSDPerPoint: Double? = nil
    }

    /// The front from the cheapest plan to the lowest-carbon one, or why there is none.
    public struct Outcome: Sendable {
        /// Non-dominated, distinct points by falling carbon (rising cost).
        public var points: [Point]
        /// Solved points left out as dominated or repeated.
        public var dropped: Int
        /// The cheapest plan's outcome when it has no plan (then `points` is empty).
        public var failure: PlanOutcome?
        /// policy.csv's carbon price (USD/t), already inside every point's cost.
        public var carbonPriceUSDPerT: Double = 0
        /// What the points were bounded on; `cfe` points go by rising carbon-free share.
        public var axis: Axis = .carbon
    }

    /// Solves `points` plans (at least 2) with at most `jobs` at once, bounding `axis`
    /// (check `axis.problem(for:)` first).
    public static func run(
        _ catalog: Catalog, points: Int, axis: Axis = .carbon, options: PlanOptions = PlanOptions(), jobs: Int = 1
    ) -> Outcome {
        if axis == .cfe { return runCarbonFree(catalog, points: points, options: options, jobs: jobs) }
        // The two ends are independent solves: run them side by side.
        let ends = ParallelMap.map([0, 1], jobs: jobs) { job -> (cheapest: PlanOutcome?, leastT: Double?) in
            job == 0 ? (Planning.plan(catalog, options: options), nil) : (nil, leastCarbonT(catalog, options: options))
        }
        let (cheapest, least) = (ends[0].cheapest!, ends[1].leastT)
        let price = catalog.policy.carbonPriceUSDPerT
        guard let cheapestPlan = cheapest.plan else {
            return Outcome(points: [], dropped: 0, failure: cheapest, carbonPriceUSDPerT: price)
        }
        let highT = cheapestPlan.carbon.totalT
        var caps: [Double] = []
        if let least, highT - least > tolerance(highT) {
            let step = (highT - least) / Double(max(points, 2) - 1)
            caps = (1..<max(points, 2) - 1).map { highT - Double($0) * step } + [least + tolerance(least)]
        }
        let capped = ParallelMap.map(caps, jobs: jobs) { cap -> PlanOutcome in
            Planning.plan(Self.catalog(catalog, cappedAt: cap), options: options)
        }
        let byCap = monotone(
            [(nil, cheapest)] + zip(caps, capped).map { ($0, $1) }, catalog: catalog, options: options)
        let solved = byCap.compactMap { cap, outcome in outcome.plan.map { point($0, cap: cap) } }
        let kept = frontier(solved)
        return Outcome(points: kept, dropped: solved.count - kept.count, failure: nil, carbonPriceUSDPerT: price)
    }

    /// `catalog` with total carbon capped at `cap` (tCO2e/yr; nil: as it is). A
    /// horizon's points cap its total carbon; the front's figures are its yearly mean.
    static func catalog(_ catalog: Catalog, cappedAt cap: Double?) -> Catalog {
        guard let cap else { return catalog }
        var capped = catalog
        if catalog.horizonYears > 1 {
            capped.policy.maxHorizonCarbonT = cap * Double(catalog.horizonYears)
        } else {
            capped.policy.maxCarbonT = min(cap, catalog.policy.maxCarbonT ?? .infinity)
        }
        return capped
    }

    /// Keeps points no other point beats on both cost and carbon, one of each repeated pair, by falling carbon.
    static func frontier(_ points: [Point]) -> [Point] {
        let sorted = points.enumerated().sorted { a, b in
            let (x, y) = (a.element.summary, b.element.summary)
            if !same(x.totalCarbonT, y.totalCarbonT) { return x.totalCarbonT > y.totalCarbonT }
            if !same(x.objectiveUSDPerYr!, y.objectiveUSDPerYr!) { return x.objectiveUSDPerYr! < y.objectiveUSDPerYr! }
            return a.offset < b.offset
        }.map(\.element)
        var kept: [Point] = []
        for point in sorted {
            let cost = point.summary.objectiveUSDPerYr!
            let carbon = point.summary.totalCarbonT
            let beaten = sorted.contains { other in
                let (c, t) = (other.summary.objectiveUSDPerYr!, other.summary.totalCarbonT)
                let noWorse = (c < cost || same(c, cost)) && (t < carbon || same(t, carbon))
                return noWorse && (!same(c, cost) || !same(t, carbon))
            }
            let repeated = kept.contains {
                same($0.summary.objectiveUSDPerYr!, cost) && same($0.summary.totalCarbonT, carbon)
            }
            if !beaten && !repeated { kept.append(point) }
        }
        return kept
    }

    /// The least total carbon (tCO2e/yr; a horizon's yearly mean) any feasible build
    /// reaches, nil when the solve finds none.
    static func leastCarbonT(_ catalog: Catalog, options: PlanOptions) -> Double? {
        let years = (1...catalog.horizonYears).map { catalog.year($0) }
        guard years.allSatisfy({ StructuralCheck.problems($0).isEmpty }) else { return nil }
        var program: LinearProgram
        let carbon: LinearExpression
        if catalog.horizonYears > 1 {
            let model = HorizonModel(catalog: catalog)
            (program, carbon) = (model.program, model.totalCarbonT)
        } else {
            let model = PlanModel(catalog: catalog)
            var total = LinearExpression()
            for s in model.index.openable {
                total.add(model.operationalCarbonT[s] ?? LinearExpression())
                total.add(model.embodiedCarbonT[s] ?? LinearExpression())
            }
            (program, carbon) = (model.program, total)
        }
        for (j, column) in program.columns.enumerated() where column.cost != 0 {
            program.addCost(LinearProgram.ColumnID(index: j), -column.cost)
        }
        program.objectiveConstant = 0
        for term in carbon.terms { program.addCost(term.column, term.coefficient) }
        var solve = SolveOptions()
        solve.mipGap = options.mipGap ?? catalog.policy.mipGap
        solve.timeLimitSeconds = options.timeLimitSeconds ?? catalog.policy.timeLimitSeconds
        solve.cancellation = options.cancellation
        let result = GLPKSolver().solveMIP(program, options: solve)
        return result.hasSolution ? result.objective.map { $0 / Double(catalog.horizonYears) } : nil
    }

    static func point(_ plan: Plan, cap: Double?) -> Point {
        let summary = (try? PlanSummary(json: Data(PlanJSON.render(plan).utf8))) ?? .unreadable(scenario: nil)
        let dual = plan.shadowPrices.first { $0.limit == "carbon_cap_t" }?.usdPerYrPerUnit
        return Point(capT: cap, summary: summary, capDualUSDPerT: dual)
    }

    /// Slack added to the least-carbon cap so the solver's tolerances cannot make it infeasible.
    static func tolerance(_ tonnes: Double) -> Double { max(1e-6 * abs(tonnes), 1e-3) }

    /// Equal to within the report's precision (a millionth, or a thousandth absolute).
    static func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance(max(abs(a), abs(b))) }
}
