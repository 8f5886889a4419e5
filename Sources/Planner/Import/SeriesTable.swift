/// A downloaded CSV with one timestamp and one or more value columns, read into readings.
struct SeriesTable {
    /// The parsed file.
    let csv: CSVTable

    /// Reads `path` (named `file` in messages) through the project's CSV reader; nil after an error.
    static func read(path: String, file: String, diagnostics: inout Diagnostics) -> (
        bytes: [UInt8], table: SeriesTable
    )? {
        let bytes: [UInt8]
        switch CatalogFileReader.bytes(at: path) {
        case .success(let read): bytes = read
        case .failure(let problem):
            diagnostics.error(file, .fileStart, "cannot read: " + problem.reason)
            return nil
        }
        switch CSVReader.parse(bytes, file: file) {
        case .success(let csv): return (bytes, SeriesTable(csv: csv))
        case .failure(let failure):
            diagnostics.error(failure.file, failure.position, failure.message)
            return nil
        }
    }

    /// A header name compared loosely: lower case, `₂` as `2`, runs of spaces as one.
    static func normalised(_ name: String) -> String {
        name.replacingOccurrences(of: "\u{2082}", with: "2").lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The index of the first header cell matching one of `names` (compared `normalised`);
    /// an error naming the header's columns when there is none.
    func column(_ names: [String], option: String? = nil, diagnostics: inout Diagnostics) -> Int? {
        let wanted = Set(names.map(Self.normalised))
        if let index = csv.header.firstIndex(where: { wanted.contains(Self.normalised($0.text)) }) { return index }
        let header = csv.header.map(\.text)
        let hint = Spelling.suggestion(for: names[0], among: header).map { "; did you mean \"\($0)\"?" }
        let flag = option.map { " (\($0))" } ?? ""
        diagnostics.error(
            csv.file, csv.header.first?.position ?? .fileStart,
            "no column \"\(names[0])\"\(flag) in the header"
                + (hint ?? "; the header has: " + header.joined(separator: ", ")))
        return nil
    }

    /// Each row's instant (column `time`) and value (column `value`, converted by `convert` into
    /// `column`'s unit). A row with an empty value counts as a missing hour. Bad timestamps, bad
    /// numbers and converted values outside `column`'s range are errors at their cell; `explain`
    /// adds how a value was converted to the range message.
    func readings(
        time: Int, value: Int, column: ProfileColumn, convert: (Double) -> Double,
        explain: (Double) -> String = { _ in "" }, diagnostics: inout Diagnostics
    ) -> [TimedReading] {
        let timeName = csv.header[time].text
        let valueName = csv.header[value].text
        var result: [TimedReading] = []
        result.reserveCapacity(csv.records.count)
        for record in csv.records {
            guard record.fields.count == csv.header.count else {
                let position =
                    record.fields.count > csv.header.count
                    ? record.fields[csv.header.count].position : record.fields.last!.position
                diagnostics.error(
                    csv.file, position,
                    "this row has \(record.fields.count) cells but the header has \(csv.header.count) columns")
                continue
            }
            let timeCell = record.fields[time]
            let valueCell = record.fields[value]
            guard let seconds = ISOTimestamp.utcSeconds(timeCell.text) else {
                diagnostics.error(
                    csv.file, timeCell.position,
                    "\(timeName): \"\(CellParsing.excerpt(timeCell.text))\" is not an ISO 8601 date-time "
                        + "(e.g. 2023-01-01T00:00Z or 2023-01-01 00:00)")
                continue
            }
            if valueCell.text.isEmpty { continue }
            switch CellParsing.number(valueCell.text) {
            case .failure(let problem):
                diagnostics.error(csv.file, valueCell.position, "\(valueName): \(problem.message)")
            case .success(let number):
                let converted = convert(number)
                if let problem = column.rangeProblem(converted) {
                    diagnostics.error(csv.file, valueCell.position, problem + explain(number))
                } else {
                    result.append(TimedReading(utcSeconds: seconds, value: converted, position: timeCell.position))
                }
            }
        }
        return result
    }
}
