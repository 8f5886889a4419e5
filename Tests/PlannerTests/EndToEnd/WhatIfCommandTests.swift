import Foundation
import Testing

/// `planctl plan`, `whatif` and `diff` as CI runs them, on WhatIfFixture (base 598 000 USD/yr, 3504 t/yr, 0 % carbon-free).
@Suite("planctl whatif, diff and gates")
struct WhatIfCommandTests {
    @Test(
        "each gate's exit code and message",
        arguments: [
            (id: "none", flags: [String](), status: Int32(0), message: ""),
            (
                id: "max_cost", flags: ["--max-cost", "500000"], status: 5,
                message: "gate failed: cost 598,000 USD/yr exceeds --max-cost 500,000 by 98,000 USD/yr"
            ),
            (id: "max_cost_holds", flags: ["--max-cost", "598000"], status: 0, message: ""),
            (
                id: "max_carbon", flags: ["--max-carbon", "3000"], status: 5,
                message: "gate failed: carbon 3,504.0 tCO2e/yr exceeds --max-carbon 3,000.0 by 504.0 t"
            ),
            (
                id: "min_cfe", flags: ["--min-cfe", "0.25"], status: 5,
                message: "gate failed: carbon-free share 0.00 % is below --min-cfe 25.00 % by 25.00 points"
            ),
            (
                id: "min_cfe_range", flags: ["--min-cfe", "25"], status: 64,
                message: "Error: --min-cfe must be a fraction between 0 and 1"
            ),
            (
                id: "increase_without_baseline", flags: ["--max-cost-increase", "5%"], status: 64,
                message: "Error: --max-cost-increase and --max-carbon-increase compare with a plan: add --baseline FILE"
            ),
            (
                id: "bad_allowance", flags: ["--baseline", "x.json", "--max-cost-increase", "5 percent"], status: 64,
                message: "Error: --max-cost-increase takes a percentage (`5%`) or an amount ≥ 0, not \"5 percent\""
            ),
            (
                id: "missing_baseline", flags: ["--baseline", "missing.json", "--max-cost-increase", "5%"], status: 1,
                message: "error: --baseline: cannot read missing.json"
            ),
        ])
    func gates(_ example: (id: String, flags: [String], status: Int32, message: String)) throws {
        let fixture = try WhatIfFixture(scenarios: nil)
        let result = try PlanctlRunner.run(["plan", ".", "--quiet", "--out", "out"] + example.flags, in: fixture.path)
        #expect(result.status == example.status, "\(result.stderr)")
        if example.message.isEmpty {
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        } else {
            #expect(result.stderrLines.first == example.message, "\(result.stderr)")
        }
        if example.status == 5 {
            #expect(FileManager.default.fileExists(atPath: fixture.path + "/out/plan.json"), "reports still written")
        }
    }

    @Test("relative gate: a pricier build against the baseline plan exits 5; within the allowance 0")
    func relativeGate() throws {
        let fixture = try WhatIfFixture()
        let base = try PlanctlRunner.run(["plan", ".", "--quiet", "--out", "main"], in: fixture.path)
        #expect(base.status == 0)
        // gpu-up costs 678 000 USD/yr: +80 000 (+13.38 %) over the baseline.
        let strict = try PlanctlRunner.run(
            [
                "plan", ".", "--quiet", "--scenario", "gpu-up", "--out", "pr",
                "--baseline", "main/plan.json", "--max-cost-increase", "5%",
            ], in: fixture.path)
        #expect(strict.status == 5)
        #expect(
            strict.stderrLines == [
                "gate failed: cost 678,000 USD/yr is 80,000 (13.38 %) over the baseline's 598,000; "
                    + "--max-cost-increase allows 5 % (limit 627,900)"
            ])
        let loose = try PlanctlRunner.run(
            [
                "plan", ".", "--quiet", "--scenario", "gpu-up", "--out", "pr",
                "--baseline", "main/plan.json", "--max-cost-increase", "80000",
            ], in: fixture.path)
        #expect(loose.status == 0, "\(loose.stderr)")
    }

    @Test("whatif writes every scenario's folder and whatif.md; a gate on the base exits 5")
    func whatifRun() throws {
        let fixture = try WhatIfFixture()
        let result = try PlanctlRunner.run(
            ["whatif", ".", "--out", "r", "--jobs", "2", "--max-cost", "590000"], in: fixture.path)
        #expect(result.status == 5, "\(result.stderr)")
        #expect(
            result.stderrLines.last == "gate failed: cost 598,000 USD/yr exceeds --max-cost 590,000 by 8,000 USD/yr")
        for name in ["plan.json", "whatif.md", "gpu-up/plan.json", "carbon-100/bom.csv", "tiny-grid/plan.md"] {
            #expect(FileManager.default.fileExists(atPath: fixture.path + "/r/" + name), "\(name)")
        }
        let whatif = try fixture.read("r/whatif.md")
        #expect(
            whatif.contains(
                "- **carbon-100**: cost +175.2 k USD/yr, carbon −2,628 t/yr; opens B; closes A; moves w1 from A to B\n"),
            "\(whatif)")
        #expect(whatif.contains("- **gpu-up**: cost +80.0 k USD/yr, carbon unchanged; same build\n"), "\(whatif)")
        #expect(whatif.contains("- **tiny-grid**: has no plan (infeasible)\n"), "\(whatif)")
    }

    @Test("shards 0/2 and 1/2 merged give the whatif.md of one run, byte for byte")
    func shardAndMerge() throws {
        let fixture = try WhatIfFixture()
        #expect(try PlanctlRunner.run(["whatif", ".", "--quiet", "--out", "one"], in: fixture.path).status == 0)
        #expect(
            try PlanctlRunner.run(["whatif", ".", "--quiet", "--out", "s0", "--shard", "0/2"], in: fixture.path).status
                == 0)
        let second = try PlanctlRunner.run(
            ["whatif", ".", "--quiet", "--out", "s1", "--shard", "1/2"], in: fixture.path)
        #expect(second.status == 0, "a shard without the base has no gate to check")
        #expect(!FileManager.default.fileExists(atPath: fixture.path + "/s1/plan.json"))
        let early = try PlanctlRunner.run(["whatif", "--merge", "s0", "--out", "m"], in: fixture.path)
        #expect(early.status == 1)
        #expect(early.stderrLines == ["error: the shards do not cover the sweep: shard 1/2 not found"])
        let merged = try PlanctlRunner.run(
            ["whatif", "--quiet", "--merge", "s0", "s1", "--out", "m"], in: fixture.path)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try fixture.read("m/whatif.md") == fixture.read("one/whatif.md"))
    }

    @Test("diff prints Markdown on stdout; an unreadable plan exits 1")
    func diff() throws {
        let fixture = try WhatIfFixture()
        #expect(try PlanctlRunner.run(["whatif", ".", "--quiet", "--out", "r"], in: fixture.path).status == 0)
        let result = try PlanctlRunner.run(["diff", "r/plan.json", "r/no-room/plan.json"], in: fixture.path)
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "**planctl diff** `r/plan.json` → `r/no-room/plan.json`: cost +87.6 k USD/yr (+14.6 %), "
                    + "carbon −2,628 t/yr (−75.0 %), carbon-free share unchanged; opens B; closes A; moves w1 from A to B.\n"
            ),
            "\(result.stdout)")
        let missing = try PlanctlRunner.run(["diff", "r/plan.json", "nothing.json"], in: fixture.path)
        #expect(missing.status == 1)
        #expect(missing.stderrLines == ["error: cannot read nothing.json"])
    }
}
