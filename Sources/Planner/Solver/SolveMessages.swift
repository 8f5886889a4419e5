import Foundation

/// The one-sentence messages of solve results, kept together so the
/// wording stays consistent across LP and MIP outcomes.
enum SolveMessages {
    static let optimalLP = "GLPK solved the LP to optimality"
    static let optimalMIP = "GLPK proved this plan optimal"
    static let infeasibleLP = "no solution satisfies every constraint of the LP"
    static let infeasibleMIP = "no plan satisfies every constraint; GLPK proved the model infeasible"
    static let infeasibleRelaxation =
        "no plan satisfies every constraint; even the model without integrality is infeasible"
    static let unbounded = "the objective can decrease without limit; a cost, bound or constraint is missing"
    static let unboundedRelaxation =
        "the model without integrality can decrease its objective without limit; a cost, bound or constraint is missing"
    static let unboundedOrInfeasible =
        "GLPK found no dual feasible solution (the model is unbounded or infeasible) and could not tell which in the time left"
    static let interruptedWithoutPlan = "the search was cancelled before any plan was found"

    /// "time limit of 10 s reached before any plan was found"
    static func noSolution(limitSeconds: Double, what: String) -> String {
        "time limit of \(seconds(limitSeconds)) reached before \(what)"
    }

    /// The sentence for a result that carries a plan not proven optimal
    /// (or proven only within the gap tolerance).
    static func withPlan(_ status: SolveStatus, limitSeconds: Double, gap: Double?, gapTolerance: Double) -> String {
        let distance = gap.map { "\(percent($0)) from the best bound" } ?? "whose distance from the optimum is unknown"
        switch status {
        case .optimal:
            return "GLPK found a plan within the \(percent(gapTolerance)) gap tolerance, \(distance)"
        case .timeLimit:
            return "time limit of \(seconds(limitSeconds)) reached with a plan \(distance)"
        case .interrupted:
            return "the search was cancelled with a plan \(distance)"
        default:
            return "GLPK stopped with a plan \(distance)"
        }
    }

    /// "3.2 %" with one decimal; tiny nonzero gaps show as "< 0.1 %".
    static func percent(_ fraction: Double) -> String {
        if fraction > 0 && fraction < 0.0005 { return "< 0.1 %" }
        return String(format: "%.1f %%", fraction * 100)
    }

    /// "10 s", "0.5 s".
    static func seconds(_ value: Double) -> String {
        String(format: "%g s", value)
    }
}
