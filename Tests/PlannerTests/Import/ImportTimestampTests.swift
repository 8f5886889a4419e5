import Testing

@testable import Planner

/// ISO 8601 as downloads write it: `Z` or an offset honoured, a naive time taken as UTC.
@Suite struct ImportTimestampTests {
    static let newYear2023 = CivilDate(year: 2023, month: 1, day: 1).daysSince1970 * 86_400

    @Test(arguments: [
        (text: "2023-01-01T00:00Z", secondsAfterNewYear: 0),
        (text: "2023-01-01 00:00", secondsAfterNewYear: 0),
        (text: "2023-01-01 05:00:00", secondsAfterNewYear: 5 * 3600),
        (text: "2023-01-01T02:00+02:00", secondsAfterNewYear: 0),
        (text: "2023-01-01T02:00+0200", secondsAfterNewYear: 0),
        (text: "2023-01-01T02:00+02", secondsAfterNewYear: 0),
        (text: "2022-12-31T19:00-05:00", secondsAfterNewYear: 0),
        (text: "2023-01-01T00:30:15.250Z", secondsAfterNewYear: 30 * 60 + 15),
        (text: "2023-01-01", secondsAfterNewYear: 0),
        (text: "2023-03-01T00:00Z", secondsAfterNewYear: 59 * 86_400),
    ])
    func reads(text: String, secondsAfterNewYear: Int) {
        #expect(ISOTimestamp.utcSeconds(text) == Self.newYear2023 + secondsAfterNewYear)
    }

    @Test(arguments: [
        "2023-13-01T00:00Z", "2023-02-29 00:00", "2023-01-01T25:00", "01/01/2023 00:00", "", "2023-01-01T00:00 UTC",
    ])
    func refuses(text: String) {
        #expect(ISOTimestamp.utcSeconds(text) == nil)
    }

    @Test func civilDatesRoundTrip() {
        for days in stride(from: -800, through: 30_000, by: 37) {
            let date = CivilDate(daysSince1970: days)
            #expect(date.daysSince1970 == days)
        }
        #expect(
            CivilDate(year: 2024, month: 2, day: 29).daysSince1970 + 1
                == CivilDate(year: 2024, month: 3, day: 1).daysSince1970)
        #expect(CivilDate.hourText(utcSeconds: Self.newYear2023 + 5 * 3600) == "2023-01-01T05:00Z")
    }
}
