/// The dimensions of a generated planning instance.
public struct InstanceSize: Sendable, Equatable {
    /// Candidate sites (each also gets renewable offers and a profile).
    public var sites: Int
    /// Accelerator server types.
    public var serverTypes: Int
    /// Training runs.
    public var workloads: Int
    /// Representative periods per site (365 with 24 hours = a chronological year).
    public var periods: Int
    /// Hourly steps per period.
    public var hoursPerPeriod: Int
    /// Seed of the pseudo-random generator: the same seed gives byte-identical files.
    public var seed: UInt64
    /// Years of a multi-year plan (horizon.md); 1 is the one-year plan.
    public var years = 1
    /// Which figures are drawn how (`InstanceFamily`); the base family is the published one.
    public var family = InstanceFamily.base

    /// A size with every dimension given.
    public init(
        sites: Int, serverTypes: Int, workloads: Int, periods: Int, hoursPerPeriod: Int = 24, seed: UInt64 = 1,
        family: InstanceFamily = .base
    ) {
        self.sites = sites
        self.serverTypes = serverTypes
        self.workloads = workloads
        self.periods = periods
        self.hoursPerPeriod = hoursPerPeriod
        self.seed = seed
        self.family = family
    }

    /// Hourly steps per site.
    public var stepsPerSite: Int { periods * hoursPerPeriod }

    /// A short label such as `s8-g6-w24-p4x24`, or `s8-g6-w24-p4x24-hard` for the hard family
    /// (the base family's labels are those of the published figures).
    public var label: String {
        "s\(sites)-g\(serverTypes)-w\(workloads)-p\(periods)x\(hoursPerPeriod)" + (years > 1 ? "-y\(years)" : "")
            + (family == .base ? "" : "-\(family.rawValue)")
    }

    /// The named sizes `scripts/bench` runs: the base family smallest first, then the hard family's.
    public static let named: [(name: String, size: InstanceSize)] = [
        ("tiny", InstanceSize(sites: 2, serverTypes: 2, workloads: 5, periods: 1)),
        ("small", InstanceSize(sites: 4, serverTypes: 4, workloads: 12, periods: 4)),
        ("medium", InstanceSize(sites: 8, serverTypes: 6, workloads: 24, periods: 4)),
        ("large", InstanceSize(sites: 12, serverTypes: 8, workloads: 48, periods: 4)),
        ("xlarge", InstanceSize(sites: 20, serverTypes: 10, workloads: 100, periods: 4)),
        ("year", InstanceSize(sites: 5, serverTypes: 4, workloads: 12, periods: 365)),
        // The hard family at the scale: 12–20 sites, 60–100 runs.
        ("hard-medium", InstanceSize(sites: 8, serverTypes: 6, workloads: 24, periods: 4, family: .hard)),
        ("hard-large", InstanceSize(sites: 12, serverTypes: 8, workloads: 60, periods: 4, family: .hard)),
        ("hard-xlarge", InstanceSize(sites: 20, serverTypes: 10, workloads: 100, periods: 4, family: .hard)),
    ]
}
