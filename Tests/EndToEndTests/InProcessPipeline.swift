import Aggregate
import BriefingCore
import Extract
import Foundation
import Ingest

/// The stages run in process, as `make` runs them, on a folder of releases, into a new work folder.
struct InProcessPipeline {
    let work: URL
    var documents: URL { work.appendingPathComponent("documents") }
    var facts: URL { work.appendingPathComponent("facts") }
    var factsCSV: URL { work.appendingPathComponent("facts.csv") }

    /// Ingest and extract every release of `sources` (facts.csv included).
    init(sources: URL) throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        _ = try IngestStage.run(sources: sources, out: work.appendingPathComponent("documents"))
        _ = try ExtractStage.run(documents: work.appendingPathComponent("documents"),
                                 extractor: try Extractor(pipeline: SeedExpectation.repository.appendingPathComponent("Pipeline")),
                                 out: work.appendingPathComponent("facts"), csv: work.appendingPathComponent("facts.csv"))
    }

    /// Aggregate for `year` into `<work>/<year>`.
    func aggregate(_ year: Int) throws -> AggregateResult {
        try Aggregator.run(facts: facts, catalog: SeedExpectation.repository.appendingPathComponent("Pipeline/metrics.json"),
                           year: year, out: work.appendingPathComponent("\(year)"))
    }

    func rows() throws -> [CSVRow] { CSVRow.parse(try String(contentsOf: factsCSV, encoding: .utf8)) }

    func remove() { try? FileManager.default.removeItem(at: work) }
}
