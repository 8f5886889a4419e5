/// One calendar year (UTC) of hourly values, 8,760 of them: what a chronological profile holds.
public struct HourlyYear: Sendable, Equatable {
    /// The calendar year the readings fall in.
    public var year: Int
    /// Hour 0 = 1 January 00:00–01:00 UTC; Feb 29 of a leap year left out, so always 8,760 values.
    public var values: [Double]
    /// Hours that had no reading and were filled by interpolation.
    public var filledHours: Int
    /// Whether readings on Feb 29 were dropped.
    public var droppedLeapDay: Bool

    /// Hours of a profile year.
    public static let hoursPerYear = 8760
    /// The first hour of Feb 29 in a leap year, counted from 1 January 00:00.
    static let leapDayFirstHour = 59 * 24

    /// Averages `readings` to hours and checks them: one calendar year, no duplicate instant,
    /// gaps of up to 3 hours filled (one warning), longer ones refused. Errors and warnings go
    /// to `diagnostics` naming `file`; nil when any error was found.
    public static func build(
        _ readings: [TimedReading], column: ProfileColumn, file: String, diagnostics: inout Diagnostics
    ) -> HourlyYear? {
        guard !readings.isEmpty else {
            diagnostics.error(file, .fileStart, "no rows with a \(column.name) value")
            return nil
        }
        let errorsBefore = diagnostics.errors.count
        checkDuplicates(readings, file: file, diagnostics: &diagnostics)
        let year = majorityYear(readings)
        checkOneYear(readings, year: year, file: file, diagnostics: &diagnostics)
        guard diagnostics.errors.count == errorsBefore else { return nil }

        let start = CivilDate(year: year, month: 1, day: 1).daysSince1970 * 86_400
        let leap = CivilDate.isLeap(year)
        var sums = [Double](repeating: 0, count: hoursPerYear)
        var counts = [Int](repeating: 0, count: hoursPerYear)
        var firstRow = [SourcePosition?](repeating: nil, count: hoursPerYear)
        var droppedLeapDay = false
        for reading in readings {
            var hour = (reading.utcSeconds - start) / 3600
            if leap && hour >= leapDayFirstHour {
                if hour < leapDayFirstHour + 24 {
                    droppedLeapDay = true
                    continue
                }
                hour -= 24
            }
            sums[hour] += reading.value
            counts[hour] += 1
            if firstRow[hour] == nil { firstRow[hour] = reading.position }
        }
        let averages = zip(sums, counts).map { $1 == 0 ? nil : $0 / Double($1) }
        let hourStart = { (hour: Int) in
            start + (leap && hour >= leapDayFirstHour ? hour + 24 : hour) * 3600
        }
        let gaps = HourGaps(averages: averages, rows: firstRow, lastRow: readings.last!.position)
        guard
            let values = gaps.filled(column: column, file: file, hourStart: hourStart, diagnostics: &diagnostics)
        else { return nil }
        return HourlyYear(year: year, values: values, filledHours: gaps.missingHours, droppedLeapDay: droppedLeapDay)
    }

    /// Two rows at the same instant: an error at the second, naming the first.
    private static func checkDuplicates(_ readings: [TimedReading], file: String, diagnostics: inout Diagnostics) {
        var first: [Int: SourcePosition] = [:]
        for reading in readings {
            if let earlier = first[reading.utcSeconds] {
                diagnostics.error(
                    file, reading.position,
                    "duplicate hour \(CivilDate.hourText(utcSeconds: reading.utcSeconds)) (also on line \(earlier.line)); "
                        + "give each hour once")
            } else {
                first[reading.utcSeconds] = reading.position
            }
        }
    }

    /// The UTC calendar year most readings fall in (the earliest on a tie).
    private static func majorityYear(_ readings: [TimedReading]) -> Int {
        var counts: [Int: Int] = [:]
        for reading in readings { counts[year(of: reading.utcSeconds), default: 0] += 1 }
        return counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!.key
    }

    /// Rows outside `year`: one error per other year, at its first row.
    private static func checkOneYear(
        _ readings: [TimedReading], year: Int, file: String, diagnostics: inout Diagnostics
    ) {
        var reported = Set<Int>()
        for reading in readings {
            let other = Self.year(of: reading.utcSeconds)
            guard other != year, reported.insert(other).inserted else { continue }
            let count = readings.filter { Self.year(of: $0.utcSeconds) == other }.count
            diagnostics.error(
                file, reading.position,
                "\(CivilDate.hourText(utcSeconds: reading.utcSeconds)) is in \(other) but the other rows are in "
                    + "\(year) (\(count) row\(count == 1 ? "" : "s") in \(other)); import one calendar year (UTC) per file"
            )
        }
    }

    private static func year(of utcSeconds: Int) -> Int {
        let days = utcSeconds >= 0 ? utcSeconds / 86_400 : (utcSeconds - 86_399) / 86_400
        return CivilDate(daysSince1970: days).year
    }
}
