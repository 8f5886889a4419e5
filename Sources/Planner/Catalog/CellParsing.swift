import Foundation

/// Strict readings of cell text, shared by catalogs, policy and scenarios.
enum CellParsing {
    /// The largest magnitude a number cell may hold unless its column says otherwise.
    static let defaultMagnitudeLimit = 1e15

    /// A decimal or scientific number no larger in magnitude than `limit`; the reason when the text is not one.
    ///
    /// The limit catches unit slips (kW typed as W, a pasted 1e30) before they reach the solver,
    /// and keeps every count convertible to `Int`.
    static func number(_ text: String, limit: Double = defaultMagnitudeLimit) -> Result<Double, CellProblem> {
        if isNumberSyntax(text), let value = Double(text), value.isFinite, value.magnitude <= limit {
            return .success(value)
        }
        let lower = text.lowercased()
        if ["nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"].contains(lower) {
            return .failure(.init("\"\(excerpt(text))\" is not a finite number"))
        }
        if text.contains(",") || text.contains("_") {
            return .failure(.init("\"\(excerpt(text))\" is not a number: write it without thousands separators"))
        }
        if isNumberSyntax(text) {
            return .failure(.init("\(excerpt(text)) is implausibly large (limit \(limitText(limit)))"))
        }
        if let prefix = text.prefix(while: { !$0.isLetter && $0 != " " && $0 != "%" && $0 != "$" }) as Substring?,
            !prefix.isEmpty, isNumberSyntax(String(prefix).trimmingCharacters(in: .whitespaces)),
            isUnit(text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces))
        {
            return .failure(
                .init("\"\(excerpt(text))\" is not a number: write the number alone, the unit is in the column name"))
        }
        return .failure(.init("\"\(excerpt(text))\" is not a number"))
    }

    /// Whether what follows a number looks like a unit (`MW`, `%`, `kg/MWh`), not more of a
    /// malformed number (`0x10`, `1e`, `1.5.2`).
    private static func isUnit(_ rest: String) -> Bool {
        !rest.isEmpty && rest.lowercased() != "e" && !rest.contains { $0.isNumber || $0 == "." }
    }

    /// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`
    static func isNumberSyntax(_ text: String) -> Bool {
        // A view, not an array: this runs on every numeric cell (100k+ for a full-year profile).
        var bytes = text.utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
        }
        let integer = bytes.prefix { isDigit($0) }
        bytes = bytes.dropFirst(integer.count)
        var fraction = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix { isDigit($0) }.count
            bytes = bytes.dropFirst(fraction)
        }
        guard integer.count + fraction > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                bytes = bytes.dropFirst()
            }
            let exponent = bytes.prefix { isDigit($0) }.count
            guard exponent > 0 else { return false }
            bytes = bytes.dropFirst(exponent)
        }
        return bytes.isEmpty
    }

    /// At most 40 characters of `text`, so a runaway cell cannot flood the terminal.
    static func excerpt(_ text: String) -> String {
        // Stepping 40 characters costs nothing; `count` would walk a 50 MB cell grapheme by grapheme.
        guard let cut = text.index(text.startIndex, offsetBy: 40, limitedBy: text.endIndex), cut < text.endIndex else {
            return text
        }
        return text[..<cut] + "…"
    }

    /// `1e15` for a power of ten, else the plain number.
    static func limitText(_ limit: Double) -> String {
        let exponent = log10(limit).rounded()
        return pow(10, exponent) == limit ? "1e\(Int(exponent))" : NumberText.plain(limit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The id rule of inputs.md: `[A-Za-z0-9._-]+`, at most 64 characters, not `.` or `..`.
    static func idProblem(_ text: String) -> String? {
        if text.isEmpty { return "an id may not be empty" }
        if text == "." || text == ".." { return "\"\(text)\" is not a valid id" }
        if text.utf8.count > 64 { return "id \"\(text.prefix(20))…\" is longer than 64 characters" }
        let allowed = text.utf8.allSatisfy { byte in
            isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        return allowed ? nil : "id \"\(excerpt(text))\" may only hold letters, digits, '.', '_' and '-'"
    }

    /// The entries of a `;` list, trimmed, empty entries dropped.
    static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A sentence saying what is wrong with a cell.
struct CellProblem: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
