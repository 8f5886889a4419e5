import Foundation

/// Building blocks for the Markdown reports: aligned tables and human numbers.
enum Markdown {
    /// A table with right-aligned numeric columns (`alignRight[i]`), padded so the source reads well too.
    static func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) -> String {
        let widths = header.indices.map { i in
            max(3, ([header[i]] + rows.map { i < $0.count ? $0[i] : "" }).map(\.count).max() ?? 3)
        }
        func line(_ cells: [String]) -> String {
            "| "
                + cells.enumerated().map { i, cell in
                    let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                    return alignRight.contains(i) ? pad + cell : cell + pad
                }.joined(separator: " | ") + " |"
        }
        let rule =
            "| "
            + widths.enumerated().map { i, w in
                alignRight.contains(i) ? String(repeating: "-", count: w - 1) + ":" : String(repeating: "-", count: w)
            }.joined(separator: " | ") + " |"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// Thousands separators, `decimals` places: 1234567.8 → "1,234,568".
    static func number(_ value: Double, decimals: Int = 0) -> String {
        let rounded = (value * pow(10, Double(decimals))).rounded() / pow(10, Double(decimals))
        let clean = rounded == 0 ? 0 : rounded
        let text = String(format: "%.\(decimals)f", abs(clean))
        let parts = text.split(separator: ".", maxSplits: 1)
        var digits = Array(parts[0])
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        let sign = clean < 0 ? "−" : ""
        return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// USD with a scale word for summaries: 12.3 M USD.
    static func money(_ usd: Double) -> String {
        let magnitude = abs(usd)
        if magnitude >= 1e9 { return number(usd / 1e9, decimals: 2) + " B USD" }
        if magnitude >= 1e6 { return number(usd / 1e6, decimals: 2) + " M USD" }
        if magnitude >= 1e3 { return number(usd / 1e3, decimals: 1) + " k USD" }
        return number(usd) + " USD"
    }

    /// A share as a percentage: 0.805 → "80.5 %".
    static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        number(fraction * 100, decimals: decimals) + " %"
    }

    /// A number with its sign always shown: "+0.25", "−1.50".
    static func signedNumber(_ value: Double, decimals: Int) -> String {
        let text = number(value, decimals: decimals)
        return text.hasPrefix("−") ? text : "+" + text
    }

    /// A relative difference with its sign: 0.0025 → "+0.25 %".
    static func signedPercent(_ fraction: Double, decimals: Int = 1) -> String {
        signedNumber(fraction * 100, decimals: decimals) + " %"
    }

    /// A number, or an en dash for an exact zero so empty cells stand out from small ones.
    static func amount(_ value: Double, decimals: Int = 0) -> String {
        value == 0 ? "–" : number(value, decimals: decimals)
    }

    /// One money unit for a whole table, from its largest figure: (divisor, "M USD", decimals).
    static func moneyScale(_ largestUSD: Double) -> (divisor: Double, unit: String, decimals: Int) {
        let magnitude = abs(largestUSD)
        if magnitude >= 1e9 { return (1e9, "B USD", 3) }
        if magnitude >= 1e6 { return (1e6, "M USD", 2) }
        if magnitude >= 1e4 { return (1e3, "k USD", 1) }
        return (1, "USD", 0)
    }

    /// An image that GitHub and browsers show inline, linked to the file itself.
    static func chart(_ file: String, _ description: String) -> String {
        "[![\(description)](\(file))](\(file))"
    }

    /// "1 run", "2 runs".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number(Double(n))) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}
