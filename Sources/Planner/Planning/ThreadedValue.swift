import Foundation

/// A value computed on a thread of its own while the caller goes on: the
/// flat plan a flexible-load search starts from (`Planning.startingFlat`),
/// sites first's plan beside the one-core search (`SideBySideSearch`).
///
/// The thread is `ParallelMap.startThread`'s: a 16 MB stack for GLPK's branch
/// and bound, its GLPK environment freed when the work is done.
final class ThreadedValue<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is guarded by `condition`.
    private let condition = NSCondition()
    /// Set once, when the work has returned.
    private var result: Value?

    /// Starts `work` on a new thread.
    init(_ work: @escaping @Sendable () -> Value) {
        ParallelMap.startThread { [self] in
            let value = work()
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The value if the thread has finished, without waiting.
    var valueIfFinished: Value? {
        condition.lock()
        defer { condition.unlock() }
        return result
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
