import CGLPK

/// State shared with GLPK's MIP callback: tracks the best bound and the
/// incumbent, reports progress, and stops the search on cancellation or
/// when the whole-solve time limit runs out.
///
/// GLPK starts its own `tm_lim` clock only after presolving and solving the
/// root LP, so the monitor enforces the caller's wall-clock limit itself.
final class MIPSearchMonitor {
    private let clock: SolveClock
    private let progress: (@Sendable (SolveProgress) -> Void)?
    private let cancellation: SolveCancellation?
    private let nodeLimit: Int?
    private let boundStallSeconds: Double?
    /// The bound when it last rose by a ten-thousandth, and when (solve seconds).
    private var boundRise: (bound: Double, seconds: Double)?
    /// Seconds between progress reports when nothing improves.
    private let reportIntervalSeconds = 1.0
    private var lastReportSeconds = -Double.infinity

    /// Best lower bound seen over the active nodes (objective units).
    private(set) var bestBound: Double?
    /// Objective of the best integer solution seen.
    private(set) var incumbent: Double?
    /// Why the monitor asked GLPK to stop, if it did.
    private(set) var stoppedForTime = false
    private(set) var stoppedForCancellation = false

    /// Starting solution and branching classes, when the caller gave them.
    private let hints: MIPSearchHints?

    init(clock: SolveClock, options: SolveOptions, hints: MIPSearchHints? = nil) {
        self.clock = clock
        self.hints = hints
        self.progress = options.progress
        self.cancellation = options.cancellation
        self.nodeLimit = options.nodeLimit
        self.boundStallSeconds = options.boundStallSeconds
    }

    /// Handles one callback from the branch-and-bound driver.
    func handle(_ tree: OpaquePointer) {
        let reason = glp_ios_reason(tree)
        if reason == GLP_IHEUR { hints?.offerStart(tree) }
        if reason == GLP_IBRANCH { hints?.branch(tree) }
        let improved = observe(tree, readBound: reason == GLP_ISELECT || reason == GLP_IBINGO)
        if cancellation?.isCancelled == true {
            stoppedForCancellation = true
            glp_ios_terminate(tree)
        } else if clock.isExpired || reachedNodeLimit(tree) || boundStalled {
            stoppedForTime = true
            glp_ios_terminate(tree)
        }
        guard let progress else { return }
        let now = clock.elapsedSeconds
        let periodic = reason == GLP_ISELECT && now - lastReportSeconds >= reportIntervalSeconds
        if improved || reason == GLP_IBINGO || periodic {
            lastReportSeconds = now
            progress(
                SolveProgress(
                    incumbentObjective: incumbent, bestBound: bestBound,
                    gap: MIPSearchMonitor.gap(objective: incumbent, bound: bestBound), elapsedSeconds: now))
        }
    }

    /// Whether the bound has not risen by a ten-thousandth for `boundStallSeconds`.
    private var boundStalled: Bool {
        guard let boundStallSeconds, let boundRise else { return false }
        return clock.elapsedSeconds - boundRise.seconds >= boundStallSeconds
    }

    /// Whether the tree has created `nodeLimit` nodes (GLPK's total count, removed ones included).
    private func reachedNodeLimit(_ tree: OpaquePointer) -> Bool {
        guard let nodeLimit else { return false }
        var total: Int32 = 0
        glp_ios_tree_size(tree, nil, nil, &total)
        return Int(total) >= nodeLimit
    }

    /// Reads bound and incumbent from the tree; true when the incumbent improved.
    /// The bound is read only where it can change (node selection, new
    /// incumbent): glp_ios_best_node walks the whole active list.
    private func observe(_ tree: OpaquePointer, readBound: Bool) -> Bool {
        let node = readBound ? glp_ios_best_node(tree) : 0
        // Node 0 means the active list is empty: the bound is then the
        // incumbent itself, which the caller settles once GLPK returns.
        if node != 0 {
            let bound = glp_ios_node_bound(tree, node)
            if bound.isFinite && abs(bound) < Double.greatestFiniteMagnitude {
                bestBound = bound
                if boundRise.map({ bound > $0.bound + 1e-4 * abs($0.bound) }) ?? true {
                    boundRise = (bound, clock.elapsedSeconds)
                }
            }
        }
        let problem = glp_ios_get_prob(tree)
        guard glp_mip_status(problem) == GLP_FEAS else { return false }
        let objective = glp_mip_obj_val(problem)
        guard incumbent.map({ objective < $0 }) ?? true else { return false }
        incumbent = objective
        return true
    }

    /// GLPK's relative gap, |objective − bound| / (|objective| + DBL_EPSILON).
    static func gap(objective: Double?, bound: Double?) -> Double? {
        guard let objective, let bound else { return nil }
        return abs(objective - bound) / (abs(objective) + Double.ulpOfOne)
    }

    /// The C callback: recovers the monitor from `info` and forwards.
    static let callback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
        guard let tree, let info else { return }
        Unmanaged<MIPSearchMonitor>.fromOpaque(info).takeUnretainedValue().handle(tree)
    }
}
