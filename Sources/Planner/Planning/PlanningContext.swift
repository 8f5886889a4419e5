/// What every stage of one planning command shares: the solver, the
/// tolerances, one deadline for the whole command, the stop flag and progress.
///
/// Every solve of a command (first plans, the coarse plan, the main search,
/// calibration rounds, shadow prices, the infeasibility analysis, the
/// full-year check) goes through one context, so `--time-limit` bounds the
/// command as a whole and no stage can spend time another was promised.
public struct PlanningContext: Sendable {
    /// The solver every stage calls.
    public let solver: any Solving
    /// Relative MIP gap at which a plan counts as optimal.
    public let mipGap: Double
    /// The command's whole budget in seconds, as configured (`--time-limit` or
    /// policy.csv): the figure reports may quote, never a measured remainder.
    public let timeLimitSeconds: Double
    /// Whether GLPK's own log goes to stderr.
    public let glpkLog: Bool
    /// Search aids for the main MIP.
    public private(set) var search: SearchStrategy
    /// Solves that may run at once inside one plan.
    public private(set) var jobs: Int
    /// Set from another thread (Ctrl-C) to stop every stage.
    public private(set) var cancellation: SolveCancellation?
    /// The plans the main search may start from (`BaseStart`), preferred
    /// first: it starts from the cheapest, the earlier on a tie.
    private(set) var startsFrom: [NamedSolution]
    /// A start plan still being found on another thread (`startingFlat`);
    /// the main search waits for it (`withPendingStartResolved`) or takes it
    /// when it arrives (`BaseStart.search(_:awaiting:context:)`).
    private(set) var pendingStart: ThreadedValue<NamedSolution?>?
    private let progress: (@Sendable (SolveProgress) -> Void)?
    private let deadline: ContinuousClock.Instant

    /// A context whose deadline starts now: `options` override `policy`'s gap and time limit.
    public init(options: PlanOptions, policy: Policy) {
        solver = options.solver
        mipGap = options.mipGap ?? policy.mipGap
        timeLimitSeconds = options.timeLimitSeconds ?? policy.timeLimitSeconds
        glpkLog = options.glpkLog
        search = options.search
        jobs = max(1, options.jobs)
        cancellation = options.cancellation
        startsFrom = options.startFrom.map { [$0] } ?? []
        progress = options.progress
        deadline = Self.instant(after: timeLimitSeconds)
    }

    private init(_ parent: PlanningContext, deadline: ContinuousClock.Instant) {
        solver = parent.solver
        mipGap = parent.mipGap
        timeLimitSeconds = parent.timeLimitSeconds
        glpkLog = parent.glpkLog
        search = parent.search
        jobs = parent.jobs
        cancellation = parent.cancellation
        startsFrom = parent.startsFrom
        pendingStart = parent.pendingStart
        progress = parent.progress
        self.deadline = deadline
    }

    /// Seconds left before the deadline (negative once it has passed; infinity for no limit).
    public var remainingSeconds: Double {
        guard timeLimitSeconds.isFinite else { return .infinity }
        return ContinuousClock.now.duration(to: deadline).inSeconds
    }

    /// Whether Ctrl-C (or a caller) asked every stage to stop.
    public var isCancelled: Bool { cancellation?.isCancelled ?? false }

    /// A context for one stage that may spend at most `share` of the time left;
    /// its deadline never lies past this one's.
    func within(share: Double) -> PlanningContext {
        guard timeLimitSeconds.isFinite else { return self }
        let shortened = Self.instant(after: max(remainingSeconds, 0) * share)
        return PlanningContext(self, deadline: min(shortened, deadline))
    }

    /// A context for one stage that may spend at most `seconds` from now; its
    /// deadline never lies past this one's. For stages that split a budget into
    /// fixed slots (one per solve of a parallel batch) instead of shares of what is left.
    func within(seconds: Double) -> PlanningContext {
        guard timeLimitSeconds.isFinite else { return self }
        return PlanningContext(self, deadline: min(Self.instant(after: seconds), deadline))
    }

    /// The same context with the main search starting from `plan` instead.
    func starting(from plan: NamedSolution?) -> PlanningContext {
        starting(from: plan.map { [$0] } ?? [])
    }

    /// The same context with the main search starting from the cheapest of
    /// `plans` instead (the earlier on a tie).
    func starting(from plans: [NamedSolution]) -> PlanningContext {
        var context = self
        context.startsFrom = plans
        return context
    }

    /// The same context with the main search starting from a plan another
    /// thread is still finding.
    func starting(from pending: ThreadedValue<NamedSolution?>) -> PlanningContext {
        var context = self
        context.pendingStart = pending
        return context
    }

    /// The same context with its pending start waited for and taken as its start.
    func withPendingStartResolved() -> PlanningContext {
        guard let pendingStart else { return self }
        var context = starting(from: pendingStart.value)
        context.pendingStart = nil
        return context
    }

    /// The same context with at most `jobs` solves at once (a search that
    /// runs beside another, each on its own core).
    func withJobs(_ jobs: Int) -> PlanningContext {
        var context = self
        context.jobs = max(1, jobs)
        return context
    }

    /// The same context stopped by `cancellation` (which should follow this one's, so Ctrl-C still stops it).
    func stopped(by cancellation: SolveCancellation) -> PlanningContext {
        var context = self
        context.cancellation = cancellation
        return context
    }

    /// The same context with the main search's cuts on or off (`SearchStrategy.cuts`).
    func withCuts(_ cuts: Bool) -> PlanningContext {
        var context = self
        context.search.cuts = cuts
        return context
    }

    /// Solves `program` as a MIP in the time left; without calling the solver
    /// when the deadline has passed or the command was cancelled.
    func solveMIP(
        _ program: LinearProgram, showProgress: Bool = false, _ adjust: (inout SolveOptions) -> Void = { _ in }
    )
        -> SolveResult
    {
        if let stopped = stoppedResult() { return stopped }
        var options = solveOptions(showProgress: showProgress)
        adjust(&options)
        return solver.solveMIP(program, options: options)
    }

    /// `solveMIP` for a whole planning MIP (the main search of a plan or a
    /// horizon, an alternatives range search or its plan without a decision):
    /// GLPK's cuts as the strategy says (`SearchStrategy.cuts`). The small
    /// restricted MIPs around the main search call `solveMIP` without them.
    func solvePlanningMIP(
        _ program: LinearProgram, showProgress: Bool = false, _ adjust: (inout SolveOptions) -> Void = { _ in }
    )
        -> SolveResult
    {
        solveMIP(program, showProgress: showProgress) {
            $0.cuts = search.cuts
            adjust(&$0)
        }
    }

    /// Solves the continuous relaxation of `program` in the time left (see `solveMIP`).
    func solveLP(_ program: LinearProgram, _ adjust: (inout SolveOptions) -> Void = { _ in }) -> SolveResult {
        if let stopped = stoppedResult() { return stopped }
        var options = solveOptions(showProgress: false)
        adjust(&options)
        return solver.solveLP(program, options: options)
    }

    /// The solver's options for a solve that may use all the time left.
    private func solveOptions(showProgress: Bool) -> SolveOptions {
        var options = SolveOptions()
        options.mipGap = mipGap
        options.timeLimitSeconds = remainingSeconds
        options.glpkLog = glpkLog
        options.cancellation = cancellation
        options.progress = showProgress ? progress : nil
        return options
    }

    /// The result of a solve that is not started: cancelled, or no time left.
    private func stoppedResult() -> SolveResult? {
        if isCancelled {
            return SolveResult(status: .interrupted, glpkReturnCode: -1, message: SolveMessages.interruptedWithoutPlan)
        }
        guard remainingSeconds <= 0 else { return nil }
        return SolveResult(
            status: .noSolution, glpkReturnCode: -1,
            message: SolveMessages.noSolution(limitSeconds: timeLimitSeconds, what: "this step could start"))
    }

    private static func instant(after seconds: Double) -> ContinuousClock.Instant {
        // Far enough for "no limit" without overflowing Duration.
        let capped = min(max(seconds, 0), 1e9)
        return ContinuousClock.now.advanced(by: .milliseconds(Int64((capped * 1000).rounded(.up))))
    }
}
