import Foundation

/// One machine's share of a what-if sweep: jobs (base = 0, then the scenarios
/// in scenarios.csv order) whose position modulo `count` is `index`.
public struct Shard: Sendable, Equatable {
    /// 0-based, below `count` (a Kubernetes Indexed Job's JOB_COMPLETION_INDEX).
    public var index: Int
    /// How many shards (machines) the sweep is split into, at least 1.
    public var count: Int

    /// Name prefix of the file each shard writes to say what it solved.
    public static let manifestPrefix = "whatif-shard-"

    /// Parses `I/N` with 0 ≤ I < N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
            count >= 1, (0..<count).contains(index)
        else { return nil }
        self.index = index
        self.count = count
    }

    /// A shard already known to be valid (0 ≤ index < count).
    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Whether the job at `position` (0 = base) is this shard's.
    public func contains(_ position: Int) -> Bool { position % count == index }

    /// The file this shard writes beside its plans.
    public var manifestName: String { "\(Self.manifestPrefix)\(index)-of-\(count).json" }

    /// What this shard solved, so `--merge` can check that the shards cover the sweep once.
    public func manifest(scenarios: [String], solved: [String?]) -> String {
        JSONValue.object([
            ("shard", .number(Double(index))),
            ("shards", .number(Double(count))),
            ("scenarios", .array(scenarios.map { .string($0) })),
            ("base", .bool(solved.contains(nil))),
            ("solved", .array(solved.compactMap { $0 }.map { .string($0) })),
        ]).rendered()
    }
}

/// Why shards cannot be merged into one what-if report.
public enum MergeError: Error, CustomStringConvertible {
    case noShards([String])
    case mismatch(String)
    case missing(String)
    case plan(PlanSummaryError)
    /// One shard file (a manifest or a plan.json) is not what its place in the sweep says.
    case file(String, String)

    /// The reason the shards cannot be merged, with what to do, for the terminal.
    public var description: String {
        switch self {
        case .noShards(let folders):
            return
                "no \(Shard.manifestPrefix)*.json in \(folders.joined(separator: ", ")); run `planctl whatif --shard I/N` first"
        case .mismatch(let why): return "the shards do not belong to one sweep: \(why)"
        case .missing(let what): return "the shards do not cover the sweep: \(what)"
        case .plan(let error): return error.description
        case .file(let path, let problem): return "\(path): \(problem)"
        }
    }
}
