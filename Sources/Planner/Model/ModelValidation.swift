/// Limits beyond which GLPK aborts or loses accuracy; checked before any GLPK call.
enum ModelLimits {
    static let maxCoefficient = 1e12
    static let minNonzeroCoefficient = 1e-12
    static let maxCost = 1e15
    static let maxNameBytes = 255
    static let maxCount = Int(Int32.max) - 1
}

/// Collects issues up to a limit and counts the rest, so a model with a
/// million bad entries yields a readable list.
struct IssueCollector {
    let limit: Int
    private(set) var issues: [ModelIssue] = []
    private var omitted = 0

    init(limit: Int) { self.limit = max(limit, 1) }

    mutating func add(_ issue: @autoclosure () -> ModelIssue) {
        if issues.count < limit { issues.append(issue()) } else { omitted += 1 }
    }

    func result() -> [ModelIssue] { omitted > 0 ? issues + [.more(count: omitted)] : issues }
}

extension LinearProgram {
    /// Everything that would make GLPK abort or misread this program, each
    /// with a sentence; empty when the program is safe to hand to GLPK.
    public func validationIssues(limit: Int = 100) -> [ModelIssue] {
        var collector = IssueCollector(limit: limit)
        checkSizes(&collector)
        if !objectiveConstant.isFinite { collector.add(.invalidObjectiveConstant(objectiveConstant)) }
        checkColumns(&collector)
        checkRows(&collector)
        checkEntries(&collector)
        return collector.result()
    }

    private func checkSizes(_ collector: inout IssueCollector) {
        for (what, count) in [("columns", columns.count), ("rows", rows.count), ("entries", entries.count)]
        where count > ModelLimits.maxCount {
            collector.add(.tooLarge(what: what, count: count))
        }
    }

    private func checkColumns(_ collector: inout IssueCollector) {
        for (j, column) in columns.enumerated() {
            if let problem = nameProblem(column.name) {
                collector.add(.invalidName(owner: .column, index: j, name: column.name, problem: problem))
            }
            if !column.cost.isFinite || abs(column.cost) > ModelLimits.maxCost {
                collector.add(.invalidCost(column: column.name, usdPerUnit: column.cost))
            }
            if !boundsAreValid(column.lower, column.upper) {
                collector.add(.invalidColumnBounds(column: column.name, lower: column.lower, upper: column.upper))
            } else if column.isInteger && !integral(column.lower, column.upper) {
                collector.add(.fractionalIntegerBounds(column: column.name, lower: column.lower, upper: column.upper))
            }
        }
    }

    private func checkRows(_ collector: inout IssueCollector) {
        for (i, row) in rows.enumerated() {
            if let problem = nameProblem(row.name) {
                collector.add(.invalidName(owner: .row, index: i, name: row.name, problem: problem))
            }
            if !boundsAreValid(row.lower, row.upper) {
                collector.add(.invalidRowBounds(row: row.name, lower: row.lower, upper: row.upper))
            }
        }
    }

    private func checkEntries(_ collector: inout IssueCollector) {
        // Entries are grouped by row (only addRow appends them), so a column
        // seen twice within the current row's run is a repeat; one marker
        // array replaces a set per row.
        var rowMarkOfColumn = [Int](repeating: -1, count: columns.count)
        var runStart = 0
        for (k, entry) in entries.enumerated() {
            guard rows.indices.contains(entry.row), columns.indices.contains(entry.column) else {
                collector.add(.entryOutOfRange(entry: k, row: entry.row, column: entry.column))
                continue
            }
            if k > 0 && entries[k - 1].row != entry.row { runStart = k }
            let value = entry.value
            let size = abs(value)
            if !value.isFinite || size > ModelLimits.maxCoefficient
                || (value != 0 && size < ModelLimits.minNonzeroCoefficient)
            {
                collector.add(
                    .invalidCoefficient(
                        row: rows[entry.row].name, column: columns[entry.column].name, value: value))
            }
            if rowMarkOfColumn[entry.column] >= runStart {
                collector.add(.repeatedEntry(row: rows[entry.row].name, column: columns[entry.column].name))
            }
            rowMarkOfColumn[entry.column] = k
        }
    }

    /// Unique names, which exported MPS and LP files need to read back the same.
    func duplicateNameIssues(limit: Int = 100) -> [ModelIssue] {
        var collector = IssueCollector(limit: limit)
        var firstColumn: [String: Int] = [:]
        for (j, column) in columns.enumerated() {
            if let first = firstColumn.updateValue(j, forKey: column.name) {
                firstColumn[column.name] = first
                collector.add(
                    .invalidName(owner: .column, index: j, name: column.name, problem: .duplicate(firstIndex: first)))
            }
        }
        var firstRow: [String: Int] = [:]
        for (i, row) in rows.enumerated() {
            if let first = firstRow.updateValue(i, forKey: row.name) {
                firstRow[row.name] = first
                collector.add(
                    .invalidName(owner: .row, index: i, name: row.name, problem: .duplicate(firstIndex: first)))
            }
        }
        return collector.result()
    }
}

/// A bound pair GLPK accepts: no NaN, infinities only on their open side.
private func boundsAreValid(_ lower: Double, _ upper: Double) -> Bool {
    !lower.isNaN && !upper.isNaN && lower != .infinity && upper != -.infinity && lower <= upper
}

/// Finite bounds of an integer column must be whole numbers for glp_intopt.
private func integral(_ lower: Double, _ upper: Double) -> Bool {
    (!lower.isFinite || lower == lower.rounded(.down)) && (!upper.isFinite || upper == upper.rounded(.down))
}

/// GLPK rejects names over 255 bytes or with control characters; MPS
/// separates fields by blanks, so a blank would split a name.
private func nameProblem(_ name: String) -> ModelIssue.NameProblem? {
    if name.isEmpty { return .empty }
    let bytes = name.utf8.count
    if bytes > ModelLimits.maxNameBytes { return .tooLong(bytes: bytes) }
    // Fast path: model names are ASCII, and 1e5 Unicode property lookups show up in profiles.
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
        if name.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return .containsControlCharacter }
        return name.utf8.contains(0x20) ? .containsBlank : nil
    }
    for scalar in name.unicodeScalars {
        if scalar.properties.generalCategory == .control { return .containsControlCharacter }
        if scalar.properties.isWhitespace { return .containsBlank }
    }
    return nil
}
