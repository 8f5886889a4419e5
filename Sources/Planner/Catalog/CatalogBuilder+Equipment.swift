/// Turns checked tables into domain values: sites, equipment and workloads.
extension CatalogBuilder {
    func buildSites(_ table: CatalogTable) -> [Site] {
        rows(of: table).map { r in
            let maxWater = r.optionalNumber("max_water_m3_per_yr")
            return Site(
                id: r.id(), region: r.text("region"),
                maxRacks: r.number("max_racks"), gridCapacityMW: r.number("grid_capacity_mw"),
                gridPriceUSDPerMWh: r.number("grid_price_usd_per_mwh"),
                gridCarbonKgPerMWh: r.number("grid_carbon_kg_per_mwh"),
                solarCF: r.number("solar_cf"), windCF: r.number("wind_cf"),
                pueAdder: r.number("pue_adder"), auxPUE: r.number("aux_pue"),
                powerRedundancy: r.number("power_redundancy"),
                electricalCapexUSDPerKW: r.number("electrical_capex_usd_per_kw"),
                fixedCapexUSD: r.number("fixed_capex_usd"), fixedOpexUSDPerYr: r.number("fixed_opex_usd_per_yr"),
                lifetimeYears: r.number("lifetime_years"), riskScore: r.number("risk_score"),
                heatReusePriceUSDPerMWh: r.number("heat_reuse_price_usd_per_mwh"),
                heatReuseMaxMW: r.number("heat_reuse_max_mw"),
                waterPriceUSDPerM3: r.number("water_price_usd_per_m3"),
                maxWaterM3PerYr: maxWater, gridCFEFraction: r.number("grid_cfe_fraction"), steps: [], line: r.line,
                firstYear: Int(r.number("first_year")), gridPriceChangePerYr: r.number("grid_price_change_per_yr"),
                gridCarbonChangePerYr: r.number("grid_carbon_change_per_yr"), scenarioFile: r.row.file)
        }
    }

    func buildServers(_ table: CatalogTable) -> [Server] {
        rows(of: table).map { r in
            let kinds = r.list("cooling_kinds")
            // Read once: each read of a bad cell reports it.
            let averageKW = r.number("avg_power_kw")
            if kinds.isEmpty && r.cell("cooling_kinds") != nil {
                r.error("cooling_kinds", "name at least one cooling kind")
            } else if r.cell("cooling_kinds") == nil {
                r.missing("cooling_kinds")
            }
            return Server(
                id: r.id(), acceleratorsPerNode: Int(r.number("accelerators_per_node")),
                tflopsPerAccelerator: r.number("tflops_per_accelerator"),
                mfu: r.number("mfu"), availability: r.number("availability"),
                avgPowerKW: averageKW, peakPowerKW: r.number("peak_power_kw"),
                capexUSD: r.number("capex_usd"), opexUSDPerYr: r.number("opex_usd_per_yr"),
                lifetimeYears: r.number("lifetime_years"), embodiedKg: r.number("embodied_kg"),
                storageGbps: r.number("storage_gbps"), coolingKinds: kinds,
                maxNodes: r.optionalNumber("max_nodes").map { Int($0) },
                idlePowerKW: idlePowerKW(r, averageKW: averageKW), line: r.line,
                firstYear: Int(r.number("first_year")), lastYear: r.optionalNumber("last_year").map { Int($0) },
                capexChangePerYr: r.number("capex_change_per_yr"), scenarioFile: r.row.file)
        }
    }

    /// idle_power_kw, at most avg_power_kw; a quarter of avg_power_kw when absent (flexible-load.md).
    private func idlePowerKW(_ r: RowReader, averageKW average: Double) -> Double {
        guard let idle = r.optionalNumber("idle_power_kw") else { return 0.25 * average }
        if idle > average {
            r.error(
                "idle_power_kw",
                "\(NumberText.plain(idle)) is above avg_power_kw \(NumberText.plain(average)); "
                    + "an idle node draws at most what a training one does")
        }
        return idle
    }

    func buildCooling(_ table: CatalogTable) -> [Cooling] {
        rows(of: table).map { r in
            Cooling(
                id: r.id(), kind: r.id("kind"), pue: r.number("pue"),
                capexUSDPerKW: r.number("capex_usd_per_kw"), redundancy: r.number("redundancy"),
                maxRackKW: r.number("max_rack_kw"), wueLitersPerKWh: r.number("wue_l_per_kwh"),
                heatRecoveryFraction: r.number("heat_recovery_fraction"),
                lifetimeYears: r.number("lifetime_years"), line: r.line, scenarioFile: r.row.file)
        }
    }

    func buildStorage(_ table: CatalogTable) -> [StorageUnit] {
        rows(of: table).map { r in
            StorageUnit(
                id: r.id(), capacityTB: r.number("capacity_tb"), throughputGbps: r.number("throughput_gbps"),
                powerKW: r.number("power_kw"), racksPerUnit: r.number("racks_per_unit"),
                capexUSD: r.number("capex_usd"), lifetimeYears: r.number("lifetime_years"),
                embodiedKg: r.number("embodied_kg"), line: r.line)
        }
    }

    func buildWorkloads(_ table: CatalogTable) -> [Workload] {
        rows(of: table).map { r in
            Workload(
                id: r.id(), flops: trainingFLOPs(r), deadlineDays: r.number("deadline_days"),
                minAccelerators: Int(r.number("min_accelerators")), storageTB: r.number("storage_tb"),
                allowedRegions: r.list("allowed_regions"), allowedServers: r.list("allowed_servers"),
                line: r.line, year: Int(r.number("year")))
        }
    }

    /// `flops`, or 6 · params · tokens; exactly one of the two forms.
    private func trainingFLOPs(_ r: RowReader) -> Double {
        let hasFLOPs = r.cell("flops") != nil
        let hasParams = r.cell("params_b") != nil
        let hasTokens = r.cell("tokens_b") != nil
        switch (hasFLOPs, hasParams, hasTokens) {
        case (true, false, false):
            return r.number("flops")
        case (false, true, true):
            let flops = 6 * r.number("params_b") * 1e9 * r.number("tokens_b") * 1e9
            let limit = r.table.schema.spec("flops")!.magnitudeLimit
            guard flops <= limit else {
                r.sink.error(
                    r.file, r.position("params_b"),
                    "flops: 6 · params_b · tokens_b = \(NumberText.plain(flops)) is implausibly large (limit \(CellParsing.limitText(limit)))"
                )
                return 0
            }
            return flops
        case (false, false, false):
            r.sink.error(r.file, r.row.position, "give either flops or both params_b and tokens_b")
        case (true, _, _):
            r.error("flops", "give either flops or params_b with tokens_b, not both")
        case (false, true, false):
            r.error("params_b", "params_b needs tokens_b (or give flops instead)")
        case (false, false, true):
            r.error("tokens_b", "tokens_b needs params_b (or give flops instead)")
        }
        return 0
    }
}
