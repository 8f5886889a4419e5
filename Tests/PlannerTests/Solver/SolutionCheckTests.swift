import Testing

@testable import Planner

@Suite("Solution check")
struct SolutionCheckTests {
    /// x + y ≥ 2, x integer in [0, 3]: (1, 1) satisfies everything; each broken
    /// value below breaks exactly one rule.
    static func program() -> LinearProgram {
        var lp = LinearProgram()
        let x = lp.addColumn("x", upper: 3, isInteger: true)
        let y = lp.addColumn("y")
        lp.addRow("cover", lower: 2, terms: [(x, 1), (y, 1)])
        return lp
    }

    @Test func aFeasibleSolutionPasses() {
        #expect(Self.program().violations(of: [1, 1]).isEmpty)
    }

    @Test(arguments: [
        (values: [0.5, 1.5], expected: "integer column x is 0.5"),
        (values: [4.0, 0.0], expected: "column x is above its upper bound 3.0"),
        (values: [1.0, -1.0], expected: "column y is below its lower bound 0.0"),
        (values: [1.0, 0.5], expected: "row cover is below its lower bound 2.0"),
    ])
    func eachBrokenRuleIsNamed(values: [Double], expected: String) {
        let found = Self.program().violations(of: values)
        #expect(found.map(\.what).contains(expected), "found: \(found)")
    }

    @Test func roundingNoiseIsTolerated() {
        #expect(Self.program().violations(of: [1 + 1e-9, 1 - 1e-8]).isEmpty)
    }
}
