/// Annual cost against annual carbon for a set of plans (a Pareto front, or
/// scenarios side by side): dots joined in order of carbon, each optionally labelled.
public struct CostCarbonChart: Sendable {
    /// One plan's position on the chart.
    public struct Point: Sendable, Equatable {
        /// The plan's annual cost, in USD/yr (vertical axis).
        public var costUSDPerYr: Double
        /// The plan's annual carbon, in tCO2e/yr (horizontal axis).
        public var carbonTPerYr: Double
        /// Shown beside the dot (e.g. a scenario name); empty for none.
        public var label: String

        /// A plan at (carbon, cost), with `label` beside its dot when not empty.
        public init(costUSDPerYr: Double, carbonTPerYr: Double, label: String = "") {
            self.costUSDPerYr = costUSDPerYr
            self.carbonTPerYr = carbonTPerYr
            self.label = label
        }
    }

    /// Heading above the plot, also the SVG's accessible title.
    public var title: String
    /// Muted line under the heading; empty for none.
    public var subtitle: String
    /// The plans to plot, in any order; dots are joined by rising carbon.
    public var points: [Point]
    /// Join the dots (a trade-off curve) or leave them apart (unrelated scenarios).
    public var joined: Bool
    /// Years of a multi-year front: the points are then net present costs (USD) and
    /// carbon over the horizon (tCO2e), not per year; nil for a one-year chart.
    public var horizonYears: Int? = nil
    /// Unit of the horizontal axis when it is not carbon (`% carbon-free energy`): the
    /// points' `carbonTPerYr` then hold that figure; nil for carbon.
    public var horizontalUnit: String? = nil

    /// A chart of `points`, joined as a trade-off curve unless `joined` is false.
    public init(title: String, subtitle: String = "", points: [Point], joined: Bool = true) {
        self.title = title
        self.subtitle = subtitle
        self.points = points
        self.joined = joined
    }

    /// Unlabelled points from (cost, carbon) pairs, e.g. ε-constraint results.
    public init(title: String, subtitle: String = "", costCarbon: [(costUSD: Double, carbonT: Double)]) {
        self.init(
            title: title, subtitle: subtitle,
            points: costCarbon.map { Point(costUSDPerYr: $0.costUSD, carbonTPerYr: $0.carbonT) })
    }

    /// The chart as a standalone SVG document.
    public func svg(width: Double = 760) -> String {
        let perYr = horizonYears == nil ? "/yr" : ""
        let carbonUnit =
            horizontalUnit ?? horizonYears.map { "tCO2e over \(Markdown.count($0, "year"))" } ?? "tCO2e/yr"
        let costAxis = Axis(
            covering: points.map(\.costUSDPerYr), unit: horizonYears == nil ? "USD/yr" : "USD, net present",
            includesZero: false)
        let carbonAxis = Axis(covering: points.map(\.carbonTPerYr), unit: carbonUnit, includesZero: false)
        var legend: [(String, ChartFrame.Swatch)] = [("plan", .dot)]
        if joined && points.count > 1 { legend.append(("trade-off", .line(cls: "ink"))) }
        var frame = ChartFrame(
            width: width, plotHeight: 320, title: title, subtitle: subtitle, axis: costAxis, legend: legend,
            bottomLabels: 48)
        func x(_ carbon: Double) -> Double { carbonAxis.position(carbon, from: frame.plotLeft, to: frame.plotRight) }
        for tick in carbonAxis.ticks {
            frame.svg.line(x1: x(tick), y1: frame.plotTop, x2: x(tick), y2: frame.plotBottom, cls: "grid")
            frame.svg.text(carbonAxis.label(tick), x: x(tick), y: frame.plotBottom + 16, anchor: .middle, cls: "muted")
        }
        frame.svg.line(x1: frame.plotLeft, y1: frame.plotBottom, x2: frame.plotRight, y2: frame.plotBottom, cls: "axis")
        frame.svg.text(
            carbonAxis.unit, x: (frame.plotLeft + frame.plotRight) / 2, y: frame.plotBottom + 36, anchor: .middle,
            cls: "muted")
        let ordered = points.sorted { ($0.carbonTPerYr, $0.costUSDPerYr) < ($1.carbonTPerYr, $1.costUSDPerYr) }
        if joined && ordered.count > 1 {
            frame.svg.path(
                ordered.map { (x: x($0.carbonTPerYr), y: frame.y($0.costUSDPerYr)) }, closed: false, cls: "ink")
        }
        for point in ordered {
            let (px, py) = (x(point.carbonTPerYr), frame.y(point.costUSDPerYr))
            frame.svg.circle(x: px, y: py, radius: 4.5, cls: "dot")
            frame.svg.tooltip(
                "\(point.label.isEmpty ? "" : point.label + ": ")\(Markdown.money(point.costUSDPerYr))\(perYr), "
                    + "\(Markdown.number(point.carbonTPerYr)) \(carbonUnit)")
            if !point.label.isEmpty {
                let nearRight = px > frame.plotRight - 120
                frame.svg.text(
                    point.label, x: nearRight ? px - 8 : px + 8, y: py - 8, anchor: nearRight ? .end : .start)
            }
        }
        let description = ordered.map {
            "\(Markdown.number($0.carbonTPerYr)) \(carbonUnit) at \(Markdown.money($0.costUSDPerYr))\(perYr)"
        }
        .joined(separator: "; ")
        return frame.svg.rendered(title: title, description: description)
    }
}
