import Testing

@testable import Planner

/// Problems with files and headers: each message exact, with its file:line:column.
@Suite struct HeaderAndFileMessageTests {
    static let sitesHeader = "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh"

    @Test(arguments: [
        (
            name: "missing required file", file: "workloads.csv", content: nil as String?,
            expected: ["workloads.csv:1:1: error: required file is missing"]
        ),
        (
            name: "missing required column", file: "sites.csv",
            content: "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh\nsite-a,eu,100,10,80\n",
            // Once, on the header; not again on every row.
            expected: ["sites.csv:1:1: error: missing required column \"grid_carbon_kg_per_mwh\""]
        ),
        // The header is 82 characters, so the appended column starts at column 84.
        (
            name: "unknown column with hint", file: "sites.csv",
            content: sitesHeader + ",solar_fc\nsite-a,eu,100,10,80,300,0.1\n",
            expected: ["sites.csv:1:84: error: unknown column \"solar_fc\"; did you mean \"solar_cf\"?"]
        ),
        (
            name: "unknown column without hint", file: "cooling.csv",
            content: "id,kind,pue,capex_usd_per_kw,max_rack_kw,colour\nair-a,air,1.2,2000,40,blue\n",
            expected: [
                "cooling.csv:1:42: error: unknown column \"colour\"; cooling.csv has: id, kind, pue, capex_usd_per_kw, redundancy, max_rack_kw, wue_l_per_kwh, heat_recovery_fraction, lifetime_years"
            ]
        ),
        (
            name: "duplicate column", file: "workloads.csv", content: "id,flops,flops\nrun-a,1e24,1e24\n",
            expected: ["workloads.csv:1:10: error: duplicate column \"flops\" (first at column 4)"]
        ),
        (
            name: "header names are case-sensitive", file: "workloads.csv", content: "id,FLOPS\nrun-a,1e24\n",
            expected: [
                "workloads.csv:1:4: error: unknown column \"FLOPS\"; did you mean \"flops\"?",
                "workloads.csv:2:1: error: give either flops or both params_b and tokens_b",
            ]
        ),
        // Row 2 has 7 cells for 6 columns: point at the extra cell (after "300," at column 25).
        (
            name: "row too wide", file: "sites.csv", content: sitesHeader + "\nsite-a,eu,100,10,80,300,9\n",
            expected: ["sites.csv:2:25: error: this row has 7 cells but the header has 6 columns"]
        ),
        // Too narrow: point at the last cell present ("80" at column 18).
        (
            name: "row too narrow", file: "sites.csv", content: sitesHeader + "\nsite-a,eu,100,10,80\n",
            expected: ["sites.csv:2:18: error: this row has 5 cells but the header has 6 columns"]
        ),
    ])
    func message(name: String, file: String, content: String?, expected: [String]) throws {
        let messages = try InputFolder(file, content).messages()
        #expect(messages == expected)
    }

    @Test(arguments: [
        (
            name: "renewable.csv",
            expected: "renewable.csv:1:1: error: unknown catalog file; did you mean renewables.csv?"
        ),
        (name: "Sites.csv", expected: "Sites.csv:1:1: error: unknown catalog file; did you mean sites.csv?"),
        (name: "notes.csv", expected: "notes.csv:1:1: error: unknown catalog file; did you mean sites.csv?"),
        (
            name: "prices-2024.CSV",
            expected:
                "prices-2024.CSV:1:1: error: unknown catalog file; planctl reads: sites.csv, servers.csv, cooling.csv, storage.csv, workloads.csv, renewables.csv, batteries.csv, profiles.csv, policy.csv, scenarios.csv"
        ),
    ])
    func unknownFile(name: String, expected: String) throws {
        let messages = try InputFolder(name, "a,b\n1,2\n").messages()
        #expect(messages == [expected])
    }

    /// Files that are not CSV are none of planctl's business.
    @Test func otherFilesAreIgnored() throws {
        let folder = try InputFolder(["README.md": "# notes", "sites.csv.bak": "junk", "data.json": "{}"])
        #expect(folder.messages() == [])
    }

    @Test func missingFolder() {
        let outcome = CatalogLoader.load(directory: "/nonexistent/planctl-inputs")
        #expect(outcome.catalog == nil)
        #expect(
            outcome.diagnostics.sorted.map(\.description) == [
                "/nonexistent/planctl-inputs:1:1: error: no such input folder"
            ])
    }
}
