/// Wall-clock time of one solve, measured from its start on a monotonic clock.
struct SolveClock {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    /// The caller's limit for the whole solve, in seconds.
    let limitSeconds: Double

    init(limitSeconds: Double) {
        self.limitSeconds = limitSeconds
        start = clock.now
    }

    /// Seconds since the solve started.
    var elapsedSeconds: Double {
        start.duration(to: clock.now).inSeconds
    }

    /// Whether the whole-solve limit has been used up.
    var isExpired: Bool { elapsedSeconds >= limitSeconds }

    /// The time left as GLPK's `tm_lim`: milliseconds, at least 1 (0 would
    /// stop GLPK before it starts), clamped to Int32 (INT_MAX means none).
    var remainingMilliseconds: Int32 {
        let remaining = (limitSeconds - elapsedSeconds) * 1000
        guard remaining < Double(Int32.max) else { return Int32.max }
        return Int32(max(remaining.rounded(.up), 1))
    }
}
