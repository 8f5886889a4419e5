/// Builds a `Catalog` from checked tables, collecting every problem on the way.
struct CatalogBuilder {
    let sink: DiagnosticSink

    func rows(of table: CatalogTable) -> [RowReader] {
        table.rows.map { RowReader(table: table, row: $0, sink: sink) }
    }

    /// All catalogs from their tables (a table per schema name).
    func build(_ tables: [String: CatalogTable]) -> Catalog {
        func table(_ schema: FileSchema) -> CatalogTable {
            tables[schema.name] ?? CatalogTable(emptyFor: schema, file: schema.fileName)
        }
        var catalog = Catalog()
        catalog.sites = buildSites(table(CatalogSchema.sites))
        catalog.servers = buildServers(table(CatalogSchema.servers))
        catalog.cooling = buildCooling(table(CatalogSchema.cooling))
        catalog.storage = buildStorage(table(CatalogSchema.storage))
        catalog.workloads = buildWorkloads(table(CatalogSchema.workloads))
        catalog.renewables = buildRenewables(table(CatalogSchema.renewables))
        catalog.batteries = buildBatteries(table(CatalogSchema.batteries))
        catalog.policy = buildPolicy(table(CatalogSchema.policy))
        attachProfiles(table(CatalogSchema.profiles), to: &catalog.sites)
        checkReferences(catalog, tables: table)
        checkYears(catalog, tables: table)
        return catalog.inCanonicalOrder()
    }

    /// Reports a name that refers to nothing, with a did-you-mean when one is close.
    func unknownReference(
        _ r: RowReader, _ column: String, _ name: String, among candidates: [String], what: String,
        in target: FileSchema
    ) {
        guard !sink.brokenFiles.contains(target.name) else { return }
        let hint = Spelling.suggestion(for: name, among: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
        r.error(column, "unknown \(what) \"\(CellParsing.excerpt(name))\"\(hint)")
    }
}
