/// The periods of one site in order, with the range of steps each spans:
/// the calendar that representative days are chosen from.
struct PeriodCalendar {
    struct Period {
        var label: String
        var steps: Range<Int>
    }
    var periods: [Period] = []

    init(_ site: Site) {
        var start = 0
        for t in site.steps.indices where t + 1 == site.steps.count || site.steps[t + 1].period != site.steps[t].period
        {
            periods.append(Period(label: site.steps[t].period, steps: start..<(t + 1)))
            start = t + 1
        }
    }

    /// Whether `site` has exactly these periods: same labels, order and hours, each from hour 0.
    func matches(_ site: Site) -> Bool {
        guard site.steps.count == periods.last?.steps.upperBound else { return false }
        return periods.allSatisfy { period in
            site.steps[period.steps].allSatisfy { $0.period == period.label }
                && site.steps[period.steps.lowerBound].hour == 0
        }
    }
}
