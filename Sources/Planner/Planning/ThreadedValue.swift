import Foundation

/// A value computed on a thread of its own while the caller goes on: the
/// flat plan a flexible-load search starts from (`Planning.startingFlat`).
///
/// The thread has `ParallelMap`'s 16 MB stack (GLPK's branch and bound
/// recurses) and frees its GLPK environment when the work is done.
final class ThreadedValue<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is guarded by `condition`.
    private let condition = NSCondition()
    /// Set once, when the work has returned.
    private var result: Value?

    /// Starts `work` on a new thread.
    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            GLPKSolver.releaseThreadEnvironment()
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// The value, once the thread has finished (waits until then).
    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return result }
            condition.wait()
        }
    }
}
