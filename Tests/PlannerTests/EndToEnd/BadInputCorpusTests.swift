import Foundation
import Testing

@testable import Planner

/// The bad-input corpus: every catalog file broken in the ways hand and script edits break
/// files. Each case runs the built `planctl plan`, expects exit 1 with the exact first
/// message at its file:line:column, and checks that no report folder appeared.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    /// A valid instance of every catalog file, consistent with `InputFolder.minimal`.
    static let complete: [String: String] = InputFolder.minimal.merging([
        "storage.csv": "id,capacity_tb,throughput_gbps,power_kw,racks_per_unit,capex_usd\nst-a,100,50,5,1,100000\n",
        "renewables.csv": "id,site,technology,contract,max_mw\nsolar-a,site-a,solar,onsite,5\n",
        "batteries.csv": "id,capex_usd_per_mwh,max_mwh,max_mw\nbat-a,300000,10,5\n",
        "profiles.csv": "site,period,hour,weight,solar_cf\nsite-a,day,0,4380,0\nsite-a,day,1,4380,0.5\n",
        "policy.csv": "key,value\ndiscount_rate,0.07\n",
        "scenarios.csv": "scenario,file,id,column,op,value\ncheap,servers,srv-a,capex_usd,scale,0.9\n",
    ]) { $1 }

    /// How a file gets broken, and the first message that must come back (nil: computed).
    enum Breakage: String, CaseIterable {
        case truncatedRow, nulByte, empty, invalidUTF8, unterminatedQuote, unknownColumn
    }

    struct Case: CustomTestStringConvertible {
        var file: String
        var breakage: Breakage
        var testDescription: String { "\(file) \(breakage.rawValue)" }
    }

    static let generated: [Case] = complete.keys.sorted().flatMap { file in
        Breakage.allCases.map { Case(file: file, breakage: $0) }
    }

    /// The broken bytes and the expected first diagnostic (relative to the folder).
    static func broken(_ c: Case) -> (bytes: [UInt8], expected: String) {
        let text = complete[c.file]!
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        switch c.breakage {
        case .truncatedRow:
            let cells = lines[1].split(separator: ",", omittingEmptySubsequences: false)
            lines[1] = cells.dropLast().joined(separator: ",")
            let lastStart = cells.dropLast(2).reduce(0) { $0 + $1.count + 1 } + 1
            return (
                Array(lines.joined(separator: "\n").utf8),
                "\(c.file):2:\(lastStart): error: this row has \(cells.count - 1) cells but the header has \(header.count) columns"
            )
        case .nulByte:
            return (
                Array((lines[0] + "\n").utf8) + [0] + Array(lines.dropFirst().joined(separator: "\n").utf8),
                "\(c.file):2:1: error: binary file: a NUL byte is not CSV text"
            )
        case .empty:
            return ([], "\(c.file):1:1: error: empty file: expected a header row")
        case .invalidUTF8:
            return (
                Array((lines[0] + "\n").utf8) + [0xFF, 0xFE] + Array(lines.dropFirst().joined(separator: "\n").utf8),
                "\(c.file):2:1: error: invalid UTF-8: save the file as UTF-8 text"
            )
        case .unterminatedQuote:
            lines[1] = "\"" + lines[1]
            return (
                Array(lines.joined(separator: "\n").utf8),
                "\(c.file):2:1: error: unterminated quoted cell: the closing quote is missing"
            )
        case .unknownColumn:
            lines[0] += ",bogus_column"
            lines[1] += ","
            let schema = CatalogSchema.file(named: String(c.file.dropLast(4)))!
            return (
                Array(lines.joined(separator: "\n").utf8),
                "\(c.file):1:\(lines[0].count - 11): error: unknown column \"bogus_column\"; \(c.file) has: "
                    + schema.columns.map(\.name).joined(separator: ", ")
            )
        }
    }

    @Test(arguments: generated)
    func brokenFileFailsCleanly(_ c: Case) throws {
        let folder = try InputFolder(Self.complete)
        let (bytes, expected) = Self.broken(c)
        try folder.write(c.file, Data(bytes))
        try expectInputError(in: folder, first: expected)
    }

    /// Cases the generator does not cover: values and ids a script might write.
    @Test(arguments: [
        (
            file: "servers.csv",
            content:
                "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,NaN,10,300000,air\n",
            expected: "servers.csv:2:9: error: tflops_per_accelerator: \"NaN\" is not a finite number"
        ),
        (
            file: "servers.csv",
            content:
                "id,accelerators_per_node,tflops_per_accelerator,avg_power_kw,capex_usd,cooling_kinds\nsrv-a,8,1000,10,1e30,air\n",
            expected: "servers.csv:2:17: error: capex_usd: 1e30 is implausibly large (limit 1e15)"
        ),
        (
            file: "sites.csv",
            content:
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite/a,eu,100,10,80,300\n",
            expected: "sites.csv:2:1: error: id: id \"site/a\" may only hold letters, digits, '.', '_' and '-'"
        ),
        (
            file: "sites.csv",
            content:
                "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\n..,eu,100,10,80,300\n",
            expected: "sites.csv:2:1: error: id: \"..\" is not a valid id"
        ),
        (
            file: "cooling.csv", content: "id,kind,pue,capex_usd_per_kw,max_rack_kw\nair-a,air,0.9,2000,40\n",
            expected: "cooling.csv:2:11: error: pue: 0.9 must be ≥ 1"
        ),
        (
            file: "workloads.csv", content: "id,flops,deadline_days\nrun-a,1e24,400\n",
            expected: "workloads.csv:2:12: error: deadline_days: 400 must be > 0 and ≤ 365"
        ),
    ])
    func badValueFailsCleanly(file: String, content: String, expected: String) throws {
        let folder = try InputFolder(Self.complete.merging([file: content]) { $1 })
        try expectInputError(in: folder, first: expected)
    }

    private func expectInputError(
        in folder: InputFolder, first expected: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let out = folder.path + "/out"
        let result = try PlanctlRunner.run(["plan", ".", "--out", out, "--quiet"], in: folder.path)
        #expect(result.status == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.first == expected, sourceLocation: sourceLocation)
        #expect(
            !FileManager.default.fileExists(atPath: out), "a report folder appeared", sourceLocation: sourceLocation)
    }
}
