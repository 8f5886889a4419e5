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
            let program = Planning.program(catalog)
            // Each file goes to a temporary name and is renamed into place only when
            // complete: a full disk or a kill never leaves a file cut mid-line.
            let writers: [(path: String?, write: (LinearProgram, String) throws(ExportError) -> Void)] = [
                (mps, GLPKSolver.writeMPS), (lp, GLPKSolver.writeLP),
            ]
            for (path, write) in writers {
                guard let path else { continue }
                do {
                    try reportingOutputErrors { try OutputFile.replace(path) { try write(program, $0) } }
                } catch let error as ExportError {
                    if case .writeFailed = error {
                        // GLPK named the temporary file; the user asked for `path`.
                        Terminal.error("error: \(ExportError.writeFailed(path: path).description)")
                        throw ExitStatus.cannotWrite.exit
                    }
                    Terminal.error("error: \(error.description)")
                    throw ExitStatus.solverFailed.exit
                }
            }
        }
    }
}
