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
        return load(
            files: folder.files, unreadable: folder.unreadable, folder: folder.path, scenario: scenario,
            scenarioFolders: folder.scenarioFolders)
    }

    /// The bytes of every `.csv` file of an input folder, read once for several loads.
    public struct Folder: Sendable {
        /// The folder as the user named it, without a trailing slash.
        public var path: String
        /// The bytes of each readable file, by file name.
        public var files: [String: [UInt8]]
        /// Why each listed file that is not in `files` cannot be read (`is a folder`), by file name.
        public var unreadable: [String: String] = [:]
        /// The folders of `scenarios/`, each a scenario adding rows to the base catalogs.
        public var scenarioFolders = ScenarioFolders()
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

    /// Reads `directory`'s `.csv` files and its scenario folders; nil when there is no such folder.
    public static func read(directory: String) -> Folder? {
        let folder = trimmed(directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        let csv = readCSVFiles(in: folder)
        return Folder(
            path: folder, files: csv.files, unreadable: csv.unreadable,
            scenarioFolders: ScenarioFolders.read(in: folder))
    }

    /// The bytes of every `.csv` file of `folder`, and why each other one listed there cannot be read.
    static func readCSVFiles(in folder: String) -> (files: [String: [UInt8]], unreadable: [String: String]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.lowercased().hasSuffix(".csv") }
        var result: (files: [String: [UInt8]], unreadable: [String: String]) = ([:], [:])
        for name in names {
            switch CatalogFileReader.bytes(at: folder + "/" + name) {
            case .success(let bytes): result.files[name] = bytes
            case .failure(let problem): result.unreadable[name] = problem.reason
            }
        }
        return result
    }

    /// Reads catalogs already in memory: every readable `.csv` file of a folder by name, and why
    /// each other one listed there cannot be read, and its scenario folders.
    /// Diagnostics name files as `folder/name` (just `name` when the folder is `.`).
    /// Every scenario folder is checked unless `checkingEveryScenario` is false (whatif checks
    /// them once, with the base, and then loads each scenario alone).
    public static func load(
        files: [String: [UInt8]], unreadable: [String: String] = [:], folder: String, scenario: String? = nil,
        scenarioFolders: ScenarioFolders = ScenarioFolders(), checkingEveryScenario: Bool = true
    ) -> Outcome {
        let sink = DiagnosticSink()
        func display(_ name: String) -> String { displayName(name, in: folder) }
        var (tables, digests) = readTables(files: files, unreadable: unreadable, display: display, sink: sink)
        let layers = ScenarioLayerReader(sink: sink, display: display).read(scenarioFolders)
        digests += layers.flatMap(\.digests)
        let scenarios = ScenarioSet(base: tables, layers: layers, sink: sink)
        let baseBroken = sink.brokenFiles
        if let scenario {
            if scenarios.names.contains(scenario) {
                tables = scenarios.tables(of: scenario, sink: sink)
            } else {
                let names = scenarios.names
                let hint = Spelling.suggestion(for: scenario, among: names).map { "; did you mean \"\($0)\"?" }
                let list =
                    names.isEmpty ? "; scenarios.csv defines none" : "; defined: " + names.joined(separator: ", ")
                sink.error(display("scenarios.csv"), .fileStart, "unknown scenario \"\(scenario)\"" + (hint ?? list))
            }
        }

        var catalog = CatalogBuilder(sink: sink).build(tables)
        catalog.scenario = scenario
        catalog.scenarioNames = scenarios.names
        for override in scenarios.overrides.reversed() {
            catalog.scenarioNamePositions[override.scenario] = override.namePosition
        }
        catalog.inputDigests = digests
        if !sink.diagnostics.hasErrors {
            CatalogWarnings.check(catalog, display: display, sink: sink)
        }
        if checkingEveryScenario {
            scenarios.checkLayers(except: scenario, brokenFiles: baseBroken, display: display, sink: sink)
        }
        let diagnostics = sink.diagnostics
        return Outcome(catalog: diagnostics.hasErrors ? nil : catalog, diagnostics: diagnostics)
    }

    /// The base catalog files as checked tables, by schema name, and the digest of each file read.
    private static func readTables(
        files: [String: [UInt8]], unreadable: [String: String], display: (String) -> String, sink: DiagnosticSink
    ) -> (tables: [String: CatalogTable], digests: [(file: String, sha256: String)]) {
        let names = Set(files.keys).union(unreadable.keys).sorted()
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
            // A file that is there but cannot be read is an error even when optional: treating it
            // as absent would plan without the user's policy, storage or renewables.
            if let reason = unreadable[schema.fileName] {
                sink.error(display(schema.fileName), .fileStart, "cannot read: " + reason)
                sink.brokenFiles.insert(schema.name)
                continue
            }
            guard let bytes = files[schema.fileName] else {
                if schema.isRequired {
                    sink.error(display(schema.fileName), .fileStart, "required file is missing")
                    sink.brokenFiles.insert(schema.name)
                }
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
        return (tables, digests)
    }

    /// A file of `folder` as diagnostics name it: `folder/name`, just `name` when the folder is `.`.
    public static func displayName(_ name: String, in folder: String) -> String {
        folder == "." ? name : folder + "/" + name
    }
}
