/// Turns checked tables into domain values: renewables, batteries, profiles and policy.
extension CatalogBuilder {
    func buildRenewables(_ table: CatalogTable) -> [RenewableOffer] {
        rows(of: table).map { r in
            RenewableOffer(
                id: r.id(), site: r.id("site"),
                technology: r.choice("technology").flatMap(RenewableOffer.Technology.init) ?? .solar,
                contract: r.choice("contract").flatMap(RenewableOffer.Contract.init) ?? .onsite,
                maxMW: r.number("max_mw"), capexUSDPerMW: r.number("capex_usd_per_mw"),
                fixedOMUSDPerMWYr: r.number("fixed_om_usd_per_mw_yr"), lifetimeYears: r.number("lifetime_years"),
                ppaPriceUSDPerMWh: r.number("ppa_price_usd_per_mwh"),
                lifecycleKgPerMWh: r.number("lifecycle_kg_per_mwh"), line: r.line,
                firstYear: Int(r.number("first_year")), capexChangePerYr: r.number("capex_change_per_yr"))
        }
    }

    func buildBatteries(_ table: CatalogTable) -> [Battery] {
        rows(of: table).map { r in
            Battery(
                id: r.id(), capexUSDPerMWh: r.number("capex_usd_per_mwh"), capexUSDPerMW: r.number("capex_usd_per_mw"),
                roundTripEfficiency: r.number("round_trip_efficiency"), lifetimeYears: r.number("lifetime_years"),
                maxMWh: r.number("max_mwh"), maxMW: r.number("max_mw"), line: r.line,
                capexChangePerYr: r.number("capex_change_per_yr"))
        }
    }

    /// Reads policy.csv's key,value rows into a Policy, defaults for absent keys.
    func buildPolicy(_ table: CatalogTable) -> Policy {
        var policy = Policy()
        var seen: [String: SourcePosition] = [:]
        for r in rows(of: table) {
            let key = r.text("key")
            guard !key.isEmpty else { continue }
            guard let entry = CatalogSchema.policyKeys.first(where: { $0.key == key }) else {
                let hint = Spelling.suggestion(for: key, among: CatalogSchema.policyKeys.map(\.key))
                r.error(
                    "key",
                    "unknown policy key \"\(CellParsing.excerpt(key))\""
                        + (hint.map { "; did you mean \"\($0)\"?" } ?? ""))
                continue
            }
            if let first = seen[key] {
                r.error("key", "policy key \"\(key)\" is set twice (first on line \(first.line))")
                continue
            }
            seen[key] = r.position("key")
            guard let text = r.cell("value")?.text else {
                let fallback: String
                if case .value(let value) = entry.fallback {
                    fallback = NumberText.plain(value)
                } else {
                    fallback = "no limit"
                }
                r.sink.error(
                    r.file, r.position("value"),
                    "\(key): no value given; write one or drop the row to keep the default (\(fallback))")
                continue
            }
            switch CellParsing.number(text) {
            case .failure(let problem):
                r.sink.error(r.file, r.position("value"), "\(key): \(problem.message)")
            case .success(let value):
                if let violation = entry.rule.violation(value) {
                    r.sink.error(r.file, r.position("value"), "\(key): \(CellParsing.excerpt(text)) \(violation)")
                } else {
                    policy.set(key, value)
                }
            }
        }
        return policy
    }
}

extension Policy {
    /// Sets one key of policy.csv; keys are checked by the caller.
    mutating func set(_ key: String, _ value: Double) {
        switch key {
        case "discount_rate": discountRate = value
        case "carbon_price_usd_per_t": carbonPriceUSDPerT = value
        case "max_carbon_t": maxCarbonT = value
        case "min_cfe_fraction": minCFEFraction = value
        case "min_utilization": minUtilization = value
        case "max_ppa_fraction_of_load": maxPPAFractionOfLoad = value
        case "max_risk_score": maxRiskScore = value
        case "expansion_reserve_fraction": expansionReserveFraction = value
        case "capex_budget_usd": capexBudgetUSD = value
        case "mip_gap": mipGap = value
        case "time_limit_s": timeLimitSeconds = value
        case "horizon_years": horizonYears = Int(value)
        case "first_year": firstCalendarYear = Int(value)
        default: break
        }
    }
}
