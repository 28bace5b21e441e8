import BriefingCore
import Foundation

/// Synthetic annual releases for benchmarks: `count` consecutive years, every catalog metric
/// stated with a consistent year-on-year change, sums that add up and bounds that hold. Every
/// seventh release writes the last part of the first sum garbled (flagged), so reconciliation
/// runs too. Deterministic: the same arguments give the same documents.
///
///     let docs = SyntheticReleases.documents(count: 200, catalog: catalog)
///     let result = try Aggregator.aggregate(docs, catalog: catalog, year: SyntheticReleases.lastYear(count: 200))
public enum SyntheticReleases {
    public static let firstYear = 1900

    /// The year of the last release `documents(count:...)` makes: the year to aggregate.
    public static func lastYear(count: Int) -> Int { firstYear + count - 1 }

    public static func documents(count: Int, catalog: Catalog) -> [DocumentFacts] {
        let ids = catalog.metrics.map(\.id)
        let units = catalog.unitsByMetric
        var previous: [String: Decimal] = [:]
        var docs: [DocumentFacts] = []
        for n in 0..<count {
            let year = firstYear + n
            let values = yearValues(n, ids: ids, units: units, catalog: catalog)
            let id = String(format: "syn_%05d.txt", n)
            var facts: [Fact] = []
            for (k, metric) in ids.enumerated() {
                let v = values[metric]!
                let unit = units[metric] ?? ""
                var yoy: Decimal?
                if let p = previous[metric], p != 0, unit != "percent" {
                    yoy = ((v / p - 1) * 100).rounded(1)
                }
                let written = Format.figure(v)
                var fact = Fact(metric: metric, period: Period(year: year), value: v, unit: unit, yoyPct: yoy,
                                written: written, subject: metric, source: id, range: TextRange(k * 100, k * 100 + 10),
                                quote: "\(written) \(metric) in \(year)", language: .en)
                if n % 7 == 6, let sum = catalog.sums.first, metric == sum.parts.last {
                    fact.status = .flagged
                    fact.written = "\(written).0,0"
                    fact.note = "malformed number"
                }
                facts.append(fact)
            }
            // A campaign-window figure, which must never become an annual value.
            if let first = ids.first {
                facts.append(Fact(metric: first, period: .window("\(year)-11-30", "\(year + 1)-02-28"), value: 1234,
                                  unit: units[first] ?? "", written: "1,234", subject: first, source: id,
                                  range: TextRange(99_000, 99_005), quote: "1,234 during the winter campaign", language: .en))
            }
            previous = values
            let meta = DocumentMetadata(title: "Synthetic release \(year)", publisher: "National Immigration Administration",
                                        language: .en, period: Period(year: year), released: "\(year + 1)-01-15")
            docs.append(DocumentFacts(document: id, contentHash: String(format: "%016x", n), metadata: meta, facts: facts))
        }
        return docs
    }

    /// Growing values: parts first, bounded metrics kept within their bounds, totals as the sum.
    private static func yearValues(_ n: Int, ids: [String], units: [String: String], catalog: Catalog) -> [String: Decimal] {
        var v: [String: Decimal] = [:]
        for (k, id) in ids.enumerated() {
            // Slow growth (0.1% to 0.5% a year) keeps the numbers of long runs in range.
            let growth = pow(1.0 + Double(k % 5 + 1) / 1000, Double(n))
            // Well above the least plausible national figure, which the checks would flag.
            let floor = catalog.bounds.filter { $0.metric == id }.compactMap(\.minPerYear).max() ?? 0
            let base = (10_000.0 * Double(k + 1) + 4 * floor) * growth
            v[id] = units[id] == "percent" ? Decimal(95 + (n + k) % 4) : Decimal(Int(base))
        }
        for s in catalog.sums { v[s.total] = s.parts.reduce(Decimal(0)) { $0 + (v[$1] ?? 0) } }
        // Bounded metrics become a fixed share of their limit (a part within its total already is).
        for b in catalog.bounds {
            if let other = b.atMost, let o = v[other], let m = v[b.metric], m > o * Decimal(b.factor ?? 1) {
                v[b.metric] = (o * Decimal(b.factor ?? 1) / 4).rounded(0)
            }
            if let max = b.max ?? b.maxPerYear, let m = v[b.metric], m.double > max { v[b.metric] = Decimal(max) }
        }
        return v
    }
}
