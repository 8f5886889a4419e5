import ArgumentParser
import Foundation
import Planner

/// CI gates shared by `plan` and `whatif`: a broken gate exits 5 after the reports are written.
struct GateFlags: ParsableArguments {
    @Option(help: "CI gate: fail (exit 5) when annual cost exceeds this many USD.")
    var maxCost: Double?

    @Option(help: "CI gate: fail (exit 5) when annual carbon exceeds this many tCO2e.")
    var maxCarbon: Double?

    @Option(
        name: .customLong("min-cfe"), help: "CI gate: fail (exit 5) when the carbon-free share is below this fraction.")
    var minCFE: Double?

    @Option(help: "A saved plan.json (e.g. main's) for the relative gates.")
    var baseline: String?

    @Option(
        help: "CI gate: fail (exit 5) when cost exceeds the baseline's by more than this: `5%` or an amount in USD/yr.")
    var maxCostIncrease: String?

    @Option(
        help:
            "CI gate: fail (exit 5) when carbon exceeds the baseline's by more than this: `5%` or an amount in tCO2e/yr."
    )
    var maxCarbonIncrease: String?

    func validate() throws {
        // `nan` compares false with every limit, so a nan gate would never fail: refuse it with inf and
        // negatives (written with "=", e.g. `--max-cost=-1`) before anything is solved.
        for (flag, value, unit) in [("--max-cost", maxCost, "USD/yr"), ("--max-carbon", maxCarbon, "tCO2e/yr")] {
            if let value, !(value >= 0 && value.isFinite) {
                throw ValidationError("\(flag) takes an amount in \(unit) ≥ 0, not \(Self.text(value))")
            }
        }
        if let minCFE, !(0...1).contains(minCFE) {
            throw ValidationError("--min-cfe must be a fraction between 0 and 1")
        }
        for (flag, text) in [("--max-cost-increase", maxCostIncrease), ("--max-carbon-increase", maxCarbonIncrease)] {
            if let text, Gates.Allowance(text) == nil {
                throw ValidationError("\(flag) takes a percentage (`5%`) or an amount ≥ 0, not \"\(text)\"")
            }
        }
        if baseline == nil && (maxCostIncrease != nil || maxCarbonIncrease != nil) {
            throw ValidationError(
                "--max-cost-increase and --max-carbon-increase compare with a plan: add --baseline FILE")
        }
    }

    /// A flag's value as the user would have written it: `nan`, `inf`, `-1`, `-2.5`.
    private static func text(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The library's gates, with the baseline read; exit 1 when the baseline cannot be read or has no plan.
    func gates() throws -> Gates {
        var gates = Gates()
        gates.maxCostUSDPerYr = maxCost
        gates.maxCarbonT = maxCarbon
        gates.minCFEFraction = minCFE
        gates.maxCostIncrease = maxCostIncrease.flatMap(Gates.Allowance.init)
        gates.maxCarbonIncrease = maxCarbonIncrease.flatMap(Gates.Allowance.init)
        if let baseline {
            do { gates.baseline = try PlanSummary(contentsOf: baseline) } catch {
                Terminal.error("error: --baseline: \(error)")
                throw ExitStatus.inputError.exit
            }
            if gates.hasRelativeGates, gates.baseline?.hasPlan == false {
                Terminal.error(
                    "error: --baseline \(baseline) holds no plan (status \(gates.baseline!.status)); nothing to compare with"
                )
                throw ExitStatus.inputError.exit
            }
        }
        return gates
    }

    /// Prints each broken gate; returns whether all held.
    static func report(_ broken: [String], scenario: String? = nil) -> Bool {
        let prefix = scenario.map { "gate failed (scenario \($0)): " } ?? "gate failed: "
        for gate in broken { Terminal.error(prefix + gate) }
        return broken.isEmpty
    }
}
