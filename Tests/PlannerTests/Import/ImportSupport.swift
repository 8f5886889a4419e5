import Foundation
import Testing

@testable import Planner

/// Downloads for import tests: the real-format fixtures, and whole years written on the fly.
enum ImportFixtures {
    /// The path of a fixture in `Fixtures/import/`.
    static func path(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/import/\(name)", withExtension: nil)).path
    }

    /// The start of hour `hour` of `year` (counted from 1 January 00:00 UTC, Feb 29 included), in seconds.
    static func seconds(year: Int, hour: Int) -> Int {
        CivilDate(year: year, month: 1, day: 1).daysSince1970 * 86_400 + hour * 3600
    }

    /// `2023-01-01T05:00Z` for that hour; with `offsetHours`, the same instant in local time with its offset.
    static func timestamp(year: Int, hour: Int, offsetHours: Int = 0, separator: String = "T") -> String {
        let local = seconds(year: year, hour: hour) + offsetHours * 3600
        let text = CivilDate.hourText(utcSeconds: local).dropLast()  // "2023-01-01T05:00"
        let zone =
            offsetHours == 0
            ? "Z" : (offsetHours > 0 ? "+" : "-") + (abs(offsetHours) < 10 ? "0" : "") + "\(abs(offsetHours)):00"
        return text.replacingOccurrences(of: "T", with: separator) + zone
    }

    /// A `time,value` CSV with one row per hour of `year` (Feb 29 included in a leap year),
    /// hours in `skip` left out; the row of hour h is on line h + 2 when nothing is skipped.
    static func series(
        year: Int, header: String = "time,value", skip: Set<Int> = [], offsetHours: Int = 0,
        value: (Int) -> Double
    ) -> String {
        let hours = CivilDate.isLeap(year) ? 8784 : 8760
        var lines = [header]
        for hour in 0..<hours where !skip.contains(hour) {
            lines.append("\(timestamp(year: year, hour: hour, offsetHours: offsetHours)),\(value(hour))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A chronological profile (365 × 24, weight 1) for `site` with the given extra columns' values per hour.
    static func chronologicalRows(site: String, columns: [(name: String, value: (Int) -> String)]) -> String {
        var lines = ["site,period,hour,weight," + columns.map(\.name).joined(separator: ",")]
        for hour in 0..<8760 {
            let day = hour / 24 + 1
            let label = "d" + String(repeating: "0", count: 3 - String(day).count) + String(day)
            lines.append(
                "\(site),\(label),\(hour % 24),1," + columns.map { $0.value(hour) }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A download written to its own temporary folder (outside the input folder, which reads every .csv).
final class Download {
    let folder: String
    let path: String

    init(_ text: String, name: String = "download.csv") throws {
        folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("planctl-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Runs the import into `inputs` and returns the outcome.
    func importing(_ source: ImportSource, site: String = "site-a", into inputs: InputFolder) -> ProfileImport.Outcome {
        ProfileImport.run(ProfileImport.Request(source: source, file: path, site: site, directory: inputs.path))
    }

    /// Diagnostics as the user sees them, both folders stripped from the file names.
    func messages(_ outcome: ProfileImport.Outcome, _ inputs: InputFolder) -> [String] {
        outcome.diagnostics.sorted.map {
            $0.description.replacingOccurrences(of: folder + "/", with: "").replacingOccurrences(
                of: inputs.path + "/", with: "")
        }
    }
}

extension ProfileImport.Outcome {
    /// The catalog the new profiles.csv loads into (with `inputs`' other files), recording an issue if none.
    func catalog(in inputs: InputFolder, sourceLocation: SourceLocation = #_sourceLocation) throws -> Catalog? {
        let text = try #require(profilesText, "no profiles.csv: \(diagnostics.sorted)", sourceLocation: sourceLocation)
        try inputs.write("profiles.csv", Data(text.utf8))
        return inputs.catalog(sourceLocation: sourceLocation)
    }
}
