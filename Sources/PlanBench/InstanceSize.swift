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

    /// A size with every dimension given.
    public init(sites: Int, serverTypes: Int, workloads: Int, periods: Int, hoursPerPeriod: Int = 24, seed: UInt64 = 1) {
        self.sites = sites
        self.serverTypes = serverTypes
        self.workloads = workloads
        self.periods = periods
        self.hoursPerPeriod = hoursPerPeriod
        self.seed = seed
    }

    /// Hourly steps per site.
    public var stepsPerSite: Int { periods * hoursPerPeriod }

    /// A short label such as `s8-g6-w24-p4x24`.
    public var label: String { "s\(sites)-g\(serverTypes)-w\(workloads)-p\(periods)x\(hoursPerPeriod)" }

    /// The named sizes `scripts/bench` runs, smallest first.
    public static let named: [(name: String, size: InstanceSize)] = [
        ("tiny", InstanceSize(sites: 2, serverTypes: 2, workloads: 5, periods: 1)),
        ("small", InstanceSize(sites: 4, serverTypes: 4, workloads: 12, periods: 4)),
        ("medium", InstanceSize(sites: 8, serverTypes: 6, workloads: 24, periods: 4)),
        ("large", InstanceSize(sites: 12, serverTypes: 8, workloads: 48, periods: 4)),
        ("xlarge", InstanceSize(sites: 20, serverTypes: 10, workloads: 100, periods: 4)),
        ("year", InstanceSize(sites: 5, serverTypes: 4, workloads: 12, periods: 365)),
    ]
}

/// SplitMix64: a tiny, portable, seedable generator (Swift's default one is not seedable).
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) / Double(1 << 53)
    }

    /// Log-uniform in [low, high): as many runs of 1e22 as of 1e24 FLOP per decade.
    mutating func logUniform(_ low: Double, _ high: Double) -> Double {
        exp(uniform(log(low), log(high)))
    }

    /// Uniform integer in 0..<count.
    mutating func index(_ count: Int) -> Int { Int(next() % UInt64(count)) }
}

import Foundation
