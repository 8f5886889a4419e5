/// A line drawn over a stacked bar chart on a second value axis at the right:
/// one dot per category joined in category order (e.g. carbon by year over cost).
extension StackedBarChart {
    /// A series drawn as a line with dots, with its own unit and axis.
    public struct Line: Sendable {
        /// Legend label, e.g. `carbon (tCO2e)`.
        public var name: String
        /// The line's unit before scaling, e.g. `tCO2e` (the axis may show `k tCO2e`).
        public var unit: String
        /// One value per category, in `unit`.
        public var values: [Double]

        /// Room right of the plot for the line's axis labels and unit (px).
        static let axisWidth = 72.0

        /// A line of `values` (one per category) in `unit`.
        public init(name: String, unit: String, values: [Double]) {
            self.name = name
            self.unit = unit
            self.values = values
        }
    }

    /// The line's axis at the right of the plot, then the line and its dots.
    func draw(_ line: Line, on frame: inout ChartFrame, slot: Double) {
        let (axis, toBars) = Self.axis(for: line, besides: frame.axis)
        let plot = frame
        func y(_ value: Double) -> Double {
            toBars.map { plot.y(value * $0) } ?? axis.position(value, from: plot.plotBottom, to: plot.plotTop)
        }
        for tick in axis.ticks {
            frame.svg.text(axis.label(tick), x: frame.plotRight + 6, y: y(tick) + 4, cls: "muted")
        }
        let middle = (frame.plotTop + frame.plotBottom) / 2
        frame.svg.text(axis.unit, x: frame.svg.width - 14, y: middle, anchor: .middle, cls: "muted", rotate: 90)
        let points = line.values.enumerated().map { c, value in
            (x: frame.plotLeft + slot * (Double(c) + 0.5), y: y(value))
        }
        if points.count > 1 { frame.svg.path(points, closed: false, cls: "ink") }
        for (c, point) in points.enumerated() {
            frame.svg.circle(x: point.x, y: point.y, radius: 4.5, cls: "dot")
            frame.svg.tooltip("\(categories[c]) · \(line.name): \(Markdown.number(line.values[c])) \(line.unit)")
        }
    }

    /// The line's axis, and the factor that turns its values into the bars' when
    /// its ticks fall on the bars' grid lines at and above zero (as many steps,
    /// each a round number); an axis of its own (nil factor) when they cannot.
    static func axis(for line: Line, besides bars: Axis) -> (Axis, Double?) {
        let own = Axis(covering: line.values, unit: line.unit)
        let steps = bars.ticks.filter { $0 >= 0 }.count - 1
        guard bars.ticks.contains(0), steps > 0, let barsTop = bars.ticks.last, barsTop > 0,
            line.values.allSatisfy({ $0 >= 0 }), let top = line.values.max(), top > 0
        else { return (own, nil) }
        let step = Axis.niceStep(top / Double(steps))
        let aligned = Axis(covering: [0, step * Double(steps)], unit: line.unit, count: steps)
        guard aligned.ticks.count == steps + 1 else { return (own, nil) }
        return (aligned, barsTop / (step * Double(steps)))
    }
}
