import Testing
@testable import Planner

/// The four-day year of `RepresentativeDaysTests` with the base load of 1 MW,
/// grid at 50 USD/MWh and a wind PPA at 60 USD/MWh (10 USD/MWh above the grid
/// price it settles against), under min_cfe_fraction 0.5.
///
/// On the representative days (d1 calm ×1, d3 at wind 0.5 ×3) only d3 matches:
/// 6570 · min(1, 0.5 q) ≥ 0.5 · 8760 = 4380 → q = 4/3 MW, the least PPA that meets
/// the floor. Settlement 10 · 3285 MWh/MW · 4/3 = 43 800 USD/yr; servers 160 000;
/// grid 8760 · 50 = 438 000; objective 641 800, CFE exactly 50 %.
///
/// Over the real days the same 4/3 MW gives 0, 0.267, 0.533 and 1.2 MW: d4 is
/// capped at the 1 MW load, so matched = 2190 · (0 + 0.267 + 0.533 + 1) = 3942 MWh,
/// CFE 45 %. Settlement is linear in wind, whose annual energy the rescaling kept,
/// so every cost is the same: the days are off by 0 % in cost and +5 points in CFE,
/// and the build misses the floor.
@Suite struct FullYearCheckTests {
    static let year = RepresentativeDaysTests.fourDays
        .with("renewables.csv", "id,site,technology,contract,max_mw,ppa_price_usd_per_mwh,lifecycle_kg_per_mwh",
              "wind,A,wind,ppa,10,60,0")
        .withPolicy("min_cfe_fraction,0.5")

    @Test func representativeDaysOverstateHourlyMatching() throws {
        let fullYear = try Self.year.catalog()
        let (days, _) = try RepresentativeDays.aggregate(fullYear, days: 2)
        let plan = try #require(Planning.run(days, fullYear: fullYear).plan)
        expectClose(plan.site("A")?.renewablesMW.first?.mw, 4.0 / 3, "PPA MW")
        expectClose(plan.objectiveUSDPerYr, 641_800, "objective on the days")
        expectClose(plan.cfeFraction, 0.5, "CFE on the days")

        let check = try #require(plan.fullYearCheck)
        #expect(check.stepsPerSite == 4)
        #expect(check.outcome == .missesLimits(["carbon-free share 45 % is below min_cfe_fraction 50 %"]))
        let year = try #require(check.fullYear)
        expectClose(year.objectiveUSDPerYr, 641_800, "objective over the year")
        expectClose(year.cost(.ppaSettlement), 43_800, "settlement over the year")
        expectClose(year.energy.ppaMatchedMWh, 3_942, "matched over the year")
        expectClose(year.cfeFraction, 0.45, "CFE over the year")
    }

    /// Without the floor the plan contracts nothing (the PPA only costs), so the
    /// days and the year agree exactly and the check holds.
    @Test func aFlatLoadOnGridAloneIsExact() throws {
        let fullYear = try RepresentativeDaysTests.fourDays.catalog()
        let (days, _) = try RepresentativeDays.aggregate(fullYear, days: 2)
        let plan = try #require(Planning.run(days, fullYear: fullYear).plan)
        let check = try #require(plan.fullYearCheck)
        #expect(check.outcome == .holds)
        expectClose(check.fullYear?.objectiveUSDPerYr, 160_000 + 438_000, "objective over the year")
        expectClose(plan.objectiveUSDPerYr, 160_000 + 438_000, "objective on the days")
    }
}
