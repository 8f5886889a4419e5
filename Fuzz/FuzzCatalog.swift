import Foundation

/// libFuzzer entry point over CSV reading, catalog validation and representative days.
///
/// The first byte picks which catalog file the rest replaces in a minimal valid
/// folder; the folder is then read the way `planctl validate` reads it. Any crash,
/// hang or sanitizer report is a bug; diagnostics are the expected outcome.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let selector = bytes.first else { return 0 }
    let body = Array(bytes.dropFirst())

    // Straight through the CSV reader first: the densest part of the input surface.
    _ = CSVReader.parse(body, file: "fuzz.csv")

    let names = CatalogSchema.files.map(\.fileName)
    var files = FuzzFolder.base
    files[names[Int(selector & 0x7F) % names.count]] = body
    let outcome = CatalogLoader.load(files: files, folder: "fuzz", scenario: selector & 0x80 != 0 ? "s1" : nil)
    if let catalog = outcome.catalog {
        // A catalog that passes validation must build a model the solver layer accepts.
        let model = PlanModel(catalog: catalog)
        let issues = model.program.validationIssues()
        if !issues.isEmpty { fatalError("valid catalog built an invalid model: \(issues[0])") }
        // Representative days and the average day must turn any valid catalog into
        // another valid one, or say why not.
        let reduced = [
            try? RepresentativeDays.aggregate(catalog, days: 1 + Int(selector % 3)).0, AverageDay.coarsen(catalog),
        ]
        for case let smaller? in reduced {
            let issues = PlanModel(catalog: smaller).program.validationIssues()
            if !issues.isEmpty { fatalError("reduced profiles built an invalid model: \(issues[0])") }
        }
    }
    return 0
}

/// A minimal valid input folder, in memory; each run replaces one file.
enum FuzzFolder {
    static let base: [String: [UInt8]] = [
        "sites.csv":
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,100,10,80,300\n",
        "servers.csv":
            "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,storage_gbps\nsrv-a,8,1000,10,300000,air,1\n",
        "cooling.csv": "id,kind,pue,capex_usd_per_kw,max_rack_kw\nair-a,air,1.2,2000,40\n",
        "workloads.csv": "id,flops,storage_tb\nrun-a,1e24,10\n",
        "storage.csv": "id,capacity_tb,throughput_gbps,power_kw,racks_per_unit,capex_usd\nst-a,100,50,5,1,100000\n",
        "renewables.csv": "id,site,technology,contract,max_mw\nsolar-a,site-a,solar,onsite,5\n",
        "batteries.csv": "id,capex_usd_per_mwh,max_mwh,max_mw\nbat-a,300000,10,5\n",
        "profiles.csv": "site,period,hour,weight,solar_cf\nsite-a,day,0,4380,0\nsite-a,day,1,4380,0.5\n",
        "policy.csv": "key,value\ndiscount_rate,0.07\n",
        "scenarios.csv": "scenario,file,id,column,op,value\ns1,servers,srv-a,capex_usd,scale,0.9\n",
    ].mapValues { Array($0.utf8) }
}
