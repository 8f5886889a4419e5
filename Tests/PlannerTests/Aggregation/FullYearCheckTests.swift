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
        .with(
            "renewables.csv", "id,site,technology,contract,max_mw,ppa_price_usd_per_mwh,lifecycle_kg_per_mwh",
            "wind,A,wind,ppa,10,60,0"
        )
        .withPolicy("min_cfe_fraction,0.5")

    @Test func representativeDaysOverstateHourlyMatching() throws {
        let fullYear = try Self.year.catalog()
        let (days, _) = try RepresentativeDays.aggregate(fullYear, days: 2)
        let plan = try #require(Planning.plan(days, fullYear: fullYear).plan)
        expectClose(plan.site("A")?.renewablesMW.first?.mw, 4.0 / 3, "PPA MW")
        expectClose(plan.objectiveUSDPerYr, 641_800, "objective on the days")
        expectClose(plan.cfeFraction, 0.5, "CFE on the days")

        let check = try #require(plan.fullYearCheck)
        #expect(check.stepsPerSite == 4)
        #expect(check.outcome == .missesLimits([.cfeFloor(floor: 0.5, yearFraction: check.fullYear?.cfeFraction ?? 0)]))
        #expect(
            check.fullYear.map { FullYearText.sentence(.cfeFloor(floor: 0.5, yearFraction: $0.cfeFraction)) }
                == "carbon-free share 45 % is below min_cfe_fraction 50 %")
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
        let plan = try #require(Planning.plan(days, fullYear: fullYear).plan)
        let check = try #require(plan.fullYearCheck)
        #expect(check.outcome == .holds)
        expectClose(check.fullYear?.objectiveUSDPerYr, 160_000 + 438_000, "objective over the year")
        expectClose(plan.objectiveUSDPerYr, 160_000 + 438_000, "objective on the days")
    }

    /// `--calibrate-limits` on the same year. With q = floor · 8760 / 3285 on the days
    /// (d3 alone matches, at wind 0.5), the year's CFE is (2190 / 8760) · (0.2q + 0.4q + 1)
    /// = 0.25 + 0.4 · floor while d4 stays capped, so:
    /// round 1: floor 0.5 → year 0.45; round 2: shift by the 0.05 shortfall (+1e-4)
    /// → 0.5501 → year 0.47004; round 3: secant slope (0.5501 − 0.5) / (0.47004 − 0.45)
    /// = 2.5 → 0.5501 + 2.5 · 0.02996 + 1e-4 = 0.6251 → year 0.50004: holds.
    /// q = 0.6251 · 8 / 3 = 1.66693 MW; objective 598 000 + 10 · 3285 · q = 652 758.
    @Test func calibrationRaisesTheFloorOnTheDaysUntilTheYearMeetsIt() throws {
        let fullYear = try Self.year.catalog()
        let (days, _) = try RepresentativeDays.aggregate(fullYear, days: 2)
        let plan = try #require(Planning.plan(days, fullYear: fullYear, calibrate: true).plan)
        let check = try #require(plan.fullYearCheck)
        #expect(check.outcome == .holds)
        #expect(check.calibration?.rounds == 3)
        expectClose(check.calibration?.minCFEFraction, 0.6251, "floor used on the days")
        expectClose(check.fullYear?.cfeFraction, 0.50004, "CFE over the year")
        expectClose(plan.site("A")?.renewablesMW.first?.mw, 0.6251 * 8 / 3, "PPA MW")
        expectClose(plan.objectiveUSDPerYr, 598_000 + 10 * 3285 * 0.6251 * 8 / 3, "objective")
    }

    /// Without a carbon cap or CFE floor each open site is dispatched on its own; a
    /// floor of 0 (which constrains nothing) takes the whole-year LP instead. Two open
    /// sites, a PPA at one: both paths must find the same dispatch.
    @Test func siteBySiteDispatchEqualsTheWholeYear() throws {
        let header = RepresentativeDaysTests.header
        let twoSites = ModelFixture()
            .with(
                "sites.csv", "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
                "A,r1,100,10,50,400", "B,r2,100,10,70,200"
            )
            .with(
                "workloads.csv", "id,flops,deadline_days,allowed_regions", "w1,6.5664e22,100,r1", "w2,6.5664e22,100,r2"
            )
            .with(
                "profiles.csv", header,
                "A,d1,0,2190,0,0,400,50", "A,d2,0,2190,0,0.2,400,60", "A,d3,0,2190,0,0.4,400,40",
                "A,d4,0,2190,0,0.9,400,30",
                "B,d1,0,2190,0,0.5,100,80", "B,d2,0,2190,0,0.1,300,70", "B,d3,0,2190,0,0.3,200,90",
                "B,d4,0,2190,0,0.0,250,60"
            )
            .with(
                "renewables.csv", "id,site,technology,contract,max_mw,ppa_price_usd_per_mwh,lifecycle_kg_per_mwh",
                "wind,A,wind,ppa,10,45,0")
        func check(_ fixture: ModelFixture) throws -> FullYearCheck {
            let fullYear = try fixture.catalog()
            let (days, _) = try RepresentativeDays.aggregate(fullYear, days: 3)
            return try #require(Planning.plan(days, fullYear: fullYear).plan?.fullYearCheck)
        }
        let bySite = try check(twoSites)
        let whole = try check(twoSites.withPolicy("min_cfe_fraction,0"))
        #expect(bySite.outcome == .holds)
        #expect(whole.outcome == .holds)
        // One site at a time: 4 steps of A (or B) and the other's one annual step.
        #expect(bySite.columns < whole.columns)
        let a = try #require(bySite.fullYear)
        let b = try #require(whole.fullYear)
        expectClose(a.objectiveUSDPerYr, b.objectiveUSDPerYr, "objective")
        expectClose(a.energy.ppaMatchedMWh, b.energy.ppaMatchedMWh, "matched")
        expectClose(a.carbon.totalT, b.carbon.totalT, "carbon")
        expectClose(a.cost(.gridEnergy), b.cost(.gridEnergy), "grid energy")
    }
}
