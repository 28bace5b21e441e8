import BriefingCore
import Foundation
import Testing
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

/// One fact a text must give: metric, value, change, qualifier and period.
struct ExpectedFact: Sendable, CustomStringConvertible {
    var metric: String
    var value: String
    var yoy: String? = nil
    var qualifier: Qualifier = .exact
    var period: String = "2024"
    var description: String { "\(metric)=\(value)" }
}

/// A text of a release (header: its period, 2024 unless given) and the matched facts it must give.
struct TextCase: Sendable, CustomStringConvertible {
    var text: String
    var facts: [ExpectedFact]
    /// Metrics the text must not give at all (whatever the value).
    var absent: [String] = []
    var language: String? = nil
    /// The release's period, in its header.
    var period = "2024"
    var description: String { String(text.prefix(60)).replacingOccurrences(of: "\n", with: " / ") }

    init(text: String, facts: [ExpectedFact], absent: [String] = [], language: String? = nil, period: String = "2024") {
        self.text = text; self.facts = facts; self.absent = absent; self.language = language; self.period = period
    }

    init(sentence: String, facts: [ExpectedFact]) { self.init(text: sentence, facts: facts) }

    /// The text gives every expected fact, reported, and no other matched fact.
    func check() throws {
        let facts = try extract(text, period: period, language: language).filter { $0.metric != nil }
        let seen = facts.map { "\($0.metric!)=\($0.value) yoy=\($0.yoyPct.map { "\($0)" } ?? "-") \($0.period)" }
        for e in self.facts {
            let f = try #require(facts.first { $0.metric == e.metric && $0.value == dec(e.value) }, "\(e) not found; got \(seen)")
            #expect(f.yoyPct == e.yoy.map(dec), "\(e.metric) change; got \(seen)")
            #expect(f.qualifier == e.qualifier, "\(e.metric) qualifier")
            #expect(f.period.description == e.period, "\(e.metric) period")
            #expect(f.status == .reported, "\(e.metric) status")
        }
        for m in absent { #expect(!facts.contains { $0.metric == m }, "\(m) must not be given; got \(seen)") }
        #expect(facts.count == self.facts.count, "extra facts: \(seen)")
    }
}
