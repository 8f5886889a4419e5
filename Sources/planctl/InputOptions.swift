import ArgumentParser
import Planner

/// The input folder and scenario every subcommand that reads catalogs takes.
struct InputOptions: ParsableArguments {
    @Argument(help: "The folder of catalog CSV files.")
    var directory: String = "inputs"

    @Option(help: "Apply this scenario (scenarios.csv or a scenarios/NAME/ folder) on top of the base catalogs.")
    var scenario: String?

    @OptionGroup var days: RepresentativeDaysOption

    var representativeDays: Int? { days.count }

    /// With `--scenario`, the base catalogs it edits (on the same representative
    /// days), read without printing their diagnostics again; nil without a
    /// scenario or when they do not load.
    func loadBase() -> Catalog? {
        guard scenario != nil, let base = CatalogLoader.load(directory: directory).catalog else { return nil }
        guard let representativeDays else { return base }
        return try? RepresentativeDays.aggregate(base, days: representativeDays).0
    }

    /// Loads the catalogs, printing every diagnostic; throws exit code 1 on any error.
    /// With `--representative-days`, the catalog comes back on those days.
    func loadCatalog() throws -> Catalog {
        try loadCatalogs().planning
    }

    /// The catalog to plan on and the one read from the folder (the full
    /// year), which differ only with `--representative-days`.
    func loadCatalogs() throws -> (planning: Catalog, asRead: Catalog) {
        let outcome = CatalogLoader.load(directory: directory, scenario: scenario)
        DiagnosticPrinter.print(outcome.diagnostics)
        guard let catalog = outcome.catalog else {
            let count = outcome.diagnostics.errors.count
            Terminal.error("\(count) error\(count == 1 ? "" : "s") in \(directory); nothing was solved")
            throw ExitStatus.inputError.exit
        }
        guard let representativeDays else { return (catalog, catalog) }
        do {
            return (try RepresentativeDays.aggregate(catalog, days: representativeDays).0, catalog)
        } catch {
            Terminal.error("error: \(directory)/profiles.csv: \(error.description)")
            throw ExitStatus.inputError.exit
        }
    }
}
