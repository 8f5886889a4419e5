import Foundation
import Testing

@testable import Planner

/// Gates on KnownPlans.b (11.0 M USD/yr, 1,500 t/yr, 65 % carbon-free) with
/// KnownPlans.a (10.0 M USD/yr, 2,500 t/yr) as the baseline.
@Suite("CI gates")
struct GateTests {
    static func gates(_ configure: (inout Gates) -> Void) throws -> Gates {
        var gates = Gates()
        gates.baseline = try KnownPlans.summary(KnownPlans.a)
        configure(&gates)
        return gates
    }

    @Test(
        "each gate says which and by how much",
        arguments: [
            (
                id: "max_cost", set: Set.maxCost(10_500_000),
                message: "cost 11,000,000 USD/yr exceeds --max-cost 10,500,000 by 500,000 USD/yr"
            ),
            (
                id: "max_carbon", set: .maxCarbon(1_200),
                message: "carbon 1,500.0 tCO2e/yr exceeds --max-carbon 1,200.0 by 300.0 t"
            ),
            (
                id: "min_cfe", set: .minCFE(0.8),
                message: "carbon-free share 65.00 % is below --min-cfe 80.00 % by 15.00 points"
            ),
            (
                id: "cost_increase_percent", set: .costIncrease(.fraction(0.05)),
                message:
                    "cost 11,000,000 USD/yr is 1,000,000 (10.00 %) over the baseline's 10,000,000; --max-cost-increase allows 5 % (limit 10,500,000)"
            ),
            (
                id: "cost_increase_amount", set: .costIncrease(.amount(250_000)),
                message:
                    "cost 11,000,000 USD/yr is 1,000,000 (10.00 %) over the baseline's 10,000,000; --max-cost-increase allows 250,000 (limit 10,250,000)"
            ),
        ] as [(id: String, set: Set, message: String)])
    func broken(_ example: (id: String, set: Set, message: String)) throws {
        let plan = try KnownPlans.summary(KnownPlans.b)
        #expect(try Self.gates(example.set.apply).broken(plan) == [example.message])
    }

    /// One gate to set.
    enum Set: Sendable {
        case maxCost(Double)
        case maxCarbon(Double)
        case minCFE(Double)
        case costIncrease(Gates.Allowance)
        case carbonIncrease(Gates.Allowance)

        func apply(_ gates: inout Gates) {
            switch self {
            case .maxCost(let v): gates.maxCostUSDPerYr = v
            case .maxCarbon(let v): gates.maxCarbonT = v
            case .minCFE(let v): gates.minCFEFraction = v
            case .costIncrease(let a): gates.maxCostIncrease = a
            case .carbonIncrease(let a): gates.maxCarbonIncrease = a
            }
        }
    }

    @Test("carbon increase against a cleaner baseline (B as baseline, A as the plan)")
    func carbonIncrease() throws {
        var gates = Gates()
        gates.baseline = try KnownPlans.summary(KnownPlans.b)
        gates.maxCarbonIncrease = .fraction(0.5)
        #expect(
            gates.broken(try KnownPlans.summary(KnownPlans.a)) == [
                "carbon 2,500.0 tCO2e/yr is 1,000.0 (66.67 %) over the baseline's 1,500.0; --max-carbon-increase allows 50 % (limit 2,250.0)"
            ])
    }

    @Test("gates that hold say nothing: limits at the value, a carbon decrease, a 10 % allowance")
    func holding() throws {
        let plan = try KnownPlans.summary(KnownPlans.b)
        let gates = try Self.gates {
            $0.maxCostUSDPerYr = 11_000_000
            $0.maxCarbonT = 1_500
            $0.minCFEFraction = 0.65
            $0.maxCostIncrease = .fraction(0.10)
            $0.maxCarbonIncrease = .amount(0)
        }
        #expect(gates.broken(plan) == [])
    }

    @Test(
        "allowance syntax",
        arguments: [
            (id: "percent", text: "5%", expected: Gates.Allowance.fraction(0.05)),
            (id: "percent_space", text: "2.5 %", expected: .fraction(0.025)),
            (id: "amount", text: "250000", expected: .amount(250_000)),
            (id: "negative", text: "-5%", expected: nil),
            (id: "word", text: "five", expected: nil),
            (id: "nan", text: "nan", expected: nil),
        ] as [(id: String, text: String, expected: Gates.Allowance?)])
    func allowance(_ example: (id: String, text: String, expected: Gates.Allowance?)) {
        #expect(Gates.Allowance(example.text) == example.expected)
    }
}
