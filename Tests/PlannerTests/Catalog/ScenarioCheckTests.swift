import Testing

@testable import Planner

/// Every scenarios.csv row is checked on every run, whichever scenario is chosen (or none).
@Suite struct ScenarioCheckTests {
    static let header = "scenario,file,id,column,op,value\n"

    @Test(arguments: [
        (
            name: "unknown file", row: "a,sitez,site-a,max_racks,set,1",
            expected: "scenarios.csv:2:3: error: file: unknown catalog file \"sitez\"; did you mean \"sites\"?"
        ),
        (
            name: "file with .csv", row: "a,sites.csv,site-a,max_racks,set,1",
            expected:
                "scenarios.csv:2:3: error: file: unknown catalog file \"sites.csv\"; did you mean \"sites\" (without .csv)?"
        ),
        (
            name: "scenarios file itself", row: "a,scenarios,*,value,set,1",
            expected: "scenarios.csv:2:3: error: file: a scenario cannot change scenarios.csv"
        ),
        (
            name: "unknown row", row: "a,sites,site-z,max_racks,set,1",
            expected: "scenarios.csv:2:9: error: id: unknown row \"site-z\" in sites.csv; did you mean \"site-a\"?"
        ),
        (
            name: "unknown column", row: "a,sites,site-a,max_rack,set,1",
            expected:
                "scenarios.csv:2:16: error: column: sites.csv has no column \"max_rack\" that a scenario can change; did you mean \"max_racks\"?"
        ),
        (
            name: "id column", row: "a,sites,site-a,id,set,site-b",
            expected:
                "scenarios.csv:2:16: error: column: \"id\" identifies the rows of sites.csv; a scenario cannot change it"
        ),
        (
            name: "profile key column", row: "a,profiles,site-a,hour,set,1",
            expected:
                "scenarios.csv:2:19: error: column: \"hour\" identifies the rows of profiles.csv; a scenario cannot change it"
        ),
        (
            name: "unknown policy key", row: "a,policy,carbon_price,value,set,1",
            expected: "scenarios.csv:2:10: error: id: unknown policy key \"carbon_price\""
        ),
        (
            name: "policy column not value", row: "a,policy,mip_gap,key,set,1",
            expected: "scenarios.csv:2:18: error: column: a policy override changes column \"value\", not \"key\""
        ),
        (
            name: "scale on text", row: "a,sites,site-a,region,scale,2",
            expected: "scenarios.csv:2:23: error: op: scale needs a number column; region holds text"
        ),
        (
            name: "unknown op", row: "a,sites,site-a,max_racks,multiply,2",
            expected: "scenarios.csv:2:26: error: op: \"multiply\" must be one of: set, scale, add"
        ),
        (
            name: "value not a number", row: "a,sites,site-a,max_racks,scale,two",
            expected: "scenarios.csv:2:32: error: value: \"two\" is not a number"
        ),
        (
            name: "unknown profile site", row: "a,profiles,site-z,solar_cf,set,0.5",
            expected: "scenarios.csv:2:12: error: id: unknown site \"site-z\"; did you mean \"site-a\"?"
        ),
        (
            name: "bad scenario name", row: "a/b,sites,site-a,max_racks,set,1",
            expected: "scenarios.csv:2:1: error: scenario: id \"a/b\" may only hold letters, digits, '.', '_' and '-'"
        ),
        (
            name: "empty value", row: "a,sites,site-a,max_racks,set,",
            expected: "scenarios.csv:2:30: error: value: a value is required"
        ),
    ])
    func badRow(name: String, row: String, expected: String) throws {
        let folder = try InputFolder(
            "scenarios.csv", Self.header + row + "\n" + "other,sites,site-a,max_racks,set,50\n")
        // Reported without a scenario, and when another scenario is chosen.
        #expect(folder.messages() == [expected])
        #expect(folder.messages(scenario: "other") == [expected])
    }

    @Test func unknownScenarioName() throws {
        let folder = try InputFolder(
            "scenarios.csv",
            Self.header
                + "high-price,sites,*,grid_price_usd_per_mwh,scale,1.3\nlow-carbon,policy,max_carbon_t,value,set,1000\n"
        )
        #expect(
            folder.messages(scenario: "high-prices") == [
                "scenarios.csv:1:1: error: unknown scenario \"high-prices\"; did you mean \"high-price\"?"
            ])
        #expect(
            folder.messages(scenario: "zzz") == [
                "scenarios.csv:1:1: error: unknown scenario \"zzz\"; defined: high-price, low-carbon"
            ])
    }

    @Test func scenarioWithoutScenariosFile() throws {
        #expect(
            try InputFolder().messages(scenario: "x") == [
                "scenarios.csv:1:1: error: unknown scenario \"x\"; scenarios.csv defines none"
            ])
    }

    /// A `set` writes text that is checked like any cell, and the message names the scenario.
    @Test func badValueSetByScenario() throws {
        let folder = try InputFolder("scenarios.csv", Self.header + "neg,sites,site-a,max_racks,set,-5\n")
        #expect(folder.messages() == [])
        #expect(
            folder.messages(scenario: "neg") == [
                "sites.csv:2:11: error: max_racks: -5 must be ≥ 0 (after scenario neg)"
            ])
    }
}
