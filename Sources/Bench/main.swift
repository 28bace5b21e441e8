import BriefingCore
import Extract
import Foundation
import Ingest

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

func benchExtraction(_ label: String, folder: URL, language: Language, period: String, megabytes: Double) throws {
    let body = try corpus(from: folder, language: language, megabytes: megabytes)
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
}

do {
    try benchExtraction("English seeds", folder: pipeline.appendingPathComponent("sources"), language: .en, period: "2024", megabytes: 8)
    try benchExtraction("Chinese fixture", folder: repository.appendingPathComponent("Tests/ExtractTests/Fixtures"), language: .zh, period: "2023", megabytes: 4)
} catch {
    print("bench: \(error)")
    exit(1)
}
