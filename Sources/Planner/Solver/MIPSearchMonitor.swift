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
    /// Whether the searches this one trades with stopped it (`MIPExchange`).
    private(set) var stoppedByExchange = false
    /// The highest bound the exchange's rounds have settled (objective units).
    private(set) var exchangeBound: Double?
    private let seat: MIPExchange.Seat?
    private let completingTradedPlan: (@Sendable ([Double]) -> [Double])?
    /// Simplex iterations (GLPK's count) at which this search next meets the others.
    private var nextMeetingIterations = 0

    /// Starting solution and branching classes, when the caller gave them.
    private let hints: MIPSearchHints?

    init(clock: SolveClock, options: SolveOptions, hints: MIPSearchHints? = nil) {
        self.clock = clock
        self.hints = hints
        self.progress = options.progress
        self.cancellation = options.cancellation
        self.nodeLimit = options.nodeLimit
        self.boundStallSeconds = options.boundStallSeconds
        self.seat = options.exchange
        self.completingTradedPlan = options.completingTradedPlan
        nextMeetingIterations = options.exchange?.exchange.roundIterations ?? 0
    }

    /// Handles one callback from the branch-and-bound driver.
    func handle(_ tree: OpaquePointer) {
        let reason = glp_ios_reason(tree)
        if reason == GLP_IHEUR {
            hints?.offerStart(tree)
            if meetIfDue(tree) { return }
        }
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

    /// At a heuristic call (where GLPK takes a plan) once the search has run
    /// another round of simplex iterations: meets the other searches, takes
    /// the round's plan where it is cheaper, and stops when the round says
    /// so. True when it stopped the search.
    private func meetIfDue(_ tree: OpaquePointer) -> Bool {
        guard let seat else { return false }
        let problem = glp_ios_get_prob(tree)
        guard Int(glp_get_it_cnt(problem)) >= nextMeetingIterations else { return false }
        nextMeetingIterations += seat.exchange.roundIterations
        _ = observe(tree, readBound: true)
        let offer = MIPExchange.Offer(
            objective: incumbent, values: incumbent == nil ? nil : Self.incumbentValues(problem), bound: bestBound)
        let clock = clock
        let cancellation = cancellation
        guard
            let verdict = seat.exchange.meet(
                seat.index, offer: offer, givingUp: { clock.isExpired || cancellation?.isCancelled == true })
        else { return false }
        if let bound = verdict.bound { exchangeBound = max(exchangeBound ?? bound, bound) }
        if let objective = verdict.objective, let traded = verdict.values, incumbent.map({ objective < $0 }) ?? true,
            let values = ownPlan(traded, columns: Int(glp_get_num_cols(problem)))
        {
            _ = values.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
            _ = observe(tree, readBound: false)
        }
        guard verdict.stop else { return false }
        stoppedByExchange = true
        glp_ios_terminate(tree)
        return true
    }

    /// A traded plan (1-based) as a plan of this search's `columns` columns
    /// (`SolveOptions.completingTradedPlan`); nil when it cannot be one.
    private func ownPlan(_ traded: [Double], columns: Int) -> [Double]? {
        if traded.count == columns + 1 { return traded }
        if traded.count > columns + 1 { return Array(traded.prefix(columns + 1)) }
        guard let completed = completingTradedPlan?(Array(traded.dropFirst())), completed.count == columns else {
            return nil
        }
        return [0] + completed
    }

    /// The incumbent's column values, 1-based as glp_ios_heur_sol takes them.
    private static func incumbentValues(_ problem: OpaquePointer?) -> [Double] {
        [0] + (1...max(glp_get_num_cols(problem), 1)).map { glp_mip_col_val(problem, $0) }
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
