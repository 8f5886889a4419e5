/// The whole model's relaxation, solved on a core of its own while the first
/// plan and the neighbourhoods run, for models whose root LP alone takes a
/// good share of the time. On hard-xlarge (20 sites × 100 runs, 120 s, 2
/// jobs) the branch and bound's root LP took 63 of the 69 s left to it, so
/// the plan came with a bound only when the root finished before the
/// deadline, and never with time to branch (docs/performance.md).
///
/// The branch and bound starts from the relaxation's basis (its root LP is
/// then a refactorisation), and the relaxation's objective bounds the plan
/// even when the branch and bound ends before its root.
struct RelaxationBeside: Sendable {
    private let solve: ThreadedValue<SolveResult>

    /// Whether the relaxation is solved beside the first plan: with a core to
    /// spare, on models of the greedy first plan's size, whose relaxation
    /// nothing else solves.
    static func applies(to model: PlanModel, context: PlanningContext) -> Bool {
        context.jobs > 1 && model.program.integerColumnCount >= GreedyHomes.fromIntegers
    }

    /// Starts the relaxation on a thread of its own, within `context`'s deadline.
    init(_ model: PlanModel, context: PlanningContext) {
        let program = model.program
        let alone = context.withJobs(1)
        solve = ThreadedValue { alone.solveLP(program) }
    }

    /// The relaxation, once solved (waits for it); nil unless it is optimal.
    var optimum: SolveResult? {
        let result = solve.value
        return result.status == .optimal && result.objective != nil ? result : nil
    }
}
