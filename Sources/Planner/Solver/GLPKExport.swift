import CGLPK

/// Why a program could not be written to a file.
public enum ExportError: Error, Sendable, CustomStringConvertible {
    /// The program would make GLPK abort, or its names are not unique.
    case invalidModel([ModelIssue])
    /// GLPK could not write the file (missing folder, no permission, full disk).
    case writeFailed(path: String)

    /// One plain sentence saying what went wrong and what to do.
    public var description: String {
        switch self {
        case .invalidModel(let issues):
            return
                "the model was not written because it has problems; the first: \(issues.first.map(String.init(describing:)) ?? "unknown")"
        case .writeFailed(let path):
            return
                "cannot write \(path): GLPK could not finish the file (disk full, or the folder is not writable); any earlier file there is unchanged"
        }
    }
}

extension GLPKSolver {
    /// Writes the program as free MPS (integer columns marked), for other solvers.
    /// GLPK stores the objective constant as the objective row's RHS with its
    /// own sign (not negated), and reads it back the same way.
    public static func writeMPS(_ program: LinearProgram, to path: String) throws(ExportError) {
        try write(program, to: path) { glp_write_mps($0, GLP_MPS_FILE, nil, $1) }
    }

    /// Writes the program in CPLEX LP format, for reading by eye or other solvers.
    /// GLPK writes the objective constant only as a comment
    /// (`\* constant term = … *\`), so a reader of the file loses it.
    public static func writeLP(_ program: LinearProgram, to path: String) throws(ExportError) {
        try write(program, to: path) { glp_write_lp($0, nil, $1) }
    }

    /// Validates, loads and hands the problem to a GLPK writer (0 = success).
    private static func write(
        _ program: LinearProgram, to path: String, using writer: (OpaquePointer, String) -> Int32
    ) throws(ExportError) {
        // A file read back by name needs every name to be unique.
        let issues = program.validationIssues() + program.duplicateNameIssues()
        guard issues.isEmpty else { throw .invalidModel(issues) }
        let code = GLPKTerminal.withOutput(log: false) {
            let problem = GLPKProblem(program)
            // Keep the owner alive until GLPK is done with its pointer.
            return withExtendedLifetime(problem) { writer(problem.pointer, path) }
        }
        guard code == 0 else { throw .writeFailed(path: path) }
    }
}
