import Testing

@testable import Planner

/// Scenario folders (`scenarios/NAME/*.csv`): rows added to the base catalogs, or
/// replacing the base row of the same id, checked like the base with errors at the
/// folder's file, line and column.
@Suite struct ScenarioFolderTests {
    static let runB = """
        id,flops,deadline_days
        run-b,2e24,200

        """

    @Test func addedRunIsInTheScenarioOnly() throws {
        let folder = try InputFolder(["scenarios/big/workloads.csv": Self.runB])
        let base = try #require(folder.catalog())
        let big = try #require(folder.catalog(scenario: "big"))
        #expect(base.workloads.map(\.id) == ["run-a"])
        #expect(big.workloads.map(\.id) == ["run-a", "run-b"])
        #expect(big.workloads.map(\.flops) == [1e24, 2e24])
        #expect(big.workloads.map(\.deadlineDays) == [365, 200])
        #expect(base.scenarioNames == ["big"])
        #expect(big.scenario == "big")
    }

    /// srv-a is replaced where it stands (its absent mfu is the default 0.4, not the base's),
    /// srv-b is added after it.
    @Test func rowWithABaseIDReplacesIt() throws {
        let servers = """
            id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds
            srv-b,4,500,5,100000,air
            srv-a,8,2000,12,450000,air

            """
        let folder = try InputFolder(["scenarios/new-gen/servers.csv": servers])
        let catalog = try #require(folder.catalog(scenario: "new-gen"))
        #expect(catalog.servers.map(\.id) == ["srv-a", "srv-b"])
        #expect(catalog.servers.map(\.capexUSD) == [450_000, 100_000])
        #expect(catalog.servers.map(\.tflopsPerAccelerator) == [2000, 500])
        #expect(catalog.servers.map(\.mfu) == [0.4, 0.4])
        #expect(try #require(folder.catalog()).servers.map(\.capexUSD) == [300_000])
    }

    /// `r-b,` is 4 characters: the flops cell starts at column 5. The base load reports it
    /// too (validate checks every folder), and nothing loads.
    @Test func badCellIsReportedAtTheFolderFile() throws {
        let folder = try InputFolder(["scenarios/big/workloads.csv": "id,flops\nr-b,lots\n"])
        let expected = ["scenarios/big/workloads.csv:2:5: error: flops: \"lots\" is not a number"]
        #expect(folder.messages() == expected)
        #expect(folder.messages(scenario: "big") == expected)
        #expect(folder.load().catalog == nil)
    }

    @Test func repeatedIDInAFolderFile() throws {
        let folder = try InputFolder([
            "scenarios/big/workloads.csv": "id,flops\nrun-b,1e24\n# again\nrun-b,2e24\n",
            "scenarios/big/policy.csv": "key,value\ncarbon_price_usd_per_t,10\ncarbon_price_usd_per_t,20\n",
        ])
        #expect(
            folder.messages() == [
                "scenarios/big/policy.csv:3:1: error: key: policy key \"carbon_price_usd_per_t\" is set twice (first on line 2)",
                "scenarios/big/workloads.csv:4:1: error: id: duplicate id \"run-b\" (first on line 2)",
            ])
    }

    @Test(
        "files a scenario folder cannot hold",
        arguments: [
            (
                id: "typo", file: "scenarios/big/workload.csv",
                message: "scenarios/big/workload.csv:1:1: error: unknown catalog file; did you mean workloads.csv?"
            ),
            (
                id: "scenarios_csv", file: "scenarios/big/scenarios.csv",
                message:
                    "scenarios/big/scenarios.csv:1:1: error: a scenario folder cannot hold scenarios.csv: edits go in the input folder's scenarios.csv"
            ),
            (
                id: "file_beside_folders", file: "scenarios/big.csv",
                message: "scenarios/big.csv:1:1: error: a scenario is a folder: move this file into scenarios/NAME/"
            ),
            (
                id: "bad_name", file: "scenarios/big run/workloads.csv",
                message:
                    "scenarios/big run:1:1: error: scenario folder name: id \"big run\" may only hold letters, digits, '.', '_' and '-'"
            ),
        ])
    func refusedFiles(_ example: (id: String, file: String, message: String)) throws {
        let folder = try InputFolder([example.file: Self.runB])
        #expect(folder.messages() == [example.message])
    }

    /// Non-CSV files (a README) are ignored in a scenario folder as beside the base catalogs.
    @Test func readmeIsIgnored() throws {
        let folder = try InputFolder([
            "scenarios/big/workloads.csv": Self.runB, "scenarios/big/README.md": "# one more run\n",
            "scenarios/README.md": "# scenarios\n",
        ])
        #expect(folder.messages() == [])
    }

    /// The folder's rows first, then the scenarios.csv edits of the same name, which may
    /// change a row only the folder has: run-b's deadline 200 · 0.5 = 100.
    @Test func folderAndEditsOfOneName() throws {
        let folder = try InputFolder([
            "scenarios/big/workloads.csv": Self.runB,
            "scenarios.csv": "scenario,file,id,column,op,value\nbig,workloads,run-b,deadline_days,scale,0.5\n",
        ])
        let big = try #require(folder.catalog(scenario: "big"))
        #expect(big.workloads.map(\.deadlineDays) == [365, 100])
        #expect(big.scenarioNames == ["big"])
    }

    /// An edit of a row no folder adds is still an error, named at its cell
    /// (`other,workloads,` is 16 characters: the id starts at column 17).
    @Test func editOfARowNoFolderAdds() throws {
        let folder = try InputFolder([
            "scenarios/big/workloads.csv": Self.runB,
            "scenarios.csv": "scenario,file,id,column,op,value\nother,workloads,run-b,deadline_days,scale,0.5\n",
        ])
        #expect(
            folder.messages() == [
                "scenarios.csv:2:17: error: id: unknown row \"run-b\" in workloads.csv; did you mean \"run-a\"?"
            ])
    }

    /// scenarios.csv's names in file order, then names only a folder defines, sorted.
    @Test func scenarioOrder() throws {
        let folder = try InputFolder([
            "scenarios/zeta/workloads.csv": Self.runB, "scenarios/beta/workloads.csv": Self.runB,
            "scenarios/alpha/workloads.csv": Self.runB,
            "scenarios.csv":
                "scenario,file,id,column,op,value\nzeta,servers,*,capex_usd,scale,2\ngamma,servers,*,capex_usd,scale,2\n",
        ])
        #expect(try #require(folder.catalog()).scenarioNames == ["zeta", "gamma", "alpha", "beta"])
    }

    @Test func policyKeysOverrideTheBase() throws {
        let folder = try InputFolder([
            "policy.csv": "key,value\ncarbon_price_usd_per_t,50\nmip_gap,0.01\n",
            "scenarios/dear-carbon/policy.csv": "key,value\ncarbon_price_usd_per_t,150\nmax_carbon_t,900\n",
        ])
        let policy = try #require(folder.catalog(scenario: "dear-carbon")).policy
        #expect(policy.carbonPriceUSDPerT == 150)
        #expect(policy.maxCarbonT == 900)
        #expect(policy.mipGap == 0.01)
        #expect(try #require(folder.catalog()).policy.carbonPriceUSDPerT == 50)
    }

    /// A folder's profile rows replace every base step of the sites they name.
    @Test func profileRowsReplaceASitesSteps() throws {
        let day = (0..<24).map { "site-a,day,\($0),365,,,500,40" }.joined(separator: "\n")
        let folder = try InputFolder([
            "profiles.csv":
                "site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh\nsite-a,year,0,8760,,,300,80\n",
            "scenarios/dirty/profiles.csv":
                "site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh\n" + day + "\n",
        ])
        let steps = try #require(folder.catalog(scenario: "dirty")).sites[0].steps
        #expect(steps.count == 24)
        #expect(Set(steps.map(\.gridCarbonKgPerMWh)) == [500])
        #expect(try #require(folder.catalog()).sites[0].steps.map(\.gridCarbonKgPerMWh) == [300])
    }

    /// Every plan of a sweep names the same input files, scenario folders included.
    @Test func digestsNameTheFolderFiles() throws {
        let folder = try InputFolder(["scenarios/big/workloads.csv": Self.runB])
        let files = ["cooling.csv", "servers.csv", "sites.csv", "workloads.csv", "scenarios/big/workloads.csv"]
        #expect(try #require(folder.catalog()).inputDigests.map(\.file).sorted() == files.sorted())
        #expect(try #require(folder.catalog(scenario: "big")).inputDigests.map(\.file).sorted() == files.sorted())
    }

    /// The folder replaces the only cooling system with a liquid one: the base server's
    /// `air` now names nothing. The error is at the base row, with the scenario named
    /// (`srv-a,8,1000,10,300000,` is 23 characters: cooling_kinds starts at column 24).
    @Test func errorAFolderCausesInABaseRow() throws {
        let folder = try InputFolder([
            "scenarios/wet/cooling.csv": "id,kind,pue,capex_usd_per_kw,max_rack_kw\nair-a,liquid,1.1,2600,130\n"
        ])
        #expect(
            folder.messages() == [
                "servers.csv:2:24: error: cooling_kinds: unknown cooling kind \"air\" (in scenario wet)"
            ])
    }

    @Test func unknownScenarioListsFolders() throws {
        let folder = try InputFolder(["scenarios/big/workloads.csv": Self.runB])
        #expect(
            folder.messages(scenario: "bog") == [
                "scenarios.csv:1:1: error: unknown scenario \"bog\"; did you mean \"big\"?"
            ])
    }
}
