import Foundation

/// How GLPK should solve: tolerances, limits, logging and hooks for a caller
/// that watches or stops the search.
public struct SolveOptions: Sendable {
    /// Relative MIP gap at which a plan counts as optimal (GLPK's definition).
    public var mipGap: Double = 0.005
    /// Wall-clock limit for the whole solve, in seconds; `.infinity` for none.
    public var timeLimitSeconds: Double = 300
    /// Whether to run GLPK's presolver (MIP presolver, or LP presolver for LPs).
    public var presolve: Bool = true
    /// Whether GLPK's own terminal output goes to stderr (otherwise nowhere; never stdout).
    public var glpkLog: Bool = false
    /// Called on the solving thread when the incumbent improves and about once a second.
    public var progress: (@Sendable (SolveProgress) -> Void)? = nil
    /// A flag another thread may set to stop the branch-and-bound search.
    public var cancellation: SolveCancellation? = nil
    /// A feasible solution, one value per column, that GLPK takes as its first
    /// incumbent (through the callback's heuristic hook). Turns GLPK's MIP
    /// presolver off: the presolved problem has other columns.
    public var startingSolution: [Double]? = nil
    /// A starting solution another thread is still finding: called once, at
    /// the branch and bound's first heuristic hook (after the root LP), it may
    /// wait for that thread; its plan is offered like `startingSolution`.
    /// Turns the MIP presolver off, like `startingSolution`.
    public var awaitedStart: (@Sendable () -> [Double]?)? = nil
    /// Branching class per column: GLPK branches on a fractional integer column
    /// of the lowest class first; `Int.max` leaves the choice to GLPK's own rule.
    /// Turns the MIP presolver off, like `startingSolution`.
    public var branchingPriority: [Int]? = nil
    /// Stops the branch and bound once it has created this many nodes, keeping
    /// its incumbent (status time_limit). Unlike a time limit it stops every run
    /// at the same point, so a search of many small MIPs stays reproducible.
    public var nodeLimit: Int? = nil
    /// Stops the branch and bound (status time_limit, incumbent kept) once its
    /// best bound has not risen by a ten-thousandth for this many seconds: for
    /// a caller with a better use for the time left, which reports the stop.
    public var boundStallSeconds: Double? = nil
    /// Whether GLPK adds Gomory mixed-integer and mixed-integer rounding cuts.
    /// Off by default; planning turns them on for whole planning MIPs
    /// (`PlanningContext.solvePlanningMIP`, `SearchStrategy.cuts`).
    public var cuts = false
    /// This search's place among branch and bounds of the same program that
    /// meet in rounds (`MIPExchange`). Turns the MIP presolver off, like
    /// `startingSolution`: the searches trade plans column by column.
    public var exchange: MIPExchange.Seat? = nil
    /// How a plan traded at the exchange becomes one of this program where
    /// the searches' programs differ only in columns after the ones they
    /// share (`ServerTypeChoices`): a longer plan is cut to this program's
    /// columns, and a shorter one handed to this (its shared columns in,
    /// this program's out). Without it a shorter plan is not taken.
    public var completingTradedPlan: (@Sendable ([Double]) -> [Double])? = nil
    /// A basis of this program to start from; it names the program's own
    /// rows and columns, so it turns GLPK's presolvers off. A basis that does
    /// not fit, or that GLPK cannot factorise, is dropped.
    /// - MIP: an optimal basis of its relaxation, solved elsewhere (an LP
    ///   solve's `SolveResult.basis`): the root LP starts from it instead of
    ///   from scratch.
    /// - LP: any basis, such as GLPK's standard one (`LPBasis.standard`),
    ///   from which the dual simplex runs. Every dual feasible basis on its
    ///   way bounds the LP, so a solve the time limit or `cancellation`
    ///   stops keeps the last such bound (`SolveResult.bestBound`).
    public var rootBasis: LPBasis? = nil

    /// Default options: 0.5 % gap, 300 s, presolve on, GLPK silent.
    public init() {}

    /// Options GLPK would abort on (it checks parameters with `xerror`).
    func validationIssues() -> [ModelIssue] {
        var issues: [ModelIssue] = []
        if !(mipGap.isFinite && mipGap >= 0) {
            issues.append(.invalidOption(name: "mipGap", value: mipGap, requirement: "a finite number ≥ 0"))
        }
        if !(timeLimitSeconds > 0) {
            issues.append(
                .invalidOption(
                    name: "timeLimitSeconds", value: timeLimitSeconds, requirement: "greater than 0 (or infinity)"))
        }
        return issues
    }
}

/// A snapshot of the branch-and-bound search, for progress displays.
public struct SolveProgress: Sendable {
    /// Objective of the best plan found so far (USD/yr), if any.
    public var incumbentObjective: Double?
    /// Best lower bound on the optimum proven so far (USD/yr), if known.
    public var bestBound: Double?
    /// Relative gap between incumbent and bound, GLPK's definition.
    public var gap: Double?
    /// Seconds since the solve started.
    public var elapsedSeconds: Double
}

/// A thread-safe stop flag: set it from any thread and the MIP search ends
/// at its next callback with status `interrupted`, keeping any incumbent.
public final class SolveCancellation: @unchecked Sendable {
    // @unchecked: the only state is `cancelled`, guarded by `lock`.
    private let lock = NSLock()
    private var cancelled = false
    private let parent: SolveCancellation?

    /// A flag that is not yet set.
    public init() { parent = nil }

    /// A flag of its own that also reads as set once `parent` is: one search
    /// of several can be stopped while Ctrl-C still stops them all.
    public init(following parent: SolveCancellation?) { self.parent = parent }

    /// Asks every solve that holds this flag to stop.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Whether `cancel()` has been called.
    public var isCancelled: Bool {
        lock.lock()
        let own = cancelled
        lock.unlock()
        return own || (parent?.isCancelled ?? false)
    }
}
