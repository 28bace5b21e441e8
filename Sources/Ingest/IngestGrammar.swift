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

    /// Per language, how a release dates itself (`releaseDatePatterns` of grammar.json).
    public let dates: [Language: ReleaseDatePatterns]
    /// Per language, the month each month name (or its short form) names: "sept" is 9.
    public let months: [Language: [String: Int]]

    /// What the line joiner mends layouts with (arrows, Chinese units, change openings).
    public let lines: LineWords
    /// Per language, the sentence breaks a run-on translation lost (`lostSentenceBreaks`, `RunOnText`).
    public let lostBreaks: [Language: RunOnText.Breaks]
    /// The field names of a pasted key-value dump's records (`recordFields`, `KeyValueDump`), those
    /// of every language together: a dump is read before its language is known.
    public let records: KeyValueDump.Fields?
    /// "year", 年份: the heading of a comma-separated block's column of years (`YearSeriesText`), of every language.
    public let periodHeadings: Set<String>

    public init(parts: [Language: [PartOfYear]], patterns: [Language: ReleasePeriodPatterns] = [:],
                dates: [Language: ReleaseDatePatterns] = [:], months: [Language: [String: Int]] = [:], lines: LineWords = LineWords(),
                lostBreaks: [Language: RunOnText.Breaks] = [:], records: KeyValueDump.Fields? = nil, periodHeadings: Set<String> = []) {
        self.records = records
        self.periodHeadings = periodHeadings
        self.parts = parts.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
        self.patterns = patterns
        self.dates = dates
        self.months = months
        self.lines = lines
        self.lostBreaks = lostBreaks
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
        /// A part of the year with its year around `{part}` (the phrase of a part of the year):
        /// "the first quarter of 2024", 2024年上半年; group `y` is the year.
        public var partWithYear: String?
        /// A part of the year named alone around `{part}` ("in the first quarter of this year").
        public var partAlone: String?
        /// A part of the year of the release's own year around `{part}` (今年前三季度, "the first half of
        /// this year"): the release's year, whatever other years its text names more often.
        public var partThisYear: String?
        /// A run of whole months, groups `m1` and `m2` (a number or one of `months`), with the
        /// year as group `y` ("January-June 2025", 2025年1-6月) or without (1-3月, "April to June").
        public var monthRanges: [String]?
        /// One month with its year, named as what a release reports on (2023年8月…统计月报,
        /// "August 2023 statistics"): groups `m1` and `y`. A monthly bulletin's period.
        public var singleMonths: [String]?
        /// A run of days, groups `m1`, `d1`, `m2` (when the month changes) and `d2`: "July 1 to
        /// August 31", 7月1日至8月31日. The release's window, when its opening names one.
        public var dayRanges: [String]?
        /// A sentence on an operation of its own ("the 'Border Shield' special campaign (1 June
        /// to 30 November)", 专项行动): its run of days is the operation's, never the release's.
        public var operations: [String]?
        /// Evidence of the year a release is on, group `y`, counted through the whole text ("in
        /// 2023", 2023年，全国…); the title's own years (`titleYearEvidence`) count too.
        public var yearEvidence: [String]?
        public var titleYearEvidence: [String]?
        /// A title's edition year (年鉴·2020, "Yearbook 2020"): an edition reports on the year before.
        public var titleEditionYears: [String]?
        /// "Last year" (去年, not 去年同期): each counts for the year before the release date.
        public var lastYear: [String]?
        /// The first day (`YYYY-MM-DD`) of each year's holiday, per holiday name (春节, 端午, "dragon
        /// boat"): a release naming no year that dates a holiday by `dayRanges` ("端午节假期（6月3日
        /// 至5日）") is on the one year whose holiday began that day.
        public var holidayStarts: [String: [String]]?
        /// A year named as the base of a comparison, the pattern ending on the year ("3.6 percent
        /// more than in the same months of 2018", 比2018年同期): a release naming no year of its own
        /// whose opening names this one first is on the year after.
        public var baseYears: [String]?
    }

    /// Regular expressions (ICU, matched ignoring case through the opening of a release) for the
    /// day a release came out: groups `y`, `m` (a number or one of `months`) and `d`.
    public struct ReleaseDatePatterns: Sendable, Decodable {
        /// A date written with its year where a release dates itself ("Updated: 2024-01-18",
        /// "BEIJING, Jan. 17, 2024", 发布时间：2024-01-18): it dates the period too.
        public var stated: [String]
        /// A day named in the opening: the release date when it falls after the period began;
        /// without `y` ("On January 14, the … held a press conference"), in the year after an
        /// annual period or the period's own year when the month follows its end.
        public var days: [String]
    }

    /// The part of grammar.json ingest needs; the rest of the file is extract's.
    private struct File: Decodable {
        struct Lexicon: Decodable {
            var partsOfYear: [PartOfYear]
            var releasePeriodPatterns: ReleasePeriodPatterns?
            var releaseDatePatterns: ReleaseDatePatterns?
            var months: [String: Int]?
            // For the line joiner: only the words (keys) count.
            var changeArrows: [String]?
            var scales: [String: Decimal]?
            var units: [String: Ignored]?
            var counters, atLeastAfter, approxAfter, approx, atLeast: [String]?
            var yoyAnchors, otherBases, up, down: [String]?
            var lineOpenWords, compoundHeads, compoundSuffixes: [String]?
            var lostSentenceBreaks, lostClauseBreaks: [String]?
            var recordFields: KeyValueDump.Fields?
            var tablePeriodHeadings: [String]?
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
        var dates: [Language: ReleaseDatePatterns] = [:]
        var months: [Language: [String: Int]] = [:]
        var lostBreaks: [Language: RunOnText.Breaks] = [:]
        for language in Language.allCases {
            guard let lexicon = file.languages[language.rawValue] else {
                throw PipelineError(url.path, "no lexicon for language \(language.rawValue)")
            }
            for part in lexicon.partsOfYear where part.period(in: 2000) == nil {
                throw PipelineError(url.path, "part of year \"\(part.phrase)\": \"\(part.period)\" is not Q1-Q4, H1, H2, MM-DD/MM-DD or year")
            }
            parts[language] = lexicon.partsOfYear
            let names = lexicon.months ?? [:]
            months[language] = names
            // "{month}" stands for every month name, longest first ("sept" before "sep").
            let monthAlternatives = "(?:" + names.keys.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(separator: "|") + ")"
            func expanded(_ list: [String]?) -> [String]? { list?.map { $0.replacingOccurrences(of: "{month}", with: monthAlternatives) } }
            func check(_ list: [String], _ kind: String, groups: Int = 0, named: [String] = []) throws {
                for pattern in list {
                    let probe = pattern.replacingOccurrences(of: "{part}", with: "x")
                    guard let re = try? NSRegularExpression(pattern: probe), re.numberOfCaptureGroups >= groups,
                          named.allSatisfy({ probe.contains("(?<\($0)>") }) else {
                        throw PipelineError(url.path, "\(kind) \"\(pattern)\" (\(language.rawValue)) is not a regular expression"
                            + (groups > 0 ? " with a group for the year" : named.isEmpty ? "" : " with the groups " + named.joined(separator: ", ")))
                    }
                }
            }
            if var p = lexicon.releasePeriodPatterns {
                p.monthRanges = expanded(p.monthRanges)
                p.dayRanges = expanded(p.dayRanges)
                p.singleMonths = expanded(p.singleMonths)
                try check(p.statements, "release period statement", groups: 1)
                try check(p.openers, "release period opener", groups: 1)
                try check(p.annual ?? [], "release period annual statement")
                try check(p.forecasts, "release period forecast")
                try check([p.partWithYear, p.partAlone, p.partThisYear].compactMap { $0 }, "part of the year pattern")
                try check(p.monthRanges ?? [], "month range", named: ["m1", "m2"])
                try check(p.dayRanges ?? [], "day range", named: ["m1", "d1", "d2"])
                try check(p.singleMonths ?? [], "single month", named: ["m1", "y"])
                try check((p.yearEvidence ?? []) + (p.titleYearEvidence ?? []) + (p.titleEditionYears ?? []), "year evidence", named: ["y"])
                try check(p.lastYear ?? [], "last-year pattern")
                patterns[language] = p
            }
            if lexicon.lostSentenceBreaks != nil || lexicon.lostClauseBreaks != nil {
                let sentences = lexicon.lostSentenceBreaks ?? [], clauses = lexicon.lostClauseBreaks ?? []
                try check(sentences + clauses, "lost sentence or clause break", groups: 2)
                func compiled(_ list: [String]) -> [NSRegularExpression] { list.compactMap { try? NSRegularExpression(pattern: $0, options: [.caseInsensitive]) } }
                lostBreaks[language] = RunOnText.Breaks(compiled(sentences), clauses: compiled(clauses))
            }
            if var d = lexicon.releaseDatePatterns {
                d.stated = expanded(d.stated) ?? []
                d.days = expanded(d.days) ?? []
                try check(d.stated, "release date", named: ["y", "m", "d"])
                try check(d.days, "release day", named: ["m", "d"])
                dates[language] = d
            }
        }
        let all = Language.allCases.compactMap { file.languages[$0.rawValue] }
        let zh = file.languages[Language.zh.rawValue]
        let units = (zh?.scales.map { Array($0.keys) } ?? []) + (zh?.units.map { Array($0.keys) } ?? [])
            + (zh?.counters ?? []) + (zh?.atLeastAfter ?? []) + (zh?.approxAfter ?? [])
        let leads = [zh?.yoyAnchors, zh?.otherBases, zh?.up, zh?.down].flatMap { $0 ?? [] }
        // 约, 超过: the qualifiers written before a figure (not 余, 左右 after it).
        let after = Set((zh?.atLeastAfter ?? []) + (zh?.approxAfter ?? []))
        let figureLeads = ((zh?.approx ?? []) + (zh?.atLeast ?? [])).filter { w in !after.contains(w) && w.unicodeScalars.allSatisfy { $0.value >= 0x3000 } }
        let lines = LineWords(arrows: Set(all.flatMap { $0.changeArrows ?? [] }.compactMap(\.unicodeScalars.first)),
                              unitStarts: Set(units.compactMap(\.unicodeScalars.first).filter { $0.value >= 0x3000 }),
                              changeLeads: leads.sorted { $0.count > $1.count }, figureLeads: figureLeads.sorted { $0.count > $1.count },
                              openWords: Set(all.flatMap { $0.lineOpenWords ?? [] }), compoundHeads: Set(all.flatMap { $0.compoundHeads ?? [] }),
                              compoundSuffixes: Set(all.flatMap { $0.compoundSuffixes ?? [] }), monthNames: all.flatMap { $0.months.map { Array($0.keys) } ?? [] },
                              scaleWords: Set(all.flatMap { $0.scales.map { Array($0.keys) } ?? [] }.filter { $0.unicodeScalars.allSatisfy(\.isASCII) }.map { $0.lowercased() }))
        let fields = all.compactMap(\.recordFields)
        let records = fields.isEmpty ? nil : KeyValueDump.Fields(
            value: fields.flatMap(\.value), unit: fields.flatMap { $0.unit ?? [] }, change: fields.flatMap { $0.change ?? [] },
            qualifier: fields.flatMap { $0.qualifier ?? [] }, changeSuffix: fields.lazy.compactMap(\.changeSuffix).first)
        return IngestGrammar(parts: parts, patterns: patterns, dates: dates, months: months, lines: lines, lostBreaks: lostBreaks, records: records,
                             periodHeadings: Set(all.flatMap { $0.tablePeriodHeadings ?? [] }.map { $0.lowercased() }))
    }
}
