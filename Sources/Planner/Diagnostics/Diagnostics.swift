/// Collects every problem of a run so the user sees them all at once.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    /// True when at least one error (not only warnings) was recorded.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    public mutating func error(_ file: String, _ position: SourcePosition, _ message: String) {
        all.append(Diagnostic(.error, file: file, line: position.line, column: position.column, message))
    }

    public mutating func warning(_ file: String, _ position: SourcePosition, _ message: String) {
        all.append(Diagnostic(.warning, file: file, line: position.line, column: position.column, message))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    /// Errors and warnings in reading order: by file, line, column, then message.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file < y.file }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// A 1-based line and character column in a file.
public struct SourcePosition: Sendable, Equatable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file, for problems that belong to the whole file.
    public static let fileStart = SourcePosition(line: 1, column: 1)
}
