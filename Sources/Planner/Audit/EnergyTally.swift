/// Metered and planned energy summed over some intervals of one site (or of every site).
public struct EnergyTally: Sendable, Equatable {
    /// Intervals summed.
    public var intervals = 0
    /// Metered hours (h).
    public var hours = 0
    /// IT energy (MWh).
    public var itMWh = 0.0
    /// Facility energy behind the utility meter (MWh).
    public var facilityMWh = 0.0
    /// On-site renewable energy used (MWh).
    public var onsiteMWh = 0.0
    /// Grid energy: facility − on-site (MWh).
    public var gridMWh = 0.0
    /// Grid energy matched by the plan's PPAs, interval by interval (MWh).
    public var ppaMatchedMWh = 0.0
    /// Grid energy neither matched nor carbon-free in the grid mix (MWh).
    public var fossilMWh = 0.0
    /// Location-based carbon of the grid energy (tCO2e).
    public var gridCarbonT = 0.0
    /// The plan's facility load times the metered hours (MWh).
    public var plannedFacilityMWh = 0.0
    /// Facility energy above the plan's PUE × the metered IT energy (MWh; negative when below).
    public var excessMWh = 0.0
    /// Water drawn, over the intervals that read it (m³).
    public var waterM3 = 0.0
    /// Hours of the intervals that read water (h).
    public var waterHours = 0

    /// Nothing summed yet.
    public init() {}

    /// Metered PUE: facility ÷ IT; nil without IT energy.
    public var pue: Double? { itMWh > 0 ? facilityMWh / itMWh : nil }

    /// Carbon-free share of the facility energy: 1 − fossil ÷ facility; nil without energy.
    public var cfeFraction: Double? { facilityMWh > 0 ? 1 - fossilMWh / facilityMWh : nil }

    /// Adds another tally's sums.
    public mutating func add(_ other: EnergyTally) {
        intervals += other.intervals
        hours += other.hours
        itMWh += other.itMWh
        facilityMWh += other.facilityMWh
        onsiteMWh += other.onsiteMWh
        gridMWh += other.gridMWh
        ppaMatchedMWh += other.ppaMatchedMWh
        fossilMWh += other.fossilMWh
        gridCarbonT += other.gridCarbonT
        plannedFacilityMWh += other.plannedFacilityMWh
        excessMWh += other.excessMWh
        waterM3 += other.waterM3
        waterHours += other.waterHours
    }
}
