/// The reports written when no plan meets the requirements.
public enum InfeasibleReport {
    /// plan.md when no plan exists: one bullet per requirement that cannot be met, and by how much.
    public static func markdown(_ reasons: [String], scenario: String?) -> String {
        let title = scenario.map { "# No feasible plan — scenario `\($0)`" } ?? "# No feasible plan"
        return title + "\n\nNo build meets every requirement. What cannot be met, and by how much:\n\n"
            + reasons.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }

    /// plan.json when no plan exists: status `infeasible`, the same reasons and the run's manifest.
    public static func json(_ reasons: [String], manifest: Manifest) -> String {
        JSONValue.object([
            ("status", .string("infeasible")),
            ("infeasibility", .array(reasons.map { .string($0) })),
            ("manifest", manifest.json),
        ]).rendered()
    }
}

extension Manifest {
    /// The manifest of a catalog's run.
    public init(catalog: Catalog) {
        self.init(
            planctlVersion: ToolVersion.current, glpkVersion: GLPKSolver.version,
            inputDigests: Dictionary(uniqueKeysWithValues: catalog.inputDigests.map { ($0.file, $0.sha256) }),
            scenario: catalog.scenario)
    }
}
