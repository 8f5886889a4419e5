/// Which site each column belongs to: every column of the planning MIP is one
/// site's (its opening, build, runs' homes there and hourly energy), which is
/// what lets the searches split or restrict the model by site.
extension PlanModel {
    /// The site index of every column, from the model's index; nil if a column has none.
    func siteOfColumn() -> [Int]? {
        var site = [Int?](repeating: nil, count: program.columns.count)
        func mark(_ column: LinearProgram.ColumnID?, _ s: Int) { if let column { site[column.index] = s } }
        for s in index.openable {
            mark(index.siteOpen[s], s)
            mark(index.facilityLoad[s], s)
            mark(index.heatSold[s], s)
            for column in (index.storageUnits[s] ?? []) + (index.batteryMWh[s] ?? []) + (index.batteryMW[s] ?? []) {
                mark(column, s)
            }
            for step in index.steps[s] ?? [] {
                for j in step.columnIndices { site[j] = s }
            }
        }
        for (placement, column) in index.nodes { mark(column, placement.site) }
        for (placement, columns) in index.running {
            for column in columns { mark(column, placement.site) }
        }
        for (a, column) in index.assigned { mark(column, a.site) }
        for (a, column) in index.workShare { mark(column, a.site) }
        for (v, column) in index.offerMW {
            guard let s = catalog.siteIndex(catalog.renewables[v].site) else { return nil }
            mark(column, s)
        }
        guard site.allSatisfy({ $0 != nil }) else { return nil }
        return site.map { $0! }
    }
}
