import Foundation

/// A tick value written as an exact decimal: `units × 10^exponent`. Labels come from this
/// integer form, never from a binary double, so no 0.30000000000000004 can appear.
struct ExactTick: Hashable, Sendable {
    var units: Int
    var exponent: Int
    var value: Double {
        exponent >= 0 ? Double(units) * pow(10, Double(exponent)) : Double(units) / pow(10, Double(-exponent))
    }
}

/// The ticks of one value axis and their labels.
struct Ticks: Equatable, Sendable {
    var values: [Double]
    var labels: [String]
    /// The axis domain (the first and last tick for linear axes).
    var lower: Double
    var upper: Double
    var log: Bool
}

/// Nice tick picking: steps of 1, 2 or 5 × 10ⁿ chosen against a target count (d3's rule),
/// tick values computed as integer index × step.
enum TickPicker {
    /// Step as (mantissa 1|2|5, exponent) for a range and target count.
    static func step(span: Double, count: Int) -> (mantissa: Int, exponent: Int) {
        let raw = span / Double(max(count, 1))
        var e = Int(floor(log10(raw)))
        let f = raw / pow(10, Double(e))
        let m: Int
        if f < 1.5 { m = 1 } else if f < 3.5 { m = 2 } else if f < 7.5 { m = 5 } else { m = 1; e += 1 }
        return (m, e)
    }

    /// Linear ticks covering `min…max`. With `includeZero` the axis starts (or ends) at zero, as bars need.
    /// Degenerate ranges: all zeros give 0…1; a single value v gives 0…v (or v±|v|/2 without zero).
    static func linear(min lo: Double, max hi: Double, count: Int = 5, includeZero: Bool = true) -> Ticks {
        var a = Swift.min(lo, hi), b = Swift.max(lo, hi)
        if !a.isFinite || !b.isFinite { a = 0; b = 1 }
        if includeZero { a = Swift.min(a, 0); b = Swift.max(b, 0) }
        if a == b {
            if a == 0 { b = 1 } else if includeZero { /* unreachable: zero included makes a != b */ } else {
                let half = abs(a) / 2; a -= half; b += half
            }
        }
        let (m, e) = step(span: b - a, count: count)
        let stepValue = ExactTick(units: m, exponent: e).value
        // Small tolerance so 0.3 / 0.1 = 2.9999999999999996 still lands on 3.
        let first = Int(floor(a / stepValue + 1e-9))
        let last = Int(ceil(b / stepValue - 1e-9))
        let ticks = (first...Swift.max(first, last)).map { ExactTick(units: $0 * m, exponent: e) }
        let values = ticks.map(\.value)
        return Ticks(values: values, labels: AxisLabels.linear(ticks), lower: values.first!, upper: values.last!, log: false)
    }

    /// Log ticks for positive values: every decade from below `min` to above `max`; when that gives
    /// fewer than three ticks, 2 and 5 × 10ⁿ are added.
    static func log(min lo: Double, max hi: Double) -> Ticks {
        let a = lo > 0 ? lo : 1, b = Swift.max(hi, a)
        var e0 = Int(floor(log10(a) + 1e-9)), e1 = Int(ceil(log10(b) - 1e-9))
        if e1 == e0 { e1 += 1 }
        // Bars start at the axis: keep the smallest value visibly longer than nothing.
        if a < 2 * pow(10, Double(e0)) { e0 -= 1 }
        var ticks: [ExactTick] = []
        let fine = e1 - e0 < 2
        for e in e0...e1 {
            ticks.append(ExactTick(units: 1, exponent: e))
            if fine && e < e1 {
                ticks.append(ExactTick(units: 2, exponent: e))
                ticks.append(ExactTick(units: 5, exponent: e))
            }
        }
        let values = ticks.map(\.value)
        return Ticks(values: values, labels: ticks.map { AxisLabels.single($0) }, lower: values.first!, upper: values.last!, log: true)
    }
}

/// Axis and value labels: a cut table of K, M, B.
enum AxisLabels {
    static let cuts: [(exponent: Int, suffix: String)] = [(9, "B"), (6, "M"), (3, "K")]

    /// The cut for a magnitude: B from 10⁹, M from 10⁶, K only from 10⁴ (so 1,544 stays 1,544
    /// rather than 1.54K, and an axis to 1,000 reads 0, 200, … 1,000).
    static func cut(for magnitude: Double) -> (exponent: Int, suffix: String)? {
        cuts.first { magnitude >= pow(10, Double($0.exponent == 3 ? 4 : $0.exponent)) }
    }

    /// Labels for a linear axis: one prefix for the whole axis, chosen by the largest tick,
    /// and one number of decimals (that of the step).
    static func linear(_ ticks: [ExactTick]) -> [String] {
        guard let top = ticks.map({ abs($0.value) }).max() else { return [] }
        let cut = cut(for: top)
        let shift = cut?.exponent ?? 0
        let suffix = cut?.suffix ?? ""
        // Decimals needed by the step (the gap between ticks), after the shift.
        let stepExponent = ticks.first?.exponent ?? 0
        let nonzero = ticks.map(\.units).filter { $0 != 0 }
        var trailing = 0
        if let g = nonzero.map({ abs($0) }).min(), g > 0 {
            var u = nonzero.reduce(0) { gcd($0, abs($1)) }
            while u > 0 && u % 10 == 0 && trailing < 30 { u /= 10; trailing += 1 }
        }
        let decimals = Swift.max(0, shift - (stepExponent + trailing))
        return ticks.map { t in
            if t.units == 0 { return "0" }
            return decimalString(units: t.units, exponent: t.exponent - shift, decimals: decimals, group: suffix.isEmpty) + suffix
        }
    }

    /// A label for one value on its own (log axes): its own prefix.
    static func single(_ t: ExactTick) -> String {
        if t.units == 0 { return "0" }
        let top = abs(t.value)
        let cut = top >= 1000 ? cuts.first { top >= pow(10, Double($0.exponent)) } : nil
        let shift = cut?.exponent ?? 0
        let decimals = Swift.max(0, -(t.exponent - shift))
        return decimalString(units: t.units, exponent: t.exponent - shift, decimals: decimals, group: cut == nil) + (cut?.suffix ?? "")
    }

    /// `units × 10^exponent` written with exactly `decimals` decimals (exact, no binary rounding).
    static func decimalString(units: Int, exponent: Int, decimals: Int, group: Bool = true) -> String {
        let negative = units < 0
        var digits = String(abs(units))
        if exponent >= 0 {
            digits += String(repeating: "0", count: exponent)
            let frac = decimals > 0 ? "." + String(repeating: "0", count: decimals) : ""
            return (negative ? "-" : "") + (group ? grouped(digits) : digits) + frac
        }
        let places = -exponent
        if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
        var intPart = String(digits.prefix(digits.count - places))
        var frac = String(digits.suffix(places))
        if frac.count < decimals { frac += String(repeating: "0", count: decimals - frac.count) }
        while frac.count > decimals, frac.last == "0" { frac.removeLast() }
        if intPart.isEmpty { intPart = "0" }
        return (negative ? "-" : "") + (group ? grouped(intPart) : intPart) + (frac.isEmpty ? "" : "." + frac)
    }

    /// A compact label for a single data value (bar ends): three significant digits with a prefix
    /// from the cut table: 610M, 64.9M, 879K, 7.8, 99.36%.
    static func compact(_ value: Double, unit: String = "") -> String {
        if unit == "percent" { return NumberText.plainDecimal(Decimal(value), maxFraction: 2) + "%" }
        let a = abs(value)
        guard let cut = cut(for: a) else {
            return NumberText.plainDecimal(Decimal(value), maxFraction: a < 10 ? 2 : (a < 100 ? 1 : 0), group: true)
        }
        let scaled = value / pow(10, Double(cut.exponent))
        return NumberText.significant(scaled, digits: 3) + cut.suffix
    }

    static func grouped(_ digits: String) -> String {
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
