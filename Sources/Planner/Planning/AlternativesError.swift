/// Why `alternatives` cannot start: a `--slack` or `--decision` it cannot read,
/// or a decision that names something the catalogs do not have.
public enum AlternativesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--slack` is not a percentage or fraction between 0 and 100 %.
    case badSlack(String)
    /// `--decision ""`.
    case emptyDecision
    /// The part before `:` is not a decision planctl knows.
    case unknownKind(decision: String, kind: String)
    /// A filter is not `KEY=VALUE`.
    case notKeyValue(decision: String, part: String)
    /// A filter key this kind of decision does not take.
    case unknownKey(decision: String, kind: AlternativeDecision.Kind, key: String)
    /// The same key twice in one decision.
    case repeatedKey(decision: String, key: String)
    /// A filter value that is not one of the allowed words (technology, contract).
    case badWord(decision: String, key: String, value: String, allowed: [String])
    /// A filter value naming an id the catalog does not have.
    case unknownID(decision: String, key: String, value: String, file: String)
    /// The same decision named twice (filters in any order).
    case repeatedDecision(String)

    /// One plain sentence saying what is wrong and what to write instead.
    public var description: String {
        switch self {
        case .badSlack(let text):
            return "--slack takes a percentage (`2%`) or a fraction (`0.02`) between 0 and 100 %, not \"\(text)\""
        case .emptyDecision:
            return "--decision is empty; name a decision such as accelerators:site=SITE"
        case .unknownKind(let decision, let kind):
            let kinds = AlternativeDecision.Kind.allCases.map(\.rawValue)
            return "--decision \"\(decision)\": unknown decision \"\(kind)\"; use "
                + kinds.dropLast().joined(separator: ", ") + " or " + kinds.last!
        case .notKeyValue(let decision, let part):
            return "--decision \"\(decision)\": \"\(part)\" is not KEY=VALUE; write e.g. accelerators:site=SITE"
        case .unknownKey(let decision, let kind, let key):
            let keys = kind.keys.map { $0 + "=" }
            return "--decision \"\(decision)\": \(kind.rawValue) takes "
                + (keys.count == 1 ? keys[0] : keys.dropLast().joined(separator: ", ") + " or " + keys.last!)
                + ", not \(key)="
        case .repeatedKey(let decision, let key):
            return "--decision \"\(decision)\": \(key)= is given twice; name one decision per --decision"
        case .badWord(let decision, let key, let value, let allowed):
            return "--decision \"\(decision)\": \(key) is " + allowed.joined(separator: " or ") + ", not \"\(value)\""
        case .unknownID(let decision, let key, let value, let file):
            return "--decision \"\(decision)\": no \(key) \"\(value)\" in \(file)"
        case .repeatedDecision(let decision):
            return "--decision \"\(decision)\" is given twice"
        }
    }
}
