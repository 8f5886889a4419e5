/// plan.json: every key of cli.md, in a fixed order.
public enum PlanJSON {
    /// plan.json's text for a solved plan, keys in cli.md's order.
    public static func render(_ plan: Plan) -> String {
        document(plan).rendered()
    }

    static func document(_ plan: Plan) -> JSONValue {
        var keys: [(String, JSONValue)] = [
            ("status", .string(plan.status.rawValue)),
            ("objective_usd_per_yr", .number(plan.objectiveUSDPerYr)),
            ("best_bound_usd_per_yr", plan.bestBoundUSDPerYr.map(JSONValue.number) ?? .null),
            ("mip_gap", plan.mipGap.map(JSONValue.number) ?? .null),
            ("cost_usd_per_yr", .object(plan.costs.map { ($0.term.rawValue, .number($0.usdPerYr)) })),
            ("carbon_t_per_yr", carbon(plan.carbon)),
            ("energy_mwh_per_yr", energy(plan.energy)),
            ("cfe_fraction", .number(plan.cfeFraction)),
        ]
        if let horizon = plan.horizon { keys += horizonKeys(horizon) }
        keys += [
            ("sites", .array(plan.sites.map(site))),
            ("workloads", .array(plan.workloads.map { workload($0, withYear: plan.horizon != nil) })),
            ("shadow_prices", .array(plan.shadowPrices.map(shadowPrice))),
        ]
        if !plan.limitValues.isEmpty { keys.append(("limit_values", .array(plan.limitValues.map(limitValue)))) }
        // Only when they are missing, so a plan with prices keeps v1's keys.
        if plan.shadowPricesStatus != .optimal {
            keys.append(("shadow_prices_status", .string(plan.shadowPricesStatus.rawValue)))
        }
        if let days = plan.representativeDays { keys.append(("representative_days", representativeDays(days))) }
        if let check = plan.fullYearCheck { keys.append(("full_year_check", fullYearCheck(plan, check))) }
        if let role = plan.alternative { keys.append(("alternative", alternative(role))) }
        keys += [
            (
                "solver",
                .object([
                    ("message", .string(StatusText.sentence(plan))),
                    ("glpk_return_code", .number(Double(plan.solver.glpkReturnCode))),
                    ("rows", .number(Double(plan.solver.rows))),
                    ("columns", .number(Double(plan.solver.columns))),
                    ("integer_columns", .number(Double(plan.solver.integerColumns))),
                    ("nonzeros", .number(Double(plan.solver.nonzeros))),
                ])
            ),
            ("manifest", plan.manifest.json),
        ]
        return .object(keys)
    }

    private static func representativeDays(_ days: ProfileAggregation) -> JSONValue {
        .object([
            ("periods_before", .number(Double(days.periodsBefore))),
            (
                "days",
                .array(
                    days.representatives.map { day in
                        .object([
                            ("period", .string(day.period)),
                            ("periods_represented", .number(Double(day.periodsRepresented))),
                            ("kind", .string(day.kind.rawValue)),
                        ])
                    })
            ),
        ])
    }

    /// The full year's figures beside the representative days' errors, same keys as the plan's own.
    private static func fullYearCheck(_ plan: Plan, _ check: FullYearCheck) -> JSONValue {
        var keys: [(String, JSONValue)] = [
            ("outcome", .string(check.outcome.key)),
            ("steps_per_site", .number(Double(check.stepsPerSite))),
        ]
        if case .missesLimits(let limits) = check.outcome {
            keys.append(("missed_limits", .array(limits.map { .string(FullYearText.sentence($0)) })))
        }
        if case .solverFailed(let status) = check.outcome {
            keys.append(("message", .string(FullYearText.failure(status))))
        }
        if let c = check.calibration {
            keys.append(
                (
                    "calibration",
                    .object([
                        ("rounds", .number(Double(c.rounds))),
                        ("min_cfe_fraction", c.minCFEFraction.map(JSONValue.number) ?? .null),
                        ("max_carbon_t", c.maxCarbonT.map(JSONValue.number) ?? .null),
                    ])
                ))
        }
        if let year = check.fullYear {
            func error(_ planned: Double, _ actual: Double) -> JSONValue {
                FullYearCheck.relativeError(planned, actual).map(JSONValue.number) ?? .null
            }
            keys += [
                ("objective_usd_per_yr", .number(year.objectiveUSDPerYr)),
                ("cost_usd_per_yr", .object(year.costs.map { ($0.term.rawValue, .number($0.usdPerYr)) })),
                ("carbon_t_per_yr", carbon(year.carbon)),
                ("energy_mwh_per_yr", energy(year.energy)),
                ("cfe_fraction", .number(year.cfeFraction)),
                (
                    "error",
                    .object([
                        ("objective", error(plan.objectiveUSDPerYr, year.objectiveUSDPerYr)),
                        ("carbon_total", error(plan.carbon.totalT, year.carbon.totalT)),
                        ("cfe_fraction_points", .number((plan.cfeFraction - year.cfeFraction) * 100)),
                    ])
                ),
            ]
        }
        return .object(keys)
    }

    static func carbon(_ c: CarbonTotals) -> JSONValue {
        .object([
            ("operational", .number(c.operationalT)), ("embodied", .number(c.embodiedT)), ("total", .number(c.totalT)),
        ])
    }

    static func energy(_ e: EnergyTotals) -> JSONValue {
        var keys: [(String, JSONValue)] = [
            ("facility", .number(e.facilityMWh)), ("grid", .number(e.gridMWh)),
            ("onsite", .number(e.onsiteMWh)), ("ppa_matched", .number(e.ppaMatchedMWh)),
            ("battery_discharge", .number(e.batteryDischargeMWh)),
        ]
        // Only with grid_cfe_fraction, so plans without it keep v1's keys.
        if e.gridCarbonFreeMWh != 0 { keys.append(("grid_carbon_free", .number(e.gridCarbonFreeMWh))) }
        return .object(keys)
    }

    /// Which end of which decision's near-optimal range the plan is (`alternatives`).
    private static func alternative(_ role: AlternativeRole) -> JSONValue {
        .object([
            ("decision", .string(role.decision)),
            ("end", .string(role.isMost ? "most" : "least")),
            ("value", .number(role.value)),
            ("proven", .bool(role.isProven)),
            ("slack", .number(role.slack)),
        ])
    }

    private static func limitValue(_ v: LimitValue) -> JSONValue {
        var keys: [(String, JSONValue)] = [("limit", .string(v.limit))]
        if let subject = v.subject { keys.append(("subject", .string(subject))) }
        keys += [("value", .number(v.value)), ("step", .number(v.step))]
        keys.append(("relaxed_delta_usd_per_yr", v.relaxedDeltaUSDPerYr.map(JSONValue.number) ?? .null))
        keys.append(("tightened_delta_usd_per_yr", v.tightenedDeltaUSDPerYr.map(JSONValue.number) ?? .null))
        keys.append(("tightened_infeasible", .bool(v.tightenedIsInfeasible)))
        keys.append(("tolerance_usd_per_yr", .number(v.toleranceUSDPerYr)))
        return .object(keys)
    }

    static func site(_ s: SitePlan) -> JSONValue {
        var keys: [(String, JSONValue)] = [
            ("id", .string(s.id)),
            ("open", .bool(s.open)),
            ("nodes", .object(s.nodes.map { ("\($0.server)/\($0.cooling)", .number(Double($0.count))) })),
            ("accelerators", .number(Double(s.accelerators))),
            ("storage", .object(s.storage.map { ($0.unit, .number(Double($0.count))) })),
            ("renewables_mw", .object(s.renewablesMW.map { ($0.offer, .number($0.mw)) })),
            (
                "battery",
                .object(s.batteries.map { ($0.battery, .object([("mwh", .number($0.mwh)), ("mw", .number($0.mw))])) })
            ),
            ("racks", .number(s.racks)),
            ("peak_it_mw", .number(s.peakITMW)),
            ("facility_mw", .number(s.facilityMW)),
            ("it_mw", .number(s.itMW)),
            ("pue", .number(s.pue)),
            ("water_m3_per_yr", .number(s.waterM3PerYr)),
            ("heat_sold_mwh_per_yr", .number(s.heatSoldMWhPerYr)),
            ("energy_mwh_per_yr", energy(s.energy)),
            ("carbon_t_per_yr", carbon(s.carbon)),
            ("cost_usd_per_yr", .object(s.costs.map { ($0.term.rawValue, .number($0.usdPerYr)) })),
        ]
        // Flexible load only (flexible-load.md): Σ Ā / Σ x and Σ Ā.
        if let running = s.runningNodesAverage, let utilization = s.utilization {
            keys += [("utilization", .number(utilization)), ("running_nodes_avg", .number(running))]
        }
        return .object(keys)
    }

    /// A run's block; `withYear` adds the year it trains in (horizon plans only, so v1 keeps its keys).
    static func workload(_ w: WorkloadPlan, withYear: Bool) -> JSONValue {
        var keys: [(String, JSONValue)] = [("id", .string(w.id))]
        if withYear { keys.append(("year", .number(Double(w.year)))) }
        keys += [
            ("site", w.site.isEmpty ? .null : .string(w.site)),
            ("server", w.server.isEmpty ? .null : .string(w.server)),
            ("nodes", .number(Double(w.nodes))),
            ("node_days", .number(w.nodeDays)),
            ("deadline_days", .number(w.deadlineDays)),
            ("start_day", .number(w.startDay)),
            ("finish_day", .number(w.finishDay)),
            ("energy_mwh", .number(w.energyMWh)),
            ("carbon_t", .number(w.carbonT)),
        ]
        return .object(keys)
    }

    private static func shadowPrice(_ p: ShadowPrice) -> JSONValue {
        .object([
            ("limit", .string(p.limit)),
            ("subject", p.subject.map { .string($0) } ?? .null),
            ("usd_per_yr_per_unit", .number(p.usdPerYrPerUnit)),
            ("unit", .string(p.unit)),
        ])
    }
}
