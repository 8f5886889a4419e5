/// A whole hour in UTC, counted from 1970-01-01T00:00Z, with the calendar
/// arithmetic the audit needs (civil dates by Howard Hinnant's algorithm, so
/// no time zone database or `Calendar` is involved and results never vary).
public struct UTCHour: Sendable, Hashable, Comparable {
    /// Hours since 1970-01-01T00:00Z (negative before).
    public var hoursSinceEpoch: Int

    /// The hour `hoursSinceEpoch` hours after 1970-01-01T00:00Z.
    public init(hoursSinceEpoch: Int) {
        self.hoursSinceEpoch = hoursSinceEpoch
    }

    /// The hour starting at `hour`:00 UTC on the given civil date.
    public init(year: Int, month: Int, day: Int, hour: Int = 0) {
        hoursSinceEpoch = Self.daysFromCivil(year: year, month: month, day: day) * 24 + hour
    }

    /// Earlier hours sort first.
    public static func < (lhs: UTCHour, rhs: UTCHour) -> Bool { lhs.hoursSinceEpoch < rhs.hoursSinceEpoch }

    /// The civil date and hour of day, in UTC.
    public var civil: (year: Int, month: Int, day: Int, hour: Int) {
        let days = hoursSinceEpoch >= 0 ? hoursSinceEpoch / 24 : (hoursSinceEpoch - 23) / 24
        let date = Self.civilFromDays(days)
        return (date.year, date.month, date.day, hoursSinceEpoch - days * 24)
    }

    /// The calendar month the hour falls in, e.g. `2025-03`.
    public var monthLabel: String {
        let date = civil
        return Self.padded(date.year, 4) + "-" + Self.padded(date.month, 2)
    }

    /// ISO 8601 in UTC, e.g. `2025-03-01T00:00Z`.
    public var isoText: String {
        let date = civil
        return Self.padded(date.year, 4) + "-" + Self.padded(date.month, 2) + "-" + Self.padded(date.day, 2) + "T"
            + Self.padded(date.hour, 2) + ":00Z"
    }

    /// The step of a chronological 8,760-hour profile this hour reads: day 1 = 1 January,
    /// hour 0 = midnight UTC. 29 February reads 28 February's hours, as `import` drops it.
    public var hourOfProfileYear: Int {
        let date = civil
        let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        let day = date.month == 2 && date.day == 29 ? 28 : date.day
        return (cumulative[date.month - 1] + day - 1) * 24 + date.hour
    }

    /// Whether `year` has a 29 February.
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in `month` of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
