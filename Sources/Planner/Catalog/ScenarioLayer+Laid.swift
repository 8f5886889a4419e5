/// How a scenario folder's rows combine with the base catalogs.
extension ScenarioLayer {
    /// The column that names a row of `schema` for replacing it: `id`, policy's `key`;
    /// nil for profiles.csv, whose rows a layer replaces a whole site at a time.
    static func keyColumn(_ schema: FileSchema) -> String? {
        switch schema.name {
        case "profiles": return nil
        case "policy": return "key"
        default: return "id"
        }
    }

    /// `base` with this layer's rows laid over it: a row whose id (policy: key) a base
    /// row has replaces that row where it stands, others are added at the end in the
    /// folder's order; a site's profile rows replace all of that site's base steps,
    /// since its weights must sum to a year.
    func laid(over base: [String: CatalogTable]) -> [String: CatalogTable] {
        var tables = base
        for schema in CatalogSchema.files {
            guard let layer = self.tables[schema.name] else { continue }
            guard var table = base[schema.name] else {
                tables[schema.name] = layer
                continue
            }
            table.present = zip(table.present, layer.present).map { $0 || $1 }
            if let key = Self.keyColumn(schema), let column = schema.index(of: key) {
                var at: [String: Int] = [:]
                for (i, row) in table.rows.enumerated() {
                    if let text = row.cells[column]?.text, at[text] == nil { at[text] = i }
                }
                for row in layer.rows {
                    if let text = row.cells[column]?.text, !text.isEmpty, let i = at[text] {
                        table.rows[i] = row
                    } else {
                        table.rows.append(row)
                    }
                }
            } else if let column = schema.index(of: "site") {
                let sites = Set(layer.rows.compactMap { $0.cells[column]?.text })
                table.rows.removeAll { sites.contains($0.cells[column]?.text ?? "") }
                table.rows += layer.rows
            }
            tables[schema.name] = table
        }
        return tables
    }
}
