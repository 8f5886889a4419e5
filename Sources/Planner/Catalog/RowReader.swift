/// Collects diagnostics while catalog rows are read (one per read of a folder).
final class DiagnosticSink {
    var diagnostics = Diagnostics()
    /// Files (schema names) that could not be read whole or whose ids are bad: references
    /// into them are not checked, so one broken file does not bury its own error under
    /// "unknown site" errors everywhere else.
    var brokenFiles: Set<String> = []

    func error(_ file: String, _ position: SourcePosition, _ message: String) {
        diagnostics.error(file, position, message)
    }

    func warning(_ file: String, _ position: SourcePosition, _ message: String) {
        diagnostics.warning(file, position, message)
    }
}

/// Typed, checked access to the cells of one catalog row; problems go to the sink.
struct RowReader {
    let table: CatalogTable
    let row: CatalogRow
    let sink: DiagnosticSink

    var line: Int { row.position.line }

    /// The file the row was read from, as diagnostics name it: a scenario folder's, or the table's.
    var file: String { row.file ?? table.file }

    /// The cell if present and not empty.
    func cell(_ column: String) -> CatalogCell? {
        guard let index = table.schema.index(of: column), let cell = row.cells[index], !cell.text.isEmpty else {
            return nil
        }
        return cell
    }

    /// Where to point for a column: its cell, or the row start when the cell is absent.
    func position(_ column: String) -> SourcePosition {
        guard let index = table.schema.index(of: column), let cell = row.cells[index] else { return row.position }
        return cell.position
    }

    func error(_ column: String, _ message: String) {
        let scenario = cell(column)?.scenario.map { " (after scenario \($0))" } ?? ""
        sink.error(file, position(column), "\(column): \(message)\(scenario)")
    }

    func missing(_ column: String) {
        // A column missing from the row's header is reported once there, not again on every row.
        if let index = table.schema.index(of: column), row.cells[index] == nil { return }
        sink.error(file, position(column), "\(column): a value is required")
    }

    /// An id cell, checked against the id rule; "" when missing or invalid.
    func id(_ column: String = "id") -> String {
        guard let cell = cell(column) else {
            missing(column)
            return ""
        }
        if let problem = CellParsing.idProblem(cell.text) {
            sink.brokenFiles.insert(table.schema.name)
            error(column, problem)
            return ""
        }
        return cell.text
    }

    func text(_ column: String) -> String {
        guard let cell = cell(column) else {
            if table.schema.spec(column)?.fallback == .required { missing(column) }
            return ""
        }
        return cell.text
    }

    /// A number with its column's fallback applied; nil when absent with no default, or invalid.
    /// `reporting: false` reads a column another one follows, whose problems are reported by its own read.
    func optionalNumber(_ column: String, reporting: Bool = true) -> Double? {
        guard let spec = table.schema.spec(column), case .number(let rule) = spec.kind else { return nil }
        guard let cell = cell(column) else {
            switch spec.fallback {
            case .required:
                if reporting { missing(column) }
                return nil
            case .value(let value): return value
            case .none: return nil
            case .column(let other): return optionalNumber(other, reporting: false)
            }
        }
        switch CellParsing.number(cell.text, limit: spec.magnitudeLimit) {
        case .failure(let problem):
            if reporting { error(column, problem.message) }
            return nil
        case .success(let value):
            if let violation = rule.violation(value) {
                if reporting { error(column, "\(CellParsing.excerpt(cell.text)) \(violation)") }
                return nil
            }
            return value
        }
    }

    /// A number that has a default or is required; 0 stands in after an error (the run fails anyway).
    func number(_ column: String) -> Double {
        optionalNumber(column) ?? 0
    }

    func list(_ column: String) -> [String] {
        guard let cell = cell(column) else { return [] }
        return CellParsing.list(cell.text)
    }

    /// One of the column's allowed words; nil (after an error) otherwise.
    func choice(_ column: String) -> String? {
        guard let spec = table.schema.spec(column), case .choice(let options) = spec.kind else { return nil }
        guard let cell = cell(column) else {
            missing(column)
            return nil
        }
        let value = cell.text.lowercased()
        guard options.contains(value) else {
            error(column, "\"\(CellParsing.excerpt(cell.text))\" must be one of: \(options.joined(separator: ", "))")
            return nil
        }
        return value
    }
}
