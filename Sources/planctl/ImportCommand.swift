import ArgumentParser
import Planner

extension Planctl {
    /// `planctl import SOURCE FILE --site S [DIR]`: one downloaded hourly series into a site's
    /// chronological profile in DIR/profiles.csv (audit-import.md).
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Merge a downloaded hourly series (renewables.ninja, Electricity Maps, any CSV) into profiles.csv.",
            discussion: """
                renewables-ninja --technology solar|wind [--capacity-kw KW]: capacity factor = electricity ÷ capacity.
                electricity-maps [--lifecycle] [--cfe]: grid_carbon_kg_per_mwh (and grid_cfe_fraction).
                series --time-column C --value-column V --to COLUMN [--scale F]: COLUMN = value × F.
                One calendar year (UTC) per file; Feb 29 is dropped; gaps of up to 3 hours are interpolated.
                """)

        /// The kinds of download planctl reads.
        enum Source: String, ExpressibleByArgument, CaseIterable {
            case renewablesNinja = "renewables-ninja"
            case electricityMaps = "electricity-maps"
            case series
        }

        @Argument(help: "renewables-ninja, electricity-maps or series.")
        var source: Source

        @Argument(help: "The downloaded CSV file.")
        var file: String

        @Option(help: "The site (an id of sites.csv) whose hours are written.")
        var site: String

        @Argument(help: "The folder of catalog CSV files.")
        var directory: String = "inputs"

        @Option(help: "renewables-ninja: solar or wind (fills solar_cf or wind_cf).")
        var technology: String?

        @Option(
            name: .customLong("capacity-kw"), help: "renewables-ninja: the capacity in kW, when the metadata has none.")
        var capacityKW: Double?

        @Flag(help: "electricity-maps: life-cycle carbon intensity instead of direct.")
        var lifecycle = false

        @Flag(help: "electricity-maps: also write grid_cfe_fraction from the low-carbon percentage.")
        var cfe = false

        @Option(name: .customLong("time-column"), help: "series: the timestamp column's name.")
        var timeColumn: String?

        @Option(name: .customLong("value-column"), help: "series: the value column's name.")
        var valueColumn: String?

        @Option(help: "series: the profiles.csv column to fill.")
        var to: String?

        @Option(help: "series: multiply each value by this factor.")
        var scale: Double?

        @Flag(help: "Print nothing but errors and warnings.")
        var quiet = false

        func validate() throws {
            var misplaced: [String] = []
            if source != .renewablesNinja {
                if technology != nil { misplaced.append("--technology") }
                if capacityKW != nil { misplaced.append("--capacity-kw") }
            }
            if source != .electricityMaps {
                if lifecycle { misplaced.append("--lifecycle") }
                if cfe { misplaced.append("--cfe") }
            }
            if source != .series {
                for (name, given) in [
                    ("--time-column", timeColumn != nil), ("--value-column", valueColumn != nil), ("--to", to != nil),
                    ("--scale", scale != nil),
                ] where given {
                    misplaced.append(name)
                }
            }
            if !misplaced.isEmpty {
                let verb = misplaced.count == 1 ? "does" : "do"
                throw ValidationError("\(misplaced.joined(separator: ", ")) \(verb) not apply to \(source.rawValue)")
            }
            switch source {
            case .renewablesNinja:
                guard let technology, ImportSource.Technology(rawValue: technology) != nil else {
                    throw ValidationError("renewables-ninja needs --technology solar or --technology wind")
                }
                if let capacityKW, !(capacityKW > 0 && capacityKW.isFinite) {
                    throw ValidationError("--capacity-kw must be more than 0")
                }
            case .electricityMaps:
                break
            case .series:
                guard timeColumn != nil, valueColumn != nil, let to else {
                    throw ValidationError("series needs --time-column, --value-column and --to")
                }
                guard ProfileColumn(rawValue: to) != nil else {
                    let names = ProfileColumn.allCases.map(\.name).joined(separator: ", ")
                    throw ValidationError("--to \(to): give one of the profiles.csv columns \(names)")
                }
                if let scale, !scale.isFinite { throw ValidationError("--scale must be a finite number") }
            }
        }

        func run() throws {
            let outcome = ProfileImport.run(
                ProfileImport.Request(source: importSource, file: file, site: site, directory: directory))
            DiagnosticPrinter.print(outcome.diagnostics)
            guard let text = outcome.profilesText else {
                let count = outcome.diagnostics.errors.count
                Terminal.error("\(count) error\(count == 1 ? "" : "s"); nothing was imported")
                throw ExitStatus.inputError.exit
            }
            try reportingOutputErrors { try OutputFile.write(text, to: outcome.profilesPath) }
            if !quiet {
                for note in outcome.notes { Terminal.error(note) }
                Terminal.out(outcome.summary)
            }
        }

        /// The flags as the library's source value (validate() has checked them).
        private var importSource: ImportSource {
            switch source {
            case .renewablesNinja:
                return .renewablesNinja(
                    technology: ImportSource.Technology(rawValue: technology ?? "") ?? .solar, capacityKW: capacityKW)
            case .electricityMaps:
                return .electricityMaps(lifecycle: lifecycle, cfe: cfe)
            case .series:
                return .series(
                    timeColumn: timeColumn ?? "", valueColumn: valueColumn ?? "",
                    to: ProfileColumn(rawValue: to ?? "") ?? .gridPriceUSDPerMWh, scale: scale ?? 1)
            }
        }
    }
}
