import Foundation

/// The years of a multi-year horizon (horizon.md), seen from the catalog.
extension Catalog {
    /// Years planned: 1 for the one-year plan of contract v1.
    public var horizonYears: Int { policy.horizonYears }

    /// Year `y` (1-based) as a one-year catalog: the runs trained that year and
    /// every step's grid price and intensity of that year. Equipment and sites
    /// keep their catalog order, so a model index means the same thing every year.
    public func year(_ y: Int) -> Catalog {
        var view = self
        view.workloads = workloads.filter { $0.year == y }
        view.sites = sites.map { $0.inYear(y) }
        return view
    }

    /// The label of year `y` in reports: the calendar year when policy.csv gives
    /// `first_year`, "year y" otherwise.
    public func yearLabel(_ y: Int) -> String {
        policy.firstCalendarYear.map { String($0 + y - 1) } ?? "year \(y)"
    }
}

extension Policy {
    /// df_y = 1 / (1 + r)^(y − 1): what a dollar of year `y` is worth in year 1.
    public func discountFactor(year y: Int) -> Double {
        1 / pow(1 + discountRate, Double(y - 1))
    }

    /// Σ df_y over years 1..`horizonYears`: a net present cost divided by it is the
    /// levelised annual cost (the constant yearly cost of the same present value).
    public var discountFactorSum: Double {
        (1...max(horizonYears, 1)).reduce(0) { $0 + discountFactor(year: $1) }
    }
}

/// (1 + change)^(y − 1): a yearly change compounded from year 1 to year `y`.
func compounded(_ changePerYear: Double, toYear y: Int) -> Double {
    pow(1 + changePerYear, Double(y - 1))
}

extension Site {
    /// The site with year `y`'s grid prices and intensities (every step and the annual figures).
    func inYear(_ y: Int) -> Site {
        let price = compounded(gridPriceChangePerYr, toYear: y)
        let carbon = compounded(gridCarbonChangePerYr, toYear: y)
        guard price != 1 || carbon != 1 else { return self }
        var site = self
        site.gridPriceUSDPerMWh *= price
        site.gridCarbonKgPerMWh *= carbon
        site.steps = steps.map { step in
            var step = step
            step.gridPriceUSDPerMWh *= price
            step.gridCarbonKgPerMWh *= carbon
            return step
        }
        return site
    }
}

extension Server {
    /// Whether nodes of this type can be bought in year `y` of a horizon of `years`.
    public func isBuyable(inYear y: Int, of years: Int) -> Bool {
        y >= firstYear && y <= (lastYear ?? years)
    }

    /// Purchase price of one node bought in year `y` (USD).
    public func capexUSD(inYear y: Int) -> Double { capexUSD * compounded(capexChangePerYr, toYear: y) }
}

extension RenewableOffer {
    /// Build cost per MW of an on-site plant built in year `y` (USD/MW).
    public func capexUSDPerMW(inYear y: Int) -> Double {
        capexUSDPerMW * compounded(capexChangePerYr, toYear: y)
    }
}

extension Battery {
    /// Energy and power prices of a battery bought in year `y` (USD/MWh, USD/MW).
    public func capex(inYear y: Int) -> (usdPerMWh: Double, usdPerMW: Double) {
        let factor = compounded(capexChangePerYr, toYear: y)
        return (capexUSDPerMWh * factor, capexUSDPerMW * factor)
    }
}
