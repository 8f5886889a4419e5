/// The parts every chart shares: a title, a value axis with grid lines, and a legend.
struct ChartFrame {
    /// How a legend entry is drawn: a filled swatch or a line in a style class.
    enum Swatch {
        case fill(String)
        case line(cls: String)
        case dot
    }

    var svg: SVG
    let axis: Axis
    let plotLeft: Double, plotTop: Double, plotRight: Double, plotBottom: Double

    static let legendRowHeight = 20.0

    /// Lays the chart out: title block on top, legend rows at the bottom, `bottomLabels` px for category
    /// labels, `rightMargin` px right of the plot (room for a second axis).
    init(
        width: Double, plotHeight: Double, title: String, subtitle: String, axis: Axis, legend: [(String, Swatch)],
        bottomLabels: Double = 40, rightMargin: Double = 24
    ) {
        let legendRows = Self.legendRows(legend, width: width - 80).count
        let height = 64 + plotHeight + bottomLabels + Double(legendRows) * Self.legendRowHeight + 14
        svg = SVG(width: width, height: height)
        self.axis = axis
        plotLeft = 78
        plotRight = width - rightMargin
        plotTop = 64
        plotBottom = 64 + plotHeight
        svg.text(title, x: 16, y: 26, cls: "title")
        if !subtitle.isEmpty { svg.text(subtitle, x: 16, y: 45, cls: "muted") }
        drawValueAxis()
        drawLegend(legend, top: plotBottom + bottomLabels)
    }

    /// Pixel row of a value.
    func y(_ value: Double) -> Double { axis.position(value, from: plotBottom, to: plotTop) }

    private mutating func drawValueAxis() {
        for tick in axis.ticks {
            let y = y(tick)
            svg.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, cls: tick == 0 ? "axis" : "grid")
            svg.text(axis.label(tick), x: plotLeft - 6, y: y + 4, anchor: .end, cls: "muted")
        }
        let middle = (plotTop + plotBottom) / 2
        svg.text(axis.unit, x: 20, y: middle, anchor: .middle, cls: "muted", rotate: -90)
    }

    private mutating func drawLegend(_ items: [(String, Swatch)], top: Double) {
        for (row, entries) in Self.legendRows(items, width: svg.width - 80).enumerated() {
            var x = plotLeft
            let y = top + Double(row) * Self.legendRowHeight + 10
            for (label, swatch) in entries {
                switch swatch {
                case .fill(let colour): svg.rect(x: x, y: y - 10, width: 14, height: 14, fill: colour)
                case .line(let cls): svg.line(x1: x, y1: y - 3, x2: x + 16, y2: y - 3, cls: cls)
                case .dot: svg.circle(x: x + 7, y: y - 3, radius: 4, cls: "dot")
                }
                svg.text(label, x: x + 21, y: y + 1)
                x += Self.legendWidth(label)
            }
        }
    }

    /// Entries packed into rows that fit `width` (text width estimated at 7 px a character).
    static func legendRows(_ items: [(String, Swatch)], width: Double) -> [[(String, Swatch)]] {
        var rows: [[(String, Swatch)]] = []
        var used = 0.0
        for item in items {
            let needed = legendWidth(item.0)
            if rows.isEmpty || used + needed > width {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(item)
            used += needed
        }
        return rows
    }

    private static func legendWidth(_ label: String) -> Double { 21 + Double(label.count) * 7 + 18 }
}
