/// The columns that hold for the whole year rather than one hourly step: what
/// is built or contracted, and where each run goes and how much of it.
///
/// Two models of the same catalog on different steps (representative days and
/// the chronological year) share these keys, so a build chosen on one can be
/// fixed in the other key by key, never by column name.
extension ModelIndex {
    /// One whole-year decision, in the catalog's indices.
    public enum Decision: Hashable, Sendable {
        /// o_s: site `site` opens.
        case siteOpen(site: Int)
        /// n: nodes of one placement.
        case nodes(Placement)
        /// Storage units of type `unit` at `site`.
        case storage(site: Int, unit: Int)
        /// Battery energy capacity (MWh) of type `battery` at `site`.
        case batteryMWh(site: Int, battery: Int)
        /// Battery power capacity (MW) of type `battery` at `site`.
        case batteryMW(site: Int, battery: Int)
        /// Heat sold (MW, flat) at `site`.
        case heatSold(site: Int)
        /// Capacity (MW) taken of renewable offer `offer`.
        case offerMW(offer: Int)
        /// z: the run lives at this assignment.
        case assigned(Assignment)
        /// The share of the run's work done at this assignment.
        case workShare(Assignment)
    }

    /// Every whole-year decision with its column, in column order.
    public var decisionColumns: [(decision: Decision, column: LinearProgram.ColumnID)] {
        var columns: [(Decision, LinearProgram.ColumnID)] = []
        for (s, column) in siteOpen { columns.append((.siteOpen(site: s), column)) }
        for (placement, column) in nodes { columns.append((.nodes(placement), column)) }
        for (s, units) in storageUnits {
            for (k, column) in units.enumerated() { columns.append((.storage(site: s, unit: k), column)) }
        }
        for (s, batteries) in batteryMWh {
            for (b, column) in batteries.enumerated() { columns.append((.batteryMWh(site: s, battery: b), column)) }
        }
        for (s, batteries) in batteryMW {
            for (b, column) in batteries.enumerated() { columns.append((.batteryMW(site: s, battery: b), column)) }
        }
        for (s, column) in heatSold { columns.append((.heatSold(site: s), column)) }
        for (v, column) in offerMW { columns.append((.offerMW(offer: v), column)) }
        for (a, column) in assigned { columns.append((.assigned(a), column)) }
        for (a, column) in workShare { columns.append((.workShare(a), column)) }
        return columns.sorted { $0.1.index < $1.1.index }
    }
}
