import Foundation

/// `pareto --axis cfe`: cost against the carbon-free share of facility energy, by
/// floors on policy.csv's `min_cfe_fraction` (row 19) evenly spaced in share from
/// the cheapest plan's up to the highest share any feasible build reaches.
extension ParetoFront {
    /// The cfe front: the cheapest plan and the highest reachable share side by side,
    /// then a floor per point between them, repaired to be monotone.
    static func runCarbonFree(_ catalog: Catalog, points: Int, options: PlanOptions, jobs: Int) -> Outcome {
        let price = catalog.policy.carbonPriceUSDPerT
        let cheapest = Planning.plan(catalog, options: options)
        guard let cheapestPlan = cheapest.plan else {
            return Outcome(points: [], dropped: 0, failure: cheapest, carbonPriceUSDPerT: price, axis: .cfe)
        }
        let lowShare = cheapestPlan.cfeFraction
        var floors: [Double] = []
        if let highShare = highestCarbonFreeShare(catalog, from: lowShare, options: options),
            highShare - lowShare > shareTolerance
        {
            let step = (highShare - lowShare) / Double(max(points, 2) - 1)
            floors = (1..<max(points, 2)).map { min(lowShare + Double($0) * step, highShare) }
        }
        let floored = ParallelMap.map(floors, jobs: jobs) { floor -> PlanOutcome in
            Planning.plan(Self.catalog(catalog, axis: .cfe, at: floor), options: options)
        }
        let byFloor = monotone(
            [(nil, cheapest)] + zip(floors, floored).map { ($0, $1) }, catalog: catalog, options: options, axis: .cfe)
        let solved = byFloor.compactMap { floor, outcome in
            outcome.plan.map { plan -> Point in
                var point = point(plan, cap: nil)
                point.floorShare = floor
                point.floorDualUSDPerPoint = plan.shadowPrices.first { $0.limit == "cfe_floor" }?.usdPerYrPerUnit
                return point
            }
        }
        let kept = carbonFreeFrontier(solved)
        return Outcome(
            points: kept, dropped: solved.count - kept.count, failure: nil, carbonPriceUSDPerT: price, axis: .cfe)
    }

    /// The highest carbon-free share (0..1) a feasible build reaches, at least `lowShare`
    /// (the cheapest plan's); nil when no solve finds a build.
    ///
    /// The share 1 − fossil ÷ facility is a ratio of two model expressions, so it is
    /// maximised by Dinkelbach's method: with λ the fossil ratio of the best build so far,
    /// minimise fossil − λ · facility; a build below 0 has a lower ratio and becomes the
    /// next λ; none below 0 proves λ least (within the MIP gap). Each λ is a build's own
    /// ratio, so the share returned is always reached. A few rounds suffice: the ratio
    /// falls faster than linearly.
    static func highestCarbonFreeShare(_ catalog: Catalog, from lowShare: Double, options: PlanOptions) -> Double? {
        guard StructuralCheck.problems(catalog).isEmpty else { return nil }
        let model = PlanModel(catalog: catalog)
        let (fossil, facility) = model.index.carbonFreeShareSides(catalog)
        var base = model.program
        for (j, column) in base.columns.enumerated() where column.cost != 0 {
            base.addCost(LinearProgram.ColumnID(index: j), -column.cost)
        }
        base.objectiveConstant = 0
        var solve = SolveOptions()
        solve.mipGap = options.mipGap ?? catalog.policy.mipGap
        solve.timeLimitSeconds = options.timeLimitSeconds ?? catalog.policy.timeLimitSeconds
        solve.cancellation = options.cancellation
        var ratio = min(max(1 - lowShare, 0), 1)
        for _ in 0..<maximumRounds {
            var program = base
            for term in fossil.terms { program.addCost(term.column, term.coefficient) }
            for term in facility.terms { program.addCost(term.column, -ratio * term.coefficient) }
            let result = GLPKSolver().solveMIP(program, options: solve)
            guard result.hasSolution, !result.columnValues.isEmpty else { break }
            let facilityMWh = facility.value(result.columnValues)
            guard facilityMWh > 0 else { break }
            let next = max(fossil.value(result.columnValues) / facilityMWh, 0)
            guard next < ratio - shareTolerance else { break }
            ratio = next
        }
        return 1 - ratio
    }

    /// Rounds of Dinkelbach's method before the best share so far is taken.
    static let maximumRounds = 12

    /// Shares closer than this (a ten-thousandth of a percentage point) are the same.
    static let shareTolerance = 1e-6

    /// Keeps points no other point beats on both cost and share, one of each repeated
    /// pair, by rising share (and so rising cost).
    static func carbonFreeFrontier(_ points: [Point]) -> [Point] {
        func sameShare(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= shareTolerance }
        let sorted = points.enumerated().sorted { a, b in
            let (x, y) = (a.element.summary, b.element.summary)
            if !sameShare(x.cfeFraction, y.cfeFraction) { return x.cfeFraction < y.cfeFraction }
            if !same(x.objectiveUSDPerYr!, y.objectiveUSDPerYr!) { return x.objectiveUSDPerYr! < y.objectiveUSDPerYr! }
            return a.offset < b.offset
        }.map(\.element)
        var kept: [Point] = []
        for point in sorted {
            let (cost, share) = (point.summary.objectiveUSDPerYr!, point.summary.cfeFraction)
            let beaten = sorted.contains { other in
                let (c, f) = (other.summary.objectiveUSDPerYr!, other.summary.cfeFraction)
                let noWorse = (c < cost || same(c, cost)) && (f > share || sameShare(f, share))
                return noWorse && (!same(c, cost) || !sameShare(f, share))
            }
            let repeated = kept.contains {
                same($0.summary.objectiveUSDPerYr!, cost) && sameShare($0.summary.cfeFraction, share)
            }
            if !beaten && !repeated { kept.append(point) }
        }
        return kept
    }
}
