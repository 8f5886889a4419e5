/// Checks a solution against the program it claims to solve, so a numerically
/// meaningless "optimal" is reported as such instead of becoming a plan.
public struct SolutionViolation: Sendable, Equatable, CustomStringConvertible {
    /// Which bound, integrality or row the solution breaks, by column or row name.
    public var what: String
    /// How far the value is off, in that row's or column's own unit (∞ when not finite).
    public var amount: Double

    /// The violation and its amount, as the report quotes it.
    public var description: String { "\(what) (off by \(amount))" }
}

extension LinearProgram {
    /// Violations beyond a tolerance relative to each row's or column's scale:
    /// bounds, integrality and every row's activity. At most `limit` are listed.
    public func violations(of values: [Double], tolerance: Double = 1e-6, limit: Int = 10) -> [SolutionViolation] {
        guard values.count == columns.count else {
            return [
                SolutionViolation(
                    what: "the solution has \(values.count) values for \(columns.count) columns", amount: 1)
            ]
        }
        var found: [SolutionViolation] = []
        func note(_ what: String, _ amount: Double) {
            if found.count < limit { found.append(SolutionViolation(what: what, amount: amount)) }
        }
        for (j, column) in columns.enumerated() {
            let value = values[j]
            guard value.isFinite else {
                note("column \(column.name) is not finite", .infinity)
                continue
            }
            let scale = max(1, abs(value))
            if value < column.lower - tolerance * scale {
                note("column \(column.name) is below its lower bound \(column.lower)", column.lower - value)
            }
            if value > column.upper + tolerance * scale {
                note("column \(column.name) is above its upper bound \(column.upper)", value - column.upper)
            }
            if column.isInteger && abs(value - value.rounded()) > 1e-5 {
                note("integer column \(column.name) is \(value)", abs(value - value.rounded()))
            }
        }
        var activity = [Double](repeating: 0, count: rows.count)
        var magnitude = [Double](repeating: 0, count: rows.count)
        for entry in entries {
            let term = entry.value * values[entry.column]
            activity[entry.row] += term
            magnitude[entry.row] += abs(term)
        }
        for (i, row) in rows.enumerated() {
            // Tolerance scales with the row's terms: cancellation of large terms leaves rounding noise.
            let slack =
                tolerance
                * max(1, magnitude[i], abs(row.lower.isFinite ? row.lower : 0), abs(row.upper.isFinite ? row.upper : 0))
            if activity[i] < row.lower - slack {
                note("row \(row.name) is below its lower bound \(row.lower)", row.lower - activity[i])
            }
            if activity[i] > row.upper + slack {
                note("row \(row.name) is above its upper bound \(row.upper)", activity[i] - row.upper)
            }
        }
        return found
    }
}
