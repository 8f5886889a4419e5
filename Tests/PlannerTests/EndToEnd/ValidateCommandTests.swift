import Foundation
import Testing

@testable import Planner

/// `planctl validate` as a user runs it: exit code, stdout and stderr.
@Suite struct ValidateCommandTests {
    static let brokenSites = """
        id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh
        site-a,eu,lots,10,80,300
        site-b,eu,100,10,80,300,9

        """

    @Test func validFolder() throws {
        let folder = try InputFolder()
        let result = try PlanctlRunner.run(["validate", "."], in: folder.path)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                .: inputs are valid
                  1 sites, 1 server types, 1 cooling systems, 0 storage units
                  1 workloads, 0 renewable offers, 0 battery types, 1 hourly steps
                  total training compute: 1.00e24 FLOP
                  earliest deadline: day 365
                  candidate sites (1 of 1):
                    site-a  region eu, 100 racks, 10 MW grid, 300 kg/MWh, 1 steps

                """)
    }

    @Test func brokenFolder() throws {
        let folder = try InputFolder("sites.csv", Self.brokenSites)
        let result = try PlanctlRunner.run(["validate", "."], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderrLines == [
                "sites.csv:2:11: error: max_racks: \"lots\" is not a number",
                "sites.csv:3:25: error: this row has 7 cells but the header has 6 columns",
                "2 errors in .; nothing was solved",
            ])
    }

    @Test func githubAnnotations() throws {
        let folder = try InputFolder("sites.csv", Self.brokenSites)
        let result = try PlanctlRunner.run(["validate", "."], in: folder.path, environment: ["GITHUB_ACTIONS": "true"])
        #expect(result.status == 1)
        #expect(
            result.stderrLines == [
                "sites.csv:2:11: error: max_racks: \"lots\" is not a number",
                "::error file=sites.csv,line=2,col=11::max_racks: \"lots\" is not a number",
                "sites.csv:3:25: error: this row has 7 cells but the header has 6 columns",
                "::error file=sites.csv,line=3,col=25::this row has 7 cells but the header has 6 columns",
                "2 errors in .; nothing was solved",
            ])
    }

    @Test func folderArgumentPrefixesPaths() throws {
        let folder = try InputFolder("workloads.csv", "id,flops\nrun-a,0\n")
        let parent = (folder.path as NSString).deletingLastPathComponent
        let name = (folder.path as NSString).lastPathComponent
        let result = try PlanctlRunner.run(["validate", name + "/"], in: parent)
        #expect(result.status == 1)
        #expect(
            result.stderrLines == [
                "\(name)/workloads.csv:2:7: error: flops: 0 must be > 0", "1 error in \(name)/; nothing was solved",
            ])
    }

    @Test func unknownScenarioOption() throws {
        let folder = try InputFolder()
        let result = try PlanctlRunner.run(["validate", ".", "--scenario", "nope"], in: folder.path)
        #expect(result.status == 1)
        #expect(
            result.stderrLines == [
                "scenarios.csv:1:1: error: unknown scenario \"nope\"; scenarios.csv defines none",
                "1 error in .; nothing was solved",
            ])
    }

    @Test func version() throws {
        let result = try PlanctlRunner.run(["--version"], in: NSTemporaryDirectory())
        #expect(result.status == 0)
        #expect(result.stdout == planctlVersion + "\n")
    }

    @Test(arguments: [["validate", "--bogus"], ["--bogus"], ["validate", ".", "extra"]])
    func usageErrorExits64(arguments: [String]) throws {
        let result = try PlanctlRunner.run(arguments, in: NSTemporaryDirectory())
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("Usage:"))
    }
}

extension ValidateCommandTests {
    /// An optional file that is a folder used to be read as absent: validate passed and plan
    /// solved without the user's policy. Both must stop with the reason, exit 1.
    @Test(arguments: [["validate", "."], ["plan", ".", "--out", "out", "--quiet"]])
    func unreadableOptionalFileStopsTheRun(arguments: [String]) throws {
        let folder = try InputFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/policy.csv", withIntermediateDirectories: false)
        let result = try PlanctlRunner.run(arguments, in: folder.path)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderrLines == [
                "policy.csv:1:1: error: cannot read: is a folder", "1 error in .; nothing was solved",
            ])
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out/plan.json"))
    }
}

extension ValidateCommandTests {
    /// A 1-FLOP run used to pass validate and then fail plan with exit 2 ("rescale the row"):
    /// both now stop on the input error, exit 1, with the range that would work.
    @Test(arguments: [["validate", "."], ["plan", ".", "--out", "out", "--quiet"]])
    func whatPlanCannotSolveValidateRefuses(arguments: [String]) throws {
        let folder = try InputFolder("workloads.csv", "id,flops\nrun-a,1\n")
        let result = try PlanctlRunner.run(arguments, in: folder.path)
        #expect(result.status == 1)
        #expect(
            result.stderrLines == [
                "workloads.csv:2:7: error: flops: 1 is 3.617e-21 node-days on server srv-a (3.2e+15 FLOP/s per node), below the 1e-12 node-days planctl can solve; on srv-a a run must be 2.77e+08 to 1e32 FLOP",
                "1 error in .; nothing was solved",
            ])
    }
}
