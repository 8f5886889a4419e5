/// What one catalog column holds and which values it accepts.
public struct ColumnSpec: Sendable {
    /// How the cell's text is read.
    public enum Kind: Sendable, Equatable {
        case id
        case text
        case number(NumberRule)
        /// A `;`-separated list of ids; empty means "any".
        case list
        case choice([String])
    }

    /// What an empty or absent cell means.
    public enum Fallback: Sendable, Equatable {
        case required
        case value(Double)
        /// No value: an absent limit, or a column with no meaning when empty.
        case none
        /// The value of another column of the same row (peak_power_kw → avg_power_kw).
        case column(String)
    }

    public var name: String
    public var kind: Kind
    public var fallback: Fallback
    /// The largest magnitude a number cell of this column may hold.
    public var magnitudeLimit: Double

    public init(_ name: String, _ kind: Kind, _ fallback: Fallback, limit: Double = 1e15) {
        self.name = name
        self.kind = kind
        self.fallback = fallback
        self.magnitudeLimit = limit
    }

    public var isNumber: Bool {
        if case .number = kind { return true }
        return false
    }
}

/// The range a number column accepts, as inputs.md states it.
public struct NumberRule: Sendable, Equatable {
    public var minimum: Double
    public var minimumIsExclusive: Bool
    public var maximum: Double
    public var maximumIsExclusive: Bool
    public var wholeNumber: Bool

    public static let nonNegative = NumberRule(
        minimum: 0, minimumIsExclusive: false, maximum: .infinity, maximumIsExclusive: false, wholeNumber: false)
    /// Divisors: strictly positive.
    public static let positive = NumberRule(
        minimum: 0, minimumIsExclusive: true, maximum: .infinity, maximumIsExclusive: false, wholeNumber: false)
    public static let fraction = NumberRule(
        minimum: 0, minimumIsExclusive: false, maximum: 1, maximumIsExclusive: false, wholeNumber: false)
    /// A fraction that is also a divisor (round_trip_efficiency).
    public static let positiveFraction = NumberRule(
        minimum: 0, minimumIsExclusive: true, maximum: 1, maximumIsExclusive: false, wholeNumber: false)
    /// A share of a server's time or peak that the planner divides by (mfu, availability): below
    /// 0.001 it is a slip (a percentage divided twice, a lost exponent) that would stretch a run's
    /// node-days past what the solver can take. planctl's addition to the spec, which says > 0.
    public static let serverShare = NumberRule(
        minimum: 0.001, minimumIsExclusive: false, maximum: 1, maximumIsExclusive: false, wholeNumber: false)
    public static let atLeastOne = NumberRule(
        minimum: 1, minimumIsExclusive: false, maximum: .infinity, maximumIsExclusive: false, wholeNumber: false)
    public static let anySign = NumberRule(
        minimum: -.infinity, minimumIsExclusive: false, maximum: .infinity, maximumIsExclusive: false,
        wholeNumber: false)
    public static let count = NumberRule(
        minimum: 0, minimumIsExclusive: false, maximum: .infinity, maximumIsExclusive: false, wholeNumber: true)
    public static let positiveCount = NumberRule(
        minimum: 0, minimumIsExclusive: true, maximum: .infinity, maximumIsExclusive: false, wholeNumber: true)
    public static let deadline = NumberRule(
        minimum: 0, minimumIsExclusive: true, maximum: 365, maximumIsExclusive: false, wholeNumber: false)
    /// expansion_reserve_fraction: keeping all of a site in reserve would forbid building.
    public static let reserveFraction = NumberRule(
        minimum: 0, minimumIsExclusive: false, maximum: 1, maximumIsExclusive: true, wholeNumber: false)

    /// The sentence that says what was wrong with `value`, or nil if it is accepted.
    func violation(_ value: Double) -> String? {
        if wholeNumber && value.rounded() != value { return "must be a whole number" }
        let low = minimumIsExclusive ? value <= minimum : value < minimum
        let high = maximumIsExclusive ? value >= maximum : value > maximum
        guard low || high else { return nil }
        return "must be \(describe())"
    }

    private func describe() -> String {
        let low = minimum == -.infinity ? nil : (minimumIsExclusive ? "> " : "≥ ") + format(minimum)
        let high = maximum == .infinity ? nil : (maximumIsExclusive ? "< " : "≤ ") + format(maximum)
        switch (low, high) {
        case (let l?, let h?):
            if minimum == 0, !minimumIsExclusive, maximum == 1, !maximumIsExclusive {
                return "a fraction between 0 and 1"
            }
            return "\(l) and \(h)"
        case (let l?, nil): return l
        case (nil, let h?): return h
        default: return "a number"
        }
    }

    private func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
