import Foundation

@testable import Planner

/// Two open sites with figures simple enough to audit by hand:
/// - site-h has a chronological profile (8,760 steps): hour 0 of the year wind 0.8, carbon 100,
///   grid CFE 0; hour 1 wind 0.2, carbon 300, grid CFE 0.5; every other hour wind 0.5, carbon 200,
///   grid CFE 0 (so its annual mean intensity is (100 + 300 + 8,758 · 200) ÷ 8,760 = 200 kg/MWh);
///   price 50 USD/MWh; the plan contracts 1 MW of the wind PPA ppa-h there; plan PUE 1.2, 1.2 MW.
/// - site-d has no profile: annual carbon 300 kg/MWh, price 80 USD/MWh, grid CFE 0.2, a water
///   permit of 8,760 m³/yr (1 m³ an hour); no PPA; plan PUE 1.1, 2.2 MW.
/// - site-c is in the plan but closed. policy.csv sets min_cfe_fraction 0.5.
enum AuditFixture {
    static let sites = """
        id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,wind_cf,max_water_m3_per_yr,grid_cfe_fraction
        site-h,eu,100,10,50,200,0.5,,0
        site-d,eu,100,10,80,300,0.3,8760,0.2
        site-c,eu,100,10,80,300,0,,0

        """

    static let renewables = """
        id,site,technology,contract,max_mw,ppa_price_usd_per_mwh,lifecycle_kg_per_mwh
        ppa-h,site-h,wind,ppa,10,40,10

        """

    static let policy = """
        key,value
        min_cfe_fraction,0.5

        """

    /// site-h's chronological year.
    static var profiles: String {
        var out = "site,period,hour,weight,wind_cf,grid_carbon_kg_per_mwh,grid_cfe_fraction\n"
        for day in 1...365 {
            let period = "d" + String(repeating: "0", count: 3 - String(day).count) + String(day)
            for hour in 0..<24 {
                let hourOfYear = (day - 1) * 24 + hour
                let (wind, carbon, cfe) =
                    hourOfYear == 0
                    ? ("0.8", "100", "0") : hourOfYear == 1 ? ("0.2", "300", "0.5") : ("0.5", "200", "0")
                out += "site-h,\(period),\(hour),1,\(wind),\(carbon),\(cfe)\n"
            }
        }
        return out
    }

    /// The input folder (with InputFolder's minimal servers, cooling and workloads).
    static func inputs() throws -> InputFolder {
        try InputFolder([
            "sites.csv": sites, "renewables.csv": renewables, "policy.csv": policy, "profiles.csv": profiles,
        ])
    }

    /// plan.json: site-h planned 90 % carbon-free, site-d 22 % (1 − (100 − 0 − 22) ÷ 100).
    static let planJSON = """
        {
          "status": "optimal",
          "objective_usd_per_yr": 1,
          "sites": [
            {"id": "site-h", "open": true, "renewables_mw": {"ppa-h": 1}, "facility_mw": 1.2, "it_mw": 1, "pue": 1.2,
             "water_m3_per_yr": 0, "energy_mwh_per_yr": {"facility": 100, "grid": 100, "onsite": 0, "ppa_matched": 90}},
            {"id": "site-d", "open": true, "renewables_mw": {}, "facility_mw": 2.2, "it_mw": 2, "pue": 1.1,
             "water_m3_per_yr": 10, "energy_mwh_per_yr": {"facility": 100, "grid": 100, "onsite": 0, "ppa_matched": 0,
             "grid_carbon_free": 22}},
            {"id": "site-c", "open": false, "renewables_mw": {}, "facility_mw": 0, "it_mw": 0, "pue": 0}
          ]
        }

        """

    static var plan: AuditPlan {
        get throws { try AuditPlan(json: Data(planJSON.utf8)) }
    }

    /// Hourly, daily and a gap: see AuditComputationTests for the figures.
    static let meters = """
        site,start,hours,it_mwh,facility_mwh,onsite_mwh,water_m3
        site-h,2025-01-01T00:00Z,1,1.0,1.2,0.2,
        site-h,2025-01-01T01:00Z,,1.0,1.3,,
        site-h,2025-02-01,24,24,28.8,,
        site-d,2025-01-01,24,48,60,,30
        site-d,2025-01-03,24,48,52.8,0,20

        """
}
