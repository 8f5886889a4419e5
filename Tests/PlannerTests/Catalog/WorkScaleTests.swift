import Testing

@testable import Planner

/// Values whose derived node-days or node counts would fall outside the coefficients the solver
/// accepts (`ModelLimits`: 1e-12 to 1e12) are input errors at the cell to change, with the usable
/// range, instead of passing `validate` and failing `plan` with "rescale the row".
///
/// The minimal server srv-a: 8 accelerators × 1000 TFLOP/s × mfu 0.4 = 3.2e15 FLOP/s per node,
/// 86,400 s · 3.2e15 = 2.7648e20 FLOP per node-day, availability 0.95.
@Suite struct WorkScaleTests {
    static let serversHeader = "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds"

    @Test(arguments: [
        // 1 / 2.7648e20 = 3.617e-21 node-days; 1e-12 · 2.7648e20 = 2.7648e8 FLOP, printed rounded up.
        (
            name: "flops far too small", file: "workloads.csv", content: "id,flops\nrun-a,1\n",
            expected:
                "workloads.csv:2:7: error: flops: 1 is 3.617e-21 node-days on server srv-a (3.2e+15 FLOP/s per node), below the 1e-12 node-days planctl can solve; on srv-a a run must be 2.77e+08 to 1e32 FLOP"
        ),
        (
            name: "just below the least flops", file: "workloads.csv", content: "id,flops\nrun-a,2.76e8\n",
            expected:
                "workloads.csv:2:7: error: flops: 2.76e8 is 9.983e-13 node-days on server srv-a (3.2e+15 FLOP/s per node), below the 1e-12 node-days planctl can solve; on srv-a a run must be 2.77e+08 to 1e32 FLOP"
        ),
        // 6 · 1e-9·1e9 · 1e-9·1e9 = 6 FLOP, reported where the compute is given.
        (
            name: "derived flops", file: "workloads.csv", content: "id,params_b,tokens_b\nrun-a,1e-9,1e-9\n",
            expected:
                "workloads.csv:2:7: error: flops: 6 · params_b · tokens_b = 6 is 2.17e-20 node-days on server srv-a (3.2e+15 FLOP/s per node), below the 1e-12 node-days planctl can solve; on srv-a a run must be 2.77e+08 to 1e32 FLOP"
        ),
        // 8 · 1e-300 TFLOP/s · 0.4 = 3.2e-288 FLOP/s: 1e24 FLOP is 3.6e306 node-days.
        (
            name: "absurdly slow server", file: "servers.csv",
            content: serversHeader + "\nsrv-a,8,1e-300,10,300000,air\n",
            expected:
                "workloads.csv:2:7: error: flops: 1e24 is 3.617e+306 node-days on server srv-a (3.2e-288 FLOP/s per node), above the 1e12 node-days planctl can solve; on srv-a a run must be 2.77e-295 to 2.76e-271 FLOP"
        ),
        (
            name: "mfu below 0.001", file: "servers.csv",
            content: serversHeader + ",mfu\nsrv-a,8,1000,10,300000,air,1e-300\n",
            expected: "servers.csv:2:28: error: mfu: 1e-300 must be ≥ 0.001 and ≤ 1"
        ),
        (
            name: "availability below 0.001", file: "servers.csv",
            content: serversHeader + ",availability\nsrv-a,8,1000,10,300000,air,0.0009\n",
            expected: "servers.csv:2:28: error: availability: 0.0009 must be ≥ 0.001 and ≤ 1"
        ),
        // 1e13 / 8 = 1.25e12 nodes; at most 1e12 · 8 accelerators.
        (
            name: "model needs too many nodes", file: "workloads.csv",
            content: "id,flops,min_accelerators\nrun-a,1e24,1e13\n",
            expected:
                "workloads.csv:2:12: error: min_accelerators: 1e13 is 1250000000000 nodes of server srv-a (8 accelerators each), above the 1e12 nodes planctl can solve; on srv-a it must be at most 8e+12"
        ),
        // 0.95 · 1e-15 = 9.5e-16 node-days per node; 1e-12 / 0.95 = 1.0526e-12 days.
        (
            name: "deadline too short for a node", file: "workloads.csv",
            content: "id,flops,deadline_days\nrun-a,1e24,1e-15\n",
            expected:
                "workloads.csv:2:12: error: deadline_days: 1e-15 gives a node of server srv-a 9.5e-16 node-days (availability 0.95), below the 1e-12 planctl can solve; on srv-a it must be at least 1.06e-12"
        ),
        // 1e31 / 2.7648e20 = 3.617e10 node-days, / (0.95 · 0.01) = 3.8e12 nodes; ≥ 3.617e10 / 0.95e12 = 0.0381 days.
        (
            name: "deadline needs too many nodes", file: "workloads.csv",
            content: "id,flops,deadline_days\nrun-a,1e31,0.01\n",
            expected:
                "workloads.csv:2:12: error: deadline_days: 0.01 needs 3807261208577 nodes of server srv-a to finish by day 0.01, above the 1e12 nodes planctl can solve; on srv-a it must be at least 0.0381"
        ),
    ])
    func outOfScale(name: String, file: String, content: String, expected: String) throws {
        #expect(try InputFolder(file, content).messages() == [expected])
    }

    /// The least and most values the messages print are accepted, and the model built from them
    /// passes the solver layer's checks: validate and the model agree on the range.
    @Test(arguments: [
        ("workloads.csv", "id,flops\nrun-a,2.77e8\n"),
        ("workloads.csv", "id,flops,min_accelerators\nrun-a,1e24,8e12\n"),
        ("workloads.csv", "id,flops,deadline_days\nrun-a,1e10,1.06e-12\n"),
        ("workloads.csv", "id,flops,deadline_days\nrun-a,1e31,0.0381\n"),
        ("servers.csv", serversHeader + ",mfu,availability\nsrv-a,8,1000,10,300000,air,0.001,0.001\n"),
    ])
    func boundaryIsSolvable(file: String, content: String) throws {
        let catalog = try #require(try InputFolder(file, content).catalog())
        #expect(PlanModel(catalog: catalog).program.validationIssues().isEmpty)
    }

    /// A run is only measured against the servers it may use.
    @Test func serversOutsideAllowedServersAreNotChecked() throws {
        let folder = try InputFolder([
            "servers.csv": Self.serversHeader + "\nsrv-a,8,1000,10,300000,air\nsrv-slow,8,1e-300,10,300000,air\n",
            "workloads.csv": "id,flops,allowed_servers\nrun-a,1e24,srv-a\n",
        ])
        let catalog = try #require(folder.catalog())
        #expect(PlanModel(catalog: catalog).program.validationIssues().isEmpty)
    }
}
