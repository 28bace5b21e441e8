import Foundation

/// The stretch of time a figure covers: a calendar year, a quarter, a half-year,
/// or a dated window (a campaign, "the first three quarters", the summer season).
///
/// Written as in facts.csv: `2024`, `2024-Q1`, `2024-H1`, `2024-11-30/2025-02-28`.
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case year
        case quarter(Int)
        case half(Int)
        /// Inclusive ISO dates (`YYYY-MM-DD`).
        case window(start: String, end: String)
    }

    /// The calendar year the period belongs to (for a window, the year it starts in).
    public var year: Int
    public var kind: Kind

    public init(year: Int, kind: Kind = .year) {
        self.year = year
        self.kind = kind
    }

    public static func window(_ start: String, _ end: String) -> Period {
        Period(year: Int(start.prefix(4)) ?? 0, kind: .window(start: start, end: end))
    }

    /// A dated window (a campaign, a holiday), not a year, quarter or half.
    public var isWindow: Bool {
        if case .window = kind { return true }
        return false
    }

    /// A window that is exactly a quarter, a half or the year is that period (1 January to 31
    /// March is Q1, 1月1日至12月31日 the year); any other period is itself.
    public var canonical: Period {
        guard let (y, m1, m2) = wholeMonths else { return self }
        switch (m1, m2) {
        case (1, 12): return Period(year: y)
        case (1, 6): return Period(year: y, kind: .half(1))
        case (7, 12): return Period(year: y, kind: .half(2))
        case (1, 3), (4, 6), (7, 9), (10, 12): return Period(year: y, kind: .quarter(m2 / 3))
        default: return self
        }
    }

    /// A window of whole months of one year (the first day of one month to the last day of a month):
    /// its year and months; nil for any other period.
    public var wholeMonths: (year: Int, first: Int, last: Int)? {
        guard case .window(let s, let e) = kind, s.prefix(4) == e.prefix(4), s.hasSuffix("-01"),
              let y = Int(s.prefix(4)), let m1 = Int(s.dropFirst(5).prefix(2)), let m2 = Int(e.dropFirst(5).prefix(2)),
              let d2 = Int(e.suffix(2)), d2 == Period.lastDay(y, m2) else { return nil }
        return (y, m1, m2)
    }

    /// A window from 1 January to the end of a later month of the same year (January–September): the
    /// year so far.
    public var isYearSoFar: Bool { wholeMonths.map { $0.first == 1 && $0.last >= 2 } ?? false }

    /// The window of whole months `first` through `last` of `year` (first day to last day).
    public static func months(_ year: Int, _ first: Int, _ last: Int) -> Period {
        let (start, end) = monthSpan(year, first, last)
        return window(start, end)
    }

    /// The first day of month `first` and the last of month `last` of `year`, as ISO dates.
    private static func monthSpan(_ year: Int, _ first: Int, _ last: Int) -> (String, String) {
        let y = digits(year, 4)
        return (y + "-" + digits(first, 2) + "-01", y + "-" + digits(last, 2) + "-" + digits(lastDay(year, last), 2))
    }

    /// `n` written with at least `width` digits, zeros first (String(format:) is slow, and spans
    /// are asked for sentence by sentence).
    private static func digits(_ n: Int, _ width: Int) -> String {
        let d = String(n)
        return d.count >= width ? d : String(repeating: "0", count: width - d.count) + d
    }

    /// The first and last day of the period, as ISO dates.
    public var span: (start: String, end: String) {
        switch kind {
        case .year: return Self.monthSpan(year, 1, 12)
        case .quarter(let q): return Self.monthSpan(year, q * 3 - 2, q * 3)
        case .half(let h): return Self.monthSpan(year, h * 6 - 5, h * 6)
        case .window(let s, let e): return (s, e)
        }
    }

    /// How many years this period stands before `other` when both cover the same days of their
    /// years (2023-Q1 before 2024-Q1: 1; January–September 2019 before the first three quarters
    /// of 2025: 6); nil when their days differ.
    public func yearsBefore(_ other: Period) -> Int? {
        let (a, b) = (span, other.span)
        guard a.start.dropFirst(4) == b.start.dropFirst(4), a.end.dropFirst(4) == b.end.dropFirst(4),
              let x = Int(a.start.prefix(4)), let y = Int(b.start.prefix(4)) else { return nil }
        return y - x
    }

    /// The same days in year `y`: the quarter or half of that year, or the window moved by whole
    /// years (January–September 2018 in 2017 is January–September 2017), canonical.
    public func sameDays(inYear y: Int) -> Period {
        guard case .window(let a, let b) = kind, let y0 = Int(a.prefix(4)), let y1 = Int(b.prefix(4)) else { return Period(year: y, kind: kind) }
        /// (29 February moved to a common year is the 28th.)
        func moved(_ date: String, to year: Int) -> String {
            let monthDay = date.dropFirst(4)
            return String(format: "%04d", year) + (monthDay == "-02-29" && Period.lastDay(year, 2) == 28 ? "-02-28" : String(monthDay))
        }
        return Period.window(moved(a, to: y), moved(b, to: y + y1 - y0)).canonical
    }

    /// The last day of month `m` (1–12) of year `y`.
    public static func lastDay(_ y: Int, _ m: Int) -> Int {
        [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    /// True only for a whole calendar year: the figures an annual briefing shows.
    public var isAnnual: Bool { kind == .year }

    public var description: String {
        switch kind {
        case .year: return String(year)
        case .quarter(let q): return "\(year)-Q\(q)"
        case .half(let h): return "\(year)-H\(h)"
        case .window(let s, let e): return "\(s)/\(e)"
        }
    }

    /// Parses the facts.csv notation; nil for anything else.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        if let slash = t.firstIndex(of: "/") {
            let s = String(t[..<slash]), e = String(t[t.index(after: slash)...])
            guard Period.isISODate(s), Period.isISODate(e), let y = Int(s.prefix(4)) else { return nil }
            self.init(year: y, kind: .window(start: s, end: e))
            return
        }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let y = Int(first) else { return nil }
        if parts.count == 1 { self.init(year: y); return }
        guard parts.count == 2, parts[1].count == 2, let n = Int(parts[1].dropFirst()) else { return nil }
        switch parts[1].first {
        case "Q" where (1...4).contains(n): self.init(year: y, kind: .quarter(n))
        case "H" where (1...2).contains(n): self.init(year: y, kind: .half(n))
        default: return nil
        }
    }

    static func isISODate(_ s: String) -> Bool {
        let p = s.split(separator: "-")
        return p.count == 3 && p[0].count == 4 && p[1].count == 2 && p[2].count == 2
            && p.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    public static func < (a: Period, b: Period) -> Bool { a.description < b.description }
}

extension Period: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let p = Period(s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a period: \(s)")
        }
        self = p
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
