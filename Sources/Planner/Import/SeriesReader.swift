/// Any CSV with one timestamp and one value per row (ISO prices, other intensity sources).
enum SeriesReader {
    /// Column `valueColumn` × `scale` into `to`, at the instants of `timeColumn`.
    static func read(
        _ table: SeriesTable, timeColumn: String, valueColumn: String, to: ProfileColumn, scale: Double,
        diagnostics: inout Diagnostics
    ) -> [ImportedColumn]? {
        let time = table.column([timeColumn], option: "--time-column", diagnostics: &diagnostics)
        let value = table.column([valueColumn], option: "--value-column", diagnostics: &diagnostics)
        guard let time, let value else { return nil }
        let readings = table.readings(
            time: time, value: value, column: to, convert: { $0 * scale },
            explain: { scale == 1 ? "" : " (\(NumberText.plain($0)) × scale \(NumberText.plain(scale)))" },
            diagnostics: &diagnostics)
        return [ImportedColumn(column: to, readings: readings)]
    }
}
