import Testing

@testable import Planner

/// Model-builder tests: exact rows, entries and bounds, no solver involved.
@Suite("LinearProgram")
struct LinearProgramTests {
    @Test("addRow sums a repeated column and drops terms that cancel or are zero")
    func mergesRepeatedColumns() {
        var program = LinearProgram()
        let x = program.addColumn("x")
        let y = program.addColumn("y")
        let z = program.addColumn("z")
        // x: 1 + 3 = 4; y: 2 − 2 = 0 (dropped); z: 0 (dropped).
        program.addRow("r", upper: 10, terms: [(x, 1), (y, 2), (x, 3), (y, -2), (z, 0)])
        #expect(program.entries == [LinearProgram.Entry(row: 0, column: 0, value: 4)])
    }

    @Test("a row after a compacted row does not merge into a stale position")
    func staleMarkersAreIgnored() {
        var program = LinearProgram()
        let a = program.addColumn("a")
        let b = program.addColumn("b")
        let c = program.addColumn("c")
        // Row 0 keeps only a (b cancels), so b's old position 1 is reused by c in row 1.
        program.addRow("r0", terms: [(a, 1), (b, 1), (b, -1)])
        program.addRow("r1", terms: [(c, 1), (b, 2), (c, 5)])
        #expect(
            program.entries == [
                .init(row: 0, column: 0, value: 1),
                .init(row: 1, column: 2, value: 6),
                .init(row: 1, column: 1, value: 2),
            ])
        #expect(program.validationIssues().isEmpty)
    }

    @Test("columns keep defaults, and addCost / setBounds change one column")
    func columnEdits() {
        var program = LinearProgram()
        let x = program.addColumn("x")
        program.addCost(x, 2.5)
        program.addCost(x, 1.5)
        program.setBounds(x, lower: -1, upper: 3)
        #expect(program.columns == [.init(name: "x", lower: -1, upper: 3, cost: 4, isInteger: false)])
        let row = program.addRow("free", terms: [])
        #expect(row.index == 0)
        #expect(program.rows == [.init(name: "free", lower: -.infinity, upper: .infinity)])
    }

    @Test("withIntegersFixed fixes rounded, clamped integer values and leaves continuous columns")
    func fixIntegers() throws {
        var program = LinearProgram()
        program.addColumn("n", lower: 0, upper: 10, isInteger: true)
        program.addColumn("open", lower: 0, upper: 1, isInteger: true)
        program.addColumn("flow", lower: 0, upper: 7)
        // 2.9999999 rounds to 3; 1.0000004 rounds to 1 (within the upper bound).
        let fixed = try program.withIntegersFixed([2.999_999_9, 1.000_000_4, 4.2])
        #expect(fixed.columns[0] == .init(name: "n", lower: 3, upper: 3, cost: 0, isInteger: false))
        #expect(fixed.columns[1] == .init(name: "open", lower: 1, upper: 1, cost: 0, isInteger: false))
        #expect(fixed.columns[2] == program.columns[2])
        #expect(program.columns[0].isInteger, "the original program is unchanged")
    }

    @Test("withIntegersFixed rejects a solution of the wrong size or with NaN")
    func fixIntegersRejectsBadSolutions() {
        var program = LinearProgram()
        program.addColumn("n", upper: 5, isInteger: true)
        #expect(throws: FixIntegersError.valueCountMismatch(columns: 1, values: 0)) {
            try program.withIntegersFixed([])
        }
        #expect(throws: FixIntegersError.self) { try program.withIntegersFixed([.nan]) }
    }
}
