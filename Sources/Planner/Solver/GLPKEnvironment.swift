import CGLPK

extension GLPKSolver {
    /// Frees the calling thread's GLPK environment (GLPK keeps one per thread).
    /// Call it on a worker thread that is about to end, after its last solve;
    /// GLPK creates a fresh environment if the thread solves again.
    public static func releaseThreadEnvironment() {
        _ = glp_free_env()
    }
}
