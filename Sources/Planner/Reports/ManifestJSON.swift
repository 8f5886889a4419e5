extension Manifest {
    /// plan.json's `manifest` object: versions, input digests (sorted by file) and scenario.
    var json: JSONValue {
        .object([
            ("planctl_version", .string(planctlVersion)),
            ("glpk_version", .string(glpkVersion)),
            ("inputs_sha256", .object(inputDigests.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("scenario", scenario.map { .string($0) } ?? .null),
        ])
    }
}
