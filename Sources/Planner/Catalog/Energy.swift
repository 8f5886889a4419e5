import Foundation

/// A renewable offer tied to a site (renewables.csv).
public struct RenewableOffer: Sendable, Equatable {
    /// The generation technology; picks the site's solar or wind capacity factor.
    public enum Technology: String, Sendable { case solar, wind }
    /// How the offer is had: a plant built and owned on site, or a virtual PPA.
    public enum Contract: String, Sendable { case onsite, ppa }

    /// Name of the offer, e.g. `tx-wind-ppa`.
    public var id: String
    /// On-site: the site it is built at; PPA: the site whose grid node it feeds.
    public var site: String
    /// Solar or wind: which capacity factor of the site's steps the output follows.
    public var technology: Technology
    /// Built on site (capex, O&M) or contracted as a PPA (strike price).
    public var contract: Contract
    /// Most capacity that can be built or contracted, in MW.
    public var maxMW: Double
    /// On-site only: build cost, in USD/MW.
    public var capexUSDPerMW: Double
    /// On-site only: yearly operation and maintenance, in USD/MW/yr.
    public var fixedOMUSDPerMWYr: Double
    /// On-site only: years over which the plant's capex is annualised.
    public var lifetimeYears: Double
    /// PPA only: strike price paid for all the plant's output, in USD/MWh.
    public var ppaPriceUSDPerMWh: Double
    /// Lifecycle emissions of the generation, in kgCO2e/MWh.
    public var lifecycleKgPerMWh: Double
    /// 1-based line of this row in renewables.csv, for diagnostics.
    public var line: Int
    /// First year of the horizon (1-based) in which the offer can be built or contracted.
    public var firstYear = 1
    /// Yearly change of `capexUSDPerMW`, as for servers.
    public var capexChangePerYr = 0.0

    /// The capacity factor of this offer's technology at one step of its site.
    public func capacityFactor(at step: ProfileStep) -> Double {
        technology == .solar ? step.solarCF : step.windCF
    }
}

/// A battery technology, buildable at any open site (batteries.csv).
public struct Battery: Sendable, Equatable {
    /// Name of the technology, e.g. `li-ion-4h`.
    public var id: String
    /// Cost per MWh of energy capacity, in USD/MWh.
    public var capexUSDPerMWh: Double
    /// Cost per MW of charge/discharge power, in USD/MW.
    public var capexUSDPerMW: Double
    /// Energy out ÷ energy in over a full cycle (0..1).
    public var roundTripEfficiency: Double
    /// Years over which the battery's capex is annualised.
    public var lifetimeYears: Double
    /// Largest energy capacity that may be built per site, in MWh.
    public var maxMWh: Double
    /// Largest charge/discharge power that may be built per site, in MW.
    public var maxMW: Double
    /// 1-based line of this row in batteries.csv, for diagnostics.
    public var line: Int
    /// Yearly change of both capex prices, as for servers.
    public var capexChangePerYr = 0.0

    /// One-way efficiency: charging and discharging each lose this share.
    public var oneWayEfficiency: Double { roundTripEfficiency.squareRoot() }
}

/// The policy settings (policy.csv), defaults filled.
public struct Policy: Sendable, Equatable {
    /// Cost of capital (0..1) that turns capex into yearly payments.
    public var discountRate = 0.08
    /// Internal price on operational and embodied emissions, in USD/tCO2e.
    public var carbonPriceUSDPerT = 0.0
    /// Cap on yearly emissions, operational + embodied, in tCO2e/yr; nil: no cap.
    public var maxCarbonT: Double? = nil
    /// Least share (0..1) of facility energy that is carbon-free hour by hour; nil: no floor.
    public var minCFEFraction: Double? = nil
    /// Least share (0..1) of a site's nodes of each type that runs in every step;
    /// 1 (the default) holds the load flat, as v1 did (flexible-load.md).
    public var minUtilization = 1.0
    /// Cap on each site's contracted PPA energy as a share of its facility energy
    /// (PPA MWh over load MWh in a year); nil: no cap. Keeps a PPA procurement, not a price bet.
    public var maxPPAFractionOfLoad: Double? = nil
    /// Sites with a higher `riskScore` cannot open (0..1).
    public var maxRiskScore = 1.0
    /// Share of every site's racks and grid connection kept free for later growth (0..1, < 1).
    public var expansionReserveFraction = 0.0
    /// Cap on upfront (not annualised) spending, in USD; nil: no budget.
    public var capexBudgetUSD: Double? = nil
    /// The solver stops once the plan is proven within this fraction of the best possible.
    public var mipGap = 0.005
    /// The solver stops after this many seconds and reports the best plan found.
    public var timeLimitSeconds = 300.0
    /// Years planned (1..10); 1 is the one-year plan of contract v1 (horizon.md).
    public var horizonYears = 1
    /// Cap on the carbon of all the horizon's years together (tCO2e); nil: none. Not a
    /// policy.csv key: `pareto` sets it to trace a multi-year plan's cost against its total carbon.
    public var maxHorizonCarbonT: Double? = nil
    /// Calendar year of the horizon's first year, a label for reports; nil: years are numbered 1, 2, ….
    public var firstCalendarYear: Int? = nil

    /// Every setting at its default, as when policy.csv is absent.
    public init() {}

    /// Whether runs may follow clean or cheap hours (min_utilization below 1).
    public var hasFlexibleLoad: Bool { minUtilization < 1 }

    /// Capital recovery factor: the yearly payment that repays 1 USD over `years`.
    public func capitalRecoveryFactor(years: Double) -> Double {
        let r = discountRate
        if r == 0 { return 1 / years }
        let growth = pow(1 + r, years)
        return r * growth / (growth - 1)
    }
}
