/// One row of scenarios.csv: a change to one cell (or a column of every row).
public struct ScenarioOverride: Sendable, Equatable {
    /// How `value` changes the cell: replace it (`set`), multiply it (`scale`) or add to it (`add`).
    public enum Operation: String, Sendable { case set, scale, add }

    /// Name of the what-if this row belongs to.
    public var scenario: String
    /// The target file's name without `.csv`.
    public var file: String
    /// Row id (policy: the key; profiles: a site id); `*` for every row.
    public var id: String
    /// The column to change; `value` for a policy key.
    public var column: String
    /// Whether `value` replaces, multiplies or is added to the cell.
    public var operation: Operation
    /// The new text for `set`, or the number to scale by or add, as written.
    public var value: String
    /// Where the row is in scenarios.csv, for diagnostics.
    public var position: SourcePosition
    /// Where the scenario's name is written on this row, for messages about the name.
    public var namePosition: SourcePosition
}

/// Reads and checks scenarios.csv against the tables it will change.
struct ScenarioReader {
    let sink: DiagnosticSink

    /// Every override row, each checked whether or not its scenario is chosen, against the
    /// tables of its scenario (`tables(name)`: a folder's rows laid over the base) and the
    /// files of its folder that could not be read whole.
    func read(
        _ table: CatalogTable, tables: (String) -> (tables: [String: CatalogTable], broken: Set<String>)
    ) -> [ScenarioOverride] {
        CatalogBuilder(sink: sink).rows(of: table).compactMap { r in
            let scenario = r.id("scenario")
            let file = r.text("file")
            let id = r.text("id")
            let column = r.text("column")
            let operation = r.choice("op").flatMap(ScenarioOverride.Operation.init)
            let value = r.text("value")
            guard !scenario.isEmpty, !file.isEmpty, !id.isEmpty, !column.isEmpty, let operation, !value.isEmpty else {
                return nil
            }
            let override = ScenarioOverride(
                scenario: scenario, file: file, id: id, column: column,
                operation: operation, value: value, position: r.row.position, namePosition: r.position("scenario"))
            let scenarioTables = tables(scenario)
            return check(override, r, tables: scenarioTables.tables, broken: scenarioTables.broken) ? override : nil
        }
    }

    /// Whether the override names a real file, row and column and carries a usable value.
    private func check(
        _ o: ScenarioOverride, _ r: RowReader, tables: [String: CatalogTable], broken: Set<String>
    ) -> Bool {
        let editable = CatalogSchema.files.filter { $0.name != "scenarios" }
        if o.file == "scenarios" {
            r.error("file", "a scenario cannot change scenarios.csv")
            return false
        }
        guard let schema = editable.first(where: { $0.name == o.file }) else {
            let name = o.file.hasSuffix(".csv") ? String(o.file.dropLast(4)) : o.file
            let hint =
                editable.contains { $0.name == name }
                ? "\"\(name)\" (without .csv)"
                : Spelling.suggestion(for: o.file, among: editable.map(\.name)).map { "\"\($0)\"" }
            r.error(
                "file",
                "unknown catalog file \"\(CellParsing.excerpt(o.file))\"" + (hint.map { "; did you mean \($0)?" } ?? "")
            )
            return false
        }
        // Rows of a file that could not be read are not checked: its own error says why.
        guard !sink.brokenFiles.contains(schema.name), !broken.contains(schema.name) else { return false }
        let numeric: Bool
        if schema.name == "policy" {
            guard CatalogSchema.policyKeys.contains(where: { $0.key == o.id }) else {
                let hint = Spelling.suggestion(for: o.id, among: CatalogSchema.policyKeys.map(\.key))
                r.error(
                    "id",
                    "unknown policy key \"\(CellParsing.excerpt(o.id))\""
                        + (hint.map { "; did you mean \"\($0)\"?" } ?? ""))
                return false
            }
            guard o.column == "value" else {
                r.error(
                    "column", "a policy override changes column \"value\", not \"\(CellParsing.excerpt(o.column))\"")
                return false
            }
            numeric = true
        } else {
            let keyColumns = schema.name == "profiles" ? ["site", "period", "hour"] : ["id"]
            if keyColumns.contains(o.column) {
                r.error(
                    "column", "\"\(o.column)\" identifies the rows of \(schema.fileName); a scenario cannot change it")
                return false
            }
            guard let spec = schema.spec(o.column) else {
                let hint = Spelling.suggestion(for: o.column, among: schema.columns.map(\.name))
                r.error(
                    "column",
                    "\(schema.fileName) has no column \"\(CellParsing.excerpt(o.column))\" that a scenario can change"
                        + (hint.map { "; did you mean \"\($0)\"?" } ?? ""))
                return false
            }
            numeric = spec.isNumber
            warnIfHoursComeFromProfiles(o, r, tables: tables)
            if o.id != "*" {
                let table = tables[schema.name]
                if schema.name == "profiles" {
                    let sites = tables["sites"]?.rows.compactMap { $0.cells[0]?.text } ?? []
                    if !sites.contains(o.id) {
                        unknown(r, "site", o.id, among: sites)
                        return false
                    }
                } else if table?.rowIndices(whereKey: "id", is: o.id).isEmpty ?? true {
                    let ids = table?.rows.compactMap { $0.cells[0]?.text } ?? []
                    unknown(r, "row", o.id, among: ids, in: schema.fileName)
                    return false
                }
            }
        }
        if o.operation != .set && !numeric {
            r.error("op", "\(o.operation.rawValue) needs a number column; \(o.column) holds text")
            return false
        }
        let limit = schema.spec(o.column)?.magnitudeLimit ?? CellParsing.defaultMagnitudeLimit
        if numeric, case .failure(let problem) = CellParsing.number(o.value, limit: limit) {
            r.error("value", problem.message)
            return false
        }
        return true
    }

    /// A sites.csv change to an hourly column does not reach a site whose hours
    /// come from profiles.csv (inputs.md), which silently leaves such a what-if
    /// equal to the base; say so and name the override that would work.
    private func warnIfHoursComeFromProfiles(_ o: ScenarioOverride, _ r: RowReader, tables: [String: CatalogTable]) {
        guard o.file == "sites", CatalogSchema.hourlyColumns.contains(o.column), let profiles = tables["profiles"],
            let siteColumn = profiles.schema.index(of: "site")
        else { return }
        let profiled = Set(profiles.rows.compactMap { $0.cells[siteColumn]?.text })
        let affected = o.id == "*" ? profiled : profiled.intersection([o.id])
        guard let example = affected.sorted().first else { return }
        let subject = o.id == "*" ? "sites with hourly profiles (such as \(example))" : "site \(example)"
        r.sink.warning(
            r.file, r.position("column"),
            "column: \(o.column) in sites.csv does not change the hours of \(subject): they come from "
                + "profiles.csv; change profiles,\(o.id),\(o.column) instead")
    }

    private func unknown(
        _ r: RowReader, _ what: String, _ name: String, among candidates: [String], in file: String? = nil
    ) {
        let hint = Spelling.suggestion(for: name, among: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
        r.error("id", "unknown \(what) \"\(CellParsing.excerpt(name))\"" + (file.map { " in \($0)" } ?? "") + hint)
    }
}
