import Foundation
import Testing

@testable import Planner

/// `--representative-days`, `--full-year-check` and `planctl aggregate` as a user runs them,
/// on the minimal folder with a four-day year (one hour per day, 2190 h each).
@Suite("representative days on the command line")
struct RepresentativeDaysCommandTests {
    static let fourDays: [String: String?] = [
        "profiles.csv": """
        site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh
        site-a,d1,0,2190,0,0,300,80
        site-a,d2,0,2190,0,0.2,300,80
        site-a,d3,0,2190,0,0.4,300,80
        site-a,d4,0,2190,0,0.9,300,80

        """
    ]

    @Test func fullYearCheckNeedsRepresentativeDays() throws {
        let folder = try InputFolder(Self.fourDays)
        let result = try PlanctlRunner.run(["plan", ".", "--full-year-check"], in: folder.path)
        #expect(result.status == 64)
        #expect(
            result.stderr.contains(
                "--full-year-check checks a plan made on representative days; add --representative-days K"),
            "stderr: \(result.stderr)")
    }

    @Test func tooFewDaysIsAnInputError() throws {
        // sites.csv's wind_cf agrees with the days' average (0.375), so the only line is the error.
        var files = Self.fourDays
        files["sites.csv"] = """
            id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh,wind_cf
            site-a,eu,100,10,80,300,0.375

            """
        let folder = try InputFolder(files)
        let result = try PlanctlRunner.run(["aggregate", ".", "--representative-days", "1"], in: folder.path)
        #expect(result.status == 1)
        #expect(
            result.stderrLines == [
                "error: ./profiles.csv: --representative-days 1 leaves no room for typical days: 1 extreme day is kept "
                    + "on their own (each site's least renewable day); ask for at least 2"
            ])
    }

    /// The calm day d1 and the medoid d3 (×3), as `RepresentativeDaysTests` derives.
    @Test func aggregateWritesTheDaysItPlansOn() throws {
        let folder = try InputFolder(Self.fourDays)
        let result = try PlanctlRunner.run(
            ["aggregate", ".", "--representative-days", "2", "--quiet"], in: folder.path)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(
            lines == [
                "site,period,hour,weight,solar_cf,wind_cf,grid_carbon_kg_per_mwh,grid_price_usd_per_mwh",
                "site-a,d1,0,2190,0,0,300,80",
                "site-a,d3,0,6570,0,0.5,300,80",
            ])
    }

    @Test func planReportsTheCheck() throws {
        let folder = try InputFolder(Self.fourDays)
        let result = try PlanctlRunner.run(
            ["plan", ".", "--out", "out", "--representative-days", "2", "--full-year-check"], in: folder.path)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderrLines.contains { $0.hasPrefix("full-year check (4 h, ") }, "stderr: \(result.stderr)")
        let report = try String(contentsOfFile: folder.path + "/out/plan.md", encoding: .utf8)
        #expect(report.contains("## Representative days"))
        #expect(report.contains("Over the full year this build serves every hour and meets every policy limit."))
        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/out/plan.json"))) as! [String: Any]
        let check = try #require(json["full_year_check"] as? [String: Any])
        #expect(check["outcome"] as? String == "holds")
        #expect(check["steps_per_site"] as? Int == 4)
    }

    /// With a full-year check, gates judge the full year's figures and say so.
    @Test func gatesJudgeTheFullYear() throws {
        let folder = try InputFolder(Self.fourDays)
        let result = try PlanctlRunner.run(
            [
                "plan", ".", "--out", "out", "--quiet", "--representative-days", "2", "--full-year-check", "--max-cost",
                "1",
            ],
            in: folder.path)
        #expect(result.status == 5)
        #expect(
            result.stderrLines.contains { $0.hasPrefix("gate failed: cost") && $0.hasSuffix("(over the full year)") },
            "stderr: \(result.stderr)")
    }

    /// `whatif` plans the base and each scenario on the days and checks each over the year.
    @Test func whatifChecksEveryScenarioOverTheFullYear() throws {
        var files = Self.fourDays
        files["scenarios.csv"] =
            "scenario,file,id,column,op,value\ncarbon-150,policy,carbon_price_usd_per_t,value,set,150\n"
        let folder = try InputFolder(files)
        let result = try PlanctlRunner.run(
            [
                "whatif", ".", "--out", "out", "--quiet", "--jobs", "2", "--representative-days", "2",
                "--full-year-check",
            ],
            in: folder.path)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let whatif = try String(contentsOfFile: folder.path + "/out/whatif.md", encoding: .utf8)
        #expect(whatif.contains("| full year: objective (USD/yr)"))
        let scenario = try String(contentsOfFile: folder.path + "/out/carbon-150/plan.json", encoding: .utf8)
        #expect(scenario.contains("\"full_year_check\""))
    }

    @Test func validateShowsTheDays() throws {
        let folder = try InputFolder(Self.fourDays)
        let result = try PlanctlRunner.run(["validate", ".", "--representative-days", "2"], in: folder.path)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(
            result.stdout.contains("  profiles: 2 representative days of 4 (1 kept as extremes)\n"),
            "stdout: \(result.stdout)")
        #expect(
            result.stdout.contains("site-a  region eu, 100 racks, 10 MW grid, 300 kg/MWh, 2 steps"),
            "stdout: \(result.stdout)")
    }
}
