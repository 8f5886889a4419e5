/// Why a profiles.csv cannot be reduced to representative days.
public enum AggregationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No site has more than one step, so there is nothing to choose among.
    case noProfiles
    /// Profiled sites must share their periods so that a chosen day means the same day everywhere.
    case periodsDiffer(site: String, firstSite: String)
    /// A period's steps must all stand for the same number of hours.
    case unevenWeights(site: String, period: String)
    /// Fewer periods than days were asked for, but longer ones: nothing to choose
    /// among, yet more steps than the days would have (e.g. one 8760-hour period).
    case periodsTooLong(periods: Int, steps: Int, requested: Int)
    /// The extreme days alone fill (or exceed) the requested number of days.
    case tooFewDays(requested: Int, extremes: Int)

    /// One plain sentence saying what went wrong and what to do.
    public var description: String {
        switch self {
        case .noProfiles:
            return "no site has hourly steps, so there are no days to choose among; "
                + "drop --representative-days or add a chronological profile"
        case .periodsDiffer(let site, let firstSite):
            return "site \(site) does not have the same periods (labels, order and hours) as site \(firstSite)"
                + "; representative days are chosen for all sites at once, so give every "
                + "profiled site the same calendar"
        case .unevenWeights(let site, let period):
            return "the steps of period \"\(period)\" at site \(site) have different weights (or differ from "
                + "another site's); representative days need one weight per period, e.g. 1 for a chronological year"
        case .periodsTooLong(let periods, let steps, let requested):
            return "\(periods) period\(periods == 1 ? "" : "s") of \(steps) hourly steps in all per site, "
                + "more than \(requested) days of 24 hours; representative days are chosen among periods, so give "
                + "the year as days (365 periods of 24 hours, weight 1)"
        case .tooFewDays(let requested, let extremes):
            let kept = extremes == 1 ? "1 extreme day is" : "\(extremes) extreme days are"
            return "--representative-days \(requested) leaves no room for typical days: \(kept) kept on their own "
                + "(each site's least renewable day); ask for at least \(extremes + 1)"
        }
    }
}
