/// Reads the `start` cell of meters.csv: an ISO 8601 date (`2025-03-01`, midnight UTC)
/// or date-time (`2025-03-01T06:00`, `…Z`, `…+02:00`; a naive time is UTC), on a whole hour.
enum ISO8601Hour {
    /// The hour the text names, or the sentence saying why it names none.
    static func parse(_ text: String) -> Result<UTCHour, CellProblem> {
        let chars = Array(text.utf8)
        let quoted = "\"\(CellParsing.excerpt(text))\""
        let expected = CellProblem(
            "\(quoted) is not an ISO 8601 date or date-time (e.g. 2025-03-01 or 2025-03-01T06:00Z)")
        guard chars.count >= 10, let year = digits(chars, 0, 4), chars[4] == dash, let month = digits(chars, 5, 2),
            chars[7] == dash, let day = digits(chars, 8, 2)
        else { return .failure(expected) }
        guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day) else {
            return .failure(CellProblem("\(quoted) is not a date of the calendar"))
        }
        if chars.count == 10 { return .success(UTCHour(year: year, month: month, day: day)) }
        guard chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " "), chars.count >= 16,
            let hour = digits(chars, 11, 2), chars[13] == colon, let minute = digits(chars, 14, 2)
        else { return .failure(expected) }
        var index = 16
        var second = 0
        if index < chars.count, chars[index] == colon {
            guard let s = digits(chars, index + 1, 2) else { return .failure(expected) }
            second = s
            index += 3
            if index < chars.count, chars[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < chars.count, isDigit(chars[index]) {
                    if chars[index] != UInt8(ascii: "0") { second = 60 }  // a fraction of a second: not on the hour
                    index += 1
                }
                guard index > start else { return .failure(expected) }
            }
        }
        guard hour < 24, minute < 60, second < 61 else {
            return .failure(CellProblem("\(quoted) is not a time of day"))
        }
        guard let offsetMinutes = offset(chars, from: index) else { return .failure(expected) }
        let total = hour * 60 + minute - offsetMinutes
        guard total % 60 == 0, second == 0 else {
            return .failure(CellProblem("\(quoted) does not start on a whole hour (UTC); meters are read by the hour"))
        }
        let base = UTCHour(year: year, month: month, day: day)
        return .success(UTCHour(hoursSinceEpoch: base.hoursSinceEpoch + total / 60))
    }

    /// The UTC offset in minutes: none or `Z` is 0; `+02:00`, `+0200`, `-05` otherwise; nil when malformed.
    private static func offset(_ chars: [UInt8], from index: Int) -> Int? {
        if index == chars.count { return 0 }
        if chars[index] == UInt8(ascii: "Z") || chars[index] == UInt8(ascii: "z") {
            return index + 1 == chars.count ? 0 : nil
        }
        guard chars[index] == UInt8(ascii: "+") || chars[index] == dash else { return nil }
        let sign = chars[index] == dash ? -1 : 1
        guard let hours = digits(chars, index + 1, 2), hours <= 23 else { return nil }
        var rest = index + 3
        var minutes = 0
        if rest < chars.count, chars[rest] == colon { rest += 1 }
        if rest < chars.count {
            guard let m = digits(chars, rest, 2), m < 60, rest + 2 == chars.count else { return nil }
            minutes = m
        }
        return sign * (hours * 60 + minutes)
    }

    private static let dash = UInt8(ascii: "-")
    private static let colon = UInt8(ascii: ":")

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func digits(_ chars: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= chars.count else { return nil }
        var value = 0
        for byte in chars[start..<start + count] {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
