/// Where each domain variable lives among the program's columns.
///
/// Indices are positions in the catalog's arrays (site, server, cooling, …),
/// so the model follows file order and stays deterministic.
public struct ModelIndex: Sendable {
    typealias Column = LinearProgram.ColumnID

    /// A node placement: server `server` in cooling `cooling` at `site`.
    public struct Placement: Hashable, Sendable {
        /// Index of the site in the catalog's `sites`.
        public var site: Int
        /// Index of the server type in the catalog's `servers`.
        public var server: Int
        /// Index of the cooling system in the catalog's `cooling`.
        public var cooling: Int
    }

    /// A candidate home for a workload: `site` on `server`.
    public struct Assignment: Hashable, Sendable {
        /// Index of the training run in the catalog's `workloads`.
        public var workload: Int
        /// Index of the site in the catalog's `sites`.
        public var site: Int
        /// Index of the server type in the catalog's `servers`.
        public var server: Int
    }

    /// A (site, server) pair: one cluster of nodes that runs can share.
    public struct Cluster: Hashable, Sendable {
        /// Index of the site in the catalog's `sites`.
        public var site: Int
        /// Index of the server type in the catalog's `servers`.
        public var server: Int
    }

    /// Per-step columns of one site.
    public struct StepColumns: Sendable {
        var grid: Column
        var onsite: Column?
        var ppaMatched: Column?
        /// By battery index.
        var charge: [Column]
        var discharge: [Column]
        var stateOfCharge: [Column]
    }

    /// Sites that may open (risk within policy), by site index.
    public internal(set) var openable: [Int] = []
    var siteOpen: [Int: Column] = [:]
    /// Facility load (MW), a defined column per open-able site.
    var facilityLoad: [Int: Column] = [:]
    /// Placements in build order; `nodes` maps them to their columns.
    public internal(set) var placements: [Placement] = []
    var nodes: [Placement: Column] = [:]
    /// Placements by site and by cluster, in build order: the builder's and
    /// reader's loops look them up instead of filtering `placements` (quadratic).
    var placementsAtSite: [Int: [Placement]] = [:]
    var placementsInCluster: [Cluster: [Placement]] = [:]
    /// Storage units by (site, storage type).
    var storageUnits: [Int: [Column]] = [:]
    /// Assignments in build order with their binary and work-share columns.
    public internal(set) var assignments: [Assignment] = []
    var assigned: [Assignment: Column] = [:]
    /// Assignments by workload and by cluster, in build order.
    var assignmentsOfWorkload: [Int: [Assignment]] = [:]
    var assignmentsInCluster: [Cluster: [Assignment]] = [:]
    /// Share of the workload's work done there (u = need · share, in node-days).
    var workShare: [Assignment: Column] = [:]
    /// Renewable offer capacity (MW), by offer index.
    var offerMW: [Int: Column] = [:]
    /// Battery energy and power capacity by site, then battery index.
    var batteryMWh: [Int: [Column]] = [:]
    var batteryMW: [Int: [Column]] = [:]
    var steps: [Int: [StepColumns]] = [:]
    var heatSold: [Int: Column] = [:]
    /// Nodes running above min_utilization · x in each step, by placement
    /// (flexible load only; `ModelBuilder.addRunningNodes`).
    var running: [Placement: [Column]] = [:]

    /// Placements at site `s`, in build order.
    func placements(site s: Int) -> [Placement] { placementsAtSite[s] ?? [] }

    /// Placements of server `g` at site `s`, one per cooling choice.
    func placements(site s: Int, server g: Int) -> [Placement] {
        placementsInCluster[Cluster(site: s, server: g)] ?? []
    }

    /// Candidate homes of workload `w`, in build order.
    func assignments(workload w: Int) -> [Assignment] { assignmentsOfWorkload[w] ?? [] }

    /// Workloads that may run on server `g` at site `s`, in build order.
    func assignments(site s: Int, server g: Int) -> [Assignment] {
        assignmentsInCluster[Cluster(site: s, server: g)] ?? []
    }
}
