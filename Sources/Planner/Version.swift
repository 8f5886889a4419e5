/// The version planctl reports in `--version` and in every plan's manifest.
public let planctlVersion = "0.1.0"
