import Testing

@testable import Planner

/// Absurd magnitudes (unit slips, pasted exponents) are errors, not silently solved.
@Suite struct PlausibilityTests {
    static let sitesHeader = "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\n"
    static let serversHeader =
        "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,max_nodes\n"

    @Test(arguments: [
        (
            name: "1e30 racks", file: "sites.csv", content: sitesHeader + "site-a,eu,1e30,10,80,300\n",
            expected: "sites.csv:2:11: error: max_racks: 1e30 is implausibly large (limit 1e15)"
        ),
        (
            name: "just above the limit", file: "sites.csv",
            content: sitesHeader + "site-a,eu,1000000000000001,10,80,300\n",
            expected: "sites.csv:2:11: error: max_racks: 1000000000000001 is implausibly large (limit 1e15)"
        ),
        (
            name: "negative price beyond the limit", file: "sites.csv",
            content: sitesHeader + "site-a,eu,100,10,-2e15,300\n",
            expected: "sites.csv:2:18: error: grid_price_usd_per_mwh: -2e15 is implausibly large (limit 1e15)"
        ),
        (
            name: "overflows a double", file: "sites.csv", content: sitesHeader + "site-a,eu,100,10,80,1e400\n",
            expected: "sites.csv:2:21: error: grid_carbon_kg_per_mwh: 1e400 is implausibly large (limit 1e15)"
        ),
        // A count that large used to crash the Int conversion.
        (
            name: "count", file: "servers.csv", content: serversHeader + "srv-a,1e300,1000,10,300000,air,\n",
            expected: "servers.csv:2:7: error: accelerators_per_node: 1e300 is implausibly large (limit 1e15)"
        ),
        (
            name: "limit column", file: "servers.csv", content: serversHeader + "srv-a,8,1000,10,300000,air,1e16\n",
            expected: "servers.csv:2:28: error: max_nodes: 1e16 is implausibly large (limit 1e15)"
        ),
        (
            name: "profile hour", file: "profiles.csv", content: "site,period,hour,weight\nsite-a,d,1e300,8760\n",
            expected: "profiles.csv:2:10: error: hour: 1e300 is implausibly large (limit 1e15)"
        ),
        (
            name: "flops above its own limit", file: "workloads.csv", content: "id,flops\nrun-a,1.1e32\n",
            expected: "workloads.csv:2:7: error: flops: 1.1e32 is implausibly large (limit 1e32)"
        ),
        // 6 · 1e9·1e9 · 1e9·1e9 = 6e36 FLOP, past the flops limit even though each factor is below 1e15.
        (
            name: "derived flops", file: "workloads.csv", content: "id,params_b,tokens_b\nrun-a,1e9,1e9\n",
            expected:
                "workloads.csv:2:7: error: flops: 6 · params_b · tokens_b = 6e+36 is implausibly large (limit 1e32)"
        ),
        (
            name: "policy value", file: "policy.csv", content: "key,value\nmip_gap,1e30\n",
            expected: "policy.csv:2:9: error: mip_gap: 1e30 is implausibly large (limit 1e15)"
        ),
        (
            name: "scenario value", file: "scenarios.csv",
            content: "scenario,file,id,column,op,value\nx,sites,site-a,max_racks,set,1e20\n",
            expected: "scenarios.csv:2:30: error: value: 1e20 is implausibly large (limit 1e15)"
        ),
    ])
    func rejected(name: String, file: String, content: String, expected: String) throws {
        let messages = try InputFolder(file, content).messages()
        #expect(messages == [expected])
    }

    @Test(arguments: [
        (name: "at the limit", file: "sites.csv", content: sitesHeader + "site-a,eu,1e15,10,80,300\n"),
        (name: "negative at the limit", file: "sites.csv", content: sitesHeader + "site-a,eu,100,10,-1e15,300\n"),
        (name: "flops at its limit", file: "workloads.csv", content: "id,flops\nrun-a,1e32\n"),
        (name: "frontier-scale flops", file: "workloads.csv", content: "id,flops\nrun-a,3.8e25\n"),
        (name: "tiny magnitudes", file: "sites.csv", content: sitesHeader + "site-a,eu,100,10,1e-300,300\n"),
    ])
    func accepted(name: String, file: String, content: String) throws {
        #expect(try InputFolder(file, content).catalog() != nil)
    }

    /// A scenario may push a value past the limit: the scaled cell is reported, naming the scenario.
    @Test func scaledPastTheLimit() throws {
        let folder = try InputFolder(
            "scenarios.csv", "scenario,file,id,column,op,value\nbig,sites,*,max_racks,scale,1e14\n")
        #expect(folder.messages().isEmpty)
        // 100 racks · 1e14 = 1e16, written back as Swift prints it.
        #expect(
            folder.messages(scenario: "big") == [
                "sites.csv:2:11: error: max_racks: 1e+16 is implausibly large (limit 1e15) (after scenario big)"
            ])
    }
}
