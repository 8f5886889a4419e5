/// The hours of a year without a reading: short runs are interpolated, long ones refused.
struct HourGaps {
    /// The longest run of missing hours that is filled rather than refused.
    static let longestFilledHours = 3

    /// Each hour's average reading; nil where none.
    let averages: [Double?]
    /// Each hour's first row, for messages.
    let rows: [SourcePosition?]
    /// The file's last reading, where a gap at the end of the year is reported.
    let lastRow: SourcePosition

    /// Runs of missing hours as half-open hour ranges.
    var runs: [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for hour in 0...averages.count {
            let missing = hour < averages.count && averages[hour] == nil
            if missing, start == nil { start = hour }
            if !missing, let first = start {
                result.append(first..<hour)
                start = nil
            }
        }
        return result
    }

    /// How many hours have no reading.
    var missingHours: Int { averages.filter { $0 == nil }.count }

    /// Every hour's value: gaps of up to 3 hours filled linearly between their neighbours (at the
    /// start or end of the year, the nearest reading carries over), with one warning for all of them.
    /// Each longer gap is an error at the row after it; nil then.
    func filled(
        column: ProfileColumn, file: String, hourStart: (Int) -> Int, diagnostics: inout Diagnostics
    ) -> [Double]? {
        var values = averages.map { $0 ?? 0 }
        var refused = false
        var filledRuns: [Range<Int>] = []
        for run in runs {
            let position = rows[run.upperBound...].lazy.compactMap { $0 }.first ?? lastRow
            if run.count > Self.longestFilledHours {
                refused = true
                let from = CivilDate.hourText(utcSeconds: hourStart(run.lowerBound))
                let to = CivilDate.hourText(utcSeconds: hourStart(run.upperBound - 1))
                diagnostics.error(
                    file, position,
                    "\(run.count) hours missing before this row (\(from) to \(to)); gaps of up to "
                        + "\(Self.longestFilledHours) hours are interpolated: add the missing rows")
                continue
            }
            filledRuns.append(run)
            let before = run.lowerBound > 0 ? averages[run.lowerBound - 1] : nil
            let after = run.upperBound < averages.count ? averages[run.upperBound] : nil
            for hour in run {
                switch (before, after) {
                case (let a?, let b?):
                    let share = Double(hour - run.lowerBound + 1) / Double(run.count + 1)
                    values[hour] = a + (b - a) * share
                case (let a?, nil): values[hour] = a
                case (nil, let b?): values[hour] = b
                case (nil, nil): values[hour] = 0
                }
            }
        }
        if refused { return nil }
        if let first = filledRuns.first {
            let hours = filledRuns.reduce(0) { $0 + $1.count }
            let position = rows[first.upperBound...].lazy.compactMap { $0 }.first ?? lastRow
            let gapText = filledRuns.count == 1 ? "1 gap" : "\(filledRuns.count) gaps, the first"
            diagnostics.warning(
                file, position,
                "\(column.name): \(hours) missing hour\(hours == 1 ? "" : "s") filled by linear interpolation "
                    + "(\(gapText) from \(CivilDate.hourText(utcSeconds: hourStart(first.lowerBound))))")
        }
        return values
    }
}
