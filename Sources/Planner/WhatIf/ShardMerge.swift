import Foundation

/// `whatif --merge DIR...`: the shards' plan.json files read back into the
/// summaries a single run would have compared.
public enum ShardMerge {
    /// The base and every scenario (scenarios.csv order), checked to come from one sweep of the same inputs.
    public static func read(_ folders: [String]) throws -> (base: PlanSummary, scenarios: [PlanSummary]) {
        var found: [(folder: String, manifest: [String: Any])] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names where name.hasPrefix(Shard.manifestPrefix) && name.hasSuffix(".json") {
                guard let data = FileManager.default.contents(atPath: folder + "/" + name),
                    let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
                else {
                    throw MergeError.mismatch("\(folder)/\(name) is not a shard manifest")
                }
                found.append((folder, manifest))
            }
        }
        guard let first = found.first else { throw MergeError.noShards(folders) }
        let scenarios = first.manifest["scenarios"] as? [String] ?? []
        let count = (first.manifest["shards"] as? NSNumber)?.intValue ?? 0
        var seenShards = Set<Int>()
        var baseFolder: String?
        var scenarioFolders: [String: String] = [:]
        for (folder, manifest) in found {
            guard manifest["scenarios"] as? [String] == scenarios, (manifest["shards"] as? NSNumber)?.intValue == count
            else {
                throw MergeError.mismatch("\(folder) lists other scenarios or another shard count")
            }
            let index = (manifest["shard"] as? NSNumber)?.intValue ?? -1
            guard seenShards.insert(index).inserted else {
                throw MergeError.mismatch("shard \(index)/\(count) appears twice")
            }
            if manifest["base"] as? Bool == true { baseFolder = folder }
            for name in manifest["solved"] as? [String] ?? [] { scenarioFolders[name] = folder }
        }
        let absent = (0..<count).filter { !seenShards.contains($0) }
        guard absent.isEmpty else {
            throw MergeError.missing("shard " + absent.map { "\($0)/\(count)" }.joined(separator: ", ") + " not found")
        }
        guard let baseFolder else { throw MergeError.missing("no shard solved the base plan") }

        let base = try summary(WhatIf.folder(for: nil, in: baseFolder) + "/plan.json")
        let plans = try scenarios.map { name -> PlanSummary in
            guard let folder = scenarioFolders[name] else {
                throw MergeError.missing("no shard solved scenario \"\(name)\"")
            }
            return try summary(WhatIf.folder(for: name, in: folder) + "/plan.json")
        }
        for plan in plans where plan.inputDigests != base.inputDigests {
            throw MergeError.mismatch(
                "scenario \"\(plan.scenario ?? "?")\" was solved from other input files than the base")
        }
        return (base, plans)
    }

    private static func summary(_ path: String) throws -> PlanSummary {
        do { return try PlanSummary(contentsOf: path) } catch let error as PlanSummaryError {
            throw MergeError.plan(error)
        }
    }
}
