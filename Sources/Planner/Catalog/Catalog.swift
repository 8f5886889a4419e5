/// Every validated catalog of one input folder, defaults and derived values filled.
public struct Catalog: Sendable, Equatable {
    /// Candidate data-center sites (sites.csv), by id.
    public var sites: [Site] = []
    /// Accelerator node types (servers.csv), by id.
    public var servers: [Server] = []
    /// Cooling systems (cooling.csv), by id.
    public var cooling: [Cooling] = []
    /// Storage building blocks (storage.csv), by id; empty without the file.
    public var storage: [StorageUnit] = []
    /// Training runs that must finish this year (workloads.csv), by id.
    public var workloads: [Workload] = []
    /// On-site plant and PPA offers (renewables.csv), by id; empty without the file.
    public var renewables: [RenewableOffer] = []
    /// Battery technologies (batteries.csv), by id; empty without the file.
    public var batteries: [Battery] = []
    /// Planning settings (policy.csv), every key not given at its default.
    public var policy = Policy()
    /// The scenario applied on top of the base catalogs, if any.
    public var scenario: String? = nil
    /// Every scenario name of scenarios.csv, in file order.
    public var scenarioNames: [String] = []
    /// Where each scenario name is first written in scenarios.csv (its cell), for messages about the name.
    public var scenarioNamePositions: [String: SourcePosition] = [:]
    /// SHA-256 of each file read, by file name, for the plan's manifest.
    public var inputDigests: [(file: String, sha256: String)] = []
    /// Set when the profiles were reduced to representative days (`--representative-days`).
    public var representativeDays: ProfileAggregation? = nil

    /// An empty catalog: no rows, every policy setting at its default.
    public init() {}

    /// Equal when every catalog, the policy, the scenario, the representative days and the input digests agree.
    public static func == (lhs: Catalog, rhs: Catalog) -> Bool {
        lhs.sites == rhs.sites && lhs.servers == rhs.servers && lhs.cooling == rhs.cooling
            && lhs.storage == rhs.storage && lhs.workloads == rhs.workloads
            && lhs.renewables == rhs.renewables && lhs.batteries == rhs.batteries
            && lhs.policy == rhs.policy && lhs.scenario == rhs.scenario
            && lhs.scenarioNames == rhs.scenarioNames && lhs.representativeDays == rhs.representativeDays
            && lhs.inputDigests.map(\.file) == rhs.inputDigests.map(\.file)
            && lhs.inputDigests.map(\.sha256) == rhs.inputDigests.map(\.sha256)
    }

    /// Position of the site `id` in `sites`; nil for an unknown id.
    func siteIndex(_ id: String) -> Int? {
        sites.firstIndex { $0.id == id }
    }

    /// The cooling systems a server may sit in.
    public func coolingOptions(for server: Server) -> [Cooling] {
        cooling.filter { server.coolingKinds.contains($0.kind) }
    }
}
