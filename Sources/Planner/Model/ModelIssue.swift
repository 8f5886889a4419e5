/// A problem with a program or with solve options that would make GLPK
/// abort the process or misbehave; found before any GLPK call.
public enum ModelIssue: Sendable, CustomStringConvertible {
    /// Which kind of object a name belongs to.
    public enum NameOwner: String, Sendable {
        /// A column (variable) name.
        case column
        /// A row (constraint) name.
        case row
    }

    /// What is wrong with a name.
    public enum NameProblem: Sendable, Equatable {
        /// The name is the empty string.
        case empty
        /// The name is longer than GLPK's 255-byte limit.
        case tooLong(bytes: Int)
        /// The name contains a blank, which splits MPS fields.
        case containsBlank
        /// The name contains a control character, which GLPK rejects.
        case containsControlCharacter
        /// The name repeats that of an earlier row or column (export only).
        case duplicate(firstIndex: Int)
    }

    /// The objective constant is NaN or infinite.
    case invalidObjectiveConstant(Double)
    /// A cost is NaN, infinite or above 1e15 in magnitude.
    case invalidCost(column: String, usdPerUnit: Double)
    /// Column bounds are NaN, closed at an infinity, or crossed.
    case invalidColumnBounds(column: String, lower: Double, upper: Double)
    /// Row bounds are NaN, closed at an infinity, or crossed.
    case invalidRowBounds(row: String, lower: Double, upper: Double)
    /// An integer column has a fractional finite bound (GLPK refuses to branch).
    case fractionalIntegerBounds(column: String, lower: Double, upper: Double)
    /// A coefficient is NaN, infinite, or outside 1e-12 ... 1e12 in magnitude.
    case invalidCoefficient(row: String, column: String, value: Double)
    /// An entry names a row or column that does not exist.
    case entryOutOfRange(entry: Int, row: Int, column: Int)
    /// Two entries share a (row, column) pair.
    case repeatedEntry(row: String, column: String)
    /// A row or column name that GLPK or the MPS format cannot take.
    case invalidName(owner: NameOwner, index: Int, name: String, problem: NameProblem)
    /// More rows, columns or entries than GLPK's 32-bit indices can address.
    case tooLarge(what: String, count: Int)
    /// A solve option outside what GLPK accepts.
    case invalidOption(name: String, value: Double, requirement: String)
    /// Further issues that were counted but not listed.
    case more(count: Int)

    /// One plain sentence naming the object and saying what to fix.
    public var description: String {
        switch self {
        case .invalidObjectiveConstant(let value):
            return "the objective constant is \(value); it must be finite"
        case .invalidCost(let column, let cost):
            return "column \(column) has cost \(cost) USD per unit; costs must be finite and at most 1e15 in magnitude"
        case .invalidColumnBounds(let column, let lower, let upper):
            return "column \(column) has bounds [\(lower), \(upper)]; \(Self.boundsRule)"
        case .invalidRowBounds(let row, let lower, let upper):
            return "row \(row) has bounds [\(lower), \(upper)]; \(Self.boundsRule)"
        case .fractionalIntegerBounds(let column, let lower, let upper):
            return
                "integer column \(column) has bounds [\(lower), \(upper)]; bounds of an integer column must be whole numbers"
        case .invalidCoefficient(let row, let column, let value):
            return "row \(row) has coefficient \(value) on column \(column); coefficients must be finite, "
                + "at most 1e12 and, unless zero, at least 1e-12 in magnitude (rescale the row)"
        case .entryOutOfRange(let entry, let row, let column):
            return "matrix entry \(entry) refers to row \(row), column \(column), which do not exist"
        case .repeatedEntry(let row, let column):
            return "row \(row) has more than one coefficient for column \(column); merge them into one"
        case .invalidName(let owner, let index, let name, let problem):
            return "\(owner.rawValue) \(index) (\(Self.shortened(name))) \(Self.sentence(for: problem))"
        case .tooLarge(let what, let count):
            return "the program has \(count) \(what); GLPK addresses at most \(Int(Int32.max) - 1)"
        case .invalidOption(let name, let value, let requirement):
            return "the solve option \(name) is \(value); it must be \(requirement)"
        case .more(let count):
            return "and \(count) more issues of the same kinds"
        }
    }

    private static let boundsRule =
        "bounds must not be NaN, lower must not be +infinity, upper must not be -infinity, and lower ≤ upper"

    private static func sentence(for problem: NameProblem) -> String {
        switch problem {
        case .empty: return "has an empty name; give it one"
        case .tooLong(let bytes): return "has a name of \(bytes) bytes; GLPK accepts at most 255"
        case .containsBlank: return "has a name with a blank; MPS files cannot hold it"
        case .containsControlCharacter: return "has a name with a control character; GLPK rejects it"
        case .duplicate(let first): return "has the same name as number \(first); exported files need unique names"
        }
    }

    /// Keeps messages short when the offending name is itself very long.
    private static func shortened(_ name: String) -> String {
        name.count <= 40 ? "'\(name)'" : "'\(name.prefix(40))…'"
    }
}
