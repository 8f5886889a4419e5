import Foundation

@testable import Planner

/// ModelFixture's instance with a second, cleaner and dearer site, written to a
/// folder that lives as long as this value (whatif and the CLI read folders).
///
/// Site A: grid 50 USD/MWh, 400 kg/MWh; site B: 60 USD/MWh, 100 kg/MWh. One
/// workload w1 of 760 node-days by day 100 → 8 nodes, facility 1 MW = 8760 MWh/yr.
/// - at A: servers 8 · 20 000 = 160 000 + energy 8760 · 50 = 438 000 → 598 000 USD/yr; 8760 · 0.4 = 3504 t/yr
/// - at B: 160 000 + 8760 · 60 = 525 600 → 685 600 USD/yr; 8760 · 0.1 = 876 t/yr
final class WhatIfFixture {
    let path: String

    static let twoSites = ModelFixture().with(
        "sites.csv",
        "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
        "A,r1,100,10,50,400",
        "B,r1,100,10,60,100")

    /// Scenarios: gpu-up (capex ×1.5 → servers 240 000, objective 678 000, same build);
    /// carbon-100 (100 USD/t: A 948 400, B 685 600 + 87 600 = 773 200 → moves to B);
    /// no-room (A has 10 racks, 8 nodes need 24 → B, 685 600); tiny-grid (0.5 MW everywhere → infeasible).
    static let scenarios = """
        scenario,file,id,column,op,value
        gpu-up,servers,*,capex_usd,scale,1.5
        carbon-100,policy,carbon_price_usd_per_t,value,set,100
        no-room,sites,A,max_racks,set,10
        tiny-grid,sites,*,grid_capacity_mw,set,0.5
        """

    init(_ fixture: ModelFixture = WhatIfFixture.twoSites, scenarios: String? = WhatIfFixture.scenarios) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("planctl-whatif-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        var files = fixture.files
        if let scenarios { files["scenarios.csv"] = scenarios }
        for (name, text) in files {
            try (text + "\n").write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A fresh folder beside the inputs for outputs (removed with the fixture).
    func outputFolder(_ name: String) -> String { path + "/out-" + name }

    /// Writes `text` to a file under the fixture's folder, creating its folders
    /// (`scenarios/second-run/workloads.csv`).
    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The text of a file under the fixture's folder.
    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }
}
