import Testing

@testable import Planner

/// Unknown references, compute forms, profile hours and weights, policy keys: exact message and position.
///
/// Each case replaces one file of the minimal valid set; positions were counted by hand
/// (a cell starts one column after the comma before it).
@Suite struct ReferenceMessageTests {
    @Test(
        arguments: [
            (
                name: "unknown cooling kind", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,1000,10,300000,air;liquid\n",
                expected: ["servers.csv:2:24: error: cooling_kinds: unknown cooling kind \"liquid\""]
            ),
            (
                name: "unknown cooling kind with hint", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,1000,10,300000,ari\n",
                expected: [
                    "servers.csv:2:24: error: cooling_kinds: unknown cooling kind \"ari\"; did you mean \"air\"?"
                ]
            ),
            (
                name: "unknown region in list", file: "workloads.csv",
                content: "id,flops,allowed_regions,allowed_servers\nrun-a,1e24,eu;us,\n",
                expected: ["workloads.csv:2:12: error: allowed_regions: unknown region \"us\"; did you mean \"eu\"?"]
            ),
            (
                name: "unknown servers in list", file: "workloads.csv",
                content: "id,flops,allowed_regions,allowed_servers\nrun-a,1e24,,srv-a;srv-b;h100\n",
                expected: [
                    "workloads.csv:2:13: error: allowed_servers: unknown server \"srv-b\"; did you mean \"srv-a\"?",
                    "workloads.csv:2:13: error: allowed_servers: unknown server \"h100\"",
                ]
            ),
            (
                name: "unknown renewable site", file: "renewables.csv",
                content: "id,site,technology,contract,max_mw,lifetime_years\nren-a,site-b,solar,onsite,50,\n",
                expected: ["renewables.csv:2:7: error: site: unknown site \"site-b\"; did you mean \"site-a\"?"]
            ),
            (
                name: "unknown profile site", file: "profiles.csv",
                content: "site,period,hour,weight\nberlin,d,0,8760\n",
                expected: ["profiles.csv:2:1: error: site: unknown site \"berlin\""]
            ),
            (
                name: "flops and params", file: "workloads.csv",
                content: "id,flops,params_b,tokens_b\nrun-a,1e24,7,\n",
                expected: ["workloads.csv:2:7: error: flops: give either flops or params_b with tokens_b, not both"]
            ),
            (
                name: "params without tokens", file: "workloads.csv",
                content: "id,flops,params_b,tokens_b\nrun-a,,7,\n",
                expected: ["workloads.csv:2:8: error: params_b: params_b needs tokens_b (or give flops instead)"]
            ),
            (
                name: "tokens without params", file: "workloads.csv",
                content: "id,flops,params_b,tokens_b\nrun-a,,,2000\n",
                expected: ["workloads.csv:2:9: error: tokens_b: tokens_b needs params_b (or give flops instead)"]
            ),
            (
                name: "no compute", file: "workloads.csv",
                content: "id,flops,params_b,tokens_b\nrun-a,,,\n",
                expected: ["workloads.csv:2:1: error: give either flops or both params_b and tokens_b"]
            ),
            (
                name: "weights short", file: "profiles.csv",
                content: "site,period,hour,weight\nsite-a,d,0,4000\nsite-a,d,1,4000\n",
                expected: [
                    "profiles.csv:2:12: error: weights of site site-a sum to 8000 hours; they must sum to 8760 (±0.1 %)"
                ]
            ),
            (
                name: "weights just outside tolerance", file: "profiles.csv",
                content: "site,period,hour,weight\nsite-a,d,0,4380\nsite-a,d,1,4389\n",
                expected: [
                    "profiles.csv:2:12: error: weights of site site-a sum to 8769 hours; they must sum to 8760 (±0.1 %)"
                ]
            ),
            (
                name: "gap in hours", file: "profiles.csv",
                content: "site,period,hour,weight\nsite-a,d,0,2920\nsite-a,d,2,2920\nsite-a,d,3,2920\n",
                expected: [
                    "profiles.csv:3:10: error: hour: period \"d\" at site site-a has no hour 1: hours must run 0..2 without gaps"
                ]
            ),
            (
                name: "duplicate hour", file: "profiles.csv",
                content: "site,period,hour,weight\nsite-a,d,0,4380\nsite-a,d,0,4380\n",
                expected: [
                    "profiles.csv:3:10: error: hour: hour 0 of period \"d\" at site site-a appears twice",
                    "profiles.csv:3:10: error: hour: period \"d\" at site site-a has no hour 1: hours must run 0..1 without gaps",
                ]
            ),
            (
                name: "hours not starting at 0", file: "profiles.csv",
                content: "site,period,hour,weight\nsite-a,d,1,8760\n",
                expected: [
                    "profiles.csv:2:10: error: hour: period \"d\" at site site-a has no hour 0: hours must run 0..0 without gaps"
                ]
            ),
            (
                name: "fractional hour", file: "profiles.csv",
                content: "site,period,hour,weight\nsite-a,d,0.5,8760\n",
                expected: ["profiles.csv:2:10: error: hour: 0.5 must be a whole number"]
            ),
            (
                name: "profile cf above 1", file: "profiles.csv",
                content: "site,period,hour,weight,solar_cf\nsite-a,d,0,8760,2\n",
                expected: ["profiles.csv:2:17: error: solar_cf: 2 must be a fraction between 0 and 1"]
            ),
            (
                name: "unknown policy key", file: "policy.csv",
                content: "key,value\ndiscount_rat,0.05\n",
                expected: [
                    "policy.csv:2:1: error: key: unknown policy key \"discount_rat\"; did you mean \"discount_rate\"?"
                ]
            ),
            (
                name: "duplicate policy key", file: "policy.csv",
                content: "key,value\nmip_gap,0.01\nmip_gap,0.02\n",
                expected: ["policy.csv:3:1: error: key: policy key \"mip_gap\" is set twice (first on line 2)"]
            ),
            (
                name: "policy value not a number", file: "policy.csv",
                content: "key,value\ncarbon_price_usd_per_t,fifty\n",
                expected: ["policy.csv:2:24: error: carbon_price_usd_per_t: \"fifty\" is not a number"]
            ),
            (
                name: "policy fraction above 1", file: "policy.csv",
                content: "key,value\ndiscount_rate,8\n",
                expected: ["policy.csv:2:15: error: discount_rate: 8 must be a fraction between 0 and 1"]
            ),
            (
                name: "policy reserve of 1", file: "policy.csv",
                content: "key,value\nexpansion_reserve_fraction,1\n",
                expected: ["policy.csv:2:28: error: expansion_reserve_fraction: 1 must be ≥ 0 and < 1"]
            ),
            (
                name: "policy time limit 0", file: "policy.csv",
                content: "key,value\ntime_limit_s,0\n",
                expected: ["policy.csv:2:14: error: time_limit_s: 0 must be > 0"]
            ),
            (
                name: "policy empty value", file: "policy.csv",
                content: "key,value\nmax_carbon_t,\n",
                expected: [
                    "policy.csv:2:14: error: max_carbon_t: no value given; write one or drop the row to keep the default (no limit)"
                ]
            ),
        ] as [(name: String, file: String, content: String, expected: [String])])
    func message(name: String, file: String, content: String, expected: [String]) throws {
        let messages = try InputFolder(file, content).messages()
        #expect(messages == expected)
    }
}
