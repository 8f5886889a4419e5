/// `planctl import`: one downloaded hourly series into a site's chronological profile in profiles.csv.
///
/// Nothing is written here: the outcome carries the new profiles.csv text only when the folder,
/// the download and the merged result all load without errors, so the command can replace the
/// file in one step or leave it untouched.
public enum ProfileImport {
    /// What to import, from where, into which site of which folder.
    public struct Request: Sendable {
        /// The source and its options.
        public var source: ImportSource
        /// The downloaded file's path, as the user named it (also its name in messages).
        public var file: String
        /// The site whose rows are written; must be in sites.csv.
        public var site: String
        /// The input folder holding sites.csv and profiles.csv.
        public var directory: String

        /// A request to import `file` from `source` into `site` of `directory`.
        public init(source: ImportSource, file: String, site: String, directory: String) {
            self.source = source
            self.file = file
            self.site = site
            self.directory = directory
        }
    }

    /// What an import found and would write.
    public struct Outcome: Sendable {
        /// Every error and warning: of the folder, the download and the merged result.
        public var diagnostics: Diagnostics
        /// The new profiles.csv; nil when any error was found (then nothing may be written).
        public var profilesText: String?
        /// Where profiles.csv is, as the user would name it.
        public var profilesPath: String
        /// One-line notes for the user (Feb 29 dropped), before the summary.
        public var notes: [String] = []
        /// What was imported, in one line; empty on failure.
        public var summary: String = ""
    }

    /// Reads, checks and merges (see the type's summary).
    public static func run(_ request: Request) -> Outcome {
        let folderPath =
            request.directory.hasSuffix("/") && request.directory.count > 1
            ? String(request.directory.dropLast()) : request.directory
        let profilesPath = CatalogLoader.displayName("profiles.csv", in: folderPath)
        var outcome = Outcome(diagnostics: Diagnostics(), profilesText: nil, profilesPath: profilesPath)
        guard let folder = CatalogLoader.read(directory: folderPath) else {
            outcome.diagnostics = CatalogLoader.noSuchFolder(folderPath).diagnostics
            return outcome
        }
        let before = CatalogLoader.load(
            files: folder.files, unreadable: folder.unreadable, folder: folder.path,
            scenarioFolders: folder.scenarioFolders)
        guard let catalog = before.catalog else {
            // The folder must load before an import: only its errors, its warnings come again after.
            for error in before.diagnostics.errors { outcome.diagnostics.append(error) }
            return outcome
        }
        guard catalog.sites.contains(where: { $0.id == request.site }) else {
            let ids = catalog.sites.map(\.id)
            let hint = Spelling.suggestion(for: request.site, among: ids).map { "; did you mean \($0)?" }
            outcome.diagnostics.error(
                CatalogLoader.displayName("sites.csv", in: folder.path), .fileStart,
                "no site \(request.site) in sites.csv" + (hint ?? "; sites: " + ids.joined(separator: ", ")))
            return outcome
        }

        var diagnostics = Diagnostics()
        guard let imported = request.source.read(path: request.file, file: request.file, diagnostics: &diagnostics)
        else { return failed(outcome, diagnostics) }
        var years: [(column: ProfileColumn, year: HourlyYear)] = []
        for column in imported {
            if let year = HourlyYear.build(
                column.readings, column: column.column, file: request.file, diagnostics: &diagnostics)
            {
                years.append((column.column, year))
            }
        }
        guard !diagnostics.hasErrors,
            let text = ProfileMerge.merge(
                existing: folder.files["profiles.csv"], file: profilesPath, site: request.site,
                columns: years.map { ($0.column, $0.year.values) }, diagnostics: &diagnostics)
        else { return failed(outcome, diagnostics) }

        var files = folder.files
        files["profiles.csv"] = Array(text.utf8)
        let after = CatalogLoader.load(
            files: files, unreadable: folder.unreadable, folder: folder.path, scenarioFolders: folder.scenarioFolders)
        diagnostics.append(contentsOf: after.diagnostics)
        outcome.diagnostics = diagnostics
        guard after.catalog != nil else { return outcome }

        outcome.profilesText = text
        let year = years[0].year
        if years.contains(where: { $0.year.droppedLeapDay }) {
            outcome.notes.append(
                "\(request.file): dropped Feb 29, \(year.year) (24 hours): a profile year has 365 days")
        }
        let hadRows = before.catalog?.sites.first { $0.id == request.site }.map { $0.steps.count > 1 } ?? false
        outcome.summary =
            "imported \(HourlyYear.hoursPerYear) hours of \(years.map(\.column.name).joined(separator: " and ")) "
            + "(\(year.year)) for site \(request.site) into \(profilesPath)"
            + (hadRows ? " (its chronological profile; other columns kept)" : " (new chronological profile d001…d365)")
        return outcome
    }

    private static func failed(_ outcome: Outcome, _ diagnostics: Diagnostics) -> Outcome {
        var result = outcome
        result.diagnostics = diagnostics
        return result
    }
}
