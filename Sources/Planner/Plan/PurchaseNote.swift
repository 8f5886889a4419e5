/// What a buyer needs to know about one bill-of-materials line, as figures;
/// Reports turns it into the note (`PurchaseText`).
public enum PurchaseNote: Sendable, Equatable {
    /// Accelerators per node; for a supply-limited server, the nodes the whole plan takes of `max_nodes`.
    /// In a horizon's year, `max_nodes` bounds each year's deliveries (horizon.md):
    /// `plannedNodes` are then the nodes bought in `deliveredIn`, that year's label.
    case server(acceleratorsPerNode: Int, plannedNodes: Double?, maxNodes: Int?, deliveredIn: String? = nil)
    /// Cooling of `kind` for `peakITKW` of peak IT at a redundancy factor.
    case cooling(kind: String, peakITKW: Double, redundancy: Double)
    /// Storage units of `capacityTB` and `throughputGbps` each.
    case storage(capacityTB: Double, throughputGbps: Double)
    /// UPS and switchgear sized at peak IT × `redundancy`.
    case electrical(redundancy: Double)
    /// Land and shell, paid once.
    case site
    /// On-site renewables, built and owned, with their O&M in USD/MW·yr.
    case onsite(fixedOMUSDPerMWYr: Double)
    /// A virtual PPA at `priceUSDPerMWh`: a contract, not a purchase.
    case ppa(priceUSDPerMWh: Double)
    /// Battery cells: hours of storage at full power (nil without power) and round-trip efficiency (fraction).
    case batteryEnergy(hours: Double?, roundTripEfficiency: Double)
    /// Battery inverters and grid connection.
    case batteryPower

}
