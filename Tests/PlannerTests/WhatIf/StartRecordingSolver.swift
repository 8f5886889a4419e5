import Foundation

@testable import Planner

/// GLPK, recording what each MIP search was offered as its starting solution:
/// that solution's objective in the program searched (nil: no start).
final class StartRecordingSolver: Solving, @unchecked Sendable {
    // @unchecked: `starts` is guarded by `lock`; GLPKSolver is stateless.
    private let lock = NSLock()
    private var starts: [Double?] = []
    private var awaited: [Double?] = []
    private let glpk = GLPKSolver()

    /// The objective of each MIP's starting solution, in call order (nil where none was offered).
    var startObjectives: [Double?] { lock.withLock { starts } }
    /// The objective of each awaited start (`SolveOptions.awaitedStart`) when GLPK took it (nil: none came).
    var awaitedObjectives: [Double?] { lock.withLock { awaited } }

    func solveMIP(_ program: LinearProgram, options: SolveOptions) -> SolveResult {
        let start = options.startingSolution.map { program.objectiveValue($0) }
        lock.withLock { starts.append(start) }
        var options = options
        if let wait = options.awaitedStart {
            options.awaitedStart = { [self] in
                let values = wait()
                lock.withLock { awaited.append(values.map { program.objectiveValue($0) }) }
                return values
            }
        }
        return glpk.solveMIP(program, options: options)
    }

    func solveLP(_ program: LinearProgram, options: SolveOptions) -> SolveResult {
        glpk.solveLP(program, options: options)
    }
}
