/// One site's audit by month: planned and metered facility energy as paired
/// bars (left axis), metered PUE as a line and the plan's PUE dashed (right scale).
public struct AuditChart: Sendable {
    /// The site's audit to draw.
    public var site: SiteAudit

    /// A chart of `site`'s months.
    public init(_ site: SiteAudit) {
        self.site = site
    }

    /// The chart as a standalone SVG document.
    public func svg(width: Double = 760) -> String {
        let months = site.months
        let energy = Axis(
            covering: months.flatMap { [$0.tally.facilityMWh, $0.tally.plannedFacilityMWh] }, unit: "MWh")
        // A little room below the plan's PUE, so its dashed line does not sit on the energy axis.
        let pues = months.compactMap(\.tally.pue) + [site.planned.pue, site.planned.pue - 0.02]
        let pueAxis = Axis(covering: pues, unit: "PUE", scalesUnit: false, includesZero: false, count: 4)
        let title = "\(site.id): facility energy and PUE by month"
        var frame = ChartFrame(
            width: width, plotHeight: 280, title: title,
            subtitle: "bars: planned (facility_mw × metered hours) and metered MWh; line: metered PUE, right scale",
            axis: energy,
            legend: [
                ("planned facility", .fill(ChartStyle.grey)), ("metered facility", .fill(ChartStyle.blue)),
                ("metered PUE", .line(cls: "ink")), ("plan PUE \(AuditText.pue(site.planned.pue))", .line(cls: "dash")),
            ])
        // The right-hand strip holds the PUE scale, so bars stop short of it.
        let barsRight = frame.plotRight - 48
        let slot = (barsRight - frame.plotLeft) / Double(max(1, months.count))
        let barWidth = min(36, slot * 0.35)
        func pueY(_ value: Double) -> Double { pueAxis.position(value, from: frame.plotBottom, to: frame.plotTop) }
        for tick in pueAxis.ticks {
            frame.svg.line(x1: frame.plotRight - 4, y1: pueY(tick), x2: frame.plotRight, y2: pueY(tick), cls: "axis")
            frame.svg.text(pueAxis.label(tick), x: frame.plotRight - 6, y: pueY(tick) + 4, anchor: .end, cls: "muted")
        }
        var line: [(x: Double, y: Double)] = []
        for (i, month) in months.enumerated() {
            let center = frame.plotLeft + slot * (Double(i) + 0.5)
            let t = month.tally
            for (value, colour, dx, name) in [
                (t.plannedFacilityMWh, ChartStyle.grey, -barWidth, "planned"),
                (t.facilityMWh, ChartStyle.blue, 0.0, "metered"),
            ] {
                frame.svg.rect(
                    x: center + dx, y: frame.y(value), width: barWidth, height: frame.y(0) - frame.y(value),
                    fill: colour)
                frame.svg.tooltip("\(month.month) · \(name): \(Markdown.number(value, decimals: 1)) MWh")
            }
            frame.svg.text(month.month, x: center, y: frame.plotBottom + 16, anchor: .middle, cls: "muted")
            if let pue = t.pue { line.append((center, pueY(pue))) }
        }
        let planY = pueY(site.planned.pue)
        frame.svg.line(x1: frame.plotLeft, y1: planY, x2: barsRight, y2: planY, cls: "dash")
        frame.svg.path(line, closed: false, cls: "ink")
        for (point, month) in zip(line, months.filter { $0.tally.pue != nil }) {
            frame.svg.circle(x: point.x, y: point.y, radius: 3.5, cls: "dot")
            frame.svg.tooltip("\(month.month) · PUE \(AuditText.pue(month.tally.pue ?? 0))")
        }
        let description = months.map { m in
            "\(m.month): \(Markdown.number(m.tally.facilityMWh, decimals: 1)) MWh metered, "
                + "\(Markdown.number(m.tally.plannedFacilityMWh, decimals: 1)) planned, PUE "
                + (m.tally.pue.map(AuditText.pue) ?? "–")
        }.joined(separator: "; ")
        return frame.svg.rendered(title: title, description: description)
    }
}
