import Foundation
import Testing

@testable import Planner

/// Files libcsv cannot read stop at the first broken byte, reported with its exact position.
@Suite struct CSVErrorTests {
    static let sitesHeader = "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\n"

    @Test(arguments: [
        // The quote opens at 2:8 and never closes: point at where the cell starts.
        (
            name: "unterminated quote", content: sitesHeader + "site-a,\"eu,100,10,80,300\n",
            expected: "sites.csv:2:8: error: unterminated quoted cell: the closing quote is missing"
        ),
        (
            name: "unterminated quote on a later line",
            content: sitesHeader + "site-a,eu,100,10,80,300\nsite-b,eu,100,10,80,\"300\n\n",
            expected: "sites.csv:3:21: error: unterminated quoted cell: the closing quote is missing"
        ),
        // "e" is at 2:8, the stray quote at 2:9.
        (
            name: "quote inside unquoted cell", content: sitesHeader + "site-a,e\"u,100,10,80,300\n",
            expected:
                "sites.csv:2:9: error: a quote inside an unquoted cell: quote the whole cell and double the inner quotes (\"\")"
        ),
        // "eu" quoted spans 2:8..2:11; the x after it is at 2:12.
        (
            name: "text after closing quote", content: sitesHeader + "site-a,\"eu\"x,100,10,80,300\n",
            expected:
                "sites.csv:2:12: error: unexpected character after a closing quote: a quoted cell must end at a comma or a line end"
        ),
        (
            name: "text after a multi-line quoted cell", content: sitesHeader + "site-a,\"e\nu\"x,100,10,80,300\n",
            expected:
                "sites.csv:3:3: error: unexpected character after a closing quote: a quoted cell must end at a comma or a line end"
        ),
        (
            name: "empty file", content: "",
            expected: "sites.csv:1:1: error: empty file: expected a header row"
        ),
        (
            name: "only blank lines and comments", content: "\n# nothing here\n\n,,,\n",
            expected: "sites.csv:1:1: error: empty file: expected a header row"
        ),
        (
            name: "header only", content: sitesHeader,
            expected: "sites.csv:1:1: error: no rows below the header: sites.csv needs at least one"
        ),
        (
            name: "header only after comments", content: "# sites\n# none yet\n" + sitesHeader + "\n",
            expected: "sites.csv:3:1: error: no rows below the header: sites.csv needs at least one"
        ),
    ])
    func syntax(name: String, content: String, expected: String) throws {
        #expect(try InputFolder("sites.csv", content).messages() == [expected])
    }

    @Test(arguments: [
        // The NUL is the 4th character of line 2.
        (
            name: "NUL byte", bytes: Array("id,x\nab\u{0}c\n".utf8),
            expected: "sites.csv:2:3: error: binary file: a NUL byte is not CSV text"
        ),
        // "é" is one character, so the bad byte 0xFF after "aé" is column 3 of line 2.
        (
            name: "invalid UTF-8", bytes: Array("id,x\naé".utf8) + [0xFF] + Array(",1\n".utf8),
            expected: "sites.csv:2:3: error: invalid UTF-8: save the file as UTF-8 text"
        ),
        (
            name: "Latin-1 text", bytes: Array("id,region\nsite-a,Z".utf8) + [0xFC] + Array("rich\n".utf8),
            expected: "sites.csv:2:9: error: invalid UTF-8: save the file as UTF-8 text"
        ),
        // Line ends count the same way as in the reader: a lone CR ends a line too.
        (
            name: "NUL in a CR-only file", bytes: Array("id,x\r1,2\rab\u{0}\r".utf8),
            expected: "sites.csv:3:3: error: binary file: a NUL byte is not CSV text"
        ),
        (
            name: "invalid UTF-8 in a CRLF file", bytes: Array("id,x\r\n1,2\r\nab".utf8) + [0xC3, 0x28],
            expected: "sites.csv:3:3: error: invalid UTF-8: save the file as UTF-8 text"
        ),
        (
            name: "UTF-16", bytes: [0xFF, 0xFE] + Array("i\u{0}d\u{0}".utf8),
            expected: "sites.csv:1:1: error: invalid UTF-8: save the file as UTF-8 text"
        ),
        (
            name: "only a BOM", bytes: [0xEF, 0xBB, 0xBF],
            expected: "sites.csv:1:1: error: empty file: expected a header row"
        ),
    ])
    func bytes(name: String, bytes: [UInt8], expected: String) throws {
        let folder = try InputFolder()
        try folder.write("sites.csv", Data(bytes))
        #expect(folder.messages() == [expected])
    }

    @Test func headerOnlyOptionalFileMeansNone() throws {
        let folder = try InputFolder(
            "storage.csv", "id,capacity_tb,throughput_gbps,power_kw,racks_per_unit,capex_usd\n")
        #expect(folder.catalog()?.storage == [])
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let folder = try InputFolder()
        let text = sitesHeaderCRLF + "site-a,eu,100,10,80,300\r\n"
        try folder.write("sites.csv", Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        #expect(folder.catalog()?.sites.map(\.id) == ["site-a"])
    }

    private var sitesHeaderCRLF: String { Self.sitesHeader.replacingOccurrences(of: "\n", with: "\r\n") }
}
