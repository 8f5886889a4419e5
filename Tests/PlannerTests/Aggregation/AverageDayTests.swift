import Testing

@testable import Planner

/// The coarse profile behind the first plan of many-step models.
@Suite struct AverageDayTests {
    /// Two days of two hours: day a weighs 1000 h per step, day b 3380.
    /// Hour 0 solar: (1000 · 0.2 + 3380 · 0.6) / 4380 = 2228 / 4380 = 0.508676…;
    /// hour 1 price: (1000 · 10 + 3380 · 50) / 4380 = 179 000 / 4380 = 40.867…
    @Test func averagesEachHourByWeight() throws {
        let catalog = try ModelFixture().with(
            "profiles.csv", RepresentativeDaysTests.header,
            "A,a,0,1000,0.2,0,400,10", "A,a,1,1000,0,0,400,10",
            "A,b,0,3380,0.6,0,400,50", "A,b,1,3380,0,0,400,50"
        ).catalog()
        let coarse = try #require(AverageDay.coarsen(catalog))
        let steps = coarse.sites[0].steps
        #expect(steps.map(\.period) == ["average", "average"])
        #expect(steps.map(\.hour) == [0, 1])
        #expect(steps.map(\.weightHours) == [4380, 4380])
        expectClose(steps[0].solarCF, 2228.0 / 4380, "hour 0 solar")
        expectClose(steps[1].gridPriceUSDPerMWh, 179_000.0 / 4380, "hour 1 price")
        expectClose(steps[1].solarCF, 0, "hour 1 solar")
    }

    @Test func periodsOfDifferentLengthHaveNoAverage() throws {
        let catalog = try ModelFixture().with(
            "profiles.csv", RepresentativeDaysTests.header,
            "A,a,0,2920,0.2,0,400,10", "A,a,1,2920,0,0,400,10", "A,b,0,2920,0.6,0,400,50"
        ).catalog()
        #expect(AverageDay.coarsen(catalog) == nil)
    }
}
