import BriefingCore
import Foundation

/// A figure of a sentence with what it counts and its bound year-on-year change.
struct ReadFigure: Sendable {
    var mention: Mention
    var yoy: Decimal?
    var metric: String?
    var subject: String
    /// "The number was down 9.8% from 128.3 million in 2021": a change written right before the
    /// figure as its base; it is the change of the figure compared with that base, elsewhere.
    var baseChange: Decimal? = nil
    /// "2016年至2019年，…分别为5.70亿、5.98亿、6.51亿和6.70亿人次": the year a list after 分别 pairs the
    /// figure with, in order, when the words before the list name as many years as it has figures.
    var listYear: Int? = nil
    /// The figure is one of such a list whose years are not as many as its figures: one year's, but
    /// which is not known; never the stretch's total.
    var unpairedYears = false
}

/// Reads one sentence: its numbers, which percentages are changes and to which figures they
/// belong (single, or "..., respectively" lists), and which metric each figure is.
/// A class: the extractor picks a reader per sentence, and copying a struct of this many
/// arrays and tables retained each of them.
final class SentenceReader: Sendable {
    let language: Language
    let lexicon: Grammar.Lexicon
    let numbers: NumberReader
    let matcher: MetricMatcher
    let upAfter: [Phrase], downAfter: [Phrase]
    let copulas: TokenSet, listCopulas: TokenSet, changeLinks: TokenSet, changeArrows: TokenSet
    let nameRepeats: TokenSet
    let up: [Phrase], down: [Phrase], yoyAnchors: [Phrase], otherBases: [Phrase], respectively: [Phrase], rateMarkers: [Phrase]
    /// Parts of the year and the words before one that make it a change's base ("9.8 percent more
    /// than in the third quarter", "4.8 percent over the third quarter"): a change on another base.
    let partsOfYear: [(phrase: Phrase, part: PartOfYear)], baseMarks: TokenSet
    let yearBaseWords: TokenSet, multiYearSpans: TokenSet, changeLevelWords: TokenSet, levelPrepositions: TokenSet
    let previousYearMarkers: [Phrase], samePeriodWords: [Phrase]
    /// Words that keep a verb-first object from its figure (see `Grammar.Lexicon.verbFirstStops`).
    let verbFirstStops: TokenSet, hasVerbFirst: Bool, verbFirstRelatives: TokenSet
    let valueRangeOpeners: TokenSet, valueRangeJoiners: TokenSet
    /// "1.2 million of those crossings", "1,100 more than criminal gangs": after a figure, words that
    /// make it a part of the noun they name, or at least that many of it. ("Of them", "of these" after
    /// a figure, referring it back to a noun before it, are the matcher's `partsOfPrevious`.)
    let partsAfterFigure: [Phrase], atLeastBeforeNoun: [Phrase]
    let sumLeads: [Phrase], annualMarkers: [Phrase], copulaPhrases: [Phrase]
    /// "3,000 more … than", "77,000 fewer": after a count, what makes it a difference.
    let differenceWords: TokenSet
    /// "net increase", 净增: before a count, a difference.
    let differenceLeads: [Phrase], shortfallTrails: [Phrase]
    let multipleOpeners: TokenSet, yearBefore: [Phrase]
    let wordMultiples: [(Phrase, Decimal)]
    /// Verbs linking a year of a series to its level (回升至, 达到): grammar `seriesLinks`, with the copulas.
    let seriesLinks: [Phrase]
    let windowJoiners: TokenSet

    init(language: Language, grammar: Grammar, matcher: MetricMatcher) {
        self.language = language
        lexicon = grammar.lexicon(language)
        numbers = NumberReader(lexicon)
        self.matcher = matcher
        up = lexicon.up.map(Phrase.init); down = lexicon.down.map(Phrase.init)
        upAfter = lexicon.upAfter.map(Phrase.init); downAfter = lexicon.downAfter.map(Phrase.init)
        nameRepeats = TokenSet(lexicon.nameRepeats ?? [])
        copulas = TokenSet(lexicon.copulas); listCopulas = TokenSet(lexicon.listCopulas ?? []); changeLinks = TokenSet(lexicon.changeLinks ?? []); changeArrows = TokenSet(lexicon.changeArrows ?? [])
        yoyAnchors = lexicon.yoyAnchors.map(Phrase.init); otherBases = lexicon.otherBases.map(Phrase.init)
        respectively = lexicon.respectively.map(Phrase.init); rateMarkers = lexicon.rateMarkers.map(Phrase.init)
        partsOfYear = lexicon.partsOfYear.map { (Phrase($0.phrase), $0) }; baseMarks = TokenSet(lexicon.baseMarks ?? [])
        yearBaseWords = TokenSet(lexicon.yearBaseWords ?? []); multiYearSpans = TokenSet(lexicon.multiYearSpans ?? [])
        changeLevelWords = TokenSet(lexicon.changeLevelWords ?? []); levelPrepositions = TokenSet(lexicon.levelPrepositions ?? [])
        previousYearMarkers = lexicon.previousYearMarkers.map(Phrase.init); samePeriodWords = (lexicon.samePeriodWords ?? []).map(Phrase.init)
        verbFirstStops = TokenSet(lexicon.verbFirstStops ?? []); hasVerbFirst = !(lexicon.verbFirstStops ?? []).isEmpty
        verbFirstRelatives = TokenSet(lexicon.verbFirstRelatives ?? [])
        valueRangeOpeners = TokenSet(lexicon.valueRangeOpeners ?? []); valueRangeJoiners = TokenSet(lexicon.valueRangeJoiners ?? [])
        partsAfterFigure = (lexicon.partsAfterFigure ?? []).map(Phrase.init)
        atLeastBeforeNoun = (lexicon.atLeastBeforeNoun ?? []).map(Phrase.init)
        sumLeads = (lexicon.sumLeads ?? []).map(Phrase.init); annualMarkers = lexicon.annualMarkers.map(Phrase.init)
        copulaPhrases = lexicon.copulas.map(Phrase.init)
        differenceWords = TokenSet(lexicon.differenceWords ?? []); differenceLeads = (lexicon.differenceLeads ?? []).map(Phrase.init)
        shortfallTrails = (lexicon.shortfallTrails ?? []).map(Phrase.init)
        multipleOpeners = TokenSet(lexicon.multipleOpeners ?? [])
        wordMultiples = (lexicon.wordMultiples ?? [:]).map { (Phrase($0.key), $0.value) }
        yearBefore = (lexicon.yearBefore ?? []).map(Phrase.init) + (lexicon.previousYearLevels ?? []).map(Phrase.init)
        seriesLinks = ((lexicon.seriesLinks ?? []) + lexicon.copulas).map(Phrase.init)
        windowJoiners = TokenSet(lexicon.windowJoiners)
    }

    /// At most this many tokens between a verb-first clause's verb and its figure.
    private static let verbFirstReach = 30

    /// "Provided identity verification services to Hong Kong, Macao and Taiwan residents, overseas
    /// Chinese and foreigners 15.3 million times": the words after a participle opening the clause,
    /// when the figure closes it and only words, commas, hyphens and apostrophes stand between, none of
    /// `verbFirstStops`. Nil otherwise.
    private func verbFirstObject(_ k: Int, _ mentions: [Mention], _ tokens: [Token]) -> Range<Int>? {
        let m = mentions[k]
        // ("… 6,800 people, repatriated 3,900 people": a measure word may follow the figure.)
        let e = m.end < tokens.count && tokens[m.end].kind == .word && matcher.isCounter(tokens[m.end]) ? m.end + 1 : m.end
        guard hasVerbFirst, e == tokens.count || Self.isClauseEnd(tokens[e]) || tokens[e].is(".") else { return nil }
        let previous = mentions[..<k].lastIndex { $0.kind == .figure }
        let lower = max(previous.map { mentions[$0].end } ?? 0, m.first - Self.verbFirstReach)
        var p = m.first - 1
        while p >= lower {
            let t = tokens[p]
            if matcher.participles.contains(t), p == 0 || Self.isClauseEnd(tokens[p - 1]) { break }
            // "Issued ordinary passports 33.18 million; visas to foreigners 3.33 million": a later item
            // of a list whose first item is verb first has its verb too.
            if let j = previous, p == mentions[j].end, Self.isClauseEnd(t), !mentions[j].isPercent, verbFirstObject(j, mentions, tokens) != nil { break }
            // ("issued inland residents' documents and endorsements …": a possessive's apostrophe too.)
            guard t.kind == .word || t.is(",") || t.is("-") || t.is("'") || t.is("’"),
                  !verbFirstStops.contains(t) || verbFirstRelatives.contains(t) && p > lower && tokens[p - 1].kind == .word else { return nil }
            p -= 1
        }
        guard p >= lower, p + 2 < m.first else { return nil }
        return (p + 1)..<m.first
    }

    /// "Mainland (inland) residents | 3,160.4", "issued … residents to and from inland (mainland)
    /// passes 143.2 wan": a literal translation glosses a word with another in brackets. A figure
    /// matching nothing is matched again on its words with the glosses (one or two words in
    /// brackets right after a word, between the figure before and this one) left out.
    private func matchWithoutGlosses(_ k: Int, _ mention: Mention, _ mentions: [Mention], _ tokens: [Token], _ segment: [Int],
                                     after: Range<Int>, heading: Range<Int>, labelLine: Bool) -> (metric: String, subject: String)? {
        let m = mentions[k]
        let lower = max(1, mentions[..<k].last(where: { $0.kind == .figure })?.end ?? 0)
        var glosses: [Range<Int>] = []
        var g = lower
        while g + 2 < m.first {
            if tokens[g].is("("), tokens[g - 1].kind == .word,
               let c = ((g + 2)...min(g + 3, m.first - 1)).first(where: { tokens[$0].is(")") }),
               tokens[(g + 1)..<c].allSatisfy({ $0.kind == .word }) {
                glosses.append(g..<(c + 1)); g = c + 1
            } else { g += 1 }
        }
        guard !glosses.isEmpty else { return nil }
        let (spliced, moved) = Extractor.removing(glosses, tokens, mentions)
        guard moved.count == mentions.count else { return nil }
        func shifted(_ i: Int) -> Int { i - glosses.filter { $0.upperBound <= i }.reduce(0) { $0 + $1.count } }
        let keptSegment = segment.indices.filter { i in !glosses.contains { $0.contains(i) } }.map { segment[$0] }
        var own = moved[k]
        own.isRate = mention.isRate; own.qualifier = mention.qualifier
        let mask = KeyMask(spliced), heading = shifted(heading.lowerBound)..<shifted(heading.upperBound)
        if let w = matcher.match(own, tokens: spliced, before: window(before: k, moved, spliced, keptSegment),
                                 after: shifted(after.lowerBound)..<shifted(after.upperBound), clause: clause(around: own, spliced),
                                 mask: mask, heading: heading, labelLine: labelLine) { return w }
        guard let object = verbFirstObject(k, moved, spliced) else { return nil }
        return matcher.match(own, tokens: spliced, before: object, after: own.end..<own.end, clause: clause(around: own, spliced),
                             linkedBefore: false, mask: mask, heading: heading)
    }

    @inline(__always) static func isSegmentEnd(_ t: Token) -> Bool { t.kind == .punct && (t.is(";") || t.is("；") || t.is("。")) }
    static let clauseMarks = TokenSet([",", ";", ":", "，", "；", "：", "、", "。", "(", ")", "（", "）", "…"])
    /// Marks that part the items of a run of labelled figures ("aircraft 762,000 · trains 83,000 | ships 341,000").
    static let itemSeparators = TokenSet(["·", "•", "|", "｜"])
    static let listGlue = TokenSet([",", "and", "、", "和", "及", "与", "，", "a", "an", "of", "by"])
    static let chineseBaseMarks = TokenSet(["较", "比", "与", "和", "同", "对"])
    static let listSubjectBounds = TokenSet([",", "，", ";", "；", ":", "：", "。"])
    static let listSubjectSeparators = TokenSet(["、", "和", "及", "与"])

    /// "31.2 million (including 2.9 million in December), up 90%": a change after a closed bracket
    /// is the figure's before the bracket, not one inside it; `figures` unchanged when none stands
    /// outside.
    static func outsideClosedBrackets(_ figures: [Int], before change: Int, _ tokens: [Token], _ mentions: [Mention]) -> [Int] {
        func enclosed(_ f: Int) -> Bool {
            var depth = 0
            for t in tokens[min(mentions[f].end, change)..<change] where t.kind == .punct {
                if t.is("(") || t.is("（") { depth += 1 } else if t.is(")") || t.is("）") { if depth == 0 { return true }; depth -= 1 }
            }
            return false
        }
        let outside = figures.filter { !enclosed($0) }
        return outside.isEmpty ? figures : outside
    }

    /// Clause marks that stand inside a noun phrase too: brackets (妨害国(边)境) and the list comma 、.
    static let innerMarks = TokenSet(["(", ")", "（", "）", "、"])

    @inline(__always) static func isClauseEnd(_ t: Token) -> Bool {
        t.kind == .punct && clauseMarks.contains(t)
    }

    /// `mask`: the sentence's token keys, computed once by the caller. `heading`: the tokens of a
    /// table heading put before a row (context and exclusions for its figures). `unbound` receives a list
    /// of changes that has no figure before it in the sentence ("These rose by 41.3%, 38.8% and
    /// 82.9% respectively."): the caller binds it to the previous sentence's list.
    /// `named` receives the changes of such a sentence whose subjects are named right before them
    /// ("内地居民、外国人同比分别上升5.8%、4.6%，港澳台居民同比下降3.0%。"), each with its subject's words:
    /// the caller binds each to the previous sentence's figure of that subject. `year`: the
    /// sentence's; a change "compared with" the year before it, or with the same part of that year,
    /// is year on year. `segments`: where the sentence's parts of other periods start ("Year to date,
    /// January-September: …" under a heading of the third quarter): a change's base is compared
    /// with the period of its part.
    func read(_ tokens: [Token], period: Period, segments: [(start: Int, period: Period)] = [], mentions: [Mention], mask: KeyMask, heading: Range<Int> = 0..<0,
              labelLine: Bool = false, unbound: inout [Decimal], named: inout [(change: Decimal, subject: [String])]) -> [ReadFigure] {
        let segment = segmentIndex(tokens)
        // "up 2.8 times (+180.2%)", "rose 1.9 times": an English multiple after a rise is no count (nor,
        // the level's ratio or the rise's, a change); a percentage beside it says the change.
        var mentions = mentions
        if language == .en {
            for k in mentions.indices where mentions[k].kind == .figure && mentions[k].unit == nil {
                let m = mentions[k]
                // (The value is tested after the words: comparing Decimals costs more than reading them.)
                guard m.first == m.number, tokens[m.end - 1].is("times") || tokens[m.end - 1].is("fold") || (m.end < tokens.count && (tokens[m.end].is("times") || tokens[m.end].is("fold"))),
                      m.end <= m.number + 2, m.value < 100, directionBefore(tokens, window(before: k, mentions, tokens, segment), m) != nil else { continue }
                mentions[k].kind = .ordinal
            }
        }
        // "arrested 3,000 more criminal suspects than in 2023", "77,000 fewer than a year earlier": a
        // difference between two counts, neither of them.
        for k in mentions.indices where mentions[k].kind == .figure && !mentions[k].isPercent && isDifference(mentions[k], tokens) {
            mentions[k].kind = .ordinal
        }
        for k in mentions.indices where mentions[k].kind == .figure && !mentions[k].isPercent && describesCounted(k, mentions, tokens) {
            mentions[k].kind = .ordinal
        }
        // "64.9 million crossings, 2.3 times the previous year's", "是上年的2.3倍": a multiple of an
        // earlier level is a change of (multiple − 1) × 100% on that level, when the level is the year before.
        var levelMultiples: [Int: Base] = [:]
        // "794 fugitives, double the 2022 figure": a multiple written as a word (`wordMultiples`)
        // before a level's opener reads as "N times" when that level is a base.
        for (word, n) in wordMultiples where mask.mayHold(word) {
            for i in word.matches(in: tokens, 0..<tokens.count) where i + 1 < tokens.count && multipleOpeners.contains(tokens[i + 1])
                && !mentions.contains(where: { ($0.first..<$0.end).contains(i) }) {
                let m = Mention(kind: .figure, first: i, number: i, end: i + 1, value: n, unit: "times", qualifier: .exact, spelled: true)
                let at = mentions.firstIndex { $0.first > i } ?? mentions.count
                var with = mentions
                with.insert(m, at: at)
                if levelMultipleBase(at, with, tokens, period: period) != nil { mentions = with }
            }
        }
        for k in mentions.indices where mentions[k].kind == .figure && !mentions[k].isPercent {
            guard let base = levelMultipleBase(k, mentions, tokens, period: period) else { continue }
            mentions[k].unit = "times"; levelMultiples[k] = base
        }
        var changes: [Int: Decimal] = [:]      // mention index → signed change (year on year)
        var dropped = Set<Int>()               // percentages that are changes on another base
        var direction: [Int: Decimal] = [:]    // mention index → +1 / -1
        var listDirection: [Int: Decimal] = [:]   // the direction a list carries past each member
        var otherBase = Set<Int>()             // changes on another base than the year before (环比)
        for (k, m) in mentions.enumerated() where m.kind == .figure && (m.isPercent || m.unit == "times") {
            let before = window(before: k, mentions, tokens, segment)
            // "占比由42.0%提高到51.6%", "the share rose to 51.6%": a percentage reached is a level, no change.
            if m.isPercent, m.first >= 2, levelPrepositions.contains(tokens[m.first - 1]),
               (up + down).contains(where: { $0.endsAt(tokens, m.first - 1, lowerBound: 0) }) {
                dropped.insert(k); otherBase.insert(k); continue
            }
            if m.zeroChange {
                direction[k] = 1
            } else if let d = m.wordDirection {
                direction[k] = d
            } else if let d = signBefore(tokens, m) {
                direction[k] = d
                // The list's own direction, for the members after it: "grew by -3.5% and 5.0%".
                listDirection[k] = directionBefore(tokens, before, m) ?? directionAfter(tokens, m)
                    ?? (k > 0 && onlyListGlue(tokens, mentions[k - 1].end, m.first, basesToo: true) ? listDirection[k - 1] : nil) ?? d
            } else if let d = directionBefore(tokens, before, m) ?? directionAfter(tokens, m) {
                direction[k] = d; listDirection[k] = d
            } else if k > 0, let d = listDirection[k - 1], onlyListGlue(tokens, mentions[k - 1].end, m.first, basesToo: true) {
                // "up 41.3%, 38.8% and 82.9%", "up 4.1% month-on-month and 15.9% year on year": the
                // direction carries along the list; a member's own sign ("rose by 3.4%, -2.9% and
                // 2.4%") is its alone.
                direction[k] = d; listDirection[k] = d
            } else if let base = levelMultiples[k] {
                // ("more than three times the number a year earlier" states no change to bind.)
                if base == .yearOnYear, m.qualifier == .exact { changes[k] = (m.value - 1) * 100 } else { dropped.insert(k); otherBase.insert(k) }
                continue
            } else if k > 0, let d = listDirection[k - 1], ellipticMember(tokens, mentions[k - 1].end, m.first) {
                // "aircraft grew by 8.8 percent and trains by 10.0 percent": a member naming its own
                // subject, its verb left out, goes the way of the change before it.
                direction[k] = d; listDirection[k] = d
            } else {
                continue
            }
            // "an increase of 11,6 per cent": a change whose digits fit no reading (a decimal comma) is
            // no change of any figure; read as 116 it would be ten times what was meant.
            if m.doubt != nil { dropped.insert(k); continue }
            // "环比分别下降2.1%、下降5.8%、上升1.5%": a member of a list (only list glue and directions
            // before it) is on the base of the member before it.
            if k > 0, otherBase.contains(k - 1), onlyListGlue(tokens, mentions[k - 1].end, m.first) {
                dropped.insert(k); otherBase.insert(k); continue
            }
            let after = window(after: k, mentions, tokens, segment)
            switch base(tokens, before: before, after: after, mentions: mentions, period: segments.last(where: { $0.start <= m.first })?.period ?? period) {
            // 增长1.2倍: "grew by 1.2 times" is +120%.
            case .yearOnYear: changes[k] = direction[k]! * (m.unit == "times" ? m.value * 100 : m.value)
            case .other: dropped.insert(k); otherBase.insert(k)
            }
        }
        // "是上一年的2.4倍，同比增长140.2%": a change stated as a percentage after a level multiple, no
        // count between, is the exact one; the multiple's rounded change gives way.
        for k in levelMultiples.keys where changes[k] != nil {
            guard let j = mentions.indices.dropFirst(k + 1).first(where: { changes[$0] != nil || (mentions[$0].kind == .figure && !mentions[$0].isPercent && mentions[$0].unit != "times") }),
                  changes[j] != nil, mentions[j].isPercent else { continue }
            changes[k] = nil; dropped.insert(k)
        }
        // "up 2.8 times (+180.2%)", "增长1.5倍（+150.1%）": a multiple with the percentage in brackets right
        // after it says the change twice; the percentage, the exact one, is the change.
        // (Unsigned, the percentage goes the multiple's way.)
        for k in mentions.indices.dropLast() where changes[k] != nil && mentions[k].unit == "times" && mentions[k + 1].isPercent && !dropped.contains(k + 1) {
            let between = tokens[mentions[k].end..<mentions[k + 1].first]
            guard between.first.map({ $0.is("(") || $0.is("（") }) == true,
                  between.allSatisfy({ $0.is("(") || $0.is("（") || $0.is("+") || $0.is("-") }), let d = direction[k] else { continue }
            if changes[k + 1] == nil { direction[k + 1] = d; changes[k + 1] = d * mentions[k + 1].value }
            changes[k] = nil; direction[k] = nil; dropped.insert(k)
        }

        /// "9.23 million trips, a daily average of 923,000": a rate marker right after the figure
        /// (a marker past a comma is the next figure's).
        /// "Between 1.5 million and 1.8 million people crossed … on an average day": the lower end
        /// of a range is a rate when its upper end is.
        func isRate(_ k: Int) -> Bool {
            let after = window(after: k, mentions, tokens, segment)
            let reach = min(after.upperBound, after.lowerBound + 8)
            let rateEnd = tokens[after.lowerBound..<reach].firstIndex { $0.is(",") } ?? reach
            if rateMarkers.contains(where: { $0.firstMatch(in: tokens, after.lowerBound..<rateEnd) != nil }) { return true }
            let m = mentions[k]
            guard k + 1 < mentions.count, mentions[k + 1].kind == .figure, !m.isPercent, !mentions[k + 1].isPercent,
                  mentions[k + 1].first == m.end + 1, tokens[m.end].is("and") || tokens[m.end].is("to") || tokens[m.end].is("-"),
                  tokens[m.end].is("-") || (m.first > 0 && (tokens[m.first - 1].is("between") || tokens[m.first - 1].is("from")))
                    || tokens[m.end].is("to") else { return false }
            return isRate(k + 1)
        }

        // Bind changes to figures: a list of changes followed (or, in Chinese, preceded) by
        // "respectively" binds in order to as many figures before it; a single change binds to the
        // nearest figure before it in its segment ("…, up 43.9% year on year").
        var yoy: [Int: Decimal] = [:]
        var subjectBefore: [Int: Range<Int>] = [:]   // figure → where its subject stands when a change sits between
        var baseChange: [Int: Decimal] = [:]   // a base figure → the change written right before it
        // "128.0 million (2020: 269.0 million), a decrease of 52.4 per cent": a figure an earlier year
        // labels in brackets after another is that one's earlier value; the change is the other's.
        // "1.41亿人次，去年同期为6580万人次，同比增长1.1倍": so is a count right after another that the
        // year before labels.
        let labelled = Set(mentions.indices.filter { k in
            guard mentions[k].kind == .figure, let before = mentions[..<k].last(where: { $0.kind == .figure }) else { return false }
            return PeriodScope.bracketYearLabel(mentions[k], tokens, after: before) != nil
                || (!before.isPercent && !mentions[k].isPercent && labelsPreviousYear(before: mentions[k], after: before, tokens))
        })
        let changeIndices = changes.keys.sorted()
        var g = 0
        while g < changeIndices.count {
            var group = [changeIndices[g]]
            while g + 1 < changeIndices.count, changeIndices[g + 1] == group.last! + 1,
                  onlyListGlue(tokens, mentions[group.last!].end, mentions[changeIndices[g + 1]].first) {
                g += 1; group.append(changeIndices[g])
            }
            g += 1
            // A number in words is a count a change binds to only when large ("two hundred and
            // ninety-two million … up 7.2 percent"); "three ports", "two years" are not. A multiple
            // with no direction (相当于上一年的3.7倍) is a ratio, no count.
            func counts(inSegment s: Int) -> [Int] {
                (0..<group[0]).filter {
                    mentions[$0].kind == .figure && !mentions[$0].isPercent && mentions[$0].unit != "times"
                        && (!mentions[$0].spelled || mentions[$0].value >= 1000) && !labelled.contains($0)
                        && segment[mentions[$0].number] == s
                }
            }
            let figures = counts(inSegment: segment[mentions[group[0]].number])
            // "…外国人9512.6万人次，内地居民、外国人同比分别上升5.8%、4.6%，港澳台居民同比下降3.0%": changes
            // whose subjects are named right before them go to the figures of those subjects, wherever
            // those stand in the list; with no count before them, to the previous sentence's.
            // "330 million cross-border trips, visa-free entries up 53.9%": an English change whose
            // own subject is named right before it, and names no earlier figure, is not theirs.
            var namedOther = false
            // "28.3m permits … to HK, Macao and Taiwan ▲ 6.2%": an arrowed change whose names follow the
            // figure before it with no clause between is that figure's: the names are its own label.
            let rightBefore = namesRightBefore(group, tokens, mentions, segment)
            let arrowed = group.count == 1 && mentions[group[0]].first > 0 && changeArrows.contains(tokens[mentions[group[0]].first - 1])
                && rightBefore.map { names in
                    figures.last.map { !tokens[mentions[$0].end..<max(mentions[$0].end, names[0].lowerBound)].contains(where: Self.isClauseEnd) } ?? false
                } == true
            if !arrowed, let names = rightBefore {
                // (A count in a later clause, "…, which ran a record 12,400 trips", is no count of these.)
                let clauseAfter = tokens[mentions[group.last!].end...].firstIndex(where: Self.isClauseEnd) ?? tokens.count
                if !mentions.contains(where: { $0.kind == .figure && !$0.isPercent && !$0.spelled && $0.first < clauseAfter }) {
                    named += zip(group, names).map { (changes[$0]!, tokens[$1].map(\.text)) }
                } else if bindBySubject(group, names, tokens, mentions, segment, changes, &yoy) { continue }
                else { namedOther = language == .en }
            }
            if group.count > 1 || saysRespectively(tokens, mentions, group) {
                var targets = figures.suffix(group.count)
                // "内地居民2.06亿人次，…外国人3547.8万人次；与上年相比，这三类人员分别增长了…": a list of changes
                // in a segment without counts goes to as many counts of the segment before it.
                if figures.isEmpty, let last = (0..<group[0]).last(where: { mentions[$0].kind == .figure && !mentions[$0].isPercent }) {
                    let earlier = counts(inSegment: segment[mentions[last].number])
                    if earlier.count == group.count { targets = earlier[...] }
                }
                // "mainland residents 69.5 million; HK, Macao and Taiwan residents 61.4 million; foreigners
                // 10.1 million, up 91.2%, 116.7% and 305.3% respectively": a list parted by semicolons
                // gives the changes after its last item the counts of the segments before, when
                // together they are as many and none has a change of its own.
                if !figures.isEmpty, figures.count < group.count {
                    var s = segment[mentions[group[0]].number], pooled = figures
                    while pooled.count < group.count, s > 0 {
                        s -= 1
                        let earlier = counts(inSegment: s)
                        if earlier.contains(where: { yoy[$0] != nil }) { break }
                        pooled = earlier + pooled
                    }
                    if pooled.count == group.count { targets = pooled[...] }
                }
                if targets.count == group.count {
                    for (c, f) in zip(group, targets) { yoy[f] = changes[c] }
                } else if !mentions[..<group[0]].contains(where: { $0.kind == .figure && !$0.isPercent && !$0.spelled }) {
                    unbound = group.map { changes[$0]! }
                } else if let names = listedNames(count: group.count, before: group[0], tokens, mentions, segment) {
                    _ = bindBySubject(group, names, tokens, mentions, segment, changes, &yoy)
                }
            } else if !namedOther, let f = Self.outsideClosedBrackets(figures, before: mentions[group[0]].first, tokens, mentions)
                        .last(where: { yoy[$0] == nil && !(isRate($0) && figures.contains { yoy[$0] == nil && !isRate($0) }) }) {
                // "610 million crossings - about 1.7 million a day - a rise of 43.9%": a rate in
                // between is an aside; the change is the count's.
                // "2.87亿人次，比2023年上半年的1.68亿人次增长70.8%": the base the change is measured
                // from stands between; the change is the count's before it.
                if let counted = figures.last(where: { $0 < f }), yoy[counted] == nil, isChineseBase(mentions[f], tokens) {
                    yoy[counted] = changes[group[0]]
                } else if language == .zh, PeriodScope.closesComparison(mentions[f], tokens) {
                    // "与2023年免签入境外国人952.4万人次相比，…实现翻番": the figure compared with is the base.
                    baseChange[f] = changes[group[0]]
                } else {
                    yoy[f] = changes[group[0]]
                }
            } else if changeIndices.count == 1, !mentions.contains(where: { $0.kind == .figure && !$0.isPercent && !$0.spelled }) {
                // A change alone, with no count in its sentence ("同比增长2.9%" on the line after the
                // figure): the previous sentence's, if that has one count and no change.
                unbound = [changes[group[0]]!]
            } else if let f = figureAfter(group[0], mentions, tokens, segment) {
                yoy[f] = changes[group[0]]   // "rose 17.2 percent to 398 million"
                subjectBefore[f] = window(before: group[0], mentions, tokens, segment)
            } else if let names = listedNames(count: group.count, before: group[0], tokens, mentions, segment) {
                _ = bindBySubject(group, names, tokens, mentions, segment, changes, &yoy)
            } else if group.count == 1, figures.isEmpty, let f = baseAfter(group[0], mentions, tokens, segment) {
                baseChange[f] = changes[group[0]]
            } else if group.count == 1, !mentions[..<group[0]].contains(where: { $0.kind == .figure && !$0.isPercent && !$0.spelled }),
                      case let later = mentions[(group[0] + 1)...].filter({ $0.kind == .figure && !$0.isPercent && !$0.spelled }), !later.isEmpty,
                      later.allSatisfy({ $0.first > 0 && baseMarks.contains(tokens[$0.first - 1]) && !tokens[$0.first - 1].is("to") }) {
                // "That is up 14.3% year on year, up from 610 million in 2024": a change before the
                // sentence's only counts, each a base, is the previous sentence's count's.
                unbound = [changes[group[0]]!]
            }
        }

        // "Visas issued rose 50% from 2017 to 2.4 million": a change on another base still stands
        // between the level it reached and that level's subject.
        for k in dropped.sorted() where mentions[k].isPercent {
            if let f = figureAfter(k, mentions, tokens, segment), subjectBefore[f] == nil, yoy[f] == nil {
                subjectBefore[f] = window(before: k, mentions, tokens, segment)
            }
        }
        let listed = language == .zh ? listedSubjects(tokens, mentions, segment) : subjectsListedFirst(tokens, mentions, segment)
        let (years, unpaired) = language == .zh && listed.isEmpty ? listYears(tokens, mentions, segment) : ([:], [])
        var out: [ReadFigure] = []
        for (k, m) in mentions.enumerated() where m.kind == .figure && changes[k] == nil && direction[k] == nil && !dropped.contains(k) {
            var after = window(after: k, mentions, tokens, segment)
            if language == .en, listed[k] != nil { after = m.end..<m.end }
            let before = subjectBefore[k] ?? listed[k] ?? window(before: k, mentions, tokens, segment)
            var mention = m
            if language != .en || listed[k] == nil, isRate(k) { mention.isRate = true }
            // "On a typical day, 2.3 million people crossed": a rate marker in the phrase that opens the
            // sentence right before its first figure.
            if language == .en, !mention.isPercent, m.first > 1, tokens[m.first - 1].is(","), !mentions[..<k].contains(where: { $0.kind == .figure }),
               !tokens[..<(m.first - 1)].contains(where: Self.isClauseEnd),
               rateMarkers.contains(where: { $0.firstMatch(in: tokens, 0..<(m.first - 1)) != nil }) {
                mention.isRate = true
            }
            // 日均查验出入境人员…万人次: in Chinese the "daily average" opens the figure's clause.
            if language == .zh, !mention.isPercent, numbers.ratePrefixes.contains(where: { $0.firstMatch(in: tokens, before) != nil }) {
                mention.isRate = true
            }
            // "犯罪案件、犯罪嫌疑人、犯罪团伙查处数量分别为3.64万起、12.9万名、1688个": a figure of a list whose
            // subjects come first reads in the clause of the whole list (its verb is every item's).
            var ownClause = clause(around: m, tokens)
            if language == .zh, let l = listed[k] {
                var s = l.lowerBound
                while s > 0, !Self.listSubjectBounds.contains(tokens[s - 1]) { s -= 1 }
                ownClause = min(s, ownClause.lowerBound)..<ownClause.upperBound
            }
            if language == .en, listed[k] == nil, !mention.isRate, labelsNext(k, after: after, before: before, clause: ownClause, mentions, tokens, segment,
                                                                            mask: mask, heading: heading, labelLine: labelLine) {
                after = m.end..<m.end
            }
            var match = mention.isRate ? nil : matcher.match(mention, tokens: tokens, before: before, after: after,
                                                             clause: ownClause, linkedBefore: subjectBefore[k] == nil,
                                                             mask: mask, heading: heading, labelLine: labelLine)
            // "2.05 million permits and 4.61 million endorsements to mainland residents for travel to and
            // from Hong Kong": the words after the second count complete the first's too, when they
            // make it another metric than the second's.
            if match == nil, language == .en, !mention.isRate, !mention.isPercent, k + 1 < mentions.count, mentions[k + 1].kind == .figure,
               !mentions[k + 1].isPercent, mentions[k + 1].first > m.end + 1, tokens[mentions[k + 1].first - 1].is("and"),
               tokens[m.end..<(mentions[k + 1].first - 1)].allSatisfy({ $0.kind == .word }) {
                let next = mentions[k + 1], shared = window(after: k + 1, mentions, tokens, segment)
                // The first's words, then the second's from its first preposition on ("to mainland residents …").
                if let c = shared.first(where: { matcher.phrasePrepositions.contains(tokens[$0]) }) {
                    let and = next.first - 1
                    let spliced = Array(tokens[..<and]) + Array(tokens[c...])
                    // The shared words run to the end of the segment or the next figure: "… issued to mainland
                    // residents for travel to and from Hong Kong, Macao and Taiwan" is longer than a figure's window.
                    let tail = min(mentions[(k + 2)...].first(where: { $0.kind != .name })?.first ?? tokens.count,
                                   tokens[c...].firstIndex(where: Self.isSegmentEnd) ?? tokens.count)
                    let wide = m.end..<(and + max(shared.upperBound, tail) - c)
                    let second = matcher.match(next, tokens: tokens, before: window(before: k + 1, mentions, tokens, segment), after: shared,
                                               clause: clause(around: next, tokens), linkedBefore: true, mask: mask, heading: heading, labelLine: labelLine)
                    // The verb the second count's words carry ("… endorsements were issued to …") is the first's too.
                    if let second, let w = matcher.match(mention, tokens: spliced, before: before, after: wide, clause: clause(around: m, spliced),
                                                         linkedBefore: true, mask: KeyMask(spliced), heading: heading, labelLine: labelLine,
                                                         sentence: (tokens, mask)),
                       w.metric != second.metric {
                        match = w
                    }
                }
            }
            // "visa-free entries more than doubled, up 112.9 per cent to 20.1mn": a change set off by a
            // comma between the verb and its "to" reads as if it were not there ("… doubled to 20.1mn").
            if match == nil, language == .en, !mention.isRate, !mention.isPercent, let cut = changeAside(before: m, mentions, tokens) {
                let (spliced, moved) = Extractor.removing([cut], tokens, [mention])
                let shifted = moved[0]
                var start = cut.lowerBound
                let lower = mentions[..<k].last(where: { $0.kind == .figure && $0.end <= cut.lowerBound })?.end ?? 0
                while start > lower, !Self.isClauseEnd(spliced[start - 1]) { start -= 1 }
                match = matcher.match(shifted, tokens: spliced, before: start..<shifted.first,
                                      after: (after.lowerBound - cut.count)..<(after.upperBound - cut.count),
                                      clause: clause(around: shifted, spliced), linkedBefore: true, mask: KeyMask(spliced), heading: 0..<0,
                                      labelLine: labelLine, sentence: (tokens, mask))
            }
            // "In the campaign to hunt fugitive snakeheads, 458 of them were captured": the sentence's
            // first figure, "of them" right after it, counts a part of a noun before it in the sentence.
            if match == nil, language == .en, !mention.isRate, !mention.isPercent, !mentions[..<k].contains(where: { $0.kind == .figure }),
               matcher.partsOfPrevious.contains(where: { $0.startsAt(tokens, m.end, limit: tokens.count) != nil }) {
                let end = tokens[m.end...].firstIndex(where: Self.isClauseEnd) ?? tokens.count
                match = matcher.match(mention, tokens: tokens, before: 0..<m.first, after: m.end..<end, clause: 0..<end,
                                      linkedBefore: false, mask: mask, heading: heading)
            }
            // "smashed 1,100 more than criminal gangs": at least the figure, of the noun closing its clause
            // right after "more than" (no base after it: "1,100 more than last year" is a change).
            if match == nil, language == .en, !mention.isRate, !mention.isPercent, mention.qualifier == .exact, let noun = atLeastNoun(after: m, tokens),
               let w = matcher.match(mention, tokens: tokens, before: m.first..<m.first, after: noun, clause: clause(around: m, tokens),
                                     linkedBefore: false, mask: mask, heading: heading) {
                match = w; mention.qualifier = .atLeast
            }
            // "captured 4100 remaining criminal suspects" (4100余名 word for word): matched on the noun
            // all the same, the word between still makes it at least the figure.
            else if match != nil, language == .en, !mention.isRate, !mention.isPercent, mention.qualifier == .exact, atLeastNoun(after: m, tokens) != nil {
                mention.qualifier = .atLeast
            }
            if match == nil, !mention.isRate, language == .en, let object = verbFirstObject(k, mentions, tokens) {
                match = matcher.match(mention, tokens: tokens, before: object, after: m.end..<m.end, clause: clause(around: m, tokens),
                                      linkedBefore: false, mask: mask, heading: heading)
            }
            if match == nil, !mention.isRate, !mention.isPercent, language == .en {
                match = matchWithoutGlosses(k, mention, mentions, tokens, segment, after: after, heading: heading, labelLine: labelLine)
            }
            // "697 million people in 2025 (697 million, +14.2% y/y)": a figure restated in brackets right
            // after it counts what it counted.
            if match == nil, language == .en, MetricMatcher.opensBracket(m, tokens), let p = out.last,
               p.mention.first == mentions[..<k].last(where: { $0.kind == .figure })?.first, p.mention.value == m.value, p.mention.unit == m.unit,
               let metric = p.metric, tokens[p.mention.end..<(m.first - 1)].allSatisfy({ $0.kind == .word || $0.writtenYear != nil }) {
                match = (metric, p.subject)
            }
            // "35.48 million crossings (about 3.5 crore)": a figure in brackets right after another,
            // which it rounds, restates it in other words.
            if language == .en, MetricMatcher.opensBracket(m, tokens), let p = out.last, let metric = p.metric,
               p.mention.first == mentions[..<k].last(where: { $0.kind == .figure })?.first, !m.isPercent, p.mention.unit == m.unit,
               m.value != p.mention.value, tokens[p.mention.end..<(m.first - 1)].allSatisfy({ $0.kind == .word }),
               abs(NSDecimalNumber(decimal: p.mention.value - m.value).doubleValue) <= Extractor.unit(of: m.value) / 2 {
                match = (metric, p.subject)
            }
            // ("331.7 million, up 15.8% (H1 2024: 286.5 million)": the count's change may stand between.)
            if labelled.contains(k), let p = out.last(where: { $0.mention.isPercent == m.isPercent }),
               p.mention.first == mentions[..<k].last(where: { $0.kind == .figure && $0.isPercent == m.isPercent })?.first,
               p.mention.unit == m.unit {
                match = p.metric.map { ($0, p.subject) }
            }
            // "外国人出入境的规模也在扩大，全年达到9767.5万人次": a figure whose clause is only a period and a
            // copula counts the subject of the clause before it, when that clause holds no figure.
            if match == nil, language == .zh, !mention.isRate, !mention.isPercent,
               let wide = subjectClauseBefore(m, mentions, tokens, segment, listed: years[k] != nil) {
                match = matcher.match(mention, tokens: tokens, before: wide, after: after, clause: wide.lowerBound..<ownClause.upperBound,
                                      linkedBefore: true, mask: mask, heading: heading, labelLine: labelLine)
            }
            // "由2017年的1.2万起上升至2020年的5.2万起，2021年为1.97万起", "分别为1.28亿、1.16亿和4.24亿人次" (years
            // before 分别): a figure of no subject of its own that continues the series of the figure right
            // before it counts what that one counts.
            if match == nil, language == .zh, !mention.isRate, !mention.isPercent, let p = out.last, let metric = p.metric,
               p.mention.first == mentions[..<k].last(where: { $0.kind == .figure })?.first,
               continuesSeries(m, after: p.mention, tokens, segment, listed: years[k] != nil) {
                match = (metric, p.subject)
            }
            if match == nil, !mention.isRate, !mention.isPercent, let total = totalOfParts(before: m, out, tokens, segment) {
                match = (total, MetricMatcher.join(tokens[before]))
            }
            out.append(ReadFigure(mention: mention, yoy: yoy[k], metric: match?.metric, subject: match?.subject ?? subjectText(tokens, after: after, before: before),
                                  baseChange: baseChange[k], listYear: years[k], unpairedYears: unpaired.contains(k)))
        }
        return out
    }

    /// "2016年至2019年，…分别为5.70亿、5.98亿、6.51亿和6.70亿人次", "2021年、2022年和2023年…分别为…": the
    /// figures of a list right after 分别 (and a copula), paired in order with the years the words
    /// before it name since the figure before (a run Y1年至Y2年, or the years listed), when as many.
    /// Per figure, its year; and the figures of such lists whose words name two years or more, not as many.
    private func listYears(_ tokens: [Token], _ mentions: [Mention], _ segment: [Int]) -> (years: [Int: Int], unpaired: Set<Int>) {
        var out: [Int: Int] = [:], unpaired = Set<Int>()
        var k = 0
        while k < mentions.count {
            let m = mentions[k]
            guard m.kind == .figure, !m.isPercent else { k += 1; continue }
            var e = m.first
            // (分别达到, 分别降至: a copula of several characters or a link of a series too.)
            while e > 0, let c = copulaPhrases.first(where: { $0.endsAt(tokens, e, lowerBound: 0) })
                    ?? seriesLinks.first(where: { $0.endsAt(tokens, e, lowerBound: 0) }) { e -= c.parts.count }
            // "2022年至2024年，…分别侦办…案件3.23万起、3.87万起和3.5万余起": 分别 before the verb and its object,
            // in the figure's clause with no figure between.
            // (妨害国(边)境: brackets and 、 inside the object end no clause here.)
            let clause = (tokens[..<e].lastIndex(where: { Self.isClauseEnd($0) && !Self.innerMarks.contains($0) }) ?? -1) + 1
            let figureBefore = mentions[..<k].last(where: { $0.kind == .figure })?.end ?? 0
            guard let r = respectively.lazy.compactMap({ p -> Int? in
                let s = e - p.parts.count
                return s >= 0 && p.endsAt(tokens, e, lowerBound: 0) ? s : nil
            }).first ?? (max(clause, figureBefore)..<e).last(where: { i in respectively.contains { $0.startsAt(tokens, i, limit: e) != nil } })
            else { k += 1; continue }
            let last = lastOfList(from: k, tokens, mentions, alike: false)
            let lower = mentions[..<k].last(where: { $0.kind == .figure })?.end ?? 0
            // (A date, 2023年1月8日起, names a day, not a year of the list.)
            let named = (lower..<r).filter { tokens[$0].writtenYear != nil && $0 + 1 < r && tokens[$0 + 1].is("年")
                && !($0 + 3 < r && tokens[$0 + 2].kind == .number && tokens[$0 + 3].is("月")) }
            var ys = named.map { tokens[$0].writtenYear! }
            // Y1年至Y2年: every year of the run.
            if named.count == 2, named[1] == named[0] + 3, windowJoiners.contains(tokens[named[0] + 2]), ys[0] < ys[1] { ys = Array(ys[0]...ys[1]) }
            // (Listed in any order, "2024年与2023年相比，…分别为6.1亿和4.24亿人次", each year once.)
            if last > k, ys.count == last - k + 1, Set(ys).count == ys.count,
               (k...last).allSatisfy({ segment[mentions[$0].number] == segment[m.number] }) {
                for (j, y) in ys.enumerated() { out[k + j] = y }
            } else if last > k, ys.count > 1 { unpaired.formUnion(k...last) }
            k = last + 1
        }
        return (out, unpaired)
    }

    /// Whether figure `m` continues the series of figure `p` right before it: one unit, the measure
    /// words alike (or one left out: 1.28亿、6.97亿人次), and between them only list glue, copulas,
    /// `seriesLinks` and a year (2020年的) at least, or nothing but list glue in a list paired with years
    /// (`listed`).
    private func continuesSeries(_ m: Mention, after p: Mention, _ tokens: [Token], _ segment: [Int], listed: Bool) -> Bool {
        guard !p.isPercent, !p.isRate, p.unit == m.unit, segment[p.number] == segment[m.number], p.end <= m.first else { return false }
        if let a = matcher.measureUnit(p, tokens), let b = matcher.measureUnit(m, tokens), a != b { return false }
        var i = p.end, year = false
        while i < m.first {
            let t = tokens[i]
            if t.writtenYear != nil, i + 1 < m.first, tokens[i + 1].is("年") {
                year = true; i += 2
                if i < m.first, tokens[i].is("的") { i += 1 }
                continue
            }
            if Self.listGlue.contains(t) { i += 1; continue }
            if let e = seriesLinks.lazy.compactMap({ $0.startsAt(tokens, i, limit: m.first) }).max() { i = e; continue }
            return false
        }
        return year || listed
    }

    /// The clause before figure `m` and its own, when its own is only a part of the year or a
    /// whole-year word and copulas ("，全年达到", "，三季度达到"), a year and a link of a series ("：2021年为",
    /// "，2023年回升至") or 分别 of a list paired with years (`listed`), and the clause before, in its
    /// segment, holds no figure: where the subject of `m` may stand.
    private func subjectClauseBefore(_ m: Mention, _ mentions: [Mention], _ tokens: [Token], _ segment: [Int], listed: Bool = false) -> Range<Int>? {
        let start = (tokens[..<m.first].lastIndex(where: Self.isClauseEnd) ?? -1) + 1
        guard start > 1, tokens[start - 1].is("，") || tokens[start - 1].is("："), segment[start - 1] == segment[m.number] else { return nil }
        var k = start
        if let e = (partsOfYear.map(\.phrase) + annualMarkers).lazy.compactMap({ $0.startsAt(tokens, start, limit: m.first) }).max() { k = e }
        // "…曲线：2021年为1.28亿人次，2023年回升至4.24亿人次": the first year of a series and its link.
        else if tokens[start].writtenYear != nil, start + 1 < m.first, tokens[start + 1].is("年") {
            k = start + 2
            if let e = seriesLinks.lazy.compactMap({ $0.startsAt(tokens, k, limit: m.first) }).max() { k = e }
        }
        // "…出入境人员逐年增长，分别为5.70亿、…": 分别 of a list paired with years.
        else if listed, let e = respectively.lazy.compactMap({ $0.startsAt(tokens, start, limit: m.first) }).max() { k = e }
        while k < m.first, let e = copulaPhrases.lazy.compactMap({ $0.startsAt(tokens, k, limit: m.first) }).max() { k = e }
        guard k == m.first else { return nil }
        let before = (tokens[..<(start - 1)].lastIndex(where: Self.isClauseEnd) ?? -1) + 1
        guard before < start - 1, segment[before] == segment[m.number],
              !mentions.contains(where: { $0.kind == .figure && $0.first >= before && $0.first < start }) else { return nil }
        return before..<m.first
    }

    /// "飞机110.5万架次、列车10.8万列次、船舶49.9万艘次、机动车辆3416.5万辆次，合计3587.7万架（列、艘、辆）次": a
    /// figure whose clause is only a sum word (and a copula), right after the counts of every part
    /// of one catalog sum in its segment, is that sum's total when it is their sum.
    private func totalOfParts(before m: Mention, _ read: [ReadFigure], _ tokens: [Token], _ segment: [Int]) -> String? {
        let start = (tokens[..<m.first].lastIndex(where: Self.isClauseEnd) ?? -1) + 1
        guard start > 0, var e = sumLeads.lazy.compactMap({ $0.startsAt(tokens, start, limit: m.first) }).first else { return nil }
        while e < m.first, copulas.contains(tokens[e]) { e += 1 }
        guard e == m.first else { return nil }
        var parts: [ReadFigure] = []
        for f in read.reversed() {
            guard let metric = f.metric, !f.mention.isPercent, !f.mention.isRate, segment[f.mention.number] == segment[m.number],
                  matcher.totalOfPart[metric] != nil, !parts.contains(where: { $0.metric == metric }) else { break }
            parts.append(f)
        }
        // Every part: the sum of two of three is no total.
        guard parts.count >= 2, let total = matcher.totalOfPart[parts[0].metric!], parts.allSatisfy({ matcher.totalOfPart[$0.metric!] == total }),
              parts.count == matcher.totalOfPart.values.filter({ $0 == total }).count else { return nil }
        let sum = parts.reduce(Decimal(0)) { $0 + $1.mention.value }
        return abs(NSDecimalNumber(decimal: sum - m.value).doubleValue) <= 0.015 * NSDecimalNumber(decimal: m.value).doubleValue ? total : nil
    }

    /// Chinese lists whose subjects come first: "查验出入境人员、交通运输工具分别为1.41亿人次、786.3万架次".
    /// The subjects before 分别 (split at 、 和 及 与) go in order to the figures after it, when their
    /// numbers agree. Returns, per figure, the tokens of its subject.
    private func listedSubjects(_ tokens: [Token], _ mentions: [Mention], _ segment: [Int]) -> [Int: Range<Int>] {
        var out: [Int: Range<Int>] = [:]
        var k = 0
        while k < mentions.count {
            let m = mentions[k]
            guard m.kind == .figure, !m.isPercent else { k += 1; continue }
            // 分别 [为|是|达] just before the first figure.
            var e = m.first
            while e > 0, copulas.contains(tokens[e - 1]) { e -= 1 }
            guard let r = respectively.lazy.compactMap({ p -> Int? in
                let s = e - p.parts.count
                return s >= 0 && p.endsAt(tokens, e, lowerBound: 0) ? s : nil
            }).first else { k += 1; continue }
            let last = lastOfList(from: k, tokens, mentions, alike: false)
            // The subjects: back from 分别 to the clause start, split at list marks.
            let lower = k > 0 ? mentions[k - 1].end : 0
            var s = r
            while s > lower, segment[s - 1] == segment[m.number], !Self.listSubjectBounds.contains(tokens[s - 1]) { s -= 1 }
            var parts: [Range<Int>] = []
            var a = s
            for i in s...r where i == r || Self.listSubjectSeparators.contains(tokens[i]) {
                if i > a { parts.append(a..<i) }
                a = i + 1
            }
            if parts.count == last - k + 1, parts.count > 1 {
                for (j, p) in parts.enumerated() { out[k + j] = p }
            }
            k = last + 1
        }
        return out
    }

    /// English lists whose subjects come first: "Among them, mainland residents, Hong Kong, Macao
    /// and Taiwan residents, and foreign nationals numbered 88 million, 75 million and 24 million":
    /// when the catalog's subject phrases written before a run of figures are as many as the
    /// figures, each figure is its subject's, in order.
    private func subjectsListedFirst(_ tokens: [Token], _ mentions: [Mention], _ segment: [Int]) -> [Int: Range<Int>] {
        var out: [Int: Range<Int>] = [:]
        var k = 0
        while k < mentions.count {
            let m = mentions[k]
            guard m.kind == .figure, !m.isPercent else { k += 1; continue }
            let last = lastOfList(from: k, tokens, mentions, alike: true)
            if last > k, !m.spelled, let phrases = listedNames(count: last - k + 1, before: k, tokens, mentions, segment) {
                for (j, p) in phrases.enumerated() { out[k + j] = p }
            } else if last > k, !m.spelled, let names = namesAfterCopula(of: k...last, tokens, mentions, segment) {
                // "331 million, 283 million and 83 million were mainland residents, Hong Kong, Macao and
                // Taiwan residents, and foreign nationals": the names after the copula, in order; when
                // they cannot be told apart, no figure of the list takes the first of them alone.
                for (j, f) in (k...last).enumerated() { out[f] = names.count == last - k + 1 ? names[j] : mentions[f].first..<mentions[f].first }
            }
            k = last + 1
        }
        return out
    }

    /// The catalog subjects written right after the copula that follows the last figure of `list`,
    /// up to the clause's end, when only list glue stands between them; empty when a subject opens
    /// there but the names do not part cleanly; nil when no copula and subject follow.
    private func namesAfterCopula(of list: ClosedRange<Int>, _ tokens: [Token], _ mentions: [Mention], _ segment: [Int]) -> [Range<Int>]? {
        let lastFigure = mentions[list.upperBound]
        var a = lastFigure.end
        while a < tokens.count, listCopulas.contains(tokens[a]) { a += 1 }
        guard a > lastFigure.end, a < tokens.count else { return nil }
        var b = a
        while b < tokens.count, segment[b] == segment[lastFigure.number], !tokens[b].is(";"), mentions.allSatisfy({ $0.first != b || $0.kind != .figure }) { b += 1 }
        for shortest in [false, true] {
            let names = matcher.subjectPhrases(tokens, in: a..<b, shortest: shortest)
            guard let first = names.first, first.lowerBound == a else { return nil }
            let run = names.prefix(list.count)
            if run.count == list.count, zip(run, run.dropFirst()).allSatisfy({ onlyNameGlue(tokens, $0.upperBound, $1.lowerBound) }) { return Array(run) }
        }
        return []
    }

    /// The last figure of the list of figures that starts at mention `k` (only list glue between
    /// them); `alike`: of one unit, none spelled out ("35.33 million, nearly eight times" is no list).
    private func lastOfList(from k: Int, _ tokens: [Token], _ mentions: [Mention], alike: Bool) -> Int {
        var last = k
        while last + 1 < mentions.count, mentions[last + 1].kind == .figure, !mentions[last + 1].isPercent,
              !alike || (!mentions[last + 1].spelled && mentions[last + 1].unit == mentions[k].unit),
              onlyListGlue(tokens, mentions[last].end, mentions[last + 1].first) { last += 1 }
        return last
    }

    /// The last `count` catalog subjects written in the segment before mention `k` (after the
    /// figure before it), when only list glue stands between them: "aircraft, trains and motor
    /// vehicles", not "trips made by foreign nationals".
    private func listedNames(count: Int, before k: Int, _ tokens: [Token], _ mentions: [Mention], _ segment: [Int]) -> [Range<Int>]? {
        let m = mentions[k]
        var s = m.first
        let lower = mentions[..<k].last { $0.kind == .figure }?.end ?? 0
        while s > lower, segment[s - 1] == segment[m.number] { s -= 1 }
        for shortest in [false, true] {
            let names = matcher.subjectPhrases(tokens, in: s..<m.first, shortest: shortest).suffix(count)
            // ("Exit-entry permits for mainland residents travelling to Hong Kong, Macao and Taiwan and
            // endorsements numbered …": a name after a participle and its preposition is whom or where.)
            if let f = names.first, f.lowerBound >= 2, matcher.phrasePrepositions.contains(tokens[f.lowerBound - 1]),
               matcher.participles.contains(tokens[f.lowerBound - 2]) { continue }
            if names.count == count, zip(names, names.dropFirst()).allSatisfy({ onlyNameGlue(tokens, $0.upperBound, $1.lowerBound) }) { return Array(names) }
        }
        return nil
    }

    /// Changes whose figures stand in an earlier clause, named again before the changes: "…
    /// 476,000 ships and 35.1 million motor vehicles; aircraft, trains and motor vehicles
    /// increased by 3.2%, 5.1% and 2.2% respectively, and ships fell 2.3%". Each subject named
    /// before the changes goes, in order, to the earlier figure whose own words hold it. False
    /// (nothing bound) unless every subject names exactly one such figure.
    private func bindBySubject(_ group: [Int], _ names: [Range<Int>], _ tokens: [Token], _ mentions: [Mention], _ segment: [Int],
                               _ changes: [Int: Decimal], _ yoy: inout [Int: Decimal]) -> Bool {
        let counts = (0..<group[0]).filter { f in
            let m = mentions[f]
            return m.kind == .figure && !m.isPercent && !m.spelled && yoy[f] == nil
        }
        guard let targets = figuresNamed(names.map { tokens[$0].map(\.text) }, among: counts, tokens, mentions, segment) else { return false }
        for (c, f) in zip(group, targets) { yoy[f] = changes[c] }
        return true
    }

    /// For each subject (its words), the one figure among `candidates` (mention indices) whose own
    /// words hold it, each figure once; nil unless every subject names exactly one.
    private func figuresNamed(_ names: [[String]], among candidates: [Int], _ tokens: [Token], _ mentions: [Mention], _ segment: [Int]) -> [Int]? {
        var targets: [Int] = []
        for words in names {
            let found = candidates.filter { f in
                guard !targets.contains(f) else { return false }
                let label = language == .zh ? window(before: f, mentions, tokens, segment) : window(after: f, mentions, tokens, segment)
                let text = tokens[label].map(\.text)
                guard text.count >= words.count else { return false }
                // "330 million cross-border trips in H1, visa-free entries up 53.9%": a subject named
                // after the figure's own ("cross-border trips") is another figure's, not this one's.
                let own = language == .en ? matcher.subjectPhrases(tokens, in: label).first : nil
                return (0...(text.count - words.count)).contains { o in
                    words.indices.allSatisfy { sameWord(text[o + $0], words[$0]) } && (own.map { label.lowerBound + o < $0.upperBound } ?? true)
                }
            }
            guard found.count == 1 else { return nil }
            targets.append(found[0])
        }
        return targets
    }

    /// "train inspections rose 10.2%" names the figure of "61,000 trains": an English noun names
    /// its plural too.
    private func sameWord(_ a: String, _ b: String) -> Bool {
        a == b || (language == .en && (a.utf8.count == b.utf8.count + 1 ? a == b + "s" : b.utf8.count == a.utf8.count + 1 && b == a + "s"))
    }

    /// The previous sentence's figures that the changes a sentence left `named` (their subjects'
    /// words) belong to: by index in `figures`, nil unless each subject names exactly one count
    /// without a change of its own.
    func figuresNamed(_ names: [[String]], previous tokens: [Token], figures: [ReadFigure]) -> [Int]? {
        let mentions = numbers.read(tokens)
        let segment = segmentIndex(tokens)
        let counts = figures.indices.filter {
            let m = figures[$0].mention
            return !m.isPercent && !m.spelled && !m.isRate && figures[$0].yoy == nil
        }
        let indices = counts.compactMap { i in mentions.firstIndex { $0.first == figures[i].mention.first && $0.kind == .figure } }
        guard indices.count == counts.count else { return nil }
        if let found = figuresNamed(names, among: indices, tokens, mentions, segment) {
            return found.map { k in counts[indices.firstIndex(of: k)!] }
        }
        // "… 73.5 million by residents of Hong Kong, Macao and Taiwan. … and those by Hong Kong, Macao
        // and Taiwan residents by 262.4%": a subject written in other words names the count of the
        // metric its words name, when exactly one count has it.
        var targets: [Int] = []
        for words in names {
            let scalars = Array(words.joined(separator: language == .zh ? "" : " ").unicodeScalars)
            let named = Tokenizer.tokenize(scalars, 0..<scalars.count)
            let metrics = matcher.namedSubjects(named, in: 0..<named.count).reduce(into: Set<String>()) { $0.formUnion($1.metrics) }
            let found = counts.filter { !targets.contains($0) && figures[$0].metric.map(metrics.contains) == true }
            guard found.count == 1 else { return nil }
            targets.append(found[0])
        }
        return targets
    }

    /// The subjects named right before a group of changes, as many as the changes, with only a
    /// base, a direction, 分别 or a link word (则) between the last of them and the first change
    /// ("港澳台居民同比下降3.0%", "内地居民、外国人同比分别上升5.8%、4.6%", "港澳台居民则下降3.0%").
    private func namesRightBefore(_ group: [Int], _ tokens: [Token], _ mentions: [Mention], _ segment: [Int]) -> [Range<Int>]? {
        guard let names = listedNames(count: group.count, before: group[0], tokens, mentions, segment), let last = names.last else { return nil }
        // ("… the 610 million person-times increased 14.3%": a figure's own measure word names no other subject.)
        if names.count == 1, names[0].count == 1, mentions.contains(where: { $0.kind == .figure && $0.end == names[0].lowerBound }),
           matcher.isCounter(tokens[names[0].lowerBound]) { return nil }
        let end = mentions[group[0]].first
        var i = last.upperBound
        while i < end {
            if copulas.contains(tokens[i]) || changeLinks.contains(tokens[i]) { i += 1; continue }
            guard let e = (yoyAnchors + respectively + up + down).lazy.compactMap({ $0.startsAt(tokens, i, limit: end) }).max() else { return nil }
            i = e
        }
        return names
    }

    /// 去年同期为…, 上年为…: a marker of the year before, its same-period word and a copula right
    /// before figure `m`, in the clause after figure `before`.
    private func labelsPreviousYear(before m: Mention, after before: Mention, _ tokens: [Token]) -> Bool {
        var j = m.first
        if j > before.end, copulas.contains(tokens[j - 1]) { j -= 1 } else { return false }
        if let w = samePeriodWords.first(where: { $0.endsAt(tokens, j, lowerBound: before.end) }) { j -= w.parts.count }
        guard let marker = previousYearMarkers.first(where: { $0.endsAt(tokens, j, lowerBound: before.end) }) else { return false }
        let start = j - marker.parts.count
        return start > before.end && Self.isClauseEnd(tokens[start - 1])
    }

    /// Segment number of each token: semicolons and full stops separate segments.
    private func segmentIndex(_ tokens: [Token]) -> [Int] {
        var seg = 0
        return tokens.map { t in
            defer { if Self.isSegmentEnd(t) { seg += 1 } }
            return seg
        }
    }

    /// Tokens between the previous number (or the segment start) and this mention.
    /// "…, up 112.9 per cent to 20.1mn", "…, rising 43.9% to 610mn": the comma, the change words and
    /// the percentage between a verb and the "to" of the figure; nil when the figure has no such aside.
    private func changeAside(before m: Mention, _ mentions: [Mention], _ tokens: [Token]) -> Range<Int>? {
        guard m.first > 3, tokens[m.first - 1].is("to"),
              let p = mentions.last(where: { $0.isPercent && $0.end == m.first - 1 }) else { return nil }
        var c = p.first
        while c > 0, c > p.first - 3, tokens[c - 1].kind == .word, !tokens[c - 1].is("to") { c -= 1 }
        guard c < p.first, c > 1, tokens[c - 1].is(","), tokens[c - 2].kind == .word else { return nil }
        return (c - 1)..<p.end
    }

    private func window(before k: Int, _ mentions: [Mention], _ tokens: [Token], _ segment: [Int]) -> Range<Int> {
        let m = mentions[k]
        var s = m.first
        // Years and dates may stand inside the subject ("passports issued in 2020 stood at …").
        let previous = mentions[..<k].last { $0.kind == .figure }
        let lower = previous?.end ?? 0
        // "交通运输工具：查验958.3万架次": the label's verb after its colon is no subject.
        if let c = matcher.labelVerbStart(tokens, before: s, lowerBound: lower + 1) { s = c }
        // "Mainland residents: 93.82 million": a subject before a colon heads the figure after it.
        if s > lower, tokens[s - 1].is(":") || tokens[s - 1].is("："), segment[s - 1] == segment[m.number] {
            // The label is one, commas and all ("… provided to Hong Kong and Macao residents, Taiwan residents and foreigners: 9,638,000").
            s -= 1
            while s > lower, segment[s - 1] == segment[m.number], !tokens[s - 1].is(":"), !tokens[s - 1].is("：") { s -= 1 }
        }
        // A name written with commas starts after the figure before and its own noun: "trains 11,000
        // trains, ships 52,000" names no "trains, ships".
        let nameLower = previous == nil ? lower : lower + 1
        while s > lower, segment[s - 1] == segment[m.number],
              !Self.isClauseEnd(tokens[s - 1]) || tokens[s - 1].is("(") || tokens[s - 1].is(")") || matcher.nameStart(across: s - 1, tokens, lower: nameLower) != nil
                || (s - 2 >= lower && matcher.commaLevelLink(tokens, at: s - 2, limit: m.first) != nil)
                // "… has risen every year, from 523 million in 2015 to …": a range's start after a comma
                // goes on with the clause before it.
                || (tokens[s - 1].is(",") && s + 1 == m.first && tokens[s].is("from"))
                || appositiveStart(before: s, tokens, lower: lower) != nil || dashAsideStart(before: s, tokens, lower: lower, upper: m.first) != nil {
            // "Port visas, issued on arrival at the border, reached …": the subject stands before the aside.
            if let a = appositiveStart(before: s, tokens, lower: lower) { s = a; continue }
            // "Port visas - issued on arrival, mostly to tour groups - rose …": a comma inside a dashed aside.
            if let a = dashAsideStart(before: s, tokens, lower: lower, upper: m.first) { s = a; continue }
            // A name written with commas is one subject ("endorsements for travel to Hong Kong, Macao and Taiwan totalled").
            if let n = matcher.nameStart(across: s - 1, tokens, lower: nameLower) { s = n; continue }
            // A gloss in brackets, commas and all ("means of transport (aircraft, trains and ships) totalled
            // 36 million"): the subject stands before it.
            if tokens[s - 1].is(")") || tokens[s - 1].is("）"),
               let open = tokens[lower..<(s - 1)].lastIndex(where: { $0.is("(") || $0.is("（") }),
               segment[open] == segment[m.number], !tokens[open..<s].contains(where: { $0.kind == .number }) { s = open; continue }
            s -= 1
        }
        // "mainland residents, who made 183.6 million trips": a relative clause opened right before
        // the figure; its subject is the noun before the comma.
        if language == .en, s > lower + 1, tokens[s - 1].is(","), matcher.relativeOpeners.contains(tokens[s]), segment[s - 2] == segment[m.number] {
            s -= 1
            while s > lower, segment[s - 1] == segment[m.number], !Self.isClauseEnd(tokens[s - 1]) { s -= 1 }
        }
        // 遣返非法入境、居留、就业外国人2.8万人: words joined by 、 with no figure between them are one
        // subject ("illegally entering, staying or working foreigners"), not items of a list of figures.
        while language == .zh, s > lower + 1, tokens[s - 1].is("、"), segment[s - 1] == segment[m.number], tokens[s].kind == .han {
            s -= 1
            while s > lower, segment[s - 1] == segment[m.number], !Self.isClauseEnd(tokens[s - 1]) { s -= 1 }
        }
        // "Visas, extensions and residence permits issued … totalled 1.94 million": nouns listed
        // with commas at the head of the sentence are one subject, commas and all.
        if previous == nil, s > 0, tokens[s - 1].is(","), segment[s - 1] == segment[m.number],
           let and = tokens[s..<m.first].firstIndex(where: { $0.is("and") }), tokens[s..<and].allSatisfy({ $0.kind == .word }) {
            var b = s - 1
            while b > 0, tokens[b - 1].kind == .word || tokens[b - 1].is(",") { b -= 1 }
            if b == 0 { s = b }
        }
        return s..<m.first
    }

    /// Where an aside opened by a comma and a participle starts, when it ends with the comma before `s`.
    private func appositiveStart(before s: Int, _ tokens: [Token], lower: Int) -> Int? {
        guard language == .en, s - 1 > lower, tokens[s - 1].is(",") else { return nil }
        var c = s - 2
        while c > lower, c >= s - 24 {
            // A list set off as an aside has commas of its own: the one that opens it may stand further back.
            if tokens[c].is(",") {
                if matcher.appositiveEnd(tokens, at: c, limit: s) == s { return c }
                c -= 1; continue
            }
            guard tokens[c].kind == .word || tokens[c].is("-") else { return nil }
            c -= 1
        }
        return nil
    }

    /// Where the spaced dash opening an aside stands when the comma at `s - 1` is inside it: a dash
    /// before the comma and one after it, before the figure at `upper`, with words and commas only
    /// between them ("Port visas - issued on arrival, mostly to tour groups - rose …").
    private func dashAsideStart(before s: Int, _ tokens: [Token], lower: Int, upper: Int) -> Int? {
        guard language == .en, s - 1 > lower, tokens[s - 1].is(",") else { return nil }
        func spacedDash(_ i: Int) -> Bool {
            tokens[i].is("-") && i > 0 && i + 1 < tokens.count && tokens[i - 1].end < tokens[i].start && tokens[i].end < tokens[i + 1].start
        }
        func inner(_ t: Token) -> Bool { t.kind == .word || t.is(",") }
        var e = s
        while e < min(upper, s + 16), !spacedDash(e) { guard inner(tokens[e]) else { return nil }; e += 1 }
        guard e < upper, spacedDash(e) else { return nil }
        var c = s - 2
        while c > lower, c >= s - 16, !spacedDash(c) { guard inner(tokens[c]) else { return nil }; c -= 1 }
        return c > lower && spacedDash(c) ? c : nil
    }

    /// Tokens between this mention and the next number or the segment end, at most twelve.
    private func window(after k: Int, _ mentions: [Mention], _ tokens: [Token], _ segment: [Int]) -> Range<Int> {
        let m = mentions[k]
        // A name ("61,000 \"3 non-foreigners\"", "the 12367 hotline") may stand in what a figure counts.
        let upper = mentions[(k + 1)...].first(where: { $0.kind != .name })?.first ?? tokens.count
        var e = m.end, names = 0
        while e < upper, e < m.end + 12 + names, segment[e] == segment[m.number], !Self.isSegmentEnd(tokens[e]) {
            // A name written with commas ("Hong Kong, Macao and Taiwan") counts as one word of the reach.
            if language == .en, let n = matcher.commaNameEnd(at: e, tokens), n <= upper { names += n - e - 1; e = n; continue }
            e += 1
        }
        // "trains 11,000 trains, ships 52,000", "aircraft 762,000 · trains 83,000": the words between
        // a comma or an item separator and the next figure are that figure's label, no part of this one's noun.
        if language == .en, e == upper, upper < tokens.count, let next = mentions[(k + 1)...].first(where: { $0.kind != .name }), next.kind == .figure, !next.isPercent,
           let comma = tokens[m.end..<e].firstIndex(where: { $0.is(",") || Self.itemSeparators.contains($0) }),
           // ("245.1 million, and foreigners were 60.4 million": a label linked to the next figure
           // by a copula is that figure's, though no noun of this one's stands before the comma.)
           comma > m.end || Self.itemSeparators.contains(tokens[comma]) || listCopulas.contains(tokens[e - 1]), comma + 1 < e,
           // ("…, and foreigners were 60.4 million": list glue may open that label.)
           case let label = tokens[(comma + 1)..<e].drop(while: { Self.listGlue.contains($0) }), !label.isEmpty,
           label.allSatisfy({ $0.kind == .word && !Self.listGlue.contains($0) }) {
            e = comma
        }
        return m.end..<max(m.end, e)
    }

    /// "of which aircraft 66,000 trains 26,000 ships 104,000": a list of labelled figures whose
    /// separators were lost. The words between figure `k` and the next are the next one's label,
    /// not `k`'s noun, when `k` is already named by the words before it and the next, named by
    /// them, is another metric. Only when the run of such figures that `k` is in opens on a
    /// label right before its figure: in "including 271,000 aircraft 40,000 trains 402,000 ships"
    /// and "handled 52,000 criminal cases arrested 74,000 suspects" each noun follows its figure.
    private func labelsNext(_ k: Int, after: Range<Int>, before: Range<Int>, clause own: Range<Int>, _ mentions: [Mention], _ tokens: [Token],
                            _ segment: [Int], mask: KeyMask, heading: Range<Int>, labelLine: Bool) -> Bool {
        let m = mentions[k]
        guard !m.isPercent, !after.isEmpty, !before.isEmpty, m.first > 0, tokens[m.first - 1].kind == .word,
              let n = mentions[(k + 1)...].firstIndex(where: { $0.kind != .name }), mentions[n].kind == .figure, !mentions[n].isPercent,
              after.upperBound == mentions[n].first,
              tokens[after].allSatisfy({ $0.kind == .word && !Self.listGlue.contains($0) }),
              let mine = matcher.match(m, tokens: tokens, before: before, after: m.end..<m.end, clause: own, linkedBefore: true,
                                      mask: mask, heading: heading, labelLine: labelLine),
              let next = matcher.match(mentions[n], tokens: tokens, before: window(before: n, mentions, tokens, segment),
                                       after: window(after: n, mentions, tokens, segment), clause: clause(around: mentions[n], tokens),
                                       linkedBefore: true, mask: mask, heading: heading, labelLine: labelLine)
        else { return false }
        guard mine.metric != next.metric else { return false }
        // The run's first figure: back over figures that only words (a label or a noun) part.
        var first = k
        while first > 0, mentions[first - 1].kind == .figure, !mentions[first - 1].isPercent, segment[mentions[first - 1].end] == segment[m.number],
              mentions[first].first > mentions[first - 1].end,
              tokens[mentions[first - 1].end..<mentions[first].first].allSatisfy({ $0.kind == .word && !Self.listGlue.contains($0) }) { first -= 1 }
        guard first < k else { return Self.labelsRightBefore(mine.subject, mentions[k], tokens) }
        let lead = window(before: first, mentions, tokens, segment)
        guard !lead.isEmpty, let opening = matcher.match(mentions[first], tokens: tokens, before: lead, after: mentions[first].end..<mentions[first].end,
                                                         clause: clause(around: mentions[first], tokens), linkedBefore: true, mask: mask,
                                                         heading: heading, labelLine: labelLine) else { return false }
        return Self.labelsRightBefore(opening.subject, mentions[first], tokens)
    }

    /// Whether subject phrase `subject` ends right before figure `m`, as a label does ("aircraft 66,000"),
    /// not a verb ("investigated and handled 52,000 criminal cases").
    static func labelsRightBefore(_ subject: String, _ m: Mention, _ tokens: [Token]) -> Bool {
        guard m.first > 0, let last = subject.split(separator: " ").last else { return false }
        return tokens[m.first - 1].text == last.lowercased()
    }

    /// The clause around a mention: between commas, semicolons or colons.
    private func clause(around m: Mention, _ tokens: [Token]) -> Range<Int> {
        var s = m.first, e = m.end
        // "交通运输工具：查验958.3万架次": so does one before a colon and the label's verb.
        if let c = matcher.labelVerbStart(tokens, before: s, lowerBound: 1) { s = c }
        // "Criminal suspects arrested: 13,000": the label before a colon belongs to the figure.
        if s > 0, tokens[s - 1].is(":") || tokens[s - 1].is("：") {
            s -= 1
            while s > 0, !Self.isSegmentEnd(tokens[s - 1]), !tokens[s - 1].is(":"), !tokens[s - 1].is("：") { s -= 1 }
        }
        // A gloss in brackets, words only, is inside the clause: "3名民警（辅警）因公牺牲",
        // "3 officers (including auxiliary police) died".
        func isGloss(_ r: Range<Int>) -> Bool { !r.isEmpty && tokens[r].allSatisfy { $0.kind != .number && !Self.isClauseEnd($0) } }
        while s > 0 {
            let t = tokens[s - 1]
            if t.is(")") || t.is("）"), let open = tokens[..<(s - 1)].lastIndex(where: { $0.is("(") || $0.is("（") }),
               isGloss((open + 1)..<(s - 1)) { s = open; continue }
            // A name written with commas is one ("issued Hong Kong, Macao and Taiwan residents … permits 437,000").
            if t.is(","), let n = matcher.nameStart(across: s - 1, tokens, lower: 0), n < s - 1 { s = n; continue }
            if Self.isClauseEnd(t) { break }
            s -= 1
        }
        while e < tokens.count {
            let t = tokens[e]
            if t.is("(") || t.is("（"), let close = tokens[(e + 1)...].firstIndex(where: { $0.is(")") || $0.is("）") }),
               isGloss((e + 1)..<close) { e = close + 1; continue }
            // "13名民警、辅警在执行任务中牺牲": nouns joined by 、 after the figure's own noun, no figure
            // up to the clause's end, are what the figure counts together; the clause reads on.
            if language == .zh, t.is("、"), e > m.end + 1, e - m.end <= 4,
               tokens[(e + 1)...].prefix(while: { !Self.isClauseEnd($0) }).allSatisfy({ $0.kind != .number }) { e += 1; continue }
            if Self.isClauseEnd(t) { break }
            e += 1
        }
        return s..<e
    }

    /// "−3.2%", "+15.9%", "(-2.0%)" in tables: a sign written against the change (a spaced dash is a separator).
    private func signBefore(_ tokens: [Token], _ m: Mention) -> Decimal? {
        let i = m.first - 1
        guard i >= 0, tokens[i].kind == .punct, tokens[i].end == tokens[m.first].start, Self.opensSignedFigure(tokens, sign: i) else { return nil }
        return tokens[i].is("-") ? -1 : tokens[i].is("+") ? 1 : nil
    }

    /// The mark at `sign` signs the figure glued after it, not joins a range ("2.4%-3%"): it stands
    /// after a space, a bracket, a list mark ("9.8%、-1.2%") or a Chinese word ("增长-1.2%").
    static func opensSignedFigure(_ tokens: [Token], sign i: Int) -> Bool {
        i == 0 || tokens[i - 1].end < tokens[i].start || tokens[i - 1].is("(") || listGlue.contains(tokens[i - 1]) || tokens[i - 1].kind == .han
    }

    /// "43.9 percent more than in 2023", "12 percent fewer than a year earlier": the direction
    /// after the change, unless a figure follows ("up 5%, more than 3 million").
    private func directionAfter(_ tokens: [Token], _ m: Mention) -> Decimal? {
        for (phrases, sign) in [(upAfter, Decimal(1)), (downAfter, Decimal(-1))] {
            for p in phrases {
                // ("…: 2.35M, a 21.6 per cent rise" may close a line with no full stop.)
                if let e = p.startsAt(tokens, m.end, limit: tokens.count), e == tokens.count || tokens[e].kind != .number { return sign }
            }
        }
        return nil
    }

    private func directionBefore(_ tokens: [Token], _ before: Range<Int>, _ m: Mention) -> Decimal? {
        // The direction word sits just before the figure: "up 43.9%", "an increase of 87.3%",
        // "increased by", 同比上升, "year-on-year increases of". 增幅分别为, 增幅依次是: 分别 and a
        // copula may stand between the word and the first of its list.
        var e = m.first
        while e > before.lowerBound, copulas.contains(tokens[e - 1]) { e -= 1 }
        if let r = respectively.first(where: { e - $0.parts.count >= before.lowerBound && $0.endsAt(tokens, e, lowerBound: before.lowerBound) }) {
            e -= r.parts.count
        } else { e = m.first }
        let near = max(before.lowerBound, e - 4)..<e
        var best: (Int, Decimal)?
        for (phrases, sign) in [(up, Decimal(1)), (down, Decimal(-1))] {
            for p in phrases {
                for f in p.matches(in: tokens, near) where best == nil || f > best!.0 { best = (f, sign) }
            }
        }
        return best?.1
    }

    /// "较上年增加了318支", 比上年减少1200起: a count right after a change word with its base stated
    /// before that word is the change, not the level reached.
    /// "about 1.2 million of those foreign-national crossings were made by …": a figure right before
    /// "of those" and the subject it was matched by counts a part of that count, not the count.
    func isPartOfNamedCount(_ tokens: [Token], _ f: ReadFigure) -> Bool {
        guard language == .en, f.metric != nil, let e = partsAfterFigure.lazy.compactMap({ $0.startsAt(tokens, f.mention.end, limit: tokens.count) }).first
        else { return false }
        return Phrase(f.subject).startsAt(tokens, e, limit: tokens.count) != nil
    }

    /// "between 1.2 and 1.3 million foreigners": an end of a range of two numbers after
    /// `valueRangeOpeners`, parted by one of `valueRangeJoiners` (no year: "between 2019 and 2020").
    func isRangeEnd(_ tokens: [Token], _ m: Mention, _ mentions: [Mention]) -> Bool {
        guard m.kind == .figure, !m.isPercent, !m.isRate else { return false }
        func opensRange(_ a: Mention) -> Bool {
            a.first > 0 && valueRangeOpeners.contains(tokens[a.first - 1]) && a.end < tokens.count && valueRangeJoiners.contains(tokens[a.end])
        }
        if opensRange(m), mentions.contains(where: { $0.kind == .figure && $0.first == m.end + 1 }) { return true }
        return m.first > 1 && valueRangeJoiners.contains(tokens[m.first - 1])
            && mentions.contains(where: { $0.kind == .figure && $0.end == m.first - 1 && opensRange($0) })
    }

    func isChangeAmount(_ tokens: [Token], _ m: Mention) -> Bool {
        guard !m.isPercent, m.unit != "times" else { return false }
        // (Each list searched in turn: joining them built two arrays for every figure.)
        let ends: (Phrase) -> Bool = { $0.endsAt(tokens, m.first, lowerBound: 0) }
        guard let verb = up.first(where: ends) ?? down.first(where: ends) else { return false }
        let start = m.first - verb.parts.count
        let anchors: (Phrase) -> Bool = { b in (max(0, start - 1)...start).contains { b.endsAt(tokens, $0, lowerBound: 0) } }
        return yoyAnchors.contains(where: anchors) || otherBases.contains(where: anchors)
    }

    private enum Base { case yearOnYear, other }

    /// Is the change year on year? Yes when anchored so ("year on year", "over the previous year",
    /// 同比, "compared with 2021" in a 2022 release) or when no base is stated; no when another
    /// base is stated ("month-on-month", "compared with that before the policy", 环比).
    private func base(_ tokens: [Token], before: Range<Int>, after: Range<Int>, mentions: [Mention], period: Period) -> Base {
        let previousYear = period.year - 1
        // "20% more than in the first quarter of 2023": a part of a year as the base is year on year
        // when it is the sentence's own part a year before (not the fourth quarter of 2023).
        func onPart(_ base: Period) -> Base { base.yearsBefore(period) == 1 ? .yearOnYear : .other }
        var near = after.lowerBound..<min(after.upperBound, after.lowerBound + 8)
        if language == .zh {
            // Chinese states the base before the change (环比上升, 较2019年同期); what follows the
            // clause (…，恢复至2019年同期的87.5%) is about the next figure.
            var e = near.lowerBound
            while e < near.upperBound, !Self.isClauseEnd(tokens[e]) { e += 1 }
            near = near.lowerBound..<e
        }
        // English writes the base after the change ("4.1% month-on-month and 15.9% year on year"):
        // the nearest base after it decides before any written before it. A base after a comma is
        // the change's only when it opens the next clause ("up 15.9%, year on year"); else it
        // belongs to the next change ("year-on-year growth of 49.3%, chain ratio growth of 4.6%").
        if language == .en {
            if let comma = tokens[near].firstIndex(where: Self.isClauseEnd) {
                let next = comma + 1
                var clauseEnd = next
                while clauseEnd < tokens.count, !Self.isClauseEnd(tokens[clauseEnd]) { clauseEnd += 1 }
                let opensBase = next < near.upperBound
                    && (otherBases + yoyAnchors).contains { $0.startsAt(tokens, next, limit: tokens.count) != nil }
                    && !(next..<clauseEnd).contains { i in (up + down).contains { $0.startsAt(tokens, i, limit: clauseEnd) != nil } }
                if !opensBase { near = near.lowerBound..<comma }
            }
            // "a year-on-year increase of 14.5% and a ring ratio increase of 3.1%": a base written
            // right before a change word opens the next change; it is not this one's.
            func opensChange(_ b: Phrase, _ i: Int) -> Bool {
                guard let e = b.startsAt(tokens, i, limit: near.upperBound) else { return false }
                return up.contains { $0.startsAt(tokens, e, limit: tokens.count) != nil } || down.contains { $0.startsAt(tokens, e, limit: tokens.count) != nil }
            }
            if let next = near.first(where: { i in otherBases.contains { opensChange($0, i) } || yoyAnchors.contains { opensChange($0, i) } }) {
                near = near.lowerBound..<next
            }
            let other = otherBases.compactMap { $0.firstMatch(in: tokens, near) }.min()
            let yoy = yoyAnchors.compactMap { $0.firstMatch(in: tokens, near) }.min()
            if let o = other, o < (yoy ?? Int.max) { return .other }
            // "a month-on-month increase of 5.4% over the same period last year": another base
            // written right before the change word contradicts the anchor after it; no year-on-year change is sure.
            if yoy != nil, otherBases.contains(where: { b in
                guard let o = b.firstMatch(in: tokens, before), let e = b.end(tokens, from: o, limit: before.upperBound) else { return false }
                return (up + down).contains { $0.startsAt(tokens, e, limit: before.upperBound) != nil }
            }) { return .other }
            if yoy != nil { return .yearOnYear }
        }
        // (Past the window: "five", "10" are mentions of their own, and the window ends at them.)
        if language == .en, let span = (after.lowerBound..<min(tokens.count, after.lowerBound + 6)).first(where: { multiYearSpans.contains(tokens[$0]) }),
           !tokens[after.lowerBound..<span].contains(where: Self.isClauseEnd),
           !tokens[span].is("years") || (span > 0 && severalYears(tokens[span - 1])) { return .other }
        if language == .en {
            // ("up 18% on the first quarter of 2023": "on" right after the change is a base mark too.)
            for i in near where baseMarks.contains(tokens[i]) || (i == near.lowerBound && tokens[i].is("on")) {
                var j = i + 1
                while j < near.upperBound, tokens[j].is("in") || tokens[j].is("the") || tokens[j].is("that") || tokens[j].is("of") { j += 1 }
                var yearNamed = false
                // "42.1% more than the 69.4 million in the first three months": the base is the figure
                // of the part of the year it names.
                // ("rose 52% to 146 million in the second quarter": the figure after "to" is the level, no base.)
                if j < tokens.count, tokens[j].kind == .number, !tokens[i].is("to") {
                    var k = j + 1
                    // ("… above the 672.8 million of 2019": "of" dates it too.)
                    while k < min(tokens.count, j + 4), !(tokens[k].is("in") || tokens[k].is("during") || tokens[k].is("of")) { k += 1 }
                    if k < tokens.count, tokens[k].is("in") || tokens[k].is("during") || tokens[k].is("of") {
                        k += 1
                        while k < tokens.count, tokens[k].is("the") || tokens[k].is("that") { k += 1 }
                        // "… than the 168 million in 2023": the base year below decides.
                        let tail = tokens[k..<min(tokens.count, k + 7)]
                        // (A year past the change's own words: "5.9% above the 672.8 million of 2019".)
                        if let y = tail.first(where: { $0.kind == .number && $0.writtenYear != nil })?.writtenYear, k > after.upperBound {
                            return y == previousYear ? .yearOnYear : .other
                        }
                        yearNamed = tail.contains(where: { $0.kind == .number && $0.writtenYear != nil }) || tail.contains(where: { $0.is("last") || $0.is("previous") })
                        j = k
                    }
                }
                if let part = partBase(tokens, at: j, previousYear: previousYear) { return onPart(part) }
                if yearNamed { continue }
                // "9.8% more than in the third quarter", "4.1% more than in May": a part of the year or
                // a month with no year is another base.
                if partsOfYear.contains(where: { $0.phrase.startsAt(tokens, j, limit: tokens.count) != nil })
                    || (j < near.upperBound && lexicon.months[tokens[j].text] != nil) { return .other }
            }
        }
        let scopes = [before, near]
        // 较上年同期的增幅: 同期的 starting inside a year-on-year anchor is that anchor's, no other base.
        func inAnchor(_ f: Int) -> Bool {
            yoyAnchors.contains { a in (max(0, f - a.parts.count + 1)..<f).contains { s in (a.startsAt(tokens, s, limit: tokens.count) ?? 0) > f } }
        }
        if scopes.contains(where: { r in otherBases.contains { p in p.matches(in: tokens, r).contains { !inAnchor($0) } } }) { return .other }
        if scopes.contains(where: { r in yoyAnchors.contains { $0.firstMatch(in: tokens, r) != nil } }) { return .yearOnYear }
        // 较2019年同期上升, 与2023年相比增长: a year just before the change, in its clause, is the base.
        if language == .zh, let y = mentions.last(where: { $0.kind == .year && ($0.end == before.lowerBound || before.contains($0.first)) }), y.first > 0,
           Self.chineseBaseMarks.contains(tokens[y.first - 1]), let year = Int(tokens[y.number].text) {
            // 较2023年四季度: the part of that year named after it.
            let partAt = y.end < tokens.count && tokens[y.end].is("年") ? y.end + 1 : y.end
            if let part = partsOfYear.first(where: { $0.phrase.startsAt(tokens, partAt, limit: tokens.count) != nil })?.part.period(in: year) {
                return onPart(part)
            }
            return year == previousYear ? .yearOnYear : .other
        }
        // "compared with (the number of) 2021", "than in 2019": the base year decides.
        if let y = mentions.first(where: { $0.kind == .year && after.upperBound >= $0.number && $0.number >= after.lowerBound && $0.number <= after.lowerBound + 8 }),
           let year = Int(tokens[y.number].text) {
            if tokens[after.lowerBound..<y.number].contains(where: { yearBaseWords.contains($0) }) {
                // "compared with the fourth quarter of 2023"
                if let part = (after.lowerBound..<y.number).lazy.compactMap({ self.partBase(tokens, at: $0, previousYear: previousYear) }).first { return onPart(part) }
                return year == previousYear ? .yearOnYear : .other
            }
        }
        return .yearOnYear
    }

    /// "five", "5", "several", "few": a count of years above one before "years".
    private func severalYears(_ t: Token) -> Bool {
        if t.kind == .number { return (Int(t.text) ?? 0) > 1 }
        return (lexicon.numberWords[t.text.lowercased()] ?? 0) > 1 || t.is("several") || t.is("few")
    }

    /// The part of a year named at `j` with its year after it: "first quarter of 2023", "the fourth
    /// quarter of last year". Nil when no part starts there or no year follows it.
    /// The base of a level multiple ("2.3 times the 2023 level", "twelve times that of a year earlier",
    /// "为去年同期的2.5倍"), or nil when the figure is no multiple of a named level. English writes
    /// the base after "times", Chinese between a copula and 的 before the multiple. The base is the
    /// year before (a whole year, or the same part of it) or another period.
    private func levelMultipleBase(_ k: Int, _ mentions: [Mention], _ tokens: [Token], period: Period) -> Base? {
        let m = mentions[k]
        var span: Range<Int>
        if language == .zh {
            guard m.unit == "times", m.first > 0, tokens[m.first - 1].is("的") else { return nil }
            var p = m.first - 2
            while p >= max(0, m.first - 12), !Self.isClauseEnd(tokens[p]), !copulas.contains(tokens[p]) { p -= 1 }
            guard p >= 0, copulas.contains(tokens[p]) else { return nil }
            span = (p + 1)..<(m.first - 1)
        } else {
            // The number alone, then "times" (no scale: "115.7 million times" is a count).
            // ("times" may be read as the figure's counter.)
            let times = m.number + 1
            // ("double the 2022 figure": a word multiple is its own "times".)
            let word = m.spelled && m.unit == "times" && m.end == times
            guard word || m.unit == nil || m.unit == "times", word || m.end <= m.number + 2, times < tokens.count, word || tokens[times].is("times") else { return nil }
            let opener = word ? times : m.number + 2
            guard opener < tokens.count, multipleOpeners.contains(tokens[opener]) else { return nil }
            var e = opener
            while e < min(tokens.count, opener + 12), !Self.isClauseEnd(tokens[e]), !tokens[e].is(".") { e += 1 }
            span = opener..<e
        }
        // (The value is tested after the words: comparing Decimals costs more than reading them.)
        guard m.value > 0, m.value < 1000, m.value != 1, m.doubt == nil else { return nil }
        guard !span.isEmpty else { return nil }
        let previousYear = period.year - 1
        if let part = span.lazy.compactMap({ self.partBase(tokens, at: $0, previousYear: previousYear) }).first {
            return part.yearsBefore(period) == 1 ? .yearOnYear : .other
        }
        if let y = tokens[span].lazy.compactMap(\.writtenYear).first { return y == previousYear ? .yearOnYear : .other }
        if (yearBefore + previousYearMarkers).contains(where: { $0.firstMatch(in: tokens, span) != nil }) { return .yearOnYear }
        return nil
    }

    private func partBase(_ tokens: [Token], at j: Int, previousYear: Int) -> Period? {
        guard let (part, end) = partsOfYear.lazy.compactMap({ p in p.phrase.startsAt(tokens, j, limit: tokens.count).map { (p.part, $0) } }).first
        else { return nil }
        var k = end
        while k < tokens.count, tokens[k].is("of") || tokens[k].is("in") || tokens[k].is(",") { k += 1 }
        if k < tokens.count, let y = tokens[k].writtenYear { return part.period(in: y) }
        if previousYearMarkers.contains(where: { $0.startsAt(tokens, k, limit: tokens.count) != nil }) { return part.period(in: previousYear) }
        return nil
    }

    /// Between two names of a list: list glue, and words repeating the counted noun ("and those by").
    private func onlyNameGlue(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        onlyListGlue(tokens, a, b, repeatsToo: true)
    }

    /// Only commas, "and" or their Chinese equivalents between two list items; a direction word may
    /// open the next item ("an increase of 12% and a decrease of 4%", "同比分别上升15.2%、下降3.4%").
    /// `basesToo`: the base of the change before may stand between ("4.1% month-on-month and 15.9%").
    /// `repeatsToo`: so may `nameRepeats`.
    private func onlyListGlue(_ tokens: [Token], _ a: Int, _ b: Int, basesToo: Bool = false, repeatsToo: Bool = false) -> Bool {
        guard a <= b else { return false }
        var i = a
        while i < b {
            if Self.listGlue.contains(tokens[i]) || repeatsToo && nameRepeats.contains(tokens[i]) { i += 1; continue }
            // "3.4%, -2.9% and 2.4%", "9.8%、4.5%、-1.2%和3.4%": the sign of the next member, glued to it
            // (after a space or a list mark: "2.4%-3%" is a range).
            if i == b - 1, b < tokens.count, tokens[i].is("-") || tokens[i].is("+"), tokens[i].end == tokens[b].start,
               Self.opensSignedFigure(tokens, sign: i) { i += 1; continue }
            if basesToo, let e = (otherBases + yoyAnchors).lazy.compactMap({ $0.startsAt(tokens, i, limit: b) }).max() { i = e; continue }
            guard let e = (up + down).lazy.compactMap({ $0.startsAt(tokens, i, limit: b) }).max() else { return false }
            i = e
        }
        return true
    }

    /// Between two changes, list glue, one subject and at most a link word ("and trains by",
    /// ", and ships"): the second change's verb is left out.
    private func ellipticMember(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        var i = a
        while i < b, Self.listGlue.contains(tokens[i]) { i += 1 }
        // ("and those by Hong Kong … residents by 262.4%": two words may lead the subject when a link
        // word follows it; ", the satisfaction rate 98.6%" is a level.)
        guard i > a, let name = matcher.subjectPhrases(tokens, in: i..<b).first, name.lowerBound - i <= 2,
              tokens[i..<name.lowerBound].allSatisfy({ $0.kind == .word }), name.lowerBound == i || name.upperBound < b else { return false }
        return (name.upperBound..<b).allSatisfy { changeLinks.contains(tokens[$0]) }
    }

    private func saysRespectively(_ tokens: [Token], _ mentions: [Mention], _ group: [Int]) -> Bool {
        let last = mentions[group.last!], first = mentions[group[0]]
        let after = last.end..<min(tokens.count, last.end + 4)
        let before = max(0, first.first - 4)..<first.first
        return respectively.contains { $0.firstMatch(in: tokens, after) != nil || $0.firstMatch(in: tokens, before) != nil }
    }

    /// A count with one of `differenceWords` right after it and "than" later in its clause, or
    /// closing it ("77,000 more.").
    private func isDifference(_ m: Mention, _ tokens: [Token]) -> Bool {
        if differenceLeads.contains(where: { $0.endsAt(tokens, m.first, lowerBound: 0) }) { return true }
        if !shortfallTrails.isEmpty, case let close = tokens[m.end...].firstIndex(where: Self.isClauseEnd) ?? tokens.count,
           shortfallTrails.contains(where: { $0.firstMatch(in: tokens, m.end..<close) != nil }) { return true }
        guard m.end < tokens.count, differenceWords.contains(tokens[m.end]), atLeastNoun(after: m, tokens) == nil else { return false }
        var i = m.end + 1
        if i == tokens.count || Self.isClauseEnd(tokens[i]) { return true }
        while i < tokens.count, !Self.isClauseEnd(tokens[i]), tokens[i].kind != .number {
            if tokens[i].is("than") { return true }
            i += 1
        }
        return false
    }

    /// "1,100 more than criminal gangs" (1100余个 word for word): where the catalog subject after
    /// `atLeastBeforeNoun` stands when it alone closes the figure's clause; nil otherwise ("1,100
    /// more than last year", "300 more than gangs in 2023").
    private func atLeastNoun(after m: Mention, _ tokens: [Token]) -> Range<Int>? {
        guard language == .en, let e = atLeastBeforeNoun.lazy.compactMap({ $0.startsAt(tokens, m.end, limit: tokens.count) }).first,
              e < tokens.count, tokens[e].kind == .word else { return nil }
        var end = tokens[e...].firstIndex(where: Self.isClauseEnd) ?? tokens.count
        while end > e, tokens[end - 1].kind == .punct { end -= 1 }
        guard let subject = matcher.namedSubjects(tokens, in: e..<end).first, subject.range == e..<end else { return nil }
        return e..<end
    }

    /// 比2023年上半年的1.68亿人次, 较去年同期的1.68亿: a count after 的 whose clause opens its
    /// words before it with a base mark (比, 较, 与; a year or period between) is the base of a
    /// comparison, not a count of its own.
    private func isChineseBase(_ m: Mention, _ tokens: [Token]) -> Bool {
        guard language == .zh, m.first > 0, tokens[m.first - 1].is("的") else { return false }
        var i = m.first - 1
        while i > max(0, m.first - Self.chineseBaseReach) {
            i -= 1
            let t = tokens[i]
            if Self.isClauseEnd(t) || (t.kind == .number && t.writtenYear == nil) { return false }
            if baseMarks.contains(t) { return true }
        }
        return false
    }

    /// "出入境人员超过1000万人次的口岸共12个": a Chinese count followed by 的 and the noun a later count of
    /// its clause counts describes that noun (ports of over ten million crossings), no count of its
    /// own. Not the whole that parts are counted in (在6.1亿人次的出入境人员中，内地居民…).
    private func describesCounted(_ k: Int, _ mentions: [Mention], _ tokens: [Token]) -> Bool {
        let m = mentions[k]
        guard language == .zh, m.end < tokens.count, tokens[m.end].is("的") else { return false }
        let clauseEnd = tokens[m.end...].firstIndex(where: Self.isClauseEnd) ?? tokens.count
        guard let next = mentions[(k + 1)...].first(where: { $0.kind == .figure }), !next.isPercent, next.first < clauseEnd else { return false }
        return !tokens[m.end..<next.first].contains { $0.is("中") }
    }

    /// How many tokens a base mark may stand before the 的 of its base ("比2023年上半年的" is eight).
    private static let chineseBaseReach = 14

    private func figureAfter(_ k: Int, _ mentions: [Mention], _ tokens: [Token], _ segment: [Int]) -> Int? {
        let m = mentions[k]
        // "jumped 14.3% in 2025 to 697 million": a year may stand between.
        guard let next = mentions.indices.dropFirst(k + 1).first(where: { mentions[$0].kind != .year }) else { return nil }
        let n = mentions[next]
        guard n.kind == .figure, !n.isPercent, segment[n.number] == segment[m.number], n.first - m.end <= 8,
              tokens[m.end..<n.first].contains(where: { changeLevelWords.contains($0) }) else { return nil }
        return next
    }

    /// "down 9.8% from 128.3 million": the count right after a change and one base word ("from",
    /// "over"; not "to", which gives the level reached), in its segment.
    private func baseAfter(_ k: Int, _ mentions: [Mention], _ tokens: [Token], _ segment: [Int]) -> Int? {
        let m = mentions[k], next = k + 1
        guard next < mentions.count, mentions[next].kind == .figure, !mentions[next].isPercent, segment[mentions[next].number] == segment[m.number],
              mentions[next].first == m.end + 1, !tokens[m.end].is("to"), baseMarks.contains(tokens[m.end]) else { return nil }
        return next
    }

    private func subjectText(_ tokens: [Token], after: Range<Int>, before: Range<Int>) -> String {
        let r = language == .zh ? before : after.lowerBound..<min(after.upperBound, after.lowerBound + 6)
        return MetricMatcher.join(tokens[r])
    }
}
