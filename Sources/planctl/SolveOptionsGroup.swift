import ArgumentParser
import Foundation
import Planner

/// Solver and CI-gate flags shared by the commands that solve.
struct SolveFlags: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: "Seconds the solver may search (overrides policy.csv time_limit_s).")
    var timeLimit: Double?

    @Option(name: .customLong("mip-gap"), help: "Relative optimality gap to stop at (overrides policy.csv mip_gap).")
    var mipGap: Double?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Pass GLPK's own log through to stderr.")
    var verbose = false

    @Option(help: "CI gate: fail (exit 5) when annual cost exceeds this many USD.")
    var maxCost: Double?

    @Option(help: "CI gate: fail (exit 5) when annual carbon exceeds this many tCO2e.")
    var maxCarbon: Double?

    @Option(help: "CI gate: fail (exit 5) when the carbon-free share is below this fraction.")
    var minCFE: Double?

    func validate() throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) { throw ValidationError("--time-limit must be a positive number of seconds") }
        if let mipGap, !(mipGap >= 0 && mipGap.isFinite) { throw ValidationError("--mip-gap must be a fraction ≥ 0") }
        if let minCFE, !(0...1).contains(minCFE) { throw ValidationError("--min-cfe must be a fraction between 0 and 1") }
    }

    /// The library's options, with progress on stderr when it is a terminal.
    func planOptions(cancellation: SolveCancellation) -> PlanOptions {
        var options = PlanOptions()
        options.mipGap = mipGap
        options.timeLimitSeconds = timeLimit
        options.glpkLog = verbose
        options.cancellation = cancellation
        if !quiet && !verbose && Terminal.stderrIsTerminal {
            options.progress = { progress in Terminal.progress(progress) }
        }
        return options
    }

    /// The gates the plan breaks, each as a sentence.
    func brokenGates(_ plan: Plan) -> [String] {
        var broken: [String] = []
        if let maxCost, plan.objectiveUSDPerYr > maxCost {
            broken.append("cost \(Int(plan.objectiveUSDPerYr.rounded())) USD/yr exceeds --max-cost \(Int(maxCost)) by \(Int((plan.objectiveUSDPerYr - maxCost).rounded())) USD/yr")
        }
        if let maxCarbon, plan.carbon.totalT > maxCarbon {
            broken.append(String(format: "carbon %.1f tCO2e/yr exceeds --max-carbon %.1f by %.1f t", plan.carbon.totalT, maxCarbon, plan.carbon.totalT - maxCarbon))
        }
        if let minCFE, plan.cfeFraction < minCFE {
            broken.append(String(format: "carbon-free share %.2f %% is below --min-cfe %.2f %%", plan.cfeFraction * 100, minCFE * 100))
        }
        return broken
    }
}
