/// The two sides of the carbon-free share (row 19), shared by the floor row and by
/// `pareto --axis cfe`, which maximises the share itself.
extension ModelIndex {
    /// One open-able site's part of the share: its fossil MWh/yr and its facility energy.
    struct CarbonFreePart {
        /// (grid draw, +fossil weight) and (PPA-matched draw, −fossil weight) of every step,
        /// in step order: W · (1 − the grid's carbon-free share) MWh per MW.
        var fossilTerms: [(Column, Double)]
        /// The site's facility load (MW), a defined column.
        var facilityLoad: Column
        /// Hours the site's steps stand for (8760 for a full year).
        var hours: Double
    }

    /// Each open-able site's part, in site order; the share is 1 − Σ fossil ÷ Σ hours · load.
    func carbonFreeParts(_ catalog: Catalog) -> [CarbonFreePart] {
        openable.map { s in
            let site = catalog.sites[s]
            var terms: [(Column, Double)] = []
            for (t, step) in site.steps.enumerated() {
                let columns = steps[s]![t]
                // Grid energy counts as carbon-free in the share of the mix that is (24/7 CFE).
                let fossil = step.weightHours * (1 - step.gridCFEFraction)
                terms.append((columns.grid, fossil))
                if let matched = columns.ppaMatched { terms.append((matched, -fossil)) }
            }
            let hours = site.steps.reduce(0) { $0 + $1.weightHours }
            return CarbonFreePart(fossilTerms: terms, facilityLoad: facilityLoad[s]!, hours: hours)
        }
    }

    /// Σ fossil MWh/yr and Σ facility MWh/yr over the open-able sites.
    func carbonFreeShareSides(_ catalog: Catalog) -> (fossilMWh: LinearExpression, facilityMWh: LinearExpression) {
        var fossil = LinearExpression()
        var facility = LinearExpression()
        for part in carbonFreeParts(catalog) {
            for (column, weight) in part.fossilTerms { fossil.add(column, weight) }
            facility.add(part.facilityLoad, part.hours)
        }
        return (fossil, facility)
    }
}
