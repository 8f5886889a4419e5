import CCSV
import Foundation

/// Reads RFC 4180 CSV through libcsv, keeping each cell's line and column.
///
/// libcsv reports a field only when it meets a delimiter or a line end, so the
/// bytes are fed one segment at a time, each ending at such a byte: every
/// callback then belongs to the segment's last byte and positions stay exact.
public enum CSVReader {
    /// Parses `bytes`; on failure returns the diagnostics and no table.
    public static func parse(_ bytes: [UInt8], file: String) -> Result<CSVTable, CSVReadFailure> {
        if let problem = CSVByteCheck.firstProblem(in: bytes) {
            return .failure(CSVReadFailure(file: file, position: problem.position, message: problem.message))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let collector = FieldCollector()
        let outcome = collector.run(Array(body))
        if let failure = outcome {
            return .failure(CSVReadFailure(file: file, position: failure.position, message: failure.message))
        }
        var records = collector.records.filter { !$0.fields.allSatisfy { $0.text.isEmpty } }
        guard !records.isEmpty else {
            return .failure(
                CSVReadFailure(file: file, position: .fileStart, message: "empty file: expected a header row"))
        }
        let header = records.removeFirst().fields
        return .success(CSVTable(file: file, header: header, records: records))
    }

    /// Reads and parses a file from disk.
    public static func read(path: String, displayName: String) -> Result<CSVTable, CSVReadFailure> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(CSVReadFailure(file: displayName, position: .fileStart, message: "cannot read the file"))
        }
        return parse([UInt8](data), file: displayName)
    }
}

/// Why a CSV file could not be read at all.
public struct CSVReadFailure: Error, Sendable, Equatable {
    /// The file as the user named it, used in the diagnostic.
    public var file: String
    /// Where reading stopped: the offending byte, or the file start for a whole-file problem.
    public var position: SourcePosition
    /// What is wrong with the file, e.g. `empty file: expected a header row`.
    public var message: String
}

/// Accumulates libcsv's callbacks into records with positions.
private final class FieldCollector {
    var records: [CSVRecord] = []
    private var current: [CSVField] = []
    /// Where the field being read started; nil between fields.
    private var fieldStart: SourcePosition?
    /// The position of the byte just fed, to which any callback belongs.
    private var segmentEnd = SourcePosition.fileStart
    private var line = 1
    private var column = 1

    struct Failure {
        var position: SourcePosition
        var message: String
    }

    func run(_ bytes: [UInt8]) -> Failure? {
        var parser = csv_parser()
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else {
            return Failure(position: .fileStart, message: "out of memory")
        }
        defer { csv_free(&parser) }
        let context = Unmanaged.passUnretained(self).toOpaque()
        return bytes.withUnsafeBufferPointer { buffer -> Failure? in
            var index = 0
            let count = buffer.count
            while index < count {
                if fieldStart == nil && current.isEmpty, let end = commentLineEnd(buffer, from: index) {
                    advance(buffer, from: index, to: end)
                    index = end
                    continue
                }
                var end = index
                while end < count, !Self.endsSegment(buffer[end]) { end += 1 }
                end = min(end + 1, count)
                let first = buffer[index]
                if fieldStart == nil && first != 0x0D && first != 0x0A {
                    // A trimmed cell points at its text, not at the spaces before it.
                    var start = index
                    while start < end - 1, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
                    if Self.endsSegment(buffer[start]) { start = index }
                    fieldStart = position(after: buffer, from: index, to: start)
                }
                segmentEnd = position(after: buffer, from: index, to: end - 1)
                let fed = csv_parse(
                    &parser, buffer.baseAddress! + index, end - index, fieldCallback, recordCallback, context)
                if fed < end - index {
                    let at = position(after: buffer, from: index, to: index + fed)
                    let byte = buffer[index + fed]
                    let message =
                        byte == UInt8(ascii: "\"")
                        ? "a quote inside an unquoted cell: quote the whole cell and double the inner quotes (\"\")"
                        : "unexpected character after a closing quote: a quoted cell must end at a comma or a line end"
                    return Failure(position: at, message: message)
                }
                advance(buffer, from: index, to: end)
                index = end
            }
            segmentEnd = SourcePosition(line: line, column: column)
            if csv_fini(&parser, fieldCallback, recordCallback, context) != 0 {
                return Failure(
                    position: fieldStart ?? segmentEnd,
                    message: "unterminated quoted cell: the closing quote is missing")
            }
            return nil
        }
    }

    /// Takes one cell's text, already trimmed (see `fieldCallback`).
    func field(_ text: String) {
        current.append(CSVField(text, fieldStart ?? segmentEnd))
        fieldStart = nil
    }

    func endRecord() {
        if !current.isEmpty { records.append(CSVRecord(fields: current)) }
        current = []
        fieldStart = nil
    }

    private static func endsSegment(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x0A || byte == 0x0D
    }

    /// A line whose first cell starts with `#` is a comment: returns the index after its line end.
    private func commentLineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < buffer.count, buffer[index] == 0x20 || buffer[index] == 0x09 { index += 1 }
        guard index < buffer.count, buffer[index] == UInt8(ascii: "#") else { return nil }
        while index < buffer.count, buffer[index] != 0x0A, buffer[index] != 0x0D { index += 1 }
        if index < buffer.count, buffer[index] == 0x0D { index += 1 }
        if index < buffer.count, buffer[index] == 0x0A { index += 1 }
        return index
    }

    /// The position of `buffer[target]` when the reader stands at `buffer[start]`.
    private func position(after buffer: UnsafeBufferPointer<UInt8>, from start: Int, to target: Int) -> SourcePosition {
        var (l, c) = (line, column)
        var index = start
        while index < target {
            step(buffer, index, &l, &c)
            index += 1
        }
        return SourcePosition(line: l, column: c)
    }

    private func advance(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var index = start
        while index < end {
            step(buffer, index, &line, &column)
            index += 1
        }
    }

    /// Moves one byte: a line feed, or a carriage return not followed by one, starts a new line;
    /// UTF-8 continuation bytes do not count as columns.
    private func step(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ l: inout Int, _ c: inout Int) {
        let byte = buffer[index]
        if byte == 0x0A || (byte == 0x0D && (index + 1 >= buffer.count || buffer[index + 1] != 0x0A)) {
            l += 1
            c = 1
        } else if byte & 0xC0 != 0x80 && byte != 0x0D {
            c += 1
        }
    }
}

private func fieldCallback(_ data: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
    let collector = Unmanaged<FieldCollector>.fromOpaque(context!).takeUnretainedValue()
    let text: String
    if let data, length > 0 {
        let bytes = UnsafeRawBufferPointer(start: data, count: length)
        text = String(decoding: bytes, as: UTF8.self)
        // Most cells start and end with a visible ASCII byte and need no trimming;
        // Foundation's trim (tab and every Unicode space) costs more than parsing.
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && byte != 0x09 }
        if !(plain(bytes[0]) && plain(bytes[length - 1])) {
            collector.field(text.trimmingCharacters(in: .whitespaces))
            return
        }
    } else {
        text = ""
    }
    collector.field(text)
}

private func recordCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    Unmanaged<FieldCollector>.fromOpaque(context!).takeUnretainedValue().endRecord()
}
