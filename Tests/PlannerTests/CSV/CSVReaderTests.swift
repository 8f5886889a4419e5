import Foundation
import Testing

@testable import Planner

/// What libcsv plus the position-keeping collector make of a file's text.
@Suite struct CSVReaderTests {
    /// Every row (header first) as trimmed cell texts.
    static func rows(_ text: String) throws -> [[String]] {
        try rows(Array(text.utf8))
    }

    static func rows(_ bytes: [UInt8]) throws -> [[String]] {
        let table = try CSVReader.parse(bytes, file: "t.csv").get()
        return [table.header.map(\.text)] + table.records.map { $0.fields.map(\.text) }
    }

    @Test(arguments: [
        (name: "plain", text: "a,b\n1,2\n", expected: [["a", "b"], ["1", "2"]]),
        (name: "quoted", text: "a,b\n\"1\",\"x\"\n", expected: [["a", "b"], ["1", "x"]]),
        (name: "embedded comma", text: "a,b\n\"1,5\",x\n", expected: [["a", "b"], ["1,5", "x"]]),
        (name: "embedded LF", text: "a,b\n\"l1\nl2\",x\n", expected: [["a", "b"], ["l1\nl2", "x"]]),
        (name: "embedded CRLF", text: "a,b\r\n\"l1\r\nl2\",x\r\n", expected: [["a", "b"], ["l1\r\nl2", "x"]]),
        (name: "doubled quotes", text: "a,b\n\"say \"\"hi\"\"\",x\n", expected: [["a", "b"], ["say \"hi\"", "x"]]),
        (name: "only doubled quotes", text: "a\n\"\"\"\"\n", expected: [["a"], ["\""]]),
        (name: "empty quoted", text: "a,b\n\"\",x\n", expected: [["a", "b"], ["", "x"]]),
        (name: "CRLF", text: "a,b\r\n1,2\r\n3,4\r\n", expected: [["a", "b"], ["1", "2"], ["3", "4"]]),
        (name: "CR only", text: "a,b\r1,2\r3,4\r", expected: [["a", "b"], ["1", "2"], ["3", "4"]]),
        (name: "no final line end", text: "a,b\n1,2", expected: [["a", "b"], ["1", "2"]]),
        (name: "comment lines", text: "# top\na,b\n# mid, with comma\n1,2\n", expected: [["a", "b"], ["1", "2"]]),
        (
            name: "comment with quotes", text: "# say \"hi\n# and \"\"more\na,b\n1,2\n",
            expected: [["a", "b"], ["1", "2"]]
        ),
        (name: "indented comment", text: "a,b\n  # note\n1,2\n", expected: [["a", "b"], ["1", "2"]]),
        (name: "CRLF comment", text: "# c\r\na,b\r\n# c2\r\n1,2\r\n", expected: [["a", "b"], ["1", "2"]]),
        (name: "hash later in row is data", text: "a,b\n1,#2\n", expected: [["a", "b"], ["1", "#2"]]),
        (name: "blank lines", text: "\n\na,b\n\n1,2\n\n\n", expected: [["a", "b"], ["1", "2"]]),
        (name: "whitespace-only line", text: "a,b\n   \n1,2\n", expected: [["a", "b"], ["1", "2"]]),
        (name: "line of only commas", text: "a,b\n,\n1,2\n,,,,\n", expected: [["a", "b"], ["1", "2"]]),
        (name: "trailing empty field", text: "a,b,c\n1,2,\n", expected: [["a", "b", "c"], ["1", "2", ""]]),
        (name: "trimmed cells", text: " a , b\t\n 1 ,\t2 \n", expected: [["a", "b"], ["1", "2"]]),
        (name: "trimmed around quotes", text: "a,b\n \"1\" ,x\n", expected: [["a", "b"], ["1", "x"]]),
        (name: "multibyte text", text: "a,b\nZürich,東京\n", expected: [["a", "b"], ["Zürich", "東京"]]),
    ])
    func cells(name: String, text: String, expected: [[String]]) throws {
        #expect(try Self.rows(text) == expected)
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        #expect(try Self.rows([0xEF, 0xBB, 0xBF] + Array("id,x\n1,2\n".utf8)) == [["id", "x"], ["1", "2"]])
    }

    @Test func headerOnlyHasNoRecords() throws {
        #expect(try Self.rows("a,b\n") == [["a", "b"]])
    }
}
