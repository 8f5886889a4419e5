/// `planctl diff A.json B.json`: two saved plans compared, as Markdown fit for a
/// pull-request comment — summary line first, then the table, then the
/// per-site changes in a collapsed block.
public enum DiffMarkdown {
    /// `a` is the reference (usually main's plan), `b` the proposed one; the names label the columns.
    public static func render(_ a: PlanSummary, _ b: PlanSummary, names: (a: String, b: String)) -> String {
        let comparison = PlanComparison([a, b])
        var out = "**planctl diff** `\(names.a)` → `\(names.b)`: " + summary(a, b) + "\n\n"
        let rows =
            comparison.rows.map { row -> [String] in
                let (before, after) = (row.values[0], row.values[1])
                guard let before, let after else {
                    return [
                        row.label, before.map { DeltaFormat.value($0, row.kind) } ?? a.status.rawValue,
                        after.map { DeltaFormat.value($0, row.kind) } ?? b.status.rawValue, "", "",
                    ]
                }
                return [
                    row.label, DeltaFormat.value(before, row.kind), DeltaFormat.value(after, row.kind),
                    DeltaFormat.change(from: before, to: after, row.kind) ?? "",
                    DeltaFormat.percentChange(from: before, to: after, row.kind) ?? "",
                ]
            } + [
                [
                    "sites opened",
                    DeltaFormat.sites(base: nil, other: comparison.openSites[0], status: a.status.rawValue),
                    DeltaFormat.sites(
                        base: comparison.openSites[0], other: comparison.openSites[1], status: b.status.rawValue),
                    "", "",
                ]
            ]
        out += Markdown.table(["figure", "A", "B", "Δ", "Δ %"], rows, alignRight: [1, 2, 3, 4]) + "\n"
        if comparison.isHorizon { out += "\n" + schedule(ScheduleComparison(a, b)) }
        let sites = siteRows(a, b)
        if !sites.isEmpty {
            // A horizon's sites are its last year's build.
            let which = comparison.isHorizon ? " in the last year's build" : ""
            out +=
                "\n<details><summary>Per-site changes\(which) (\(sites.count) site\(sites.count == 1 ? "" : "s"))"
                + "</summary>\n\n"
            out +=
                Markdown.table(["site", "open", "nodes", "renewables (MW)", "facility (MW)"], sites)
                + "\n\n</details>\n"
        }
        return out
    }

    /// "cost +1.20 M USD/yr (+10.8 %), carbon −1,200 t/yr (−3.1 %), carbon-free 45.0 % → 50.0 %; moves …".
    /// When either plan is multi-year: "net present cost +16.0 k USD (+0.9 %), carbon over the horizon
    /// unchanged, …", and which years' purchases change.
    static func summary(_ a: PlanSummary, _ b: PlanSummary) -> String {
        guard a.hasPlan, b.hasPlan, let before = a.headlineCostUSD, let after = b.headlineCostUSD else {
            return "status \(a.status.rawValue) → \(b.status.rawValue); " + BuildChanges.sentence(from: a, to: b) + "."
        }
        let horizon = a.horizon != nil || b.horizon != nil
        func part(_ name: String, _ x: Double, _ y: Double, _ kind: PlanComparison.Kind) -> String {
            guard let change = DeltaFormat.change(from: x, to: y, kind) else { return "\(name) unchanged" }
            let percent = DeltaFormat.percentChange(from: x, to: y, kind).map { " (\($0))" } ?? ""
            return "\(name) \(change)\(horizon ? "" : "/yr")\(percent)"
        }
        let cfe =
            DeltaFormat.value(a.cfeFraction, .fraction) == DeltaFormat.value(b.cfeFraction, .fraction)
            ? "carbon-free share unchanged"
            : "carbon-free share \(DeltaFormat.value(a.cfeFraction, .fraction)) → \(DeltaFormat.value(b.cfeFraction, .fraction))"
        let names = horizon ? ("net present cost", "carbon over the horizon") : ("cost", "carbon")
        let build = [BuildChanges.sentence(from: a, to: b)] + [ScheduleChangeText.headline(ScheduleComparison(a, b))]
        return [
            part(names.0, before, after, horizon ? .usd : .usdPerYr) + DeltaFormat.toleranceNote(a, b),
            part(names.1, a.headlineCarbonT, b.headlineCarbonT, horizon ? .tonnes : .tonnesPerYr), cfe,
        ]
        .joined(separator: ", ") + "; " + build.compactMap { $0 }.joined(separator: "; ") + "."
    }

    /// Sites whose build differs, in A's order then B's new ones.
    private static func siteRows(_ a: PlanSummary, _ b: PlanSummary) -> [[String]] {
        var ids = a.sites.map(\.id)
        for site in b.sites where !ids.contains(site.id) { ids.append(site.id) }
        return ids.compactMap { id in
            let x = a.sites.first { $0.id == id }
            let y = b.sites.first { $0.id == id }
            guard x != y else { return nil }
            func open(_ s: PlanSummary.Site?) -> String { s.map { $0.open ? "yes" : "no" } ?? "–" }
            func list(_ items: [PlanSummary.Figure]?, decimals: Int) -> String {
                guard let items, !items.isEmpty else { return "–" }
                return items.map { "\($0.name) \(Markdown.number($0.value, decimals: decimals))" }.joined(
                    separator: ", ")
            }
            func pair(_ before: String, _ after: String) -> String { before == after ? before : "\(before) → \(after)" }
            return [
                id, pair(open(x), open(y)),
                pair(list(x?.nodes, decimals: 0), list(y?.nodes, decimals: 0)),
                pair(list(x?.renewablesMW, decimals: 1), list(y?.renewablesMW, decimals: 1)),
                pair(
                    x.map { Markdown.number($0.facilityMW, decimals: 1) } ?? "–",
                    y.map { Markdown.number($0.facilityMW, decimals: 1) } ?? "–"),
            ]
        }
    }
}
