import Foundation

/// A renewable offer tied to a site (renewables.csv).
public struct RenewableOffer: Sendable, Equatable {
    public enum Technology: String, Sendable { case solar, wind }
    public enum Contract: String, Sendable { case onsite, ppa }

    public var id: String
    public var site: String
    public var technology: Technology
    public var contract: Contract
    public var maxMW: Double
    public var capexUSDPerMW: Double
    public var fixedOMUSDPerMWYr: Double
    public var lifetimeYears: Double
    public var ppaPriceUSDPerMWh: Double
    public var lifecycleKgPerMWh: Double
    public var line: Int

    /// The capacity factor of this offer's technology at one step of its site.
    public func capacityFactor(at step: ProfileStep) -> Double {
        technology == .solar ? step.solarCF : step.windCF
    }
}

/// A battery technology, buildable at any open site (batteries.csv).
public struct Battery: Sendable, Equatable {
    public var id: String
    public var capexUSDPerMWh: Double
    public var capexUSDPerMW: Double
    public var roundTripEfficiency: Double
    public var lifetimeYears: Double
    public var maxMWh: Double
    public var maxMW: Double
    public var line: Int

    /// One-way efficiency: charging and discharging each lose this share.
    public var oneWayEfficiency: Double { roundTripEfficiency.squareRoot() }
}

/// The policy settings (policy.csv), defaults filled.
public struct Policy: Sendable, Equatable {
    public var discountRate = 0.08
    public var carbonPriceUSDPerT = 0.0
    public var maxCarbonT: Double? = nil
    public var minCFEFraction: Double? = nil
    public var maxRiskScore = 1.0
    public var expansionReserveFraction = 0.0
    public var capexBudgetUSD: Double? = nil
    public var mipGap = 0.005
    public var timeLimitSeconds = 300.0

    public init() {}

    /// Capital recovery factor: the yearly payment that repays 1 USD over `years`.
    public func capitalRecoveryFactor(years: Double) -> Double {
        let r = discountRate
        if r == 0 { return 1 / years }
        let growth = pow(1 + r, years)
        return r * growth / (growth - 1)
    }
}
