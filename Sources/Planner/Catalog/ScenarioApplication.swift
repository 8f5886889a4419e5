/// Rewrites table cells with one scenario's overrides, before defaults are filled.
enum ScenarioApplication {
    /// Applies the overrides of `scenario` in file order.
    static func apply(_ overrides: [ScenarioOverride], scenario: String, to tables: inout [String: CatalogTable]) {
        pinProfileFallbacks(&tables)
        for o in overrides where o.scenario == scenario {
            guard let schema = CatalogSchema.file(named: o.file) else { continue }
            var table = tables[o.file] ?? CatalogTable(emptyFor: schema, file: schema.fileName)
            if o.file == "policy" {
                applyToPolicy(o, &table)
            } else if let column = schema.index(of: o.column) {
                let key = o.file == "profiles" ? "site" : "id"
                let targets = o.id == "*" ? Array(table.rows.indices) : table.rowIndices(whereKey: key, is: o.id)
                for row in targets { rewrite(&table, row: row, column: column, with: o) }
                table.present[column] = true
            }
            tables[o.file] = table
        }
    }

    /// Empty profile cells stand for the site's annual value as read. Writing that value in
    /// before any override makes a profiles `scale`/`add` act on it, and keeps a sites.csv
    /// change away from the steps, as inputs.md says. Unreadable site cells are left alone:
    /// they are reported on their own line.
    private static func pinProfileFallbacks(_ tables: inout [String: CatalogTable]) {
        guard var profiles = tables["profiles"], let sites = tables["sites"] else { return }
        let siteSchema = CatalogSchema.sites
        guard let siteKey = siteSchema.index(of: "id"), let profileKey = profiles.schema.index(of: "site") else {
            return
        }
        for column in CatalogSchema.hourlyColumns {
            guard let target = profiles.schema.index(of: column), let source = siteSchema.index(of: column) else {
                continue
            }
            for row in profiles.rows.indices where (profiles.rows[row].cells[target]?.text ?? "").isEmpty {
                let site = profiles.rows[row].cells[profileKey]?.text ?? ""
                guard let siteRow = sites.rows.first(where: { $0.cells[siteKey]?.text == site }) else { continue }
                let text = siteRow.cells[source]?.text ?? ""
                let value: Double?
                if text.isEmpty {
                    value = fallbackValue(siteSchema.columns[source].fallback, sites, 0)
                } else if case .success(let number) = CellParsing.number(text, limit: .infinity) {
                    value = number
                } else {
                    value = nil
                }
                guard let value else { continue }
                let position = profiles.rows[row].cells[target]?.position ?? profiles.rows[row].position
                profiles.rows[row].cells[target] = CatalogCell(text: "\(value)", position: position, scenario: nil)
                profiles.present[target] = true
            }
        }
        tables["profiles"] = profiles
    }

    private static func applyToPolicy(_ o: ScenarioOverride, _ table: inout CatalogTable) {
        var row = table.rowIndices(whereKey: "key", is: o.id).first
        if row == nil {
            let cells = [CatalogCell(text: o.id, position: o.position, scenario: o.scenario), nil]
            table.rows.append(CatalogRow(position: o.position, cells: cells))
            row = table.rows.count - 1
        }
        let fallback = CatalogSchema.policyKeys.first { $0.key == o.id }?.fallback ?? .none
        let current = table.rows[row!].cells[1]?.text ?? ""
        if let text = newText(o, current: current, fallback: fallbackValue(fallback, table, row!)) {
            setCell(&table, row: row!, column: 1, text: text, o)
        }
        table.present = [true, true]
    }

    private static func rewrite(_ table: inout CatalogTable, row: Int, column: Int, with o: ScenarioOverride) {
        let spec = table.schema.columns[column]
        let current = table.rows[row].cells[column]?.text ?? ""
        if let text = newText(o, current: current, fallback: fallbackValue(spec.fallback, table, row)) {
            setCell(&table, row: row, column: column, text: text, o)
        }
    }

    /// The cell's new text; nil leaves it as it is (an absent limit stays absent, bad text errs later).
    private static func newText(_ o: ScenarioOverride, current: String, fallback: Double?) -> String? {
        if o.operation == .set { return o.value }
        guard case .success(let operand) = CellParsing.number(o.value, limit: .infinity) else { return nil }
        let base: Double
        if current.isEmpty {
            guard let value = fallback else { return nil }
            base = value
        } else {
            guard case .success(let value) = CellParsing.number(current, limit: .infinity) else { return nil }
            base = value
        }
        let result = o.operation == .scale ? base * operand : base + operand
        return result.isFinite ? "\(result)" : nil
    }

    /// What an empty cell stands for: its default, or the column it follows.
    private static func fallbackValue(_ fallback: ColumnSpec.Fallback, _ table: CatalogTable, _ row: Int) -> Double? {
        switch fallback {
        case .value(let value): return value
        case .required, .none: return nil
        case .column(let other):
            guard let index = table.schema.index(of: other) else { return nil }
            let text = table.rows[row].cells[index]?.text ?? ""
            if text.isEmpty { return fallbackValue(table.schema.columns[index].fallback, table, row) }
            if case .success(let value) = CellParsing.number(text, limit: .infinity) { return value }
            return nil
        }
    }

    private static func setCell(_ table: inout CatalogTable, row: Int, column: Int, text: String, _ o: ScenarioOverride)
    {
        let position = table.rows[row].cells[column]?.position ?? table.rows[row].position
        table.rows[row].cells[column] = CatalogCell(text: text, position: position, scenario: o.scenario)
    }
}
