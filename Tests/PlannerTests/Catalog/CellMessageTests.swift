import Testing

@testable import Planner

/// Bad numbers, out-of-range values and malformed ids: exact message and position.
///
/// Each case replaces one file of the minimal valid set; positions were counted by hand
/// (a cell starts one column after the comma before it).
@Suite struct CellMessageTests {
    @Test(
        arguments: [
            (
                name: "text", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,lots,10,80,300\n",
                expected: ["sites.csv:2:11: error: max_racks: \"lots\" is not a number"]
            ),
            (
                name: "NaN", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,NaN,10,80,300\n",
                expected: ["sites.csv:2:11: error: max_racks: \"NaN\" is not a finite number"]
            ),
            (
                name: "inf", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,100,10,-inf,300\n",
                expected: ["sites.csv:2:18: error: grid_price_usd_per_mwh: \"-inf\" is not a finite number"]
            ),
            (
                name: "underscore", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,1_000,10,80,300\n",
                expected: [
                    "sites.csv:2:11: error: max_racks: \"1_000\" is not a number: write it without thousands separators"
                ]
            ),
            (
                name: "thousands comma", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,\"1,000\",10,80,300\n",
                expected: [
                    "sites.csv:2:11: error: max_racks: \"1,000\" is not a number: write it without thousands separators"
                ]
            ),
            (
                name: "unit in cell", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,100,12 MW,80,300\n",
                expected: [
                    "sites.csv:2:15: error: grid_capacity_mw: \"12 MW\" is not a number: write the number alone, the unit is in the column name"
                ]
            ),
            (
                name: "percent", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,solar_cf\nsite-a,eu,100,10,80,300,20%\n",
                expected: [
                    "sites.csv:2:25: error: solar_cf: \"20%\" is not a number: write the number alone, the unit is in the column name"
                ]
            ),
            (
                name: "hex", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,0x10,10,80,300\n",
                expected: ["sites.csv:2:11: error: max_racks: \"0x10\" is not a number"]
            ),
            (
                name: "exponent without digits", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,1e,10,80,300\n",
                expected: ["sites.csv:2:11: error: max_racks: \"1e\" is not a number"]
            ),
            (
                name: "negative", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,-1,10,80,300\n",
                expected: ["sites.csv:2:11: error: max_racks: -1 must be ≥ 0"]
            ),
            (
                name: "fraction above 1", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,solar_cf\nsite-a,eu,100,10,80,300,1.5\n",
                expected: ["sites.csv:2:25: error: solar_cf: 1.5 must be a fraction between 0 and 1"]
            ),
            (
                name: "risk below 0", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,risk_score\nsite-a,eu,100,10,80,300,-0.1\n",
                expected: ["sites.csv:2:25: error: risk_score: -0.1 must be a fraction between 0 and 1"]
            ),
            (
                name: "aux_pue below 1", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,aux_pue\nsite-a,eu,100,10,80,300,0.9\n",
                expected: ["sites.csv:2:25: error: aux_pue: 0.9 must be ≥ 1"]
            ),
            (
                name: "power_redundancy below 1", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,power_redundancy\nsite-a,eu,100,10,80,300,0.5\n",
                expected: ["sites.csv:2:25: error: power_redundancy: 0.5 must be ≥ 1"]
            ),
            (
                name: "site lifetime 0", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,lifetime_years\nsite-a,eu,100,10,80,300,0\n",
                expected: ["sites.csv:2:25: error: lifetime_years: 0 must be > 0"]
            ),
            (
                name: "pue below 1", file: "cooling.csv",
                content: "id,kind,pue,capex_usd_per_kw,max_rack_kw\nair-a,air,0.95,2000,40\n",
                expected: ["cooling.csv:2:11: error: pue: 0.95 must be ≥ 1"]
            ),
            (
                name: "cooling redundancy below 1", file: "cooling.csv",
                content: "id,kind,pue,capex_usd_per_kw,max_rack_kw,redundancy\nair-a,air,1.2,2000,40,0\n",
                expected: ["cooling.csv:2:23: error: redundancy: 0 must be ≥ 1"]
            ),
            (
                name: "max_rack_kw 0", file: "cooling.csv",
                content: "id,kind,pue,capex_usd_per_kw,max_rack_kw\nair-a,air,1.2,2000,0\n",
                expected: ["cooling.csv:2:20: error: max_rack_kw: 0 must be > 0"]
            ),
            (
                name: "heat recovery above 1", file: "cooling.csv",
                content:
                    "id,kind,pue,capex_usd_per_kw,max_rack_kw,heat_recovery_fraction\nair-a,air,1.2,2000,40,1.01\n",
                expected: ["cooling.csv:2:23: error: heat_recovery_fraction: 1.01 must be a fraction between 0 and 1"]
            ),
            (
                name: "accelerators 0", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,0,1000,10,300000,air\n",
                expected: ["servers.csv:2:7: error: accelerators_per_node: 0 must be > 0"]
            ),
            (
                name: "accelerators fractional", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8.5,1000,10,300000,air\n",
                expected: ["servers.csv:2:7: error: accelerators_per_node: 8.5 must be a whole number"]
            ),
            (
                name: "tflops 0", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,0,10,300000,air\n",
                expected: ["servers.csv:2:9: error: tflops_per_accelerator: 0 must be > 0"]
            ),
            (
                name: "mfu 0", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,mfu\nsrv-a,8,1000,10,300000,air,0\n",
                expected: ["servers.csv:2:28: error: mfu: 0 must be ≥ 0.001 and ≤ 1"]
            ),
            (
                name: "availability above 1", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,availability\nsrv-a,8,1000,10,300000,air,1.2\n",
                expected: ["servers.csv:2:28: error: availability: 1.2 must be ≥ 0.001 and ≤ 1"]
            ),
            (
                name: "avg power 0", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,1000,0,300000,air\n",
                expected: ["servers.csv:2:14: error: avg_power_kw: 0 must be > 0"]
            ),
            (
                name: "peak power 0", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,peak_power_kw\nsrv-a,8,1000,10,300000,air,0\n",
                expected: ["servers.csv:2:28: error: peak_power_kw: 0 must be > 0"]
            ),
            (
                name: "server lifetime 0", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,lifetime_years\nsrv-a,8,1000,10,300000,air,0\n",
                expected: ["servers.csv:2:28: error: lifetime_years: 0 must be > 0"]
            ),
            (
                name: "max_nodes fractional", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,max_nodes\nsrv-a,8,1000,10,300000,air,2.5\n",
                expected: ["servers.csv:2:28: error: max_nodes: 2.5 must be a whole number"]
            ),
            (
                name: "max_nodes negative", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds,max_nodes\nsrv-a,8,1000,10,300000,air,-1\n",
                expected: ["servers.csv:2:28: error: max_nodes: -1 must be ≥ 0"]
            ),
            (
                name: "deadline 0", file: "workloads.csv",
                content: "id,flops,deadline_days,min_accelerators\nrun-a,1e24,0,\n",
                expected: ["workloads.csv:2:12: error: deadline_days: 0 must be > 0 and ≤ 365"]
            ),
            (
                name: "deadline 366", file: "workloads.csv",
                content: "id,flops,deadline_days,min_accelerators\nrun-a,1e24,366,\n",
                expected: ["workloads.csv:2:12: error: deadline_days: 366 must be > 0 and ≤ 365"]
            ),
            (
                name: "deadline 365.5", file: "workloads.csv",
                content: "id,flops,deadline_days,min_accelerators\nrun-a,1e24,365.5,\n",
                expected: ["workloads.csv:2:12: error: deadline_days: 365.5 must be > 0 and ≤ 365"]
            ),
            (
                name: "min_accelerators fractional", file: "workloads.csv",
                content: "id,flops,deadline_days,min_accelerators\nrun-a,1e24,,1.5\n",
                expected: ["workloads.csv:2:13: error: min_accelerators: 1.5 must be a whole number"]
            ),
            (
                name: "flops 0", file: "workloads.csv",
                content: "id,flops\nrun-a,0\n",
                expected: ["workloads.csv:2:7: error: flops: 0 must be > 0"]
            ),
            (
                name: "params 0", file: "workloads.csv",
                content: "id,params_b,tokens_b\nrun-a,0,100\n",
                expected: ["workloads.csv:2:7: error: params_b: 0 must be > 0"]
            ),
            (
                name: "racks_per_unit 0", file: "storage.csv",
                content:
                    "id,capacity_tb,throughput_gbps,power_kw,racks_per_unit,capex_usd\nst-a,1000,400,2.5,0,170000\n",
                expected: ["storage.csv:2:19: error: racks_per_unit: 0 must be > 0"]
            ),
            (
                name: "round trip 0", file: "batteries.csv",
                content: "id,capex_usd_per_mwh,max_mwh,max_mw,round_trip_efficiency\nbat-a,250000,200,50,0\n",
                expected: ["batteries.csv:2:21: error: round_trip_efficiency: 0 must be > 0 and ≤ 1"]
            ),
            (
                name: "renewable lifetime 0", file: "renewables.csv",
                content: "id,site,technology,contract,max_mw,lifetime_years\nren-a,site-a,solar,onsite,50,0\n",
                expected: ["renewables.csv:2:30: error: lifetime_years: 0 must be > 0"]
            ),
            (
                name: "technology", file: "renewables.csv",
                content: "id,site,technology,contract,max_mw,lifetime_years\nren-a,site-a,hydro,onsite,50,\n",
                expected: ["renewables.csv:2:14: error: technology: \"hydro\" must be one of: solar, wind"]
            ),
            (
                name: "contract", file: "renewables.csv",
                content: "id,site,technology,contract,max_mw,lifetime_years\nren-a,site-a,solar,lease,50,\n",
                expected: ["renewables.csv:2:20: error: contract: \"lease\" must be one of: onsite, ppa"]
            ),
            (
                name: "required cell empty", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,100,,80,300\n",
                expected: ["sites.csv:2:15: error: grid_capacity_mw: a value is required"]
            ),
            (
                name: "cooling_kinds empty", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,1000,10,300000,\n",
                expected: ["servers.csv:2:24: error: cooling_kinds: a value is required"]
            ),
            (
                name: "cooling_kinds only separators", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,1000,10,300000,;;\n",
                expected: ["servers.csv:2:24: error: cooling_kinds: name at least one cooling kind"]
            ),
            (
                name: "id dot", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\n.,eu,100,10,80,300\n",
                expected: ["sites.csv:2:1: error: id: \".\" is not a valid id"]
            ),
            (
                name: "id dotdot", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\n..,eu,100,10,80,300\n",
                expected: ["sites.csv:2:1: error: id: \"..\" is not a valid id"]
            ),
            (
                name: "id slash", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\na/b,eu,100,10,80,300\n",
                expected: ["sites.csv:2:1: error: id: id \"a/b\" may only hold letters, digits, '.', '_' and '-'"]
            ),
            (
                name: "id space", file: "servers.csv",
                content:
                    "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\n\"h 100\",8,1000,10,300000,air\n",
                expected: ["servers.csv:2:1: error: id: id \"h 100\" may only hold letters, digits, '.', '_' and '-'"]
            ),
            (
                name: "id 65 chars", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,eu,100,10,80,300\n",
                expected: ["sites.csv:2:1: error: id: id \"aaaaaaaaaaaaaaaaaaaa…\" is longer than 64 characters"]
            ),
            // The kind is malformed, so the server's "air" names nothing (cooling.csv has no valid "air" row).
            (
                name: "cooling kind invalid", file: "cooling.csv",
                content: "id,kind,pue,capex_usd_per_kw,max_rack_kw\nair-a,air/wet,1.2,2000,40\n",
                expected: [
                    "cooling.csv:2:7: error: kind: id \"air/wet\" may only hold letters, digits, '.', '_' and '-'"
                ]
            ),
            (
                name: "duplicate id", file: "sites.csv",
                content:
                    "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,100,10,80,300\nsite-b,eu,100,10,80,300\nsite-a,us,1,1,1,1\n",
                expected: ["sites.csv:4:1: error: id: duplicate id \"site-a\" (first on line 2)"]
            ),
        ] as [(name: String, file: String, content: String, expected: [String])])
    func message(name: String, file: String, content: String, expected: [String]) throws {
        let messages = try InputFolder(file, content).messages()
        #expect(messages == expected)
    }
}
