import ArgumentParser
import Planner

extension Planctl {
    /// `planctl export [DIR] --mps FILE | --lp FILE`: the model `plan` solves, for another solver.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the planning model as free MPS or CPLEX LP for another solver.")

        @OptionGroup var input: InputOptions

        @Option(help: "Write free MPS to this file.")
        var mps: String?

        @Option(help: "Write CPLEX LP to this file.")
        var lp: String?

        func validate() throws {
            if mps == nil && lp == nil { throw ValidationError("give --mps FILE or --lp FILE") }
        }

        func run() throws {
            let interrupt = InterruptHandler()
            try reportingOutputErrors {
                for path in [mps, lp].compactMap({ $0 }) { try OutputFile.preflight(path) }
            }
            let catalog = try input.loadCatalog()
            try interrupt.checkpoint()
            let model = PlanModel(catalog: catalog)
            do {
                if let mps { try GLPKSolver.writeMPS(model.program, to: mps) }
                if let lp { try GLPKSolver.writeLP(model.program, to: lp) }
            } catch {
                Terminal.error("error: \(error.description)")
                if case .writeFailed = error { throw ExitStatus.cannotWrite.exit }
                throw ExitStatus.solverFailed.exit
            }
        }
    }
}
