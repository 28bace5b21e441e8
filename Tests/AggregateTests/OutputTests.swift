import BriefingCore
import Foundation
import Testing
@testable import Aggregate

/// Inputs as a whole, files in and out, determinism.
@Suite struct OutputTests {
    typealias F = Fixture

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aggregate-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func noAnnualReleaseListsTheYearsThatHaveOne() {
        let docs = [F.seed2024, F.seed2022, F.release("q1999.txt", Period(year: 1999, kind: .quarter(1)), [])]
        #expect(throws: AggregateError.noAnnualRelease(year: 1999, documents: 3, available: [2022, 2024])) {
            try F.aggregate(docs, year: 1999)
        }
        #expect(AggregateError.noAnnualRelease(year: 1999, documents: 2, available: [2022, 2024]).description
            == "no annual release for 1999 among 2 documents; years with one: 2022, 2024")
        #expect(Aggregator.annualReleaseProblem(docs, year: 2022) == nil)
    }

    /// The same inputs in any order give the same bytes.
    @Test func outputIsDeterministic() throws {
        let a = try F.aggregate([F.seed2024, F.seed2022], year: 2024)
        let b = try F.aggregate([F.seed2022, F.seed2024], year: 2024)
        #expect(try JSONFiles.encoder().encode(a.briefing) == JSONFiles.encoder().encode(b.briefing))
        #expect(FactsCSV.render(a.rows) == FactsCSV.render(b.rows))

        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Aggregator.write(a, to: dir.appendingPathComponent("one"))
        try Aggregator.write(b, to: dir.appendingPathComponent("two"))
        for name in ["series.json", "facts.csv"] {
            let one = try Data(contentsOf: dir.appendingPathComponent("one/\(name)"))
            let two = try Data(contentsOf: dir.appendingPathComponent("two/\(name)"))
            #expect(one == two, "\(name)")
            #expect(!one.isEmpty)
        }
    }

    /// series.json reads back as BriefingData; facts.csv has the fixed header and a row per value.
    @Test func writtenFilesReadBack() throws {
        let result = try F.aggregate([F.seed2024, F.seed2022], year: 2024)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("2024")
        try Aggregator.write(result, to: out)
        let back = try JSONFiles.read(BriefingData.self, from: out.appendingPathComponent("series.json"), format: BriefingData.format)
        #expect(back.series.map(\.metric) == result.briefing.series.map(\.metric))
        #expect(back.notes.count == result.briefing.notes.count)
        let csv = try String(contentsOf: out.appendingPathComponent("facts.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first == "year,period,metric,value,unit,qualifier,yoy_pct,status,source,quote")
        #expect(lines.count == result.rows.count + 1)
        #expect(lines.contains { $0.hasPrefix("2024,2024,vehicles.motor,31149000,conveyance-trips,exact,38.9,reconciled,") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["2024"])  // no staging left
    }

    /// Rewriting an existing output directory replaces the two files and keeps the others (the PDF).
    @Test func rewriteKeepsOtherFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("2024")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("pdf".utf8).write(to: out.appendingPathComponent("briefing-2024.pdf"))
        try Data("old".utf8).write(to: out.appendingPathComponent("facts.csv"))
        try Aggregator.write(try F.aggregate([F.seed2024], year: 2024), to: out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["briefing-2024.pdf", "facts.csv", "series.json"])
        #expect(try String(contentsOf: out.appendingPathComponent("facts.csv"), encoding: .utf8).hasPrefix("year,"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["2024"])
    }

    /// A write that cannot happen throws a PipelineError and leaves nothing behind.
    @Test func failedWriteLeavesNothing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("a file".utf8).write(to: dir.appendingPathComponent("blocker"))
        let out = dir.appendingPathComponent("blocker/2024")
        #expect(throws: PipelineError.self) { try Aggregator.write(try F.aggregate([F.seed2024], year: 2024), to: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["blocker"])
    }

    /// run() with a year that has no release writes nothing.
    @Test func runWritesNothingWithoutARelease() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let facts = dir.appendingPathComponent("facts")
        try JSONFiles.write(F.seed2024, to: facts.appendingPathComponent("000.json"))
        let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Pipeline/metrics.json")
        let out = dir.appendingPathComponent("out/1999")
        #expect(throws: AggregateError.noAnnualRelease(year: 1999, documents: 1, available: [2024])) {
            try Aggregator.run(facts: facts, catalog: catalog, year: 1999, out: out)
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        let result = try Aggregator.run(facts: facts, catalog: catalog, year: 2024, out: out)
        #expect(result.documentCount == 1)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("series.json").path))
    }

    @Test func loadFactsNamesTheBadFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try JSONFiles.write(F.seed2024, to: dir.appendingPathComponent("a.json"))
        try Data(#"{"format": "nia-document/1"}"#.utf8).write(to: dir.appendingPathComponent("b.json"))
        let error = try #require(throws: PipelineError.self) { try Aggregator.loadFacts(from: dir) }
        #expect(error.file.hasSuffix("b.json"))
        #expect(error.problem.contains("nia-document/1"))

        try FileManager.default.removeItem(at: dir.appendingPathComponent("b.json"))
        try JSONFiles.write(F.seed2024, to: dir.appendingPathComponent("c.json"))
        let twice = try #require(throws: PipelineError.self) { try Aggregator.loadFacts(from: dir) }
        #expect(twice.file.hasSuffix("c.json"))
        #expect(twice.problem.contains("a.json"))

        let empty = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: PipelineError.self) { try Aggregator.loadFacts(from: empty) }
    }

    /// The benchmark's synthetic releases aggregate cleanly: every garbled part reconciled,
    /// nothing else doubted, no campaign figure as a year's value.
    @Test func syntheticReleases() throws {
        let docs = SyntheticReleases.documents(count: 30, catalog: F.catalog)
        #expect(docs.count == 30)
        let r = try F.aggregate(docs, year: SyntheticReleases.lastYear(count: 30))
        #expect(r.count(.reconciled) == 4)  // releases 6, 13, 20, 27
        #expect(r.count(.flagged) == 0)
        #expect(r.count(.derived) == 0)
        #expect(r.rows.count == 30 * F.catalog.metrics.count)
        #expect(!r.rows.contains { $0.value == 1234 })
    }
}
