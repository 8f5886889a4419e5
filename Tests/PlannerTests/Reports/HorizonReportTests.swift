import Foundation
import Testing

@testable import Planner

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The reports of a two-year plan (`HorizonModelTests.doubling`, derived there by hand):
/// 8 nodes of g1 bought in year 1 at 100 000 USD, 8 more in year 2 at 80 000 USD;
/// year 1 costs 598 000 USD (438 000 of it grid energy), year 2 1 164 000 USD
/// (876 000 grid energy); NPC at discount 0 is 1 762 000 USD.
@Suite("Horizon reports")
struct HorizonReportTests {
    /// plan.json parsed into a dictionary.
    static func json(_ plan: Plan) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(PlanJSON.render(plan).utf8)) as? [String: Any])
    }

    /// A horizon plan stopped before its first bound reports none, like a one-year plan:
    /// `npc_best_bound_usd`, `best_bound_usd_per_yr` and `mip_gap` null, never the NPC with gap 0.
    @Test func aHorizonWithoutABoundSaysSo() throws {
        let catalog = try HorizonModelTests.doubling().catalog()
        let model = HorizonModel(catalog: catalog)
        let solved = GLPKSolver().solveMIP(model.program, options: SolveOptions())
        let solver = try HorizonModelTests.doubling().plan().solver
        let plan = HorizonReader(model: model, solution: solved.columnValues).read(
            status: .timeLimit, bestBound: nil, gap: nil, solver: solver)
        #expect(plan.horizon?.npcUSD == 1_762_000)
        #expect(plan.horizon?.npcBoundUSD == nil && plan.bestBoundUSDPerYr == nil && plan.mipGap == nil)
        let root = try Self.json(plan)
        #expect(root["npc_best_bound_usd"] is NSNull && root["best_bound_usd_per_yr"] is NSNull)
        #expect(root["mip_gap"] is NSNull)
        #expect(
            PlanMarkdown.horizonSolver(plan, try #require(plan.horizon)).contains(
                "| best bound | none proven (the search stopped before its first bound) |"))
        // Proven optimal: the NPC is its own bound, gap 0.
        let optimal = HorizonReader(model: model, solution: solved.columnValues).read(
            status: .optimal, bestBound: nil, gap: nil, solver: solver)
        #expect(optimal.horizon?.npcBoundUSD == 1_762_000 && optimal.mipGap == 0)
    }

    @Test func planJSONCarriesTheHorizon() throws {
        let plan = try HorizonModelTests.doubling().plan()
        let text = PlanJSON.render(plan)
        #expect(text.contains("\"horizon_years\": 2,"))
        #expect(text.contains("\"npc_usd\": 1762000,"))
        // Fixed key order: the horizon keys come after cfe_fraction and before sites.
        let order = ["\"cfe_fraction\"", "\"horizon_years\"", "\"npc_usd\"", "\"upfront_capex_usd\"", "\"years\""]
            .compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 5 && order == order.sorted())
        let root = try Self.json(plan)
        #expect(root["npc_best_bound_usd"] as? Double == 1_762_000)
        #expect(root["upfront_capex_usd"] as? Double == 1_440_000)
        let years = try #require(root["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == [1, 2])
        #expect(years.map { $0["label"] as? String } == ["year 1", "year 2"])
        #expect(years.map { $0["upfront_usd"] as? Double } == [800_000, 640_000])
        #expect(years.map { $0["objective_usd_per_yr"] as? Double } == [598_000, 1_164_000])
        // Cash opex: grid energy only (no support, O&M, water or carbon price here).
        #expect(years.map { $0["cash_opex_usd"] as? Double } == [438_000, 876_000])
        let servers = years.map { year in
            (year["purchases"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "server" }
        }
        #expect(servers.map { $0.map { $0["upfront_usd"] as? Double } } == [[800_000], [640_000]])
        #expect(servers[0].first?["item"] as? String == "g1")
        #expect(servers[0].first?["cooling"] as? String == "air1")
        #expect(servers[0].first?["quantity"] as? Double == 8)
        // Each year's sites are the v1 block of what is installed then.
        let sites = years.map { ($0["sites"] as? [[String: Any]])?.first?["nodes"] as? [String: Double] }
        #expect(sites == [["g1/air1": 8], ["g1/air1": 16]])
        let workloads = try #require(root["workloads"] as? [[String: Any]])
        #expect(workloads.map { $0["year"] as? Int } == [1, 2, 2])
        let second = try #require(years[1]["workloads"] as? [[String: Any]])
        #expect(second.map { $0["id"] as? String } == ["w2a", "w2b"])
    }

    @Test func oneYearPlanKeepsV1Keys() throws {
        let plan = try ModelFixture().plan()
        let text = PlanJSON.render(plan)
        for key in ["horizon_years", "npc_usd", "years", "upfront_capex_usd", "\"year\""] {
            #expect(!text.contains(key), "one-year plan.json has \(key)")
        }
        #expect(BOMCSV.render(plan).hasPrefix("site,item,kind,"))
        #expect(!PlanMarkdown.render(plan).contains("Build schedule"))
        #expect(PlanCharts.files(plan).map(\.name) == ["cost-by-site.svg", "carbon-by-site.svg", "dispatch-A.svg"])
    }

    @Test func planMarkdownLeadsWithMoneyThenTheBuildSchedule() throws {
        let markdown = PlanMarkdown.render(try HorizonModelTests.doubling().plan())
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(lines.first == "# Data-center plan, year 1 to year 2")
        #expect(markdown.contains("net present cost is **1.76 M USD**"))
        #expect(markdown.contains("It spends **1.44 M USD** upfront: **1.44 M USD** on servers"))
        #expect(markdown.contains("from **438.0 k USD** in year 1 to **876.0 k USD** in year 2"))
        #expect(lines.contains("### year 1: 800,000 USD upfront"))
        #expect(lines.contains("- **A**: 8 nodes of `g1` with `air1` cooling (8 accelerators): 800,000 USD"))
        #expect(lines.contains("### year 2: 640,000 USD upfront"))
        #expect(lines.contains("- **A**: 8 nodes of `g1` with `air1` cooling (8 accelerators): 640,000 USD"))
        // Year 2's row: 1.16 M USD, 7,008 tCO2e, 16 accelerators, 2 runs and their ids.
        #expect(
            lines.contains {
                $0.hasPrefix("| year 2 |") && $0.contains(" 1.16 | 7,008.0 |")
                    && $0.hasSuffix(" 16 |            2 | `w2a`, `w2b` |")
            })
        let sections = [
            "## Build schedule", "## Year by year", "(roadmap.svg)", "(cost-carbon-by-year.svg)", "## Cost in year 2",
            "## Installed in year 2", "## Workload placement", "## Solver",
        ].compactMap { markdown.range(of: $0)?.lowerBound }
        #expect(sections.count == 8 && sections == sections.sorted())
        #expect(markdown.contains("| net present cost | 1,762,000 USD over 2 years |"))
    }

    /// Support (1 000 USD/yr per node), a site's fixed opex (5 000 USD/yr) and cooling
    /// at 100 USD/kW (120 kW peak → 12 000 USD a node) leave the build as it is.
    /// Cash opex: 438 000 + 8 · 1 000 + 5 000 = 451 000, then 876 000 + 16 · 1 000 + 5 000 = 897 000.
    /// Upfront: servers 800 000 and 640 000; facilities 8 · 12 000 = 96 000 each year.
    @Test func cashOpexAndUpfrontSplit() throws {
        let plan = try HorizonModelTests.doubling()
            .with(
                "servers.csv",
                "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds,capex_change_per_yr,opex_usd_per_yr",
                "g1,1,1000,1,1,100,120,100000,5,air,-0.2,1000"
            )
            .with(
                "sites.csv",
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,fixed_opex_usd_per_yr",
                "A,r1,100,10,50,400,5000"
            )
            .with("cooling.csv", "id,kind,pue,capex_usd_per_kw,max_rack_kw", "air1,air,1.25,100,40")
            .plan()
        let years = try #require(try Self.json(plan)["years"] as? [[String: Any]])
        #expect(years.map { $0["cash_opex_usd"] as? Double } == [451_000, 897_000])
        #expect(years.map { $0["upfront_servers_usd"] as? Double } == [800_000, 640_000])
        #expect(years.map { $0["upfront_usd"] as? Double } == [896_000, 736_000])
        let markdown = PlanMarkdown.render(plan)
        #expect(
            markdown.contains(
                "8 nodes of `g1` with `air1` cooling (8 accelerators): 736,000 USD "
                    + "(servers 640,000 USD, cooling and electrical 96,000 USD)"))
    }

    @Test func bomCSVListsEachYearsPurchases() throws {
        let csv = BOMCSV.render(try HorizonModelTests.doubling().plan())
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",").prefix(8).joined(separator: ",") }
        #expect(
            rows == [
                "year,site,item,kind,quantity,unit,unit_price_usd,total_usd",
                "1,A,A,site,1,site,0,0",
                "1,A,g1/air1,server,8,node,100000,800000",
                "2,A,g1/air1,server,8,node,80000,640000",
            ])
        #expect(csv.contains("1 accelerator per node; servers 640000 USD and their cooling and electrical 0 USD"))
    }

    @Test func roadmapAndCostByYearCharts() throws {
        let first = PlanCharts.files(try HorizonModelTests.doubling().plan())
        let again = PlanCharts.files(try HorizonModelTests.doubling().plan())
        #expect(
            first.map(\.name) == [
                "cost-by-site.svg", "carbon-by-site.svg", "dispatch-A.svg", "roadmap.svg", "cost-carbon-by-year.svg",
            ])
        #expect(first.map(\.contents) == again.map(\.contents))
        let roadmap = try #require(first.first { $0.name == "roadmap.svg" }?.contents)
        #expect(roadmap.contains("<desc id=\"desc\">year 1: 8 accelerators; year 2: 16 accelerators</desc>"))
        #expect(roadmap.contains("year 2 · g1: 16 accelerators"))
        let costCarbon = try #require(first.first { $0.name == "cost-carbon-by-year.svg" }?.contents)
        #expect(costCarbon.contains("year 2: 1,164,000 USD/yr, 7,008 tCO2e/yr"))
        for file in first where file.name.hasSuffix(".svg") {
            #expect(XMLParser(data: Data(file.contents.utf8)).parse(), "\(file.name) is not well-formed")
        }
        #expect(first[0].contents.contains("Annual cost by site in year 2"))
    }

    /// Over a horizon `max_nodes` bounds each year's deliveries: with 8 a year the
    /// doubling plan is unchanged (8 nodes bought in each year), and year 2's note
    /// counts the 8 bought then, not the 16 installed (which would read "16 of 8").
    @Test func supplyNotesCountTheYearsDeliveries() throws {
        let plan = try HorizonModelTests.doubling()
            .with(
                "servers.csv",
                "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds,capex_change_per_yr,max_nodes",
                "g1,1,1000,1,1,100,120,100000,5,air,-0.2,8"
            )
            .plan()
        let years = try #require(plan.horizon?.years)
        let notes = years.map { year in
            year.plan.sites.flatMap(\.purchases).filter { $0.kind == "server" }.map { PurchaseText.note($0.note) }
        }
        #expect(
            notes == [
                [
                    "1 accelerators per node; supply-limited: 8 bought in year 1 of max_nodes 8 deliverable a year across all sites"
                ],
                [
                    "1 accelerators per node; supply-limited: 8 bought in year 2 of max_nodes 8 deliverable a year across all sites"
                ],
            ])
    }
}
