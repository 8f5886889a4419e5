/// A whole hour in UTC, counted from 1970-01-01T00:00Z, with the calendar
/// arithmetic the audit needs (civil dates by `CivilDate`, so no time zone
/// database or `Calendar` is involved and results never vary).
public struct UTCHour: Sendable, Hashable, Comparable {
    /// Hours since 1970-01-01T00:00Z (negative before).
    public var hoursSinceEpoch: Int

    /// The hour `hoursSinceEpoch` hours after 1970-01-01T00:00Z.
    public init(hoursSinceEpoch: Int) {
        self.hoursSinceEpoch = hoursSinceEpoch
    }

    /// The hour starting at `hour`:00 UTC on the given civil date.
    public init(year: Int, month: Int, day: Int, hour: Int = 0) {
        hoursSinceEpoch = CivilDate(year: year, month: month, day: day).daysSince1970 * 24 + hour
    }

    /// Earlier hours sort first.
    public static func < (lhs: UTCHour, rhs: UTCHour) -> Bool { lhs.hoursSinceEpoch < rhs.hoursSinceEpoch }

    /// The civil date and hour of day, in UTC.
    public var civil: (year: Int, month: Int, day: Int, hour: Int) {
        let days = hoursSinceEpoch >= 0 ? hoursSinceEpoch / 24 : (hoursSinceEpoch - 23) / 24
        let date = CivilDate(daysSince1970: days)
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

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
