/// A catalog's hourly steps as a profiles.csv that reads back to the same
/// steps: `planctl aggregate` writes the representative days this way.
public enum ProfilesCSV {
    /// The profiled sites' steps; a leading comment says which days stand for
    /// how many. Numbers use Swift's shortest exact form, so reading the file
    /// back gives bit-identical values (and the same plan).
    public static func render(_ catalog: Catalog) -> String {
        var lines: [String] = []
        if let days = catalog.representativeDays {
            let extremes = days.extremes.map(\.period)
            lines.append(
                "# \(days.representatives.count) representative days of \(days.periodsBefore), "
                    + "chosen by planctl aggregate (k-medoids over solar, wind, carbon and price).")
            if !extremes.isEmpty {
                lines.append(
                    "# Kept as extremes (each site's least renewable day): " + extremes.joined(separator: ", ") + ".")
            }
            lines.append("# The weight of each step is the number of days its day stands for.")
        }
        let profiled = catalog.representativeDays.map { Set($0.sites) }
        // The grid's carbon-free share is written only when some step has one, so
        // folders without it read and write as before.
        let withCFE = catalog.sites.contains { $0.steps.contains { $0.gridCFEFraction != 0 } }
        lines.append(
            "site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh"
                + (withCFE ? ",grid_cfe_fraction" : ""))
        for site in catalog.sites where profiled?.contains(site.id) ?? (site.steps.count > 1) {
            for step in site.steps {
                let values =
                    ProfileStep.hourlySeries.map { number(step[keyPath: $0]) }
                    + (withCFE ? [number(step.gridCFEFraction)] : [])
                lines.append(
                    ([site.id, quoted(step.period), String(step.hour), number(step.weightHours)] + values)
                        .joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Shortest text that parses back to exactly `value`.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// A period label, quoted only when CSV needs it.
    private static func quoted(_ label: String) -> String {
        guard label.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "#" }) else {
            return label
        }
        return "\"" + label.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
