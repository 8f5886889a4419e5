import Foundation

/// renewables.ninja's hourly CSV export (PV or wind, one point).
///
/// Assumed layout, as the site's downloads have it:
///
///     # Renewables.ninja Solar (PV) Point Data (v1.1) - 60.5693, 27.1878 - Version: 1.1 - License: …
///     # {"units": {"time": "UTC", "local_time": "Europe/Helsinki", "electricity": "kW"},
///     #  "params": {…, "capacity": 1.0, …}}            (one line in the file)
///     time,local_time,electricity
///     2019-01-01 00:00,2019-01-01 02:00,0.0
///
/// `local_time` is present only when asked for, and raw exports add weather columns; only
/// `time` (UTC) and `electricity` (kW of the stated capacity) are read.
enum RenewablesNinjaReader {
    /// The capacity factor of each row: electricity ÷ capacity (the flag's, else the metadata's).
    static func read(
        _ table: SeriesTable, metadata bytes: [UInt8], technology: ImportSource.Technology, capacityKW flag: Double?,
        diagnostics: inout Diagnostics
    ) -> [ImportedColumn]? {
        let file = table.csv.file
        let stated = metadataCapacityKW(bytes)
        let capacityKW: Double
        switch (flag, stated) {
        case (let given?, let meta?):
            capacityKW = given
            if given != meta {
                diagnostics.warning(
                    file, .fileStart,
                    "--capacity-kw \(NumberText.plain(given)) replaces the capacity the metadata states "
                        + "(\(NumberText.plain(meta)) kW)")
            }
        case (let given?, nil): capacityKW = given
        case (nil, let meta?): capacityKW = meta
        case (nil, nil):
            diagnostics.error(
                file, .fileStart,
                "the metadata names no capacity (\"capacity\" in the JSON of the # lines): give --capacity-kw")
            return nil
        }
        guard capacityKW > 0, capacityKW.isFinite else {
            diagnostics.error(
                file, .fileStart, "capacity \(NumberText.plain(capacityKW)) kW: the capacity must be more than 0")
            return nil
        }
        guard let time = table.column(["time"], diagnostics: &diagnostics),
            let electricity = table.column(["electricity"], diagnostics: &diagnostics)
        else { return nil }
        let readings = table.readings(
            time: time, value: electricity, column: technology.column, convert: { $0 / capacityKW },
            explain: { " (electricity \(NumberText.plain($0)) kW ÷ capacity \(NumberText.plain(capacityKW)) kW)" },
            diagnostics: &diagnostics)
        return [ImportedColumn(column: technology.column, readings: readings)]
    }

    /// `params.capacity` of the JSON on a leading `#` line, in kW; nil when no line states it.
    static func metadataCapacityKW(_ bytes: [UInt8]) -> Double? {
        for line in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let text = line.drop { $0 == " " || $0 == "\t" }
            guard text.first == "#" else { break }
            let body = text.dropFirst().drop { $0 == " " || $0 == "\t" }
            guard body.first == "{", let data = String(body).data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let params = json["params"] as? [String: Any]
            else { continue }
            if let number = params["capacity"] as? NSNumber { return number.doubleValue }
            if let text = params["capacity"] as? String, let value = Double(text) { return value }
        }
        return nil
    }
}
