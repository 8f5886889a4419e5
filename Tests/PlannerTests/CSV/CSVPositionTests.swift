import Testing

@testable import Planner

/// Every cell keeps the line and character column where it starts.
@Suite struct CSVPositionTests {
    /// `"text"@line:column` for every cell of every row, header first.
    static func located(_ text: String) throws -> [String] {
        let table = try CSVReader.parse(Array(text.utf8), file: "t.csv").get()
        return (table.header + table.records.flatMap(\.fields)).map {
            "\($0.text)@\($0.position.line):\($0.position.column)"
        }
    }

    @Test(arguments: [
        (name: "LF", text: "ab,cd\n1,22\n", expected: ["ab@1:1", "cd@1:4", "1@2:1", "22@2:3"]),
        (name: "CRLF", text: "ab,cd\r\n1,22\r\n", expected: ["ab@1:1", "cd@1:4", "1@2:1", "22@2:3"]),
        (name: "CR only", text: "ab,cd\r1,22\r", expected: ["ab@1:1", "cd@1:4", "1@2:1", "22@2:3"]),
        (name: "after comment and blank lines", text: "# c\n\nab\n\n# \"q\n7\n", expected: ["ab@3:1", "7@6:1"]),
        // The quoted cell starts on line 2; the cell after it is on line 3, column 4 ("b\","=3 chars).
        (
            name: "after multi-line quoted cell", text: "x,y\n\"a\nb\",z\nq,r\n",
            expected: ["x@1:1", "y@1:3", "a\nb@2:1", "z@3:4", "q@4:1", "r@4:3"]
        ),
        (
            name: "after CRLF inside quotes", text: "x,y\r\n\"a\r\nb\",z\r\n",
            expected: ["x@1:1", "y@1:3", "a\r\nb@2:1", "z@3:4"]
        ),
        // Columns count characters, not bytes: ü is 2 bytes, 東京 6 bytes.
        (
            name: "after multibyte characters", text: "a,b,c\nü,東京,x\n",
            expected: ["a@1:1", "b@1:3", "c@1:5", "ü@2:1", "東京@2:3", "x@2:6"]
        ),
        (
            name: "after doubled quotes", text: "a,b\n\"\"\"q\"\"\",x\n",
            expected: ["a@1:1", "b@1:3", "\"q\"@2:1", "x@2:9"]
        ),
        (
            name: "trimmed cell points at its text", text: "a,  b\n1,  2\n",
            expected: ["a@1:1", "b@1:5", "1@2:1", "2@2:5"]
        ),
        (
            name: "blank cell points at its first space", text: "a,b,c\n1,  ,3\n",
            expected: ["a@1:1", "b@1:3", "c@1:5", "1@2:1", "@2:3", "3@2:6"]
        ),
        (name: "trailing empty field", text: "a,b\n1,\n", expected: ["a@1:1", "b@1:3", "1@2:1", "@2:3"]),
    ])
    func positions(name: String, text: String, expected: [String]) throws {
        #expect(try Self.located(text) == expected)
    }

    @Test func bomDoesNotShiftColumns() throws {
        let table = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("ab,cd\n".utf8), file: "t.csv").get()
        #expect(
            table.header.map(\.position) == [SourcePosition(line: 1, column: 1), SourcePosition(line: 1, column: 4)])
    }
}
