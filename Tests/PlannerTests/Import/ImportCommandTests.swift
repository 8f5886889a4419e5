import Foundation
import Testing

@testable import Planner

/// `planctl import` as a user runs it: exit code, stdout, stderr, and what is left on disk.
@Suite struct ImportCommandTests {
    static func arguments(_ download: Download) -> [String] {
        [
            "import", "series", download.path, "--site", "site-a", "--time-column", "time", "--value-column",
            "value", "--to", "grid_price_usd_per_mwh", ".",
        ]
    }

    @Test func importsAndValidates() throws {
        let inputs = try InputFolder()
        let download = try Download(ImportFixtures.series(year: 2023, skip: [100, 101]) { _ in 80 })
        let result = try PlanctlRunner.run(Self.arguments(download), in: inputs.path)
        #expect(result.status == 0)
        #expect(
            result.stdout
                == "imported 8760 hours of grid_price_usd_per_mwh (2023) for site site-a into profiles.csv (new chronological profile d001…d365)\n"
        )
        #expect(
            result.stderrLines == [
                "\(download.path):102:1: warning: grid_price_usd_per_mwh: 2 missing hours filled by linear interpolation (1 gap from 2023-01-05T04:00Z)"
            ])
        let written = try String(contentsOfFile: inputs.path + "/profiles.csv", encoding: .utf8)
        #expect(written.split(separator: "\n").count == 8761)
        let validate = try PlanctlRunner.run(["validate", "."], in: inputs.path)
        #expect(validate.status == 0)
        #expect(validate.stderr == "")
        #expect(validate.stdout.contains("8760 hourly steps"))
    }

    @Test func refusesAGapAndWritesNothing() throws {
        let inputs = try InputFolder()
        let download = try Download(ImportFixtures.series(year: 2023, skip: Set(100..<105)) { _ in 80 })
        let result = try PlanctlRunner.run(Self.arguments(download), in: inputs.path)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderrLines == [
                "\(download.path):102:1: error: 5 hours missing before this row (2023-01-05T04:00Z to 2023-01-05T08:00Z); gaps of up to 3 hours are interpolated: add the missing rows",
                "1 error; nothing was imported",
            ])
        #expect(!FileManager.default.fileExists(atPath: inputs.path + "/profiles.csv"))
    }

    @Test func leapYearSaysSoInOneLine() throws {
        let inputs = try InputFolder()
        let download = try Download(ImportFixtures.series(year: 2024) { _ in 80 })
        let result = try PlanctlRunner.run(Self.arguments(download), in: inputs.path)
        #expect(result.status == 0)
        #expect(
            result.stderrLines == ["\(download.path): dropped Feb 29, 2024 (24 hours): a profile year has 365 days"])
    }

    @Test(arguments: [
        (
            arguments: ["renewables-ninja", "x.csv", "--site", "site-a"],
            message: "renewables-ninja needs --technology solar or --technology wind"
        ),
        (
            arguments: ["electricity-maps", "x.csv", "--site", "site-a", "--to", "solar_cf"],
            message: "--to does not apply to electricity-maps"
        ),
        (
            arguments: [
                "series", "x.csv", "--site", "site-a", "--time-column", "t", "--value-column", "v", "--to", "solar",
            ],
            message:
                "--to solar: give one of the profiles.csv columns solar_cf, wind_cf, grid_carbon_kg_per_mwh, grid_price_usd_per_mwh, grid_cfe_fraction"
        ),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let inputs = try InputFolder()
        let result = try PlanctlRunner.run(["import"] + arguments, in: inputs.path)
        #expect(result.status == 64)
        #expect(result.stderrLines.first == "Error: \(message)")
    }
}
