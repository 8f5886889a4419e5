/// Reads profiles.csv into each site's hourly steps.
extension CatalogBuilder {
    /// Fills `sites[i].steps`: profile rows where given, else one `year` step of annual values.
    func attachProfiles(_ table: CatalogTable, to sites: inout [Site]) {
        var rowsBySite: [String: [RowReader]] = [:]
        var siteOrder: [String] = []
        let known = Set(sites.map(\.id))
        for r in rows(of: table) {
            let site = r.id("site")
            guard !site.isEmpty else { continue }
            guard known.contains(site) else {
                unknownReference(r, "site", site, among: sites.map(\.id), what: "site", in: CatalogSchema.sites)
                continue
            }
            if rowsBySite[site] == nil { siteOrder.append(site) }
            rowsBySite[site, default: []].append(r)
        }
        for index in sites.indices {
            if let profileRows = rowsBySite[sites[index].id] {
                sites[index].steps = steps(from: profileRows, site: sites[index], table: table)
            } else {
                sites[index].steps = [sites[index].annualStep]
            }
        }
    }

    /// One site's steps, ordered by period (first appearance) then hour; checks hours and weights.
    private func steps(from rows: [RowReader], site: Site, table: CatalogTable) -> [ProfileStep] {
        var periods: [String] = []
        // Row positions, not RowReader copies: each copy retains the whole table (100k+ rows).
        var byPeriod: [String: [(hour: Int, row: Int, step: ProfileStep)]] = [:]
        var weightSum = 0.0
        for (position, r) in rows.enumerated() {
            let period = r.text("period")
            let hour = Int(r.number("hour"))
            let step = ProfileStep(
                period: period, hour: hour, weightHours: r.number("weight"),
                solarCF: r.optionalNumber("solar_cf") ?? site.solarCF,
                windCF: r.optionalNumber("wind_cf") ?? site.windCF,
                gridCarbonKgPerMWh: r.optionalNumber("grid_carbon_kg_per_mwh") ?? site.gridCarbonKgPerMWh,
                gridPriceUSDPerMWh: r.optionalNumber("grid_price_usd_per_mwh") ?? site.gridPriceUSDPerMWh,
                gridCFEFraction: r.optionalNumber("grid_cfe_fraction") ?? site.gridCFEFraction)
            weightSum += step.weightHours
            if byPeriod[period] == nil { periods.append(period) }
            byPeriod[period, default: []].append((hour, position, step))
        }
        var ordered: [ProfileStep] = []
        for period in periods {
            let entries = byPeriod[period]!.sorted { $0.hour < $1.hour }
            var seen = Set<Int>()
            for entry in entries where !seen.insert(entry.hour).inserted {
                rows[entry.row].error(
                    "hour",
                    "hour \(entry.hour) of period \"\(CellParsing.excerpt(period))\" at site \(site.id) appears twice")
            }
            if let missing = (0..<entries.count).first(where: { !seen.contains($0) }) {
                let at = entries.first { $0.hour > missing } ?? entries.last!
                rows[at.row].error(
                    "hour",
                    "period \"\(CellParsing.excerpt(period))\" at site \(site.id) has no hour \(missing): hours must run 0..\(entries.count - 1) without gaps"
                )
            }
            ordered.append(contentsOf: entries.map(\.step))
        }
        if abs(weightSum - 8760) > 8.76 {
            let first = rows[0]
            sink.error(
                first.file, first.position("weight"),
                "weights of site \(site.id) sum to \(NumberText.plain(weightSum)) hours; they must sum to 8760 (±0.1 %)"
            )
        }
        return ordered
    }
}
