import BriefingCore
import Foundation

/// The parts of the year each language names (`partsOfYear` of `Pipeline/grammar.json`, the list
/// extract reads sentences with): ingest reads a release's own period from the same words, so a
/// new wording is one edit for both stages.
public struct PeriodWords: Sendable {
    /// Per language, longest phrase first: 前三季度 is tried before 三季度.
    public let parts: [Language: [PartOfYear]]

    public init(parts: [Language: [PartOfYear]]) {
        self.parts = parts.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
    }

    /// The part of grammar.json ingest needs; the rest of the file is extract's.
    private struct File: Decodable {
        struct Lexicon: Decodable { var partsOfYear: [PartOfYear] }
        var format: String
        var languages: [String: Lexicon]
    }

    public static let defaultURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Pipeline/grammar.json")

    /// The repository's words, or none when they cannot be read (the ingest tool loads them itself
    /// and stops on a missing or bad file).
    public static let standard: PeriodWords = (try? load(from: defaultURL)) ?? PeriodWords(parts: [:])

    public static func load(from url: URL) throws -> PeriodWords {
        let file = try JSONFiles.read(File.self, from: url, format: "nia-grammar/1")
        var parts: [Language: [PartOfYear]] = [:]
        for language in Language.allCases {
            guard let lexicon = file.languages[language.rawValue] else {
                throw PipelineError(url.path, "no lexicon for language \(language.rawValue)")
            }
            for part in lexicon.partsOfYear where part.period(in: 2000) == nil {
                throw PipelineError(url.path, "part of year \"\(part.phrase)\": \"\(part.period)\" is not Q1-Q4, H1, H2, MM-DD/MM-DD or year")
            }
            parts[language] = lexicon.partsOfYear
        }
        return PeriodWords(parts: parts)
    }
}
