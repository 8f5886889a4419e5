import ArgumentParser

/// `--representative-days K`, shared by the commands that read catalogs and by `whatif`.
struct RepresentativeDaysOption: ParsableArguments {
    @Option(
        name: .customLong("representative-days"),
        help: "Plan on this many representative days chosen from a chronological profiles.csv (e.g. 365 × 24 h).")
    var count: Int?

    func validate() throws {
        if let count, count < 1 { throw ValidationError("--representative-days must be at least 1") }
    }
}
