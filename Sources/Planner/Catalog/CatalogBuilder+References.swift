/// Checks that cross files: unique ids, references, list entries and site/cooling pairs.
extension CatalogBuilder {
    func checkReferences(_ catalog: Catalog, tables table: (FileSchema) -> CatalogTable) {
        let siteRows = rows(of: table(CatalogSchema.sites))
        let serverRows = rows(of: table(CatalogSchema.servers))
        let coolingRows = rows(of: table(CatalogSchema.cooling))
        let workloadRows = rows(of: table(CatalogSchema.workloads))
        let renewableRows = rows(of: table(CatalogSchema.renewables))
        checkUnique(siteRows)
        checkUnique(serverRows)
        checkUnique(coolingRows)
        checkUnique(rows(of: table(CatalogSchema.storage)))
        checkUnique(workloadRows)
        checkUnique(renewableRows)
        checkUnique(rows(of: table(CatalogSchema.batteries)))

        let kinds = written(coolingRows, "kind")
        for (server, r) in zip(catalog.servers, serverRows) {
            for kind in server.coolingKinds where !kinds.contains(kind) {
                unknownReference(
                    r, "cooling_kinds", kind, among: kinds, what: "cooling kind", in: CatalogSchema.cooling)
            }
        }
        let regions = unique(catalog.sites.map(\.region))
        let serverIDs = written(serverRows, "id")
        for (workload, r) in zip(catalog.workloads, workloadRows) {
            for region in workload.allowedRegions where !regions.contains(region) {
                unknownReference(r, "allowed_regions", region, among: regions, what: "region", in: CatalogSchema.sites)
            }
            for server in workload.allowedServers where !serverIDs.contains(server) {
                unknownReference(
                    r, "allowed_servers", server, among: serverIDs, what: "server", in: CatalogSchema.servers)
            }
        }
        let siteIDs = written(siteRows, "id")
        for (offer, r) in zip(catalog.renewables, renewableRows)
        where !offer.site.isEmpty && !siteIDs.contains(offer.site) {
            unknownReference(r, "site", offer.site, among: siteIDs, what: "site", in: CatalogSchema.sites)
        }
        checkWorkScale(catalog, workloads: workloadRows, servers: serverRows)
        let pairsReadable = !sink.brokenFiles.contains("sites") && !sink.brokenFiles.contains("cooling")
        for (site, r) in zip(catalog.sites, siteRows) where pairsReadable {
            // pue < 1 was already reported (0 stands in for it); the tolerance lets 1.2 + -0.2 pass.
            for (cooling, c) in zip(catalog.cooling, coolingRows)
            where cooling.pue >= 1 && cooling.pue + site.pueAdder < 1 - 1e-9 {
                r.error(
                    "pue_adder",
                    "\(NumberText.plain(site.pueAdder)) takes cooling \(cooling.id) (pue \(NumberText.plain(cooling.pue)), \(c.file):\(c.line)) below a PUE of 1"
                )
            }
        }
    }

    /// Reports every id that repeats an earlier row's id.
    private func checkUnique(_ readers: [RowReader]) {
        var firstLine: [String: Int] = [:]
        for r in readers {
            guard let id = r.cell("id")?.text, !id.isEmpty else { continue }
            if let line = firstLine[id] {
                r.error("id", "duplicate id \"\(CellParsing.excerpt(id))\" (first on line \(line))")
            } else {
                firstLine[id] = r.line
            }
        }
    }

    /// The names a column holds as written, malformed ones included, so that a reference to a
    /// malformed id is reported once, at the id, and not again as unknown.
    private func written(_ readers: [RowReader], _ column: String) -> [String] {
        unique(readers.compactMap { $0.cell(column)?.text })
    }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
