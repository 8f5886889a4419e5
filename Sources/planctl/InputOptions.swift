import ArgumentParser
import Planner

/// The input folder and scenario every subcommand that reads catalogs takes.
struct InputOptions: ParsableArguments {
    @Argument(help: "The folder of catalog CSV files.")
    var directory: String = "inputs"

    @Option(help: "Apply this scenario of scenarios.csv on top of the base catalogs.")
    var scenario: String?

    /// Loads the catalogs, printing every diagnostic; throws exit code 1 on any error.
    func loadCatalog() throws -> Catalog {
        let outcome = CatalogLoader.load(directory: directory, scenario: scenario)
        DiagnosticPrinter.print(outcome.diagnostics)
        guard let catalog = outcome.catalog else {
            let count = outcome.diagnostics.errors.count
            Terminal.error("\(count) error\(count == 1 ? "" : "s") in \(directory); nothing was solved")
            throw ExitCode(1)
        }
        return catalog
    }
}
