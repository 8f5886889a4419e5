extension Catalog {
    /// The catalog with every row-per-id table ordered by id.
    ///
    /// The model, its column order and GLPK's search all follow catalog order,
    /// so rows written in another order would otherwise give another branch and
    /// bound and, within the gap, another plan. Ordered by id, moving rows
    /// around in a file changes neither the plan nor a report (docs/inputs.md).
    /// Ids are unique per file (checked before), so the order is total.
    func inCanonicalOrder() -> Catalog {
        var ordered = self
        ordered.sites.sort { $0.id < $1.id }
        ordered.servers.sort { $0.id < $1.id }
        ordered.cooling.sort { $0.id < $1.id }
        ordered.storage.sort { $0.id < $1.id }
        ordered.workloads.sort { $0.id < $1.id }
        ordered.renewables.sort { $0.id < $1.id }
        ordered.batteries.sort { $0.id < $1.id }
        return ordered
    }
}
