/// Collects every problem of a run so the user sees them all at once.
public struct Diagnostics: Sendable {
    /// Every error and warning, in the order recorded.
    public private(set) var all: [Diagnostic] = []

    /// An empty collection: no problem found yet.
    public init() {}

    /// True when at least one error (not only warnings) was recorded.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The errors only, in the order recorded.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    /// The warnings only, in the order recorded.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// Records an error at `position` of `file`.
    public mutating func error(_ file: String, _ position: SourcePosition, _ message: String) {
        all.append(Diagnostic(.error, file: file, line: position.line, column: position.column, message))
    }

    /// Records a warning at `position` of `file`.
    public mutating func warning(_ file: String, _ position: SourcePosition, _ message: String) {
        all.append(Diagnostic(.warning, file: file, line: position.line, column: position.column, message))
    }

    /// Records a diagnostic made elsewhere.
    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Records every diagnostic of `other`, after those already here.
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
    /// 1-based line in the file.
    public var line: Int
    /// 1-based character (not byte) column in the line.
    public var column: Int

    /// The place at `line` and `column`, both 1-based.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file, for problems that belong to the whole file.
    public static let fileStart = SourcePosition(line: 1, column: 1)
}
