import BriefingCore
import Extract
import Foundation
import Ingest
import Testing

/// The seeds, copied bare, through ingest and extract: every expectation of the TSV holds.
@Suite struct SeedFactsTests {
    @Test func bareSeedsYieldTheExpectedFacts() throws {
        let seeds = try bareSeedsFolder()
        defer { try? FileManager.default.removeItem(at: seeds) }
        let pipeline = try InProcessPipeline(sources: seeds)
        defer { pipeline.remove() }
        let rows = try pipeline.rows()
        #expect(Set(rows.map(\.source)) == ["000_ebb5ee576dff67ce.txt", "002_b4b605b664683cb2.txt"])
        let failures = judge(rows, try SeedExpectation.load(), byYear: false, reconciledMayBeFlagged: true)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // Metadata found without a header.
        let doc = try JSONFiles.read(SourceDocument.self, from: pipeline.documents.appendingPathComponent("000_ebb5ee576dff67ce.json"), format: SourceDocument.format)
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
        // A known miss may be missing, but a wrong value for it is still a conflict.
        var known = try #require(e.first { $0.metric == "people.total" && $0.period == "2024" && $0.kind == .value })
        known.kind = .knownMiss
        #expect(judge([], [known], byYear: false, reconciledMayBeFlagged: true).isEmpty)
        #expect(judge(rows, [known], byYear: false, reconciledMayBeFlagged: true).count == 1)
    }
}
