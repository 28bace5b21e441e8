import BriefingCore
import Foundation

/// Turns an ingested release into facts: every figure with its metric (when the catalog knows
/// it), period, qualifier, year-on-year change and provenance.
public struct Extractor: Sendable {
    public let catalog: Catalog
    public let grammar: Grammar
    private let matchers: [Language: MetricMatcher]
    private let numberWords: NumberPrecheck
    /// Base unit of each metric.
    private let units: [String: String]

    public init(catalog: Catalog, grammar: Grammar) {
        self.catalog = catalog
        self.grammar = grammar
        var m: [Language: MetricMatcher] = [:]
        for l in Language.allCases { m[l] = MetricMatcher(catalog: catalog, grammar: grammar, language: l) }
        matchers = m
        units = Dictionary(catalog.metrics.map { ($0.id, $0.unit) }, uniquingKeysWith: { a, _ in a })
        numberWords = NumberPrecheck(grammar.languages.values.flatMap { Array($0.numberWords.keys) + Array($0.numberWordsWithScaleOnly.keys) })
    }

    /// Loads the catalog and grammar from the pipeline folder (`metrics.json`, `grammar.json`).
    public init(pipeline: URL) throws {
        self.init(catalog: try Catalog.load(from: pipeline.appendingPathComponent("metrics.json")),
                  grammar: try Grammar.load(from: pipeline.appendingPathComponent("grammar.json")))
    }

    public func extract(_ document: SourceDocument) -> DocumentFacts {
        let text = document.text.scalarArray
        let meta = document.metadata
        var facts: [Fact] = []
        var carried: Period?
        var paragraph = -1
        // One reader per language, made once: a sentence's own script decides which reads it.
        let readers = Language.allCases.map { l in
            (SentenceReader(language: l, grammar: grammar, matcher: matchers[l]!, documentYear: meta.period.year),
             PeriodScope(grammar.lexicon(l), document: meta.period, released: meta.released))
        }
        for sentence in document.sentences {
            let range = sentence.range.start..<sentence.range.end
            // A sentence's own script decides how it is read: an English release may quote Chinese.
            let language = Language.dominant(in: text[range]) ?? meta.language
            let (reader, scope) = readers[language == .en ? 0 : 1]
            if sentence.paragraph != paragraph { carried = nil; paragraph = sentence.paragraph }
            // Most sentences of a transcript hold no number at all: skip them before tokenising.
            guard numberWords.mayHoldNumber(text, range) else { continue }
            let tokens = Tokenizer.tokenize(text, range)
            let mentions = reader.numbers.read(tokens)
            guard mentions.contains(where: { $0.kind == .figure }) else {
                // A sentence without figures can still open a campaign window for the next ones.
                if !mentions.isEmpty { carried = scope.period(of: tokens, mentions: mentions, carried: carried, mask: KeyMask(tokens)).carry }
                continue
            }
            let mask = KeyMask(tokens)
            var (period, carry) = scope.period(of: tokens, mentions: mentions, carried: carried, mask: mask)
            carried = carry
            var periodNote: String?
            if let (window, note) = scope.holiday(in: tokens, mentions: mentions, period: period, mask: mask) { period = window; periodNote = note }
            // The quote is the sentence; only a very long one is cut around each figure.
            let sentenceQuote = range.count <= Self.quoteLimit ? Tokenizer.string(text, range.lowerBound, range.upperBound) : nil
            for figure in reader.read(tokens, mentions: mentions, mask: mask) {
                var f = fact(figure, tokens: tokens, period: period, document: document, text: text, sentence: range,
                             quote: sentenceQuote, language: language)
                if f.note == nil { f.note = periodNote }
                facts.append(f)
            }
        }
        return DocumentFacts(document: document.id, contentHash: document.contentHash, metadata: meta,
                             facts: Self.deduplicated(facts), warnings: facts.isEmpty ? ["no figures found"] : [])
    }

    private func fact(_ f: ReadFigure, tokens: [Token], period: Period, document: SourceDocument, text: [Unicode.Scalar],
                      sentence: Range<Int>, quote: String?, language: Language) -> Fact {
        let m = f.mention
        let start = tokens[m.first].start, end = tokens[m.end - 1].end
        let unit = f.metric.flatMap { units[$0] } ?? m.unit.map { m.isRate ? "\($0)/day" : $0 } ?? (m.isRate ? "per day" : "count")
        var note = m.doubt
        if m.isRate { note = "a rate or average, not a total for the period" }
        return Fact(metric: m.isRate ? nil : f.metric, period: period, value: m.value, unit: unit, qualifier: m.qualifier,
                    yoyPct: f.yoy, status: m.doubt == nil ? .reported : .flagged, note: note,
                    written: Tokenizer.string(text, start, end), subject: f.subject, source: document.id,
                    range: TextRange(start, end), quote: quote ?? Self.quote(text, sentence, around: start..<end), language: language)
    }

    /// The sentence, or for a very long one the stretch around the figure.
    static let quoteLimit = 360

    static func quote(_ text: [Unicode.Scalar], _ sentence: Range<Int>, around figure: Range<Int>) -> String {
        let limit = quoteLimit
        var r = sentence
        if r.count > limit {
            let lo = max(sentence.lowerBound, figure.lowerBound - limit / 2)
            r = lo..<min(sentence.upperBound, lo + limit)
        }
        // Trim on the scalars: Foundation's trimming bridges through NSString, slowly.
        var a = r.lowerBound, b = r.upperBound
        while a < b, text[a].properties.isWhitespace { a += 1 }
        while b > a, text[b - 1].properties.isWhitespace { b -= 1 }
        var s = Tokenizer.string(text, a, b)
        if r.lowerBound > sentence.lowerBound { s = "…" + s }
        if r.upperBound < sentence.upperBound { s += "…" }
        return s
    }




    /// A release often states a figure twice: in a lead paragraph and in the report, or once
    /// exactly and once rounded ("32,300 violations and crimes" … "over 32,000 criminal cases …
    /// up 64 percent"). Statements of one metric and period that agree within rounding become
    /// one fact: the most exact value, with the change whichever statement gives.
    static func deduplicated(_ facts: [Fact]) -> [Fact] {
        var out: [Fact] = []
        var byKey: [DuplicateKey: [Int]] = [:]
        for f in facts {
            guard let metric = f.metric else { out.append(f); continue }
            guard f.status == .reported else {
                // A doubtful figure repeated word for word is one doubtful figure.
                let key = DuplicateKey(metric: metric, period: f.period, written: f.written)
                if byKey[key] == nil { byKey[key] = [out.count]; out.append(f) }
                continue
            }
            let key = DuplicateKey(metric: metric, period: f.period, written: nil)
            if let i = byKey[key]?.first(where: { agree(out[$0], f) }) {
                let kept = out[i]
                if rank(f.qualifier) > rank(kept.qualifier) {
                    var better = f
                    if better.yoyPct == nil { better.yoyPct = kept.yoyPct }
                    out[i] = better
                } else if kept.yoyPct == nil, f.yoyPct != nil {
                    out[i].yoyPct = f.yoyPct
                }
                continue
            }
            byKey[key, default: []].append(out.count)
            out.append(f)
        }
        return out
    }

    /// What statements of one figure share: metric and period, and for a doubtful figure its
    /// written text. A struct, not the text "metric|period": building and hashing that string
    /// cost more than the rest of the deduplication.
    private struct DuplicateKey: Hashable {
        var metric: String
        var period: Period
        var written: String?
    }

    /// Exact beats "about" beats "more than".
    private static func rank(_ q: Qualifier) -> Int { q == .exact ? 2 : q == .approx ? 1 : 0 }

    /// Two statements agree when equal; when one is a lower bound ("over 12,000") that the
    /// other meets within a tenth (12,600); or when one is approximate within 5%. Their changes,
    /// if both state one, must be the same.
    private static func agree(_ a: Fact, _ b: Fact) -> Bool {
        if let x = a.yoyPct, let y = b.yoyPct, x != y { return false }
        if a.value == b.value { return true }
        let (x, y) = (NSDecimalNumber(decimal: a.value).doubleValue, NSDecimalNumber(decimal: b.value).doubleValue)
        switch (a.qualifier, b.qualifier) {
        case (.exact, .exact): return false
        case (.atLeast, .exact): return x <= y && y <= x * 1.1
        case (.exact, .atLeast): return y <= x && x <= y * 1.1
        default: return abs(x - y) <= 0.05 * max(abs(x), abs(y))
        }
    }
}

/// A cheap test that a sentence may hold a number: a digit, a Han character (Chinese numerals
/// and figures), or an English number word, recognised by a hash of its lower-cased letters.
struct NumberPrecheck: Sendable {
    private let hashes: Set<UInt64>
    /// Most words are no number word: the filter says so without hashing `h` again.
    private let filter: KeyFilter

    init(_ words: [String]) {
        hashes = Set(words.map { Self.hash($0.lowercased().unicodeScalars.filter { $0.value < 128 && $0 != "-" }.map { UInt8($0.value) }) })
        filter = KeyFilter(hashes)
    }

    @inline(__always) private func isNumberWord(_ h: UInt64) -> Bool { filter.mayHold(h) && hashes.contains(h) }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    func mayHoldNumber(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        // Every sentence passes here: read the scalars without a bounds check each.
        text.withUnsafeBufferPointer { mayHoldNumber($0, range) }
    }

    private func mayHoldNumber(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        precondition(range.lowerBound >= 0 && range.upperBound <= text.count)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for i in range {
            let v = text[i].value
            if v >= 48 && v <= 57 { return true }
            if v >= 0x3400 { return true }
            if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) {
                if !inWord { h = 0xcbf2_9ce4_8422_2325; inWord = true }
                h = (h ^ UInt64(v >= 65 && v <= 90 ? v + 32 : v)) &* 0x100_0000_01b3
            } else if v == 45, inWord {
                if isNumberWord(h) { return true }   // "twenty-one": its first part is a number word
                inWord = false
            } else {
                if inWord, isNumberWord(h) { return true }
                inWord = false
            }
        }
        return inWord && isNumberWord(h)
    }
}
