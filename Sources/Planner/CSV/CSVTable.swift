/// One cell of a CSV file with the place it came from.
public struct CSVField: Sendable, Equatable {
    /// The cell's text, trimmed of surrounding spaces, quotes removed.
    public var text: String
    public var position: SourcePosition

    public init(_ text: String, _ position: SourcePosition) {
        self.text = text
        self.position = position
    }
}

/// One record (row) of a CSV file.
public struct CSVRecord: Sendable, Equatable {
    public var fields: [CSVField]

    /// The line the record starts on.
    public var line: Int { fields.first?.position.line ?? 0 }
}

/// A parsed CSV file: its header and its data records, comments and blank lines removed.
public struct CSVTable: Sendable, Equatable {
    /// The file as the user named it, used in diagnostics.
    public var file: String
    public var header: [CSVField]
    public var records: [CSVRecord]
}
