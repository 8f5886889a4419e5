import Testing

@testable import Planner

/// A `PlanModel` built from a `ModelFixture` and read by row and column names,
/// without any solver: the bottom of the test pyramid for the model builder.
struct BuiltModel {
    let model: PlanModel

    init(_ fixture: ModelFixture, strengthened: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) throws {
        model = PlanModel(catalog: try fixture.catalog(sourceLocation: sourceLocation), strengthened: strengthened)
    }

    var program: LinearProgram { model.program }
    var columnNames: [String] { program.columns.map(\.name) }
    var rowNames: [String] { program.rows.map(\.name) }

    func column(_ name: String) -> LinearProgram.Column? { program.columns.first { $0.name == name } }
    func row(_ name: String) -> LinearProgram.Row? { program.rows.first { $0.name == name } }

    /// The row's nonzero coefficients by column name.
    func coefficients(_ row: String) -> [String: Double]? {
        guard let r = program.rows.firstIndex(where: { $0.name == row }) else { return nil }
        return coefficients(LinearProgram.RowID(index: r))
    }

    func coefficients(_ row: LinearProgram.RowID) -> [String: Double] {
        var terms: [String: Double] = [:]
        for entry in program.entries where entry.row == row.index {
            terms[program.columns[entry.column].name, default: 0] += entry.value
        }
        return terms
    }

    /// The name of a row handle (e.g. one of `model.limits`).
    func name(_ row: LinearProgram.RowID?) -> String? { row.map { program.rows[$0.index].name } }

    /// Every objective coefficient that is not zero, by column name.
    var costs: [String: Double] {
        Dictionary(uniqueKeysWithValues: program.columns.filter { $0.cost != 0 }.map { ($0.name, $0.cost) })
    }
}

/// Equal, or close when finite (±∞ bounds compare exactly).
func same(_ value: Double, _ expected: Double) -> Bool {
    value == expected || (value.isFinite && expected.isFinite && close(value, expected))
}

/// `#expect`s that two name → number maps have the same names and close numbers.
func expectTerms(
    _ actual: [String: Double]?, _ expected: [String: Double], _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual else {
        Issue.record("\(what): missing", sourceLocation: sourceLocation)
        return
    }
    #expect(
        Set(actual.keys) == Set(expected.keys), "\(what): columns \(actual.keys.sorted()) ≠ \(expected.keys.sorted())",
        sourceLocation: sourceLocation)
    for (name, value) in expected {
        guard let got = actual[name] else { continue }
        #expect(same(got, value), "\(what), \(name): \(got) ≠ \(value)", sourceLocation: sourceLocation)
    }
}

extension BuiltModel {
    /// `#expect`s a row's bounds and its exact set of coefficients.
    func expectRow(
        _ name: String, lower: Double = -.infinity, upper: Double = .infinity, _ terms: [String: Double],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let row = row(name) else {
            Issue.record("no row \(name) among \(rowNames)", sourceLocation: sourceLocation)
            return
        }
        #expect(same(row.lower, lower), "\(name) lower \(row.lower) ≠ \(lower)", sourceLocation: sourceLocation)
        #expect(same(row.upper, upper), "\(name) upper \(row.upper) ≠ \(upper)", sourceLocation: sourceLocation)
        expectTerms(coefficients(name), terms, name, sourceLocation: sourceLocation)
    }

    /// `#expect`s a column's bounds, objective coefficient and kind.
    func expectColumn(
        _ name: String, lower: Double = 0, upper: Double = .infinity, cost: Double = 0, isInteger: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let column = column(name) else {
            Issue.record("no column \(name) among \(columnNames)", sourceLocation: sourceLocation)
            return
        }
        #expect(same(column.lower, lower), "\(name) lower \(column.lower) ≠ \(lower)", sourceLocation: sourceLocation)
        #expect(same(column.upper, upper), "\(name) upper \(column.upper) ≠ \(upper)", sourceLocation: sourceLocation)
        #expect(same(column.cost, cost), "\(name) cost \(column.cost) ≠ \(cost)", sourceLocation: sourceLocation)
        #expect(column.isInteger == isInteger, "\(name) integer", sourceLocation: sourceLocation)
    }

    /// `#expect`s that no row and no column name starts with any of `prefixes`.
    func expectNone(_ prefixes: String..., sourceLocation: SourceLocation = #_sourceLocation) {
        for prefix in prefixes {
            let found = (rowNames + columnNames).filter { $0.hasPrefix(prefix) }
            #expect(found.isEmpty, "unexpected \(found)", sourceLocation: sourceLocation)
        }
    }
}
