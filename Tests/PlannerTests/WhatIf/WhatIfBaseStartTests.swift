import Foundation
import Testing

@testable import Planner

/// Every scenario's search starts from the base plan (`BaseStart`).
///
/// WhatIfFixture's two sites (A: 50 USD/MWh, 400 kg/MWh; B: 60 USD/MWh,
/// 100 kg/MWh), both of risk 0 under max_risk_score 0.5. The base plan: w1's
/// 8 nodes at A, 8 · 20 000 + 8760 MWh · 50 = 598 000 USD/yr, 3504 t/yr.
/// The base build valued under each scenario (the start GLPK is offered):
/// - cap-above (max_carbon_t 4000 ≥ 3504): 598 000, and the optimum: same plan;
/// - b-dearer (B's grid at 70, B unused): 598 000, and the optimum: same plan;
/// - gpu-up (capex × 1.5): 8 · 30 000 + 438 000 = 678 000, the optimum (B: 765 600);
/// - carbon-100 (100 USD/t): 598 000 + 3504 · 100 = 948 400; B is cheaper,
///   160 000 + 525 600 + 876 · 100 = 773 200;
/// - a-ruled-out (A's risk 0.9 > 0.5): A has no columns, so w1's only home
///   runs[w1,B,g1] is 0 in the base plan and the LP with it fixed has no
///   solution: no start, and the plan at B, 685 600.
@Suite("What-if scenarios start from the base plan")
struct WhatIfBaseStartTests {
    static let fixture = WhatIfFixture.twoSites.with(
        "sites.csv",
        "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,risk_score",
        "A,r1,100,10,50,400,0",
        "B,r1,100,10,60,100,0"
    ).withPolicy("max_risk_score,0.5")

    static let scenarios = """
        scenario,file,id,column,op,value
        cap-above,policy,max_carbon_t,value,set,4000
        b-dearer,sites,B,grid_price_usd_per_mwh,set,70
        gpu-up,servers,*,capex_usd,scale,1.5
        carbon-100,policy,carbon_price_usd_per_t,value,set,100
        a-ruled-out,sites,A,risk_score,set,0.9
        """

    static let cases: [(id: String, start: Double?, objective: Double, site: String)] = [
        (id: "cap-above", start: 598_000, objective: 598_000, site: "A"),
        (id: "b-dearer", start: 598_000, objective: 598_000, site: "A"),
        (id: "gpu-up", start: 678_000, objective: 678_000, site: "A"),
        (id: "carbon-100", start: 948_400, objective: 773_200, site: "B"),
        (id: "a-ruled-out", start: nil, objective: 685_600, site: "B"),
    ]

    @Test(
        "each scenario is offered the base build at its own prices, or nothing where it rules it out", arguments: cases)
    func startOfEachScenario(_ example: (id: String, start: Double?, objective: Double, site: String)) throws {
        let folder = try WhatIfFixture(Self.fixture, scenarios: Self.scenarios)
        let loaded = WhatIf.load(directory: folder.path)
        let base = Planning.plan(try #require(loaded.catalogs.first))
        expectClose(base.plan?.objectiveUSDPerYr, 598_000, "base")
        let solver = StartRecordingSolver()
        var options = PlanOptions()
        options.solver = solver
        options.startFrom = try #require(base.solution)
        let scenario = try #require(loaded.catalogs.first { $0.scenario == example.id })
        let outcome = Planning.plan(scenario, options: options)
        let starts = solver.startObjectives
        #expect(starts.count == 1, "\(example.id)")
        if let expected = example.start {
            expectClose(starts.first ?? nil, expected, example.id)
        } else {
            #expect(starts == [nil], "\(example.id)")
        }
        let plan = try #require(outcome.plan)
        #expect(plan.status == .optimal)
        expectClose(plan.objectiveUSDPerYr, example.objective, example.id)
        #expect(plan.sites.filter(\.open).map(\.id) == [example.site], "\(example.id)")
        #expect(plan.nodes(example.site, "g1", "air1") == 8, "\(example.id)")
    }

    /// A scenario that binds nothing the base plan uses returns the base plan itself:
    /// the same objective to the cent and the same build, so whatif.md says "same build".
    @Test("scenarios that bind nothing return the base plan", arguments: ["cap-above", "b-dearer"])
    func unboundScenarioIsTheBasePlan(_ scenario: String) throws {
        let folder = try WhatIfFixture(Self.fixture, scenarios: Self.scenarios)
        let results = WhatIf.solve(WhatIf.load(directory: folder.path).catalogs, options: PlanOptions(), jobs: 2)
        let base = try #require(results.first)
        let other = try #require(results.first { $0.scenario == scenario })
        #expect(other.summary.objectiveUSDPerYr == base.summary.objectiveUSDPerYr)
        #expect(other.summary.openSites == base.summary.openSites)
        #expect(other.summary.nodesByServer == base.summary.nodesByServer)
        #expect(other.outcome.solution == base.outcome.solution)
        #expect(WhatIfMarkdown.summaryLine(base: base.summary, other.summary).hasSuffix("same build"))
    }

    /// A shard without the base solves it for the start only: its scenarios' files are a
    /// single run's, byte for byte, and it writes no base plan.
    @Test("a shard without the base starts from the same base plan")
    func shardStartsFromTheBase() throws {
        let folder = try WhatIfFixture(Self.fixture, scenarios: Self.scenarios)
        let whole = WhatIf.solve(WhatIf.load(directory: folder.path).catalogs, options: PlanOptions(), jobs: 2)
        let loaded = WhatIf.load(directory: folder.path, shard: try #require(Shard("1/2")))
        #expect(loaded.base?.scenario == nil && loaded.base != nil)
        let shard = WhatIf.solve(loaded.catalogs, options: PlanOptions(), jobs: 2, base: loaded.base)
        #expect(shard.map(\.scenario) == ["cap-above", "gpu-up", "a-ruled-out"])
        for result in shard {
            let single = try #require(whole.first { $0.scenario == result.scenario })
            #expect(result.files.map(\.contents) == single.files.map(\.contents), "\(result.scenario ?? "base")")
        }
        #expect(shard.map(\.summary.objectiveUSDPerYr) == [598_000, 678_000, 685_600])
    }

    /// `plan --scenario` (`Planning.plan(_:base:)`) plans the base first and starts
    /// the scenario from it: under carbon-100 the base build is offered at 948 400
    /// and the search moves w1 to B (773 200); its files equal whatif's for it.
    @Test("plan --scenario starts from the base plan, as whatif does")
    func planScenarioStartsFromTheBase() throws {
        let folder = try WhatIfFixture(Self.fixture, scenarios: Self.scenarios)
        let loaded = WhatIf.load(directory: folder.path)
        let base = try #require(loaded.catalogs.first)
        let scenario = try #require(loaded.catalogs.first { $0.scenario == "carbon-100" })
        let solver = StartRecordingSolver()
        var options = PlanOptions()
        options.solver = solver
        let outcome = Planning.plan(scenario, base: base, options: options)
        #expect(solver.startObjectives.count == 2)
        #expect(solver.startObjectives.first == .some(nil))
        expectClose(try #require(solver.startObjectives.last ?? nil), 948_400)
        expectClose(outcome.plan?.objectiveUSDPerYr, 773_200)

        let whatIf = WhatIf.solve(loaded.catalogs, options: PlanOptions(), jobs: 2)
        let same = try #require(whatIf.first { $0.scenario == "carbon-100" })
        #expect(PlanFiles.render(outcome, catalog: scenario).map(\.contents) == same.files.map(\.contents))
    }
}
