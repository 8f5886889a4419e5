import Testing

@testable import Planner

/// Every optional column of inputs.md takes its documented default, whether absent or left empty.
@Suite struct DefaultsTests {
    /// How the optional column is left out.
    enum Omission: String, CaseIterable, Sendable { case absent, empty }

    /// One row of each file with only its required columns (the required files come from `InputFolder.minimal`).
    static let baseFiles: [String: String] = [
        "sites.csv":
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,100,10,80,300\n",
        "servers.csv":
            "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,1000,10,300000,air\n",
        "cooling.csv": "id,kind,pue,capex_usd_per_kw,max_rack_kw\nair-a,air,1.2,2000,40\n",
        "workloads.csv": "id,flops\nrun-a,1e24\n",
        "storage.csv":
            "id,capacity_tb,throughput_gbps,power_kw,racks_per_unit,capex_usd\nst-a,1000,400,2.5,0.1,170000\n",
        "renewables.csv": "id,site,technology,contract,max_mw\nren-a,site-a,solar,onsite,50\n",
        "batteries.csv": "id,capex_usd_per_mwh,max_mwh,max_mw\nbat-a,250000,200,50\n",
    ]

    typealias Read = @Sendable (Catalog) -> Double?

    /// (file, column, the default inputs.md states, how to read it back). nil: no value ("none").
    static let defaults: [(file: String, column: String, expected: Double?, read: Read)] = [
        ("sites.csv", "solar_cf", 0, { $0.sites.first?.solarCF }),
        ("sites.csv", "wind_cf", 0, { $0.sites.first?.windCF }),
        ("sites.csv", "pue_adder", 0, { $0.sites.first?.pueAdder }),
        ("sites.csv", "aux_pue", 1.4, { $0.sites.first?.auxPUE }),
        ("sites.csv", "power_redundancy", 1, { $0.sites.first?.powerRedundancy }),
        ("sites.csv", "electrical_capex_usd_per_kw", 0, { $0.sites.first?.electricalCapexUSDPerKW }),
        ("sites.csv", "fixed_capex_usd", 0, { $0.sites.first?.fixedCapexUSD }),
        ("sites.csv", "fixed_opex_usd_per_yr", 0, { $0.sites.first?.fixedOpexUSDPerYr }),
        ("sites.csv", "lifetime_years", 15, { $0.sites.first?.lifetimeYears }),
        ("sites.csv", "risk_score", 0, { $0.sites.first?.riskScore }),
        ("sites.csv", "heat_reuse_price_usd_per_mwh", 0, { $0.sites.first?.heatReusePriceUSDPerMWh }),
        ("sites.csv", "heat_reuse_max_mw", 0, { $0.sites.first?.heatReuseMaxMW }),
        ("sites.csv", "water_price_usd_per_m3", 0, { $0.sites.first?.waterPriceUSDPerM3 }),
        ("sites.csv", "max_water_m3_per_yr", nil, { $0.sites.first?.maxWaterM3PerYr }),
        ("servers.csv", "mfu", 0.4, { $0.servers.first?.mfu }),
        ("servers.csv", "availability", 0.95, { $0.servers.first?.availability }),
        // peak_power_kw follows avg_power_kw (10 in the base row).
        ("servers.csv", "peak_power_kw", 10, { $0.servers.first?.peakPowerKW }),
        ("servers.csv", "opex_usd_per_yr", 0, { $0.servers.first?.opexUSDPerYr }),
        ("servers.csv", "lifetime_years", 5, { $0.servers.first?.lifetimeYears }),
        ("servers.csv", "embodied_kg", 0, { $0.servers.first?.embodiedKg }),
        ("servers.csv", "storage_gbps", 0, { $0.servers.first?.storageGbps }),
        ("servers.csv", "max_nodes", nil, { $0.servers.first?.maxNodes.map(Double.init) }),
        ("cooling.csv", "redundancy", 1, { $0.cooling.first?.redundancy }),
        ("cooling.csv", "wue_l_per_kwh", 0, { $0.cooling.first?.wueLitersPerKWh }),
        ("cooling.csv", "heat_recovery_fraction", 0, { $0.cooling.first?.heatRecoveryFraction }),
        ("cooling.csv", "lifetime_years", 15, { $0.cooling.first?.lifetimeYears }),
        ("storage.csv", "lifetime_years", 5, { $0.storage.first?.lifetimeYears }),
        ("storage.csv", "embodied_kg", 0, { $0.storage.first?.embodiedKg }),
        ("workloads.csv", "deadline_days", 365, { $0.workloads.first?.deadlineDays }),
        ("workloads.csv", "min_accelerators", 1, { $0.workloads.first.map { Double($0.minAccelerators) } }),
        ("workloads.csv", "storage_tb", 0, { $0.workloads.first?.storageTB }),
        // Lists: empty means "any", read back as the number of entries.
        ("workloads.csv", "allowed_regions", 0, { $0.workloads.first.map { Double($0.allowedRegions.count) } }),
        ("workloads.csv", "allowed_servers", 0, { $0.workloads.first.map { Double($0.allowedServers.count) } }),
        ("renewables.csv", "capex_usd_per_mw", 0, { $0.renewables.first?.capexUSDPerMW }),
        ("renewables.csv", "fixed_om_usd_per_mw_yr", 0, { $0.renewables.first?.fixedOMUSDPerMWYr }),
        ("renewables.csv", "lifetime_years", 25, { $0.renewables.first?.lifetimeYears }),
        ("renewables.csv", "ppa_price_usd_per_mwh", 0, { $0.renewables.first?.ppaPriceUSDPerMWh }),
        ("renewables.csv", "lifecycle_kg_per_mwh", 0, { $0.renewables.first?.lifecycleKgPerMWh }),
        ("batteries.csv", "capex_usd_per_mw", 0, { $0.batteries.first?.capexUSDPerMW }),
        ("batteries.csv", "round_trip_efficiency", 0.88, { $0.batteries.first?.roundTripEfficiency }),
        ("batteries.csv", "lifetime_years", 15, { $0.batteries.first?.lifetimeYears }),
    ]

    /// The base file, with `column` appended as an empty cell when `omission` is `.empty`.
    static func content(_ file: String, _ column: String, _ omission: Omission) -> String {
        let lines = baseFiles[file]!.split(separator: "\n").map(String.init)
        switch omission {
        case .absent: return lines.joined(separator: "\n") + "\n"
        case .empty: return lines[0] + "," + column + "\n" + lines[1] + ",\n"
        }
    }

    @Test(arguments: defaults, Omission.allCases)
    func optionalColumn(_ entry: (file: String, column: String, expected: Double?, read: Read), omission: Omission)
        throws
    {
        var files: [String: String?] = [:]
        for (name, text) in Self.baseFiles { files[name] = text }
        files[entry.file] = Self.content(entry.file, entry.column, omission)
        let catalog = try #require(try InputFolder(files).catalog())
        #expect(entry.read(catalog) == entry.expected, "\(entry.file) \(entry.column) \(omission)")
    }

    /// The empty-cell variant really has the column, so the test above is not testing absence twice.
    @Test func emptyVariantHasTheColumn() {
        #expect(Self.content("sites.csv", "risk_score", .empty).hasSuffix(",risk_score\nsite-a,eu,100,10,80,300,\n"))
    }

    @Test func policyDefaults() throws {
        for policyFile in [nil, "key,value\n"] as [String?] {
            let catalog = try #require(try InputFolder("policy.csv", policyFile).catalog())
            let p = catalog.policy
            #expect(p.discountRate == 0.08)
            #expect(p.carbonPriceUSDPerT == 0)
            #expect(p.maxCarbonT == nil)
            #expect(p.minCFEFraction == nil)
            #expect(p.maxRiskScore == 1)
            #expect(p.expansionReserveFraction == 0)
            #expect(p.capexBudgetUSD == nil)
            #expect(p.mipGap == 0.005)
            #expect(p.timeLimitSeconds == 300)
        }
    }

    /// Keys not listed keep their defaults; the listed ones are set.
    @Test func policyPartlySet() throws {
        let folder = try InputFolder("policy.csv", "key,value\ncarbon_price_usd_per_t,50\nmax_carbon_t,1000\n")
        let p = try #require(folder.catalog()).policy
        #expect(p.discountRate == 0.08)
        #expect(p.carbonPriceUSDPerT == 50)
        #expect(p.maxCarbonT == 1000)
        #expect(p.mipGap == 0.005)
    }
}
