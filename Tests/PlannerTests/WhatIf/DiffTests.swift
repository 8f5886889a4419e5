import Foundation
import Testing

@testable import Planner

/// Two hand-written plans: B moves llm-a from tx to se, adds 40 MW of se-wind
/// and 16 b200 nodes in place of 16 h100 ones.
/// Cost 10.0 M → 11.0 M USD/yr (+1.00 M, +10.0 %); carbon 2,000 + 500 → 800 + 700
/// (total 2,500 → 1,500, −1,000 t, −40.0 %); carbon-free 20 % → 65 %.
enum KnownPlans {
    static let a = """
        {"status": "optimal", "objective_usd_per_yr": 10000000, "mip_gap": 0,
         "cost_usd_per_yr": {"servers": 6000000, "grid_energy": 4000000, "renewables": 0},
         "carbon_t_per_yr": {"operational": 2000, "embodied": 500, "total": 2500},
         "cfe_fraction": 0.2,
         "sites": [{"id": "tx", "open": true, "nodes": {"h100/air": 16}, "renewables_mw": {}, "battery": {},
                    "racks": 8, "facility_mw": 2.5},
                   {"id": "se", "open": false, "nodes": {}, "renewables_mw": {}, "battery": {}, "racks": 0, "facility_mw": 0}],
         "workloads": [{"id": "llm-a", "site": "tx", "server": "h100"}],
         "manifest": {"scenario": null, "inputs_sha256": {"sites.csv": "aa"}}}
        """
    static let b = """
        {"status": "optimal", "objective_usd_per_yr": 11000000, "mip_gap": 0,
         "cost_usd_per_yr": {"servers": 6500000, "grid_energy": 3000000, "renewables": 1500000},
         "carbon_t_per_yr": {"operational": 800, "embodied": 700, "total": 1500},
         "cfe_fraction": 0.65,
         "sites": [{"id": "tx", "open": false, "nodes": {}, "renewables_mw": {}, "battery": {}, "racks": 0, "facility_mw": 0},
                   {"id": "se", "open": true, "nodes": {"b200/liquid": 16}, "renewables_mw": {"se-wind": 40}, "battery": {},
                    "racks": 6, "facility_mw": 2.25}],
         "workloads": [{"id": "llm-a", "site": "se", "server": "b200"}],
         "manifest": {"scenario": null, "inputs_sha256": {"sites.csv": "bb"}}}
        """

    static func summary(_ text: String) throws -> PlanSummary { try PlanSummary(json: Data(text.utf8)) }
}

@Suite("planctl diff")
struct DiffTests {
    @Test("summary line first: cost, carbon, carbon-free share, then the build changes")
    func summaryLine() throws {
        let markdown = DiffMarkdown.render(
            try KnownPlans.summary(KnownPlans.a), try KnownPlans.summary(KnownPlans.b), names: ("main.json", "pr.json"))
        let first = markdown.split(separator: "\n").first.map(String.init)
        #expect(
            first
                == "**planctl diff** `main.json` → `pr.json`: cost +1.00 M USD/yr (+10.0 %), carbon −1,000 t/yr (−40.0 %), "
                + "carbon-free share 20.0 % → 65.0 %; opens se; closes tx; moves llm-a from tx (h100) to se (b200); "
                + "adds 40 MW of se-wind; nodes b200 +16, h100 −16.")
    }

    @Test(
        "table rows: figure, A, B, absolute and relative change",
        arguments: [
            (
                id: "objective",
                row: "| objective (USD/yr)         | 10.00 M USD | 11.00 M USD | +1.00 M USD | +10.0 % |"
            ),
            (
                id: "renewables_from_zero",
                row: "| cost: renewables           |       0 USD |  1.50 M USD | +1.50 M USD |         |"
            ),
            (id: "embodied", row: "| carbon, embodied (t/yr)    |       500 t |       700 t |      +200 t | +40.0 % |"),
            (
                id: "cfe_in_points",
                row: "| carbon-free share          |      20.0 % |      65.0 % |   +45.0 pp |         |"
            ),
            (id: "nodes", row: "| nodes: h100                |          16 |           0 |         −16 | −100.0 % |"),
        ])
    func tableRows(_ example: (id: String, row: String)) throws {
        let markdown = DiffMarkdown.render(
            try KnownPlans.summary(KnownPlans.a), try KnownPlans.summary(KnownPlans.b), names: ("a", "b"))
        let normalised = { (line: String) in line.split(separator: " ").joined(separator: " ") }
        let rows = markdown.split(separator: "\n").map { normalised(String($0)) }
        #expect(rows.contains(normalised(example.row)), "\(markdown)")
    }

    @Test("per-site changes sit in a collapsed block, one row per changed site")
    func perSiteDetails() throws {
        let markdown = DiffMarkdown.render(
            try KnownPlans.summary(KnownPlans.a), try KnownPlans.summary(KnownPlans.b), names: ("a", "b"))
        #expect(markdown.contains("<details><summary>Per-site changes (2 sites)</summary>"))
        let rows = markdown.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("| se | no → yes | – → b200/liquid 16 | – → se-wind 40.0 | 0.0 → 2.3 |"), "\(markdown)")
        #expect(rows.contains("| tx | yes → no | h100/air 16 → – | – | 2.5 → 0.0 |"), "\(markdown)")
        #expect(markdown.hasSuffix("</details>\n"))
    }

    @Test("a plan compared with itself: no changes, no details block")
    func identical() throws {
        let a = try KnownPlans.summary(KnownPlans.a)
        let markdown = DiffMarkdown.render(a, a, names: ("a", "a"))
        #expect(
            markdown.hasPrefix(
                "**planctl diff** `a` → `a`: cost unchanged, carbon unchanged, carbon-free share unchanged; same build.\n"
            ))
        #expect(!markdown.contains("<details>"))
    }

    @Test("an infeasible plan.json reads back with its reasons and no figures")
    func infeasibleReadBack() throws {
        let json = InfeasibleReport.json(
            ["workload w1 cannot finish by day 10"], manifest: Manifest(catalog: Catalog()))
        let summary = try PlanSummary(json: Data(json.utf8))
        #expect(summary.status == .infeasible && !summary.hasPlan)
        #expect(summary.reasons == ["workload w1 cannot finish by day 10"])
    }

    @Test(
        "a file that is not a plan is refused with a sentence",
        arguments: [
            (id: "not_json", text: "plan: yes", why: "not valid JSON"),
            (id: "no_status", text: "{\"objective_usd_per_yr\": 1}", why: "no \"status\""),
            (id: "no_objective", text: "{\"status\": \"optimal\"}", why: "no \"objective_usd_per_yr\""),
        ])
    func notAPlan(_ example: (id: String, text: String, why: String)) {
        #expect {
            try PlanSummary(json: Data(example.text.utf8), source: "x.json")
        } throws: { error in
            (error as? PlanSummaryError)?.description
                == "x.json is not a planctl plan.json (\(example.why)); write it with `planctl plan`"
        }
    }

    @Test("a fresh plan and its plan.json read back give the same summary figures")
    func roundTrip() throws {
        let plan = try WhatIfFixture.twoSites.plan()
        let summary = try PlanSummary(json: Data(PlanJSON.render(plan).utf8))
        // plan.json keeps ten significant digits: the solver's float noise is gone.
        #expect(summary.objectiveUSDPerYr == 598_000)
        expectClose(plan.objectiveUSDPerYr, 598_000)
        #expect(summary.totalCarbonT == 3504)
        #expect(summary.nodesByServer == [PlanSummary.Figure(name: "g1", value: 8)])
        #expect(summary.workloads == [PlanSummary.Workload(id: "w1", site: "A", server: "g1")])
    }
}
