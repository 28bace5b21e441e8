import BriefingCore
import Foundation
@testable import Extract
import Ingest

/// The repository's Pipeline folder, found from this file's place.
let pipelineFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Pipeline")

let sharedExtractor: Extractor = try! Extractor(pipeline: pipelineFolder)

/// Extracts a release written in a test; `period` goes into the header unless nil.
func extract(_ body: String, period: String? = "2024", released: String? = "2025-01-14", language: String? = nil) throws -> [Fact] {
    var header = ""
    if let period { header += "# period: \(period)\n" }
    if let released { header += "# released: \(released)\n" }
    if let language { header += "# language: \(language)\n" }
    let text = header.isEmpty ? body : header + "\n" + body
    let doc = try Ingestor.document(id: "test.txt", bytes: Array(text.utf8), path: "test.txt")
    return sharedExtractor.extract(doc).facts
}

/// The facts of a sentence that matched a metric.
func metricFacts(_ body: String, period: String? = "2024") throws -> [Fact] {
    try extract(body, period: period).filter { $0.metric != nil }
}

/// The numbers of a sentence as the number reader sees them.
func mentions(_ sentence: String, language: Language = .en) -> [Mention] {
    let scalars = Array(sentence.unicodeScalars)
    let tokens = Tokenizer.tokenize(scalars, 0..<scalars.count)
    return NumberReader(sharedExtractor.grammar.lexicon(language)).read(tokens)
}

func dec(_ s: String) -> Decimal { Decimal(string: s)! }
