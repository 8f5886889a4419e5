import Testing

@testable import Planner

/// Whole-plan bookkeeping on an instance where every cost term is nonzero:
/// the parts must add up to the totals, whatever the optimum is.
@Suite struct AccountingModelTests {
    static let everything = ModelFixture()
        .with(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,power_redundancy,electrical_capex_usd_per_kw,fixed_capex_usd,fixed_opex_usd_per_yr,water_price_usd_per_m3,heat_reuse_price_usd_per_mwh,heat_reuse_max_mw",
            "A,r1,100,10,100,400,1.5,200,1000000,10000,1,20,0.2",
            "B,r2,100,10,60,700,1,100,500000,5000,0.5,0,0"
        )
        .with(
            "profiles.csv",
            "site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh",
            "A,day,0,4380,1,0.5,300,80",
            "A,day,1,4380,0,0.5,500,120"
        )
        .with(
            "servers.csv",
            "id,accelerators_per_node,tflops_per_accelerator,mfu,availability,avg_power_kw,peak_power_kw,capex_usd,opex_usd_per_yr,lifetime_years,embodied_kg,storage_gbps,cooling_kinds",
            "g1,1,1000,1,1,100,120,100000,1000,5,1000,20,air"
        )
        .with(
            "cooling.csv",
            "id,kind,pue,capex_usd_per_kw,max_rack_kw,wue_l_per_kwh,heat_recovery_fraction",
            "air1,air,1.25,100,40,1,0.5"
        )
        .with(
            "storage.csv",
            "id,capacity_tb,throughput_gbps,power_kw,racks_per_unit,capex_usd,lifetime_years,embodied_kg",
            "s1,100,50,10,1,10000,5,500"
        )
        .with(
            "workloads.csv",
            "id,flops,deadline_days,storage_tb,allowed_regions",
            "w1,6.5664e22,100,250,r1",
            "w2,3.456e22,50,0,r2"
        )
        .with(
            "renewables.csv",
            "id,site,technology,contract,max_mw,capex_usd_per_mw,fixed_om_usd_per_mw_yr,lifetime_years,ppa_price_usd_per_mwh,lifecycle_kg_per_mwh",
            "sun,A,solar,onsite,100,1000000,5000,25,0,40",
            "wind,A,wind,ppa,1,0,0,25,60,10"
        )
        .with(
            "batteries.csv",
            "id,capex_usd_per_mwh,capex_usd_per_mw,round_trip_efficiency,lifetime_years,max_mwh,max_mw",
            "b1,100000,50000,0.81,10,0.5,100"
        )
        .withPolicy("carbon_price_usd_per_t,10")

    @Test func partsAddUpToTheTotals() throws {
        let plan = try Self.everything.plan()
        // Every term of model.md's objective is in play here.
        for term in CostTerm.allCases {
            #expect(plan.cost(term) != 0, "\(term) should be nonzero in this instance")
        }
        // The terms sum to the objective, which is the solver's proven optimum (mip_gap 0).
        expectClose(plan.costs.reduce(0) { $0 + $1.usdPerYr }, plan.objectiveUSDPerYr, "Σ terms")
        expectClose(plan.objectiveUSDPerYr, plan.bestBoundUSDPerYr ?? .nan, "objective vs bound")
        // Each term is the sum of its per-site parts.
        for term in CostTerm.allCases {
            expectClose(plan.sites.reduce(0) { $0 + $1.cost(term) }, plan.cost(term), "Σ sites \(term)")
        }
        #expect(plan.sites.map(\.open) == [true, true])

        // Energy balance (row 10), weighted by the step hours, per site:
        // facility = grid + onsite + discharge − charge, where Σ W · net battery = discharge − charge.
        for site in plan.sites {
            let batteryNetMWh = site.dispatch.reduce(0) { $0 + $1.weightHours * $1.batteryNetMW }
            expectClose(
                site.energy.gridMWh + site.energy.onsiteMWh + batteryNetMWh, site.energy.facilityMWh,
                "energy balance at \(site.id)")
            expectClose(site.energy.facilityMWh, site.facilityMW * 8_760, "flat load at \(site.id)")
            #expect(site.energy.batteryDischargeMWh >= batteryNetMWh - 1e-6)
            #expect(site.energy.ppaMatchedMWh <= site.energy.gridMWh + 1e-6)
        }
        let a = try #require(plan.site("A"))
        #expect(a.energy.onsiteMWh > 0 && a.energy.batteryDischargeMWh > 0 && a.energy.ppaMatchedMWh > 0)
        let facility = plan.sites.reduce(0) { $0 + $1.energy.facilityMWh }
        expectClose(plan.energy.facilityMWh, facility, "Σ sites facility")
        expectClose(plan.energy.gridMWh, plan.sites.reduce(0) { $0 + $1.energy.gridMWh }, "Σ sites grid")
        expectClose(plan.energy.ppaMatchedMWh, plan.sites.reduce(0) { $0 + $1.energy.ppaMatchedMWh }, "Σ sites matched")
        expectClose(plan.cfeFraction, 1 - (plan.energy.gridMWh - plan.energy.ppaMatchedMWh) / facility, "cfe")

        // Carbon: sites sum to the totals, and the carbon term prices the total at 10 USD/t.
        expectClose(plan.sites.reduce(0) { $0 + $1.carbon.operationalT }, plan.carbon.operationalT, "Σ sites op_t")
        expectClose(plan.sites.reduce(0) { $0 + $1.carbon.embodiedT }, plan.carbon.embodiedT, "Σ sites emb_t")
        expectClose(plan.cost(.carbon), 10 * plan.carbon.totalT, "carbon term")
        // w1: 760 node-days by day 100 → 8 nodes at A; w2: 3.456e22 / 8.64e19 = 400 node-days
        // by day 50 → 8 nodes at B. Each site: 8 · 20 = 160 Gb/s → ⌈160 / 50⌉ = 4 storage units
        // (w1's 250 TB needs only 3).
        #expect(plan.nodes("A", "g1", "air1") == 8)
        #expect(plan.nodes("B", "g1", "air1") == 8)
        #expect(a.storage.map(\.count) == [4])
        #expect(plan.site("B")?.storage.map(\.count) == [4])
        // Embodied: 16 nodes · 1000 kg / 5 yr + 8 units · 500 kg / 5 yr.
        expectClose(plan.carbon.embodiedT, 16 * 0.2 + 8 * 0.1, "emb_t")
    }
}
