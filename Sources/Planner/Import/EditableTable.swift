/// A CSV file as rows of cell texts, to change some cells and write it back.
struct EditableTable {
    /// One data row: its cells and where it started in the file read.
    struct Row {
        var cells: [String]
        var position: SourcePosition
    }

    /// `#` lines above the header, kept as they were.
    var comments: [String] = []
    /// The column names.
    var header: [String]
    /// The data rows, in file order.
    var rows: [Row] = []

    /// An empty file with these columns.
    init(header: [String]) {
        self.header = header
    }

    /// The table as read from `bytes`, with the comment lines above its header.
    init(_ csv: CSVTable, bytes: [UInt8]) {
        header = csv.header.map(\.text)
        rows = csv.records.map { record in Row(cells: record.fields.map(\.text), position: record.fields[0].position) }
        let headerLine = csv.header.first?.position.line ?? 1
        let lines = String(decoding: bytes, as: UTF8.self).split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
        }
        comments = lines.prefix(headerLine - 1).map(String.init).filter {
            $0.drop { $0 == " " || $0 == "\t" }.first == "#"
        }
        if comments.first?.hasPrefix("\u{FEFF}") == true { comments[0].removeFirst() }
    }

    /// The index of column `name`, added (empty in every row) when the table lacks it.
    mutating func ensureColumn(_ name: String) -> Int {
        if let index = header.firstIndex(of: name) { return index }
        header.append(name)
        for index in rows.indices { rows[index].cells.append("") }
        return header.count - 1
    }

    /// The index of a column the table has.
    func columnIndex(_ name: String) -> Int {
        header.firstIndex(of: name)!
    }

    /// Appends 365 days × 24 hours of weight 1 for `site`, other cells empty; returns the new rows' indices.
    mutating func appendYear(site: String) -> [Int] {
        let (siteColumn, period, hour, weight) = (
            ensureColumn("site"), ensureColumn("period"), ensureColumn("hour"), ensureColumn("weight")
        )
        let first = rows.count
        for day in 1...365 {
            let label = "d" + String(repeating: "0", count: 3 - String(day).count) + String(day)
            for h in 0..<24 {
                var cells = [String](repeating: "", count: header.count)
                cells[siteColumn] = site
                cells[period] = label
                cells[hour] = String(h)
                cells[weight] = "1"
                rows.append(Row(cells: cells, position: .fileStart))
            }
        }
        return Array(first..<rows.count)
    }

    /// The file's text: comments, header, rows; cells quoted only where CSV needs it.
    var text: String {
        var lines = comments
        lines.append(header.map(Self.quoted).joined(separator: ","))
        for row in rows { lines.append(row.cells.map(Self.quoted).joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || cell.hasPrefix("#")
        else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
