import BriefingCore
import Foundation

/// The aggregate stage: from the facts of every release, the checked year-by-year series a
/// briefing for one year shows (`series.json`) and the values behind it (`facts.csv`).
///
/// What it does, in order (see `Resolver` for the rules):
/// 1. keeps the annual facts with a catalog metric and merges, per document, the facts that state
///    the same metric and year;
/// 2. resolves the years from the latest down: the candidates for a metric and year are every
///    release's statement and the values implied by every stated year-on-year change of the next
///    year; they are cross-checked, then the catalog's `sums` and `bounds` are applied;
/// 3. writes points, quality notes and facts.csv rows.
///
/// A briefing for YEAR uses the releases whose period lies in YEAR or earlier, so that adding a
/// later release does not change an earlier year's briefing.
public enum Aggregator {
    /// Tolerances of the checks. The sums carry their own tolerance in the catalog.
    public struct Options: Sendable {
        /// Two figures for the same metric and year agree when they differ by at most this
        /// fraction (the rounding of "610 million" or "43.9%"), and a bound is broken only by more.
        public var tolerance: Double = Checks.tolerance
        /// "More than X" agrees with values from X up to X × (1 + this).
        public var atLeastSlack: Double = Checks.atLeastSlack
        /// Tolerance used when one of the figures is "about" / "nearly".
        public var approxTolerance: Double = Checks.approxTolerance
        public init() {}
    }

    /// Aggregates the facts of `documents` for a briefing on `year`.
    ///
    /// Throws `AggregateError.noAnnualRelease` when no document is an annual release for `year`.
    public static func aggregate(_ documents: [DocumentFacts], catalog: Catalog, year: Int,
                                 options: Options = Options()) throws -> AggregateResult {
        if let problem = annualReleaseProblem(documents, year: year) { throw problem }
        var resolver = Resolver(documents: documents, catalog: catalog, year: year, options: options)
        resolver.run()
        return resolver.result()
    }

    /// The error `aggregate` throws when no document is an annual release for `year`; nil when one is.
    public static func annualReleaseProblem(_ documents: [DocumentFacts], year: Int) -> AggregateError? {
        let annualYears = Set(documents.filter { $0.metadata.period.isAnnual }.map { $0.metadata.period.year })
        if annualYears.contains(year) { return nil }
        return .noAnnualRelease(year: year, documents: documents.count, available: annualYears.sorted())
    }

    /// Reads every `*.json` file of `directory` (sorted by name) as the extract stage's
    /// `DocumentFacts`. Throws a `PipelineError` naming the file for anything unreadable, a format
    /// this version does not read, or a document met twice.
    public static func loadFacts(from directory: URL) throws -> [DocumentFacts] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw PipelineError(directory.path, "cannot list the facts directory: \(error.localizedDescription)")
        }
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { throw PipelineError(directory.path, "no facts files (*.json)") }
        var seen: [String: String] = [:]
        var documents: [DocumentFacts] = []
        for name in files {
            let url = directory.appendingPathComponent(name)
            let doc = try JSONFiles.read(DocumentFacts.self, from: url, format: DocumentFacts.format)
            if let other = seen[doc.document] {
                throw PipelineError(url.path, "document \(doc.document) is already in \(other)")
            }
            seen[doc.document] = name
            documents.append(doc)
        }
        return documents
    }

    /// Writes `series.json` and `facts.csv` into `directory`. Both are written into a temporary
    /// directory first and then renamed into place, so a failure leaves no partial output; when
    /// `directory` already exists (it may hold the render stage's PDF) only the two files are replaced.
    public static func write(_ result: AggregateResult, to directory: URL) throws {
        let fm = FileManager.default
        let parent = directory.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(directory.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let files = ["series.json", "facts.csv"]
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try JSONFiles.write(result.briefing, to: staging.appendingPathComponent(files[0]))
            try JSONFiles.writeAtomically(Data(FactsCSV.render(result.rows).utf8), to: staging.appendingPathComponent(files[1]))
            if !fm.fileExists(atPath: directory.path) {
                try rename(staging, to: directory)
                return
            }
            for name in files {
                try rename(staging.appendingPathComponent(name), to: directory.appendingPathComponent(name))
            }
            try? fm.removeItem(at: staging)
        } catch {
            try? fm.removeItem(at: staging)
            if let e = error as? PipelineError { throw e }
            throw PipelineError(directory.path, "cannot write: \(error.localizedDescription)")
        }
    }

    /// The whole stage as the executable runs it: load the catalog and the facts, aggregate for
    /// `year`, write into `out`. Returns the result (for the summary line).
    public static func run(facts: URL, catalog: URL, year: Int, out: URL) throws -> AggregateResult {
        let catalog = try Catalog.load(from: catalog)
        let documents = try loadFacts(from: facts)
        let result = try aggregate(documents, catalog: catalog, year: year)
        try write(result, to: out)
        return result
    }

    private static func rename(_ from: URL, to: URL) throws {
        if Foundation.rename(from.path, to.path) != 0 {
            throw PipelineError(to.path, "cannot write: \(String(cString: strerror(errno)))")
        }
    }
}

/// What `Aggregator.aggregate` produces for one briefing year.
public struct AggregateResult: Sendable {
    /// `series.json`: the series, notes and sources for the render stage.
    public var briefing: BriefingData
    /// `facts.csv`: every value the briefing shows, every year, plus every flagged figure.
    public var rows: [FactsCSV.Row]
    /// How many documents were read (all of them, also those not cited).
    public var documentCount: Int

    public init(briefing: BriefingData, rows: [FactsCSV.Row], documentCount: Int) {
        self.briefing = briefing; self.rows = rows; self.documentCount = documentCount
    }

    /// The number of facts.csv rows with `status`.
    public func count(_ status: FactStatus) -> Int { rows.filter { $0.status == status }.count }

    /// "2024, 2 documents, 58 values (12 derived, 1 reconciled, 2 flagged)".
    public var summary: String {
        "\(briefing.year), \(documentCount) document\(documentCount == 1 ? "" : "s"), \(rows.count) values "
            + "(\(count(.derived)) derived, \(count(.reconciled)) reconciled, \(count(.flagged)) flagged)"
    }
}

/// Problems with the inputs as a whole (problems with one file are `PipelineError`s).
public enum AggregateError: UsageProblem, Equatable, Sendable {
    case noAnnualRelease(year: Int, documents: Int, available: [Int])

    public var description: String {
        switch self {
        case let .noAnnualRelease(year, count, available):
            let years = available.isEmpty ? "none" : available.map(String.init).joined(separator: ", ")
            return "no annual release for \(year) among \(count) document\(count == 1 ? "" : "s"); years with one: \(years)"
        }
    }
}
