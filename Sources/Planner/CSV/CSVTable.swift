/// One cell of a CSV file with the place it came from.
public struct CSVField: Sendable, Equatable {
    /// The cell's text, trimmed of surrounding spaces, quotes removed.
    public var text: String
    /// Line and column where the cell starts (for a quoted cell, its opening quote).
    public var position: SourcePosition

    /// A cell with its text and the place it starts.
    public init(_ text: String, _ position: SourcePosition) {
        self.text = text
        self.position = position
    }
}

/// One record (row) of a CSV file.
public struct CSVRecord: Sendable, Equatable {
    /// The record's cells, left to right.
    public var fields: [CSVField]

    /// The line the record starts on.
    public var line: Int { fields.first?.position.line ?? 0 }
}

/// A parsed CSV file: its header and its data records, comments and blank lines removed.
public struct CSVTable: Sendable, Equatable {
    /// The file as the user named it, used in diagnostics.
    public var file: String
    /// The first record: the column names, with their positions.
    public var header: [CSVField]
    /// Every data record below the header, in file order.
    public var records: [CSVRecord]
}
