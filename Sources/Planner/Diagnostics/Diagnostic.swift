/// One problem found in the inputs, pointing at the cell that causes it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Whether the problem stops the run.
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        /// Warnings sort before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Error (nothing is planned) or warning (reported, the run goes on).
    public var severity: Severity
    /// The file as the user named it, e.g. `inputs/sites.csv`.
    public var file: String
    /// 1-based line of the cell (the line where a quoted cell starts).
    public var line: Int
    /// 1-based character column where the cell starts.
    public var column: Int
    /// What is wrong and, where known, a hint how to fix it.
    public var message: String

    /// A problem at `line`:`column` of `file`; positions below 1 are raised to 1.
    public init(_ severity: Severity, file: String, line: Int, column: Int, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.message = message
    }

    /// The compiler-style form editors and CI logs understand.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)"
    }

    /// GitHub Actions' workflow command, which annotates the file in a pull request.
    public var githubAnnotation: String {
        let escaped =
            message
            .replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
        return "::\(severity.rawValue) file=\(file),line=\(line),col=\(column)::\(escaped)"
    }
}
