import Testing

@testable import Planner

/// The built program of `ModelFixture`'s base instance, read without a solver:
/// site A (100 racks, 10 MW grid at 50 USD/MWh and 400 kg/MWh, one annual step of 8760 h),
/// server g1 (1e15 FLOP/s, avg 100 kW, peak 120 kW, 100 000 USD over 5 years), cooling air1
/// (pue 1.25, 40 kW racks), workload w1 (6.5664e22 FLOP by day 100), discount 0, no reserve.
@Suite struct ModelRowsBaseTests {
    /// Every column, in build order: site, load, placements, steps, then assignments.
    @Test func columnsOfBaseInstance() throws {
        let built = try BuiltModel(ModelFixture())
        #expect(
            built.columnNames == [
                "open[A]", "load[A]", "nodes[A,g1,air1]", "grid[A,t0]", "runs[w1,A,g1]", "work[w1,A,g1]",
            ])
        built.expectColumn("open[A]", upper: 1, isInteger: true)
        built.expectColumn("load[A]")
        // Upper: ⌊(1 − ρ 0) · 100 racks · 40 kW per rack / 120 kW peak per node⌋ = ⌊33.3⌋ = 33.
        // Cost: capex 100 000 · CRF(5 years at r = 0) = 100 000 / 5 = 20 000 USD/yr (no opex,
        // no cooling or electrical capex, no water).
        built.expectColumn("nodes[A,g1,air1]", upper: 33, cost: 20_000, isInteger: true)
        // 8760 h · 50 USD/MWh = 438 000 USD per MW drawn all year.
        built.expectColumn("grid[A,t0]", cost: 438_000)
        built.expectColumn("runs[w1,A,g1]", upper: 1, isInteger: true)
        built.expectColumn("work[w1,A,g1]", upper: 1)
        #expect(built.program.objectiveConstant == 0)
        #expect(built.model.index.openable == [0])
        #expect(built.model.index.placements == [ModelIndex.Placement(site: 0, server: 0, cooling: 0)])
        #expect(built.model.index.assignments == [ModelIndex.Assignment(workload: 0, site: 0, server: 0)])
    }

    /// Every row, in build order, and no row of an absent feature (storage, supply,
    /// batteries, offers, heat, water, policy limits).
    @Test func rowsOfBaseInstance() throws {
        let built = try BuiltModel(ModelFixture())
        #expect(
            built.rowNames == [
                "floor[A]", "assign[w1]", "work[w1]", "link[w1,A,g1]", "deadline[A,g1,d100]", "cluster[w1,A,g1]",
                "load[A]", "balance[A,t0]", "grid[A,t0]",
            ])
        #expect(built.model.limits.carbonCap == nil)
        #expect(built.model.limits.cfeFloor == nil)
        #expect(built.model.limits.capexBudget == nil)
        #expect(built.model.limits.water.isEmpty && built.model.limits.supply.isEmpty)
    }

    /// Row 1: racks per node = peak 120 kW / 40 kW per rack = 3; the open site offers
    /// (1 − ρ 0) · 100 = 100 racks: 3 · nodes − 100 · open ≤ 0.
    @Test func floorSpaceRow() throws {
        let built = try BuiltModel(ModelFixture())
        built.expectRow("floor[A]", upper: 0, ["nodes[A,g1,air1]": 3, "open[A]": -100])
        #expect(built.name(built.model.limits.floorSpace[0]) == "floor[A]")
    }

    /// Rows 2–4: Σ z = 1; Σ work share ≥ 1 (row 3 scaled by F_w); share ≤ z.
    @Test func assignmentWorkAndLinkRows() throws {
        let built = try BuiltModel(ModelFixture())
        built.expectRow("assign[w1]", lower: 1, upper: 1, ["runs[w1,A,g1]": 1])
        built.expectRow("work[w1]", lower: 1, ["work[w1,A,g1]": 1])
        built.expectRow("link[w1,A,g1]", upper: 0, ["work[w1,A,g1]": 1, "runs[w1,A,g1]": -1])
    }

    /// Row 5: need = 6.5664e22 FLOP / (86 400 s · 1 acc · 1000 TFLOP/s · 1e12 · mfu 1)
    /// = 6.5664e22 / 8.64e19 = 760 node-days per unit of share; nodes give
    /// availability 1 · 100 days each: 760 · share − 100 · nodes ≤ 0.
    @Test func deadlineRow() throws {
        let built = try BuiltModel(ModelFixture())
        built.expectRow("deadline[A,g1,d100]", upper: 0, ["work[w1,A,g1]": 760, "nodes[A,g1,air1]": -100])
    }

    /// Row 6, strengthened: n_min = max(⌈1 min accelerator / 1 per node⌉ = 1,
    /// ⌈760 node-days / (1 · 100 days)⌉ = ⌈7.6⌉ = 8, 1) = 8: nodes − 8 · z ≥ 0.
    @Test func clusterRowStrengthened() throws {
        let built = try BuiltModel(ModelFixture())
        built.expectRow("cluster[w1,A,g1]", lower: 0, ["nodes[A,g1,air1]": 1, "runs[w1,A,g1]": -8])
    }

    /// Row 6 as the contract states it (infeasibility analysis): only
    /// ⌈1 min accelerator / 1 per node⌉ = 1 node per assignment.
    @Test func clusterRowUnstrengthened() throws {
        let built = try BuiltModel(ModelFixture(), strengthened: false)
        built.expectRow("cluster[w1,A,g1]", lower: 0, ["nodes[A,g1,air1]": 1, "runs[w1,A,g1]": -1])
    }

    /// Facility load: load = nodes · 100 kW / 1000 · pue (1.25 + adder 0) = 0.125 MW per node,
    /// written load-defining as 0.125 · nodes − load = 0.
    @Test func facilityLoadRow() throws {
        let built = try BuiltModel(ModelFixture())
        built.expectRow("load[A]", lower: 0, upper: 0, ["nodes[A,g1,air1]": 0.125, "load[A]": -1])
    }

    /// Row 10 (no on-site, no battery): grid − load = 0. Row 12: grid ≤ (1 − ρ 0) · 10 MW · open.
    @Test func balanceAndGridConnectionRows() throws {
        let built = try BuiltModel(ModelFixture())
        built.expectRow("balance[A,t0]", lower: 0, upper: 0, ["grid[A,t0]": 1, "load[A]": -1])
        built.expectRow("grid[A,t0]", upper: 0, ["grid[A,t0]": 1, "open[A]": -10])
        #expect(built.model.limits.gridConnection[0]?.compactMap { built.name($0) } == ["grid[A,t0]"])
    }

    /// The objective holds only the node cost and the grid energy cost, split by term.
    @Test func objectiveTerms() throws {
        let built = try BuiltModel(ModelFixture())
        expectTerms(built.costs, ["nodes[A,g1,air1]": 20_000, "grid[A,t0]": 438_000], "objective")
        let terms = built.model.costs[0] ?? [:]
        // servers: 100 000 / 5 years; grid_energy: 8760 h · 50 USD/MWh.
        #expect(terms[.servers]?.terms.map(\.coefficient) == [20_000])
        #expect(terms[.gridEnergy]?.terms.map(\.coefficient) == [438_000])
        // Zero coefficients (cooling capex 0, electrical 0, water 0, site 0) leave their terms empty.
        for term in [CostTerm.cooling, .electrical, .water, .sites] {
            #expect(terms[term]?.terms.isEmpty ?? true, "\(term)")
        }
    }

    /// A reserve ρ = 0.25 shrinks every site limit to 75 %: nodes ≤ ⌊0.75 · 100 · 40 / 120⌋ = 25
    /// (exactly 25: the bound must not round down to 24), floor 0.75 · 100 = 75 racks,
    /// grid 0.75 · 10 = 7.5 MW.
    @Test func expansionReserveShrinksLimits() throws {
        let built = try BuiltModel(ModelFixture().withPolicy("expansion_reserve_fraction,0.25"))
        built.expectColumn("nodes[A,g1,air1]", upper: 25, cost: 20_000, isInteger: true)
        built.expectRow("floor[A]", upper: 0, ["nodes[A,g1,air1]": 3, "open[A]": -75])
        built.expectRow("grid[A,t0]", upper: 0, ["grid[A,t0]": 1, "open[A]": -7.5])
    }

    /// Discount 10 %: CRF(5) = 0.1 · 1.1⁵ / (1.1⁵ − 1) = 0.161051 / 0.61051 = 0.2637975;
    /// node cost 100 000 · 0.2637975 = 26 379.75 USD/yr.
    @Test func discountRateAnnualisesCapex() throws {
        var fixture = ModelFixture()
        fixture.files["policy.csv"] = "key,value\ndiscount_rate,0.1"
        let built = try BuiltModel(fixture)
        built.expectColumn("nodes[A,g1,air1]", upper: 33, cost: 26_379.748, isInteger: true)
    }
}
