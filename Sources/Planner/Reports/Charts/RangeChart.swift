/// alternatives.svg: one horizontal bar per decision from the least to the
/// most it can be within the slack, the cheapest plan's value as a dot, and a
/// dashed line out to the bound where an end is not proven. Decisions have
/// different units, so each row has its own scale, from 0 to its largest figure.
struct RangeChart {
    let title: String
    let subtitle: String
    let ranges: [DecisionRange]

    private static let labelWidth = 250.0
    private static let figureWidth = 280.0
    private static let rowHeight = 28.0

    /// The chart as a standalone SVG document.
    func svg(width: Double = 900) -> String {
        let top = 64.0
        let legendTop = top + Double(ranges.count) * Self.rowHeight + 14
        var svg = SVG(width: width, height: legendTop + 34)
        svg.text(title, x: 16, y: 26, cls: "title")
        svg.text(subtitle, x: 16, y: 45, cls: "muted")
        let left = Self.labelWidth
        let right = width - Self.figureWidth
        for (i, range) in ranges.enumerated() {
            let y = top + (Double(i) + 0.5) * Self.rowHeight
            let scale = max(
                range.least.value, range.most.value, range.most.bound ?? 0, range.cheapestValue, range.toleranceUnits)
            func x(_ value: Double) -> Double { left + max(0, min(value, scale)) / scale * (right - left) }
            svg.text(range.decision.name, x: left - 10, y: y + 4, anchor: .end)
            svg.line(x1: left, y1: y, x2: right, y2: y, cls: "grid")
            if let bound = range.least.bound, !range.leastIsProven {
                svg.line(x1: x(bound), y1: y, x2: x(range.least.value), y2: y, cls: "dash")
            }
            if let bound = range.most.bound, !range.mostIsProven {
                svg.line(x1: x(range.most.value), y1: y, x2: x(bound), y2: y, cls: "dash")
            }
            // At least 8 px wide, so a firm decision's bar still shows.
            let (low, high) = (x(range.least.value), x(range.most.value))
            let barWidth = max(high - low, 0, 8)
            svg.rect(
                x: (low + high - barWidth) / 2, y: y - 7, width: barWidth, height: 14,
                fill: range.firmness == .flexible ? ChartStyle.blue : ChartStyle.grey)
            svg.tooltip(
                "\(range.decision.name): \(AlternativesText.least(range)) to \(AlternativesText.most(range)) "
                    + range.decision.kind.unit)
            svg.circle(x: x(range.cheapestValue), y: y, radius: 4.5, cls: "dot")
            svg.text(
                AlternativesText.least(range) + " … " + AlternativesText.most(range) + " " + range.decision.kind.unit,
                x: right + 10, y: y + 4, cls: "muted")
        }
        legend(&svg, top: legendTop)
        let description = ranges.map {
            "\($0.decision.name) \(AlternativesText.least($0)) to \(AlternativesText.most($0)) \($0.decision.kind.unit)"
        }.joined(separator: "; ")
        return svg.rendered(title: title, description: description)
    }

    private func legend(_ svg: inout SVG, top: Double) {
        var x = 16.0
        let y = top + 10
        svg.rect(x: x, y: y - 10, width: 14, height: 14, fill: ChartStyle.blue)
        svg.text("range within the slack", x: x + 21, y: y + 1)
        x += 190
        svg.rect(x: x, y: y - 10, width: 14, height: 14, fill: ChartStyle.grey)
        svg.text("one value only", x: x + 21, y: y + 1)
        x += 130
        svg.circle(x: x + 7, y: y - 3, radius: 4, cls: "dot")
        svg.text("cheapest plan", x: x + 21, y: y + 1)
        x += 130
        svg.line(x1: x, y1: y - 3, x2: x + 16, y2: y - 3, cls: "dash")
        svg.text("not ruled out (end unproven)", x: x + 21, y: y + 1)
    }
}
