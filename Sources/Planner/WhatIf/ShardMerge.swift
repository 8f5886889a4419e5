import Foundation

/// `whatif --merge DIR...`: the shards' plan.json files read back into the
/// summaries a single run would have compared.
public enum ShardMerge {
    /// The base and every scenario (scenarios.csv order), checked to come from one sweep of the same inputs.
    public static func read(_ folders: [String]) throws -> (base: PlanSummary, scenarios: [PlanSummary]) {
        var found: [ShardManifest] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names where name.hasPrefix(Shard.manifestPrefix) && name.hasSuffix(".json") {
                found.append(try ShardManifest(folder: folder, name: name))
            }
        }
        guard let first = found.first else { throw MergeError.noShards(folders) }
        let scenarios = first.scenarios
        let count = first.shard.count
        var seenShards = Set<Int>()
        var baseFolder: String?
        var scenarioFolders: [String: String] = [:]
        for manifest in found {
            guard manifest.scenarios == scenarios, manifest.shard.count == count else {
                throw MergeError.mismatch("\(manifest.folder) lists other scenarios or another shard count")
            }
            guard seenShards.insert(manifest.shard.index).inserted else {
                throw MergeError.mismatch("shard \(manifest.shard.index)/\(count) appears twice")
            }
            if manifest.base { baseFolder = manifest.folder }
            for name in manifest.solved { scenarioFolders[name] = manifest.folder }
        }
        let absent = (0..<count).filter { !seenShards.contains($0) }
        guard absent.isEmpty else {
            throw MergeError.missing("shard " + absent.map { "\($0)/\(count)" }.joined(separator: ", ") + " not found")
        }
        guard let baseFolder else { throw MergeError.missing("no shard solved the base plan") }

        let base = try summary(of: nil, in: baseFolder)
        let plans = try scenarios.map { name -> PlanSummary in
            guard let folder = scenarioFolders[name] else {
                throw MergeError.missing("no shard solved scenario \"\(name)\"")
            }
            return try summary(of: name, in: folder)
        }
        for plan in plans where plan.inputDigests != base.inputDigests {
            throw MergeError.mismatch(
                "scenario \"\(plan.scenario ?? "?")\" was solved from other input files than the base")
        }
        return (base, plans)
    }

    /// The plan.json of `scenario` (nil: the base) in a shard's folder, checked to hold that plan:
    /// a plan copied over another's would otherwise be compared twice and the other never.
    private static func summary(of scenario: String?, in folder: String) throws -> PlanSummary {
        let path = WhatIf.folder(for: scenario, in: folder) + "/plan.json"
        let plan: PlanSummary
        do { plan = try PlanSummary(contentsOf: path) } catch let error as PlanSummaryError {
            throw MergeError.plan(error)
        }
        guard plan.scenario == scenario else {
            let holds = plan.scenario.map { "scenario `\($0)`" } ?? "the base plan"
            let expected = scenario.map { "`\($0)`" } ?? "the base plan"
            throw MergeError.file(path, "holds \(holds), expected \(expected)")
        }
        return plan
    }
}
