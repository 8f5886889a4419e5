/// The version planctl reports in `--version` and in every plan's manifest.
public let planctlVersion = "0.1.0"

/// The version under a name that stored properties called `planctlVersion` do not shadow.
enum ToolVersion {
    static var current: String { planctlVersion }
}
