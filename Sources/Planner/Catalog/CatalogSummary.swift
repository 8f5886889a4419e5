import Foundation

/// The one-screen summary `planctl validate` prints for a valid folder.
public enum CatalogSummary {
    /// The summary of a valid catalog read from `directory`: counts, total compute, candidate sites.
    public static func text(_ catalog: Catalog, directory: String) -> String {
        var lines: [String] = []
        let scenario = catalog.scenario.map { " (scenario \($0))" } ?? ""
        lines.append("\(directory): inputs are valid\(scenario)")
        let steps = catalog.sites.reduce(0) { $0 + $1.steps.count }
        lines.append(
            "  \(catalog.sites.count) sites, \(catalog.servers.count) server types, \(catalog.cooling.count) cooling systems, \(catalog.storage.count) storage units"
        )
        lines.append(
            "  \(catalog.workloads.count) workloads, \(catalog.renewables.count) renewable offers, \(catalog.batteries.count) battery types, \(steps) hourly steps"
        )
        let totalFLOPs = catalog.workloads.reduce(0) { $0 + $1.flops }
        lines.append("  total training compute: \(scientific(totalFLOPs)) FLOP")
        if let earliest = catalog.workloads.map(\.deadlineDays).min() {
            lines.append("  earliest deadline: day \(NumberText.plain(earliest))")
        }
        let candidates = catalog.sites.filter { $0.riskScore <= catalog.policy.maxRiskScore }
        lines.append("  candidate sites (\(candidates.count) of \(catalog.sites.count)):")
        for site in candidates {
            lines.append(
                "    \(site.id)  region \(site.region), \(NumberText.plain(site.maxRacks)) racks, \(NumberText.plain(site.gridCapacityMW)) MW grid, \(NumberText.plain(site.gridCarbonKgPerMWh)) kg/MWh, \(site.steps.count) steps"
            )
        }
        if let days = catalog.representativeDays {
            let extremes = days.extremes.count
            lines.append(
                "  profiles: \(days.representatives.count) representative days of \(days.periodsBefore) "
                    + "(\(extremes) kept as extremes)")
        }
        if !catalog.scenarioNames.isEmpty {
            lines.append("  scenarios: " + catalog.scenarioNames.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// `3.15e+23` style, three significant digits.
    static func scientific(_ value: Double) -> String {
        guard value != 0 else { return "0" }
        let exponent = Int(log10(abs(value)).rounded(.down))
        let mantissa = value / pow(10, Double(exponent))
        return String(format: "%.2fe%d", mantissa, exponent)
    }
}
