/// A bound for models whose branch and bound has no time to raise its own
/// (from 10,000 integer columns, 20 sites × 100 runs) or whose cuts do not
/// reach it (the large sizes searched side by side, `SideBySideSearch`): the
/// relaxation with a row per run and site (`SiteOpeningRows.relaxationBound`),
/// solved on a thread of its own while the searches run. Every iterate of
/// its dual simplex bounds the plan, so the search's end stops it where it
/// is (`finish()`).
///
/// On xlarge seed 1 (120 s, 2 jobs) the plain relaxation took about 60 s
/// and bounded the plan 15.6 % below it; this one reaches 331–339 M USD/yr
/// of its optimum's 341.2 M by the deadline, 7–9 % below the plan
/// (docs/performance.md, "A run opens its site: the bound at 20 sites × 100
/// runs").
struct RelaxationBeside: Sendable {
    private let solve: ThreadedValue<SolveResult>
    /// Set when the search no longer needs the bound.
    private let done: SolveCancellation

    /// Whether the relaxation is solved beside the first plan and the
    /// neighbourhoods, which then take the branch and bound's time: with a
    /// core to spare, on models of the greedy first plan's size.
    static func applies(to model: PlanModel, context: PlanningContext) -> Bool {
        context.jobs > 1 && model.program.integerColumnCount >= GreedyHomes.fromIntegers
    }

    /// Starts the relaxation on a thread of its own, within `context`'s deadline.
    init(_ model: PlanModel, context: PlanningContext) {
        let done = SolveCancellation(following: context.cancellation)
        self.done = done
        solve = ThreadedValue { SiteOpeningRows.relaxation(model, context: context, until: done) }
    }

    /// The bound on the plan the relaxation proved: stops its dual simplex
    /// after at most one more slice (`LPRun.cancellableSliceMilliseconds`)
    /// and waits for it. Nil where it never became dual feasible.
    func finish() -> Double? {
        done.cancel()
        return solve.value.bestBound
    }

    /// The relaxation's optimum if it has been reached, without waiting or
    /// stopping it: nil while it runs (and where it stopped short). For
    /// searches the clock ends anyway (20 sites × 100 runs), where waiting
    /// for it would take most of the time.
    var optimumIfSolved: Double? {
        solve.valueIfFinished.flatMap(Self.optimum(of:))
    }

    /// The relaxation's optimum, waiting for it (nil where the deadline came
    /// first). Unlike `finish()`'s bound it does not depend on when it is
    /// read, so a search that ends on it gives the same plan every run. On
    /// the large sizes it takes a few seconds of a core (hard-large seed 1:
    /// 4.5 s for glpsol), solved while the first plans are found.
    var optimum: Double? {
        Self.optimum(of: solve.value)
    }

    /// The bound of a solve that ended at the LP's optimum, nil for one stopped short.
    private static func optimum(of result: SolveResult) -> Double? {
        result.status == .optimal ? result.bestBound : nil
    }
}
