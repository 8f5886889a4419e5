import Foundation
import PlanBench
import Testing

/// Faults a user or CI meets: Ctrl-C at every stage, kill -9 while writing,
/// folders that cannot be written, files of earlier runs, and a time limit
/// that must bound the whole command. `PLANCTL_FAILPOINT` makes planctl send
/// itself the signal at a stage boundary, so each case is deterministic.
@Suite("Faults: interrupts, kills, unwritable folders")
struct FaultTests {
    /// Runs a first plan into `reports`, returning the folder and the bytes of every report file.
    private func plannedFolder() throws -> (InputFolder, [String: Data]) {
        let folder = try InputFolder()
        let first = try PlanctlRunner.run(["plan", ".", "--out", "reports", "--quiet"], in: folder.path)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        return (folder, try snapshot(folder.path + "/reports"))
    }

    private func snapshot(_ path: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            files[name] = FileManager.default.contents(atPath: path + "/" + name)
        }
        return files
    }

    /// Hidden staging folders or temporary files left beside or inside the reports.
    private func leftovers(_ folder: String) throws -> [String] {
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".planctl-") }
        let inside = try FileManager.default.contentsOfDirectory(atPath: folder + "/reports").filter {
            $0.hasPrefix(".")
        }
        return beside + inside
    }

    @Test(
        "Ctrl-C at any stage: exit 130, the old reports unchanged, no leftovers",
        arguments: ["sigint:read", "sigint:solve", "sigint:swap"])
    func interruptChangesNothing(failpoint: String) throws {
        let (folder, before) = try plannedFolder()
        // A different plan would write different bytes: raise the grid price.
        try folder.write(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,100,10,95,300\n"
        )
        let result = try PlanctlRunner.run(
            ["plan", ".", "--out", "reports", "--quiet"], in: folder.path, environment: ["PLANCTL_FAILPOINT": failpoint]
        )
        #expect(result.status == 130, "stderr: \(result.stderr)")
        #expect(result.stderrLines.last == "interrupted: nothing was written")
        #expect(try snapshot(folder.path + "/reports") == before)
        #expect(try leftovers(folder.path) == [])
    }

    /// kill -9 with the new reports staged: the folder keeps the complete old
    /// set; the next run replaces it whole and removes the dead run's staging folder.
    @Test func killWhileWritingKeepsTheOldSetWhole() throws {
        let (folder, before) = try plannedFolder()
        try folder.write(
            "sites.csv",
            "id,region,max_racks,grid_capacity_mw,grid_price_usd_per_mwh,grid_carbon_kg_per_mwh\nsite-a,eu,100,10,95,300\n"
        )
        let killed = try PlanctlRunner.run(
            ["plan", ".", "--out", "reports", "--quiet"], in: folder.path,
            environment: ["PLANCTL_FAILPOINT": "kill:swap"])
        #expect(killed.status == 9)
        #expect(try snapshot(folder.path + "/reports") == before)
        #expect(try leftovers(folder.path).count == 1, "the staging folder of the killed run")
        let rerun = try PlanctlRunner.run(["plan", ".", "--out", "reports", "--quiet"], in: folder.path)
        #expect(rerun.status == 0)
        let after = try snapshot(folder.path + "/reports")
        #expect(Set(after.keys) == Set(before.keys))
        #expect(after["plan.json"] != before["plan.json"])
        #expect(try leftovers(folder.path) == [])
    }

    /// Files of an earlier run that the new one does not write are gone; a
    /// file planctl never writes (a README) is kept.
    @Test func filesOfEarlierRunsDoNotStay() throws {
        let (folder, _) = try plannedFolder()
        let reports = folder.path + "/reports"
        try "old".write(toFile: reports + "/dispatch-closed-site.svg", atomically: true, encoding: .utf8)
        try "ours".write(toFile: reports + "/README.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: reports + "/summary.md", withDestinationPath: "plan.md")
        let result = try PlanctlRunner.run(["plan", ".", "--out", "reports", "--quiet"], in: folder.path)
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: reports)
        #expect(!names.contains("dispatch-closed-site.svg"))
        #expect(try String(contentsOfFile: reports + "/README.md", encoding: .utf8) == "ours")
        // A link planctl does not own is kept as a link to the same name.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: reports + "/summary.md") == "plan.md")
    }

    /// After an infeasible run the old bom.csv and charts do not sit beside "No feasible plan".
    @Test func anInfeasibleRunLeavesOnlyItsOwnFiles() throws {
        let (folder, _) = try plannedFolder()
        try folder.write("policy.csv", "key,value\nmax_carbon_t,1\n")
        let result = try PlanctlRunner.run(["plan", ".", "--out", "reports", "--quiet"], in: folder.path)
        #expect(result.status == 3)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path + "/reports").sorted() == [
                "plan.json", "plan.md",
            ])
    }

    @Test(
        "an output path that cannot be written exits 74 before solving, with what, where and why",
        arguments: [
            (flags: ["--out", "sites.csv"], message: "error: cannot write sites.csv: it exists and is not a folder"),
            (
                flags: ["--out", "sites.csv/reports"],
                message: "error: cannot write sites.csv/reports: a part of the path is not a folder"
            ),
            (
                flags: ["--timings", "no-such-folder/t.json"],
                message: "error: cannot write no-such-folder/t.json: no such folder"
            ),
        ])
    func unwritableOutputExits74(flags: [String], message: String) throws {
        let folder = try InputFolder()
        let result = try PlanctlRunner.run(["plan", ".", "--quiet"] + flags, in: folder.path)
        #expect(result.status == 74)
        #expect(result.stderrLines == [message])
    }

    /// export writes a temporary file and renames it: a good run leaves the MPS
    /// file and no temporary; a path that cannot be written exits 74 before reading.
    @Test func exportWritesWholeFilesOrNone() throws {
        let folder = try InputFolder()
        let good = try PlanctlRunner.run(["export", ".", "--mps", "model.mps"], in: folder.path)
        #expect(good.status == 0, "stderr: \(good.stderr)")
        let mps = try String(contentsOfFile: folder.path + "/model.mps", encoding: .utf8)
        #expect(mps.hasSuffix("ENDATA\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") } == [])
        let bad = try PlanctlRunner.run(["export", ".", "--mps", "missing/model.mps"], in: folder.path)
        #expect(bad.status == 74)
        #expect(bad.stderrLines == ["error: cannot write missing/model.mps: no such folder"])
    }

    /// A report folder that is a mount point (a container volume) cannot be renamed:
    /// its entries are replaced one by one, the README kept, a stale chart removed.
    /// Needs root to bind-mount; elsewhere it checks nothing.
    @Test(.enabled(if: getuid() == 0)) func aMountPointIsReplacedEntryByEntry() throws {
        let folder = try InputFolder()
        let volume = FileManager.default.temporaryDirectory.appendingPathComponent("planctl-volume-\(UUID())").path
        try FileManager.default.createDirectory(atPath: volume, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/reports", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: volume) }
        func mount(_ arguments: [String]) -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: arguments[0] == "umount" ? "/bin/umount" : "/bin/mount")
            process.arguments = Array(arguments.dropFirst())
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return -1 }
            process.waitUntilExit()
            return process.terminationStatus
        }
        guard mount(["mount", "--bind", volume, folder.path + "/reports"]) == 0 else { return }
        defer { _ = mount(["umount", folder.path + "/reports"]) }
        try "ours".write(toFile: folder.path + "/reports/README.md", atomically: false, encoding: .utf8)
        try "old".write(toFile: folder.path + "/reports/dispatch-gone.svg", atomically: false, encoding: .utf8)
        let result = try PlanctlRunner.run(["plan", ".", "--out", "reports", "--quiet"], in: folder.path)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/reports").sorted()
        #expect(names.contains("plan.json") && names.contains("README.md") && !names.contains("dispatch-gone.svg"))
        #expect(!names.contains { $0.hasPrefix(".") })
        #expect(try leftovers(folder.path) == [])
    }

    /// A folder planctl did not write is never swapped away (`--out .` in a repository).
    @Test func aForeignFolderIsNotReplaced() throws {
        let folder = try InputFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/src", withIntermediateDirectories: true)
        try "let x = 1".write(toFile: folder.path + "/src/main.swift", atomically: true, encoding: .utf8)
        let result = try PlanctlRunner.run(["plan", ".", "--out", ".", "--quiet"], in: folder.path)
        #expect(result.status == 74)
        #expect(
            result.stderrLines == [
                "error: refusing to replace .: it holds the folder src, which planctl did not write; "
                    + "give --out a folder of its own"
            ])
    }

    /// `--time-limit` bounds the whole command: planning, four calibration
    /// rounds and the full-year checks of a 5-site year together stay within
    /// about a second (reading and the representative days come before it).
    @Test func aOneSecondLimitBoundsCalibration() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planctl-cal-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var generator = InstanceGenerator(
            size: InstanceSize(sites: 5, serverTypes: 4, workloads: 12, periods: 365))
        try generator.write(to: directory)
        let policy = try String(contentsOfFile: directory + "/policy.csv", encoding: .utf8)
        try (policy + "min_cfe_fraction,0.8\n").write(
            toFile: directory + "/policy.csv", atomically: true, encoding: .utf8)
        let result = try PlanctlRunner.run(
            [
                "plan", ".", "--representative-days", "12", "--full-year-check", "--calibrate-limits",
                "--time-limit", "1", "--quiet", "--timings", "t.json",
            ], in: directory)
        #expect([0, 4].contains(result.status), "stderr: \(result.stderr)")
        let timings = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/t.json")))
                as? [String: Double])
        let planning = (timings["build_s"] ?? 99) + (timings["solve_s"] ?? 99)
        #expect(planning < 1.5, "build + solve took \(planning) s under a 1 s limit")
    }
}

extension InputFolder {
    /// Replaces one file with `text`.
    fileprivate func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }
}
