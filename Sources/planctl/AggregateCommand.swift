import ArgumentParser
import Foundation
import Planner

extension Planctl {
    /// `planctl aggregate [DIR] --representative-days K [--out FILE]`: the
    /// representative days `plan --representative-days K` would plan on, as a profiles.csv.
    struct Aggregate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Reduce a chronological profiles.csv to K representative days with weights, written as a profiles.csv.")

        @OptionGroup var input: InputOptions

        @Option(help: "Write the reduced profiles.csv here (default: standard output).")
        var out: String?

        @Flag(help: "Print nothing but errors.")
        var quiet = false

        func validate() throws {
            if input.representativeDays == nil { throw ValidationError("give --representative-days K") }
        }

        func run() throws {
            let catalog = try input.loadCatalog()
            let text = ProfilesCSV.render(catalog)
            if let out {
                try reportingOutputErrors { try OutputFile.write(text, to: out) }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            if !quiet, let days = catalog.representativeDays {
                let listed = days.representatives.map {
                    "\($0.period)×\($0.periodsRepresented)" + ($0.kind == .extreme ? " (extreme)" : "")
                }
                Terminal.error(
                    "\(days.representatives.count) representative days of \(days.periodsBefore): "
                        + listed.joined(separator: ", "))
            }
        }
    }
}
