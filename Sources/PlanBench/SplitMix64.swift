import Foundation

/// SplitMix64: a tiny generator that gives the same numbers on every run and
/// platform (Swift's default one is not seedable). Shared by the benchmark's
/// instance generator and the tests' random models.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator whose first output follows from `seed` alone.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
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
