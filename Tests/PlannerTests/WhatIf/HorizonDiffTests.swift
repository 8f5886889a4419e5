import Foundation
import Testing

@testable import Planner

/// `diff` of two-year plans, on `HorizonModelTests.doubling()` (A): 8 nodes of g1
/// bought in year 1 at 100 000 USD and 8 in year 2 at 80 000 (capex −20 %/yr);
/// year 1 costs 598 000 USD and 3504 t, year 2 1 164 000 USD and 7008 t; NPC 1 762 000,
/// upfront 800 000 + 640 000 = 1 440 000, carbon 10 512 t.
@Suite("planctl diff on horizons")
struct HorizonDiffTests {
    /// A's catalog with g1's price falling 10 %/yr instead of 20 %/yr.
    static let slowerDecline = HorizonModelTests.doubling().with(
        "servers.csv",
        "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds,capex_change_per_yr",
        "g1,1,1000,1,1,100,120,100000,5,air,-0.1"
    )

    /// A's catalog with a third run in year 2.
    static let thirdRun = HorizonModelTests.doubling().with(
        "workloads.csv",
        "id,flops,deadline_days,year",
        "w1,6.5664e22,100,1",
        "w2a,6.5664e22,100,2",
        "w2b,6.5664e22,100,2",
        "w2c,6.5664e22,100,2"
    )

    static func summary(_ fixture: ModelFixture) throws -> PlanSummary { PlanSummary(plan: try fixture.plan()) }

    /// Markdown lines with runs of spaces collapsed, so table rows compare without their padding.
    static func lines(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
    }

    @Test("plan.json's years read back: labels, upfront, each year's cost, carbon and purchases")
    func summaryReadsTheSchedule() throws {
        let horizon = try #require(try Self.summary(HorizonModelTests.doubling()).horizon)
        #expect(horizon.upfrontUSD == 1_440_000)
        #expect(horizon.discountFactorSum == 2)
        #expect(horizon.byYear.map(\.label) == ["year 1", "year 2"])
        #expect(horizon.byYear.map(\.objectiveUSDPerYr) == [598_000, 1_164_000])
        #expect(horizon.byYear.map(\.totalCarbonT) == [3504, 7008])
        #expect(horizon.byYear.map(\.upfrontUSD) == [800_000, 640_000])
        let servers = horizon.byYear.map { $0.purchases.filter { $0.kind == "server" } }
        #expect(
            servers[1] == [
                PlanSummary.Horizon.Purchase(
                    site: "A", item: "g1", cooling: "air1", kind: "server", quantity: 8, unit: "node",
                    upfrontUSD: 640_000)
            ])
    }

    /// B: g1 costs 100 000 · 0.9 = 90 000 USD in year 2, an annuity of 90 000 / 5 = 18 000 USD/yr.
    /// The build stays 8 + 8 (16 nodes in year 1 would draw 2 MW there: 320 000 + 876 000 = 1 196 000
    /// in year 1 alone). Year 1 is unchanged (598 000 USD, 800 000 upfront). Year 2:
    /// 8 · 20 000 + 8 · 18 000 + 876 000 = 1 180 000 USD (+16 000, +1.4 %), upfront 8 · 90 000 = 720 000
    /// (+80 000, +12.5 %). NPC at discount 0: 598 000 + 1 180 000 = 1 778 000 (+16 000, +0.9 %); upfront
    /// 1 520 000 (+80 000, +5.6 %); the servers term's present value 448 000 → 464 000; carbon unchanged.
    @Test("a slower price decline: same purchases, year 2's upfront and cost up, NPC +16 000 USD")
    func slowerPriceDecline() throws {
        let (a, b) = (try Self.summary(HorizonModelTests.doubling()), try Self.summary(Self.slowerDecline))
        expectClose(b.horizon?.npcUSD, 1_778_000)
        let markdown = DiffMarkdown.render(a, b, names: ("main.json", "pr.json"))
        let lines = Self.lines(markdown)
        #expect(
            lines.first
                == "**planctl diff** `main.json` → `pr.json`: net present cost +16.0 k USD (+0.9 %), carbon over "
                + "the horizon unchanged, carbon-free share unchanged; same build.")
        for row in [
            "| net present cost (USD) | 1.76 M USD | 1.78 M USD | +16.0 k USD | +0.9 % |",
            "| upfront spend (USD) | 1.44 M USD | 1.52 M USD | +80.0 k USD | +5.6 % |",
            "| cost: servers | 448.0 k USD | 464.0 k USD | +16.0 k USD | +3.6 % |",
            "| carbon, total (t over the horizon) | 10,512 t | 10,512 t | | |",
            "| year 1 | same purchases | 800.0 k USD | 598.0 k USD | 3,504 t |",
            "| year 2 | same purchases | 640.0 k USD → 720.0 k USD (+80.0 k USD, +12.5 %) "
                + "| 1.16 M USD → 1.18 M USD (+16.0 k USD, +1.4 %) | 7,008 t |",
        ] {
            #expect(lines.contains(row), "no row \(row) in\n\(markdown)")
        }
        #expect(!markdown.contains("objective (USD/yr)"))
    }

    /// B: year 2 trains three runs of 760 node-days by day 100, 22.8 → 23 nodes, so it buys
    /// 15 (8 → 15) at 80 000 USD: upfront 1 200 000. Year 2: 8 · 20 000 + 15 · 16 000 + 23 · 0.125 MW
    /// · 8760 h · 50 USD/MWh = 160 000 + 240 000 + 1 259 250 = 1 659 250 USD, and 2.875 · 8760 · 0.4
    /// = 10 074 t (+3066, +43.8 %). NPC 598 000 + 1 659 250 = 2 257 250 (+495 250, +28.1 %); carbon
    /// 3504 + 10 074 = 13 578 t (+3066, +29.2 %).
    @Test("a third run in year 2: year 2 buys 15 nodes instead of 8")
    func purchaseQuantityChanges() throws {
        let (a, b) = (try Self.summary(HorizonModelTests.doubling()), try Self.summary(Self.thirdRun))
        expectClose(b.horizon?.npcUSD, 2_257_250)
        let markdown = DiffMarkdown.render(a, b, names: ("main.json", "pr.json"))
        let lines = Self.lines(markdown)
        #expect(
            lines.first
                == "**planctl diff** `main.json` → `pr.json`: net present cost +495.3 k USD (+28.1 %), carbon over "
                + "the horizon +3,066 t (+29.2 %), carbon-free share unchanged; adds run w2c; nodes g1 +7; "
                + "purchases change in year 2.")
        let row =
            "| year 2 | 8 → 15 nodes of g1 (air1) at A | 640.0 k USD → 1.20 M USD (+560.0 k USD, +87.5 %) "
            + "| 1.16 M USD → 1.66 M USD (+495.3 k USD, +42.5 %) | 7,008 t → 10,074 t (+3,066 t, +43.8 %) |"
        #expect(lines.contains(row), "\(markdown)")
        #expect(markdown.contains("<summary>Per-site changes in the last year's build (1 site)</summary>"))
    }

    /// B: `HorizonModelTests.waitsForTheNextGeneration`: g2 (twice as fast, same price) arrives in year 2
    /// and year 2 buys 4 g2 nodes (400 000 USD) instead of 8 more g1; year 2 costs 897 000 USD and
    /// 1.5 MW · 8760 h · 0.4 = 5256 t.
    @Test("the next generation: year 2 drops g1 and buys g2")
    func purchasesAddedAndRemoved() throws {
        let nextGeneration = HorizonModelTests.nextGeneration()
        let (a, b) = (try Self.summary(HorizonModelTests.doubling()), try Self.summary(nextGeneration))
        let lines = Self.lines(DiffMarkdown.render(a, b, names: ("a", "b")))
        #expect(
            lines.contains(
                "| year 2 | no longer buys 8 nodes of g1 (air1) at A; buys 4 nodes of g2 (air1) at A "
                    + "| 640.0 k USD → 400.0 k USD (−240.0 k USD, −37.5 %) "
                    + "| 1.16 M USD → 897.0 k USD (−267.0 k USD, −22.9 %) | 7,008 t → 5,256 t (−1,752 t, −25.0 %) |"))
    }

    @Test(
        "purchase changes in words",
        arguments: [
            (id: "site opened", kind: "site", item: "B", unit: "site", before: 0.0, after: 1.0, text: "opens B"),
            (
                id: "site no longer", kind: "site", item: "B", unit: "site", before: 1, after: 0,
                text: "no longer opens B"
            ),
            (
                id: "offer added", kind: "renewable", item: "tx-solar", unit: "MW", before: 0, after: 40,
                text: "buys 40.0 MW of tx-solar at B"
            ),
            (
                id: "battery resized", kind: "battery", item: "li", unit: "MWh", before: 2.5, after: 4,
                text: "2.5 → 4.0 MWh of battery li at B"
            ),
            (
                id: "one storage unit", kind: "storage", item: "s1", unit: "unit", before: 0, after: 1,
                text: "buys 1 unit of storage s1 at B"
            ),
        ])
    func purchaseWords(
        _ example: (id: String, kind: String, item: String, unit: String, before: Double, after: Double, text: String)
    ) {
        let item = PlanSummary.Horizon.Purchase(
            site: "B", item: example.item, cooling: nil, kind: example.kind,
            quantity: max(example.before, example.after),
            unit: example.unit, upfrontUSD: 0)
        let change = ScheduleComparison.PurchaseChange(
            item: item, quantityBefore: example.before, quantityAfter: example.after)
        #expect(ScheduleChangeText.clause(change) == example.text)
    }

    @Test("one-year plans get no schedule section")
    func oneYearHasNoSchedule() throws {
        let markdown = DiffMarkdown.render(
            try KnownPlans.summary(KnownPlans.a), try KnownPlans.summary(KnownPlans.b), names: ("a", "b"))
        #expect(!markdown.contains("Build schedule"))
        #expect(markdown.contains("| objective (USD/yr)"))
        #expect(markdown.contains("<summary>Per-site changes (2 sites)</summary>"))
    }
}
