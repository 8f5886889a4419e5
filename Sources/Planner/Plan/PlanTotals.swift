/// A plan's annual totals, summed from its sites: every cost term and the
/// objective, energy by source, carbon and the carbon-free share.
public struct PlanTotals: Sendable {
    /// Annual cost, the sum of every cost term (USD/yr).
    public var objectiveUSDPerYr: Double
    /// Every cost term in cli.md's order (USD/yr).
    public var costs: [(term: CostTerm, usdPerYr: Double)]
    /// Operational and embodied carbon of every site together (tCO2e/yr).
    public var carbon: CarbonTotals
    /// Energy by source summed over every site (MWh/yr).
    public var energy: EnergyTotals
    /// 1 − grid energy neither matched by a PPA in the same hour nor carbon-free in the grid's mix ÷ facility energy.
    public var cfeFraction: Double

    init(sites: [SitePlan]) {
        costs = CostTerm.allCases.map { term in
            (term, sites.reduce(0.0) { sum, site in sum + (site.costs.first { $0.term == term }?.usdPerYr ?? 0) })
        }
        objectiveUSDPerYr = costs.reduce(0) { $0 + $1.usdPerYr }
        energy = sites.reduce(EnergyTotals.zero) { $0 + $1.energy }
        carbon = CarbonTotals(
            operationalT: sites.reduce(0) { $0 + $1.carbon.operationalT },
            embodiedT: sites.reduce(0) { $0 + $1.carbon.embodiedT })
        cfeFraction = energy.cfeFraction
    }

    /// One cost term (USD/yr).
    public func cost(_ term: CostTerm) -> Double {
        costs.first { $0.term == term }?.usdPerYr ?? 0
    }
}
