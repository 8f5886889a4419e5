import Foundation
import Testing

@testable import Planner

/// A temporary input folder: the smallest valid set of catalogs, with some files replaced or removed.
///
/// Diagnostics are rendered without the folder prefix (`sites.csv:2:7: error: …`) so expectations
/// read like what a user sees when running `planctl validate` inside the folder.
final class InputFolder {
    /// One site, one server, one cooling system, one workload: every required column, nothing else.
    static let minimal: [String: String] = [
        "sites.csv": """
        id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh
        site-a,eu,100,10,80,300

        """,
        "servers.csv": """
        id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds
        srv-a,8,1000,10,300000,air

        """,
        "cooling.csv": """
        id,kind,pue,capex_usd_per_kw,max_rack_kw
        air-a,air,1.2,2000,40

        """,
        "workloads.csv": """
        id,flops
        run-a,1e24

        """,
    ]

    let path: String

    /// Writes the minimal set with `files` laid over it; a nil content removes that file.
    init(_ files: [String: String?] = [:]) throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("planctl-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        var contents: [String: String?] = Self.minimal
        for (name, text) in files { contents[name] = .some(text) }
        for (name, text) in contents {
            guard let text else { continue }
            try write(name, Data(text.utf8))
        }
    }

    /// Convenience for one overridden file.
    convenience init(_ name: String, _ content: String?) throws {
        try self.init([name: content])
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes raw bytes (BOM, NUL, invalid UTF-8) under `name`, which may lie in subfolders
    /// (`scenarios/big/workloads.csv`).
    func write(_ name: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func load(scenario: String? = nil) -> CatalogLoader.Outcome {
        CatalogLoader.load(directory: path, scenario: scenario)
    }

    /// Every diagnostic, sorted, as `file:line:column: severity: message` with the folder stripped.
    func messages(scenario: String? = nil) -> [String] {
        load(scenario: scenario).diagnostics.sorted.map(relative)
    }

    /// Loads and returns the catalog, recording the diagnostics when there is none.
    func catalog(scenario: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> Catalog? {
        let outcome = load(scenario: scenario)
        if outcome.catalog == nil {
            Issue.record(
                "expected a valid catalog, got: \(outcome.diagnostics.sorted.map(relative))",
                sourceLocation: sourceLocation)
        }
        return outcome.catalog
    }

    func relative(_ diagnostic: Diagnostic) -> String {
        diagnostic.description.replacingOccurrences(of: path + "/", with: "")
    }
}
