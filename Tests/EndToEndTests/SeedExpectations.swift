import BriefingCore
import Foundation

/// `Fixtures/seed-expectations.tsv`: what the two seed releases must yield, judged the way
/// `score-facts.py` judges it.
struct SeedExpectation: Sendable {
    /// `known_miss`: a figure of a blind release the extractor does not read yet; it may be
    /// missing, but never reported with another value.
    enum Kind: String, Sendable { case value, reconciled, flagged, notAnnual = "not_annual", derived, knownMiss = "known_miss" }
    var source: String
    var period: String
    var metric: String
    var value: Double
    var qualifier: String
    var yoy: Double?
    var kind: Kind

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ file: String = "Tests/EndToEndTests/Fixtures/seed-expectations.tsv") throws -> [SeedExpectation] {
        let url = repository.appendingPathComponent(file)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        return lines.filter { !$0.isEmpty }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return SeedExpectation(source: f[0], period: f[1], metric: f[2], value: Double(f[3])!, qualifier: f[4],
                                   yoy: Double(f[5]), kind: Kind(rawValue: f[6])!)
        }
    }
}

/// A facts.csv row as the scorer reads it.
struct CSVRow: Sendable {
    var year: String, period: String, metric: String, value: Double, qualifier: String, yoy: Double?, status: String, source: String

    /// Parses RFC 4180 text (quoted fields may hold commas, quotes and line breaks).
    static func parse(_ text: String) -> [CSVRow] {
        var records: [[String]] = [], field = "", record: [String] = [], quoted = false
        var it = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() { if n == "\"" { field.append("\"") } else { quoted = false; pending = n } } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { record.append(field); records.append(record); record = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        guard let header = records.first else { return [] }
        let ix = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        return records.dropFirst().map { r in
            CSVRow(year: r[ix["year"]!], period: r[ix["period"]!], metric: r[ix["metric"]!], value: Double(r[ix["value"]!]) ?? .nan,
                   qualifier: r[ix["qualifier"]!], yoy: Double(r[ix["yoy_pct"]!]), status: r[ix["status"]!], source: r[ix["source"]!])
        }
    }
}

func close(_ a: Double, _ b: Double, _ rel: Double = 1e-3) -> Bool { abs(a - b) <= rel * max(abs(a), abs(b), 1e-12) }

/// Failures of a facts file against the expectations (empty when it passes).
/// `byYear` judges an aggregated `Output/<YEAR>/facts.csv` (rows keyed on year, any source).
func judge(_ rows: [CSVRow], _ expectations: [SeedExpectation], byYear: Bool, reconciledMayBeFlagged: Bool) -> [String] {
    var failures: [String] = []
    func key(_ r: CSVRow) -> String { byYear ? "\(r.year)|\(r.metric)" : "\(r.source)|\(r.period)|\(r.metric)" }
    func key(_ e: SeedExpectation) -> String { byYear ? "\(e.period)|\(e.metric)" : "\(e.source)|\(e.period)|\(e.metric)" }
    let index = Dictionary(grouping: rows, by: key)
    for e in expectations {
        let candidates = index[key(e)] ?? []
        switch e.kind {
        case .notAnnual:
            for r in rows where r.metric == e.metric && close(r.value, e.value) && r.period == r.year && (byYear || r.source == e.source) {
                failures.append("LEAK \(e.metric)=\(e.value) reported as annual \(r.period)")
            }
        case .flagged:
            if !candidates.contains(where: { $0.status == "flagged" || $0.status == "reconciled" }) { failures.append("MISS flagged \(key(e))") }
            if candidates.contains(where: { $0.status == "reported" }) { failures.append("CONFLICT \(key(e)) reported as a plain fact") }
        case .reconciled:
            if !candidates.contains(where: { ($0.status == "reconciled" && close($0.value, e.value)) || (reconciledMayBeFlagged && $0.status == "flagged") }) {
                failures.append("MISS reconciled \(key(e)): \(candidates.map { "\($0.value) \($0.status)" })")
            }
        case .derived:
            if !candidates.contains(where: { $0.status == "derived" && close($0.value, e.value, 1.5e-2) }) { failures.append("MISS derived \(key(e))") }
        case .value, .knownMiss:
            let good = candidates.contains { r in
                close(r.value, e.value) && (r.status == "reported" || r.status == "reconciled")
                    && (e.qualifier.isEmpty || r.qualifier == e.qualifier)
                    && (e.yoy == nil || (r.yoy != nil && abs(r.yoy! - e.yoy!) <= 0.05))
            }
            if !good && e.kind == .value { failures.append("MISS \(key(e)) want \(e.value) \(e.qualifier) yoy=\(e.yoy.map { "\($0)" } ?? "") got \(candidates.map { "\($0.value) \($0.qualifier) \($0.yoy.map { "\($0)" } ?? "") \($0.status)" })") }
            for r in candidates where (r.status == "reported" || r.status == "reconciled") && !close(r.value, e.value, 0.05) {
                if !expectations.contains(where: { key($0) == key(e) && $0.kind != .flagged && $0.kind != .notAnnual && close(r.value, $0.value, 0.05) }) {
                    failures.append("CONFLICT \(key(e)) row \(r.value) \(r.status)")
                }
            }
        }
    }
    return failures
}

/// Copies the seeds (Pipeline/sources) without their headers into a new temporary folder:
/// the extractor must find period, language and date by itself.
func bareSeedsFolder() throws -> URL {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("seeds-\(UUID().uuidString)")
    try fm.createDirectory(at: dir, withIntermediateDirectories: true)
    let sources = SeedExpectation.repository.appendingPathComponent("Pipeline/sources")
    for name in try fm.contentsOfDirectory(atPath: sources.path) where ["000_ebb5ee576dff67ce.txt", "002_b4b605b664683cb2.txt"].contains(name) {
        let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
        let body = text.hasPrefix("#") ? String(text[text.range(of: "\n\n")!.upperBound...]) : text
        try body.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir
}
