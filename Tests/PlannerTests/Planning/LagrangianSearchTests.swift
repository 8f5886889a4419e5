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
        let model = PlanModel(catalog: try Self.twoSites.catalog())
        let split = try #require(SiteDecomposition(model))
        var options = PlanOptions()
        options.mipGap = 1e-6
        let context = PlanningContext(options: options, policy: model.catalog.policy)
        let outcome = LagrangianSearch(model: model, split: split, context: context, jobs: 2).run(from: nil)
        #expect(abs(outcome.planCost - 598_000) < 1e-3)
        #expect(outcome.lowerBound <= outcome.planCost + 1e-6)
        #expect(outcome.lowerBound >= 598_000 * (1 - 1e-6))
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
