/// plan.json's keys for a multi-year plan (horizon.md), written after `cfe_fraction`.
///
/// The v1 top-level figures are then the levelised ones (`HorizonPlan`); these keys
/// give the net present cost, the upfront spend and each year's own v1 figures.
extension PlanJSON {
    /// `horizon_years`, `npc_usd`, `npc_best_bound_usd`, `upfront_capex_usd`, then `years`.
    static func horizonKeys(_ horizon: HorizonPlan) -> [(String, JSONValue)] {
        [
            ("horizon_years", .number(Double(horizon.years.count))),
            ("npc_usd", .number(horizon.npcUSD)),
            ("npc_best_bound_usd", horizon.npcBoundUSD.map(JSONValue.number) ?? .null),
            ("upfront_capex_usd", .number(horizon.upfrontUSD)),
            ("years", .array(horizon.years.map(year))),
        ]
    }

    /// One year: v1's cost, carbon and energy blocks for that year, its upfront
    /// spend (USD, at that year's prices) and cash opex (USD), its purchases, its
    /// installed build per site and its runs.
    private static func year(_ y: HorizonPlan.Year) -> JSONValue {
        let plan = y.plan
        return .object([
            ("year", .number(Double(y.year))),
            ("label", .string(y.label)),
            ("discount_factor", .number(y.discountFactor)),
            ("objective_usd_per_yr", .number(plan.objectiveUSDPerYr)),
            ("cost_usd_per_yr", .object(plan.costs.map { ($0.term.rawValue, .number($0.usdPerYr)) })),
            ("carbon_t_per_yr", carbon(plan.carbon)),
            ("energy_mwh_per_yr", energy(plan.energy)),
            ("cfe_fraction", .number(plan.cfeFraction)),
            ("upfront_usd", .number(y.upfrontUSD)),
            ("upfront_servers_usd", .number(y.upfrontServersUSD)),
            ("cash_opex_usd", .number(y.cashOpexUSD)),
            ("purchases", .array(y.purchases.map(purchase))),
            ("sites", .array(plan.sites.map(site))),
            ("workloads", .array(plan.workloads.map { workload($0, withYear: true) })),
        ])
    }

    /// One purchase; `cooling` for servers only, `mw` for batteries only.
    private static func purchase(_ p: HorizonPurchase) -> JSONValue {
        var keys: [(String, JSONValue)] = [("site", .string(p.site)), ("item", .string(p.item))]
        if let cooling = p.cooling { keys.append(("cooling", .string(cooling))) }
        keys += [
            ("kind", .string(p.kind.rawValue)),
            ("quantity", .number(p.quantity)),
            ("unit", .string(p.unit)),
        ]
        if let mw = p.mw { keys.append(("mw", .number(mw))) }
        keys.append(("upfront_usd", .number(p.upfrontUSD)))
        return .object(keys)
    }
}
