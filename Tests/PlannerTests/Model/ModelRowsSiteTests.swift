import Testing

@testable import Planner

/// Site and equipment figures beyond the base instance: every annualised cost term of a
/// node, the PUE adder, water, node supply, storage and heat rows. Derivations start
/// from `ModelFixture`'s base instance (discount 0, so CRF(n) = 1/n).
@Suite struct ModelRowsSiteTests {
    /// Site A with fixed capex 1.5e6 and opex 20 000, electrical 300 USD/kW at redundancy 2
    /// (life 15), pue adder 0.05, water 0.5 USD/m³ and a permit of 10 000 m³; server g1 with
    /// opex 5000; cooling air1 at 150 USD/kW, redundancy 1.5, 2 L/kWh (life 15).
    static let costly = ModelFixture()
        .with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,"
                + "fixed_capex_usd,fixed_opex_usd_per_yr,electrical_capex_usd_per_kw,power_redundancy,"
                + "pue_adder,water_price_usd_per_m3,max_water_m3_per_yr",
            "A,r1,100,10,50,400,1500000,20000,300,2,0.05,0.5,10000"
        )
        .with(
            "servers.csv",
            "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,"
                + "capex_usd,opex_usd_per_yr,lifetime_years,cooling_kinds",
            "g1,1,1000,1,1,100,120,100000,5000,5,air"
        )
        .with(
            "cooling.csv",
            "id,kind,pue,capex_usd_per_kw,redundancy,max_rack_kw,wue_l_per_kwh,lifetime_years",
            "air1,air,1.25,150,1.5,40,2,15")

    /// One node costs, per year:
    /// servers 100 000 / 5 + 5000 opex = 25 000; cooling 120 kW · 1.5 · 150 USD/kW / 15 = 1800;
    /// electrical 120 kW · 2 · 300 USD/kW / 15 = 4800; water 100 kW · 8760 h · 2 L/kWh / 1000
    /// = 1752 m³ · 0.5 USD = 876; in all 32 476. Opening A costs 1.5e6 / 15 + 20 000 = 120 000.
    @Test func nodeAndSiteCostTerms() throws {
        let built = try BuiltModel(Self.costly)
        built.expectColumn("nodes[A,g1,air1]", upper: 33, cost: 32_476, isInteger: true)
        built.expectColumn("open[A]", upper: 1, cost: 120_000, isInteger: true)
        let terms = built.model.costs[0] ?? [:]
        let expected: [CostTerm: Double] = [
            .servers: 25_000, .cooling: 1_800, .electrical: 4_800, .water: 876, .sites: 120_000,
            .gridEnergy: 438_000,
        ]
        #expect(Set(terms.keys) == Set(expected.keys))
        for (term, value) in expected {
            let coefficients = terms[term]?.terms.map(\.coefficient) ?? []
            #expect(coefficients.count == 1 && same(coefficients[0], value), "\(term): \(coefficients)")
        }
    }

    /// Row 17: 1752 m³ per node (as above) ≤ 10 000 m³/yr. The load row takes
    /// pue 1.25 + adder 0.05 = 1.30: 0.1 MW · 1.30 = 0.13 MW per node.
    @Test func waterRowAndPUEAdder() throws {
        let built = try BuiltModel(Self.costly)
        built.expectRow("water[A]", upper: 10_000, ["nodes[A,g1,air1]": 1_752])
        #expect(built.name(built.model.limits.water[0]) == "water[A]")
        built.expectRow("load[A]", lower: 0, upper: 0, ["nodes[A,g1,air1]": 0.13, "load[A]": -1])
    }

    /// max_nodes 20 caps the column at min(33 racks-wise, 20) = 20 and adds row 7: nodes ≤ 20.
    @Test func supplyRowAndBound() throws {
        let built = try BuiltModel(
            ModelFixture().with(
                "servers.csv",
                "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,"
                    + "capex_usd,lifetime_years,cooling_kinds,max_nodes",
                "g1,1,1000,1,1,100,120,100000,5,air,20"))
        built.expectColumn("nodes[A,g1,air1]", upper: 20, cost: 20_000, isInteger: true)
        built.expectRow("supply[g1]", upper: 20, ["nodes[A,g1,air1]": 1])
        #expect(built.name(built.model.limits.supply[0]) == "supply[g1]")
    }

    /// Storage s1: 100 TB, 50 Gbps, 10 kW, 2 racks, 20 000 USD over 5 years; w1 keeps 30 TB,
    /// each g1 node reads 5 Gbps.
    @Test func storageRows() throws {
        let built = try BuiltModel(
            ModelFixture()
                .with(
                    "storage.csv", "id,capacity_tb,throughput_gbps,power_kw,racks_per_unit,capex_usd,lifetime_years",
                    "s1,100,50,10,2,20000,5"
                )
                .with("workloads.csv", "id,flops,deadline_days,storage_tb", "w1,6.5664e22,100,30")
                .with(
                    "servers.csv",
                    "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,"
                        + "capex_usd,lifetime_years,storage_gbps,cooling_kinds",
                    "g1,1,1000,1,1,100,120,100000,5,5,air"))
        // ⌊100 racks / 2 racks per unit⌋ = 50 units; 20 000 / 5 = 4000 USD/yr.
        built.expectColumn("storage[A,s1]", upper: 50, cost: 4_000, isInteger: true)
        // Row 1 counts 2 racks per unit beside 3 per node.
        built.expectRow("floor[A]", upper: 0, ["nodes[A,g1,air1]": 3, "storage[A,s1]": 2, "open[A]": -100])
        // Row 8: 100 TB per unit − 30 TB if w1 runs here ≥ 0.
        built.expectRow("storage_tb[A]", lower: 0, ["storage[A,s1]": 100, "runs[w1,A,g1]": -30])
        // Row 9: 50 Gbps per unit − 5 Gbps per node ≥ 0.
        built.expectRow("storage_gbps[A]", lower: 0, ["storage[A,s1]": 50, "nodes[A,g1,air1]": -5])
        // Load: a unit draws 10 kW / 1000 · aux_pue 1.4 (default) = 0.014 MW.
        built.expectRow(
            "load[A]", lower: 0, upper: 0, ["nodes[A,g1,air1]": 0.125, "storage[A,s1]": 0.014, "load[A]": -1])
    }

    /// Heat reuse at 30 USD/MWh up to 0.5 MW, cooling recovering 60 %: h ≤ 0.5 (column bound),
    /// row 16 h − 0.1 MW · 0.6 · nodes ≤ 0, revenue −8760 h · 30 = −262 800 USD per MW.
    @Test func heatRowAndRevenue() throws {
        let built = try BuiltModel(
            ModelFixture()
                .with(
                    "sites.csv",
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,"
                        + "heat_reuse_price_usd_per_mwh,heat_reuse_max_mw",
                    "A,r1,100,10,50,400,30,0.5"
                )
                .with(
                    "cooling.csv", "id,kind,pue,capex_usd_per_kw,max_rack_kw,heat_recovery_fraction",
                    "air1,air,1.25,0,40,0.6"))
        built.expectColumn("heat[A]", upper: 0.5, cost: -262_800)
        built.expectRow("heat[A]", upper: 0, ["heat[A]": 1, "nodes[A,g1,air1]": -0.06])
    }

    /// Without a heat price (the base instance) there is no heat column or row.
    @Test func noHeatWithoutPrice() throws {
        let built = try BuiltModel(ModelFixture())
        built.expectNone("heat[", "water[", "supply[", "storage")
    }
}
