/// One cell of a catalog table, possibly rewritten by a scenario.
public struct CatalogCell: Sendable, Equatable {
    /// The cell's text as read (trimmed, unquoted), or as the scenario rewrote it.
    public var text: String
    /// Where the cell is in its file, for diagnostics.
    public var position: SourcePosition
    /// The scenario that rewrote this cell, named in messages about it.
    public var scenario: String?
}

/// One data row, cells indexed like the file schema's columns (nil: column absent).
public struct CatalogRow: Sendable, Equatable {
    /// Where the row's first cell is in its file, for diagnostics about the whole row.
    public var position: SourcePosition
    /// One cell per schema column, in schema order; nil where the file lacks the column.
    public var cells: [CatalogCell?]
    /// The scenario folder file the row comes from, as diagnostics name it; nil: the table's own file.
    public var file: String? = nil
}

/// A CSV file checked against its schema: known columns only, rows of the right width.
public struct CatalogTable: Sendable {
    /// The schema the file was checked against.
    public var schema: FileSchema
    /// The file as the user named it, for diagnostics.
    public var file: String
    /// 1-based line of the header row (1 for an absent optional file).
    public var headerLine: Int
    /// The data rows as wide as the header, in file order; rows of another width are left out.
    public var rows: [CatalogRow]
    /// Whether the header has each schema column; scenarios may add one.
    public var present: [Bool]

    /// Checks the header and row widths; every problem goes to `diagnostics`.
    public init(_ csv: CSVTable, schema: FileSchema, diagnostics: inout Diagnostics) {
        self.schema = schema
        self.file = csv.file
        self.headerLine = csv.header.first?.position.line ?? 1
        self.rows = []
        var slots: [Int?] = []
        var seen: [String: SourcePosition] = [:]
        for field in csv.header {
            if let first = seen[field.text] {
                diagnostics.error(
                    file, field.position,
                    "duplicate column \"\(CellParsing.excerpt(field.text))\" (first at column \(first.column))")
                slots.append(nil)
            } else if let index = schema.index(of: field.text) {
                seen[field.text] = field.position
                slots.append(index)
            } else {
                let hint = Spelling.suggestion(for: field.text, among: schema.columns.map(\.name))
                let known =
                    hint.map { "; did you mean \"\($0)\"?" } ?? "; \(schema.fileName) has: "
                    + schema.columns.map(\.name).joined(separator: ", ")
                diagnostics.error(file, field.position, "unknown column \"\(CellParsing.excerpt(field.text))\"\(known)")
                slots.append(nil)
            }
        }
        let headerEnd = SourcePosition(line: headerLine, column: 1)
        for spec in schema.columns where spec.fallback == .required && seen[spec.name] == nil {
            diagnostics.error(file, headerEnd, "missing required column \"\(spec.name)\"")
        }
        self.present = schema.columns.map { seen[$0.name] != nil }
        if schema.isRequired && csv.records.isEmpty {
            diagnostics.error(file, headerEnd, "no rows below the header: \(schema.fileName) needs at least one")
        }
        for record in csv.records {
            if record.fields.count != csv.header.count {
                let position =
                    record.fields.count > csv.header.count
                    ? record.fields[csv.header.count].position : record.fields.last!.position
                diagnostics.error(
                    file, position,
                    "this row has \(record.fields.count) cells but the header has \(csv.header.count) columns")
                continue
            }
            var cells = [CatalogCell?](repeating: nil, count: schema.columns.count)
            for (field, slot) in zip(record.fields, slots) {
                if let slot { cells[slot] = CatalogCell(text: field.text, position: field.position, scenario: nil) }
            }
            rows.append(CatalogRow(position: record.fields[0].position, cells: cells))
        }
    }

    /// Whether some row's id breaks the id rule (references to that file are then not checked).
    var hasMalformedIDs: Bool {
        guard schema.columns.first?.name == "id" else { return false }
        return rows.contains { row in row.cells[0].map { CellParsing.idProblem($0.text) != nil } ?? false }
    }

    /// An empty table for an optional file that is absent.
    public init(emptyFor schema: FileSchema, file: String) {
        self.schema = schema
        self.file = file
        self.headerLine = 1
        self.rows = []
        self.present = schema.columns.map { _ in false }
    }

    /// The row whose key column (`id`, or `site`/`key`) has this value.
    public func rowIndices(whereKey key: String, is value: String) -> [Int] {
        guard let column = schema.index(of: key) else { return [] }
        return rows.indices.filter { rows[$0].cells[column]?.text == value }
    }
}
