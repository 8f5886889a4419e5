/// ISO 8601 date-times as downloads write them, read to seconds since 1970 in UTC.
///
/// Accepted: `2023-01-01T00:00`, `2023-01-01 00:00:00`, with optional fractional
/// seconds and a zone: `Z`, `+01:00`, `+0100` or `+01`. A time without a zone is
/// UTC (renewables.ninja's `time` and Electricity Maps' `Datetime (UTC)` carry none).
/// A date alone means its midnight.
public enum ISOTimestamp {
    /// Seconds since 1970-01-01T00:00Z, or nil when `text` is no ISO 8601 date-time.
    public static func utcSeconds(_ text: String) -> Int? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.digits(4), scanner.skip("-"),
            let month = scanner.digits(2), scanner.skip("-"),
            let day = scanner.digits(2),
            (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        let days = CivilDate(year: year, month: month, day: day).daysSince1970
        if scanner.atEnd { return days * 86_400 }
        guard scanner.skip("T") || scanner.skip(" ") || scanner.skip("t"),
            let hour = scanner.digits(2), scanner.skip(":"), let minute = scanner.digits(2),
            hour <= 24, minute <= 59
        else { return nil }
        var second = 0
        if scanner.skip(":") {
            guard let value = scanner.digits(2), value <= 60 else { return nil }
            second = value
            if scanner.skip(".") || scanner.skip(",") {
                // Fractions of a second do not change the hour a reading belongs to.
                guard scanner.digitRun() > 0 else { return nil }
            }
        }
        guard hour < 24 || (minute == 0 && second == 0) else { return nil }
        guard let offsetSeconds = zoneOffset(&scanner), scanner.atEnd else { return nil }
        return days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
    }

    /// `Z` or nothing: 0; `+HH:MM`, `+HHMM`, `+HH` (or `-`): that offset east of UTC, in seconds.
    private static func zoneOffset(_ scanner: inout DigitScanner) -> Int? {
        if scanner.atEnd || scanner.skip("Z") || scanner.skip("z") { return 0 }
        let sign: Int
        if scanner.skip("+") {
            sign = 1
        } else if scanner.skip("-") || scanner.skip("\u{2212}") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = scanner.digits(2), hours <= 23 else { return nil }
        var minutes = 0
        if !scanner.atEnd {
            _ = scanner.skip(":")
            guard let value = scanner.digits(2), value <= 59 else { return nil }
            minutes = value
        }
        return sign * (hours * 3600 + minutes * 60)
    }
}

/// Walks the bytes of a timestamp.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    /// Consumes `literal` when the text continues with it.
    mutating func skip(_ literal: String) -> Bool {
        let expected = Array(literal.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected
        else { return false }
        index += expected.count
        return true
    }

    /// Exactly `count` decimal digits as a number.
    mutating func digits(_ count: Int) -> Int? {
        guard bytes.count - index >= count else { return nil }
        var value = 0
        for byte in bytes[index..<index + count] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += count
        return value
    }

    /// Consumes any run of digits; returns how many.
    mutating func digitRun() -> Int {
        let start = index
        while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
        return index - start
    }
}
