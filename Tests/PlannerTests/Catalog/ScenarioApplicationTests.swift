import Testing

@testable import Planner

/// What a chosen scenario does to the catalogs: cells rewritten before defaults are filled.
@Suite struct ScenarioApplicationTests {
    static let header = "scenario,file,id,column,op,value\n"
    static let servers = """
        id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,peak_power_kw,capex_usd,cooling_kinds,mfu,max_nodes
        srv-a,8,1000,10,,300000,air,,
        srv-b,8,2000,12,14,400000,air,0.5,100

        """

    func catalog(_ rows: String, scenario: String?, files: [String: String?] = [:]) throws -> Catalog? {
        var all = files
        all["servers.csv"] = Self.servers
        all["scenarios.csv"] = Self.header + rows
        return try InputFolder(all).catalog(scenario: scenario)
    }

    @Test func setScaleAndAddInFileOrder() throws {
        // capex: 300000 · 1.5 = 450000, then + 50000 = 500000; the other scenario is not applied.
        let rows =
            "x,servers,srv-a,capex_usd,scale,1.5\nx,servers,srv-a,capex_usd,add,50000\nx,servers,srv-b,accelerators_per_node,set,4\ny,servers,srv-a,capex_usd,set,1\n"
        let servers = try #require(try catalog(rows, scenario: "x")?.servers)
        #expect(servers.map(\.capexUSD) == [500_000, 400_000])
        #expect(servers.map(\.acceleratorsPerNode) == [8, 4])
    }

    @Test func starAddressesEveryRow() throws {
        let servers = try #require(try catalog("up,servers,*,capex_usd,scale,1.2\n", scenario: "up")?.servers)
        #expect(servers.map(\.capexUSD) == [360_000, 480_000])
    }

    @Test func noScenarioLeavesTheBase() throws {
        let servers = try #require(try catalog("up,servers,*,capex_usd,scale,1.2\n", scenario: nil)?.servers)
        #expect(servers.map(\.capexUSD) == [300_000, 400_000])
    }

    /// srv-a's empty peak_power_kw follows its scaled avg_power_kw (10 · 1.5); srv-b's given peak stays 14.
    @Test func defaultedPeakFollowsScaledAverage() throws {
        let servers = try #require(try catalog("hot,servers,*,avg_power_kw,scale,1.5\n", scenario: "hot")?.servers)
        #expect(servers.map(\.avgPowerKW) == [15, 18])
        #expect(servers.map(\.peakPowerKW) == [15, 14])
    }

    /// Scaling an empty mfu acts on its default 0.4 (→ 0.2); srv-b's 0.5 becomes 0.25.
    @Test func scaleOnEmptyCellActsOnDefault() throws {
        let servers = try #require(try catalog("slow,servers,*,mfu,scale,0.5\n", scenario: "slow")?.servers)
        #expect(servers.map(\.mfu) == [0.2, 0.25])
    }

    /// A column absent from the file is "empty" everywhere: sites.csv has no lifetime_years (default 15).
    @Test func addOnAbsentColumnActsOnDefault() throws {
        let sites = try #require(try catalog("long,sites,*,lifetime_years,add,5\n", scenario: "long")?.sites)
        #expect(sites.map(\.lifetimeYears) == [20])
    }

    /// An absent limit stays absent under scale/add; a set limit is scaled (100 · 2).
    @Test func scaleOnAbsentLimitLeavesItAbsent() throws {
        let servers = try #require(
            try catalog("more,servers,*,max_nodes,scale,2\nmore,servers,*,max_nodes,add,1\n", scenario: "more")?.servers
        )
        #expect(servers.map(\.maxNodes) == [nil, 201])
    }

    @Test func setOnAbsentLimitCreatesIt() throws {
        let servers = try #require(try catalog("cap,servers,srv-a,max_nodes,set,64\n", scenario: "cap")?.servers)
        #expect(servers.map(\.maxNodes) == [64, 100])
    }

    /// Profile rows are addressed by site; scaling the site's annual value leaves its steps alone.
    @Test func profilesBySite() throws {
        let profiles = "site,period,hour,weight,grid_price_usd_per_mwh\nsite-a,d,0,4380,50\nsite-a,d,1,4380,\n"
        let rows = "p,profiles,site-a,grid_price_usd_per_mwh,scale,2\np,sites,site-a,grid_price_usd_per_mwh,add,1000\n"
        let site = try #require(try catalog(rows, scenario: "p", files: ["profiles.csv": profiles])?.sites.first)
        #expect(site.gridPriceUSDPerMWh == 1080)
        // Step 0: 50 · 2. Step 1 is empty, so the scale acts on the fallback (annual 80 as read) · 2 = 160.
        #expect(site.steps.map(\.gridPriceUSDPerMWh) == [100, 160])
    }

    /// A site without profile rows has one step built from its annual values, so it follows them.
    @Test func yearStepFollowsScaledAnnualValue() throws {
        let site = try #require(
            try catalog("p,sites,site-a,grid_carbon_kg_per_mwh,scale,0.5\n", scenario: "p")?.sites.first)
        #expect(site.steps.map(\.gridCarbonKgPerMWh) == [150])
    }

    /// Any policy key may be set, present in policy.csv or not, or missing the file altogether.
    @Test func policyKeysAbsentFromPolicyFile() throws {
        let rows =
            "strict,policy,max_carbon_t,value,set,1000\nstrict,policy,carbon_price_usd_per_t,value,add,25\nstrict,policy,discount_rate,value,scale,0.5\n"
        let policy = try #require(
            try catalog(rows, scenario: "strict", files: ["policy.csv": "key,value\ncarbon_price_usd_per_t,50\n"])?
                .policy)
        #expect(policy.maxCarbonT == 1000)
        #expect(policy.carbonPriceUSDPerT == 75)
        // Not in policy.csv: 0.08 default · 0.5.
        #expect(policy.discountRate == 0.04)
        let noFile = try #require(try catalog(rows, scenario: "strict")?.policy)
        #expect(noFile.carbonPriceUSDPerT == 25)
    }

    @Test func scenarioNamesInFileOrder() throws {
        let rows = "b,servers,*,capex_usd,scale,1\na,servers,*,capex_usd,scale,1\nb,servers,*,mfu,scale,1\n"
        let catalog = try #require(try catalog(rows, scenario: "a"))
        #expect(catalog.scenarioNames == ["b", "a"])
        #expect(catalog.scenario == "a")
    }
}
