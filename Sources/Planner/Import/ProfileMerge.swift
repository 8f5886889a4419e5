import Foundation

/// Puts one site's imported year into profiles.csv, leaving everything else as it was.
///
/// The site's rows become a chronological profile (periods `d001`…`d365`, 24 hours each,
/// weight 1) when it has none; an existing chronological profile keeps its periods and other
/// columns and gets the imported columns replaced; representative days are refused, since an
/// hourly year cannot be laid over them. Other sites' cells are copied as read (a column
/// the file lacked is added empty for them, which means their annual value).
enum ProfileMerge {
    /// The merged file's text, or nil after an error in `diagnostics`.
    /// `existing` is the current profiles.csv (nil when there is none), named `file` in messages.
    static func merge(
        existing: [UInt8]?, file: String, site: String, columns: [(column: ProfileColumn, values: [Double])],
        diagnostics: inout Diagnostics
    ) -> String? {
        var table = EditableTable(header: ["site", "period", "hour", "weight"])
        if let existing {
            switch CSVReader.parse(existing, file: file) {
            case .success(let csv): table = EditableTable(csv, bytes: existing)
            case .failure(let failure):
                diagnostics.error(failure.file, failure.position, failure.message)
                return nil
            }
        }
        let cells = columns.map { table.ensureColumn($0.column.name) }
        let siteColumn = table.columnIndex("site")
        let mine = table.rows.indices.filter { table.rows[$0].cells[siteColumn] == site }
        let order: [Int]
        if mine.isEmpty {
            order = table.appendYear(site: site)
        } else if let chronological = chronologicalOrder(table, rows: mine) {
            order = chronological
        } else {
            let periods = Set(mine.map { table.rows[$0].cells[table.columnIndex("period")] }).count
            diagnostics.error(
                file, table.rows[mine[0]].position,
                "site \(site) has representative days here (\(count(mine.count, "step")) in \(count(periods, "period")), not 365 days "
                    + "of 24 hours at weight 1): import into its chronological profile before aggregating, "
                    + "or delete the site's rows first")
            return nil
        }
        for (hour, row) in order.enumerated() {
            for (column, imported) in zip(cells, columns) {
                table.rows[row].cells[column] = number(imported.values[hour])
            }
        }
        return table.text
    }

    /// The site's rows in hour-of-year order when they form 365 periods of hours 0…23 at weight 1
    /// (periods in order of first appearance, as the catalog reads them); nil otherwise.
    private static func chronologicalOrder(_ table: EditableTable, rows: [Int]) -> [Int]? {
        guard rows.count == HourlyYear.hoursPerYear else { return nil }
        let (period, hour, weight) = (
            table.columnIndex("period"), table.columnIndex("hour"), table.columnIndex("weight")
        )
        var periods: [String] = []
        var byPeriod: [String: [(hour: Int, row: Int)]] = [:]
        for row in rows {
            let cells = table.rows[row].cells
            guard Double(cells[weight]) == 1, let h = Int(cells[hour]) else { return nil }
            if byPeriod[cells[period]] == nil { periods.append(cells[period]) }
            byPeriod[cells[period], default: []].append((h, row))
        }
        guard periods.count == 365 else { return nil }
        var order: [Int] = []
        for label in periods {
            let entries = byPeriod[label]!.sorted { $0.hour < $1.hour }
            guard entries.map(\.hour) == Array(0..<24) else { return nil }
            order.append(contentsOf: entries.map(\.row))
        }
        return order
    }

    /// `1 step`, `96 steps`.
    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    /// Up to 6 significant digits: the precision of the sources, and a readable file.
    static func number(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.6g", value)
    }
}
