import Testing

@testable import Planner

/// The validator must catch, before any GLPK call, everything GLPK would abort on.
@Suite("Model validation")
struct ModelValidationTests {
    /// A valid two-column, one-row program that each case then breaks once.
    static func base() -> (LinearProgram, LinearProgram.ColumnID, LinearProgram.ColumnID) {
        var program = LinearProgram()
        let x = program.addColumn("x", upper: 10, cost: 1)
        let y = program.addColumn("y", upper: 10, cost: 1, isInteger: true)
        return (program, x, y)
    }

    static let cases: [(id: String, build: @Sendable () -> LinearProgram)] = [
        (
            "nan_cost",
            {
                var (p, x, _) = base()
                p.addCost(x, .nan)
                return p
            }
        ),
        (
            "huge_cost",
            {
                var (p, x, _) = base()
                p.addCost(x, 2e15)
                return p
            }
        ),
        (
            "infinite_coefficient",
            {
                var (p, x, y) = base()
                p.addRow("r", upper: 1, terms: [(x, .infinity), (y, 1)])
                return p
            }
        ),
        (
            "nan_coefficient",
            {
                var (p, x, _) = base()
                p.addRow("r", upper: 1, terms: [(x, .nan)])
                return p
            }
        ),
        (
            "coefficient_above_1e12",
            {
                var (p, x, _) = base()
                p.addRow("r", upper: 1, terms: [(x, 1e13)])
                return p
            }
        ),
        (
            "coefficient_below_1e-12",
            {
                var (p, x, _) = base()
                p.addRow("r", upper: 1, terms: [(x, 1e-13)])
                return p
            }
        ),
        (
            "column_lower_above_upper",
            {
                var (p, x, _) = base()
                p.setBounds(x, lower: 2, upper: 1)
                return p
            }
        ),
        (
            "column_lower_plus_infinity",
            {
                var (p, x, _) = base()
                p.setBounds(x, lower: .infinity, upper: .infinity)
                return p
            }
        ),
        (
            "column_nan_bound",
            {
                var (p, x, _) = base()
                p.setBounds(x, lower: .nan, upper: 1)
                return p
            }
        ),
        (
            "row_lower_above_upper",
            {
                var (p, x, _) = base()
                p.addRow("r", lower: 5, upper: 4, terms: [(x, 1)])
                return p
            }
        ),
        (
            "row_upper_minus_infinity",
            {
                var (p, x, _) = base()
                p.addRow("r", upper: -.infinity, terms: [(x, 1)])
                return p
            }
        ),
        (
            "fractional_integer_bound",
            {
                var (p, _, y) = base()
                p.setBounds(y, lower: 0, upper: 2.5)
                return p
            }
        ),
        (
            "nan_objective_constant",
            {
                var (p, _, _) = base()
                p.objectiveConstant = .nan
                return p
            }
        ),
        (
            "name_300_bytes",
            {
                var (p, _, _) = base()
                p.addColumn(String(repeating: "n", count: 300))
                return p
            }
        ),
        (
            "name_with_space",
            {
                var (p, x, _) = base()
                p.addRow("floor space", upper: 1, terms: [(x, 1)])
                return p
            }
        ),
        (
            "name_with_tab",
            {
                var (p, _, _) = base()
                p.addColumn("a\tb")
                return p
            }
        ),
        (
            "empty_name",
            {
                var (p, _, _) = base()
                p.addColumn("")
                return p
            }
        ),
    ]

    @Test("the base program is valid")
    func baseIsValid() {
        #expect(Self.base().0.validationIssues().isEmpty)
    }

    @Test("each defect is reported, and both solves refuse without calling GLPK", arguments: cases)
    func rejects(_ testCase: (id: String, build: @Sendable () -> LinearProgram)) {
        let program = testCase.build()
        let issues = program.validationIssues()
        #expect(issues.count == 1, "\(testCase.id): \(issues)")
        #expect(!(issues.first?.description.isEmpty ?? true))
        for result in [GLPKSolver().solveMIP(program), GLPKSolver().solveLP(program)] {
            #expect(result.status == .invalidModel)
            #expect(result.glpkReturnCode == -1)
            #expect(result.columnValues.isEmpty)
            #expect(result.message.contains(issues.first?.description ?? "?"))
        }
    }

    @Test("a 300-byte name is reported with its length")
    func longNameSentence() {
        var program = LinearProgram()
        program.addColumn(String(repeating: "n", count: 300))
        let issue = program.validationIssues().first
        guard case .invalidName(.column, 0, _, .tooLong(bytes: 300)) = issue else {
            Issue.record("unexpected issue \(String(describing: issue))")
            return
        }
        #expect(issue?.description.contains("300 bytes") == true)
    }

    @Test("many issues are capped at the limit and the rest counted")
    func issueLimit() {
        var program = LinearProgram()
        let x = program.addColumn("x")
        for i in 0..<1000 { program.addRow("r\(i)", upper: 1, terms: [(x, .nan)]) }
        let issues = program.validationIssues(limit: 10)
        #expect(issues.count == 11)
        guard case .more(count: 990) = issues.last else {
            Issue.record("expected a trailing .more(990), got \(String(describing: issues.last))")
            return
        }
    }

    @Test(
        "invalid solve options are refused too",
        arguments: [
            (id: "nan_gap", gap: Double.nan, seconds: 1.0),
            (id: "negative_gap", gap: -0.1, seconds: 1.0),
            (id: "zero_time", gap: 0.01, seconds: 0.0),
        ])
    func rejectsOptions(_ testCase: (id: String, gap: Double, seconds: Double)) {
        var options = SolveOptions()
        options.mipGap = testCase.gap
        options.timeLimitSeconds = testCase.seconds
        let result = GLPKSolver().solveMIP(smallKnapsack(), options: options)
        #expect(result.status == .invalidModel, "\(testCase.id)")
    }
}
