import ArgumentParser
import Planner

extension Planctl {
    /// `planctl validate [DIR]`: read and check every catalog, change nothing.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read and check every catalog; print every problem as file:line:column.")

        @OptionGroup var input: InputOptions

        func run() throws {
            let catalog = try input.loadCatalog()
            Terminal.out(CatalogSummary.text(catalog, directory: input.directory))
        }
    }
}
