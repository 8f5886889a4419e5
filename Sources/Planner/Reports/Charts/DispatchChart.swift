/// One site's hourly supply over its representative periods: stacked areas of
/// on-site renewables, PPA-matched grid, battery discharge and other grid import,
/// battery charging below zero, and the facility load as a dashed line.
public struct DispatchChart: Sendable {
    /// Heading above the plot, also the SVG's accessible title.
    public var title: String
    /// Muted line under the heading (e.g. carbon-free share, facility load); empty for none.
    public var subtitle: String
    /// The site's hourly steps in period order, in MW (drawn in kW when the site is under 1 MW).
    public var steps: [DispatchStep]

    /// A chart of one site's `steps`.
    public init(title: String, subtitle: String = "", steps: [DispatchStep]) {
        self.title = title
        self.subtitle = subtitle
        self.steps = steps
    }

    /// The supply parts in stacking order, each a value per step (MW).
    static let parts: [(name: String, colour: String, value: @Sendable (DispatchStep) -> Double)] = [
        ("on-site renewables", ChartStyle.yellow, { $0.onsiteMW }),
        ("grid, PPA-matched", ChartStyle.green, { $0.ppaMatchedMW }),
        ("battery discharge", ChartStyle.purple, { max(0, $0.batteryNetMW) }),
        ("grid, not matched", ChartStyle.grey, { max(0, $0.gridMW - $0.ppaMatchedMW) }),
        ("battery charging", ChartStyle.pink, { min(0, $0.batteryNetMW) }),
    ]

    /// The chart as a standalone SVG document.
    public func svg(width: Double = 760) -> String {
        // Small sites read better in kW than in hundredths of a MW.
        let small = (steps.map { max($0.loadMW, $0.gridMW + $0.onsiteMW + max(0, $0.batteryNetMW)) }.max() ?? 0) < 1
        let steps = small ? self.steps.map(Self.inKW) : self.steps
        let periods = Self.periods(steps)
        let used = Self.parts.filter { part in steps.contains { part.value($0) != 0 } }
        let tops = steps.map { s in used.reduce(0) { $0 + max(0, $1.value(s)) } }
        let bottoms = steps.map { s in used.reduce(0) { $0 + min(0, $1.value(s)) } }
        let axis = Axis(covering: tops + bottoms + steps.map(\.loadMW), unit: small ? "kW" : "MW", scalesUnit: false)
        let legend: [(String, ChartFrame.Swatch)] =
            used.map { ($0.name, .fill($0.colour)) } + [("facility load", .line(cls: "dash"))]
        var frame = ChartFrame(
            width: width, plotHeight: 260, title: title, subtitle: subtitle, axis: axis, legend: legend,
            bottomLabels: 48)
        let gap = 1.0
        let columns = Double(steps.count) + gap * Double(max(0, periods.count - 1))
        let stepWidth = (frame.plotRight - frame.plotLeft) / max(1, columns)
        var x0 = frame.plotLeft
        for (p, period) in periods.enumerated() {
            let slice = Array(steps[period.range])
            let xs = slice.indices.map { x0 + Double($0) * stepWidth }
            var upper = [Double](repeating: 0, count: slice.count)
            var negative = upper
            for part in used {
                let values = slice.map(part.value)
                let isNegative = values.contains { $0 < 0 }
                let base = isNegative ? negative : upper
                let next = zip(base, values).map { $0 + $1 }
                frame.svg.path(
                    Self.band(xs: xs, width: stepWidth, from: base, to: next, frame: frame), closed: true,
                    fill: part.colour)
                frame.svg.tooltip("\(period.name) · \(part.name)")
                if isNegative { negative = next } else { upper = next }
            }
            let load = slice.flatMap { s in [s.loadMW, s.loadMW] }
            let loadPoints = zip(xs.flatMap { [$0, $0 + stepWidth] }, load).map { (x: $0, y: frame.y($1)) }
            frame.svg.path(loadPoints, closed: false, cls: "dash")
            let right = x0 + Double(slice.count) * stepWidth
            frame.svg.text(period.name, x: (x0 + right) / 2, y: frame.plotBottom + 36, anchor: .middle)
            for (i, step) in slice.enumerated() where slice.count >= 6 && step.hour % 6 == 0 {
                frame.svg.text("\(step.hour)h", x: xs[i], y: frame.plotBottom + 16, anchor: .middle, cls: "muted")
            }
            if p < periods.count - 1 {
                let middle = right + gap * stepWidth / 2
                frame.svg.line(x1: middle, y1: frame.plotTop, x2: middle, y2: frame.plotBottom, cls: "sep")
            }
            x0 = right + gap * stepWidth
        }
        let description = periods.map { period in
            let slice = steps[period.range]
            let load = slice.map(\.loadMW).max() ?? 0
            return
                "\(period.name): \(slice.count) steps, load up to \(Markdown.number(load, decimals: 2)) \(small ? "kW" : "MW")"
        }.joined(separator: "; ")
        return frame.svg.rendered(title: title, description: description)
    }

    private static func inKW(_ step: DispatchStep) -> DispatchStep {
        var kW = step
        (kW.loadMW, kW.gridMW, kW.onsiteMW) = (step.loadMW * 1000, step.gridMW * 1000, step.onsiteMW * 1000)
        (kW.ppaMatchedMW, kW.batteryNetMW) = (step.ppaMatchedMW * 1000, step.batteryNetMW * 1000)
        return kW
    }

    /// Consecutive steps of the same period, in profile order.
    static func periods(_ steps: [DispatchStep]) -> [(name: String, range: Range<Int>)] {
        var out: [(name: String, range: Range<Int>)] = []
        for (i, step) in steps.enumerated() {
            if let last = out.last, last.name == step.period, last.range.upperBound == i {
                out[out.count - 1].range = last.range.lowerBound..<(i + 1)
            } else {
                out.append((step.period, i..<(i + 1)))
            }
        }
        return out
    }

    /// The outline of a step-shaped band between two boundaries.
    private static func band(xs: [Double], width: Double, from: [Double], to: [Double], frame: ChartFrame) -> [(
        x: Double, y: Double
    )] {
        var points: [(x: Double, y: Double)] = []
        for (i, x) in xs.enumerated() { points += [(x, frame.y(to[i])), (x + width, frame.y(to[i]))] }
        for (i, x) in xs.enumerated().reversed() { points += [(x + width, frame.y(from[i])), (x, frame.y(from[i]))] }
        return points
    }
}
