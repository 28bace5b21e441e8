import BriefingCore
import Extract
import Foundation
import Aggregate
import Ingest
import Render

// Benchmarks of the stages, run by `make bench` on a release build. Prints one line per
// measurement; the figures go into the closing notes, never into a timed test.

let repository = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : FileManager.default.currentDirectoryPath)
let pipeline = repository.appendingPathComponent("Pipeline")

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

/// Runs `body` `rounds` times and returns the fastest time in seconds.
func fastest(_ rounds: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = ContinuousClock.now
        try body()
        best = min(best, seconds(ContinuousClock.now - start))
    }
    return best
}

/// The bodies of the releases of a folder, repeated until they reach `megabytes`.
func corpus(from folder: URL, language: Language, megabytes: Double) throws -> String {
    var bodies: [String] = []
    for file in try Ingestor.sourceFiles(in: folder) {
        let doc = try Ingestor.read(file)
        if doc.metadata.language == language { bodies.append(doc.text) }
    }
    guard !bodies.isEmpty else { return "" }
    var text = ""
    while Double(text.utf8.count) < megabytes * 1_000_000 { text += bodies.joined(separator: "\n\n") + "\n\n" }
    return text
}

/// `BENCH_SCALE=0.1` shrinks the extraction corpora (for instruction counting under valgrind).
let scale = Double(ProcessInfo.processInfo.environment["BENCH_SCALE"] ?? "1") ?? 1

func benchExtraction(_ label: String, folder: URL, language: Language, period: String, megabytes: Double) throws {
    let body = try corpus(from: folder, language: language, megabytes: megabytes * scale)
    guard !body.isEmpty else { print("extract \(label): no \(language.rawValue) release in \(folder.path)"); return }
    let bytes = Array("# period: \(period)\n# released: 2025-01-14\n\n\(body)".utf8)
    let mb = Double(bytes.count) / 1_000_000
    let extractor = try Extractor(pipeline: pipeline)
    var document: SourceDocument!
    let ingestTime = try fastest(3) { document = try Ingestor.document(id: "bench.txt", bytes: bytes, path: "bench.txt") }
    var facts = 0
    let extractTime = fastest(3) { facts = extractor.extract(document).facts.count }
    print(String(format: "ingest  %@: %.1f MB in %.3f s = %.1f MB/s", label, mb, ingestTime, mb / ingestTime))
    print(String(format: "extract %@: %.1f MB in %.3f s = %.1f MB/s (%d facts, one core)", label, mb, extractTime, mb / extractTime, facts))
    print(String(format: "ingest + extract %@: %.1f MB/s", label, mb / (ingestTime + extractTime)))
}

/// Many short releases, as a sources folder holds them: ingest and extract of every release of a
/// folder, each stage timed over all of them (per-release costs show here, not in one big text).
func benchManyReleases(_ label: String, folder: URL) throws {
    let files = try Ingestor.sourceFiles(in: folder)
    let bytes = try files.map { try [UInt8](Data(contentsOf: $0)) }
    let mb = Double(bytes.reduce(0) { $0 + $1.count }) / 1_000_000
    let extractor = try Extractor(pipeline: pipeline)
    var documents: [SourceDocument] = []
    let ingestTime = try fastest(3) {
        documents = try zip(files, bytes).map { try Ingestor.document(id: $0.0.lastPathComponent, bytes: $0.1, path: $0.0.path) }
    }
    var facts = 0
    let extractTime = fastest(3) { facts = documents.reduce(0) { $0 + extractor.extract($1).facts.count } }
    print(String(format: "ingest  %@: %d releases, %.2f MB in %.3f s = %.1f MB/s, %.2f ms a release", label, files.count, mb,
                 ingestTime, mb / ingestTime, ingestTime * 1000 / Double(files.count)))
    print(String(format: "extract %@: %d releases in %.3f s = %.1f MB/s, %.2f ms a release (%d facts, one core)", label, files.count,
                 extractTime, mb / extractTime, extractTime * 1000 / Double(files.count), facts))
}

/// Aggregation of `count` synthetic releases, in memory and through the files (read, resolve, write).
func benchAggregation(count: Int) throws {
    let catalog = try Catalog.load(from: pipeline.appendingPathComponent("metrics.json"))
    let docs = SyntheticReleases.documents(count: count, catalog: catalog)
    let year = SyntheticReleases.lastYear(count: count)
    var values = 0
    let memory = try fastest(3) { values = try Aggregator.aggregate(docs, catalog: catalog, year: year).rows.count }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-aggregate-\(getpid())")
    defer { try? FileManager.default.removeItem(at: dir) }
    let facts = dir.appendingPathComponent("facts")
    try FileManager.default.createDirectory(at: facts, withIntermediateDirectories: true)
    for d in docs { try JSONFiles.write(d, to: facts.appendingPathComponent(d.document.replacingOccurrences(of: ".txt", with: ".json"))) }
    let files = try fastest(3) {
        _ = try Aggregator.run(facts: facts, catalog: pipeline.appendingPathComponent("metrics.json"), year: year,
                               out: dir.appendingPathComponent("out"))
    }
    print(String(format: "aggregate %d synthetic releases: %.3f s in memory, %.3f s with reading and writing the files (%d values)", count, memory, files, values))
}

/// The whole pipeline on the seeds, then the render stage alone (median of five).
func benchSeedsPipeline() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-pipeline-\(getpid())")
    defer { try? FileManager.default.removeItem(at: dir) }
    let extractor = try Extractor(pipeline: pipeline)
    var result: AggregateResult!
    let stages = try fastest(3) {
        _ = try IngestStage.run(sources: pipeline.appendingPathComponent("sources"), out: dir.appendingPathComponent("documents"))
        _ = try ExtractStage.run(documents: dir.appendingPathComponent("documents"), extractor: extractor,
                                 out: dir.appendingPathComponent("facts"), csv: nil)
        result = try Aggregator.run(facts: dir.appendingPathComponent("facts"), catalog: pipeline.appendingPathComponent("metrics.json"),
                                    year: 2024, out: dir.appendingPathComponent("2024"))
    }
    print(String(format: "ingest + extract + aggregate, the two seeds for 2024: %.1f ms (%d values)", stages * 1000, result.rows.count))
    var times: [Double] = []
    var pages = 0
    for _ in 0..<5 {
        let start = ContinuousClock.now
        pages = try Briefing.render(series: dir.appendingPathComponent("2024/series.json"), templates: repository.appendingPathComponent("Templates"),
                                    output: dir.appendingPathComponent("briefing.pdf")).pages
        times.append(seconds(ContinuousClock.now - start))
    }
    print(String(format: "render briefing-2024 (%d pages): median %.1f ms of 5", pages, times.sorted()[2] * 1000))
}

/// `bench [repository] [name…]`: runs the named benchmarks (pipeline, aggregate, extract-en, extract-zh,
/// extract-many), or all.
let only = Set(CommandLine.arguments.dropFirst(2))
func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }

do {
    if wanted("pipeline") { try benchSeedsPipeline() }
    if wanted("aggregate") { try benchAggregation(count: 1000) }
    if wanted("extract-en") {
        try benchExtraction("English seeds", folder: pipeline.appendingPathComponent("sources"), language: .en, period: "2024", megabytes: 8)
    }
    if wanted("extract-zh") {
        try benchExtraction("Chinese fixture", folder: repository.appendingPathComponent("Tests/ExtractTests/Fixtures"), language: .zh, period: "2023", megabytes: 4)
    }
    if wanted("extract-many") {
        try benchManyReleases("unseen fixtures", folder: repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/unseen"))
    }
} catch {
    print("bench: \(error)")
    exit(1)
}
