import CGLPK
import Foundation
import Testing

@testable import Planner

/// MPS and LP files written by planctl must read back, through GLPK's own
/// readers, to the same optimum.
@Suite("MPS and LP export")
struct ExportTests {
    /// Every bound type (FR, LO, UP, DB, FX), binaries, a general integer and a constant.
    /// Optimum: the knapsack picks b, c, d (21); a = 0 so the range row needs e ≥ 1,
    /// and e's own lower bound is 1 → e = f = 1 (0.5); g ≥ 1 → g = 1 (1).
    /// 100 − 21 + 0.5 + 1 = 80.5. Taking a and b instead: 100 − 19 + 0.5 + 1 = 82.5.
    static func mixedProgram() -> LinearProgram {
        var program = smallKnapsack(objectiveConstant: 100)
        let a = LinearProgram.ColumnID(index: 0)
        let e = program.addColumn("e", lower: 1, upper: 3, cost: 0.5)
        let f = program.addColumn("f[free]", lower: -.infinity, upper: .infinity)
        let g = program.addColumn("g", lower: 0, upper: 4, cost: 1, isInteger: true)
        program.addRow("range[e,a]", lower: 1, upper: 2.5, terms: [(e, 1), (a, 1)])
        program.addRow("fix", lower: 0, upper: 0, terms: [(e, 1), (f, -1)])
        program.addRow("g_min", lower: 1, terms: [(g, 1)])
        program.addRow("f_max", upper: 10, terms: [(f, 1)])
        return program
    }

    typealias Format = (
        id: String, write: @Sendable (LinearProgram, String) throws -> Void,
        read: @Sendable (OpaquePointer, String) -> Int32, constantReadBackUSD: Double
    )

    /// GLPK's LP writer keeps the objective constant only in a comment, so
    /// the LP file reads back 100 USD lower; MPS keeps it in the objective RHS.
    static let formats: [Format] = [
        ("free_mps", { try GLPKSolver.writeMPS($0, to: $1) }, { glp_read_mps($0, GLP_MPS_FILE, nil, $1) }, 100),
        ("cplex_lp", { try GLPKSolver.writeLP($0, to: $1) }, { glp_read_lp($0, nil, $1) }, 0),
    ]

    @Test("a written file re-read by GLPK has the same optimum", arguments: formats)
    func roundTrip(_ format: Format) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "planctl-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("model.\(format.id)").path
        let program = Self.mixedProgram()

        try format.write(program, path)
        let direct = GLPKSolver().solveMIP(program)
        let reread = GLPKTerminal.withOutput(log: false) { () -> Double? in
            let problem = glp_create_prob()
            defer { glp_delete_prob(problem) }
            guard let problem, format.read(problem, path) == 0 else { return nil }
            var parameters = glp_iocp()
            glp_init_iocp(&parameters)
            parameters.presolve = GLP_ON
            parameters.msg_lev = GLP_MSG_OFF
            guard glp_intopt(problem, &parameters) == 0, glp_mip_status(problem) == GLP_OPT else { return nil }
            return glp_mip_obj_val(problem)
        }

        #expect(direct.status == .optimal && approx(direct.objective, 80.5), "\(direct.message)")
        #expect(
            approx(reread, 80.5 - 100 + format.constantReadBackUSD),
            "\(format.id) read back to \(String(describing: reread))")
        if format.constantReadBackUSD == 0 {
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("constant term = 100"))
        }
    }

    @Test("duplicate names are refused, since a file read back by name would merge them")
    func duplicateNames() {
        var program = LinearProgram()
        program.addColumn("x")
        program.addColumn("x")
        #expect(throws: ExportError.self) { try GLPKSolver.writeMPS(program, to: "/tmp/never-written.mps") }
        #expect(GLPKSolver().solveLP(program).status == .optimal, "duplicate names do not stop a solve")
    }

    @Test("a missing folder gives writeFailed, not a crash")
    func missingFolder() {
        let path = "/nonexistent-planctl-folder/model.lp"
        #expect {
            try GLPKSolver.writeLP(smallKnapsack(), to: path)
        } throws: { error in
            guard case ExportError.writeFailed(path) = error else { return false }
            return true
        }
    }
}
