import Foundation

/// Number formatting for messages: short, exact enough, locale-independent.
enum NumberText {
    /// Up to 6 significant digits, no exponent for ordinary magnitudes.
    static func plain(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        let magnitude = abs(value)
        if magnitude >= 1e-3 && magnitude < 1e15 {
            var text = String(format: "%.6g", value)
            if text.contains("e") { text = String(format: "%.3f", value) }
            return text
        }
        return String(format: "%.4g", value)
    }
}
