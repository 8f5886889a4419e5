import Testing

@testable import Planner

/// Two sites, two servers, two coolings and three restricted workloads: nodes exist only for
/// (g, c) whose cooling kind the server accepts, only eligible (w, s, g) get assignment
/// columns, and deadline and cluster rows are built per (site, server) over its coolings.
///
/// - sites A (region r1) and B (r2), each 100 racks and 10 MW;
/// - g1: 1 × 1000 TFLOP/s, availability 1, peak 120 kW → 8.64e19 FLOP per node-day;
///   g2: 2 × 1000 TFLOP/s, availability 0.9, avg 200 kW, peak 240 kW → 1.728e20 FLOP per
///   node-day; g1 takes air only, g2 air or liquid;
/// - air1 (air, pue 1.25, 40 kW racks) and liq1 (liquid, pue 1.1, 120 kW racks);
/// - w1: 8.64e21 FLOP by day 100, only in r2 → need 100 node-days on g1, 50 on g2;
///   w2: 1.728e22 FLOP by day 200, only on g2, 16 accelerators → need 200 on g1, 100 on g2;
///   w3: 4.32e22 FLOP by day 300, anywhere → need 500 on g1, 250 on g2.
@Suite struct ModelRowsEligibilityTests {
    static let fixture = ModelFixture()
        .with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
            "A,r1,100,10,50,400", "B,r2,100,10,50,400"
        )
        .with(
            "servers.csv",
            "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,"
                + "capex_usd,lifetime_years,cooling_kinds",
            "g1,1,1000,1,1,100,120,100000,5,air", "g2,2,1000,1,0.9,200,240,180000,5,air;liquid"
        )
        .with("cooling.csv", "id,kind,pue,capex_usd_per_kw,max_rack_kw", "air1,air,1.25,0,40", "liq1,liquid,1.1,0,120")
        .with(
            "workloads.csv", "id,flops,deadline_days,min_accelerators,allowed_regions,allowed_servers",
            "w1,8.64e21,100,1,r2,", "w2,1.728e22,200,16,,g2", "w3,4.32e22,300,1,,")

    /// Nodes exist for g1 in air and g2 in air and liquid at both sites, never g1 in liquid.
    /// g2 costs 180 000 / 5 = 36 000 USD/yr a node; its bounds are ⌊100 racks · 40 kW / 240 kW⌋
    /// = ⌊16.7⌋ = 16 in air and ⌊100 · 120 / 240⌋ = 50 in liquid.
    @Test func placementColumns() throws {
        let built = try BuiltModel(Self.fixture)
        let nodes = built.columnNames.filter { $0.hasPrefix("nodes[") }
        #expect(
            nodes == [
                "nodes[A,g1,air1]", "nodes[A,g2,air1]", "nodes[A,g2,liq1]", "nodes[B,g1,air1]", "nodes[B,g2,air1]",
                "nodes[B,g2,liq1]",
            ])
        built.expectColumn("nodes[A,g1,air1]", upper: 33, cost: 20_000, isInteger: true)
        built.expectColumn("nodes[B,g2,air1]", upper: 16, cost: 36_000, isInteger: true)
        built.expectColumn("nodes[B,g2,liq1]", upper: 50, cost: 36_000, isInteger: true)
        // Racks per node: 120 / 40 = 3, 240 / 40 = 6, 240 / 120 = 2.
        built.expectRow(
            "floor[A]", upper: 0,
            ["nodes[A,g1,air1]": 3, "nodes[A,g2,air1]": 6, "nodes[A,g2,liq1]": 2, "open[A]": -100])
        // MW per node: 0.1 · 1.25 = 0.125, 0.2 · 1.25 = 0.25, 0.2 · 1.1 = 0.22.
        built.expectRow(
            "load[B]", lower: 0, upper: 0,
            ["nodes[B,g1,air1]": 0.125, "nodes[B,g2,air1]": 0.25, "nodes[B,g2,liq1]": 0.22, "load[B]": -1])
    }

    /// w1 only at B (region r2), w2 only on g2, w3 anywhere.
    @Test func onlyEligibleAssignmentColumns() throws {
        let built = try BuiltModel(Self.fixture)
        let runs = built.columnNames.filter { $0.hasPrefix("runs[") }
        #expect(
            runs == [
                "runs[w1,B,g1]", "runs[w1,B,g2]", "runs[w2,A,g2]", "runs[w2,B,g2]",
                "runs[w3,A,g1]", "runs[w3,A,g2]", "runs[w3,B,g1]", "runs[w3,B,g2]",
            ])
        let work = built.columnNames.filter { $0.hasPrefix("work[") }
        #expect(work == runs.map { "work" + $0.dropFirst("runs".count) })
        built.expectRow("assign[w1]", lower: 1, upper: 1, ["runs[w1,B,g1]": 1, "runs[w1,B,g2]": 1])
        built.expectRow("assign[w2]", lower: 1, upper: 1, ["runs[w2,A,g2]": 1, "runs[w2,B,g2]": 1])
        built.expectRow(
            "assign[w3]", lower: 1, upper: 1,
            ["runs[w3,A,g1]": 1, "runs[w3,A,g2]": 1, "runs[w3,B,g1]": 1, "runs[w3,B,g2]": 1])
        built.expectRow("work[w2]", lower: 1, ["work[w2,A,g2]": 1, "work[w2,B,g2]": 1])
        let links = built.rowNames.filter { $0.hasPrefix("link[") }
        #expect(links == runs.map { "link" + $0.dropFirst("runs".count) })
        built.expectNone("runs[w1,A", "runs[w2,A,g1]", "runs[w2,B,g1]", "nodes[A,g1,liq1]", "nodes[B,g1,liq1]")
    }

    /// One row per deadline of the runs eligible at (s, g), each summing the runs due by then;
    /// nodes in either cooling give availability · d node-days.
    @Test func deadlineRowsNestByDeadline() throws {
        let built = try BuiltModel(Self.fixture)
        #expect(
            built.rowNames.filter { $0.hasPrefix("deadline[") } == [
                "deadline[A,g1,d300]", "deadline[A,g2,d200]", "deadline[A,g2,d300]", "deadline[B,g1,d100]",
                "deadline[B,g1,d300]", "deadline[B,g2,d100]", "deadline[B,g2,d200]", "deadline[B,g2,d300]",
            ])
        // At (A, g1) only w3: 500 node-days per share, 1 · 300 per node.
        built.expectRow("deadline[A,g1,d300]", upper: 0, ["work[w3,A,g1]": 500, "nodes[A,g1,air1]": -300])
        // At (B, g2), on g2 (availability 0.9): w1 50, w2 100, w3 250 node-days;
        // nodes give 0.9 · 100 = 90, 0.9 · 200 = 180, 0.9 · 300 = 270 node-days.
        built.expectRow(
            "deadline[B,g2,d100]", upper: 0,
            ["work[w1,B,g2]": 50, "nodes[B,g2,air1]": -90, "nodes[B,g2,liq1]": -90])
        built.expectRow(
            "deadline[B,g2,d200]", upper: 0,
            ["work[w1,B,g2]": 50, "work[w2,B,g2]": 100, "nodes[B,g2,air1]": -180, "nodes[B,g2,liq1]": -180])
        built.expectRow(
            "deadline[B,g2,d300]", upper: 0,
            [
                "work[w1,B,g2]": 50, "work[w2,B,g2]": 100, "work[w3,B,g2]": 250, "nodes[B,g2,air1]": -270,
                "nodes[B,g2,liq1]": -270,
            ])
    }

    /// Row 6's n_min for each kind of bound.
    @Test func clusterRowsTakeTheLargerMinimum() throws {
        let built = try BuiltModel(Self.fixture)
        // w2 on g2: max(⌈16 accelerators / 2 per node⌉ = 8, ⌈100 / (0.9 · 200)⌉ = ⌈0.56⌉ = 1) = 8.
        built.expectRow(
            "cluster[w2,A,g2]", lower: 0, ["nodes[A,g2,air1]": 1, "nodes[A,g2,liq1]": 1, "runs[w2,A,g2]": -8])
        // w3 on g1: max(⌈1 / 1⌉ = 1, ⌈500 / (1 · 300)⌉ = ⌈1.67⌉ = 2) = 2.
        built.expectRow("cluster[w3,B,g1]", lower: 0, ["nodes[B,g1,air1]": 1, "runs[w3,B,g1]": -2])
        // w1 on g1: ⌈100 / (1 · 100)⌉ = ⌈1.0⌉ = 1 exactly (not 2 from rounding noise).
        built.expectRow("cluster[w1,B,g1]", lower: 0, ["nodes[B,g1,air1]": 1, "runs[w1,B,g1]": -1])
        // w1 on g2: max(⌈1 / 2⌉ = 1, ⌈50 / 90⌉ = 1) = 1.
        built.expectRow(
            "cluster[w1,B,g2]", lower: 0, ["nodes[B,g2,air1]": 1, "nodes[B,g2,liq1]": 1, "runs[w1,B,g2]": -1])
    }

    /// Row and column names are unique, so name lookups are unambiguous (row and column
    /// names may coincide, e.g. grid[A,t0], load[A]).
    @Test func namesAreUnique() throws {
        let built = try BuiltModel(Self.fixture)
        #expect(Set(built.rowNames).count == built.rowNames.count)
        #expect(Set(built.columnNames).count == built.columnNames.count)
        #expect(built.program.validationIssues().isEmpty)
    }
}
