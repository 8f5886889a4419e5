/// A multi-year plan (horizon.md): what to buy in which year, and each year's v1 plan.
///
/// The `Plan` that holds it keeps v1's keys with these meanings: the objective,
/// bound and cost terms are levelised (net present cost ÷ Σ discount factors, the
/// constant yearly cost with the same present value); carbon and energy are the
/// yearly mean; the carbon-free share is that of all the horizon's energy; the
/// sites are the build of the last year; the workloads are every year's runs.
public struct HorizonPlan: Sendable {
    /// Years planned (≥ 2).
    public var years: [Year]
    /// Net present cost: Σ_y df_y · (year y's cost terms) (USD).
    public var npcUSD: Double
    /// The best proven lower bound on the net present cost (USD); nil when the search proved none.
    public var npcBoundUSD: Double?

    /// One year of the horizon.
    public struct Year: Sendable {
        /// 1-based year of the horizon.
        public var year: Int
        /// The calendar year (policy `first_year`) or "year y".
        public var label: String
        /// 1 / (1 + r)^(year − 1).
        public var discountFactor: Double
        /// That year's v1 figures: cost terms, carbon, energy, carbon-free share, the
        /// installed build of every site, and the runs trained that year.
        public var plan: Plan
        /// What is bought or contracted that year, in catalog order.
        public var purchases: [HorizonPurchase]
        /// Operating costs of the year that the cost terms carry beside capex annuities
        /// (servers, sites, renewables), so cash opex can be told apart from annuities:
        /// servers' `opex_usd_per_yr` per installed node, open sites' `fixed_opex_usd_per_yr`
        /// and on-site plants' `fixed_om_usd_per_mw_yr` per installed MW (USD/yr).
        public var fixedOpexUSDPerYr = 0.0

        /// Upfront money spent this year (USD, not annualised).
        public var upfrontUSD: Double { purchases.reduce(0) { $0 + $1.upfrontUSD } }
    }

    /// Σ discount factors: the net present cost divided by it is the levelised annual cost.
    public var discountSum: Double { years.reduce(0) { $0 + $1.discountFactor } }

    /// Total carbon over the horizon (tCO2e): what carbon gates and the Pareto front use.
    public var totalCarbonT: Double { years.reduce(0) { $0 + $1.plan.carbon.totalT } }
}

/// One purchase of a year's build schedule.
public struct HorizonPurchase: Sendable, Equatable {
    /// What is bought.
    public enum Kind: String, Sendable {
        case server, storage, renewable, battery, site
    }

    /// Site id the item is bought for (a PPA's grid node).
    public var site: String
    /// Catalog id: the server, storage, offer or battery id; the site's id for an opening.
    public var item: String
    /// A server's cooling id; nil for other kinds.
    public var cooling: String?
    /// Server, storage, renewable (on-site plant or PPA), battery, or a site opened.
    public var kind: Kind
    /// How many of `unit`: nodes, units, MW (offers), MWh (batteries), 1 site.
    public var quantity: Double
    /// `node`, `unit`, `MW`, `MWh`, `site`.
    public var unit: String
    /// A battery's power (MW) beside its energy; nil for other kinds.
    public var mw: Double?
    /// Upfront spend at that year's prices (USD): servers with their cooling and
    /// electrical, storage with its electrical, a site's fixed capex, on-site plants
    /// and batteries; 0 for a PPA.
    public var upfrontUSD: Double
    /// The part of `upfrontUSD` paid for the cooling and electrical capacity bought
    /// with servers or storage (USD); 0 for other kinds. The rest is the item's own price.
    public var coolingElectricalUSD = 0.0
}
