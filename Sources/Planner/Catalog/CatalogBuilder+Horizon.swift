/// Checks of the horizon's year columns against policy.csv's `horizon_years` (horizon.md).
extension CatalogBuilder {
    func checkYears(_ catalog: Catalog, tables table: (FileSchema) -> CatalogTable) {
        let horizon = catalog.policy.horizonYears
        /// A year past the horizon; an unreadable cell was reported already and reads 0.
        func checkWithinHorizon(_ r: RowReader, _ column: String, _ year: Int?) {
            guard let year, year > horizon else { return }
            r.error(column, "\(year) is after the horizon's last year (horizon_years \(horizon) in policy.csv)")
        }
        for (site, r) in zip(catalog.sites, rows(of: table(CatalogSchema.sites))) {
            checkWithinHorizon(r, "first_year", site.firstYear)
        }
        for (server, r) in zip(catalog.servers, rows(of: table(CatalogSchema.servers))) {
            checkWithinHorizon(r, "first_year", server.firstYear)
            checkWithinHorizon(r, "last_year", server.lastYear)
            if let last = server.lastYear, last >= 1, server.firstYear > last {
                r.error("first_year", "\(server.firstYear) is after last_year \(last): no year to buy this server in")
            }
        }
        for (workload, r) in zip(catalog.workloads, rows(of: table(CatalogSchema.workloads))) {
            checkWithinHorizon(r, "year", workload.year)
        }
        for (offer, r) in zip(catalog.renewables, rows(of: table(CatalogSchema.renewables))) {
            checkWithinHorizon(r, "first_year", offer.firstYear)
        }
    }
}
