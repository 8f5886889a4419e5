import Testing

@testable import Planner

/// The site split and the Lagrangian search on hand-solvable instances.
@Suite("Lagrangian search")
struct LagrangianSearchTests {
    /// The base fixture with a second site B whose grid costs 60 USD/MWh (A: 50).
    /// w1 needs 8 nodes (1 MW facility, 8760 MWh/yr) wherever it runs:
    /// at A 8 · 20 000 + 8760 · 50 = 598 000 USD/yr, at B 8 · 20 000 + 8760 · 60 = 685 600.
    static let twoSites = ModelFixture().with(
        "sites.csv",
        "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
        "A,r1,100,10,50,400",
        "B,r1,100,10,60,400")

    /// `twoSites` with `racks` racks at A (B keeps 100).
    static func twoSites(racksAtA racks: Int) -> ModelFixture {
        twoSites.with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
            "A,r1,\(racks),10,50,400",
            "B,r1,100,10,60,400")
    }

    /// The Lagrangian search of `catalog`'s model to a 1e-6 gap, on two jobs.
    static func search(_ catalog: Catalog) throws -> (model: PlanModel, outcome: LagrangianSearch.Outcome) {
        let model = PlanModel(catalog: catalog)
        let split = try #require(SiteDecomposition(model))
        var options = PlanOptions()
        options.mipGap = 1e-6
        let context = PlanningContext(options: options, policy: model.catalog.policy)
        return (model, LagrangianSearch(model: model, split: split, context: context, jobs: 2).run(from: nil))
    }

    /// Only w1's assignment row spans both sites; its work row is dropped for share ≥ z rows.
    @Test func theSplitDualisesOnlyTheAssignmentRow() throws {
        let model = PlanModel(catalog: try Self.twoSites.catalog())
        let split = try #require(SiteDecomposition(model))
        #expect(split.coupling.map { model.program.rows[$0.row].name } == ["assign[w1]"])
        #expect(split.coupling.map(\.sense) == [0])
        #expect(split.sites.map(\.site) == [0, 1])
        // Each site: open, load, nodes, one grid step, runs and work (6 columns).
        #expect(split.sites.map(\.program.columns.count) == [6, 6])
        #expect(split.sites[0].program.rows.contains { $0.name == "share_ge_z" && $0.lower == 0 })
        #expect(!split.reformulated.rows.contains { $0.name == "work[w1]" })
    }

    /// One site does not split.
    @Test func oneSiteDoesNotSplit() throws {
        #expect(SiteDecomposition(PlanModel(catalog: try ModelFixture().catalog())) == nil)
    }

    /// The search proves the optimum 598 000: its bound reaches the plan's cost.
    @Test func theSearchProvesTheOptimum() throws {
        let outcome = try Self.search(try Self.twoSites.catalog()).outcome
        #expect(abs(outcome.planCost - 598_000) < 1e-3)
        #expect(outcome.lowerBound <= outcome.planCost + 1e-6)
        #expect(outcome.lowerBound >= 598_000 * (1 - 1e-6))
    }

    /// Two runs compete for the cheap site, which has room for one: A's 24
    /// racks hold 8 nodes (3 racks each), exactly one run's. Each run costs
    /// 598 000 USD/yr at A and 685 600 at B (as above), so the optimum is one
    /// run at each site, 598 000 + 685 600 = 1 283 600 (both at B: 1 371 200).
    /// The site problems see the runs only through their prices, so the bound
    /// must come from multipliers that price A's room: it may come close to
    /// the optimum but never pass it, and the plan must put one run at each site.
    @Test func runsCompetingForASiteKeepTheBoundBelowTheOptimum() throws {
        let catalog = try Self.twoSites(racksAtA: 24).with(
            "workloads.csv", "id,flops,deadline_days", "w1,6.5664e22,100", "w2,6.5664e22,100"
        ).catalog()
        let (model, outcome) = try Self.search(catalog)
        #expect(abs(outcome.planCost - 1_283_600) < 1e-3)
        #expect(outcome.lowerBound <= 1_283_600 * (1 + 1e-9))
        // Measured: 1 282 749, 0.07 % below; the rounds stop short of the
        // optimum's prices, and the bound must still price both runs.
        #expect(outcome.lowerBound >= 1_283_600 * 0.99)
        let plan = try #require(outcome.plan)
        #expect(abs(model.program.objectiveValue(plan) - 1_283_600) < 1e-3)
        let homes = model.index.assignments.filter { plan[model.index.assigned[$0]!.index] > 0.5 }
        #expect(homes.map(\.site).sorted() == [0, 1])
    }

    /// Planning with the split on gives the plan of the plain MIP.
    @Test func planningWithTheSplitMatchesThePlainMIP() throws {
        let catalog = try Self.twoSites.catalog()
        var split = PlanOptions()
        split.search = SearchStrategy(minimumIntegers: 0, lagrangian: true)
        split.jobs = 2
        var plain = PlanOptions()
        plain.search = SearchStrategy(firstPlan: false, branchOnChoices: false, lagrangian: false)
        let a = try #require(Planning.plan(catalog, options: split).plan)
        let b = try #require(Planning.plan(catalog, options: plain).plan)
        #expect(a.status == .optimal)
        #expect(abs(a.objectiveUSDPerYr - 598_000) < 1e-3)
        #expect(abs(b.objectiveUSDPerYr - 598_000) < 1e-3)
        #expect(a.sites.map(\.open) == [true, false])
    }
}

/// Limits re-solved a step each way (`plan --limit-values`).
@Suite("Value of limits")
struct LimitValueTests {
    /// Site A (50 USD/MWh) has exactly the 24 racks w1's 8 nodes need (3 racks each); B costs
    /// 60 USD/MWh with room. 10 % more racks at A changes nothing (0); 10 % fewer (21.6) fits
    /// only 7 nodes, so w1 moves to B: 685 600 − 598 000 = +87 600 USD/yr.
    @Test func racksAtTheCheapSiteAreWorthTheMove() throws {
        let catalog = try ModelFixture().with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
            "A,r1,24,10,50,400",
            "B,r1,100,10,60,400"
        ).catalog()
        var options = PlanOptions()
        options.limitValueStep = 0.1
        let plan = try #require(Planning.plan(catalog, options: options).plan)
        expectClose(plan.objectiveUSDPerYr, 598_000)
        #expect(plan.limitValues.map(\.limit) == ["racks"])
        let racks = try #require(plan.limitValues.first)
        #expect(racks.subject == "A")
        #expect(racks.relaxedDeltaUSDPerYr == 0)
        expectClose(racks.tightenedDeltaUSDPerYr ?? 0, 87_600)
        #expect(
            LimitValueText.line(racks)
                == "racks at A (24): 10 % more no change; 10 % less +87.6 k USD/yr")
    }
}
