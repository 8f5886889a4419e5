/// A scenario folder's catalog files, each checked like its base file, ready to lay
/// over the base tables (`ScenarioLayer.laid`).
struct ScenarioLayer {
    /// The scenario's name (the folder's).
    var name: String
    /// The folder as diagnostics name it: `inputs/scenarios/NAME`.
    var path: String
    /// Each file's checked table by schema name; rows repeating a key are reported and left out.
    var tables: [String: CatalogTable] = [:]
    /// Schema names of the folder's files that could not be read whole or hold a bad id.
    var brokenFiles: Set<String> = []
    /// SHA-256 of each file read, by its path below the input folder (`scenarios/NAME/workloads.csv`).
    var digests: [(file: String, sha256: String)] = []
}

/// Reads the folders of `scenarios/` into layers; every problem goes to the sink.
struct ScenarioLayerReader {
    let sink: DiagnosticSink
    /// A path below the input folder as diagnostics name it.
    let display: (String) -> String

    /// The layers of every readable scenario folder, by name; problems with `scenarios/` itself reported.
    func read(_ folders: ScenarioFolders) -> [ScenarioLayer] {
        for problem in folders.problems { sink.error(display(problem.path), .fileStart, problem.message) }
        return folders.folders.compactMap(read)
    }

    private func read(_ folder: ScenarioFolder) -> ScenarioLayer? {
        let below = ScenarioFolders.folderName + "/" + folder.name
        if let problem = CellParsing.idProblem(folder.name) {
            sink.error(display(below), .fileStart, "scenario folder name: " + problem)
            return nil
        }
        var layer = ScenarioLayer(name: folder.name, path: display(below))
        let layable = CatalogSchema.files.filter { $0.name != "scenarios" }
        let known = layable.map(\.fileName)
        for name in Set(folder.files.keys).union(folder.unreadable.keys).sorted() where !known.contains(name) {
            let message: String
            if name == CatalogSchema.scenarios.fileName {
                message = "a scenario folder cannot hold scenarios.csv: edits go in the input folder's scenarios.csv"
            } else {
                let hint = Spelling.suggestion(for: name, among: known).map { "; did you mean \($0)?" }
                message =
                    "unknown catalog file" + (hint ?? "; a scenario folder may hold: " + known.joined(separator: ", "))
            }
            sink.error(display(below + "/" + name), .fileStart, message)
        }
        for schema in layable {
            let file = display(below + "/" + schema.fileName)
            if let reason = folder.unreadable[schema.fileName] {
                sink.error(file, .fileStart, "cannot read: " + reason)
                layer.brokenFiles.insert(schema.name)
                continue
            }
            guard let bytes = folder.files[schema.fileName] else { continue }
            layer.digests.append((below + "/" + schema.fileName, SHA256.hex(bytes)))
            switch CSVReader.parse(bytes, file: file) {
            case .failure(let failure):
                sink.error(failure.file, failure.position, failure.message)
                layer.brokenFiles.insert(schema.name)
            case .success(let csv):
                // A folder adds rows: none is a valid (if idle) layer, even of a required file.
                var optional = schema
                optional.isRequired = false
                var diagnostics = Diagnostics()
                var table = CatalogTable(csv, schema: optional, diagnostics: &diagnostics)
                sink.diagnostics.append(contentsOf: diagnostics)
                if diagnostics.hasErrors || table.hasMalformedIDs { layer.brokenFiles.insert(schema.name) }
                for i in table.rows.indices { table.rows[i].file = file }
                layer.tables[schema.name] = withoutRepeatedKeys(table)
            }
        }
        return layer
    }

    /// The table without rows whose id (policy: key) an earlier row of the same file has,
    /// each reported as the base reports its own repeats. Repeats cannot be left to the
    /// base check: the later row would silently replace the earlier one.
    private func withoutRepeatedKeys(_ table: CatalogTable) -> CatalogTable {
        guard let key = ScenarioLayer.keyColumn(table.schema), let column = table.schema.index(of: key) else {
            return table
        }
        var kept = table
        kept.rows = []
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            guard let cell = row.cells[column], !cell.text.isEmpty else {
                kept.rows.append(row)
                continue
            }
            if let line = firstLine[cell.text] {
                let text = CellParsing.excerpt(cell.text)
                let message =
                    key == "key"
                    ? "key: policy key \"\(text)\" is set twice (first on line \(line))"
                    : "id: duplicate id \"\(text)\" (first on line \(line))"
                sink.error(table.file, cell.position, message)
            } else {
                firstLine[cell.text] = row.position.line
                kept.rows.append(row)
            }
        }
        return kept
    }
}
