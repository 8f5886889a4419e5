import Foundation
import Testing

@testable import Planner

/// meters.csv's checks, message for message: every cell rule of inputs.md, open sites, overlaps.
@Suite struct AuditMetersTests {
    private func messages(_ text: String) throws -> [String] {
        let outcome = MetersReader.parse(Array(text.utf8), file: "meters.csv", plan: try AuditFixture.plan)
        #expect(outcome.intervals.isEmpty || !outcome.diagnostics.hasErrors)
        return outcome.diagnostics.sorted.map(\.description)
    }

    @Test func everyCellProblemWithItsPosition() throws {
        let text = """
            site,start,hours,it_mwh,facility_mwh,onsite_mwh,water_m3
            site-hh,2025-01-01,24,10,12,,
            site-c,2025-01-01,24,10,12,,
            site-d,2025-13-01,24,10,12,,
            site-d,2025-01-01T00:30Z,24,10,12,,
            site-d,2025-01-02,0,10,12,,
            site-d,2025-01-03,24,5 MWh,12,,
            site-d,2025-01-04,24,10,9,,
            site-d,2025-01-05,24,10,12,13,
            site-d,2025-01-06,24,10,12,,-1
            site-d,2025-01-07,24,10,12,,
            site-d,2025-01-07T12:00Z,24,10,12,,
            site-d,2025-01-09,,,12,,
            site-d,1 Jan 2025,2.5,nan,12,,

            """
        #expect(
            try messages(text) == [
                "meters.csv:2:1: error: site: unknown site \"site-hh\"; did you mean \"site-h\"?",
                "meters.csv:3:1: error: site: \"site-c\" is a site the plan does not open; it opens: site-h, site-d",
                "meters.csv:4:8: error: start: \"2025-13-01\" is not a date of the calendar",
                "meters.csv:5:8: error: start: \"2025-01-01T00:30Z\" does not start on a whole hour (UTC); "
                    + "meters are read by the hour",
                "meters.csv:6:19: error: hours: 0 must be > 0",
                "meters.csv:7:22: error: it_mwh: \"5 MWh\" is not a number: write the number alone, "
                    + "the unit is in the column name",
                "meters.csv:8:25: error: facility_mwh: 9 is below it_mwh 10; the facility meter counts the IT load too",
                "meters.csv:9:28: error: onsite_mwh: 13 is above facility_mwh 12; "
                    + "on-site supply used cannot exceed what the facility drew",
                "meters.csv:10:29: error: water_m3: -1 must be ≥ 0",
                "meters.csv:12:8: error: start: 2025-01-07T12:00Z + 24 h overlaps line 11 (2025-01-07T00:00Z + 24 h) "
                    + "of site site-d; each hour of a site is metered once",
                "meters.csv:13:20: error: it_mwh: a value is required",
                "meters.csv:14:8: error: start: \"1 Jan 2025\" is not an ISO 8601 date or date-time "
                    + "(e.g. 2025-03-01 or 2025-03-01T06:00Z)",
                "meters.csv:14:19: error: hours: 2.5 must be a whole number",
                "meters.csv:14:23: error: it_mwh: \"nan\" is not a finite number",
            ])
    }

    @Test func headerProblems() throws {
        let text = """
            site,start,it_mwh,watr_m3
            site-h,2025-01-01,1,

            """
        #expect(
            try messages(text) == [
                "meters.csv:1:1: error: missing required column \"facility_mwh\"",
                "meters.csv:1:19: error: unknown column \"watr_m3\"; did you mean \"water_m3\"?",
            ])
    }

    /// Intervals that touch (one ends where the next starts) do not overlap; a gap is allowed.
    @Test func touchingIntervalsAreFine() throws {
        let text = """
            site,start,hours,it_mwh,facility_mwh
            site-d,2025-01-02,24,48,53
            site-d,2025-01-01,24,48,53
            site-d,2025-01-05T00:00+02:00,24,48,53

            """
        let outcome = MetersReader.parse(Array(text.utf8), file: "meters.csv", plan: try AuditFixture.plan)
        #expect(outcome.diagnostics.all.isEmpty)
        #expect(
            outcome.intervals.map(\.start.isoText) == ["2025-01-02T00:00Z", "2025-01-01T00:00Z", "2025-01-04T22:00Z"])
    }
}
