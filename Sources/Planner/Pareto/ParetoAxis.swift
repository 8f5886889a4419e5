extension ParetoFront {
    /// What the ε-constraint bounds: total carbon (a cap, tCO2e/yr) or the carbon-free
    /// share of facility energy (a floor, policy.csv's `min_cfe_fraction`).
    public enum Axis: String, Sendable, CaseIterable {
        /// Caps on tCO2e/yr from the cheapest plan's carbon down to the least reachable.
        case carbon
        /// Floors on the carbon-free share from the cheapest plan's up to the highest reachable.
        case cfe

        /// Why this axis cannot trace `catalog`'s front; nil when it can.
        public func problem(for catalog: Catalog) -> String? {
            guard self == .cfe, catalog.horizonYears > 1 else { return nil }
            return "--axis cfe traces one-year plans; these inputs plan \(catalog.horizonYears) years "
                + "(horizon_years in policy.csv), where the carbon-free floor holds in each year on its own; "
                + "use --axis carbon, or set horizon_years to 1"
        }
    }

    /// `catalog` with the axis bounded at `bound` (nil: as it is): carbon capped at
    /// `bound` tCO2e/yr, or the carbon-free share held at `bound` or above.
    static func catalog(_ catalog: Catalog, axis: Axis, at bound: Double?) -> Catalog {
        switch axis {
        case .carbon: return Self.catalog(catalog, cappedAt: bound)
        case .cfe:
            guard let bound else { return catalog }
            var floored = catalog
            floored.policy.minCFEFraction = max(bound, catalog.policy.minCFEFraction ?? 0)
            return floored
        }
    }
}
