/// Checks that run on a file's raw bytes before it is parsed as CSV.
enum CSVByteCheck {
    struct Problem {
        var position: SourcePosition
        var message: String
    }

    /// The first NUL byte (a binary file) or invalid UTF-8 sequence, with its position.
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        if bytes.isEmpty {
            return Problem(position: .fileStart, message: "empty file: expected a header row")
        }
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let first = encoded.first!
                if first == 0 {
                    return Problem(position: SourcePosition(line: line, column: column),
                                   message: "binary file: a NUL byte is not CSV text")
                }
                if first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                return Problem(position: SourcePosition(line: line, column: column),
                               message: "invalid UTF-8: save the file as UTF-8 text")
            case .emptyInput:
                return nil
            }
        }
    }
}
