import BriefingCore
import Extract
import Foundation
import Ingest
import Testing

/// The seeds, copied bare, through ingest and extract: every expectation of the TSV holds.
@Suite struct SeedFactsTests {
    @Test func bareSeedsYieldTheExpectedFacts() throws {
        let fm = FileManager.default
        let seeds = try bareSeedsFolder()
        let work = fm.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: seeds); try? fm.removeItem(at: work) }
        let ingest = try IngestStage.run(sources: seeds, out: work.appendingPathComponent("documents"))
        #expect(ingest.documents == 2)
        let extractor = try Extractor(pipeline: SeedExpectation.repository.appendingPathComponent("Pipeline"))
        let csv = work.appendingPathComponent("facts.csv")
        _ = try ExtractStage.run(documents: work.appendingPathComponent("documents"), extractor: extractor,
                                 out: work.appendingPathComponent("facts"), csv: csv)
        let rows = CSVRow.parse(try String(contentsOf: csv, encoding: .utf8))
        let failures = judge(rows, try SeedExpectation.load(), byYear: false, reconciledMayBeFlagged: true)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // Metadata found without a header.
        let doc = try JSONFiles.read(SourceDocument.self, from: work.appendingPathComponent("documents/000_ebb5ee576dff67ce.json"), format: SourceDocument.format)
        #expect(doc.metadata.period == Period(year: 2024))
        #expect(doc.metadata.released == "2025-01-14")
    }

    @Test func judgeCatchesAWrongFigure() throws {
        // The judge itself must be able to fail.
        let e = try SeedExpectation.load()
        let rows = [CSVRow(year: "2024", period: "2024", metric: "people.total", value: 61_000_000, qualifier: "exact", yoy: 43.9,
                           status: "reported", source: "000_ebb5ee576dff67ce.txt")]
        let failures = judge(rows, e.filter { $0.metric == "people.total" && $0.period == "2024" }, byYear: false, reconciledMayBeFlagged: true)
        #expect(failures.count == 2)   // a miss and a conflict
    }
}
