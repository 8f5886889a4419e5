/// What one active limit is worth, found by planning again with it moved a
/// step each way (whole-number choices re-optimised, unlike the LP duals).
public struct LimitValue: Sendable, Equatable {
    /// Which limit: `racks`, `grid_mw`, `water_m3`, `supply_nodes`, `carbon_cap_t`, `cfe_floor`, `capex_budget_usd`.
    public var limit: String
    /// Site or server id; nil for a policy limit.
    public var subject: String?
    /// The limit as the catalog gives it, in its own unit.
    public var value: Double
    /// The step each way, as a fraction of the limit (0.1: 10 %).
    public var step: Double
    /// Change of the plan's cost (USD/yr) with the limit relaxed by the step; nil when no plan came back in time.
    public var relaxedDeltaUSDPerYr: Double?
    /// Change of the plan's cost (USD/yr) with the limit tightened by the step; nil when no plan came back.
    public var tightenedDeltaUSDPerYr: Double?
    /// Whether the tightened limit leaves no plan at all (proven infeasible).
    public var tightenedIsInfeasible: Bool
    /// The largest cost change the plans' own gaps allow (USD/yr): smaller deltas are not the limit's.
    public var toleranceUSDPerYr: Double
}
