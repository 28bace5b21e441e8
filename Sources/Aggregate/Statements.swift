import BriefingCore
import Foundation

/// How far a release's figures are trusted: a Chinese original over the NIA's own English
/// transcript over anyone else's (machine) translation.
enum Trust: Int, Comparable {
    case original = 0, official = 1, translation = 2
    static func < (a: Trust, b: Trust) -> Bool { a.rawValue < b.rawValue }

    /// Read from the metadata: Chinese text is the original; English is official when the
    /// publisher is the National Immigration Administration and nothing says "translation";
    /// any other or unknown publisher is a translation.
    init(_ m: DocumentMetadata) {
        if m.language == .zh { self = .original; return }
        let hints = [m.publisher, m.title].compactMap { $0 }.joined(separator: " ").lowercased()
        if hints.contains("translat") || hints.contains("machine") { self = .translation; return }
        let publisher = (m.publisher ?? "").lowercased()
        self = publisher.contains("national immigration administration") ? .official : .translation
    }
}

/// A document taking part in the aggregation, with what the precedence rules need of it.
struct Release {
    let id: String
    let info: SourceInfo
    let period: Period
    let language: Language
    let trust: Trust

    init(_ doc: DocumentFacts) {
        id = doc.document
        info = SourceInfo(id: doc.document, contentHash: doc.contentHash, metadata: doc.metadata)
        period = doc.metadata.period
        language = doc.metadata.language
        trust = Trust(doc.metadata)
    }

    /// True when this is the annual release for `year`.
    func isAnnual(for year: Int) -> Bool { period.isAnnual && period.year == year }

    /// "the 2024 release (000_ebb5ee576dff67ce.txt)", for notes.
    var label: String { "the \(period) release (\(id))" }
}

/// What one release says about one metric in one year: its facts for that metric and year merged
/// into one value, with the YoY from whichever fact states it. A flagged fact is a statement of
/// its own (so it stays visible as flagged).
struct Statement {
    let metric: String
    let year: Int
    let release: Int
    /// Offset in the document, to order statements deterministically.
    let position: Int
    var value: Decimal
    var qualifier: Qualifier
    var yoy: Decimal?
    var written: String
    var quote: String
    /// The words that state the YoY (the quote of a value derived from it).
    var yoyQuote: String
    var language: Language
    /// `reported`, `flagged` or `reconciled`.
    var status: FactStatus
    var note: String?

    init(_ f: Fact, metric: String, release: Int) {
        self.metric = metric; year = f.year; self.release = release; position = f.range.start
        value = f.value; qualifier = f.qualifier; yoy = f.yoyPct; written = f.written; quote = f.quote
        yoyQuote = f.quote; language = f.language
        status = f.status == .flagged ? .flagged : .reported
        note = f.status == .flagged ? (f.note ?? "flagged by the extract stage") : nil
    }

    mutating func flag(_ reason: String) {
        status = .flagged
        note = [note, reason].compactMap { $0 }.joined(separator: "; ")
    }

    /// Merges a document's annual facts into statements: one per metric and year from the facts
    /// that are not flagged, one per flagged fact. Facts without a catalog metric, for another
    /// period than a whole year, or for a year after `maxYear` are left out.
    static func merge(_ doc: DocumentFacts, release: Int, metrics: Set<String>, maxYear: Int,
                      options: Aggregator.Options) -> [Statement] {
        var groups: [String: [Fact]] = [:]
        var order: [String] = []
        for f in doc.facts {
            guard let m = f.metric, metrics.contains(m), f.period.isAnnual, f.year <= maxYear else { continue }
            let key = "\(m)|\(f.year)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(f)
        }
        var out: [Statement] = []
        for key in order {
            let facts = groups[key]!
            let metric = facts[0].metric!
            let good = facts.filter { $0.status != .flagged }
            // The most exact statement carries the value; the first of equals (the headline).
            if let main = good.min(by: { (rank($0.qualifier), $0.range.start) < (rank($1.qualifier), $1.range.start) }) {
                var s = Statement(main, metric: metric, release: release)
                // "32,300 violations and crimes" then "over 32,000 criminal cases ... up 64%":
                // the YoY of a fact that agrees with the value belongs to it too.
                if s.yoy == nil, let other = good.first(where: {
                    $0.yoyPct != nil && agree(main.value, main.qualifier, $0.value, $0.qualifier, options)
                }) {
                    s.yoy = other.yoyPct
                    s.yoyQuote = other.quote
                }
                out.append(s)
            }
            out += facts.filter { $0.status == .flagged }.map { Statement($0, metric: metric, release: release) }
        }
        // A fall cannot exceed 100%: such a YoY is garbled, and nothing can be derived from it.
        for i in out.indices {
            if let y = out[i].yoy, y < -100 || (y == -100 && out[i].value != 0) {
                out[i].flag("a change of \(Format.percent(y)) year on year is impossible (a decrease cannot exceed 100%)")
            }
        }
        return out
    }

    private static func rank(_ q: Qualifier) -> Int {
        switch q { case .exact: 0; case .approx: 1; case .atLeast: 2 }
    }
}

/// True when two figures for the same metric and year agree: within `tolerance` (rounding), within
/// `approxTolerance` when one is "about", and "more than X" with anything from X to X × (1 + slack).
func agree(_ a: Decimal, _ qa: Qualifier, _ b: Decimal, _ qb: Qualifier, _ o: Aggregator.Options) -> Bool {
    let x = a.double, y = b.double
    if qa == .atLeast && qb != .atLeast {
        return y >= x * (1 - o.tolerance) && y <= x * (1 + o.atLeastSlack)
    }
    if qb == .atLeast && qa != .atLeast {
        return x >= y * (1 - o.tolerance) && x <= y * (1 + o.atLeastSlack)
    }
    let tol = (qa == .exact && qb == .exact) ? o.tolerance : max(o.tolerance, o.approxTolerance)
    return abs(x - y) <= tol * max(abs(x), abs(y))
}

extension Decimal {
    /// Rounded to `scale` decimal places.
    func rounded(_ scale: Int) -> Decimal {
        var x = self, r = Decimal()
        NSDecimalRound(&r, &x, scale, .plain)
        return r
    }

    /// Rounded to `digits` significant figures: 423,905,490 → 423,900,000 with four.
    func rounded(significant digits: Int) -> Decimal {
        guard self != 0 else { return 0 }
        var magnitude = 0, x = abs(self)
        while x >= 10 { x /= 10; magnitude += 1 }
        while x < 1 { x *= 10; magnitude -= 1 }
        return rounded(digits - 1 - magnitude)
    }
}

/// Numbers as the quality notes write them.
enum Format {
    /// "31,149,000", "7.8", "99.36".
    static func figure(_ d: Decimal) -> String { Checks.figure(d) }

    /// "+43.9%", "-5%".
    static func percent(_ d: Decimal) -> String {
        (d > 0 ? "+" : "") + FactsCSV.plain(d) + "%"
    }
}
