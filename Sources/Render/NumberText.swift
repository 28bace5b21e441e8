import BriefingCore
import Foundation

/// Numbers as the briefing writes them: rounded in prose ("64.9 million"), exact in tables
/// ("64,882,000"), with qualifiers ("more than 35,000") and year-on-year changes ("up 43.9%").
/// Locale-independent, so output never depends on the machine.
enum NumberText {
    /// A decimal written with its own digits (no binary rounding), at most `maxFraction` decimals.
    static func plainDecimal(_ value: Decimal, maxFraction: Int = 6, group: Bool = true) -> String {
        var v = value, r = Decimal()
        NSDecimalRound(&r, &v, maxFraction, .plain)
        var s = NSDecimalNumber(decimal: r).stringValue   // "610000000", "7.8", "-12.5"
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() }
        let parts = s.split(separator: ".", maxSplits: 1).map(String.init)
        var intPart = parts.first ?? "0"
        if intPart.isEmpty { intPart = "0" }
        var frac = parts.count > 1 ? parts[1] : ""
        while frac.last == "0" { frac.removeLast() }
        let body = (group ? AxisLabels.grouped(intPart) : intPart) + (frac.isEmpty ? "" : "." + frac)
        return (negative && body != "0" ? "-" : "") + body
    }

    /// `value` rounded to `digits` significant digits (but never fewer than the integer digits),
    /// trailing zeros dropped: 64.882 → "64.9", 610 → "610", 2.578 → "2.58".
    static func significant(_ value: Double, digits: Int) -> String {
        let a = abs(value)
        let intDigits = a < 1 ? 1 : Int(floor(log10(a))) + 1
        let fraction = max(0, digits - intDigits)
        return plainDecimal(Decimal(string: String(format: "%.\(fraction)f", value)) ?? Decimal(value), maxFraction: fraction, group: true)
    }

    /// Prose form: 610 million, 64.9 million, 2.6 billion, 879,000, 7.8; percent as 99.36%; CNY prefixed.
    static func prose(_ value: Decimal, unit: String) -> String {
        let d = NSDecimalNumber(decimal: value).doubleValue
        let body: String
        if unit == "percent" {
            return plainDecimal(value, maxFraction: 2) + "%"
        } else if abs(d) >= 1e9 {
            body = significant(d / 1e9, digits: 3) + " billion"
        } else if abs(d) >= 1e6 {
            body = significant(d / 1e6, digits: 3) + " million"
        } else {
            body = plainDecimal(value, maxFraction: 2)
        }
        return unit == "CNY" ? "CNY " + body : body
    }

    /// Table form: every digit, grouped: 64,882,000; 99.36%; CNY 220,000,000.
    static func exact(_ value: Decimal, unit: String) -> String {
        let body = plainDecimal(value, maxFraction: 6)
        switch unit {
        case "percent": return body + "%"
        case "CNY": return "CNY " + body
        default: return body
        }
    }

    static func qualified(_ text: String, _ q: Qualifier) -> String {
        switch q {
        case .exact: return text
        case .atLeast: return "more than " + text
        case .approx: return "about " + text
        }
    }

    /// "up 43.9%", "down 12.5%", "unchanged".
    static func change(_ pct: Decimal) -> String {
        let rounded = plainDecimal(abs(pct), maxFraction: 1)
        if rounded == "0" { return "unchanged" }
        return (pct > 0 ? "up " : "down ") + rounded + "%"
    }

    /// "rose 43.9%", "fell 12.5%", "was unchanged".
    static func changeVerb(_ pct: Decimal) -> String {
        let rounded = plainDecimal(abs(pct), maxFraction: 1)
        if rounded == "0" { return "was unchanged" }
        return (pct > 0 ? "rose " : "fell ") + rounded + "%"
    }

    /// Signed short form for tables: "+43.9%", "−12.5%".
    static func signedChange(_ pct: Decimal) -> String {
        let rounded = plainDecimal(abs(pct), maxFraction: 1)
        if rounded == "0" { return "0%" }
        return (pct > 0 ? "+" : "−") + rounded + "%"
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "2025-01-14" → "14 January 2025"; anything else is returned as is.
    static func longDate(_ iso: String) -> String {
        let p = iso.split(separator: "-")
        guard p.count == 3, let m = Int(p[1]), (1...12).contains(m), let d = Int(p[2]) else { return iso }
        return "\(d) \(months[m - 1]) \(p[0])"
    }
}
