/// The buyer's note of a bill-of-materials line (bom.csv and plan.md).
public enum PurchaseText {
    /// One short note: supply limits, sizing, contract terms.
    public static func note(_ note: PurchaseNote) -> String {
        switch note {
        case .server(let accelerators, let planned, let maxNodes, let year):
            let perNode = "\(accelerators) accelerators per node"
            guard let planned, let maxNodes else { return perNode }
            guard let year else {
                return perNode
                    + "; supply-limited: \(NumberText.plain(planned)) of max_nodes \(maxNodes) across all sites"
            }
            return perNode
                + "; supply-limited: \(NumberText.plain(planned)) bought in \(year) of max_nodes \(maxNodes) "
                + "deliverable a year across all sites"
        case .cooling(let kind, let peakITKW, let redundancy):
            return
                "\(kind) cooling for \(Markdown.number(peakITKW)) kW peak IT × \(NumberText.plain(redundancy)) redundancy"
        case .storage(let capacityTB, let throughputGbps):
            return "\(Markdown.number(capacityTB, decimals: capacityTB < 100 ? 1 : 0)) TB, "
                + "\(Markdown.number(throughputGbps)) GB/s each"
        case .electrical(let redundancy):
            return "UPS and switchgear: peak IT × \(NumberText.plain(redundancy)) power redundancy"
        case .site:
            return "land and shell, one-off"
        case .onsite(let fixedOM):
            return "built and owned; O&M \(Markdown.number(fixedOM)) USD/MW·yr"
        case .ppa(let price):
            return "virtual PPA at \(NumberText.plain(price)) USD/MWh: a contract, not a purchase"
        case .batteryEnergy(let hours, let efficiency):
            let duration = hours.map { " (\(NumberText.plain(($0 * 10).rounded() / 10)) h)" } ?? ""
            return "cells\(duration), \(NumberText.plain(efficiency * 100)) % round trip"
        case .batteryPower:
            return "inverters and grid connection of the battery"
        }
    }
}
