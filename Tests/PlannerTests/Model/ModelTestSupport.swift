import Foundation
import Testing

@testable import Planner

/// A tiny input folder for hand-solvable planning tests.
///
/// The base instance, on which every test's derivation starts:
/// - site A (region r1): 100 racks, 10 MW grid at 50 USD/MWh and 400 kg/MWh, no profiles
///   (one step of 8760 h), every other cost 0;
/// - server g1: 1 accelerator of 1000 TFLOP/s, mfu 1, availability 1 → 1e15 FLOP/s,
///   8.64e19 FLOP per node-day; avg 100 kW, peak 120 kW; capex 100 000 USD over 5 years
///   (discount 0 → 20 000 USD/yr per node);
/// - cooling air1: pue 1.25, no capex, 40 kW per rack (3 racks per node);
/// - workload w1: 6.5664e22 FLOP = 760 node-days, deadline day 100
///   → ⌈760 / (1 · 100)⌉ = 8 nodes, IT 0.8 MW, facility 8 · 0.1 · 1.25 = 1 MW = 8760 MWh/yr;
/// - policy: discount_rate 0 (CRF = 1/lifetime), mip_gap 0 (proven optimum).
struct ModelFixture {
    var files: [String: String] = [
        "sites.csv": """
        id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh
        A,r1,100,10,50,400
        """,
        "servers.csv": """
        id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,lifetime_years,cooling_kinds
        g1,1,1000,1,1,100,120,100000,5,air
        """,
        "cooling.csv": """
        id,kind,pue,capex_usd_per_kw,max_rack_kw
        air1,air,1.25,0,40
        """,
        "workloads.csv": """
        id,flops,deadline_days
        w1,6.5664e22,100
        """,
        "policy.csv": """
        key,value
        discount_rate,0
        mip_gap,0
        """,
    ]

    /// Replaces (or adds) one file; `lines` are joined with newlines.
    func with(_ file: String, _ lines: String...) -> ModelFixture {
        var copy = self
        copy.files[file] = lines.joined(separator: "\n")
        return copy
    }

    /// Adds policy rows to the base policy (discount 0, mip_gap 0).
    func withPolicy(_ rows: String...) -> ModelFixture {
        var copy = self
        copy.files["policy.csv"] = ([files["policy.csv"]!] + rows).joined(separator: "\n")
        return copy
    }

    /// Writes the folder to a fresh temporary directory and loads it.
    func catalog(sourceLocation: SourceLocation = #_sourceLocation) throws -> Catalog {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("planctl-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try (text + "\n").write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let outcome = CatalogLoader.load(directory: folder.path)
        let errors = outcome.diagnostics.errors.map(\.description)
        return try #require(outcome.catalog, "catalog did not load: \(errors)", sourceLocation: sourceLocation)
    }

    /// Loads and plans.
    func outcome(sourceLocation: SourceLocation = #_sourceLocation) throws -> PlanOutcome {
        Planning.plan(try catalog(sourceLocation: sourceLocation))
    }

    /// Loads, plans and requires an optimal plan.
    func plan(sourceLocation: SourceLocation = #_sourceLocation) throws -> Plan {
        let outcome = try outcome(sourceLocation: sourceLocation)
        let plan = try #require(
            outcome.plan, "no plan: \(outcome.status) \(outcome.infeasibility)",
            sourceLocation: sourceLocation)
        #expect(plan.status == .optimal, sourceLocation: sourceLocation)
        return plan
    }
}

/// Relative closeness (1e-6 of the larger magnitude, absolute below 1).
func close(_ value: Double, _ expected: Double, relative: Double = 1e-6) -> Bool {
    abs(value - expected) <= relative * max(1, abs(expected))
}

/// `#expect` that `value` is close to `expected`, printing both on failure.
func expectClose(
    _ value: Double?, _ expected: Double, _ what: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let value else {
        Issue.record("\(what): no value, expected \(expected)", sourceLocation: sourceLocation)
        return
    }
    #expect(close(value, expected), "\(what): \(value) ≠ \(expected)", sourceLocation: sourceLocation)
}

extension Plan {
    /// Nodes of `server` in `cooling` at `site` (0 when none).
    func nodes(_ site: String, _ server: String, _ cooling: String) -> Int {
        sites.first { $0.id == site }?.nodes.first { $0.server == server && $0.cooling == cooling }?.count ?? 0
    }

    /// The shadow price of a limit, if reported.
    func shadowPrice(_ limit: String, _ subject: String? = nil) -> Double? {
        shadowPrices.first { $0.limit == limit && $0.subject == subject }?.usdPerYrPerUnit
    }

    func site(_ id: String) -> SitePlan? { sites.first { $0.id == id } }
    func workload(_ id: String) -> WorkloadPlan? { workloads.first { $0.id == id } }
}

extension SitePlan {
    func cost(_ term: CostTerm) -> Double { costs.first { $0.term == term }?.usdPerYr ?? 0 }
}
