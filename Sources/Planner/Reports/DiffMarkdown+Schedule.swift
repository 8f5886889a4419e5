/// `diff`'s year-by-year section for multi-year plans: per year, the purchases
/// that change, the upfront spend, and the year's own cost and carbon, A → B.
extension DiffMarkdown {
    /// The heading line and one table row per year label.
    static func schedule(_ schedule: ScheduleComparison) -> String {
        let rows = schedule.years.map { year -> [String] in
            let (x, y) = (year.before, year.after)
            return [
                year.label, ScheduleChangeText.purchases(year),
                change(x?.upfrontUSD, y?.upfrontUSD, .usd),
                change(x?.objectiveUSDPerYr, y?.objectiveUSDPerYr, .usdPerYr),
                change(x?.totalCarbonT, y?.totalCarbonT, .tonnesPerYr),
            ]
        }
        return "**Build schedule, year by year**, A → B: the purchases that differ (bought in one plan only, or "
            + "in another quantity), the upfront spend (at that year's prices, not discounted), and the year's own "
            + "cost and carbon.\n\n"
            + Markdown.table(
                ["year", "purchases", "upfront (USD)", "cost (USD/yr)", "carbon (t/yr)"], rows, alignRight: [2, 3, 4])
            + "\n"
    }

    /// "598.0 k USD" when unchanged; "640.0 k USD → 720.0 k USD (+80.0 k USD, +12.5 %)"; "–" for a year not planned.
    private static func change(_ before: Double?, _ after: Double?, _ kind: PlanComparison.Kind) -> String {
        let (x, y) = (
            before.map { DeltaFormat.value($0, kind) } ?? "–", after.map { DeltaFormat.value($0, kind) } ?? "–"
        )
        guard let before, let after else { return x == y ? x : "\(x) → \(y)" }
        guard let delta = DeltaFormat.change(from: before, to: after, kind) else { return y }
        let percent = DeltaFormat.percentChange(from: before, to: after, kind).map { ", " + $0 } ?? ""
        return "\(x) → \(y) (\(delta)\(percent))"
    }
}
