import Foundation
import Testing

@testable import Planner

@Suite("Report building blocks")
struct ReportFormattingTests {
    @Test(arguments: [
        (value: 0.0, expected: "0"),
        (value: -0.0, expected: "0"),
        (value: 42.0, expected: "42"),
        (value: 1.5, expected: "1.5"),
        (value: 1.0 / 3.0, expected: "0.3333333333"),
        (value: 3.15e23, expected: "3.15e+23"),
        (value: -2.5e-7, expected: "-2.5e-07"),
        (value: Double.nan, expected: "null"),
    ])
    func jsonNumbers(value: Double, expected: String) {
        #expect(JSONValue.number(value) == expected)
    }

    @Test func jsonKeepsKeyOrderAndEscapes() {
        let document = JSONValue.object([("b", .number(1)), ("a", .string("x\"y\n")), ("c", .array([])), ("d", .null)])
        #expect(document.rendered() == "{\n  \"b\": 1,\n  \"a\": \"x\\\"y\\n\",\n  \"c\": [],\n  \"d\": null\n}\n")
    }

    @Test(arguments: [
        (value: 1234567.8, decimals: 0, expected: "1,234,568"),
        (value: 999.95, decimals: 1, expected: "1,000.0"),
        (value: -1234.5, decimals: 1, expected: "−1,234.5"),
        (value: -0.0001, decimals: 2, expected: "0.00"),
        (value: 12.0, decimals: 0, expected: "12"),
    ])
    func humanNumbers(value: Double, decimals: Int, expected: String) {
        #expect(Markdown.number(value, decimals: decimals) == expected)
    }

    @Test func markdownTableAlignsColumns() {
        let table = Markdown.table(["site", "MW"], [["a", "1"], ["long-site", "12.5"]], alignRight: [1])
        #expect(
            table == """
                | site      |   MW |
                | --------- | ---: |
                | a         |    1 |
                | long-site | 12.5 |
                """)
    }

    @Test(arguments: [
        (cell: "=SUM(A1)", expected: "'=SUM(A1)"),
        (cell: "+cmd", expected: "'+cmd"),
        (cell: "@x", expected: "'@x"),
        (cell: "-5", expected: "-5"),
        (cell: "a,b", expected: "\"a,b\""),
        (cell: "say \"hi\"", expected: "\"say \"\"hi\"\"\""),
        (cell: "h100/air", expected: "h100/air"),
    ])
    func bomCellsAreSafeForSpreadsheets(cell: String, expected: String) {
        #expect(BOMCSV.cell(cell) == expected)
    }

    @Test func outputFolderRefusesNamesThatLeaveIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planctl-out-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = OutputFolder(folder, ownership: .plan)
        #expect(throws: OutputError.unsafeName("../escape.md")) { try output.replace(with: [("../escape.md", "x")]) }
        try output.replace(with: [("plan.md", "one"), ("plan.json", "{}")])
        #expect(try String(contentsOfFile: folder + "/plan.md", encoding: .utf8) == "one")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
