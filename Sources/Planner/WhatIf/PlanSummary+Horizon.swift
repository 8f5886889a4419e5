extension PlanSummary {
    /// What gates and comparisons judge a multi-year plan by (horizon.md), and its
    /// schedule year by year for `diff`.
    public struct Horizon: Sendable, Equatable {
        /// Years planned.
        public var years: Int
        /// Net present cost (USD).
        public var npcUSD: Double
        /// Carbon over the whole horizon (tCO2e): the yearly mean times the years.
        public var totalCarbonT: Double
        /// Upfront money spent over the horizon, each year at its own prices (USD, not discounted).
        public var upfrontUSD = 0.0
        /// plan.json's `years[]`, in plan order.
        public var byYear: [Year] = []

        /// Σ of the years' discount factors: a levelised figure (USD/yr) times this is its present value (USD).
        public var discountFactorSum: Double {
            byYear.isEmpty ? Double(years) : byYear.reduce(0) { $0 + $1.discountFactor }
        }
    }
}

extension PlanSummary.Horizon {
    /// One year of the horizon: its own v1 figures and what it buys.
    public struct Year: Sendable, Equatable {
        /// 1-based year of the horizon.
        public var year: Int
        /// The calendar year or "year y": how comparisons match years.
        public var label: String
        /// 1 / (1 + r)^(year − 1).
        public var discountFactor: Double
        /// The year's own cost, not discounted (USD/yr).
        public var objectiveUSDPerYr: Double
        /// The year's operational plus embodied carbon (tCO2e/yr).
        public var totalCarbonT: Double
        /// Carbon-free share of the year's energy (fraction of 1).
        public var cfeFraction: Double
        /// Upfront money spent that year, at its prices (USD).
        public var upfrontUSD: Double
        /// What the year buys or contracts, in plan order.
        public var purchases: [Purchase]
    }

    /// One purchase of a year's schedule (plan.json's `purchases[]`).
    public struct Purchase: Sendable, Equatable {
        /// Site id the item is bought for.
        public var site: String
        /// Catalog id: server, storage, offer or battery; the site's own id for an opening.
        public var item: String
        /// A server's cooling id; nil for other kinds.
        public var cooling: String?
        /// `server`, `storage`, `renewable`, `battery` or `site`.
        public var kind: String
        /// How many of `unit`.
        public var quantity: Double
        /// `node`, `unit`, `MW`, `MWh` or `site`.
        public var unit: String
        /// Upfront spend at that year's prices (USD).
        public var upfrontUSD: Double

        /// Whether `other` is a purchase of the same thing: same site, kind, item and cooling.
        public func isSameItem(as other: Purchase) -> Bool {
            site == other.site && kind == other.kind && item == other.item && cooling == other.cooling
        }
    }
}

extension PlanSummary {
    /// The cost a comparison leads with: a horizon's net present cost (USD), else the
    /// plan's objective (USD/yr); nil without a plan.
    public var headlineCostUSD: Double? {
        guard hasPlan else { return nil }
        return horizon?.npcUSD ?? objectiveUSDPerYr
    }

    /// The carbon a comparison leads with: a horizon's total (tCO2e), else the plan's (tCO2e/yr).
    public var headlineCarbonT: Double { horizon?.totalCarbonT ?? totalCarbonT }
}
