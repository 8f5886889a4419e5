import Foundation
import Testing

@testable import Planner

/// Four one-hour "days" of 2190 h each at one site. Only wind varies
/// (0, 0.2, 0.4, 0.9), so days are compared by wind alone.
@Suite struct RepresentativeDaysTests {
    static let header = "site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh"
    static let fourDays = ModelFixture().with(
        "profiles.csv", header,
        "A,d1,0,2190,0,0,400,50", "A,d2,0,2190,0,0.2,400,50", "A,d3,0,2190,0,0.4,400,50", "A,d4,0,2190,0,0.9,400,50")

    /// d1 is the least renewable day: kept as an extreme. The one medoid of
    /// {0.2, 0.4, 0.9} by squared distance is 0.4 (0.04 + 0.25 = 0.29, against 0.53
    /// for 0.2 and 0.74 for 0.9); it stands for 3 days = 6570 h. Rescaling
    /// makes its wind the mean of what it stands for: 0.4 · (1.5 / 1.2) = 0.5, so
    /// the annual wind energy 2190 · 1.5 = 3285 MWh/MW is kept.
    @Test func keepsTheCalmDayAndOneRescaledMedoid() throws {
        let (reduced, aggregation) = try RepresentativeDays.aggregate(try Self.fourDays.catalog(), days: 2)
        #expect(aggregation.periodsBefore == 4)
        #expect(
            aggregation.representatives == [
                .init(period: "d1", periodsRepresented: 1, kind: .extreme),
                .init(period: "d3", periodsRepresented: 3, kind: .medoid),
            ])
        let steps = reduced.sites[0].steps
        #expect(steps.map(\.period) == ["d1", "d3"])
        #expect(steps.map(\.weightHours) == [2190, 6570])
        expectClose(steps[0].windCF, 0, "calm day untouched")
        expectClose(steps[1].windCF, 0.5, "medoid rescaled")
        expectClose(steps.reduce(0) { $0 + $1.weightHours * $1.windCF }, 3285, "annual wind energy")
        #expect(reduced.representativeDays == aggregation)
    }

    @Test func asManyDaysAsTheYearHasChangesNothing() throws {
        let catalog = try Self.fourDays.catalog()
        let (same, aggregation) = try RepresentativeDays.aggregate(catalog, days: 4)
        #expect(same == catalog)
        #expect(aggregation.representatives.map(\.period) == ["d1", "d2", "d3", "d4"])
    }

    @Test func theCalmDayAloneFillsOneDay() throws {
        #expect(throws: AggregationError.tooFewDays(requested: 1, extremes: 1)) {
            try RepresentativeDays.aggregate(try Self.fourDays.catalog(), days: 1)
        }
    }

    @Test func sitesMustShareTheirDays() throws {
        let catalog = try ModelFixture()
            .with(
                "sites.csv", "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh",
                "A,r1,100,10,50,400", "B,r1,100,10,50,400"
            )
            .with(
                "profiles.csv", Self.header, "A,d1,0,4380,0,0,400,50", "A,d2,0,4380,0,1,400,50",
                "B,x1,0,4380,0,0,400,50", "B,x2,0,4380,0,1,400,50"
            )
            .catalog()
        #expect(throws: AggregationError.periodsDiffer(site: "B", firstSite: "A")) {
            try RepresentativeDays.aggregate(catalog, days: 1)
        }
    }

    /// One period of 50 hours: nothing to choose among, and more than 2 days' steps.
    @Test func oneLongPeriodMustBeSplitIntoDays() throws {
        let rows = (0..<50).map { "A,year,\($0),175.2,0,0,400,50" }
        let catalog = try ModelFixture().with("profiles.csv", ([Self.header] + rows).joined(separator: "\n")).catalog()
        #expect(throws: AggregationError.periodsTooLong(periods: 1, steps: 50, requested: 2)) {
            try RepresentativeDays.aggregate(catalog, days: 2)
        }
        #expect(
            AggregationError.periodsTooLong(periods: 1, steps: 50, requested: 2).description
                == "1 period of 50 hourly steps in all per site, more than 2 days of 24 hours; "
                + "representative days are chosen among periods, so give the year as days (365 periods of 24 hours, weight 1)"
        )
    }

    @Test func aFolderWithoutProfilesHasNoDaysToChoose() throws {
        #expect(throws: AggregationError.noProfiles) {
            try RepresentativeDays.aggregate(try ModelFixture().catalog(), days: 2)
        }
    }

    /// `planctl aggregate` writes what `plan --representative-days` plans on:
    /// read back, the file gives bit-identical steps.
    @Test func writtenProfilesReadBackToTheSameSteps() throws {
        let (reduced, _) = try RepresentativeDays.aggregate(try Self.fourDays.catalog(), days: 2)
        let text = ProfilesCSV.render(reduced)
        #expect(text.hasPrefix("# 2 representative days of 4, chosen by planctl aggregate"))
        let reread = try ModelFixture().with("profiles.csv", text).catalog()
        #expect(reread.sites[0].steps == reduced.sites[0].steps)
    }
}
