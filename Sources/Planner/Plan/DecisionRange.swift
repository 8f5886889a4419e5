/// How far one decision can move among plans whose cost stays within the
/// slack of the cheapest plan found (modelling to generate alternatives).
public struct DecisionRange: Sendable {
    /// One end of the range: the least or the most the decision was found to be.
    public struct End: Sendable {
        /// The decision's value in `plan`: a plan within the slack reaches it.
        public var value: Double
        /// How far the search proved the end cannot go: no plan within the slack
        /// has less (for the least end) or more (most); nil when the search
        /// stopped before it had a bound.
        public var bound: Double?
        /// How the search for this end ended (`optimal`: within the MIP gap).
        public var status: SolveStatus
        /// A plan at `value`: its whole-number choices as the search found
        /// them, the rest the cheapest way to run them with the decision held.
        public var plan: Plan
    }

    /// Whether every plan within the slack agrees on the decision.
    public enum Firmness: String, Sendable {
        /// Both ends proven and equal (within the tolerance): every plan within the slack has this value.
        case firm
        /// The search found no other value but did not prove it (a time limit or the MIP gap).
        case unproven
        /// Plans within the slack differ in this decision.
        case flexible
    }

    /// The decision, as named.
    public var decision: AlternativeDecision
    /// The decision's value in the cheapest plan.
    public var cheapestValue: Double
    /// The least value found, and its plan.
    public var least: End
    /// The most found, and its plan.
    public var most: End
    /// Whether the model has no column for the decision (nothing it names can be bought): always 0, not searched.
    public var isEmpty: Bool = false

    /// Values closer than this are one value (half an accelerator, a kW, a kWh).
    public var toleranceUnits: Double { decision.toleranceUnits }

    /// Whether the least end is proven: its bound within the tolerance of its value.
    public var leastIsProven: Bool { least.bound.map { least.value - $0 <= toleranceUnits } ?? false }

    /// Whether the most end is proven: its bound within the tolerance of its value.
    public var mostIsProven: Bool { most.bound.map { $0 - most.value <= toleranceUnits } ?? false }

    /// Firm, unproven or flexible (see `Firmness`).
    public var firmness: Firmness {
        guard most.value - least.value <= toleranceUnits else { return .flexible }
        return leastIsProven && mostIsProven ? .firm : .unproven
    }
}

/// What `alternatives` found: the cheapest plan and, for each decision, the
/// least and most it can be among plans within `slack` of that plan's cost.
public struct NearOptimalAlternatives: Sendable {
    /// Plans may cost up to this fraction more than the cheapest plan found (0.02: 2 %).
    public var slack: Double
    /// The cheapest plan found (`Planning.plan`); its cost is the reference, its gap says how sure it is.
    public var cheapest: Plan
    /// The cost every plan of a range stays within: the cheapest plan's objective × (1 + slack) (USD/yr).
    public var costLimitUSDPerYr: Double
    /// Each decision's range, in the order named.
    public var ranges: [DecisionRange]
}

/// Which end of which decision's range a plan is (`DecisionRange.End.plan`),
/// so the plan's own file says what it is.
public struct AlternativeRole: Sendable {
    /// The decision's name, `accelerators:site=us-tx-abilene`.
    public var decision: String
    /// What the decision sums (its unit, and whether it is a whole number).
    public var kind: AlternativeDecision.Kind
    /// True for the most the decision can be, false for the least.
    public var isMost: Bool
    /// The decision's value in this plan.
    public var value: Double
    /// Whether the search proved no plan within the slack goes further.
    public var isProven: Bool
    /// The slack the plan's cost stays within (fraction of the cheapest plan's cost).
    public var slack: Double
}
