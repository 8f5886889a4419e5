import Foundation
import Testing

@testable import Planner

/// The rules of an hourly year (audit-import.md): leap day, gaps, duplicates, one calendar year, ranges.
///
/// Each download is a `time,value` series of grid prices around site-a's annual 80 USD/MWh, so the
/// only diagnostics are the ones under test. The row of hour h is on line h + 2.
@Suite struct ImportRulesTests {
    static let price = ImportSource.series(timeColumn: "time", valueColumn: "value", to: .gridPriceUSDPerMWh, scale: 1)

    /// The imported prices of site-a, hour by hour.
    func prices(_ outcome: ProfileImport.Outcome, _ inputs: InputFolder) throws -> [Double] {
        let catalog = try #require(try outcome.catalog(in: inputs))
        return catalog.sites[0].steps.map(\.gridPriceUSDPerMWh)
    }

    @Test func leapDayDropped() throws {
        let inputs = try InputFolder()
        // 2024: Feb 29 is day index 59; its hours hold 999, which must not survive.
        let download = try Download(
            ImportFixtures.series(year: 2024) { $0 / 24 == 59 ? 999 : 80 + Double($0 / 24 % 3) })
        let outcome = download.importing(Self.price, into: inputs)
        #expect(download.messages(outcome, inputs) == [])
        #expect(outcome.notes == ["\(download.path): dropped Feb 29, 2024 (24 hours): a profile year has 365 days"])
        let values = try prices(outcome, inputs)
        #expect(values.count == 8760)
        #expect(!values.contains(999))
        #expect(values[58 * 24] == 80 + 1)  // Feb 28 (day index 58)
        #expect(values[59 * 24] == 80 + 0)  // Mar 1: day index 60 of the leap year
        #expect(values[8759] == 80 + Double(365 % 3))  // Dec 31, day index 365
    }

    @Test func twoHourGapInterpolated() throws {
        let inputs = try InputFolder()
        // Hour 99 (Jan 5, 03:00) = 83 and hour 102 = 86: the missing 100 and 101 get 84 and 85.
        let download = try Download(
            ImportFixtures.series(year: 2023, skip: [100, 101]) { 80 + Double($0 % 24) / 8 * 1 })
        let outcome = download.importing(Self.price, into: inputs)
        #expect(
            download.messages(outcome, inputs) == [
                "download.csv:102:1: warning: grid_price_usd_per_mwh: 2 missing hours filled by linear interpolation (1 gap from 2023-01-05T04:00Z)"
            ])
        let values = try prices(outcome, inputs)
        let (before, after) = (80 + 3.0 / 8, 80 + 6.0 / 8)
        #expect(abs(values[100] - (before + (after - before) / 3)) < 1e-4)
        #expect(abs(values[101] - (before + (after - before) * 2 / 3)) < 1e-4)
        #expect(values[102] == after)
    }

    static let refusals: [(name: String, skip: [Int], extra: [String], expected: String)] = [
        (
            name: "5-hour gap", skip: Array(100..<105), extra: [],
            expected:
                "download.csv:102:1: error: 5 hours missing before this row (2023-01-05T04:00Z to 2023-01-05T08:00Z); gaps of up to 3 hours are interpolated: add the missing rows"
        ),
        (
            name: "duplicate hour", skip: [], extra: ["2023-01-01T10:00Z,80"],
            expected:
                "download.csv:8762:1: error: duplicate hour 2023-01-01T10:00Z (also on line 12); give each hour once"
        ),
        (
            name: "duplicate hour, same instant with an offset", skip: [], extra: ["2023-01-01T12:00+02:00,80"],
            expected:
                "download.csv:8762:1: error: duplicate hour 2023-01-01T10:00Z (also on line 12); give each hour once"
        ),
        (
            name: "two calendar years", skip: [], extra: ["2024-01-01T00:00Z,80"],
            expected:
                "download.csv:8762:1: error: 2024-01-01T00:00Z is in 2024 but the other rows are in 2023 (1 row in 2024); import one calendar year (UTC) per file"
        ),
        (
            name: "not a timestamp", skip: [], extra: ["01/02/2023 10:00,80"],
            expected:
                "download.csv:8762:1: error: time: \"01/02/2023 10:00\" is not an ISO 8601 date-time (e.g. 2023-01-01T00:00Z or 2023-01-01 00:00)"
        ),
        (
            name: "not a number", skip: [], extra: ["2023-06-01T10:30Z,n/a"],
            expected: "download.csv:8762:19: error: value: \"n/a\" is not a number"
        ),
    ]

    @Test(arguments: refusals)
    func refused(name: String, skip: [Int], extra: [String], expected: String) throws {
        let inputs = try InputFolder()
        let text = ImportFixtures.series(year: 2023, skip: Set(skip)) { _ in 80 } + extra.map { $0 + "\n" }.joined()
        let download = try Download(text)
        let outcome = download.importing(Self.price, into: inputs)
        #expect(download.messages(outcome, inputs) == [expected])
        #expect(outcome.profilesText == nil)
    }

    @Test func valueOutOfTheColumnsRange() throws {
        let inputs = try InputFolder()
        let download = try Download(ImportFixtures.series(year: 2023) { $0 == 3 ? 1.5 : 0.2 })
        let outcome = download.importing(
            .series(timeColumn: "time", valueColumn: "value", to: .solarCF, scale: 1), into: inputs)
        #expect(
            download.messages(outcome, inputs) == [
                "download.csv:5:19: error: solar_cf 1.5 must be a fraction between 0 and 1"
            ])
        #expect(outcome.profilesText == nil)
    }

    @Test func subHourlyRowsAveraged() throws {
        let inputs = try InputFolder()
        var lines = ImportFixtures.series(year: 2023) { $0 == 10 ? 70 : 80 }.split(separator: "\n").map(String.init)
        // Hour 10 (line 12) gets three more 15-minute readings: (70 + 72 + 74 + 76) / 4 = 73.
        lines.insert(contentsOf: ["2023-01-01T10:15Z,72", "2023-01-01T10:30Z,74", "2023-01-01T10:45:00Z,76"], at: 12)
        let download = try Download(lines.joined(separator: "\n") + "\n")
        let outcome = download.importing(Self.price, into: inputs)
        #expect(download.messages(outcome, inputs) == [])
        let values = try prices(outcome, inputs)
        #expect(values[10] == 73)
        #expect(values[9] == 80 && values[11] == 80)
    }

    @Test func offsetTimestampsShiftedToUTC() throws {
        let inputs = try InputFolder()
        // Every row in local time +02:00: `2023-01-01T02:00+02:00` is hour 0 of the UTC year.
        let download = try Download(ImportFixtures.series(year: 2023, offsetHours: 2) { 80 + Double($0 % 5) })
        let firstRow = try String(contentsOfFile: download.path, encoding: .utf8).split(separator: "\n")[1]
        #expect(firstRow == "2023-01-01T02:00+02:00,80.0")
        let outcome = download.importing(Self.price, into: inputs)
        #expect(download.messages(outcome, inputs) == [])
        let values = try prices(outcome, inputs)
        #expect(values[0] == 80 && values[1] == 81 && values[8759] == 80 + Double(8759 % 5))
    }
}
