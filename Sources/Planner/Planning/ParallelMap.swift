import Foundation

/// Runs independent jobs on a bounded number of threads and returns their
/// results in input order, so the outcome never depends on scheduling.
///
/// Each job runs wholly on one worker thread. GLPK keeps its environment per
/// thread (`_Thread_local`), so a job that creates, solves and deletes its own
/// problem object shares no solver state with the others.
public enum ParallelMap {
    /// `body` applied to every item, with at most `jobs` running at once (1 = serial, on the caller's thread).
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, _ body: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 { return items.map(body) }
        let state = SharedState<Result>(count: items.count)
        let done = DispatchGroup()
        for _ in 0..<workers {
            done.enter()
            startThread {
                while let index = state.claim() {
                    state.store(body(items[index]), at: index)
                }
                done.leave()
            }
        }
        done.wait()
        return state.results()
    }

    /// Runs `work` on a new thread for GLPK solves and returns at once. A
    /// Foundation thread rather than Dispatch's pool: a fixed 16 MB stack for
    /// GLPK's branch and bound, and a thread of our own whose GLPK environment
    /// is freed once `work` returns.
    static func startThread(_ work: @escaping @Sendable () -> Void) {
        let thread = Thread {
            work()
            GLPKSolver.releaseThreadEnvironment()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// The next index to run and the results so far, behind one lock.
    private final class SharedState<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let count: Int
        private var slots: [Result?]

        init(count: Int) {
            self.count = count
            self.slots = Array(repeating: nil, count: count)
        }

        func claim() -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ result: Result, at index: Int) {
            lock.withLock { slots[index] = result }
        }

        func results() -> [Result] {
            lock.withLock { slots.map { $0! } }
        }
    }
}
