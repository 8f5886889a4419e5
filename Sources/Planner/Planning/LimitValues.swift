/// The value of each active limit, re-solving the MIP (decision support):
/// every site or policy limit the plan uses within `activeShare` of its bound
/// is moved `step` each way and the catalog planned again, all variants side
/// by side (`jobs`), within the command's one deadline.
enum LimitValues {
    /// A limit counts as active when the plan uses it within this share of its bound.
    static let activeShare = 0.03

    /// The active limits of `plan` on `catalog`, each planned relaxed and tightened.
    static func compute(_ plan: Plan, catalog: Catalog, step: Double, context: PlanningContext) -> [LimitValue] {
        let moves = activeLimits(plan, catalog)
        let variants = moves.flatMap { move in [(move, 1 + step), (move, 1 - step)] }
        let outcomes = ParallelMap.map(variants.indices.map { $0 }, jobs: context.jobs) { k -> PlanOutcome in
            let (move, factor) = variants[k]
            return Planning.run(move.apply(catalog, factor), context: context)
        }
        return moves.enumerated().map { m, move in
            let (relaxed, tightened) = (outcomes[2 * m], outcomes[2 * m + 1])
            func delta(_ outcome: PlanOutcome) -> Double? {
                outcome.plan.map { $0.objectiveUSDPerYr - plan.objectiveUSDPerYr }
            }
            let gaps = [relaxed, tightened].compactMap(\.plan).map { ($0.mipGap ?? 0) * abs($0.objectiveUSDPerYr) }
            return LimitValue(
                limit: move.limit, subject: move.subject, value: move.value, step: step,
                relaxedDeltaUSDPerYr: delta(relaxed), tightenedDeltaUSDPerYr: delta(tightened),
                tightenedIsInfeasible: tightened.status == .infeasible,
                toleranceUSDPerYr: (gaps + [(plan.mipGap ?? 0) * abs(plan.objectiveUSDPerYr)]).max() ?? 0)
        }
    }

    /// One limit and how to move it in a catalog.
    struct Move: Sendable {
        var limit: String
        var subject: String?
        var value: Double
        var apply: @Sendable (Catalog, Double) -> Catalog
    }

    /// The limits the plan uses within `activeShare` of their bound, in catalog order.
    static func activeLimits(_ plan: Plan, _ catalog: Catalog) -> [Move] {
        let usable = 1 - catalog.policy.expansionReserveFraction
        func near(_ used: Double, _ bound: Double) -> Bool { bound > 0 && used >= bound * (1 - activeShare) }
        var moves: [Move] = []
        for (s, site) in catalog.sites.enumerated() {
            guard let sitePlan = plan.sites.first(where: { $0.id == site.id }), sitePlan.open else { continue }
            if near(sitePlan.racks, usable * site.maxRacks) {
                moves.append(
                    Move(limit: "racks", subject: site.id, value: site.maxRacks) { c, f in
                        var c = c
                        c.sites[s].maxRacks *= f
                        return c
                    })
            }
            let peakGridMW = sitePlan.dispatch.map(\.gridMW).max() ?? 0
            if near(peakGridMW, usable * site.gridCapacityMW) {
                moves.append(
                    Move(limit: "grid_mw", subject: site.id, value: site.gridCapacityMW) { c, f in
                        var c = c
                        c.sites[s].gridCapacityMW *= f
                        return c
                    })
            }
            if let permit = site.maxWaterM3PerYr, near(sitePlan.waterM3PerYr, permit) {
                moves.append(
                    Move(limit: "water_m3", subject: site.id, value: permit) { c, f in
                        var c = c
                        c.sites[s].maxWaterM3PerYr = permit * f
                        return c
                    })
            }
        }
        for (g, server) in catalog.servers.enumerated() {
            guard let supply = server.maxNodes else { continue }
            let used = plan.sites.reduce(0) { sum, site in
                sum + site.nodes.filter { $0.server == server.id }.reduce(0) { $0 + $1.count }
            }
            if near(Double(used), Double(supply)) {
                moves.append(
                    Move(limit: "supply_nodes", subject: server.id, value: Double(supply)) { c, f in
                        var c = c
                        // At least one node each way.
                        let moved = (Double(supply) * f).rounded()
                        c.servers[g].maxNodes = max(
                            0, Int(f > 1 ? max(moved, Double(supply + 1)) : min(moved, Double(supply - 1))))
                        return c
                    })
            }
        }
        let policy = catalog.policy
        if let cap = policy.maxCarbonT, near(plan.carbon.totalT, cap) {
            moves.append(
                Move(limit: "carbon_cap_t", subject: nil, value: cap) { c, f in
                    var c = c
                    c.policy.maxCarbonT = cap * f
                    return c
                })
        }
        if let floor = policy.minCFEFraction, plan.cfeFraction <= floor + activeShare * (1 - floor) {
            // Relaxing a floor lowers it: the factor moves the fossil share it allows.
            moves.append(
                Move(limit: "cfe_floor", subject: nil, value: floor) { c, f in
                    var c = c
                    c.policy.minCFEFraction = min(1, max(0, 1 - (1 - floor) * f))
                    return c
                })
        }
        return moves
    }
}
