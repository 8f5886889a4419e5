import Testing

@testable import Planner

/// Rules that involve more than one cell or file, and the promise that every error is reported.
@Suite struct CrossFileRuleTests {
    static let sitesHeader =
        "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,pue_adder\n"

    @Test(arguments: [
        // 1.2 + -0.3 = 0.9 < 1. The adder cell starts at column 25 of line 2.
        (
            adder: "-0.3",
            expected: [
                "sites.csv:2:25: error: pue_adder: -0.3 takes cooling air-a (pue 1.2, cooling.csv:2) below a PUE of 1"
            ]
        ),
        // 1.2 + -0.2 = 1 exactly (not 0.9999999999999999 in floating point): allowed.
        (adder: "-0.2", expected: []),
        (adder: "0.1", expected: []),
    ])
    func pueWithAdderStaysAtLeastOne(adder: String, expected: [String]) throws {
        let messages = try InputFolder("sites.csv", Self.sitesHeader + "site-a,eu,100,10,80,300,\(adder)\n").messages()
        #expect(messages == expected)
    }

    @Test(arguments: ["+5", ".5", "5.", "5", "0.5e1", "5E+0", "-0"])
    func numberForms(text: String) throws {
        let folder = try InputFolder("sites.csv", Self.sitesHeader + "site-a,eu,\(text),10,80,300,\n")
        let site = try #require(folder.catalog()?.sites.first)
        #expect(site.maxRacks == (Double(text) ?? .nan))
    }

    @Test(arguments: [(text: "0.5", days: 0.5), (text: "365", days: 365)])
    func deadlineBounds(text: String, days: Double) throws {
        let folder = try InputFolder("workloads.csv", "id,flops,deadline_days\nrun-a,1e24,\(text)\n")
        #expect(folder.catalog()?.workloads.first?.deadlineDays == days)
    }

    /// Three independent errors in three files give exactly three diagnostics, sorted by file, line, column.
    @Test func everyErrorIsReported() throws {
        let folder = try InputFolder([
            "workloads.csv": "id,flops\nrun-a,1e24\nrun-b,lots\n",
            "cooling.csv": "id,kind,pue,capex_usd_per_kw,max_rack_kw\nair-a,air,1.2,2000,0\n",
            "sites.csv":
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,solar_cf\nsite-a,eu,100,10,80,300,7\n",
        ])
        #expect(
            folder.messages() == [
                "cooling.csv:2:20: error: max_rack_kw: 0 must be > 0",
                "sites.csv:2:25: error: solar_cf: 7 must be a fraction between 0 and 1",
                "workloads.csv:3:7: error: flops: \"lots\" is not a number",
            ])
    }

    /// Several errors in one file come in line then column order.
    @Test func errorsWithinAFileAreSorted() throws {
        let folder = try InputFolder(
            "sites.csv",
            Self.sitesHeader
                + "site-a,eu,x,10,80,300,\nsite-b,eu,100,y,80,300,\nsite-c,eu,100,10,80,300,\nsite-a,eu,z,10,80,300,\n")
        #expect(
            folder.messages() == [
                "sites.csv:2:11: error: max_racks: \"x\" is not a number",
                "sites.csv:3:15: error: grid_capacity_mw: \"y\" is not a number",
                "sites.csv:5:1: error: id: duplicate id \"site-a\" (first on line 2)",
                "sites.csv:5:11: error: max_racks: \"z\" is not a number",
            ])
    }

    /// A reference to a malformed id is reported once, at the id, not again as an unknown name.
    @Test func malformedIdsDoNotCascade() throws {
        let folder = try InputFolder([
            "servers.csv":
                "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nh/100,8,1000,10,300000,air\n",
            "workloads.csv": "id,flops,allowed_servers\nrun-a,1e24,h/100\n",
        ])
        #expect(
            folder.messages() == [
                "servers.csv:2:1: error: id: id \"h/100\" may only hold letters, digits, '.', '_' and '-'"
            ])
    }

    /// A pue that is itself invalid is not reported a second time through the pue_adder rule.
    @Test func invalidPueDoesNotCascade() throws {
        let folder = try InputFolder(
            "cooling.csv", "id,kind,pue,capex_usd_per_kw,max_rack_kw\nair-a,air,0.95,2000,40\n")
        #expect(folder.messages() == ["cooling.csv:2:11: error: pue: 0.95 must be ≥ 1"])
    }

    @Test func validSetHasNoDiagnostics() throws {
        let outcome = try InputFolder().load()
        #expect(outcome.diagnostics.all.isEmpty)
        #expect(outcome.catalog?.sites.map(\.id) == ["site-a"])
    }
}
