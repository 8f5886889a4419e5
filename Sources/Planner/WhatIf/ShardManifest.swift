import Foundation

/// One shard's manifest (`whatif-shard-I-of-N.json`) as `--merge` reads it back, checked on its own:
/// a shard number out of range or fractional would otherwise be truncated or skipped silently.
struct ShardManifest {
    /// The shard folder the manifest sits in.
    var folder: String
    var shard: Shard
    /// Every scenario of the sweep, in scenarios.csv order.
    var scenarios: [String]
    /// Whether this shard solved the base plan.
    var base: Bool
    /// The scenarios this shard solved.
    var solved: [String]

    init(folder: String, name: String) throws {
        let path = folder + "/" + name
        guard let data = FileManager.default.contents(atPath: path),
            let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw MergeError.mismatch("\(path) is not a shard manifest")
        }
        self.folder = folder
        let count = try Self.wholeNumber(manifest["shards"], "shards", in: path)
        guard count >= 1 else { throw MergeError.file(path, "shards \(count) is not a number of shards ≥ 1") }
        let index = try Self.wholeNumber(manifest["shard"], "shard", in: path)
        guard (0..<count).contains(index) else {
            throw MergeError.file(path, "shard \(index) of \(count) is out of range (0 to \(count - 1))")
        }
        shard = Shard(index: index, count: count)
        scenarios = manifest["scenarios"] as? [String] ?? []
        base = manifest["base"] as? Bool == true
        solved = manifest["solved"] as? [String] ?? []
        // Each shard solves exactly its share; anything else means the manifest was edited or mixed up.
        let share = scenarios.enumerated().filter { shard.contains($0.offset + 1) }.map(\.element)
        guard base == shard.contains(0), solved == share else {
            let expected = (shard.contains(0) ? ["the base"] : []) + share.map { "`\($0)`" }
            throw MergeError.file(
                path,
                "lists what shard \(index)/\(count) does not solve; it solves "
                    + (expected.isEmpty ? "nothing" : expected.joined(separator: ", ")))
        }
    }

    private static func wholeNumber(_ value: Any?, _ key: String, in path: String) throws -> Int {
        guard let number = value as? NSNumber else {
            throw MergeError.file(path, "no number \"\(key)\"")
        }
        let double = number.doubleValue
        guard double.isFinite, double == double.rounded(), abs(double) < 1e9 else {
            throw MergeError.file(path, "\(key) \(NumberText.plain(double)) is not a whole number")
        }
        return Int(double)
    }
}
