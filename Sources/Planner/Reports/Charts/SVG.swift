import Foundation

/// A small SVG writer: elements appended as text, every number printed with fixed
/// rounding and every string escaped, so the same chart is the same bytes.
struct SVG {
    let width: Double
    let height: Double
    private(set) var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String? = nil, cls: String? = nil) {
        elements.append(
            "<rect x=\"\(Self.num(x))\" y=\"\(Self.num(y))\" width=\"\(Self.num(max(0, width)))\" "
                + "height=\"\(Self.num(max(0, height)))\"\(Self.attributes(fill: fill, cls: cls))/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, cls: String) {
        elements.append(
            "<line x1=\"\(Self.num(x1))\" y1=\"\(Self.num(y1))\" x2=\"\(Self.num(x2))\" y2=\"\(Self.num(y2))\" class=\"\(cls)\"/>"
        )
    }

    /// A closed polygon (areas) or an open polyline (curves).
    mutating func path(_ points: [(x: Double, y: Double)], closed: Bool, fill: String? = nil, cls: String? = nil) {
        guard let first = points.first else { return }
        var d = "M" + Self.point(first)
        for p in points.dropFirst() { d += "L" + Self.point(p) }
        if closed { d += "Z" }
        elements.append("<path d=\"\(d)\"\(Self.attributes(fill: fill, cls: cls))/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String? = nil, cls: String? = nil) {
        elements.append(
            "<circle cx=\"\(Self.num(x))\" cy=\"\(Self.num(y))\" r=\"\(Self.num(radius))\"\(Self.attributes(fill: fill, cls: cls))/>"
        )
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(
        _ string: String, x: Double, y: Double, anchor: Anchor = .start, cls: String? = nil, rotate: Double? = nil
    ) {
        let transform = rotate.map { " transform=\"rotate(\(Self.num($0)) \(Self.num(x)) \(Self.num(y)))\"" } ?? ""
        elements.append(
            "<text x=\"\(Self.num(x))\" y=\"\(Self.num(y))\" text-anchor=\"\(anchor.rawValue)\"\(transform)"
                + "\(Self.attributes(fill: nil, cls: cls))>\(Self.escape(string))</text>")
    }

    /// A hover tooltip for the element appended last (browsers show it; GitHub ignores it harmlessly).
    mutating func tooltip(_ string: String) {
        guard let last = elements.popLast(), last.hasSuffix("/>") else { return }
        elements.append(String(last.dropLast(2)) + "><title>\(Self.escape(string))</title>" + closingTag(of: last))
    }

    /// The document: a background card, the chart's style sheet, a title for screen readers.
    func rendered(title: String, description: String) -> String {
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.num(width))\" height=\"\(Self.num(height))\" "
            + "viewBox=\"0 0 \(Self.num(width)) \(Self.num(height))\" role=\"img\" aria-labelledby=\"title desc\">\n"
        out +=
            "<title id=\"title\">\(Self.escape(title))</title>\n<desc id=\"desc\">\(Self.escape(description))</desc>\n"
        out += "<style>\n\(ChartStyle.css)</style>\n"
        out +=
            "<rect class=\"card\" x=\"0.5\" y=\"0.5\" width=\"\(Self.num(width - 1))\" height=\"\(Self.num(height - 1))\" rx=\"6\"/>\n"
        out += elements.joined(separator: "\n")
        return out + "\n</svg>\n"
    }

    /// Two decimals at most, trailing zeros dropped, never "-0".
    static func num(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        var text = String(format: "%.2f", rounded == 0 ? 0 : rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func point(_ p: (x: Double, y: Double)) -> String { num(p.x) + " " + num(p.y) }

    private static func attributes(fill: String?, cls: String?) -> String {
        (fill.map { " fill=\"\(escape($0))\"" } ?? "") + (cls.map { " class=\"\(escape($0))\"" } ?? "")
    }

    private func closingTag(of element: String) -> String {
        let name = element.dropFirst().prefix { $0 != " " && $0 != "/" && $0 != ">" }
        return "</\(name)>"
    }
}
