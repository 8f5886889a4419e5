import Foundation

/// A value axis: a range widened to round tick values, and how to label them.
struct Axis {
    let low: Double
    let high: Double
    let ticks: [Double]
    /// Divisor for tick labels and its unit word, e.g. 1e6 and "M USD/yr".
    let divisor: Double
    let unit: String

    /// Ticks at 1, 2 or 5 × 10ⁿ covering the values (and 0 when `includesZero`) in about `count` steps.
    init(
        covering values: [Double], unit baseUnit: String, scalesUnit: Bool = true, includesZero: Bool = true,
        count: Int = 5
    ) {
        var low = values.min() ?? 0
        var high = values.max() ?? 0
        if includesZero { (low, high) = (min(0, low), max(0, high)) }
        let span = high - low > 0 ? high - low : max(abs(high) / 10, 1)
        let step = Self.niceStep(span / Double(count))
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var tick = first
        while tick <= last + step / 2 {
            ticks.append(abs(tick) < step / 1e6 ? 0 : tick)
            tick += step
        }
        if ticks.count < 2 { ticks.append(first + step) }
        // A sliver below zero (a small revenue) gets room, not a whole empty tick band.
        var bottom = ticks.first!
        if low < 0, -low < step * 0.3, ticks.count > 2 {
            ticks.removeFirst()
            bottom = low - step * 0.08
        }
        self.low = bottom
        self.high = ticks.last!
        self.ticks = ticks
        let magnitude = max(abs(self.low), abs(self.high))
        let scale = scalesUnit ? Self.scale(for: magnitude) : (1, "")
        divisor = scale.0
        unit = scale.1.isEmpty ? baseUnit : scale.1 + " " + baseUnit
    }

    /// Maps a value to a pixel between `from` (at low) and `to` (at high).
    func position(_ value: Double, from: Double, to: Double) -> Double {
        high > low ? from + (value - low) / (high - low) * (to - from) : from
    }

    /// A tick's label in the axis unit, with just the decimals the step needs.
    func label(_ value: Double) -> String {
        let step = ticks.count > 1 ? (ticks[1] - ticks[0]) / divisor : 1
        let decimals = step >= 1 ? 0 : min(3, Int((-log10(step)).rounded(.up)))
        return Markdown.number(value / divisor, decimals: decimals)
    }

    /// A data value in the axis unit with about three significant digits (12.3, 4.56, 789).
    func valueLabel(_ value: Double) -> String {
        let scaled = abs(value / divisor)
        let decimals = scaled >= 100 || scaled == 0 ? 0 : scaled >= 10 ? 1 : 2
        return Markdown.number(value / divisor, decimals: decimals)
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// Thousands (k), millions (M) or billions (B) so tick labels stay short.
    static func scale(for magnitude: Double) -> (Double, String) {
        if magnitude >= 2e9 { return (1e9, "B") }
        if magnitude >= 2e6 { return (1e6, "M") }
        if magnitude >= 2e4 { return (1e3, "k") }
        return (1, "")
    }
}
