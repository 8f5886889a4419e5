import Foundation
import Testing

@testable import Planner

/// `planctl plan` as a user and CI run it: files written, exit codes, gates, determinism.
@Suite("planctl plan")
struct PlanCommandTests {
    /// The minimal folder needs 11 nodes: 1e24 FLOP / (86,400 s · 8 · 1000e12 · 0.4) = 3,616.9
    /// node-days, / (0.95 availability · 365 days) = 10.43 → 11.
    @Test func writesTheThreeReportsAndRerunsByteForByte() throws {
        let folder = try InputFolder()
        let first = try PlanctlRunner.run(
            ["plan", ".", "--out", "a", "--quiet", "--timings", "t.json"], in: folder.path)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let second = try PlanctlRunner.run(["plan", ".", "--out", "b", "--quiet"], in: folder.path)
        #expect(second.status == 0)
        for name in ["plan.md", "plan.json", "bom.csv"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(folder.path)/a/\(name)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(folder.path)/b/\(name)"))
            #expect(a == b, "\(name) differs between runs")
        }
        let plan =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/a/plan.json")))
            as! [String: Any]
        #expect(plan["status"] as? String == "optimal")
        let site = (plan["sites"] as! [[String: Any]])[0]
        #expect((site["nodes"] as! [String: Any])["srv-a/air-a"] as? Int == 11)
        let timings =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/t.json")))
            as! [String: Any]
        #expect(Set(timings.keys) == ["read_s", "build_s", "solve_s", "write_s"])
    }

    @Test(arguments: [
        (gate: ["--max-cost", "1"], broken: "gate failed: cost"),
        (gate: ["--max-carbon", "0.001"], broken: "gate failed: carbon"),
        (gate: ["--min-cfe", "0.5"], broken: "gate failed: carbon-free share"),
    ])
    func brokenGateExitsFiveAndStillWrites(gate: [String], broken: String) throws {
        let folder = try InputFolder()
        let result = try PlanctlRunner.run(["plan", ".", "--out", "out", "--quiet"] + gate, in: folder.path)
        #expect(result.status == 5)
        #expect(result.stderrLines.contains { $0.hasPrefix(broken) }, "stderr: \(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/out/plan.json"))
    }

    /// 1e27 FLOP needs 3.617e6 node-days: ⌈3.617e6 / (0.95 · 365)⌉ = 10,431 nodes, in 2,608 racks
    /// of 4 nodes (40 kW / 10 kW) against 100, drawing 10,431 · 10 kW · 1.2 = 125.18 MW against
    /// 10: infeasible, exit 3, and the report names both cells with what they lack.
    @Test func infeasibleExitsThreeWithTheReason() throws {
        let folder = try InputFolder("workloads.csv", "id,flops\nrun-a,1e27\n")
        let result = try PlanctlRunner.run(["plan", ".", "--out", "out", "--quiet"], in: folder.path)
        #expect(result.status == 3, "stderr: \(result.stderr)")
        let report = try String(contentsOfFile: folder.path + "/out/plan.md", encoding: .utf8)
        #expect(report.hasPrefix("# No feasible plan"))
        #expect(report.contains("- sites.csv site-a max_racks: at least 2508 more racks needed (has 100)\n"))
        #expect(report.contains("- sites.csv site-a grid_capacity_mw: at least 115.18 more MW needed (has 10)\n"))
        let json = try String(contentsOfFile: folder.path + "/out/plan.json", encoding: .utf8)
        #expect(json.contains("\"status\": \"infeasible\""))
    }

    @Test func usageErrorsExitSixtyFour() throws {
        let folder = try InputFolder()
        let result = try PlanctlRunner.run(["plan", ".", "--mip-gap", "-1"], in: folder.path)
        #expect(result.status == 64)
    }
}

extension PlanCommandTests {
    /// One node draws 10 kW · PUE 1.2 = 0.012 MW; a 0.01 MW grid connection cannot power it.
    @Test func aSiteThatCannotPowerOneNodeIsNamed() throws {
        let folder = try InputFolder(
            "sites.csv",
            """
            id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh
            site-a,eu,100,0.01,80,300

            """)
        let result = try PlanctlRunner.run(["plan", ".", "--out", "out", "--quiet"], in: folder.path)
        #expect(result.status == 3)
        #expect(
            result.stderrLines.contains(
                "  - workload run-a cannot run anywhere: no eligible site can power one node; the closest, site-a, has 0.01 MW for a node that draws 0.012 MW with cooling"
            ),
            "stderr: \(result.stderr)")
    }
}

extension PlanCommandTests {
    /// A nan limit compares false with every figure, so `--max-cost nan` used to turn the gate
    /// off (exit 0). Every numeric gate and solver flag refuses nan, inf and negatives up front.
    @Test(arguments: [
        (flags: ["--max-cost", "nan"], message: "Error: --max-cost takes an amount in USD/yr ≥ 0, not nan"),
        (flags: ["--max-cost", "inf"], message: "Error: --max-cost takes an amount in USD/yr ≥ 0, not inf"),
        (flags: ["--max-cost=-1"], message: "Error: --max-cost takes an amount in USD/yr ≥ 0, not -1"),
        (flags: ["--max-carbon", "nan"], message: "Error: --max-carbon takes an amount in tCO2e/yr ≥ 0, not nan"),
        (flags: ["--max-carbon=-inf"], message: "Error: --max-carbon takes an amount in tCO2e/yr ≥ 0, not -inf"),
        (flags: ["--max-carbon=-0.5"], message: "Error: --max-carbon takes an amount in tCO2e/yr ≥ 0, not -0.5"),
        (flags: ["--min-cfe", "nan"], message: "Error: --min-cfe must be a fraction between 0 and 1"),
        (flags: ["--min-cfe", "inf"], message: "Error: --min-cfe must be a fraction between 0 and 1"),
        (flags: ["--time-limit", "nan"], message: "Error: --time-limit must be a positive number of seconds"),
        (flags: ["--time-limit", "inf"], message: "Error: --time-limit must be a positive number of seconds"),
        (flags: ["--mip-gap", "nan"], message: "Error: --mip-gap must be a fraction ≥ 0"),
    ])
    func nonFiniteOrNegativeLimitIsAUsageError(flags: [String], message: String) throws {
        let folder = try InputFolder()
        let result = try PlanctlRunner.run(["plan", ".", "--out", "out", "--quiet"] + flags, in: folder.path)
        #expect(result.status == 64)
        #expect(result.stderrLines.first == message, "stderr: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }
}
