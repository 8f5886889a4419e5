import Foundation

/// The sentences that say how a search ended. They quote the configured time
/// limit and the gap, never a measured time, so the same outcome always reads
/// the same.
public enum StatusText {
    /// How the search that found `plan` ended.
    public static func sentence(_ plan: Plan) -> String {
        if let role = plan.alternative { return AlternativesText.sentence(role) }
        let distance = plan.mipGap.map { "\(percent($0)) from the best bound" } ?? "and no bound proven"
        switch plan.status {
        case .optimal where (plan.mipGap ?? 0) <= 1e-9:
            return "GLPK proved this plan optimal"
        case .optimal:
            return "GLPK found a plan within the \(percent(plan.solver.mipGapTolerance)) gap tolerance, \(distance)"
        case .timeLimit:
            return "time limit of \(seconds(plan.solver.timeLimitSeconds)) reached with a plan \(distance)"
        case .interrupted:
            return "the search was cancelled with a plan \(distance)"
        default:
            return "GLPK stopped with a plan \(distance)"
        }
    }

    /// Why there is no plan, for an outcome that is neither a plan nor infeasible.
    public static func sentence(_ outcome: PlanOutcome) -> String {
        switch outcome.status {
        case .noSolution, .timeLimit:
            let bound = outcome.bestBoundUSDPerYr.map {
                "; every plan costs at least \(Markdown.number($0)) USD/yr"
            }
            return "time limit of \(seconds(outcome.timeLimitSeconds)) reached before any plan was found"
                + (bound ?? "")
        case .interrupted:
            return "the search was cancelled before any plan was found"
        case .unbounded:
            return outcome.failure ?? "the objective can decrease without limit; a cost, bound or constraint is missing"
        default:
            return outcome.failure ?? "GLPK stopped without a plan (status \(outcome.status.rawValue))"
        }
    }

    /// "3.2 %" with one decimal, as the solver's own messages write gaps.
    static func percent(_ fraction: Double) -> String { SolveMessages.percent(fraction) }

    /// "10 s", "0.5 s"; "none" for no limit.
    static func seconds(_ value: Double) -> String {
        value.isFinite ? SolveMessages.seconds(value) : "none"
    }
}
