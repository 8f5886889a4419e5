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

    /// The column's header name, e.g. `grid_capacity_mw`.
    public var name: String
    /// How the cell's text is read: id, text, number (with its range), list or choice.
    public var kind: Kind
    /// What an empty or absent cell means: required, a default value, no value or another column.
    public var fallback: Fallback
    /// The largest magnitude a number cell of this column may hold.
    public var magnitudeLimit: Double

    /// A column `name` of `kind`; number cells above `limit` in magnitude are rejected as typos.
    public init(_ name: String, _ kind: Kind, _ fallback: Fallback, limit: Double = 1e15) {
        self.name = name
        self.kind = kind
        self.fallback = fallback
        self.magnitudeLimit = limit
    }

    /// Whether the column holds a number, which a scenario may also `scale` or `add` to.
    public var isNumber: Bool {
        if case .number = kind { return true }
        return false
    }
}

/// The range a number column accepts, as inputs.md states it.
public struct NumberRule: Sendable, Equatable {
    /// Smallest accepted value; -infinity for no lower bound.
    public var minimum: Double
    /// Whether `minimum` itself is refused (> rather than ≥).
    public var minimumIsExclusive: Bool
    /// Largest accepted value; infinity for no upper bound.
    public var maximum: Double
    /// Whether `maximum` itself is refused (< rather than ≤).
    public var maximumIsExclusive: Bool
    /// Whether only whole numbers are accepted (counts such as `max_nodes`).
    public var wholeNumber: Bool

    /// Any number ≥ 0: prices, capacities, amounts.
    public static let nonNegative = NumberRule(
        minimum: 0, minimumIsExclusive: false, maximum: .infinity, maximumIsExclusive: false, wholeNumber: false)
    /// Divisors: strictly positive.
    public static let positive = NumberRule(
        minimum: 0, minimumIsExclusive: true, maximum: .infinity, maximumIsExclusive: false, wholeNumber: false)
    /// A share from 0 to 1, both included (capacity factors, risk score).
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
    /// A factor ≥ 1: PUE, `aux_pue`, redundancy.
    public static let atLeastOne = NumberRule(
        minimum: 1, minimumIsExclusive: false, maximum: .infinity, maximumIsExclusive: false, wholeNumber: false)
    /// Any number, negative included: grid prices and `pue_adder`.
    public static let anySign = NumberRule(
        minimum: -.infinity, minimumIsExclusive: false, maximum: .infinity, maximumIsExclusive: false,
        wholeNumber: false)
    /// A whole number ≥ 0: `max_nodes`, `min_accelerators`, `hour`.
    public static let count = NumberRule(
        minimum: 0, minimumIsExclusive: false, maximum: .infinity, maximumIsExclusive: false, wholeNumber: true)
    /// A whole number > 0: `accelerators_per_node`.
    public static let positiveCount = NumberRule(
        minimum: 0, minimumIsExclusive: true, maximum: .infinity, maximumIsExclusive: false, wholeNumber: true)
    /// A deadline in days: more than 0, at most 365; fractions of a day allowed.
    public static let deadline = NumberRule(
        minimum: 0, minimumIsExclusive: true, maximum: 365, maximumIsExclusive: false, wholeNumber: false)
    /// expansion_reserve_fraction: keeping all of a site in reserve would forbid building.
    public static let reserveFraction = NumberRule(
        minimum: 0, minimumIsExclusive: false, maximum: 1, maximumIsExclusive: true, wholeNumber: false)
    /// A year of the horizon, 1-based (`year`, `first_year`); at most 10 here, and
    /// at most `horizon_years` by the catalog's cross-file check.
    public static let yearOfHorizon = NumberRule(
        minimum: 1, minimumIsExclusive: false, maximum: 10, maximumIsExclusive: false, wholeNumber: true)
    /// `horizon_years`: whole years from 1 to 10 (horizon.md).
    public static let horizonYears = NumberRule(
        minimum: 1, minimumIsExclusive: false, maximum: 10, maximumIsExclusive: false, wholeNumber: true)
    /// policy `first_year`: a calendar year, a label only.
    public static let calendarYear = NumberRule(
        minimum: 1900, minimumIsExclusive: false, maximum: 9999, maximumIsExclusive: false, wholeNumber: true)
    /// A yearly price or intensity change: above −1 (−1 would make it vanish).
    public static let yearlyChange = NumberRule(
        minimum: -1, minimumIsExclusive: true, maximum: .infinity, maximumIsExclusive: false, wholeNumber: false)

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
