import Foundation

/// A named part of a year ("first quarter", 上半年, "summer vacation"), as `Pipeline/grammar.json`
/// lists them: ingest reads a release's own period from them, extract a sentence's.
public struct PartOfYear: Codable, Sendable, Hashable {
    public var phrase: String
    /// `Q1`…`Q4`, `H1`, `H2`, a span of days `MM-DD/MM-DD`, or `year` for the whole year ("full year").
    public var period: String

    public init(phrase: String, period: String) {
        self.phrase = phrase
        self.period = period
    }

    /// The part in `year`; nil when `period` is none of the written forms.
    public func period(in year: Int) -> Period? {
        if period == "year" { return Period(year: year) }
        if period.count == 2, let n = Int(period.dropFirst()) {
            if period.hasPrefix("Q"), (1...4).contains(n) { return Period(year: year, kind: .quarter(n)) }
            if period.hasPrefix("H"), (1...2).contains(n) { return Period(year: year, kind: .half(n)) }
        }
        // "months 1-8": January through August, whatever the year's February ("first eight months").
        if period.hasPrefix("months "), case let run = period.dropFirst(7).split(separator: "-"), run.count == 2,
           let a = Int(run[0]), let b = Int(run[1]) { return Self.months(a, b, year: year) }
        let ends = period.split(separator: "/")
        guard ends.count == 2 else { return nil }
        return Period("\(year)-\(ends[0])/\(year)-\(ends[1])")
    }

    /// Months `first` through `last` of `year` as the period analysts call them: January–March is
    /// Q1, January–June H1, January–December the year; other runs a window.
    public static func months(_ first: Int, _ last: Int, year: Int) -> Period? {
        guard (1...12).contains(first), (1...12).contains(last), first < last else { return nil }
        return Period.months(year, first, last).canonical
    }
}
