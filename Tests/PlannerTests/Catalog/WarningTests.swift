import Testing

@testable import Planner

/// Problems that do not stop a run: reported as warnings, the catalog still returned.
@Suite struct WarningTests {
    static let sites = """
        id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,risk_score
        site-a,eu,100,10,80,300,0.7
        site-b,us,100,10,80,300,0.1

        """

    @Test(
        arguments: [
            (
                name: "site no workload may use", files: ["workloads.csv": "id,flops,allowed_regions\nrun-a,1e24,eu\n"],
                expected: ["sites.csv:3:1: warning: no workload may run at site site-b: none allows region us"]
            ),
            (
                name: "site above max_risk_score", files: ["policy.csv": "key,value\nmax_risk_score,0.5\n"],
                expected: [
                    "sites.csv:2:1: warning: site site-a cannot open: its risk_score 0.7 is above max_risk_score 0.5"
                ]
            ),
            (
                name: "risk equal to the limit is fine", files: ["policy.csv": "key,value\nmax_risk_score,0.7\n"],
                expected: []
            ),
            (
                name: "server no workload may use",
                files: [
                    "workloads.csv": "id,flops,allowed_servers\nrun-a,1e24,srv-b\n",
                    "servers.csv":
                        "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,1000,10,300000,air\nsrv-b,8,1000,10,300000,air\n",
                ],
                expected: [
                    "servers.csv:2:1: warning: no workload may use server srv-a: every workload lists allowed_servers without it"
                ]
            ),
            (
                name: "sites.csv price scenario on a profiled site",
                files: [
                    "profiles.csv": "site,period,hour,weight,grid_price_usd_per_mwh\nsite-a,y,0,8760,80\n",
                    "scenarios.csv":
                        "scenario,file,id,column,op,value\ndear,sites,site-a,grid_price_usd_per_mwh,scale,1.3\nall,sites,*,grid_price_usd_per_mwh,scale,1.3\n",
                ],
                expected: [
                    "scenarios.csv:2:19: warning: column: grid_price_usd_per_mwh in sites.csv does not change the hours of site site-a: they come from profiles.csv; change profiles,site-a,grid_price_usd_per_mwh instead",
                    "scenarios.csv:3:13: warning: column: grid_price_usd_per_mwh in sites.csv does not change the hours of sites with hourly profiles (such as site-a): they come from profiles.csv; change profiles,*,grid_price_usd_per_mwh instead",
                ]
            ),
            (
                name: "sites.csv price scenario on a site without profiles is fine",
                files: [
                    "scenarios.csv":
                        "scenario,file,id,column,op,value\ndear,sites,site-b,grid_price_usd_per_mwh,scale,1.3\n"
                ],
                expected: []
            ),
        ] as [(name: String, files: [String: String], expected: [String])])
    func warning(name: String, files: [String: String], expected: [String]) throws {
        var all: [String: String?] = ["sites.csv": Self.sites]
        for (file, text) in files { all[file] = text }
        let folder = try InputFolder(all)
        #expect(folder.messages() == expected)
        #expect(folder.load().catalog != nil)
    }

    /// Warnings wait until the inputs are free of errors, so they never bury an error.
    @Test func noWarningsWhileErrorsRemain() throws {
        let folder = try InputFolder([
            "sites.csv": Self.sites, "policy.csv": "key,value\nmax_risk_score,0.5\nmip_gap,x\n",
        ])
        #expect(folder.messages() == ["policy.csv:3:9: error: mip_gap: \"x\" is not a number"])
    }
}
