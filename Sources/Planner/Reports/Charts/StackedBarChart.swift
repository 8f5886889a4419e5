import Foundation

/// A stacked bar per category (a site, a scenario): positive parts stack up from
/// zero, negative parts (revenues) stack down, and the net total sits above each bar.
public struct StackedBarChart: Sendable {
    /// One stacked part: a name for the legend and one value per category.
    public struct Series: Sendable {
        /// Legend label of the part, e.g. `servers and storage`.
        public var name: String
        /// One value per category, in the chart's `unit`; negative values (revenues) stack down.
        public var values: [Double]
        /// A fill colour; nil takes the next colour of the shared palette.
        public var colour: String?

        /// A part with one value per category; a nil `colour` takes the palette's next.
        public init(name: String, values: [Double], colour: String? = nil) {
            self.name = name
            self.values = values
            self.colour = colour
        }
    }

    /// Heading above the plot, also the SVG's accessible title.
    public var title: String
    /// Muted line under the heading (e.g. the total); empty for none.
    public var subtitle: String
    /// The value's unit before scaling, e.g. `USD/yr` (the axis may show `M USD/yr`).
    public var unit: String
    /// One bar each, labelled along the bottom: site ids or scenario names.
    public var categories: [String]
    /// The stacked parts, first nearest zero; a part that is zero everywhere is left out.
    public var series: [Series]
    /// A line over the bars on its own axis at the right (e.g. carbon beside cost); nil for none.
    public var line: Line? = nil
    /// Label bar totals as whole numbers when the axis is not scaled (counts such as accelerators).
    public var wholeNumbers = false

    /// A chart of `series` over `categories`, values in `unit`.
    public init(title: String, subtitle: String = "", unit: String, categories: [String], series: [Series]) {
        self.title = title
        self.subtitle = subtitle
        self.unit = unit
        self.categories = categories
        self.series = series
    }

    /// The chart as a standalone SVG document.
    public func svg(width: Double = 760) -> String {
        let shown = series.filter { $0.values.contains { $0 != 0 } }
        let colours = shown.enumerated().map { i, s in
            s.colour ?? ChartStyle.categorical[i % ChartStyle.categorical.count]
        }
        var tops: [Double] = []
        var bottoms: [Double] = []
        for c in categories.indices {
            tops.append(shown.reduce(0) { $0 + max(0, $1.values[c]) })
            bottoms.append(shown.reduce(0) { $0 + min(0, $1.values[c]) })
        }
        let axis = Axis(covering: tops + bottoms, unit: unit)
        let slot = (width - 78 - (line == nil ? 24 : Line.axisWidth)) / Double(max(1, categories.count))
        let longest = Double(categories.map(\.count).max() ?? 0) * 7
        let tilted = longest > slot - 8
        var legend: [(String, ChartFrame.Swatch)] = zip(shown, colours).map { ($0.name, .fill($1)) }
        if let line { legend.append((line.name, .line(cls: "ink"))) }
        var frame = ChartFrame(
            width: width, plotHeight: 300, title: title, subtitle: subtitle, axis: axis, legend: legend,
            bottomLabels: tilted ? 30 + longest * 0.6 : 40, rightMargin: line == nil ? 24 : Line.axisWidth)
        let barWidth = min(90, slot * (line == nil ? 0.6 : 0.5))
        for (c, category) in categories.enumerated() {
            let x = frame.plotLeft + slot * (Double(c) + 0.5)
            var up = 0.0
            var down = 0.0
            for (s, colour) in zip(shown, colours) where s.values[c] != 0 {
                let value = s.values[c]
                let (from, to) = value > 0 ? (up, up + value) : (down + value, down)
                if value > 0 { up += value } else { down += value }
                frame.svg.rect(
                    x: x - barWidth / 2, y: frame.y(to), width: barWidth, height: frame.y(from) - frame.y(to),
                    fill: colour)
                frame.svg.tooltip("\(category) · \(s.name): \(Markdown.number(value)) \(unit)")
            }
            let net = shown.reduce(0) { $0 + $1.values[c] }
            let total = wholeNumbers && axis.divisor == 1 ? Markdown.number(net) : axis.valueLabel(net)
            frame.svg.text(total, x: x, y: frame.y(up) - 6, anchor: .middle)
            if tilted {
                frame.svg.text(category, x: x, y: frame.plotBottom + 16, anchor: .end, rotate: -35)
            } else {
                frame.svg.text(category, x: x, y: frame.plotBottom + 18, anchor: .middle)
            }
        }
        if let line { draw(line, on: &frame, slot: slot) }
        let description = categories.enumerated().map { c, name in
            "\(name): \(Markdown.number(shown.reduce(0) { $0 + $1.values[c] })) \(unit)"
                + (line.map { ", \(Markdown.number($0.values[c])) \($0.unit)" } ?? "")
        }.joined(separator: "; ")
        return frame.svg.rendered(title: title, description: description)
    }
}
