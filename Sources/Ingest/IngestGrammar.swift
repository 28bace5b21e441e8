import BriefingCore
import Foundation

/// The part of `Pipeline/grammar.json` ingest reads with: the parts of the year each language names
/// (`partsOfYear`, the list extract reads sentences with), how a release announces its year, and
/// the units and arrows the line joiner mends layouts with. Extract reads the same file, so a new
/// wording is one edit for both stages.
public struct IngestGrammar: Sendable {
    /// Per language, longest phrase first: 前三季度 is tried before 三季度.
    public let parts: [Language: [PartOfYear]]
    /// Per language, how a release announces its year (`releasePeriodPatterns` of grammar.json).
    public let patterns: [Language: ReleasePeriodPatterns]

    /// What the line joiner mends layouts with (arrows, Chinese units, change openings).
    public let lines: LineWords

    public init(parts: [Language: [PartOfYear]], patterns: [Language: ReleasePeriodPatterns] = [:], lines: LineWords = LineWords()) {
        self.parts = parts.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
        self.patterns = patterns
        self.lines = lines
    }

    /// Regular expressions (ICU syntax, matched ignoring case, sentence by sentence through the
    /// opening of a release) that tell which year a release is on. The first group of a statement
    /// or an opener captures the year.
    public struct ReleasePeriodPatterns: Sendable, Decodable {
        /// A statement that the year's figures follow: "main data of immigration management in
        /// 2024", 2023年移民管理工作主要数据. The first sentence with one decides.
        public var statements: [String]
        /// A sentence on a year's own figures ("In 2023, …", 2023年，全国…): a quarter named after it
        /// is a part of that year's release, not the release's own period.
        public var openers: [String]
        /// A statement that the release gives a whole year's figures, with or without the year
        /// ("released its first full-year statistics", 发布全年数据): the release is on a year, the
        /// one the first group captures, else the title's, else the one the evidence points to.
        public var annual: [String]?
        /// A plan or forecast ("will", 预计): its sentence names no period of the release.
        public var forecasts: [String]
    }

    /// The part of grammar.json ingest needs; the rest of the file is extract's.
    private struct File: Decodable {
        struct Lexicon: Decodable {
            var partsOfYear: [PartOfYear]
            var releasePeriodPatterns: ReleasePeriodPatterns?
            // For the line joiner: only the words (keys) count.
            var changeArrows: [String]?
            var scales: [String: Decimal]?
            var units: [String: Ignored]?
            var counters, atLeastAfter, approxAfter: [String]?
            var yoyAnchors, otherBases, up, down: [String]?
        }
        struct Ignored: Decodable { init(from decoder: Decoder) {} }
        var format: String
        var languages: [String: Lexicon]
    }

    public static let defaultURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Pipeline/grammar.json")

    /// The repository's words, or none when they cannot be read (the ingest tool loads them itself
    /// and stops on a missing or bad file).
    public static let standard: IngestGrammar = (try? load(from: defaultURL)) ?? IngestGrammar(parts: [:])

    public static func load(from url: URL) throws -> IngestGrammar {
        let file = try JSONFiles.read(File.self, from: url, format: "nia-grammar/1")
        var parts: [Language: [PartOfYear]] = [:]
        var patterns: [Language: ReleasePeriodPatterns] = [:]
        for language in Language.allCases {
            guard let lexicon = file.languages[language.rawValue] else {
                throw PipelineError(url.path, "no lexicon for language \(language.rawValue)")
            }
            for part in lexicon.partsOfYear where part.period(in: 2000) == nil {
                throw PipelineError(url.path, "part of year \"\(part.phrase)\": \"\(part.period)\" is not Q1-Q4, H1, H2, MM-DD/MM-DD or year")
            }
            parts[language] = lexicon.partsOfYear
            if let p = lexicon.releasePeriodPatterns {
                for (kind, list, groups) in [("statement", p.statements, 1), ("opener", p.openers, 1), ("annual statement", p.annual ?? [], 0), ("forecast", p.forecasts, 0)] {
                    for pattern in list {
                        guard let re = try? NSRegularExpression(pattern: pattern), re.numberOfCaptureGroups >= groups else {
                            throw PipelineError(url.path, "release period \(kind) \"\(pattern)\" (\(language.rawValue)) is not a regular expression"
                                + (groups > 0 ? " with a group for the year" : ""))
                        }
                    }
                }
                patterns[language] = p
            }
        }
        let all = Language.allCases.compactMap { file.languages[$0.rawValue] }
        let zh = file.languages[Language.zh.rawValue]
        let units = (zh?.scales.map { Array($0.keys) } ?? []) + (zh?.units.map { Array($0.keys) } ?? [])
            + (zh?.counters ?? []) + (zh?.atLeastAfter ?? []) + (zh?.approxAfter ?? [])
        let leads = [zh?.yoyAnchors, zh?.otherBases, zh?.up, zh?.down].flatMap { $0 ?? [] }
        let lines = LineWords(arrows: Set(all.flatMap { $0.changeArrows ?? [] }.compactMap(\.unicodeScalars.first)),
                              unitStarts: Set(units.compactMap(\.unicodeScalars.first).filter { $0.value >= 0x3000 }),
                              changeLeads: leads.sorted { $0.count > $1.count })
        return IngestGrammar(parts: parts, patterns: patterns, lines: lines)
    }
}
