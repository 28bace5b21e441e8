import Foundation

/// The checks of figures against the catalog's `sums` and `bounds`, shared by the extract stage
/// (the facts of one release and period) and the aggregate stage (the values of a year across
/// releases), so that both doubt the same figures for the same reasons.
public enum Checks {
    /// Two figures agree, a sum holds and a bound is kept within this fraction (the rounding of
    /// "610 million" or "43.9%").
    public static let tolerance = 0.015
    /// "More than X" is a floor: the real figure may be up to X × (1 + this).
    public static let atLeastSlack = 0.10
    /// Tolerance when a figure is "about" / "nearly".
    public static let approxTolerance = 0.05

    /// The powers of ten a translation slips by: a decimal point moved, or a scale word
    /// (ten, hundred, thousand, 万 "ten thousand") dropped or added.
    static let shifts: [(factor: Double, word: String)] = [
        (10, "tenfold"), (100, "hundredfold"), (1000, "thousandfold"), (10000, "ten-thousandfold"),
    ]

    /// The part of a year a whole period covers (1 for a year, 0.25 for a quarter, 0.5 for a
    /// half): a bound stated per year is scaled by it. Nil for a window: its exact dates are not
    /// always known (a holiday somewhere in the year) and its figures are often a peak or a day's.
    public static func shareOfYear(_ p: Period) -> Double? {
        switch p.kind {
        case .year: return 1
        case .quarter: return 0.25
        case .half: return 0.5
        case .window: return nil
        }
    }

    /// The share of a year a dated window of 90 days or more covers; nil for shorter or undated ones.
    static func longWindowShare(_ p: Period) -> Double? {
        guard case .window = p.kind, let a = dayNumber(p.span.start), let b = dayNumber(p.span.end), b - a + 1 >= 90 else { return nil }
        return Double(b - a + 1) / 365
    }

    /// Days since 1970-01-01 of an ISO date ("2021-09-30"), by the civil calendar; nil when malformed.
    static func dayNumber(_ iso: String) -> Int? {
        let f = iso.split(separator: "-").compactMap { Int($0) }
        guard f.count == 3 else { return nil }
        let y = f[1] <= 2 ? f[0] - 1 : f[0], m = f[1], d = f[2]
        let era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468
    }

    /// A metric counts whole things (people, vehicles, cases) when none of its rules asks for a
    /// unit (tonnes, CNY, percent): its figure cannot be fractional.
    public static func countsWholeThings(_ m: MetricDefinition) -> Bool {
        m.match.values.allSatisfy { $0.allSatisfy { ($0.units ?? []).isEmpty } }
    }

    /// Why a count is doubtful when it is fractional ("812.6 calls": a scale word was dropped), or nil.
    public static func fractionalCount(_ value: Decimal, unit: String) -> String? {
        var v = value, whole = Decimal()
        NSDecimalRound(&whole, &v, 0, .plain)
        guard whole != value else { return nil }
        return "\(unit) are counted in whole numbers, so \(Checks.figure(value)) is not a count as written: "
            + "likely a dropped scale word (ten thousand, million)"
    }

    /// A sum stated in full holds within `tolerance`.
    public static func holds(_ total: Decimal, _ partsSum: Decimal, _ tolerance: Double) -> Bool {
        abs(total.double - partsSum.double) <= tolerance * abs(total.double)
    }

    /// The outcome of checking one sum.
    public enum SumFinding: Equatable, Sendable {
        /// Nothing contradicts the sum (it holds, or the parts stay below the total where a shortfall is allowed).
        case consistent
        /// One member (0 the total, k the k-th part), off by a power of ten, is what breaks a sum
        /// stated in full: `value` is what the sum says it is.
        case slip(member: Int, value: Decimal, shift: String)
        /// The parts exceed the total and no single scale slip makes the sum hold: `suspects` are
        /// the members that may be wrong, those whose own slip by a power of ten would remove the
        /// excess (`shifted`) when that rules some out, otherwise every member stated.
        case broken(suspects: [Int], shifted: Bool)
        /// No single member explains a sum stated in full, but several parts, each off by the same
        /// power of ten, do ("1.42 billion" and "1.24 billion" for 1.42 and 1.24 亿 under a total of
        /// 288 million): those parts are doubtful, the total stands.
        case jointSlip(members: [Int], shift: String)
    }

    /// Checks `members` (the total first, then the parts; nil for what is not stated). A sum stated
    /// in full that fails because one member is a power of ten off names that member. Otherwise
    /// parts that exceed their total are a contradiction. A shortfall of parts stated in full is
    /// one only when `shortfallBreaks`: the aggregate stage holds the catalog's sums exact (every
    /// part of people by residence or conveyances by mode is named), while one release on its own
    /// may count a category it does not list, so extraction does not doubt it for that alone.
    public static func checkSum(_ members: [Decimal?], tolerance: Double, shortfallBreaks: Bool = false) -> SumFinding {
        guard let total = members.first ?? nil else { return .consistent }
        let partsSum = members.dropFirst().compactMap { $0 }.reduce(0, +)
        let statedMembers = members.indices.filter { members[$0] != nil }
        if statedMembers.count == members.count {
            if holds(total, partsSum, tolerance) { return .consistent }
            // A member that, moved by a power of ten, makes the sum hold (and alone) is the slipped
            // one; the sum says what it should be.
            var fixes: [(Int, Decimal, String)] = []
            for i in members.indices {
                let v = members[i]!
                guard let s = shifts.first(where: { s in
                    let f = Decimal(s.factor)
                    return [v * f, v / f].contains { m in
                        i == 0 ? holds(m, partsSum, tolerance) : holds(total, partsSum - v + m, tolerance)
                    }
                }) else { continue }
                let others = members.indices.filter { $0 != 0 && $0 != i }.reduce(Decimal(0)) { $0 + members[$1]! }
                fixes.append((i, i == 0 ? partsSum : total - others, s.word))
            }
            if fixes.count == 1 { return .slip(member: fixes[0].0, value: fixes[0].1, shift: fixes[0].2) }
            if fixes.isEmpty, let joint = jointSlip(members.map { $0! }, tolerance: tolerance) { return joint }
            if shortfallBreaks { return .broken(suspects: statedMembers, shifted: false) }
        }
        guard partsSum.double > total.double * (1 + tolerance) else { return .consistent }
        // The parts exceed the total: a member whose shift by a power of ten alone would remove
        // the excess may be the slipped one.
        let suspects = statedMembers.filter { i in
            shifts.contains { s in
                let f = Decimal(s.factor)
                let t = i == 0 ? total * f : total
                let p = i == 0 ? partsSum : partsSum - members[i]! + members[i]! / f
                return p.double <= t.double * (1 + tolerance)
            }
        }
        let named = !suspects.isEmpty && suspects.count < statedMembers.count
        return .broken(suspects: named ? suspects : statedMembers, shifted: named)
    }

    /// Parts that exceed their total (`members`, the total first, all stated): the one set of two
    /// parts or more that, all divided by the same power of ten, makes the sum hold; nil when none
    /// does or several do. A translation that renders one scale word wrongly (亿 as "billion")
    /// inflates every figure it wrote with it. Parts short of their total are left to the check of
    /// a gross shortfall: there the total is the likelier slip.
    static func jointSlip(_ members: [Decimal], tolerance: Double) -> SumFinding? {
        let parts = members.count - 1
        // Sums have a handful of parts; more would make the subsets many and the evidence thin.
        guard parts >= 3, parts <= 8 else { return nil }
        let total = members[0], partsSum = members.dropFirst().reduce(0, +)
        guard partsSum.double > total.double * (1 + tolerance) else { return nil }
        var found: SumFinding?
        for mask in 1..<(1 << parts) where mask.nonzeroBitCount >= 2 && mask.nonzeroBitCount < parts {
            let chosen = (1...parts).filter { mask & (1 << ($0 - 1)) != 0 }
            let moved = chosen.reduce(Decimal(0)) { $0 + members[$1] }
            for s in shifts {
                let f = Decimal(s.factor)
                guard holds(total, partsSum - moved + moved / f, tolerance) else { continue }
                if found != nil { return nil }
                found = .jointSlip(members: chosen, shift: s.word)
            }
        }
        return found
    }

    /// Why each member `finding` doubts is doubtful, in words for the data-quality notes: `ids`
    /// names the members (total first) of `members` as given to `checkSum`, `period` the period
    /// they share. Empty when the sum is consistent.
    public static func sumReasons(_ finding: SumFinding, ids: [String], members: [Decimal?], period: String) -> [Int: String] {
        // Most sums hold: build no sentence for them.
        if case .consistent = finding { return [:] }
        let formula = "\(ids[0]) = \(ids.dropFirst().joined(separator: " + "))"
        let total = members[0] ?? 0
        let partsSum = members.dropFirst().compactMap { $0 }.reduce(0, +)
        let complete = !members.contains { $0 == nil }
        let mismatch = complete
            ? "the parts add up to \(figure(partsSum)), the total is \(figure(total)) (\(formula), \(period))"
            : "the parts stated add up to \(figure(partsSum)), more than the total \(figure(total)) (\(formula), \(period))"
        switch finding {
        case .consistent:
            return [:]
        case let .slip(member, value, shift):
            return [member: "\(mismatch); this figure is \(shift) off (a decimal or scale error) and the constraint gives \(figure(value))"]
        case let .broken(suspects, shifted):
            let why = shifted && suspects.count > 1
                ? "a scale slip in \(suspects.map { ids[$0] }.joined(separator: " or ")) would explain it, so none of them is used"
                : shifted ? "a scale slip in this figure would explain it"
                : "no single figure explains the difference, so none is used"
            return Dictionary(uniqueKeysWithValues: suspects.map { ($0, "\(mismatch); \(why)") })
        case let .jointSlip(parts, shift):
            let why = "\(parts.map { ids[$0] }.joined(separator: " and ")), each \(shift) off (one scale word mistranslated), would make it hold, so none of them is used"
            return Dictionary(uniqueKeysWithValues: parts.map { ($0, "\(mismatch); \(why)") })
        }
    }

    /// The bounds `bound` puts on a value of `period`: at most `factor` × another metric's value
    /// (`other`, when stated and not doubtful), at most `max`, at most `maxPerYear` and at least
    /// `minPerYear` scaled to the period (a year, quarter or half). Returns what is broken, in words; empty when the value keeps its bounds.
    public static func broken(_ bound: BoundConstraint, value: Decimal, period: Period,
                              other: (value: Decimal, qualifier: Qualifier)?, tolerance: Double = Checks.tolerance,
                              atLeastSlack: Double = Checks.atLeastSlack) -> [String] {
        var broken: [String] = []
        if let otherID = bound.atMost, let o = other {
            var limit = (bound.factor ?? 1) * o.value.double
            // "More than X" is a floor: the real limit may be somewhat higher.
            if o.qualifier == .atLeast { limit *= 1 + atLeastSlack }
            if value.double > limit * (1 + tolerance) {
                let times = String(format: "%.1f", value.double / o.value.double)
                broken.append("\(figure(value)) is \(times) times \(otherID) \(figure(o.value)) (\(period))")
            }
        }
        if let max = bound.max, value.double > max {
            broken.append("\(figure(value)) is above \(FactsCSV.plain(Decimal(max)))")
        }
        // A window's exact share of the year is not always known: it is held to the whole year's most.
        if let max = bound.maxPerYear, case let share = shareOfYear(period) ?? 1, value.double > (max * share).rounded() {
            let scaled = share == 1 ? "" : " (\(figure(Decimal((max * share).rounded()))) for \(period))"
            broken.append("\(figure(value)) is above the most plausible national figure, \(figure(Decimal(max))) a year\(scaled)")
        }
        // (A window of a quarter or more, "2021-01-01/2021-09-30", is held to its days' share of the floor.)
        if let min = bound.minPerYear, let share = shareOfYear(period) ?? longWindowShare(period) {
            let floor = (min * share).rounded()
            if value.double < floor {
                let scaled = share == 1 ? "" : " (\(figure(Decimal(floor))) for \(period))"
                broken.append("\(figure(value)) is below the least plausible national figure, "
                    + "\(figure(Decimal(min))) a year\(scaled)")
            }
        }
        return broken
    }

    /// "31,149,000", "7.8", "99.36": numbers as quality notes write them.
    public static func figure(_ d: Decimal) -> String {
        let plain = FactsCSV.plain(d)
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1)
        var digits = Array(parts[0])
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        return (negative ? "-" : "") + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }
}

/// When `a` / `b` is close to 10, 100, 1000 or 10000 (or the inverse): the words for that shift,
/// the usual garble of a decimal point or a scale word in translation.
public func scaleShift(_ a: Decimal, _ b: Decimal) -> String? {
    let x = abs(a.double), y = abs(b.double)
    guard x > 0, y > 0 else { return nil }
    let r = max(x, y) / min(x, y)
    return Checks.shifts.first { abs(r / $0.factor - 1) <= 0.05 }?.word
}

/// Words for a disagreement between two figures: the likely cause when it is a scale shift.
public func disagreementCause(_ a: Decimal, _ b: Decimal) -> String {
    if let shift = scaleShift(a, b) {
        return "likely a \(shift) shift (a decimal or scale error in translation)"
    }
    let x = a.double, y = b.double
    let pct = abs(x - y) / max(abs(x), abs(y)) * 100
    return "the figures differ by \(String(format: "%.1f", pct))%, more than rounding explains"
}

extension Decimal {
    public var double: Double { NSDecimalNumber(decimal: self).doubleValue }
}
