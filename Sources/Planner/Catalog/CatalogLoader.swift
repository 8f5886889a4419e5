import Foundation

/// Reads an input folder into a validated `Catalog`, or every reason it cannot.
public enum CatalogLoader {
    /// The outcome of reading a folder: a catalog only when no error was found.
    public struct Outcome: Sendable {
        /// The validated catalog; nil when any error was found.
        public var catalog: Catalog?
        /// Every error and warning found, each with its file, line and column.
        public var diagnostics: Diagnostics
    }

    /// Reads `directory`, applying `scenario`'s overrides when given.
    public static func load(directory: String, scenario: String? = nil) -> Outcome {
        guard let folder = read(directory: directory) else { return noSuchFolder(directory) }
        return load(files: folder.files, folder: folder.path, scenario: scenario)
    }

    /// The bytes of every `.csv` file of an input folder, read once for several loads.
    public struct Folder: Sendable {
        /// The folder as the user named it, without a trailing slash.
        public var path: String
        /// By file name; nil: the file could not be read.
        public var files: [String: [UInt8]?]
    }

    /// The outcome of loading a folder that does not exist.
    public static func noSuchFolder(_ directory: String) -> Outcome {
        var diagnostics = Diagnostics()
        diagnostics.error(trimmed(directory), .fileStart, "no such input folder")
        return Outcome(catalog: nil, diagnostics: diagnostics)
    }

    private static func trimmed(_ directory: String) -> String {
        directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    }

    /// Reads `directory`'s `.csv` files; nil when there is no such folder.
    public static func read(directory: String) -> Folder? {
        let folder = trimmed(directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.lowercased().hasSuffix(".csv") }
        var files: [String: [UInt8]?] = [:]
        for name in names {
            files[name] = FileManager.default.contents(atPath: folder + "/" + name).map { [UInt8]($0) }
        }
        return Folder(path: folder, files: files)
    }

    /// Reads catalogs already in memory: every `.csv` file of a folder by name (nil: unreadable).
    /// Diagnostics name files as `folder/name` (just `name` when the folder is `.`).
    public static func load(files: [String: [UInt8]?], folder: String, scenario: String? = nil) -> Outcome {
        let sink = DiagnosticSink()
        func display(_ name: String) -> String { folder == "." ? name : folder + "/" + name }
        let names = files.keys.sorted()
        let known = CatalogSchema.files.map(\.fileName)
        for name in names where !known.contains(name) {
            let hint = Spelling.suggestion(for: name, among: known).map { "; did you mean \($0)?" }
            sink.error(
                display(name), .fileStart,
                "unknown catalog file" + (hint ?? "; planctl reads: " + known.joined(separator: ", ")))
        }

        var tables: [String: CatalogTable] = [:]
        var digests: [(file: String, sha256: String)] = []
        for schema in CatalogSchema.files {
            guard let entry = files[schema.fileName] else {
                if schema.isRequired {
                    sink.error(display(schema.fileName), .fileStart, "required file is missing")
                    sink.brokenFiles.insert(schema.name)
                }
                continue
            }
            guard let bytes = entry else {
                sink.error(display(schema.fileName), .fileStart, "cannot read the file")
                sink.brokenFiles.insert(schema.name)
                continue
            }
            digests.append((schema.fileName, SHA256.hex(bytes)))
            switch CSVReader.parse(bytes, file: display(schema.fileName)) {
            case .failure(let failure):
                sink.error(failure.file, failure.position, failure.message)
                sink.brokenFiles.insert(schema.name)
            case .success(let csv):
                var diagnostics = Diagnostics()
                let table = CatalogTable(csv, schema: schema, diagnostics: &diagnostics)
                tables[schema.name] = table
                sink.diagnostics.append(contentsOf: diagnostics)
                if diagnostics.hasErrors || table.hasMalformedIDs { sink.brokenFiles.insert(schema.name) }
            }
        }

        let overrides = tables["scenarios"].map { ScenarioReader(sink: sink).read($0, tables: tables) } ?? []
        let scenarioNames = orderedUnique(overrides.map(\.scenario))
        if let scenario {
            if scenarioNames.contains(scenario) {
                ScenarioApplication.apply(overrides, scenario: scenario, to: &tables)
            } else {
                let hint = Spelling.suggestion(for: scenario, among: scenarioNames).map { "; did you mean \"\($0)\"?" }
                let list =
                    scenarioNames.isEmpty
                    ? "; scenarios.csv defines none" : "; defined: " + scenarioNames.joined(separator: ", ")
                sink.error(display("scenarios.csv"), .fileStart, "unknown scenario \"\(scenario)\"" + (hint ?? list))
            }
        }

        var catalog = CatalogBuilder(sink: sink).build(tables)
        catalog.scenario = scenario
        catalog.scenarioNames = scenarioNames
        catalog.inputDigests = digests
        if !sink.diagnostics.hasErrors {
            CatalogWarnings.check(catalog, display: display, sink: sink)
        }
        let diagnostics = sink.diagnostics
        return Outcome(catalog: diagnostics.hasErrors ? nil : catalog, diagnostics: diagnostics)
    }

    private static func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
