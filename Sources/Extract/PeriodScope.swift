import BriefingCore
import Foundation

/// Decides which period a sentence's figures belong to: the document's own period by default;
/// a quarter, half-year or dated window when the sentence says so ("from the end of November
/// 2024 to the end of February 2025", "since December 1, 2024", "in the first quarter",
/// 2024年11月底至2025年2月底, 上半年); a window carries to the following sentences of the same
/// paragraph ("Since the launch of the operation, ...") until a sentence is annual again.
/// A class for the same reason as `SentenceReader`: picked per sentence, never copied.
final class PeriodScope {
    /// The words it reads with, compiled once per language for every document.
    let words: PeriodWords
    let document: Period
    /// Release date, when known: the end of an open window ("since December 1").
    let released: String?

    /// The year of `released`.
    let releasedYear: Int?

    init(_ words: PeriodWords, document: Period, released: String?) {
        self.words = words; self.document = document; self.released = released
        releasedYear = released.flatMap { Int($0.prefix(4)) }
    }

    /// An annual marker that is not the base of a change: "去年" in "较去年同期上升" says nothing
    /// of the figure's own period.
    private func marksYear(_ tokens: [Token], _ mask: KeyMask, _ mentions: [Mention]) -> Period? {
        var anchored: [Range<Int>] = []
        for a in words.yoyAnchors where a.parts.count > 1 && mask.mayHold(a) {
            for f in a.matches(in: tokens, 0..<tokens.count) { anchored.append(f..<(f + a.parts.count)) }
        }
        for (markers, previous) in [(words.previousYearMarkers, true), (words.annualMarkers, false)] {
            for p in markers where mask.mayHold(p) {
                for f in p.matches(in: tokens, 0..<tokens.count)
                where !anchored.contains(where: { $0.contains(f) }) && !isComparedWith(tokens, f, mentions) && !isComparisonTarget(tokens, f)
                    && !datesAnAside(tokens, preposition: f) && !(previous && labelsFigure(tokens, markerEnd: f + p.parts.count))
                    && !basesMultiple(tokens, markerEnd: f + p.parts.count)
                    // ("the last year before the pandemic": a determiner makes it no year counted back from now.)
                    && !(previous && f > 0 && words.determiners.contains(tokens[f - 1])) {
                    if previous, Extractor.isPartOfYear(document), samePeriodNext(to: f..<(f + p.parts.count), tokens) { return Period(year: document.year - 1, kind: document.kind) }
                    return previous ? previousYear : annualDefault
                }
            }
        }
        return nil
    }

    /// 是去年同期的3.7倍: a marker followed by the 的 and the multiple of a level is that level's, the
    /// base the figure is measured against, not the figure's period.
    private func basesMultiple(_ tokens: [Token], markerEnd: Int) -> Bool {
        var j = words.samePeriodWords.lazy.compactMap { $0.startsAt(tokens, markerEnd, limit: tokens.count) }.first ?? markerEnd
        guard j + 2 < tokens.count, tokens[j].is("的") else { return false }
        j += 1
        while j < tokens.count, tokens[j].kind == .number || tokens[j].is(".") { j += 1 }
        return j > markerEnd + 1 && j < tokens.count && tokens[j].is("倍")
    }

    /// "去年同期，这一数字为…": a same-period word right after or before the previous-year marker.
    private func samePeriodNext(to marker: Range<Int>, _ tokens: [Token]) -> Bool {
        words.samePeriodWords.contains { w in
            w.startsAt(tokens, marker.upperBound, limit: tokens.count) != nil || w.endsAt(tokens, marker.lowerBound, lowerBound: 0)
        }
    }

    /// "2020年至2022年疫情期间，…全年出入境人员一度降至1.16亿人次", "Between 2020 and 2022, crossings for
    /// the year fell as low as 116 million": in a stretch holding a whole calendar year and more, an
    /// annual marker in the figure's clause says the figure is one year's, not the stretch's.
    func oneYearOfStretch(_ m: Mention, _ tokens: [Token], period: Period, mask: KeyMask) -> Bool {
        guard case .window(let start, let end) = period.kind, let a = Int(start.prefix(4)), let b = Int(end.prefix(4)), a < b,
              start.hasSuffix("-01-01") || end.hasSuffix("-12-31") || b - a >= 2 else { return false }
        var s = m.first
        while s > 0, !SentenceReader.isClauseEnd(tokens[s - 1]) { s -= 1 }
        var e = m.end
        while e < tokens.count, !SentenceReader.isClauseEnd(tokens[e]) { e += 1 }
        return words.annualMarkers.contains { mask.mayHold($0) && $0.firstMatch(in: tokens, s..<e) != nil }
    }

    /// "This year" in an annual release dated in the year it reviews (a year-ender): that year.
    private func currentYear(_ tokens: [Token], _ mask: KeyMask) -> Period? {
        guard document.isAnnual, let r = releasedYear, r == document.year,
              words.currentYearMarkers.contains(where: { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<tokens.count) != nil }) else { return nil }
        return document
    }

    /// "compared with 25,600 in 2018": figure `m` stands right after a comparison opener.
    /// Chinese: "恢复至疫情前2019年（6.68亿人次）", "恢复至2019年同期6.68亿人次的": the opener stands
    /// before the year written in front of the figure.
    func comparedWith(_ m: Mention, _ tokens: [Token]) -> Bool {
        if words.comparisonOpeners.contains(where: { $0.endsAt(tokens, m.first, lowerBound: 0) }) { return true }
        if Self.isShareBase(m, tokens) { return true }
        // "17.3 times the 1.068 million issued in 2022", "double the 2.1 million": the figure a multiple is of.
        if m.first >= 2, tokens[m.first - 1].is("the"), words.ratioWords.contains(tokens[m.first - 2]) { return true }
        // "compared with just 10.68 lakh in 2022": a word that only weighs the figure stands between.
        if let a = words.comparisonAdverbs.first(where: { $0.endsAt(tokens, m.first, lowerBound: 0) }),
           words.comparisonOpeners.contains(where: { $0.endsAt(tokens, m.first - a.parts.count, lowerBound: 0) }) { return true }
        // "up 27.3% on 2024's 64.9m": the opener stands before a possessive year.
        if Self.possessiveYear(before: m, tokens) != nil, m.first >= 4,
           words.comparisonOpeners.contains(where: { $0.endsAt(tokens, m.first - 3, lowerBound: 0) }) || Self.changeBaseWords.contains(tokens[m.first - 4]) {
            return true
        }
        if followsChange(m, tokens) { return true }
        if markedYearBefore(m, tokens) != nil || markedSamePeriodBefore(m, tokens) { return true }
        guard let y = chineseYearBefore(m, tokens) else { return false }
        return (max(0, y - 4)...y).contains { e in
            words.comparisonOpeners.contains { $0.endsAt(tokens, e, lowerBound: 0) }
                && !tokens[e..<y].contains(where: { SentenceReader.isClauseEnd($0) || $0.kind == .number })
        }
    }

    /// "a rise of 6.2% over 25,700": a base word right after a change opens figure `m`, the base.
    func followsChange(_ m: Mention, _ tokens: [Token]) -> Bool {
        m.first >= 2 && Self.changeBaseWords.contains(tokens[m.first - 1]) && words.percentWords.contains(tokens[m.first - 2])
    }

    /// "94% of the 48.7 million recorded in 2019": figure `m` is the one a share is of.
    static func isShareBase(_ m: Mention, _ tokens: [Token]) -> Bool {
        m.first >= 3 && tokens[m.first - 1].is("the") && tokens[m.first - 2].is("of")
            && (tokens[m.first - 3].is("%") || tokens[m.first - 3].is("percent") || tokens[m.first - 3].is("cent"))
    }

    /// Where "2019年" starts when it is written right before figure `m` (2019年（6.68亿人次）,
    /// 2019年同期6.68亿人次, 2019年的…).
    private func chineseYearBefore(_ m: Mention, _ tokens: [Token]) -> Int? {
        var j = m.first - 1
        while j >= 0, m.first - j <= 3, Self.beforeBaseFigure.contains(tokens[j]) { j -= 1 }
        if j >= 1, tokens[j].is("年"), tokens[j - 1].kind == .number, tokens[j - 1].text.utf8.count == 4 { return j - 1 }
        // 已超过2022年全年出入境人员总量（1.157亿人次）: a figure in brackets after what is compared
        // with, a noun phrase opening on its year; so is 与2023年免签入境外国人952.4万人次相比, a figure
        // closing the comparison.
        let bracketed = m.first >= 1 && (tokens[m.first - 1].is("（") || tokens[m.first - 1].is("("))
        let closing = Self.closesComparison(m, tokens)
        guard bracketed || closing else { return nil }
        var k = bracketed ? m.first - 2 : m.first - 1
        while k >= 1, m.first - k <= 14, tokens[k].kind == .han || tokens[k].kind == .word, !(tokens[k].is("年") && tokens[k - 1].kind == .number) { k -= 1 }
        guard k >= 1, tokens[k].is("年"), tokens[k - 1].kind == .number, tokens[k - 1].text.utf8.count == 4,
              words.comparisonOpeners.contains(where: { $0.endsAt(tokens, k - 1, lowerBound: 0) }) else { return nil }
        return k - 1
    }
    /// (A token set, not a `Set<String>`: hashing a Chinese string cost more than the test.)
    /// 与2023年…952.4万人次相比: whether 相比 follows the figure, the comparison's base.
    static func closesComparison(_ m: Mention, _ tokens: [Token]) -> Bool {
        m.end + 1 < tokens.count && tokens[m.end].is("相") && tokens[m.end + 1].is("比")
    }

    private static let beforeBaseFigure = TokenSet(["(", "（", "的", "同", "期", "为"])

    /// 上年为6.1亿人次, 比上年的6.1亿人次, 比上年（6.5亿人次）, 去年同期为…, 上季度为1.86亿人次: a
    /// marker of the year (or the part) before, written right before a figure, labels that figure:
    /// it is the previous year's (the same part of it, with 同期), or the previous part's.
    func previousPeriodLabel(_ m: Mention, _ tokens: [Token], of own: Period) -> Period? {
        var j = m.first - 1, samePart = false
        while j >= 0, m.first - j <= 3, Self.beforeBaseFigure.contains(tokens[j]) {
            if tokens[j].is("期") { samePart = true }
            j -= 1
        }
        // (前一年这一数字为947.7万人次: a reference to the figure may stand between.)
        if let r = words.figureReferences.first(where: { $0.endsAt(tokens, j + 1, lowerBound: 0) }) { j -= r.parts.count }
        // A label word at least: "Last year 598 million trips …" names the sentence's year.
        guard j < m.first - 1 else { return yearClauseLabel(m, tokens, of: own) }
        // （2019年同期为4.07亿人次）: the same part of a year written out.
        if samePart, j >= 1, tokens[j].is("年"), let y = tokens[j - 1].writtenYear, y < own.year { return own.sameDays(inYear: y) }
        if let marker = words.previousYearMarkers.first(where: { $0.endsAt(tokens, j + 1, lowerBound: 0) }) {
            guard samePart || own.isAnnual else { return nil }
            // 去年 counts from the release's date (in January, the year reported on), 上年 from the figure's year.
            let year = yearBefore(marked: marker, from: own.year, releaseCounts: own.isAnnual)
            return year < own.year ? own.sameDays(inYear: year) : nil
        }
        // 去年一季度为1.41亿人次, 去年四季度为1.78亿人次: a part of the year before.
        let parts = words.lexicon.partsOfYear
        if !samePart, let i = parts.indices.first(where: { parts[$0].period != "year" && words.partPhrases[$0].endsAt(tokens, j + 1, lowerBound: 0) }),
           let y = previousYear(before: j + 1 - words.partPhrases[i].parts.count, tokens), let p = parts[i].period(in: y), p.span.start < document.span.start {
            return p
        }
        if !samePart, let q = Self.quarterBefore(own), words.previousPartMarkers.contains(where: { $0.endsAt(tokens, j + 1, lowerBound: 0) }) { return q }
        return yearClauseLabel(m, tokens, of: own)
    }

    /// "up 266.5% compared with 2022 (115.7 million)", "compared with the same period of last year
    /// (109.6 million) down 72.3%" (word for word from 比2022年（1.157亿人次）): a figure opening a
    /// bracket right after a comparison opener and the earlier period it names is that period's
    /// figure; a year alone names a whole year only in an annual release, a same-period lead
    /// (`baseYearLeads`) the same part as the release's of that year or of the year before.
    func comparedPeriodInBrackets(_ m: Mention, _ tokens: [Token], of own: Period) -> Period? {
        let bracket = m.first - 1
        guard bracket >= 2, tokens[bracket].is("(") || tokens[bracket].is("（"),
              tokens[bracket - 1].kind == .word || tokens[bracket - 1].writtenYear != nil else { return nil }
        var s = bracket - 1
        func opens(_ k: Int) -> Bool {
            (words.comparisonOpeners + words.bracketedBaseLeads).contains { $0.endsAt(tokens, k, lowerBound: 0) }
        }
        while s > 0, bracket - s < 8, !opens(s) {
            guard tokens[s - 1].kind == .word || tokens[s - 1].writtenYear != nil else { return nil }
            s -= 1
        }
        guard s > 0, opens(s) else { return nil }
        if tokens[s].is("the") { s += 1 }
        if let e = words.baseYearLeads.lazy.compactMap({ $0.startsAt(tokens, s, limit: bracket) }).first {
            guard !own.isAnnual else { return nil }
            if e + 1 == bracket, let y = tokens[e].writtenYear, y < own.year { return Period(year: y, kind: own.kind) }
            if words.previousYearMarkers.contains(where: { $0.startsAt(tokens, e, limit: bracket) == bracket }) { return Period(year: own.year - 1, kind: own.kind) }
            return nil
        }
        guard own.isAnnual else { return nil }
        if s + 1 == bracket, let y = tokens[s].writtenYear, y < own.year { return Period(year: y) }
        if words.previousYearMarkers.contains(where: { $0.startsAt(tokens, s, limit: bracket) == bracket }) { return Period(year: own.year - 1) }
        return nil
    }

    /// "…, 2017 was 216 million", "…, in 2017 was 26.13 million" (word for word from 2017年为…): a clause
    /// opening on an earlier whole year and a copula (`appositionCopulas`) right before the figure
    /// labels it as that year's; so does a reference to the figure for the copula ("… 34.1% of the
    /// 2019 level (in 2019 it was 675 million)": `figureReferences`).
    private func yearClauseLabel(_ m: Mention, _ tokens: [Token], of own: Period) -> Period? {
        guard own.isAnnual, m.first >= 3 else { return nil }
        let link = words.figureReferences.first(where: { $0.endsAt(tokens, m.first, lowerBound: 0) }).map { m.first - $0.parts.count }
            ?? (words.copulas.contains(tokens[m.first - 1]) ? m.first - 1 : nil)
        // ("…, 2019 year is 670 million": a machine translation's 2019年 keeps its "year".)
        guard var link, link >= 2 else { return nil }
        if words.literalYearWords.contains(tokens[link - 1]), link >= 3, tokens[link - 2].writtenYear != nil { link -= 1 }
        guard let y = tokens[link - 1].writtenYear, y < own.year else { return nil }
        var k = link - 2
        if words.yearPrepositions.contains(tokens[k]) { k -= 1 }
        return k >= 0 && SentenceReader.isClauseEnd(tokens[k]) ? Period(year: y) : nil
    }

    /// Whether the marker ending at `end` labels the figure right after it (上年为6.1亿人次).
    private func labelsFigure(_ tokens: [Token], markerEnd end: Int) -> Bool {
        var j = words.figureReferences.lazy.compactMap { $0.startsAt(tokens, end, limit: tokens.count) }.first ?? end
        let start = j
        while j < tokens.count, j - start < 3, Self.beforeBaseFigure.contains(tokens[j]) { j += 1 }
        return j > end && j < tokens.count && tokens[j].kind == .number
    }

    /// "…累计2089.1万人次，已超过2024年全年": a marker right after a comparison opener (超过, 高于,
    /// 相当于), with only a year between, is what the figure is compared with, not its period.
    private func isComparisonTarget(_ tokens: [Token], _ f: Int) -> Bool {
        var j = f
        if j >= 2, tokens[j - 1].is("年"), tokens[j - 2].writtenYear != nil { j -= 2 }
        // ("占全年总数的56%", "56% of the year's total": the whole a share is of.)
        let k = j > 0 && tokens[j - 1].is("the") ? j - 1 : j
        return words.comparisonOpeners.contains { $0.endsAt(tokens, j, lowerBound: 0) } || words.shareLeads.contains { $0.endsAt(tokens, k, lowerBound: 0) }
    }

    /// "down 22.3 percent from the holiday last year": a marker after a change and a base word
    /// ("from", "than", "over"), with no figure between, names the base of the change.
    private func isComparedWith(_ tokens: [Token], _ f: Int, _ mentions: [Mention]) -> Bool {
        var j = f - 1
        while j >= 0, j >= f - 5, !SentenceReader.isClauseEnd(tokens[j]), tokens[j].kind != .number {
            if words.baseMarks.contains(tokens[j]) {
                return mentions.contains { $0.isPercent && $0.end <= j && !tokens[$0.end..<j].contains(where: SentenceReader.isClauseEnd) }
            }
            // "up 48.8% on the same holiday last year": "on" right after a change is a base mark too.
            if tokens[j].is("on"), mentions.contains(where: { $0.isPercent && $0.end == j }) { return true }
            // "2.5 times (of) last year's": the base of a multiple.
            if tokens[j].is("times"), j > 0, tokens[j - 1].kind == .number { return true }
            j -= 1
        }
        return false
    }

    /// "去年全年" / "last year": the year before the release (the document's own year for an annual
    /// release published the following January; the year before for a quarterly one).
    private var previousYear: Period {
        if let r = releasedYear { return Period(year: r - 1) }
        return document.isAnnual ? document : Period(year: document.year - 1)
    }

    /// The period of a sentence, given the window carried from earlier sentences of its paragraph.
    /// Returns the period and the window to carry on. `named`: in a release on a part of the year,
    /// the other period an earlier sentence of the paragraph named ("第三季度，查验…。签发普通护照596.2万本"),
    /// for a sentence that names none.
    func period(of tokens: [Token], mentions: [Mention], carried: Period?, named: Period? = nil, mask: KeyMask) -> (Period, carry: Period?) {
        // (The part of the year is read once: it is asked for up to three times below.)
        lazy var part = partOfYear(tokens, mentions)
        if let stretch = window(tokens, mentions) ?? campaign(tokens, mask, partNamed: part != nil) ?? yearToDate(tokens, mask).map({ y in
            // "Year to date, January-September: …": the part of the year named bounds the stretch.
            part.flatMap { p in p.span.start == y.span.start && p.span.end < y.span.end ? p : nil } ?? y
        }) {
            // An operation's stretch that is exactly a quarter stays the operation's.
            let w = words.campaignNouns.contains(where: { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<tokens.count) != nil }) ? stretch : stretch.canonical
            return (w, w.isAnnual ? nil : w)
        }
        if let y = subjectYear(tokens, mentions) {
            if case .window = document.kind, y == document.year { return (document, nil) }
            return (Period(year: y), nil)
        }
        if let p = part { return (p, nil) }
        if let m = namedMonth(tokens, mentions) { return (m, m) }
        if let y = labelYear(tokens, mentions) {
            if case .window = document.kind, y == document.year { return (document, nil) }
            return (Period(year: y), nil)
        }
        if let base = leadingSamePeriod(tokens, mentions) { return (base, nil) }
        if let y = referredYear(tokens, mentions, mask) ?? leadingYear(tokens, mentions) {
            // "In 2023, …" in a release on a stretch of 2023 is that stretch.
            if case .window = document.kind, y == document.year { return (document, nil) }
            return (Period(year: y), nil)
        }
        if namesReleaseYear(tokens, mentions) { return (Period(year: document.year), nil) }
        if let y = marksYear(tokens, mask, mentions) { return (y, nil) }
        if let y = currentYear(tokens, mask) { return (y, nil) }
        if let f = words.campaignOpeners.lazy.compactMap({ mask.mayHold($0) ? $0.firstMatch(in: tokens, 0..<tokens.count) : nil }).first {
            if let w = sinceEarlierYear(tokens, after: f) { return (w, w) }
            let w = carried ?? .window(String(format: "%04d-01-01", document.year), released ?? String(format: "%04d-12-31", document.year))
            return (w, w)
        }
        if let c = carried { return (c, c) }
        if let n = named, !document.isAnnual { return (n, nil) }
        return (document, nil)
    }

    /// A holiday or other stretch inside the period ("During the Spring Festival holiday, 13.5
    /// million people crossed", "took 612,000 calls during the month"): its figures are not the
    /// period's. The release rarely dates it, so the window is the document's whole period, with a
    /// note saying so.
    /// The stretch must be named before the sentence's first figure, or in the clause of one
    /// ("took 612,000 calls during the month"); "…, adding that the hotline stays open during the
    /// Spring Festival" dates no figure.
    /// `dated`: holidays whose dates an earlier sentence gave ("the Spring Festival holiday
    /// (January 21 to 27)"), by their phrase. `last`: the stretch of the holiday named last, which
    /// "during the holiday" and "over the festival" refer back to.
    /// "The busiest day was Jan. 25, when …": a single day's figure is that day's when the
    /// sentence dates it.
    func holiday(in tokens: [Token], mentions: [Mention], period: Period, mask: KeyMask, dated: [String: Period] = [:],
                 last: (Period, note: String?)? = nil) -> (Period, note: String?)? {
        guard let firstFigure = mentions.first(where: { $0.kind == .figure })?.first else { return nil }
        /// Where the phrase stands when it dates a figure.
        func governing(_ p: Phrase) -> Int? {
            guard mask.mayHold(p), let f = p.firstMatch(in: tokens, 0..<tokens.count) else { return nil }
            return dating(at: f, length: p.parts.count)
        }
        /// "Over the eight-day holiday": an anaphor with the stretch's length after its first word.
        /// (The length words are found once for every anaphor tried.)
        lazy var lengths = tokens.indices.dropFirst().filter { isLength(tokens[$0]) }
        func governingPastLength(_ p: Phrase) -> Int? {
            guard p.parts.count >= 2, !p.hasGap else { return nil }
            for d in lengths where tokens[d - 1].isText(p.parts[0]) {
                let rest = d + 1
                if rest + p.parts.count - 1 <= tokens.count, (1..<p.parts.count).allSatisfy({ tokens[rest + $0 - 1].isText(p.parts[$0]) }) {
                    return dating(at: d - 1, length: p.parts.count + 1)
                }
            }
            return nil
        }
        /// Where a phrase found at `f` stands when it dates a figure.
        func dating(at f: Int, length: Int) -> Int? {
            // 发言人在当日举行的发布会上介绍，全年…: a Chinese day or stretch an event verb follows dates the
            // event ("since the holiday began, …" still dates its English figures).
            var v = f + length
            if v < tokens.count, tokens[v].is("的") { v += 1 }
            if v < tokens.count, tokens[v].kind == .han, words.eventVerbPhrases.contains(where: { $0.startsAt(tokens, v, limit: tokens.count) != nil }) { return nil }
            if f < firstFigure { return f }
            guard let figure = mentions.last(where: { $0.kind == .figure && $0.end <= f }) else { return nil }
            // "358,000 vehicles, including 16,700 aircraft, were inspected during the holiday": a
            // clause going on after a comma is still the figure's.
            guard let c = tokens[figure.end..<f].lastIndex(where: SentenceReader.isClauseEnd) else { return f }
            return tokens[c].is(",") && words.clauseContinuers.contains(where: { $0.startsAt(tokens, c + 1, limit: f) != nil }) ? f : nil
        }
        if let p = words.dayMarkers.first(where: { governing($0) != nil }) {
            if let d = singleDay(tokens) { return (.window(d, d), nil) }
            return undatedDay(p.source, inside: period)
        }
        if period == document, let p = words.unnamedStretches.first(where: { governing($0) != nil }) { return undatedStretch(p.source, inside: period) }
        guard let p = words.holidays.first(where: { governing($0) != nil }) else {
            guard let a = words.holidayAnaphors.first(where: { governing($0) != nil || governingPastLength($0) != nil }) else { return nil }
            return last ?? undatedStretch(a.source, inside: period)
        }
        if let known = dated[p.source] { return (known, nil) }
        return undatedStretch(p.source, inside: period)
    }

    /// "On September 15, 2025, China introduced …. Since then and until the end of the year,
    /// 560,000 …": a window from `day`, the one day the sentence before names, to the end of its
    /// year when the sentence says so, else to the release; nil without such words or day.
    func sinceThen(_ tokens: [Token], mask: KeyMask, day: () -> String?) -> Period? {
        guard words.sinceAnaphors.contains(where: { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<tokens.count) != nil }),
              let day = day() else { return nil }
        let yearEnd = words.yearEnds.contains { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<tokens.count) != nil }
        let end = yearEnd ? String(day.prefix(4)) + "-12-31" : openEnd
        return end >= day ? .window(day, end) : nil
    }

    /// The one date a sentence names, for `sinceThen` in the sentence after it.
    func dayNamed(_ tokens: [Token]) -> String? { singleDay(tokens) }

    /// The one date a sentence names ("Jan. 25", "25 January 2020"), as a day of the document's
    /// year unless it states its own; nil when it names none or a range.
    private func singleDay(_ tokens: [Token]) -> String? {
        for k in tokens.indices where words.month(tokens[k]) != nil || tokens[k].kind == .number {
            guard let (a, after) = monthFirst(tokens, k), a.day != nil else { continue }
            if after < tokens.count, words.windowJoiners.contains(tokens[after]) || tokens[after].is("-") { return nil }
            return iso(a, defaultYear: document.year, end: false)
        }
        return nil
    }

    /// "expects cross-border trips to exceed 760 million in 2026", "trips will reach 5 100 million":
    /// the forecast marker of a figure, written before it in its segment or after it in its clause.
    func forecast(of m: Mention, _ tokens: [Token], mask: KeyMask) -> String? {
        let from = tokens[..<m.first].lastIndex(where: SentenceReader.isSegmentEnd).map { $0 + 1 } ?? 0
        var e = m.end
        while e < tokens.count, !SentenceReader.isClauseEnd(tokens[e]) { e += 1 }
        for p in words.forecastMarkers where mask.mayHold(p) {
            if let f = p.firstMatch(in: tokens, from..<e), f < m.first || f >= m.end { return p.source }
        }
        for p in words.forecastMarkersAfter where mask.mayHold(p) {
            if p.firstMatch(in: tokens, m.end..<e) != nil { return p.source }
        }
        // "- Base case: around 705 million …; foreign-national crossings ~78 million": the line's label,
        // after a bullet (a mark, no comma, before it: a label opens the line).
        for p in words.forecastLabels where mask.mayHold(p) {
            for at in p.matches(in: tokens, 0..<m.first) where at == 0 || (tokens[at - 1].kind == .punct && !tokens[at - 1].is(",")) {
                if let e = p.end(tokens, from: at, limit: m.first), e < m.first, tokens[e].is(":") { return p.source }
            }
        }
        return nil
    }

    /// "eight-day", "seven-day-long", "5-day": a word giving a stretch's length (grammar `lengthSuffixes`).
    private func isLength(_ t: Token) -> Bool {
        // A token's text is lower-cased already; bytes, not Characters, are compared.
        t.kind == .word && words.lengthSuffixes.contains { t.text.utf8.count > $0.utf8.count && t.text.hasSuffix($0) }
    }

    /// The stretch of holiday `h` a sentence names, for what later refers back to it ("the
    /// holiday"): its dates when a sentence gave them, else the holiday inside `period`.
    func stretch(ofHoliday h: String, inside period: Period, dated: [String: Period]) -> (Period, note: String?) {
        if let known = dated[h] { return (known, nil) }
        return undatedStretch(h, inside: period)
    }

    /// The first holiday a sentence names, wherever it stands.
    func holidayNamed(in tokens: [Token], mask: KeyMask) -> String? {
        words.holidays.first { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<tokens.count) != nil }?.source
    }

    /// "…, and the number of single-day inspections exceeded 2.2 million": a single-day word in the
    /// figure's own clause, before it, makes it one day's figure inside `period`, whatever the sentence's period.
    func singleDay(before m: Mention, _ tokens: [Token], mask: KeyMask, inside period: Period) -> (Period, note: String)? {
        let start = (tokens[..<m.first].lastIndex(where: SentenceReader.isClauseEnd) ?? -1) + 1
        guard start < m.first, let p = words.dayMarkers.first(where: { mask.mayHold($0) && $0.firstMatch(in: tokens, start..<m.first) != nil }) else {
            return holidayOfLaterSegment(before: m, tokens, mask: mask, inside: period)
        }
        // "其中2月17日单日出入境人员达…", "12月31日单日…": the day the clause dates before the marker.
        if let k = (start..<m.first).first(where: { tokens[$0].kind == .number }), let (d, after) = day(tokens, k), d.day != nil, after <= m.first,
           after == m.first || !(words.windowJoiners.contains(tokens[after]) || tokens[after].is("-")),
           var iso = iso(d, defaultYear: Int(period.span.start.prefix(4)) ?? document.year, end: false) {
            // (元旦假期（12月30日至1月1日）…1月1日单日: a day of the window's later year.)
            if iso < period.span.start, let later = Int(period.span.end.prefix(4)), let i = self.iso(d, defaultYear: later, end: false) { iso = i }
            return (.window(iso, iso), "a figure for \"\(p.source)\", a single day")
        }
        return undatedDay(p.source, inside: period)
    }

    /// "四季度出入境人员1.86亿人次；元旦假期首日，全国口岸…218万人次": a holiday named in a later
    /// segment of the sentence (after a semicolon, past a figure), before figure `m`, makes it
    /// that holiday's figure inside `period`, not the period's the sentence opened with.
    private func holidayOfLaterSegment(before m: Mention, _ tokens: [Token], mask: KeyMask, inside period: Period) -> (Period, note: String)? {
        guard let end = tokens[..<m.first].lastIndex(where: SentenceReader.isSegmentEnd),
              tokens[..<end].contains(where: { $0.kind == .number }),
              let p = words.holidays.first(where: { mask.mayHold($0) && $0.firstMatch(in: tokens, (end + 1)..<m.first) != nil }) else { return nil }
        return undatedStretch(p.source, inside: period)
    }

    /// A figure for a stretch inside `period` whose dates the release does not give (a holiday): the
    /// whole period as its window, and a note that says so.
    /// A holiday whose days the grammar bounds (`holidayWindows`: the Spring Festival holiday falls
    /// between late January and late February) has those days as its window when they lie inside
    /// `period`: never the whole year.
    private func undatedStretch(_ phrase: String, inside period: Period) -> (Period, note: String) {
        let (start, end) = period.span
        let note = "a figure for \"\(phrase)\", a stretch inside \(period) whose exact dates the release does not give"
        if let days = words.lexicon.holidayWindows?[phrase], let y0 = Int(start.prefix(4)), let y1 = Int(end.prefix(4)), y0 <= y1 {
            for y in y0...y1 {
                if let w = PartOfYear(phrase: phrase, period: days).period(in: y), w.span.start >= start, w.span.end <= end {
                    return (w, note + "; the window holds every day it can fall on")
                }
            }
            // A holiday across the period's edge (National Day after a release on January to September)
            // is still the holiday's: a holiday's figure is never the whole period's.
            if let w = PartOfYear(phrase: phrase, period: days).period(in: y1), w.span.start <= end, w.span.end >= start {
                return (w, "a figure for \"\(phrase)\", a holiday whose exact dates the release does not give; the window holds every day it can fall on")
            }
        }
        return (.window(start, end), note)
    }

    /// A figure for a single day inside `period` whose date the release does not give: the whole
    /// period as its window, and a note that says so.
    private func undatedDay(_ phrase: String, inside period: Period) -> (Period, note: String) {
        let (start, end) = period.span
        return (.window(start, end), "a figure for \"\(phrase)\", a single day inside \(period) whose date the release does not give")
    }

    /// "… even lower than in 2021, when 128 million crossings were recorded": a figure in a clause
    /// opened by "when" right after a year is that year's; so is one after a year's level ("19
    /// percent of the 2019 level, when 670 million …"). After a part of a year ("the first three
    /// quarters of 2019, when …") it is that part's.
    func periodOfWhenClause(_ m: Mention, _ tokens: [Token]) -> Period? {
        var k = m.first - 1
        while k >= 2, m.first - k <= 8, !SentenceReader.isSegmentEnd(tokens[k]) {
            if tokens[k].is("when"), tokens[k - 1].is(","), let y = tokens[k - 2].writtenYear {
                // "Compared with the same period of 2019, when …": the release's own part of that year.
                if words.baseYearLeads.contains(where: { $0.endsAt(tokens, k - 2, lowerBound: 0) }) { return samePeriod(in: y) }
                return partClosed(tokens, year: k - 2).flatMap { $0.period(in: y) } ?? Period(year: y)
            }
            if k >= 3, tokens[k].is("when"), tokens[k - 1].is(","), words.baseYearTrails.contains(tokens[k - 2]),
               let y = tokens[k - 3].writtenYear { return Period(year: y) }
            // "… compared with about one in thirteen a year earlier, when 12.5 million …": the release's
            // own stretch a year before.
            if k >= 2, tokens[k].is("when"), tokens[k - 1].is(","),
               words.yearEarlierWords.contains(where: { $0.endsAt(tokens, k - 1, lowerBound: 0) }) { return samePeriod(in: document.year - 1) }
            k -= 1
        }
        return nil
    }

    /// The release's own stretch in year `y` ("the same period of 2019"): its quarter, half or
    /// window of days moved to that year.
    func samePeriod(in y: Int) -> Period { document.sameDays(inYear: y) }

    /// "the first half of 2019", "Q1 2019": the part of the year written right before the year at `y`.
    private func partClosed(_ tokens: [Token], year y: Int) -> PartOfYear? {
        let e = y >= 1 && tokens[y - 1].is("of") ? y - 1 : y
        let parts = words.lexicon.partsOfYear
        // `partPhrases` are the parts' phrases, compiled once, in the same order.
        return parts.indices.first { parts[$0].period != "year" && words.partPhrases[$0].endsAt(tokens, e, lowerBound: 0) }.map { parts[$0] }
    }

    /// "159 million, 164 million and 180 million trips were inspected in the first, second and third
    /// quarters", "17.9 million trips in the first quarter, 19.6 million in the second and 22.6
    /// million in the third": the part of the year of each count of a list of parts, by the
    /// count's first token; empty unless two counts or more have one.
    func listedParts(_ tokens: [Token], _ mentions: [Mention], year: Int) -> [Int: Period] {
        func ordinalAfterIn(_ k: Int) -> Int? {
            guard k + 2 < tokens.count, tokens[k].is("in"), tokens[k + 1].is("the") else { return nil }
            return words.partOrdinals[tokens[k + 2].text]
        }
        guard !words.partOrdinals.isEmpty else { return [:] }
        let counts = mentions.filter { $0.kind == .figure && !$0.isPercent && !$0.isRate }
        guard counts.count >= 2 else { return [:] }
        func part(_ noun: String, _ n: Int, in year: Int = year) -> Period? {
            if noun == "quarter", (1...4).contains(n) { return Period(year: year, kind: .quarter(n)) }
            if noun == "half", (1...2).contains(n) { return Period(year: year, kind: .half(n)) }
            return nil
        }
        guard tokens.indices.contains(where: { ordinalAfterIn($0) != nil }) else { return rankedParts(tokens, counts, { part($0, $1) }) }
        var out: [Int: Period] = [:]
        // Ordinals listed before one plural noun: in order to as many counts before them.
        for i in tokens.indices where ordinalAfterIn(i) != nil {
            var ordinals: [Int] = [], k = i + 2
            while k < tokens.count {
                if let n = words.partOrdinals[tokens[k].text] { ordinals.append(n) } else if !(tokens[k].is(",") || tokens[k].is("and")) { break }
                k += 1
            }
            guard ordinals.count >= 2, k < tokens.count, let noun = words.partNouns[tokens[k].text] else { continue }
            let listed = counts.filter { $0.end <= i }.suffix(ordinals.count)
            guard listed.count == ordinals.count else { return [:] }
            for (m, n) in zip(listed, ordinals) { out[m.first] = part(noun, n) }
            return out
        }
        // Each count with its own part after it; a bare ordinal takes the noun of the part before.
        var noun: String?
        for m in counts {
            var k = m.end
            while k < min(tokens.count, m.end + 3), tokens[k].kind == .word, !tokens[k].is("in") { k += 1 }
            guard let n = ordinalAfterIn(k) else { continue }
            // ("… 204 million in the first half of 2023": the part of the year it names; "… of last
            // year": the year before the release's.)
            let of = k + 5 < tokens.count && (tokens[k + 4].is("of") || tokens[k + 4].is("in"))
            let named = of ? tokens[k + 5].writtenYear ?? (words.previousYearMarkers.contains { $0.startsAt(tokens, k + 5, limit: tokens.count) != nil } ? previousYear.year : nil) : nil
            if k + 3 < tokens.count, let w = words.partNouns[tokens[k + 3].text] { noun = w; out[m.first] = part(w, n, in: named ?? year) }
            else if let w = noun { out[m.first] = part(w, n) }
        }
        return out.count >= 2 ? out : [:]
    }

    /// "The busiest quarter was the third, with 22.9 million …, followed by the fourth with 22.6
    /// million": after a part noun, "the" and an ordinal right before a count (a comma and "with"
    /// between at most) name that count's part; empty unless two counts have one.
    private func rankedParts(_ tokens: [Token], _ counts: [Mention], _ part: (String, Int) -> Period?) -> [Int: Period] {
        guard let nounAt = tokens.indices.first(where: { words.partNounKeys.contains(tokens[$0].key) && words.partNouns[tokens[$0].text] != nil }),
              let noun = words.partNouns[tokens[nounAt].text] else { return [:] }
        var out: [Int: Period] = [:]
        for m in counts where m.first > nounAt + 2 {
            var k = m.first
            while k > nounAt + 2, tokens[k - 1].is(",") || tokens[k - 1].is("with") { k -= 1 }
            guard let n = words.partOrdinals[tokens[k - 1].text], tokens[k - 2].is("the") else { continue }
            out[m.first] = part(noun, n)
        }
        return out.count >= 2 ? out : [:]
    }

    /// "… against 61.2 million in the first quarter": the part of the year named right after a
    /// figure ("in …"), up to its clause's end; nil when none is.
    /// With `verbToo`, a word may stand between ("7.96 million entered in the third quarter").
    func partAfter(_ m: Mention, _ tokens: [Token], verbToo: Bool = false) -> Period? {
        var s = m.end
        if verbToo, s + 1 < tokens.count, tokens[s].kind == .word, tokens[s + 1].is("in") { s += 1 }
        guard s < tokens.count, tokens[s].is("in") else { return nil }
        let e = tokens[s...].firstIndex(where: SentenceReader.isClauseEnd) ?? tokens.count
        return partOfYear(Array(tokens[s..<e]), [])
    }

    /// "up 87.3% on 2023", "an increase of 12 percent over 2023": the one year a sentence's
    /// changes are measured against, when it names one.
    func changeBaseYear(_ tokens: [Token], _ mentions: [Mention]) -> Int? {
        var years = Set<Int>()
        for m in mentions where m.isPercent {
            var k = m.end
            if k < tokens.count, tokens[k].is("compared") { k += 1 }
            guard k + 1 < tokens.count, Self.changeBaseWords.contains(tokens[k]), let y = tokens[k + 1].writtenYear else { continue }
            years.insert(y)
        }
        return years.count == 1 ? years.first : nil
    }
    private static let changeBaseWords = TokenSet(["on", "over", "with", "from"])

    /// "up from 645 million in 2018": a figure followed, in its clause, by "in" and a year before
    /// the sentence's is that year's (the base of a comparison). Later years are forecasts: none.
    /// "2024's 64.9m": the year written with "'s" right before figure `m`.
    static func possessiveYear(before m: Mention, _ tokens: [Token]) -> Int? {
        guard m.first >= 3, tokens[m.first - 1].is("s"), tokens[m.first - 2].is("'") || tokens[m.first - 2].is("’") else { return nil }
        return tokens[m.first - 3].writtenYear
    }

    /// "compared with 2024 the 6.1 100 million" (a machine translation of 与2024年的6.1亿相比): a year
    /// and "the" right before figure `m`, after a comparison's opener: the year of the base.
    func markedYearBefore(_ m: Mention, _ tokens: [Token]) -> Int? {
        guard m.first >= 3, tokens[m.first - 1].is("the"), let y = tokens[m.first - 2].writtenYear,
              words.comparisonOpeners.contains(where: { $0.endsAt(tokens, m.first - 2, lowerBound: 0) }) else { return nil }
        return y
    }

    /// "compared with last year same period the 11311.1 ten thousand": the same words of the year
    /// before's same period and "the" right before figure `m`, after a comparison's opener.
    func markedSamePeriodBefore(_ m: Mention, _ tokens: [Token]) -> Bool {
        guard m.first >= 3, tokens[m.first - 1].is("the"), let s = previousSamePeriodStart(endingAt: m.first - 1, tokens) else { return false }
        return words.comparisonOpeners.contains { $0.endsAt(tokens, s, lowerBound: 0) }
    }

    /// Where "last year same period" (a marker of the year before, then a same-period word) starts
    /// when it ends at `end`; nil when it does not end there.
    private func previousSamePeriodStart(endingAt end: Int, _ tokens: [Token]) -> Int? {
        for w in words.samePeriodWords where w.endsAt(tokens, end, lowerBound: 0) {
            let s = end - w.parts.count
            if let y = words.previousYearMarkers.first(where: { $0.endsAt(tokens, s, lowerBound: 0) }) { return s - y.parts.count }
        }
        return nil
    }

    /// "128.0 million (2020: 269.0 million)", "33.8 million (2020 fourth quarter: 32.6 million)":
    /// where the year stands when figure `m` is labelled, inside a bracket opened right after
    /// another figure, with a year (and at most a few words, a part of that year) and a colon: the
    /// same count for that earlier period, never the period's own figure nor a change.
    static func bracketYearLabel(_ m: Mention, _ tokens: [Token], after previous: Mention?) -> Int? {
        guard let previous, m.first >= 3, tokens[m.first - 1].is(":") || tokens[m.first - 1].is("：") else { return nil }
        // Its noun may stand between the figure and the bracket: "21.7 million trips (2023: 8.6 million)",
        // "798,000 port visas in 2023 (2022: 118,600)".
        var open = previous.end
        while open < m.first, open - previous.end < 5, tokens[open].kind == .word || (tokens[open].writtenYear != nil && open > previous.end) { open += 1 }
        guard open + 2 < m.first, tokens[open].is("(") || tokens[open].is("（") else { return nil }
        let colon = m.first - 1
        // ("(H1 2024: 286.5 million)", "(first half of 2024: …)": a part of the year may stand before its year.)
        guard let y = ((open + 1)..<min(colon, open + 6)).first(where: { tokens[$0].writtenYear != nil }),
              tokens[(open + 1)..<y].allSatisfy({ $0.kind == .word || ($0.kind == .number && $0.text.count == 1) }),
              colon - y <= 5, tokens[(y + 1)..<colon].allSatisfy({ $0.kind == .word }) else { return nil }
        return y
    }

    /// The period a bracket label (`bracketYearLabel`) names: its year, or the part of it the words
    /// after the year name ("2020 fourth quarter", "2019 H1"); nil for other words.
    func bracketLabelPeriod(_ m: Mention, _ tokens: [Token], after previous: Mention?) -> Period? {
        guard let y = Self.bracketYearLabel(m, tokens, after: previous), let year = tokens[y].writtenYear else { return nil }
        let colon = m.first - 1
        let parts = words.lexicon.partsOfYear
        // "(H1 2024: …)", "(the first half of 2024: …)": the part before the year.
        if !(tokens[y - 1].is("(") || tokens[y - 1].is("（")) {
            var k = y - 1
            while k > 0, !(tokens[k - 1].is("(") || tokens[k - 1].is("（")) { k -= 1 }
            if tokens[k].is("the") { k += 1 }
            let end = tokens[y - 1].is("of") ? y - 1 : y
            return parts.indices.first { parts[$0].period != "year" && words.partPhrases[$0].startsAt(tokens, k, limit: end) == end }
                .flatMap { parts[$0].period(in: year) }
        }
        if y + 1 == colon { return Period(year: year) }
        var k = y + 1
        if tokens[k].is("the") { k += 1 }
        return parts.indices.first { parts[$0].period != "year" && words.partPhrases[$0].startsAt(tokens, k, limit: colon) == colon }
            .flatMap { parts[$0].period(in: year) }
    }

    /// "2.9% above the same nine months of 2019 (505.2 million)", "the benchmark of H1 2019 (326.8
    /// million)": a figure alone in brackets right after a period written with its year is that
    /// period's (a part of it, the release's stretch of it after "same", else the year).
    func periodBeforeBracket(_ m: Mention, _ tokens: [Token]) -> Period? {
        let open = m.first - 1, y = m.first - 2
        guard y >= 1, tokens[open].is("(") || tokens[open].is("（"), m.end < tokens.count, tokens[m.end].is(")") || tokens[m.end].is("）"),
              let year = tokens[y].writtenYear, year < document.year || (year == document.year && !document.isAnnual) else { return nil }
        let end = tokens[y - 1].is("of") ? y - 1 : y
        let parts = words.lexicon.partsOfYear
        if let i = parts.indices.first(where: { parts[$0].period != "year" && words.partPhrases[$0].endsAt(tokens, end, lowerBound: 0) }) {
            return parts[i].period(in: year)
        }
        if tokens[max(0, y - 5)..<y].contains(where: { $0.is("same") }), year < document.year { return samePeriod(in: year) }
        return tokens[y - 1].is("of") || words.yearPrepositions.contains(tokens[y - 1]) ? Period(year: year) : nil
    }

    /// "the 47.0mn of the first half of 2019", "47.0mn crossings in the first half of 2019": a part
    /// of a year written with its year right after figure `m` (a few words between at most) is
    /// that figure's period. Returns where the part's phrase starts and the period.
    /// "651m for the whole of 2018", "722.6m in full-year 2025": a whole earlier year written so
    /// (`wholeYearLeads`) is that figure's too, never the sentence's.
    /// Returns where the part's phrase starts, where its year is written (nil for "last year") and the period.
    func datedPartAfter(_ m: Mention, _ tokens: [Token]) -> (at: Int, year: Int?, period: Period)? {
        var k = m.end
        while k < min(tokens.count, m.end + 5), tokens[k].kind == .word, !tokens[k].is("in"), !tokens[k].is("of"), !tokens[k].is("for") { k += 1 }
        guard k + 1 < tokens.count, tokens[k].is("in") || tokens[k].is("of") || tokens[k].is("for") else { return nil }
        k += 1
        if let e = words.wholeYearLeads.lazy.compactMap({ $0.startsAt(tokens, k, limit: tokens.count) }).first, e < tokens.count,
           let y = tokens[e].writtenYear, y < document.year, e + 1 == tokens.count || tokens[e + 1].kind == .punct || tokens[e + 1].is("and") {
            return (k, e, Period(year: y))
        }
        guard !tokens[k - 1].is("for") else { return nil }
        // "the 672.8 million of 2019": an earlier year right after "of" dates the figure.
        if tokens[k - 1].is("of"), let y = tokens[k].writtenYear, y < document.year,
           k + 1 == tokens.count || tokens[k + 1].kind == .punct || tokens[k + 1].is("and") { return (k, k, Period(year: y)) }
        // "505.3m in Jan-Sep", "178.4m crossings in July-September": a run of months of its year.
        if tokens[k - 1].is("in"), let (a, b) = hyphenedMonths(tokens[k]), a < b {
            let y = k + 1 < tokens.count ? tokens[k + 1].writtenYear : nil
            return (k, y == nil ? nil : k + 1, Period.months(y ?? document.year, a, b).canonical)
        }
        if tokens[k].is("the") { k += 1 }
        let parts = words.lexicon.partsOfYear
        for i in parts.indices where parts[i].period != "year" {
            guard var e = words.partPhrases[i].startsAt(tokens, k, limit: tokens.count) else { continue }
            if e < tokens.count, tokens[e].is("of") { e += 1 }
            // ("… in the first three months of last year": the year before, counted from the release's date.)
            let lastYear = words.previousYearMarkers.contains { $0.startsAt(tokens, e, limit: tokens.count) != nil } ? previousYear.year : nil
            // ("The figure compares with 147.1 million in the second quarter.": a part closing its clause
            // without a year is the release's year's.)
            if e == tokens.count || tokens[e].kind == .punct && !tokens[e].is("-"), lastYear == nil, let p = parts[i].period(in: document.year) {
                return (k, nil, p)
            }
            guard e < tokens.count, let y = tokens[e].writtenYear ?? lastYear, let p = parts[i].period(in: y) else { return nil }
            return (k, lastYear == nil ? e : nil, p)
        }
        return nil
    }

    /// "That compared with 55.4 million a year earlier" in a release on a quarter or a half: a
    /// phrase of the year before right after the figure (`yearBefore`) makes it the same part a year before.
    func samePartYearBefore(_ m: Mention, _ tokens: [Token], of own: Period) -> Period? {
        switch own.kind {
        case .quarter, .half: break
        default: return nil
        }
        guard !m.isPercent, closesClause(words.yearBefore, after: m, tokens) else { return nil }
        return Period(year: own.year - 1, kind: own.kind)
    }

    /// In a quarterly release, "issued 24.87 million passports in 2025" (its own year) or "reached
    /// 20.1 million in 2024" is that whole year's (`year` is then the release's year + 1); "in the
    /// fourth quarter of 2025" is no whole year. `later`: a retrospective's release year (or
    /// `Int.max` when none is known); the years after `year` and before it are past too ("fell to
    /// 185 million in 2020" in an article on 2019 written in 2025; a forecast says so with its marker).
    func yearAfter(_ m: Mention, _ tokens: [Token], before year: Int, orAfterUntil later: Int? = nil) -> Int? {
        func fits(_ y: Int) -> Bool { (1949..<year).contains(y) || later.map { y > year && y < $0 } == true }
        if let y = Self.possessiveYear(before: m, tokens) ?? markedYearBefore(m, tokens), fits(y) { return y }
        // "恢复至疫情前2019年（6.68亿人次）": a Chinese year written right before the figure.
        if let j = chineseYearBefore(m, tokens), let y = Int(tokens[j].text), fits(y) { return y }
        // "climbed 9.2 percent in 2023 to 610 million": the year stands between the change and the figure.
        // Not "fell from 27.5 million in 2019 to 1.068 million": there the year is the base figure's.
        if m.first >= 4, tokens[m.first - 1].is("to"), words.yearPrepositions.contains(tokens[m.first - 3]), tokens[m.first - 2].text.count == 4,
           words.percentWords.contains(tokens[m.first - 4]), let y = Int(tokens[m.first - 2].text), fits(y) {
            return y
        }
        if !m.isPercent, closesClause(words.yearBefore, after: m, tokens) { return year - 1 }
        func figureStarts(_ i: Int) -> Bool {
            Self.isFigureStart(tokens[i])
                || (words.lexicon.currencyPrefixes[tokens[i].text.lowercased()] != nil && i + 1 < tokens.count && Self.isFigureStart(tokens[i + 1]))
        }
        func nextFigureAfterWords(_ from: Int) -> Bool {
            var i = from
            while i < min(tokens.count, from + 8), tokens[i].kind == .word { i += 1 }
            return i > from && i < tokens.count && figureStarts(i)
        }
        var k = m.end
        // "36.9 million aircraft, trains, ships and vehicles in 2019": a list of nouns after the figure,
        // commas and all, is one subject; the year after it dates the figure.
        // ("651 million inbound and outbound persons were inspected in 2018": a few words of subject and verb.)
        var limit = m.end + 8
        if let e = nounListEnd(tokens, from: m.end) { limit = e + 8 }
        while k < min(tokens.count, limit), tokens[k].kind == .word || tokens[k].is("-") || (tokens[k].is(",") && k < limit - 8) {
            // "in the whole of 2025": a whole-year lead may stand between the preposition and the year.
            let at = words.yearPrepositions.contains(tokens[k]) ? words.wholeYearLeads.lazy.compactMap({ $0.startsAt(tokens, k + 1, limit: tokens.count) }).first ?? k + 1 : k + 1
            if words.yearPrepositions.contains(tokens[k]), at < tokens.count, tokens[at].kind == .number, tokens[at].text.count == 4,
               let y = Int(tokens[at].text), fits(y),
               at + 1 == tokens.count || tokens[at + 1].kind == .punct && !tokens[at + 1].is("-") || words.yearTrails.contains(tokens[at + 1])
                // "compared with 610 million in 2024 an increase of 14.3%": a change (after an article) ends the clause.
                || words.changeWords.contains(tokens[at + 1])
                || words.indefiniteArticles.contains(tokens[at + 1]) && at + 2 < tokens.count && words.changeWords.contains(tokens[at + 2])
                // "231 million were inspected in 2020 and 670 million in 2019": "and" opens the next figure.
                // "fell from 27.5 million in 2019 to 1.068 million in 2022": so does "to".
                // ("… CNY 3.2 billion in 2018 to CNY 2.9 billion": a currency may open it.)
                || (tokens[at + 1].is("and") || tokens[at + 1].is("to")) && at + 2 < tokens.count && figureStarts(at + 2)
                // "fell to 185 million in 2020 and reached a low of 115.7 million in 2022", "from 270mn in
                // 2020 and less than a fifth of the 670mn …": words after "and" before the next figure open its clause.
                || tokens[at + 1].is("and") && nextFigureAfterWords(at + 2)
                // "rose from 49,800 in 2020 to a peak of 117,800 in 2022".
                || tokens[at + 1].is("to") && nextFigureAfterWords(at + 2),
               !words.partPhrases.contains(where: { $0.endsAt(tokens, k, lowerBound: m.end) }) {
                return y
            }
            k += 1
        }
        return nil
    }

    /// The end of a list of nouns starting at `k` ("aircraft, trains, ships and vehicles"): words
    /// parted by commas, its last item after "and" or "or"; nil when no such list (two commas or more) starts there.
    private func nounListEnd(_ tokens: [Token], from k: Int) -> Int? {
        var i = k, commas = 0
        while i < min(tokens.count, k + 16) {
            let t = tokens[i]
            if t.is(",") { commas += 1; i += 1; continue }
            if t.is("and") || t.is("or") {
                guard commas >= 2, i + 1 < tokens.count, tokens[i + 1].kind == .word else { return nil }
                var e = i + 1
                while e < tokens.count, tokens[e].kind == .word, !words.yearPrepositions.contains(tokens[e]) { e += 1 }
                return e
            }
            guard t.kind == .word else { return nil }
            i += 1
        }
        return nil
    }

    /// "up from 5.81 million in the previous quarter": in a release on a quarter, a figure followed by
    /// `quarterBefore` words, then a mark or the end, is the quarter before's.
    func quarterAfter(_ m: Mention, _ tokens: [Token], of own: Period) -> Period? {
        guard !m.isPercent, closesClause(words.quarterBefore, after: m, tokens) else { return nil }
        return Self.quarterBefore(own)
    }

    /// The quarter before `own`'s, nil when `own` is no quarter.
    static func quarterBefore(_ own: Period) -> Period? {
        guard case .quarter(let q) = own.kind else { return nil }
        return q == 1 ? Period(year: own.year - 1, kind: .quarter(4)) : Period(year: own.year, kind: .quarter(q - 1))
    }

    /// Whether one of `phrases` stands right after figure `m` and ends its clause (a mark, not a
    /// hyphen, or the end after it): "… 35.47 million the year before.", "… in the previous quarter,".
    private func closesClause(_ phrases: [Phrase], after m: Mention, _ tokens: [Token]) -> Bool {
        guard let e = phrases.lazy.compactMap({ $0.startsAt(tokens, m.end, limit: tokens.count) }).first else { return false }
        return e == tokens.count || tokens[e].kind == .punct && !tokens[e].is("-")
    }

    /// "slightly above the second quarter's 28.13 million": a part of the year written in the
    /// possessive right before the figure dates it, in the year of `own`.
    /// So does one written right before it without the possessive, as a machine translation leaves
    /// 在上半年1.68亿人次的基础上: "on the basis of the first half year 1.68 100 million", "the
    /// first half of the year 2.87 100 million" (the year word, `literalYearWords`, after the part).
    func possessivePart(_ m: Mention, _ tokens: [Token], of own: Period) -> Period? {
        guard m.first >= 2, case let t = tokens[m.first - 1], t.kind == .word else { return nil }
        let possessive = t.text.hasSuffix("'s") || t.text.hasSuffix("’s")
        // (Most figures follow no part of the year: the word before them rules them out at a lookup.)
        guard possessive || words.partLastKeys.contains(t.key) || words.literalYearWords.contains(t) else { return nil }
        var head = Array(tokens[max(0, m.first - 9)..<m.first])
        if possessive {
            head[head.count - 1] = Token(kind: .word, start: t.start, end: t.end, text: String(t.text.dropLast(2)))
        } else if words.literalYearWords.contains(t) {
            head.removeLast()
            if let d = head.last, d.is("the") || d.is("this") { head.removeLast() }
            if let o = head.last, o.is("of") { head.removeLast() }
        }
        let parts = words.lexicon.partsOfYear
        return parts.indices.first { parts[$0].period != "year" && words.partPhrases[$0].endsAt(head, head.count, lowerBound: 0) }
            .flatMap { parts[$0].period(in: own.year) }
    }

    /// "equal to a quarter of last year's total of 697 million": a figure right after one of
    /// `previousYearTotals` is the whole previous year's (the year before the release's, as "last year" is);
    /// one right after `priorYearTotals` ("the previous year's total of") the year before `own`'s.
    func previousYearTotal(_ m: Mention, _ tokens: [Token], of own: Period) -> Period? {
        guard !m.isPercent, !m.isRate else { return nil }
        if words.previousYearTotals.contains(where: { $0.endsAt(tokens, m.first, lowerBound: 0) }) { return previousYear }
        if words.priorYearTotals.contains(where: { $0.endsAt(tokens, m.first, lowerBound: 0) }) { return Period(year: own.year - 1) }
        return nil
    }

    /// "47.6 million foreign trips in the same period of 2019", "… in the same period last year": a figure followed in its clause by a
    /// same-period lead (`baseYearLeads`) and an earlier year (or "last year", `previousYearMarkers`) is that year's part `period` is of the
    /// year (its quarter or half); nil for a figure of a whole year or a window.
    func samePeriodAfter(_ m: Mention, _ tokens: [Token], of period: Period) -> Period? {
        // (A window inside one year, "the first nine months", moves to that year as a quarter does.)
        let window = period.isWindow && period.span.start.prefix(4) == period.span.end.prefix(4)
        guard Extractor.isPartOfYear(period) || window, !m.isPercent else { return nil }
        func same(_ y: Int) -> Period { window ? period.sameDays(inYear: y) : Period(year: y, kind: period.kind) }
        var k = m.end
        while k < min(tokens.count, m.end + 6), tokens[k].kind == .word {
            if let e = words.baseYearLeads.lazy.compactMap({ $0.startsAt(tokens, k, limit: tokens.count) }).first, e < tokens.count {
                if let y = tokens[e].writtenYear, (1949..<period.year).contains(y), e + 1 == tokens.count || tokens[e + 1].kind == .punct {
                    return same(y)
                }
                // "… 6.5 million in the same quarter of last year": the year before the figure's part.
                if let l = words.previousYearMarkers.lazy.compactMap({ $0.startsAt(tokens, e, limit: tokens.count) }).first,
                   l == tokens.count || tokens[l].kind == .punct {
                    return same(period.year - 1)
                }
            }
            // "… from 322.3 million in the same period last year": the same words, no "of" between.
            if let e = words.samePeriodWords.lazy.compactMap({ $0.startsAt(tokens, k, limit: tokens.count) }).first,
               let l = words.previousYearMarkers.lazy.compactMap({ $0.startsAt(tokens, e, limit: tokens.count) }).first,
               l == tokens.count || tokens[l].kind == .punct {
                return same(period.year - 1)
            }
            k += 1
        }
        return nil
    }

    /// "than last year same period 1.50 hundred million" (比去年同期 word for word): a figure right after
    /// the year before's marker and a same-period word is that part of the year before.
    func samePeriodBefore(_ m: Mention, _ tokens: [Token], of period: Period) -> Period? {
        guard Extractor.isPartOfYear(period), !m.isPercent else { return nil }
        // ("compared with last year same period the 11311.1 ten thousand", a machine translation of
        // 与去年同期的…相比: "the" may stand before the figure.)
        if previousSamePeriodStart(endingAt: m.first > 0 && tokens[m.first - 1].is("the") ? m.first - 1 : m.first, tokens) != nil {
            return Period(year: period.year - 1, kind: period.kind)
        }
        // "(the same period last year was 126.28 million)": the same period, then last year, then a copula.
        var e = m.first
        if e > 0, tokens[e - 1].is("was") || tokens[e - 1].is("were") { e -= 1 }
        for y in words.previousYearMarkers where y.endsAt(tokens, e, lowerBound: 0) {
            if words.samePeriodWords.contains(where: { $0.endsAt(tokens, e - y.parts.count, lowerBound: 0) }) { return Period(year: period.year - 1, kind: period.kind) }
        }
        return nil
    }

    /// The year written just before a Chinese period word: 2024年一季度, 2024年第一季度, 2024年前三季度.
    /// A year elsewhere in the sentence (较2019年同期) is not the period's.
    static func chineseYear(before k: Int, _ tokens: [Token]) -> Int? {
        var j = k - 1
        if j >= 0, tokens[j].is("第") || tokens[j].is("前") { j -= 1 }
        guard j >= 1, tokens[j].is("年"), tokens[j - 1].kind == .number, tokens[j - 1].text.count == 4 else { return nil }
        return Int(tokens[j - 1].text)
    }

    /// The brackets (full-width or not) that hold a figure: a number that is no year or date.
    /// (Tokens, not mentions: a table row's heading has no mentions of its own.)
    static func bracketsHoldingFigures(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = [], open: Int?
        for (k, t) in tokens.enumerated() where t.kind == .punct {
            if t.is("(") || t.is("（") { open = k }
            else if t.is(")") || t.is("）"), let o = open {
                let figure = ((o + 1)..<k).contains { i in
                    tokens[i].kind == .number && tokens[i].writtenYear == nil
                        && !(i + 1 < k && (tokens[i + 1].is("年") || tokens[i + 1].is("月") || tokens[i + 1].is("日")))
                }
                if figure { out.append(o..<(k + 1)) }
                open = nil
            }
        }
        return out
    }

    /// 去年一季度, 上年第四季度: the year before (counted as `previousYearMarkers` are) written just
    /// before a Chinese period word.
    private func previousYear(before k: Int, _ tokens: [Token]) -> Int? {
        let j = k > 0 && (tokens[k - 1].is("第") || tokens[k - 1].is("前")) ? k - 1 : k
        guard let marker = words.previousYearMarkers.first(where: { $0.endsAt(tokens, j, lowerBound: 0) }) else { return nil }
        return yearBefore(marked: marker, from: document.year)
    }

    /// The year a previous-year marker names: 去年 (`releaseRelativeYearMarkers`) the year before the
    /// release's date, when that counts; 上年 the year before `year`.
    private func yearBefore(marked marker: Phrase, from year: Int, releaseCounts: Bool = true) -> Int {
        releaseCounts && words.releaseRelativeYearMarkers.contains(where: { $0.source == marker.source }) ? previousYear.year : year - 1
    }

    /// "throughout the year" in a quarterly release is the year; in a release on a dated stretch
    /// (a summer season) it is never read as the whole year.
    private var annualDefault: Period {
        if case .window = document.kind { return document }
        if !document.isAnnual, let y = paragraphYear { return Period(year: y) }
        return document.isAnnual ? document : Period(year: document.year)
    }

    /// In a quarterly release, the earlier whole year its paragraph is about ("2024年全年，… 。全年免签
    /// 入境外国人2008万人次" in a report on 2025's first quarter): "全年", "for the year" there are
    /// that year. Set by the extractor sentence by sentence, cleared at each paragraph.
    var paragraphYear: Int?

    /// ", and the number … in the fourth quarter alone reached …": the comma at `i` opens a clause
    /// of its own (a `clauseJoins` phrase starts there), which may name its own part of the year.
    func opensClause(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].kind == .punct && (words.clauseJoins.contains { $0.startsAt(tokens, i, limit: tokens.count) != nil } || opensMonthClause(tokens, i)
            || opensPartClause(tokens, i))
    }

    /// "…, the third quarter inspected 32.17 million", "…, in the third quarter 32.17 million …": a
    /// comma before a part of the year (after "in", "the") opens that part's clause.
    private func opensPartClause(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].is(","), i + 2 < tokens.count else { return false }
        var k = i + 1
        if words.yearPrepositions.contains(tokens[k]) { k += 1 }
        if k < tokens.count, tokens[k].is("the") { k += 1 }
        guard k > i + 1, let e = words.partPhrases.lazy.compactMap({ $0.startsAt(tokens, k, limit: tokens.count) }).max() else { return false }
        // (The part's own year may follow; "the first quarter of 2019" names another year, left to the year's rules.)
        return e < tokens.count && tokens[e].writtenYear == nil && !tokens[e].is("of")
    }

    /// "…, and June saw 58.3 million crossings": a comma and "and" before a month that is the
    /// subject of its clause (a word after it; not "May", a verb too) open a clause of that month;
    /// so does a comma before a month called a month ("…, the December single month exceeded …", 12月单月).
    private func opensMonthClause(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 2 < tokens.count, tokens[i].is(",") else { return false }
        if tokens[i + 1].is("and") && monthSubject(tokens, i + 2) != nil { return true }
        var k = i + 1
        if words.yearPrepositions.contains(tokens[k]) { k += 1 }
        if k < tokens.count, tokens[k].is("the") { k += 1 }
        guard k + 1 < tokens.count, !tokens[k].is("may"), words.month(tokens[k]) != nil else { return false }
        let noun = words.monthNounModifiers.contains(tokens[k + 1]) ? k + 2 : k + 1
        return noun < tokens.count && words.monthNouns.contains(tokens[noun])
    }

    /// The month named at `k` as the subject of its clause ("June saw …"): a word follows it
    /// that starts no run of months; never "May", a verb too.
    private func monthSubject(_ tokens: [Token], _ k: Int) -> Int? {
        guard k + 1 < tokens.count, !tokens[k].is("may"), let m = words.month(tokens[k]), tokens[k + 1].kind == .word,
              words.month(tokens[k + 1]) == nil, !tokens[k + 1].is("to"), !tokens[k + 1].is("through") else { return nil }
        return m
    }

    /// The window a figure of one segment of a sentence names for itself ("…; in September, 43.1
    /// million …"): a dated window, a part of the year or a month, else nil.
    func ownPeriod(of tokens: [Token], mentions: [Mention], mask: KeyMask) -> Period? {
        (window(tokens, mentions) ?? campaign(tokens, mask, partNamed: partOfYear(tokens, mentions) != nil)).map(\.canonical)
            ?? partOfYear(tokens, mentions) ?? namedMonth(tokens, mentions)
    }

    /// The whole year a segment names ("In 2025, …", and with `markersToo` "… during the year"), when it names one.
    func ownYear(of tokens: [Token], mentions: [Mention], mask: KeyMask, markersToo: Bool = true) -> Period? {
        leadingYear(tokens, mentions).map { Period(year: $0) } ?? (markersToo ? marksYear(tokens, mask, mentions) : nil)
    }

    /// "In the operation launched on November 1, … had been cracked by the end of December",
    /// "Since the launch of the summer action on June 1, as of August 31, …": from the date after
    /// a campaign's start to the date after a window end, else to the release.
    /// `partNamed`: the sentence names a part of the year ("in the first six months"); a start dated by
    /// its month alone ("The hotline, launched in January, answered … in the first six months") then
    /// says when the thing began, and the part named is the figure's period.
    private func campaign(_ tokens: [Token], _ mask: KeyMask, partNamed: @autoclosure () -> Bool = false) -> Period? {
        for p in words.campaignStarts where mask.mayHold(p) {
            guard let f = p.firstMatch(in: tokens, 0..<tokens.count) else { continue }
            var k = f + p.parts.count
            // "since the opening of the 12367 service platform on August 1": a number that names something is no figure.
            func isName(_ k: Int) -> Bool { words.nameMarkers.contains { $0.startsAt(tokens, k + 1, limit: tokens.count) != nil } }
            // "which began at the end of November": a month's edge after "at" dates the start too.
            func atEdge(_ k: Int) -> Bool { tokens[k].is("at") && day(tokens, k + 1).map { !$0.0.bare } == true }
            while k < min(tokens.count, f + 24), !tokens[k].is("on"), !tokens[k].is("in"), !atEdge(k), !Self.isFigureStart(tokens[k]) || isName(k) { k += 1 }
            func startDay(_ k: Int) -> (Day, Int)? {
                if let (a, after) = day(tokens, k + 1), a.day != nil || tokens[k].is("in") || tokens[k].is("at") { return (a, after) }
                // "(launched 1 Mar)", "started March 1": the date right after the start word.
                guard tokens[k].kind == .number else { return nil }
                // "launched Nov. 15": an abbreviated month's point stands between them.
                for b in [k, k - 1, k - 2] where b >= f + p.parts.count && (b != k - 2 || tokens[k - 1].is(".")) {
                    if let (a, after) = day(tokens, b), a.day != nil { return (a, after) }
                }
                return nil
            }
            guard k < tokens.count, let (a, after) = startDay(k), !(a.day == nil && partNamed()),
                  let s = iso(a, defaultYear: released == nil && document.isAnnual && a.year == nil ? document.year : yearForUndated(a, tokens, from: k),
                              end: false) else { continue }
            var end = openEnd
            var j = after
            // "… at the end of November 2025 to the end of February 2026": a joiner right after the start.
            if j < tokens.count, words.windowJoiners.contains(tokens[j]), let (b, _) = day(tokens, j + 1) {
                let sy = Int(s.prefix(4)) ?? document.year
                if let x = iso(b, defaultYear: b.year ?? (b.month < a.month ? sy + 1 : sy), end: true) { end = x }
                j = tokens.count
            }
            while j < tokens.count {
                if let e = words.windowEnds.lazy.compactMap({ $0.startsAt(tokens, j, limit: tokens.count) }).first,
                   let (b, _) = day(tokens, e) {
                    let sy = Int(s.prefix(4)) ?? document.year
                    if let x = iso(b, defaultYear: b.year ?? (b.month < a.month ? sy + 1 : sy), end: true) { end = x }
                    break
                }
                j += 1
            }
            return s <= end ? .window(s, end) : nil
        }
        return nil
    }

    /// "Of these, 91.2 million were mainland residents", "Mainland residents accounted for 91.2 million
    /// of these": the sentence's first figure is a part of the previous sentence's total. The marker
    /// stands before that figure or in its clause ("…, of which 214,000 were issued at …" divides a
    /// figure of the same sentence).
    func partOfPrevious(_ tokens: [Token], mentions: [Mention], mask: KeyMask) -> Bool {
        guard let first = mentions.first(where: { $0.kind == .figure }) else { return false }
        let last = mentions.last { $0.kind == .figure }!
        return words.partsOfPrevious.contains { p in
            guard mask.mayHold(p), let f = p.firstMatch(in: tokens, 0..<tokens.count) else { return false }
            // ("…, and 32,300 cases were investigated that year": after every figure, it dates them all.)
            return f < first.first || !tokens[first.end..<f].contains(where: SentenceReader.isClauseEnd)
                || (f >= last.end && words.yearReferences.contains { $0.source == p.source })
        }
    }

    /// "The following year brought 597.8 million": the sentence names the year after the previous
    /// sentence's before its first figure.
    func namesFollowingYear(_ tokens: [Token], mentions: [Mention], mask: KeyMask) -> Bool {
        guard let first = mentions.first(where: { $0.kind == .figure }) else { return false }
        return words.followingYearReferences.contains { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<first.first) != nil }
    }

    /// "270 million crossings in 2020, of which 143 million …": the words between a count and a later
    /// one open its breakdown ("of which", "among them"), naming no year but the count's own.
    func opensBreakdown(_ tokens: [Token], _ range: Range<Int>, year: Int) -> Bool {
        guard !range.isEmpty, !tokens[range].contains(where: { $0.writtenYear.map { $0 != year } ?? false }) else { return false }
        return words.partsOfPrevious.contains { $0.firstMatch(in: tokens, range) != nil }
    }

    /// "They also smashed 300 gangs in the operation", "such cases": the sentence refers back to a
    /// campaign or window named before it.
    func refersToCampaign(_ tokens: [Token], mask: KeyMask) -> Bool {
        words.campaignReferences.contains { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<tokens.count) != nil }
    }

    /// "Since the beginning of this year, …", "so far this year": from the first of January of the
    /// release's year to an "as of" date when one follows, else to the release.
    private func yearToDate(_ tokens: [Token], _ mask: KeyMask) -> Period? {
        if let through = monthToDate(tokens, mask) { return through }
        guard let p = words.yearToDateMarkers.first(where: { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<tokens.count) != nil }),
              let f = p.firstMatch(in: tokens, 0..<tokens.count),
              // ("the highest monthly figure so far this year": what a record is measured against.)
              !recordBefore(f, tokens, mask: mask) else { return nil }
        let y = releasedYear ?? document.year
        var asOf: String?
        for j in (f + p.parts.count)..<tokens.count {
            if let e = words.windowEnds.lazy.compactMap({ $0.startsAt(tokens, j, limit: tokens.count) }).first, let (b, _) = day(tokens, e),
               let x = iso(b, defaultYear: b.year ?? y, end: true) { asOf = x; break }
        }
        let start = String(format: "%04d-01-01", y)
        // (At a conference on the first three quarters, held after they ended, "since the start of the
        // year" is those quarters: the release's figures run to its period's end, not to the day.)
        if asOf == nil, !document.isAnnual, document.span.start == String(format: "%04d-01-01", document.year), let r = released, r > document.span.end { return document }
        let end = asOf ?? openEnd
        return start <= end ? .window(start, end) : nil
    }

    /// "Through September, … 518.6 million crossings", "By the end of June, …": a lead of
    /// `monthToDateLeads` opening a clause before a month (no day) is the year so far, from the first
    /// of January to that month's end, in the year written after the month or the document's.
    private func monthToDate(_ tokens: [Token], _ mask: KeyMask) -> Period? {
        for p in words.monthToDateLeads where mask.mayHold(p) {
            for f in p.matches(in: tokens, 0..<tokens.count) where f == 0 || SentenceReader.isClauseEnd(tokens[f - 1]) {
                let k = f + p.parts.count
                guard k < tokens.count, let month = words.month(tokens[k]) else { continue }
                // ("Through September 30, …": to that day.)
                var j = k + 1, lastDay: Int?
                if j < tokens.count, tokens[j].writtenYear == nil, let d = Int(tokens[j].text), (1...31).contains(d) { lastDay = d; j += 1 }
                if j < tokens.count, tokens[j].is(",") { j += 1 }
                let y = j < tokens.count ? tokens[j].writtenYear ?? document.year : document.year
                guard let d = lastDay else { return Period.months(y, 1, month).canonical }
                return Period.window(String(format: "%04d-01-01", y), String(format: "%04d-%02d-%02d", y, month, d)).canonical
            }
        }
        return nil
    }

    /// A number that is no year: not four digits ("95.5" is a figure).
    private static func isFigureStart(_ t: Token) -> Bool { t.kind == .number && !(t.text.count == 4 && t.text.allSatisfy { $0.isASCII && $0.isNumber }) }

    /// "since its establishment in April 2018, a total of …", 国家移民管理局组建以来……累计: a total since
    /// the body's founding. Returns where the marker stands and the window when the founding is
    /// dated (nil when it is not); nil when the sentence has no such marker.
    /// Given the sentence's `period`, a sentence that is not already a window's is also read for a
    /// total since an earlier event or year (`sinceEvent`).
    func sinceFounding(_ tokens: [Token], mask: KeyMask, period: Period? = nil) -> (at: Range<Int>, window: Period?)? {
        if let found = foundingMarker(tokens, mask: mask) { return found }
        guard let period else { return nil }
        if case .window = period.kind { return nil }
        return sinceEvent(tokens, mask: mask)
    }

    private func foundingMarker(_ tokens: [Token], mask: KeyMask) -> (at: Range<Int>, window: Period?)? {
        for p in words.foundingMarkers where mask.mayHold(p) {
            guard let f = p.firstMatch(in: tokens, 0..<tokens.count) else { continue }
            let at = f..<(p.end(tokens, from: f, limit: tokens.count) ?? f + p.parts.count)
            // "Over the two years 2021 and 2022, …": years named right after the span date it as a window.
            if at.upperBound < tokens.count, tokens[at.upperBound].writtenYear != nil, tokens[at.upperBound - 1].is("years") { continue }
            // "over the three years from 2023": a marker ending on an earlier year dates the window from its first day.
            if at.upperBound < tokens.count, let y = tokens[at.upperBound].writtenYear, let w = sinceEarlier(y) { return (at, w) }
            // "in April 2018", "of the administration on April 8, 2018" (after the marker), or
            // 2018年4月组建以来 (before it). "in April" without its year: the document's year's April.
            for k in at.upperBound..<min(tokens.count, at.upperBound + 10) where tokens[k].is("in") || tokens[k].is("on") {
                if let (a, _) = day(tokens, k + 1), let s = iso(a, defaultYear: a.year ?? document.year, end: false) { return (at, .window(s, openEnd)) }
            }
            // (2018年4月组建至2019年底: a dated end after the marker closes the window.)
            var b = f
            while b > max(0, f - 6), tokens[b - 1].kind == .number || Self.chineseDateMarks.contains(tokens[b - 1]) || tokens[b - 1].is("日") { b -= 1 }
            if b < f, let (a, _) = day(tokens, b), let y = a.year, let s = iso(a, defaultYear: y, end: false) { return (at, .window(s, until(tokens, after: f) ?? openEnd)) }
            return (at, nil)
        }
        return nil
    }

    /// Whether one of `recordWords` ("the highest", 新高) stands in the clause before token `k`: a
    /// "since" at `k` then says what a record is measured against.
    func recordBefore(_ k: Int, _ tokens: [Token], mask: KeyMask) -> Bool {
        let b = Self.clauseStart(before: k, tokens)
        return words.recordWords.contains { mask.mayHold($0) && $0.firstMatch(in: tokens, b..<k) != nil }
    }

    /// Where the clause holding token `k - 1` starts: after the last clause end before `k`.
    private static func clauseStart(before k: Int, _ tokens: [Token]) -> Int {
        var b = k
        while b > 0, !SentenceReader.isClauseEnd(tokens[b - 1]) { b -= 1 }
        return b
    }

    /// Whether the clause before token `k` holds a record (`recordWords`) of a stretch shorter than a
    /// part of the year (`recordStretches`: "the busiest single month", 单月最高).
    private func recordOfShorterStretch(before k: Int, _ tokens: [Token]) -> Bool {
        let b = Self.clauseStart(before: k, tokens)
        return [words.recordWords, words.recordStretches].allSatisfy { list in list.contains { $0.firstMatch(in: tokens, b..<k) != nil } }
    }

    /// Whether the "since" at `k` follows a change ("up 60% since 2016", "have doubled since 2016"):
    /// it then names the change's base, not the figures' window.
    func changeRightBefore(_ k: Int, _ tokens: [Token]) -> Bool {
        guard k > 0 else { return false }
        return words.percentWords.contains(tokens[k - 1]) || words.changeEnds.contains { $0.endsAt(tokens, k, lowerBound: 0) }
    }

    /// 党的十八大以来……累计, 2012年以来, "since 2012", "since the policy took effect, … a cumulative":
    /// a total since an event or an earlier year that no founding marker names. An earlier year
    /// dates the window from its first day; an event dates nothing and counts only with one of
    /// the `cumulativeWords` or `sinceTotalWords` after it. A "since" that dates a window (2024年12月1日以来, "since
    /// July 1"), opens a campaign or the year so far (今年以来), or follows a part of the year
    /// (下半年以来) is left to them.
    private func sinceEvent(_ tokens: [Token], mask: KeyMask) -> (at: Range<Int>, window: Period?)? {
        let cumulative = words.sinceTotalWords.filter { mask.mayHold($0) }
        func cumulates(after k: Int) -> Bool {
            cumulative.contains { $0.firstMatch(in: tokens, k..<tokens.count) != nil }
        }
        func recordBefore(_ k: Int) -> Bool { self.recordBefore(k, tokens, mask: mask) }
        for k in tokens.indices {
            if let at = eventWindow(tokens, opener: k) { return (at, nil) }
            if tokens[k].is("以"), k > 0, k + 1 < tokens.count, tokens[k + 1].is("来") {
                let at = k..<(k + 2)
                // 2012年以来: an earlier year. 今年以来, 2024年12月1日以来 and 4月以来 are windows.
                if tokens[k - 1].is("年") {
                    if k >= 2, tokens[k - 2].kind == .number, tokens[k - 2].text.count == 4, let y = Int(tokens[k - 2].text) {
                        if let w = sinceEarlier(y) { return (at, w) }
                    }
                    continue
                }
                if tokens[k - 1].kind == .number || Self.chineseDayMarks.contains(tokens[k - 1]) { continue }
                if words.campaignOpeners.contains(where: { $0.endsAt(tokens, k + 2, lowerBound: 0) }) { continue }
                if (words.partPhrases + words.holidays).contains(where: { $0.endsAt(tokens, k, lowerBound: 0) }) { continue }
                if cumulates(after: k + 2) { return (at, nil) }
                // "抗疫以来，全国13名民警因公牺牲": an event's "since" opening the sentence, no time's.
                if !words.sinceTimeEnds.contains(tokens[k - 1]), k + 2 < tokens.count, tokens[k + 2].is("，"),
                   !tokens[..<k].contains(where: SentenceReader.isClauseEnd), !recordBefore(k) { return (at, nil) }
            } else if words.sinceWords.contains(tokens[k]) {
                // "the highest quarterly volume since 2019": a record's "since" opens no window.
                if recordBefore(k) || changeRightBefore(k, tokens) { continue }
                let at = k..<(k + 1)
                // "since 2012", "since the beginning of 2019": an earlier year.
                var j = k + 1
                if j < tokens.count, tokens[j].is("the") { j += 1 }
                var yearEnd = false
                if j + 1 < tokens.count, ["beginning", "start", "end"].contains(tokens[j].text), tokens[j + 1].is("of") { yearEnd = tokens[j].is("end"); j += 2 }
                if j < tokens.count, let y = tokens[j].writtenYear {
                    if j + 1 < tokens.count, words.month(tokens[j + 1]) != nil { continue }
                    if let w = sinceEarlier(y, fromItsEnd: yearEnd) { return (at, w) }
                    continue
                }
                // "since this year", "since last year", "since the February month": a time, no event.
                if day(tokens, k + 1) != nil || tokens[(k + 1)..<min(tokens.count, k + 4)].contains(where: { words.timeNouns.contains($0) }) { continue }
                if let w = sinceEarlierYear(tokens, after: k) { return (at, w) }
                if (words.campaignOpeners + words.campaignStarts + words.yearToDateMarkers).contains(where: { $0.startsAt(tokens, k, limit: tokens.count) != nil }) { continue }
                if cumulates(after: k + 1) { return (at, nil) }
            }
        }
        return nil
    }

    private static let chineseDayMarks = TokenSet(["月", "日", "号", "底", "初", "末", "旬"])

    /// 自开通至2020年底，平台累计接听来电…, 从组建到现在: a clause opened by a window opener whose start is
    /// an event (Chinese words only, none ending like a time: `sinceTimeEnds`) and whose end is a year
    /// or now counts from that event, not over the year it ends in. Where opener, event and joiner stand.
    private func eventWindow(_ tokens: [Token], opener k: Int) -> Range<Int>? {
        guard words.windowOpeners.contains(tokens[k]), k == 0 || SentenceReader.isClauseEnd(tokens[k - 1]) else { return nil }
        var j = k + 1
        while j < tokens.count, j <= k + Self.eventReach, tokens[j].kind == .han, !words.windowJoiners.contains(tokens[j]) { j += 1 }
        guard j > k + 1, j + 1 < tokens.count, tokens[j].kind == .han, words.windowJoiners.contains(tokens[j]),
              !words.sinceTimeEnds.contains(tokens[j - 1]) else { return nil }
        let endsOnTime = tokens[j + 1].writtenYear != nil || words.nowWords.contains { $0.startsAt(tokens, j + 1, limit: tokens.count) != nil }
        return endsOnTime ? k..<(j + 1) : nil
    }

    /// At most this many characters name the event a window starts from (开通, 国家移民管理局组建).
    private static let eventReach = 8

    /// "Since the campaign was launched in 2018, …": an event that the clause of the "since" at `k`
    /// dates to a year before the release's is a stretch from that year's first day.
    private func sinceEarlierYear(_ tokens: [Token], after k: Int) -> Period? {
        var end = k + 1
        while end < tokens.count, !SentenceReader.isClauseEnd(tokens[end]) { end += 1 }
        guard k + 1 < end, let y = tokens[(k + 1)..<end].lazy.compactMap(\.writtenYear).first else { return nil }
        return sinceEarlier(y)
    }

    /// A stretch from the first day of year `y` (from its last, "since the end of 2019") to the
    /// release, when `y` is a year before the release's; else nil.
    private func sinceEarlier(_ y: Int, fromItsEnd: Bool = false) -> Period? {
        y < document.year && y >= 1949 ? .window(String(format: fromItsEnd ? "%04d-12-31" : "%04d-01-01", y), openEnd) : nil
    }

    /// Whether a founding marker at `at` makes figure `m` a total since the founding: a figure
    /// after it, or one just before it in its clause ("issued 90 million passports since its
    /// establishment"), unless the sentence calls something a record ("the highest since its
    /// founding", 创组建以来新高).
    /// "回看过去三年：2021年全国出入境人员1.284亿人次，…": a figure after the marker whose clause names one
    /// year, `year`, and no other, is that year's figure, not a total over the stretch.
    /// "Since its establishment in April, the administration has done its duties; in the first half
    /// of 2018, it inspected 318 million people": so is a figure after a clause that names the
    /// year of its period (a year or a part of one), past the marker's own clause (which dates the
    /// founding), with no `cumulative` word ("a cumulative") between that clause and the figure.
    func clauseNamesItsYear(_ m: Mention, after at: Range<Int>, _ tokens: [Token], year: Int, mask: KeyMask) -> Bool {
        guard m.first >= at.upperBound else { return false }
        var s = m.first
        while s > at.upperBound, !SentenceReader.isClauseEnd(tokens[s - 1]) { s -= 1 }
        let years = tokens[s..<m.first].compactMap(\.writtenYear)
        if years.count == 1 && years[0] == year { return true }
        guard years.isEmpty, let markerEnd = tokens[at.upperBound..<s].firstIndex(where: SentenceReader.isClauseEnd) else { return false }
        var c = s - 1
        while c > markerEnd, !SentenceReader.isClauseEnd(tokens[c - 1]) { c -= 1 }
        guard c > markerEnd, tokens[c..<s].compactMap(\.writtenYear) == [year] else { return false }
        return !words.cumulativeWords.contains { mask.mayHold($0) && $0.firstMatch(in: tokens, c..<m.first) != nil }
    }

    /// 累计, "a cumulative": one of `cumulativeWords` before the sentence's first figure.
    func cumulativeLead(_ tokens: [Token], _ mentions: [Mention], mask: KeyMask) -> Range<Int>? {
        guard let first = mentions.first(where: { $0.kind == .figure })?.first else { return nil }
        for p in words.cumulativeWords where mask.mayHold(p) {
            if let f = p.firstMatch(in: tokens, 0..<first) { return f..<(f + p.parts.count) }
        }
        return nil
    }

    func sinceFounding(_ at: Range<Int>, covers m: Mention, _ tokens: [Token], mask: KeyMask) -> Bool {
        if m.first >= at.upperBound { return true }
        guard m.end <= at.lowerBound, !tokens[m.end..<at.lowerBound].contains(where: SentenceReader.isClauseEnd) else { return false }
        return !words.recordWords.contains { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<tokens.count) != nil }
    }

    /// "In December alone, …", "… made 4.07 million trips in December": the figures of a sentence
    /// naming a month (without a day) are that month's, unless the month dates an event ("the
    /// conference held in January"). A month before a `monthNouns` word ("The December month,
    /// …") needs no preposition.
    private func namedMonth(_ tokens: [Token], _ mentions: [Mention]) -> Period? {
        guard tokens.count > 2 else { return nil }
        // "June, the busiest month of the period, accounted for …": a month named before an
        // apposition that calls it a month.
        let months = words.lexicon.months
        for k in 0..<(tokens.count - 2) where !months.isEmpty && tokens[k].kind == .word && tokens[k + 1].kind == .punct && tokens[k + 1].is(",") {
            guard let m = words.month(tokens[k]) else { continue }
            let e = tokens[(k + 2)...].firstIndex(where: SentenceReader.isClauseEnd) ?? tokens.count
            if tokens[(k + 2)..<e].contains(where: { words.monthNouns.contains($0) }) { return Period.months(document.year, m, m) }
        }
        for var i in 1..<tokens.count where words.monthNouns.contains(tokens[i]) {
            // "In the single month of December, …": the month named after the noun and "of".
            if i + 2 < tokens.count, tokens[i + 1].is("of"), let m = words.month(tokens[i + 2]),
               i + 3 == tokens.count || tokens[i + 3].writtenYear == nil { return Period.months(document.year, m, m) }
            // "The busiest month was July, when …": the month the noun is said to be.
            if i + 2 < tokens.count, tokens[i + 1].is("was") || tokens[i + 1].is("is"), let m = words.month(tokens[i + 2]),
               i + 3 == tokens.count || tokens[i + 3].writtenYear == nil { return Period.months(document.year, m, m) }
            // "June single month" (6月单月): a modifier may stand between the name and the noun.
            if i > 1, words.monthNounModifiers.contains(tokens[i - 1]) { i -= 1 }
            guard let m = words.month(tokens[i - 1]), i < 2 || !words.eventVerbs.contains(tokens[i - 2]) else { continue }
            return Period.months(document.year, m, m)
        }
        // "- April-December 2018 (since …): 489 million trips", a row's label: a run of months
        // opening the sentence needs no preposition.
        // A word keeps its hyphen: "april-december" is one token. "and June saw 58.3 million
        // crossings" (a clause `opensMonthClause` opened): the month is its subject.
        if var k = tokens.firstIndex(where: { $0.kind != .punct }) {
            // "12.1 December 2019, persons inspected: …": an outline's item number (no "20th") opens the line.
            if mentions.contains(where: { $0.kind == .ordinal && $0.first == k }), tokens[k].end - tokens[k].start == tokens[k].text.unicodeScalars.count {
                k += 1
                if k + 1 < tokens.count, tokens[k].is(".") || tokens[k].is(")") { k += 1 }
            }
            if k + 1 < tokens.count, tokens[k].is("and") { k += 1 }
            if let m = monthSubject(tokens, k) { return Period.months(document.year, m, m) }
            // "- Dec 2024 only: 2.47M …", "December 2024: …": a row labelled with a month and its year.
            if let m = words.month(tokens[k]) {
                let y = k + 2 < tokens.count && tokens[k + 1].is(".") && words.monthAbbreviations.contains(tokens[k].text) ? k + 2 : k + 1
                if y < tokens.count, let year = tokens[y].writtenYear, y + 1 == tokens.count || !tokens[y + 1].is("-") { return Period.months(year, m, m) }
            }
            let run: (Int, Int, Int)? = Token.contains(tokens[k].text, byte: UInt8(ascii: "-")) ? hyphenedMonths(tokens[k]).map { ($0.0, $0.1, k + 1) }
                : k + 2 < tokens.count && (tokens[k + 1].is("-") || tokens[k + 1].is("–") || tokens[k + 1].is("through") || tokens[k + 1].is("to"))
                    ? words.month(tokens[k]).flatMap { a in words.month(tokens[k + 2]).map { (a, $0, k + 3) } } : nil
            if let (m, m2, after) = run, m < m2 {
                let y = after < tokens.count ? tokens[after].writtenYear ?? document.year : document.year
                return Period.months(y, m, m2).canonical
            }
        }
        lazy var founding = foundingMarker(tokens, mask: KeyMask(tokens))   // looked for once, for every month named
        for k in 0..<(tokens.count - 1) where words.yearPrepositions.contains(tokens[k]) {
            guard let m = words.month(tokens[k + 1]) else { continue }
            if k > 0, words.eventVerbs.contains(tokens[k - 1]) { continue }
            // "after the resumption of passport issuance in February": the month of an event.
            if let s = (0..<k).last(where: { SentenceReader.isClauseEnd(tokens[$0]) || words.eventOpeners.contains(tokens[$0]) }),
               words.eventOpeners.contains(tokens[s]) { continue }
            // "… the first annual figure since the establishment of the administration in April": the
            // month of the body's founding, written after its marker in the same clause.
            if let f = founding, f.at.upperBound <= k,
               !tokens[f.at.upperBound..<k].contains(where: SentenceReader.isClauseEnd) { continue }
            let next = k + 2 < tokens.count ? tokens[k + 2] : nil
            if let n = next, n.kind == .number, let d = Int(n.text), (1...31).contains(d) { continue }   // a date
            // "the tally for July to September": a run of months.
            if let n = next, words.windowJoiners.contains(n) || n.is("through") || n.is("-"), k + 3 < tokens.count,
               let m2 = words.month(tokens[k + 3]), m < m2 {
                let y = k + 4 < tokens.count ? tokens[k + 4].writtenYear ?? document.year : document.year
                return Period.months(y, m, m2).canonical
            }
            // "In October, November and December, …": three or more months in a row, listed, are
            // their stretch (a quarter), unless the sentence gives each its own ("respectively").
            if let (last, after) = listedMonths(tokens, from: m, at: k + 1), last >= m + 2,
               !words.saysRespectively(tokens) {
                let y = after < tokens.count ? tokens[after].writtenYear ?? document.year : document.year
                return Period.months(y, m, last).canonical
            }
            let y = next.flatMap { $0.kind == .number ? Int($0.text) : nil } ?? document.year
            return Period.months(y, m, m)
        }
        return nil
    }

    /// "In April, May and June, the NIA recorded 28.3 million, 30.1 million and 31.6 million crossings
    /// respectively", "去年同期和上季度，这一数字分别为1.58亿人次和1.84亿人次": months listed one after
    /// another, or references to the same part of the year before (去年同期) and to the quarter
    /// before (上季度), in a sentence that says "respectively" and gives as many counts, give each
    /// count its period, in order. Empty otherwise.
    func respectivePeriods(_ tokens: [Token], _ mentions: [Mention]) -> [Int: Period] {
        let counts = mentions.filter { $0.kind == .figure && !$0.isPercent }
        guard counts.count >= 2, words.saysRespectively(tokens) else { return [:] }
        func paired(_ periods: [Period]) -> [Int: Period] {
            Dictionary(uniqueKeysWithValues: zip(counts.map(\.first), periods))
        }
        if counts.count == 4, words.quarterListReferences.contains(where: { $0.firstMatch(in: tokens, 0..<counts[0].first) != nil }) {
            return paired((1...4).map { Period(year: document.year, kind: .quarter($0)) })
        }
        for k in tokens.indices {
            if let m = words.month(tokens[k]), let (last, after) = listedMonths(tokens, from: m, at: k), last - m + 1 == counts.count {
                let y = after < tokens.count ? tokens[after].writtenYear ?? document.year : document.year
                return paired((m...last).map { Period.months(y, $0, $0) })
            }
            if let refs = referenceList(tokens, at: k), refs.count == counts.count, refs.count >= 2 { return paired(refs) }
            // "In 2022, 2023, 2024 and 2025, … 32,300, 33,860, 35,210 and 38,470 cases, respectively": years
            // listed before the counts, each the next count's.
            if counts[0].first > k, let years = listedYears(tokens, at: k, before: counts[0].first), years.count == counts.count {
                return paired(years.map { Period(year: $0) })
            }
        }
        return [:]
    }

    /// "In 2022, 2023, 2024 and 2025": two or more years in a row, rising, parted by commas or
    /// "and" (、, 和), starting at `k` and before `limit`; nil when no such list starts there.
    func listedYears(_ tokens: [Token], at k: Int, before limit: Int) -> [Int]? {
        var years: [Int] = [], j = k
        while j < limit, let y = tokens[j].writtenYear {
            years.append(y)
            j += 1
            if j < tokens.count, tokens[j].is("年") { j += 1 }
            guard j < tokens.count, tokens[j].is(",") || tokens[j].is("and") || tokens[j].is("、") || tokens[j].is("和") else { break }
            j += 1
            if j < tokens.count, tokens[j].is("and") { j += 1 }
        }
        return years.count >= 2 && zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) ? years : nil
    }

    /// "… the numbers captured in those four years were 397, 455, 518 and 604" after a sentence listing
    /// "In 2022, 2023, 2024 and 2025": counts listed in a sentence that refers back to years
    /// (`yearListReferences`), as many as the years the sentence before listed, each that year's.
    func yearsReferredBack(_ tokens: [Token], _ mentions: [Mention], mask: KeyMask, previous: [Token]) -> [Int: Period] {
        let counts = mentions.filter { $0.kind == .figure && !$0.isPercent }
        guard counts.count >= 2, words.yearListReferences.contains(where: { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<counts[0].first) != nil }),
              let years = previous.indices.lazy.compactMap({ self.listedYears(previous, at: $0, before: previous.count) }).first,
              years.count == counts.count else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(counts.map(\.first), years.map { Period(year: $0) }))
    }

    /// 去年同期和上季度: the periods a list of references to earlier parts of the year names, starting
    /// at `k`, joined by list glue; nil when none starts there.
    private func referenceList(_ tokens: [Token], at k: Int) -> [Period]? {
        guard !document.isAnnual else { return nil }
        func starting(_ phrases: [Phrase], _ at: Int) -> Int? { phrases.lazy.compactMap { $0.startsAt(tokens, at, limit: tokens.count) }.first }
        /// 去年同期, "the same period (of) last year": where the reference to the year before ends.
        func samePeriodLastYear(_ j: Int) -> Int? {
            if let e = starting(words.previousYearMarkers, j) { return starting(words.samePeriodWords, e) }
            guard let e = starting(words.samePeriodWords, j) else { return nil }
            return starting(words.previousYearMarkers, e < tokens.count && tokens[e].is("of") ? e + 1 : e)
        }
        var out: [Period] = [], j = k
        while j < tokens.count {
            if let e = samePeriodLastYear(j) {
                out.append(Period(year: document.year - 1, kind: document.kind)); j = e
            } else if let e = starting(words.previousPartMarkers, j) ?? starting(words.quarterBefore, j), let q = Self.quarterBefore(document) {
                out.append(q); j = e
            } else { break }
            guard j < tokens.count, tokens[j].is("和") || tokens[j].is("、") || tokens[j].is("and") || tokens[j].is(","),
                  j + 1 < tokens.count else { break }
            j += 1
        }
        return out.isEmpty ? nil : out
    }

    /// "October, November and December": the month at `k` (number `first`) and the months that follow it
    /// one after another, parted by commas or "and"; the last month's number and where the list ends.
    private func listedMonths(_ tokens: [Token], from first: Int, at k: Int) -> (Int, Int)? {
        var last = first, j = k
        while j + 2 < tokens.count {
            var n = j + 1
            if tokens[n].is(","), tokens[n + 1].is("and") { n += 1 }
            guard n + 1 < tokens.count, tokens[n].is(",") || tokens[n].is("and"),
                  let next = words.month(tokens[n + 1]), next == last + 1 else { break }
            last = next; j = n + 1
        }
        return last > first ? (last, j + 1) : nil
    }

    /// "april-december", one word (a word keeps its hyphen): the two months. Split only a word
    /// that holds a hyphen: most hold none.
    private func hyphenedMonths(_ t: Token) -> (Int, Int)? {
        guard Token.contains(t.text, byte: UInt8(ascii: "-")) else { return nil }
        let halves = t.text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard halves.count == 2, let a = words.lexicon.months[halves[0]], let b = words.lexicon.months[halves[1]] else { return nil }
        return (a, b)
    }

    /// "With the fourth quarter, the total number of trips inspected in 2023 reached 424.2 million":
    /// a year written with a preposition inside the subject, before the sentence's first figure,
    /// dates the figures when no part of the year in the sentence is introduced by a preposition
    /// of its own ("in the fourth quarter"). Not at the head ("In 2023, …" is `leadingYear`'s), not
    /// a later year than the release's, and not in a sentence of an event since then or a cumulative total.
    private func subjectYear(_ tokens: [Token], _ mentions: [Mention]) -> Int? {
        guard let figure = mentions.first(where: { $0.kind == .figure }),
              let y = mentions.first(where: { $0.kind == .year && $0.number > 2 && $0.end <= figure.first }),
              words.yearPrepositions.contains(tokens[y.number - 1]), y.end < tokens.count, !tokens[y.end].is("-"),
              words.month(tokens[y.end]) == nil, let year = Int(tokens[y.number].text), year <= document.year,
              !datesAnAside(tokens, preposition: y.number - 1),
              // "Since the launch of the hunt in 2018, a cumulative total of …": the year dates an event.
              !tokens[..<y.number].contains(where: { words.sinceWords.contains($0) }),
              !(words.campaignOpeners + words.campaignStarts + words.cumulativeWords).contains(where: { $0.firstMatch(in: tokens, 0..<tokens.count) != nil }) else { return nil }
        // Any other year must be a change's base ("up 266.8 percent from 2022"): "passports issued in
        // 2023 totalled …, and those issued in 2024 …" names two years' figures.
        for other in mentions where other.kind == .year && other.number != y.number {
            var j = other.number - 1
            if j >= 1, tokens[j].is("in") { j -= 1 }
            guard j >= 0, words.baseMarks.contains(tokens[j]) else { return nil }
        }
        for (k, t) in tokens.enumerated() {
            for (phrase, _) in words.parts[t.key] ?? [] where phrase.startsAt(tokens, k, limit: tokens.count) != nil {
                var j = k - 1
                if j >= 0, tokens[j].is("the") { j -= 1 }
                if j >= 0, words.yearPrepositions.contains(tokens[j]) { return nil }
            }
        }
        return year
    }

    /// "Foreign nationals inspected, 2019 (10,000 person-trips): 9,767.5": a year set off by a comma
    /// at the end of a row's label, right before its colon or the bracket of its unit, is the
    /// period of the figure after the colon.
    private func labelYear(_ tokens: [Token], _ mentions: [Mention]) -> Int? {
        guard let figure = mentions.first(where: { $0.kind == .figure }), figure.first >= 3,
              tokens[figure.first - 1].is(":") || tokens[figure.first - 1].is("：") else { return nil }
        var k = figure.first - 2
        if tokens[k].is(")") || tokens[k].is("）") {
            guard let open = tokens[..<k].lastIndex(where: { $0.is("(") || $0.is("（") }) else { return nil }
            k = open - 1
        }
        // "as of December 31, 2024: …" is a date, not a label's year.
        guard k >= 2, tokens[k - 1].is(","), tokens[k - 2].kind != .number,
              let y = mentions.first(where: { $0.kind == .year && $0.number == k && $0.end == k + 1 }),
              let year = tokens[y.number].writtenYear, year <= document.year else { return nil }
        return year
    }

    /// "The 2019 report said 30.78 million passports were issued that year": "that year" after a
    /// figure refers to the one year the sentence names before it (not a change's base), whatever
    /// word comes before that year.
    private func referredYear(_ tokens: [Token], _ mentions: [Mention], _ mask: KeyMask) -> Int? {
        guard let figure = mentions.first(where: { $0.kind == .figure }),
              let f = words.yearReferences.lazy.compactMap({ mask.mayHold($0) ? $0.firstMatch(in: tokens, figure.end..<tokens.count) : nil }).first
        else { return nil }
        let years = mentions.filter { $0.kind == .year && $0.end <= f }
        guard years.count == 1, let y = years.first, y.end <= figure.first, let year = tokens[y.number].writtenYear, year < document.year,
              y.number == 0 || !words.baseMarks.contains(tokens[y.number - 1]) else { return nil }
        return year
    }

    /// "In 2023, ..." / "2023年，..." at the head of a sentence: that year's figures.
    private func leadingYear(_ tokens: [Token], _ mentions: [Mention]) -> Int? {
        for m in mentions where m.kind == .year && m.number <= 2 {
            if m.number == 0 || words.yearPrepositions.contains(tokens[m.number - 1]) {
                // "2024年一季度" is a quarter, handled before; a bare leading year is annual.
                return Int(tokens[m.number].text)
            }
        }
        // "五年前的2013年，…", "改革开放之初的1978年，…": a year after 的 that closes a time phrase opening
        // the clause dates the clause.
        if let m = mentions.first(where: { $0.kind == .year }), let y = timePhraseYear(m, tokens, mentions), y <= document.year {
            return y
        }
        if let y = appositiveYear(tokens, mentions) { return y }
        // "For the whole of 2025, …": a year after a whole-year lead, before the first figure.
        let firstFigure = mentions.first { $0.kind == .figure }?.first ?? tokens.count
        for m in mentions where m.kind == .year && m.number < firstFigure
            && words.wholeYearLeads.contains(where: { $0.endsAt(tokens, m.number, lowerBound: 0) }) {
            return Int(tokens[m.number].text)
        }
        // "普通护照签发量在2021年降至258.4万本": a Chinese year after its preposition, past the subject,
        // before the first figure (a year, not a date: no month after 年).
        for m in mentions where m.kind == .year && m.number > 2 && m.number < firstFigure && tokens[m.number - 1].kind == .han
            && words.yearPrepositions.contains(tokens[m.number - 1]) && !tokens[..<m.number].contains(where: SentenceReader.isClauseEnd) {
            let e = m.end < tokens.count && tokens[m.end].is("年") ? m.end + 1 : m.end
            if e + 1 < tokens.count, tokens[e].kind == .number, tokens[e + 1].is("月") { continue }
            return Int(tokens[m.number].text)
        }
        return nil
    }

    /// "In its first year, 2018, …", "During the peak year, 2019, …": a year set off by commas right
    /// after a time phrase opening the sentence (a year preposition, a time noun, no mark or figure)
    /// names that phrase's year, which dates the clause.
    private func appositiveYear(_ tokens: [Token], _ mentions: [Mention]) -> Int? {
        guard let m = mentions.first(where: { $0.kind == .year }), m.number >= 3, tokens[m.number - 1].is(","),
              m.end < tokens.count, tokens[m.end].is(","), words.yearPrepositions.contains(tokens[0]),
              let y = tokens[m.number].writtenYear, y <= document.year,
              !tokens[..<(m.number - 1)].contains(where: { $0.kind == .punct || $0.kind == .number }),
              words.timeNouns.contains(tokens[m.number - 2]),
              !mentions.contains(where: { $0.kind == .figure && $0.first < m.number }) else { return nil }
        return y
    }

    /// The year of "五年前的2013年，", "改革开放之初的1978年，" at year mention `m`: a year after 的 that
    /// closes a time phrase opening the tokens (no mark and no figure before it, a comma right after
    /// its 年). Nil for any other year.
    /// ("作为参照，疫情前的2019年全年出入境人员为…": the phrase may open a later clause, and a
    /// whole-year word may close it instead of a comma.)
    func timePhraseYear(_ m: Mention, _ tokens: [Token], _ mentions: [Mention]) -> Int? {
        guard m.kind == .year, m.number >= 2, tokens[m.number - 1].is("的"), let y = tokens[m.number].writtenYear,
              case let e = m.end < tokens.count && tokens[m.end].is("年") ? m.end + 1 : m.end, e < tokens.count,
              tokens[e].is("，") || words.annualMarkers.contains(where: { $0.startsAt(tokens, e, limit: tokens.count) != nil }),
              case let start = (tokens[..<(m.number - 1)].lastIndex(where: { $0.is("，") }) ?? -1) + 1, start < m.number - 1,
              !tokens[start..<(m.number - 1)].contains(where: { $0.kind == .punct }),
              !mentions.contains(where: { $0.kind == .figure && $0.first < m.number }) else { return nil }
        return y
    }

    /// "…；而在改革开放之初的1978年，全国出入境人员仅约500万人次": a figure whose segment opens on a time
    /// phrase naming an earlier year than the release's looks back to it for comparison: the year it
    /// names, nil for any other figure.
    func lookedBackYear(of f: Mention, _ tokens: [Token], _ mentions: [Mention]) -> Int? {
        let start = (tokens[..<f.first].lastIndex(where: SentenceReader.isSegmentEnd) ?? -1) + 1
        // Most segments name no year: no copy of their tokens then.
        guard mentions.contains(where: { $0.kind == .year && $0.first >= start && $0.end <= f.first }) else { return nil }
        let (slice, shifted) = Extractor.slice(start..<f.first, tokens, mentions)
        guard let m = shifted.first(where: { $0.kind == .year }), let y = timePhraseYear(m, slice, shifted), y < document.year else { return nil }
        return y
    }

    /// "2019年同期，这一数字为5.02亿人次" opening a sentence in a release on a part of the year or a
    /// window: the release's own stretch in that earlier year (`samePeriod`), a comparison's base,
    /// never the whole year. Nil for any other sentence.
    func leadingSamePeriod(_ tokens: [Token], _ mentions: [Mention]) -> Period? {
        guard !document.isAnnual, !words.samePeriodWords.isEmpty else { return nil }
        // "In the same period of 2023, …", "For the same nine months of 2023 …": the words first, then the year.
        var k = 0
        if k < tokens.count, words.yearPrepositions.contains(tokens[k]) || tokens[k].is("for") { k += 1 }
        if let e = words.samePeriodWords.lazy.compactMap({ $0.startsAt(tokens, k, limit: tokens.count) }).max(), e + 1 < tokens.count {
            if tokens[e].is("of") || tokens[e].is("in"), let y = tokens[e + 1].writtenYear, y < document.year { return samePeriod(in: y) }
            // "In the same quarter a year earlier, …", "For the same period last year, …".
            if words.yearBeforeWords.contains(where: { $0.startsAt(tokens, e, limit: tokens.count) != nil }) {
                return samePeriod(in: document.year - 1)
            }
        }
        if let e = words.yearBeforeWords.lazy.compactMap({ $0.startsAt(tokens, 0, limit: tokens.count) }).first {
            // "A year earlier, 168.5 million trips were recorded in the same quarter.": the year before
            // opening the sentence, the same part named before its clause ends.
            if e < tokens.count, tokens[e].is(","),
               case let end = tokens[(e + 1)...].firstIndex(where: { SentenceReader.isClauseEnd($0) }) ?? tokens.count,
               words.samePeriodWords.contains(where: { $0.firstMatch(in: tokens, (e + 1)..<end) != nil }) {
                return samePeriod(in: document.year - 1)
            }
            // "去年同期，这一数字为6927.5万人次": the year before, then the same part, open the sentence.
            if words.samePeriodWords.contains(where: { $0.startsAt(tokens, e < tokens.count && tokens[e].is("的") ? e + 1 : e, limit: tokens.count) != nil }) {
                return samePeriod(in: document.year - 1)
            }
        }
        for m in mentions where m.kind == .year && m.number <= 2 && (m.number == 0 || words.yearPrepositions.contains(tokens[m.number - 1])) {
            let k = m.end < tokens.count && tokens[m.end].is("年") ? m.end + 1 : m.end
            guard let y = tokens[m.number].writtenYear, y < document.year,
                  words.samePeriodWords.contains(where: { $0.startsAt(tokens, k, limit: tokens.count) != nil }) else { continue }
            return samePeriod(in: y)
        }
        return nil
    }

    /// "… investigated more than 33,000 cases … in 2025 and arrested over 72,000 suspects" in a
    /// quarterly release on 2025 (no part of the year named, handled before): the whole year's.
    private func namesReleaseYear(_ tokens: [Token], _ mentions: [Mention]) -> Bool {
        guard !document.isAnnual, !document.isWindow else { return false }
        return mentions.contains { m in
            m.kind == .year && m.number > 0 && words.yearPrepositions.contains(tokens[m.number - 1])
                && tokens[m.number].writtenYear == document.year && !datesAnAside(tokens, preposition: m.number - 1)
        }
    }

    /// "The 12367 service platform, launched in 2019 to answer questions, handled …": a year (or "last
    /// year") after an event verb opening an aside (right after a comma) dates that event, not the figures.
    private func datesAnAside(_ tokens: [Token], preposition k: Int) -> Bool {
        k >= 2 && words.eventVerbs.contains(tokens[k - 1]) && tokens[k - 2].is(",")
    }

    /// Quarters, halves and seasons named by the grammar's `partsOfYear` ("in the first quarter",
    /// "first three quarters", 一季度, 前三季度, 上半年, 暑期). In English the year is the sentence's
    /// first, else the document's; in Chinese only a year written just before the period word
    /// counts (较2019年同期 elsewhere is a comparison). A month named with 份 ("3月份") is that month.
    private func partOfYear(_ tokens: [Token], _ mentions: [Mention]) -> Period? {
        // "… 8.64 million in the first half, against 1.07m in the whole of 2022": a year that dates a
        // figure after it (`datedPartAfter`) is that figure's, not the sentence's.
        let datedFigures = mentions.compactMap { f in f.kind == .figure ? datedPartAfter(f, tokens).map { (f, $0) } : nil }
        let figureYears = Set(datedFigures.compactMap(\.1.year))
        // "the strongest first quarter since 2019", "than in 2019": a base year is not the part's.
        let sentenceYear = mentions.first { m in
            guard m.kind == .year, !figureYears.contains(m.number), !words.baseYearLeads.contains(where: { $0.endsAt(tokens, m.number, lowerBound: 0) }),
                  m.end >= tokens.count || !words.baseYearTrails.contains(tokens[m.end]), !closesBasePart(tokens, year: m.number) else { return false }
            var j = m.number - 1
            // "the highest since early 2020": the year's modifier stands between it and its since.
            if let lead = words.yearLeadModifiers.first(where: { $0.endsAt(tokens, m.number, lowerBound: 0) }) { j -= lead.parts.count }
            // "(vs Jan-Sep 2024)": the months of the base stand between it and its mark.
            if j >= 0, words.month(tokens[j]) != nil || hyphenedMonths(tokens[j]) != nil { j -= 1 }
            if j >= 0, words.yearPrepositions.contains(tokens[j]) { j -= 1 }
            // "… compared with the 30.1 million of 2019": a year right after a figure (past "of" or "in")
            // dates that figure.
            if m.number >= 2, tokens[m.number - 1].is("of") || words.yearPrepositions.contains(tokens[m.number - 1]),
               mentions.contains(where: { $0.kind == .figure && $0.end == m.number - 1 }) { return false }
            // "the full year issued 30.44 million passports, in 2017 was 26.13 million": a later clause
            // opening on its year, with a figure of its own, dates that figure only.
            if j >= 0, SentenceReader.isClauseEnd(tokens[j]), mentions.contains(where: { $0.kind == .figure && $0.end <= j }),
               case let close = tokens[m.end...].firstIndex(where: SentenceReader.isClauseEnd) ?? tokens.count,
               mentions.contains(where: { $0.kind == .figure && $0.first >= m.end && $0.first < close }) { return false }
            // "… foresees 100 million for 2025": a later year than the release's is a forecast's.
            return (j < 0 || !(words.sinceWords.contains(tokens[j]) || words.baseMarks.contains(tokens[j]))) && Int(tokens[m.number].text).map { $0 <= document.year } != false
        }.flatMap { Int(tokens[$0.number].text) } ?? document.year
        // "下半年增速有所加快，仅第四季度就查验…": the part named last before the first figure rules it.
        let firstFigure = mentions.first { $0.kind == .figure }?.first ?? tokens.count
        // The first figure written with its scale or measure word (6.51亿人次, not a bracketed day "（12）").
        let firstCount = mentions.first { $0.kind == .figure && $0.end > $0.number + 1 }?.first ?? tokens.count
        var found: Period?
        var next = 0   // past the part found last (三季度 inside 前三季度 is none)
        // Where a later figure's dated part in another year starts (see below): found once per
        // figure, not again for every token after the first figure.
        let otherYearParts = datedFigures.compactMap { f, dated in f.first > firstFigure && dated.period.year != document.year ? dated.at : nil }
        // "…1.64亿人次（去年一季度为1.41亿人次）": a bracket holding a figure of its own is an aside; the
        // part it names is that figure's (see `previousPeriodLabel`), not the sentence's.
        let figureAsides = Self.bracketsHoldingFigures(tokens)
        for k in tokens.indices where k >= next {
            if let p = found, k >= firstFigure { return p }
            // Only a number (a month), a dash or the first word of a part does anything below (and
            // the rest are skipped before the token is copied).
            if tokens[k].kind != .number, words.parts[tokens[k].key] == nil, !(tokens[k].is("-") || tokens[k].is("—") || tokens[k].is("–")) { continue }
            let t = tokens[k]
            if figureAsides.contains(where: { $0.contains(k) }) { continue }
            // "3月份", "7月，…", and "7月查验…" or "8月6542.8万人次" opening a clause: that month. Not a
            // date (7月1日), an edge (2月底) or the start of a window or list (6月以来, 7月至8月, 7月、8月).
            // (仅12月一个月，…: a word that only singles the month out may stand before it.)
            let led = k >= 1 && words.monthLeads.contains(tokens[k - 1]) && (k == 1 || SentenceReader.isClauseEnd(tokens[k - 2]))
            if t.kind == .number, k + 2 < tokens.count, tokens[k + 1].is("月"),
               tokens[k + 2].is("份") || (tokens[k + 2].is("，") && (k == 0 || tokens[k - 1].is("年") || led))
                // (“12月单月，…”: quotes or a bullet before the sentence's first word open it too.)
                || ((k == 0 || led || SentenceReader.isClauseEnd(tokens[k - 1]) || tokens[k - 1].is("年") || tokens[..<k].allSatisfy { $0.kind == .punct })
                    && !Self.afterMonth.contains(tokens[k + 2])
                    // 于2019年1月1日开通: the date of an event, not a month's figures.
                    && !Self.eventDate(tokens, k)),
               let m = Int(t.text), (1...12).contains(m) {
                let y = Self.chineseYear(before: k, tokens) ?? document.year
                found = Period.months(y, m, m); next = k + 2
                continue
            }
            // "… 11.1mn crossings, less than a quarter of the 47.0mn of the first half of 2019": the part
            // a later figure is dated by, in another year than the release's, is that figure's, not the sentence's.
            // (A part starts after its figure's end, so each found is one of a figure before `k`.)
            if found == nil, k > firstFigure, otherYearParts.contains(k) { continue }
            // "reached 8.5 million, up 190% -- the number to watch in Q3": past a spaced dash after the
            // last figure, the writer's comment dates none of them.
            // (Not "Jan - Mar", a run of months.)
            if k > firstFigure, t.is("-") || t.is("—") || t.is("–"), tokens[k - 1].end < t.start || tokens[k - 1].isText(t.text),
               let after = tokens[(k + 1)...].first(where: { !$0.isText(t.text) }), after.kind == .word, words.month(after) == nil,
               !mentions.contains(where: { $0.kind == .figure && $0.first > k }) { break }
            // "…6.51亿人次，为今年一季度工作打下了良好基础": Chinese names a figure's period before it; a part
            // named later inside a clause (not opening it) is about something else.
            // (Nor one opening a later clause with no figure of its own: "…，二季度外国人出入境规模已接近疫情前水平".)
            if t.kind == .han, k > firstCount,
               !SentenceReader.isClauseEnd(tokens[k - 1]) && !tokens[k - 1].is("第") && !words.partsOfPrevious.contains(where: { $0.endsAt(tokens, k, lowerBound: 0) })
                || !mentions.contains(where: { $0.kind == .figure && $0.first > k }) { continue }
            for (phrase, part) in words.parts[t.key] ?? [] {
                guard let e = phrase.startsAt(tokens, k, limit: tokens.count), !isComparisonBase(tokens, k), !isRatioBase(tokens, after: e) else { continue }
                // "a full year a little below 680m": a year in general, no period of the figures.
                if k > 0, words.indefiniteArticles.contains(tokens[k - 1]), part.period(in: document.year)?.isAnnual == true { continue }
                // "… 6.2 million passports, a sign of demand ahead of the summer holidays": after the
                // figures, a part named in a clause an event opener opens dates no figure.
                if k > firstFigure, let s = (firstFigure..<k).last(where: { SentenceReader.isClauseEnd(tokens[$0]) || words.eventOpeners.contains(tokens[$0]) }),
                   words.eventOpeners.contains(tokens[s]) { continue }
                // "In June alone, … 58.2 million, the busiest month in the first half": after the
                // figures, a part a shorter stretch's record is measured within frames the record.
                if k > firstFigure, recordOfShorterStretch(before: k, tokens) { continue }
                var year = t.kind == .han ? Self.chineseYear(before: k, tokens) ?? previousYear(before: k, tokens) ?? document.year : sentenceYear
                // "In the first half of 2021, …" in a reply of August 2021 on 2020: a later year written
                // right after the part is its own when the release came out in that year.
                if t.kind != .han, let y = yearRightAfter(tokens, e), y > document.year, y <= releasedYear ?? document.year { year = y }
                if let p = part.period(in: year) { found = p; next = max(e, k + 1); break }
            }
        }
        return found
    }

    /// The year written at `k`, or after "of" there ("first half of 2021", "Q1 2021").
    private func yearRightAfter(_ tokens: [Token], _ k: Int) -> Int? {
        var j = k
        if j < tokens.count, tokens[j].is("of") { j += 1 }
        return j < tokens.count ? tokens[j].writtenYear : nil
    }

    /// 于2019年1月1日开通运行, 于3月5日上线, 于2019年11月开通: the month at `k` (or a day of it) is
    /// written after 于 (on, in), the date of an event.
    private static func eventDate(_ tokens: [Token], _ k: Int) -> Bool {
        let s = k >= 2 && tokens[k - 1].is("年") && tokens[k - 2].kind == .number ? k - 2 : k
        if s > 0 && tokens[s - 1].is("于") { return true }
        // 2018年4月国家移民管理局组建以前的数据: the month of an event the clause dates things before or after.
        var j = k + 2
        while j + 1 < tokens.count, j < k + 18, tokens[j].kind == .han, !SentenceReader.isClauseEnd(tokens[j]) {
            if tokens[j].is("以") || tokens[j].is("之"), tokens[j + 1].is("前") || tokens[j + 1].is("后") { return j > k + 3 }
            j += 1
        }
        return false
    }

    /// What after "N月" makes it a date, an edge or the start of a window or list, not a month's figures.
    private static let afterMonth = TokenSet(["日", "号", "底", "初", "中", "末", "上", "下", "以", "起", "至", "到", "-", "—", "~", "、", "和", "及", "与", "，", "月", "前", "后"])

    /// "compared with the first half", 较二季度, 比2023年上半年: the part of the year a change is
    /// measured against, not the figures' own.
    private func isComparisonBase(_ tokens: [Token], _ k: Int) -> Bool {
        var j = k - 1
        if j >= 0, tokens[j].is("the") || tokens[j].is("第") { j -= 1 }
        if j >= 1, tokens[j].is("年"), tokens[j - 1].kind == .number { j -= 2 }
        // "double the fourth quarter of 2023", "three times the first half": the part a ratio is of.
        if j >= 0, words.ratioWords.contains(tokens[j]) { return true }
        // "more than in the third quarter"
        if j >= 1, tokens[j].is("in"), words.baseMarks.contains(tokens[j - 1]) { return true }
        // "double the figure for the first quarter of 2023", "above the total of the first half": a
        // part after a noun that a ratio or a comparison opens.
        if j >= 3, tokens[j].is("for") || tokens[j].is("of") || tokens[j].is("in"), tokens[j - 1].kind == .word, tokens[j - 2].is("the"),
           words.ratioWords.contains(tokens[j - 3]) || words.baseMarks.contains(tokens[j - 3]) { return true }
        // "76% of the level seen in the first three quarters of 2019": a part after a level (its
        // participle between) is the base it is measured against.
        if j >= 1, tokens[j].is("in") || tokens[j].is("of"),
           words.baseYearTrails.contains(tokens[j - 1]) || (j >= 2 && tokens[j - 1].kind == .word && words.baseYearTrails.contains(tokens[j - 2])) { return true }
        // "41% more than the 204 million in the first half of 2023": the base's level between.
        if j >= 2, tokens[j].is("in") || tokens[j].is("during"), let n = (max(0, j - 3)..<j).last(where: { tokens[$0].kind == .number }), n >= 1 {
            let mark = tokens[n - 1].is("the") ? n - 2 : n - 1
            if mark >= 0, words.baseMarks.contains(tokens[mark]), !tokens[mark].is("to") { return true }
        }
        // "up 12% on the first quarter of 2024": "on" after a change.
        if j >= 1, tokens[j].is("on"), tokens[j - 1].is("%") || tokens[j - 1].is("percent") || tokens[j - 1].is("cent") { return true }
        // "Over the full year, …" opening an English sentence dates its figures: no change stands
        // before it (较二季度 opening a Chinese clause is still a base).
        return j >= 0 && words.baseMarks.contains(tokens[j]) && !(j == 0 && tokens[j].kind == .word)
    }

    /// "double the fourth quarter of 2023", "more than in the first half of 2023": a year closing a
    /// part of the year that is a comparison's base is that base's, not the sentence's.
    private func closesBasePart(_ tokens: [Token], year y: Int) -> Bool {
        guard y >= 2, tokens[y - 1].is("of") || tokens[y - 1].is("in"),
              let p = words.partPhrases.first(where: { $0.endsAt(tokens, y - 1, lowerBound: 0) }) else { return false }
        return isComparisonBase(tokens, y - 1 - p.parts.count)
    }

    /// 是去年四季度的2倍, 为2019年同期的85%: a part of the year followed by 的 and a multiple or a
    /// percentage is the base of a ratio, not the figures' own part.
    private func isRatioBase(_ tokens: [Token], after e: Int) -> Bool {
        guard e + 2 < tokens.count, tokens[e].is("的"), tokens[e + 1].kind == .number else { return false }
        return tokens[e + 2].is("倍") || tokens[e + 2].is("%") || tokens[e + 2].is("％")
    }

    // MARK: - Dated windows

    /// Whether the tokens name the release's own day ("发布时间：2022年1月14日", "Posted 14 January 2022"):
    /// a dateline, which dates none of the figures after it.
    func namesReleaseDay(_ tokens: [Token]) -> Bool {
        guard let released, let y = Int(released.prefix(4)) else { return false }
        // Only around the release's year, written: most lines name none. The date starts at the
        // year (2022年1月14日) or up to four tokens before it ("14 January 2022", "January 14, 2022").
        return tokens.indices.contains { k in
            guard tokens[k].kind == .number, tokens[k].writtenYear == y else { return false }
            return (max(0, k - 4)...k).contains { j in
                guard let (d, _) = day(tokens, j), d.day != nil, d.year == y, !d.bare else { return false }
                return iso(d, defaultYear: y, end: false) == released
            }
        }
    }

    private struct Day {
        var year: Int?; var month: Int; var day: Int?; var edge: Edge
        /// A month alone ("7月至8月", "between March and May"): its first day at a range's start, its last at the end.
        var bare = false
    }
    /// `late`: "late January", the twenty-first day at a range's start, the last at its end.
    private enum Edge { case start, end, exact, late }

    /// "from the end of November 2024 to the end of February 2025", "since December 1, 2024",
    /// "between March and May 2024", 2024年11月底至2025年2月底, 自2024年12月1日以来.
    /// Whether `window` does anything at token `k`: a number, one of `windowKeys`, or a word alone
    /// in brackets (a run of months, "(June-September)"). A function of its own: read inside
    /// `window`, each token was copied whole to test its kind, its text retained and released.
    private func mayOpenWindow(_ tokens: [Token], _ k: Int) -> Bool {
        let kind = tokens[k].kind
        return kind == .number || words.windowKeys.contains(tokens[k].key) || Self.wordInBrackets(tokens, k)
    }

    /// A word right after "(" and before ")" or ",": "(June-September)", "(June-September, …)".
    private static func wordInBrackets(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].kind == .word && k > 0 && tokens[k - 1].is("(") && k + 1 < tokens.count && (tokens[k + 1].is(")") || tokens[k + 1].is(","))
    }

    private func window(_ tokens: [Token], _ mentions: [Mention]) -> Period? {
        // "By the end of September, …", "As of June 30, …" opening a sentence of an annual release:
        // the year so far up to a date before its end (截至11月底 below in Chinese).
        // (Up to the year's last day, its year written, "As of December 31, 2024", 截至2024年12月31日: the whole year.)
        if document.isAnnual, let e = words.windowEnds.lazy.compactMap({ $0.startsAt(tokens, 0, limit: tokens.count) }).first,
           let (d, _) = day(tokens, e), let w = yearSoFar(to: d, wholeYear: true) {
            return w
        }
        for k in tokens.indices {
            // (Most tokens are skipped on their kind and key, before the token is copied.)
            if !mayOpenWindow(tokens, k) { continue }
            let t = tokens[k]
            // "(June-September)", "(June-September, …)": a run of months written as one word, in brackets.
            if Self.wordInBrackets(tokens, k), let (a, b) = hyphenedMonths(t), a < b {
                let y = k + 2 < tokens.count ? tokens[k + 2].writtenYear ?? document.year : document.year
                return Period.months(y, a, b)
            }
            // Only numbers and a few words or characters open a window; skip the rest cheaply.
            if t.kind != .number && !words.windowKeys.contains(t.key) { continue }
            if t.kind == .number, let r = yearRange(tokens, k) { return r }
            if let named = words.namedStretches.first(where: { $0.phrase.startsAt(tokens, k, limit: tokens.count) != nil }) { return named.window }
            // "(21-27 January)": a range of days alone in brackets.
            if t.kind == .number, k > 0, tokens[k - 1].is("("), let w = dayRange(tokens, k) { return w }
            // 截至11月底，…: in an annual release, the year so far up to a date before its end.
            // (数据截至：2024年12月31日: a label's colon may stand before the date.)
            if document.isAnnual, t.is("截"), k + 1 < tokens.count, tokens[k + 1].is("至") || tokens[k + 1].is("止"),
               case let at = k + 2 < tokens.count && (tokens[k + 2].is("：") || tokens[k + 2].is(":")) ? k + 3 : k + 2,
               let (d, _) = day(tokens, at),
               // ("11月26日…开通，截至12月31日…" runs from the event's date.)
               let w = yearSoFar(to: d, wholeYear: !tokens[..<k].contains(where: { $0.is("月") })) {
                return w
            }
            if words.windowOpeners.contains(t) {
                if let w = dayRange(tokens, k + 1) { return w }
                // "between its opening on Oct. 24 and the end of December": an event dated after "on".
                let dated = (k + 2..<max(k + 2, min(tokens.count, k + 6))).first { tokens[$0].is("on") && tokens[(k + 1)..<$0].allSatisfy { $0.kind == .word } }
                guard let (a, after) = day(tokens, k + 1) ?? dated.flatMap({ day(tokens, $0 + 1) }) else { continue }
                var j = after
                // 自6月开展至9月底, 自6月起至9月底: a verb of a few characters may stand before 至.
                if t.kind == .han, let to = (j..<min(tokens.count, j + 4)).first(where: { !(tokens[$0].kind == .han) || words.windowJoiners.contains(tokens[$0]) }),
                   to < tokens.count, words.windowJoiners.contains(tokens[to]) { j = to }
                if j < tokens.count, words.windowJoiners.contains(tokens[j]) {
                    j += 1
                } else if j + 1 < tokens.count, tokens[j].is("-") { j += 1 } else {
                    // 自6月1日启动以来, 从3月起: open to the release; a month alone is in the document's year.
                    if t.is("自") || t.is("从"), let s = iso(a, defaultYear: document.year, end: false) { return .window(s, until(tokens, after: after) ?? openEnd) }
                    continue
                }
                guard let b = rangeEnd(tokens, j, from: a) else { continue }
                let endYear = b.year ?? a.year ?? document.year
                guard let s = iso(a, defaultYear: a.year ?? (a.month > b.month ? endYear - 1 : endYear), end: false),
                      let e = iso(b, defaultYear: endYear, end: true) else { continue }
                return .window(s, e)
            } else if words.sinceWords.contains(t) {
                guard let (a, _) = day(tokens, k + 1), a.day != nil || a.edge != .exact,
                      let s = iso(a, defaultYear: yearForUndated(a, tokens, from: k), end: false) else { continue }
                return .window(s, openEnd)
            } else if let (a, after) = monthFirst(tokens, k), a.day != nil || Self.bracketedMonths(tokens, k, after) || Self.yearedMonths(a, tokens, k, after), k == 0 || !words.windowOpeners.contains(tokens[k - 1]) && !words.sinceWords.contains(tokens[k - 1]),
                      after < tokens.count, words.windowJoiners.contains(tokens[after]) && !tokens[after].is("and") || tokens[after].is("-") || tokens[after].is("–") {
                // "June 1 to September 30, …", "(January 21 to 27)", "(1 July to 31 August)": a dated
                // range without "from"; a bare day after the joiner is in the start's month.
                guard let b = rangeEnd(tokens, after + 1, from: a) else { continue }
                let endYear = b.year ?? a.year ?? document.year
                guard let s = iso(a, defaultYear: a.year ?? (a.month > b.month ? endYear - 1 : endYear), end: false),
                      let e = iso(b, defaultYear: endYear, end: true), s <= e else { continue }
                return .window(s, e)
            } else {
                // Chinese "1至3月", "1-11月": months of the year.
                if t.kind == .number, k + 3 < tokens.count, Self.rangeMarks.contains(tokens[k + 1].text),
                   tokens[k + 2].kind == .number, tokens[k + 3].is("月"), k == 0 || !tokens[k - 1].is("月"),
                   let m1 = Int(t.text), let m2 = Int(tokens[k + 2].text), 1 <= m1, m1 < m2, m2 <= 12 {
                    let y = Self.chineseYear(before: k, tokens) ?? document.year
                    return Period.months(y, m1, m2)
                }
                // Chinese "2024年11月底至2025年2月底", "7月至8月": a date, 至 or 到, a date.
                // 去年11月底至今年2月底: 去年 dates the start; an end without its year (今年 too)
                // is the first one after the start.
                if t.kind == .number, k + 1 < tokens.count, tokens[k + 1].is("年") || tokens[k + 1].is("月"),
                   k == 0 || (!tokens[k - 1].is("年") && !tokens[k - 1].is("自") && !tokens[k - 1].is("从")) || Self.relativeYear(tokens, k),
                   case let (d, after)? = day(tokens, k), after < tokens.count, Self.rangeMarks.contains(tokens[after].text),
                   let b = rangeEnd(tokens, after + 1 + (Self.relativeYear(tokens, after + 3) ? 2 : 0), from: d) {
                    var a = d
                    if a.year == nil, Self.relativeYear(tokens, k), tokens[k - 2].is("去") { a.year = chineseYear(relativeTo: tokens, before: k) }
                    // …至今年2月底 in a release dated: the release's year.
                    let thisYear = Self.relativeYear(tokens, after + 3) && tokens[after + 1].is("今") ? releasedYear : nil
                    let endYear = b.year ?? thisYear ?? a.year.map { b.month < a.month ? $0 + 1 : $0 } ?? document.year
                    if let s = iso(a, defaultYear: a.year ?? (a.month > b.month ? endYear - 1 : endYear), end: false),
                       let e = iso(b, defaultYear: endYear, end: true), s <= e {
                        return .window(s, e)
                    }
                }
                // Chinese "2024年12月1日以来/起", "4月以来": a date (a month alone is in the
                // document's year) followed by 以来 or 起, up to a 截至 date when one follows;
                // 今年以来 is the release year so far.
                // "一季度共查验…9867.4万人次，3月份以来…断崖式下降": a window named in a clause after
                // the last figure dates none of them.
                if t.kind == .han, t.is("以") || t.is("起"), k > 0 {
                    let from = tokens[..<k].lastIndex(where: SentenceReader.isSegmentEnd) ?? 0
                    let to = tokens[k...].firstIndex(where: SentenceReader.isSegmentEnd) ?? tokens.count
                    let own = mentions.filter { $0.kind == .figure && $0.first >= from && $0.end <= to }
                    if let last = own.last, last.end <= k, tokens[last.end..<k].contains(where: SentenceReader.isClauseEnd) { continue }
                }
                if t.kind == .han, t.is("以") || t.is("起"), k > 0 {
                    let since = t.is("起") || (k + 1 < tokens.count && tokens[k + 1].is("来"))
                    if since, k >= 2, tokens[k - 1].is("年"), tokens[k - 2].is("今") {
                        let y = releasedYear ?? document.year
                        return .window(String(format: "%04d-01-01", y), until(tokens, after: k) ?? openEnd)
                    }
                    var j = k - 1
                    while j > 0, tokens[j].kind != .number { j -= 1 }
                    var s = j
                    while s > 0, tokens[s - 1].kind == .number || Self.chineseDateMarks.contains(tokens[s - 1]) { s -= 1 }
                    // 今年6月以来: the date starts at its first number (今年 is the document's year).
                    while s < j, tokens[s].kind != .number { s += 1 }
                    if tokens[j].kind == .number, let (a, after) = day(tokens, s), k - j <= 3 || after == k,
                       let iso = iso(a, defaultYear: chineseYear(relativeTo: tokens, before: s), end: false), since {
                        return .window(iso, until(tokens, after: k) ?? openEnd)
                    }
                }
                // 去年11月下旬启动的"冬季行动"中，截至目前…: a campaign launched on a date runs from it
                // to the date it is counted up to, else to the release.
                if t.kind == .number, k + 1 < tokens.count, tokens[k + 1].is("月") || tokens[k + 1].is("年"),
                   k < 2 || !tokens[k - 1].is("年") || tokens[k - 2].kind == .han, let (a, after) = day(tokens, k),
                   words.chineseLaunches.contains(where: { $0.startsAt(tokens, after, limit: tokens.count) != nil })
                    || launchesLater(tokens, mentions, date: k, after: after),
                   let iso = iso(a, defaultYear: chineseYear(relativeTo: tokens, before: k), end: false) {
                    return .window(iso, until(tokens, after: after) ?? openEnd)
                }
            }
        }
        return nil
    }

    /// "2024年11月底，我们部署开展'冬季攻势'专项行动。": a sentence without figures that opens with a
    /// date (at `date`, read up to `after`) and launches a campaign a few words later; its window
    /// carries to the sentences that count the campaign's results ("截至目前，已侦办案件…").
    private func launchesLater(_ tokens: [Token], _ mentions: [Mention], date: Int, after: Int) -> Bool {
        guard !mentions.contains(where: { $0.kind == .figure }),
              date <= 3, !tokens[..<date].contains(where: { $0.kind == .number }) else { return false }
        var j = after
        while j < min(tokens.count, after + 12), tokens[j].kind != .number, !SentenceReader.isSegmentEnd(tokens[j]) {
            if words.launchVerbs.contains(where: { $0.startsAt(tokens, j, limit: tokens.count) != nil }) { return true }
            j += 1
        }
        return false
    }

    /// "campaign (March to May)": two months alone in brackets, a range by themselves; a remark
    /// may follow them in the brackets after a comma ("(June–September, so it spans two quarters)").
    /// "Nov '23-Jan '24", "December 2023 – February 2024": a month with its year, a dash (not
    /// "to", which an edge's "the end of March 2024 to …" also writes), and a month after it.
    private static func yearedMonths(_ a: Day, _ tokens: [Token], _ k: Int, _ after: Int) -> Bool {
        a.year != nil && after < tokens.count && (tokens[after].is("-") || tokens[after].is("–")) && (k == 0 || !tokens[k - 1].is("of"))
    }

    private static func bracketedMonths(_ tokens: [Token], _ k: Int, _ after: Int) -> Bool {
        k > 0 && tokens[k - 1].is("(") && after == k + 1 && after + 2 < tokens.count
            && (tokens[after + 2].is(")") || tokens[after + 2].is(",") && tokens[(after + 3)...].contains { $0.is(")") }
                || (after + 3 < tokens.count && tokens[after + 2].writtenYear != nil && tokens[after + 3].is(")")))
    }

    /// "from 10 to 17 February": a bare day, then a date of the same month.
    private func dayRange(_ tokens: [Token], _ k: Int) -> Period? {
        guard k + 2 < tokens.count, tokens[k].kind == .number, let d = Int(tokens[k].text), (1...31).contains(d),
              words.windowJoiners.contains(tokens[k + 1]) || tokens[k + 1].is("-") || tokens[k + 1].is("–"), words.month(tokens[k + 2]) == nil,
              let (b, _) = day(tokens, k + 2), let e = b.day, d < e,
              let end = iso(b, defaultYear: b.year ?? document.year, end: true) else { return nil }
        return .window(String(end.prefix(8)) + String(format: "%02d", d), end)
    }

    /// In an annual release, the year so far up to day `d` of its year: a window up to a day before the
    /// year's last, the whole year up to its last day when `d` writes its year ("As of December 31, 2024",
    /// 截至2024年12月31日) and `wholeYear` allows it; nil otherwise.
    private func yearSoFar(to d: Day, wholeYear: Bool) -> Period? {
        guard (d.year ?? document.year) == document.year, let end = iso(d, defaultYear: document.year, end: true) else { return nil }
        if end < String(format: "%04d-12-31", document.year) { return .window(String(format: "%04d-01-01", document.year), end) }
        return d.year != nil && wholeYear ? document : nil
    }

    /// "(2021-2025)", "from 2021 to 2025", "between 2021 and 2025", 2019—2023年, 2019年至2023年:
    /// whole years, a total over them.
    private func yearRange(_ tokens: [Token], _ k: Int) -> Period? {
        // 2019年至2023年, 2019年-2023年: 年 after each end.
        let y = k + 1 < tokens.count && tokens[k + 1].is("年") ? 1 : 0
        guard k + 2 + y < tokens.count, let a = tokens[k].writtenYear else { return nil }
        var joiner = k + 1 + y
        // "from 2018, when the administration was founded, to 2020": an aside before the joiner.
        if y == 0, k > 0, words.windowOpeners.contains(tokens[k - 1]), let e = yearRangeAside(tokens, from: joiner) { joiner = e }
        guard joiner + 1 < tokens.count, let b = tokens[joiner + 1].writtenYear, a < b, b - a <= 30 else { return nil }
        let j = tokens[joiner]
        // 2024年至2025年2月 is a dated window, read below.
        let end = joiner + 2
        if end + 1 < tokens.count, tokens[end].is("年"), tokens[end + 1].kind == .number { return nil }
        // "In 2020 and 2021 together", "Over the two years together, 2020 and 2021, …": words before
        // the pair (past an apposition's comma) or after it that take the years as one stretch.
        func pairTaken() -> Bool {
            let before = k > 1 && tokens[k - 1].is(",") ? k - 2 : k - 1
            return before >= 0 && (words.yearPairOpeners.contains(tokens[before]) || words.yearPairClosers.contains(tokens[before]))
                || end < tokens.count && words.yearPairClosers.contains(tokens[end])
        }
        guard j.is("-") || j.is("–") || (words.windowJoiners.contains(j) && (!j.is("and") || pairTaken())) else { return nil }
        return .window(String(format: "%04d-01-01", a), String(format: "%04d-12-31", b))
    }

    /// The joiner after an aside that opens at `i` (after a comma or not) on one of
    /// `yearRangeAsides` and holds only words, commas and years, when a year follows that joiner.
    private func yearRangeAside(_ tokens: [Token], from i: Int) -> Int? {
        var s = i
        if s < tokens.count, tokens[s].is(",") { s += 1 }
        guard s < tokens.count, words.yearRangeAsides.contains(tokens[s]) else { return nil }
        var j = s + 1
        while j + 1 < tokens.count, j <= s + Self.yearRangeAsideReach {
            let t = tokens[j]
            if words.windowJoiners.contains(t), !t.is("and"), tokens[j + 1].writtenYear != nil { return j }
            guard t.kind == .word || t.is(",") || t.writtenYear != nil else { return nil }
            j += 1
        }
        return nil
    }

    /// At most this many tokens in an aside inside a range of years.
    private static let yearRangeAsideReach = 14

    private static let chineseDateMarks = TokenSet(["年", "月"])

    /// 去年 or 今年 right before the Chinese date at `k`.
    private static func relativeYear(_ tokens: [Token], _ k: Int) -> Bool {
        k >= 2 && k <= tokens.count && tokens[k - 1].is("年") && (tokens[k - 2].is("去") || tokens[k - 2].is("今"))
    }

    /// The year of a Chinese date written without one: 去年 right before it is the year before the
    /// release's; otherwise (今年 too: the year the release reviews) the document's year.
    private func chineseYear(relativeTo tokens: [Token], before s: Int) -> Int {
        guard s >= 2, tokens[s - 1].is("年"), tokens[s - 2].is("去") else { return document.year }
        return (releasedYear ?? document.year + 1) - 1
    }
    /// What joins the two ends of a range (1至3月, 1-11月). A set made once: the array literal
    /// was built, and compared slowly with Chinese text, at every number.
    static let rangeMarks: Set<String> = ["至", "到", "-", "~"]

    /// "…，截至6月底，…": the end of a Chinese window that opened earlier in the sentence.
    private func until(_ tokens: [Token], after k: Int) -> String? {
        var i = k + 1
        var end: String?
        while i + 1 < tokens.count {
            if tokens[i].is("截"), tokens[i + 1].is("至") || tokens[i + 1].is("止") {
                // 截至目前 (up to now) names no day: the window stays open to the release.
                guard let (d, _) = day(tokens, i + 2) else { return nil }
                return iso(d, defaultYear: d.year ?? document.year, end: true)
            }
            // 自2018年4月国家移民管理局组建至2019年底: a dated end after 至 (a day, or a year's end),
            // unless it is a plan's (将持续至2026年2月底).
            if end == nil, tokens[i].is("至"), !tokens[i - 1].is("续"), !tokens[i - 1].is("将"),
               let d = chineseYearEnd(tokens, i + 1) ?? day(tokens, i + 1).map(\.0), let y = d.year, d.day != nil || d.edge == .end {
                end = iso(d, defaultYear: y, end: true)
            }
            i += 1
        }
        return end
    }

    private var openEnd: String { released ?? document.span.end }

    /// "December 1 of last year" / "January 1 this year" / a month after the release's: the
    /// year before the release.
    private func yearForUndated(_ d: Day, _ tokens: [Token], from k: Int) -> Int? {
        if d.year != nil { return d.year }
        let window = tokens[k..<min(tokens.count, k + 9)].map(\.text)
        // Undated, an annual release comes out the next year; a release on a part of the year, within it.
        let releaseYear = releasedYear ?? (document.isAnnual ? document.year + 1 : document.year)
        if window.contains("last") { return releaseYear - 1 }
        if window.contains("this") { return releaseYear }
        if let r = released, let rm = Int(r.dropFirst(5).prefix(2)), d.month > rm { return releaseYear - 1 }
        return releaseYear
    }

    /// The end of a range: a date, or a bare day in the start's month ("February 4 to 10", ending
    /// the clause).
    private func rangeEnd(_ tokens: [Token], _ j: Int, from a: Day) -> Day? {
        if let (b, _) = day(tokens, j) { return b }
        // 自4月启动至年底, "from June to the end of the year": the start's year ends it (before
        // 今, which 至今年年底 also opens with).
        if words.yearEnds.contains(where: { $0.startsAt(tokens, j, limit: tokens.count) != nil }) {
            return Day(year: a.year, month: 12, day: 31, edge: .exact)
        }
        // 2025年11月中旬至今, "from June to date": up to the release (the period's end without one).
        if words.nowWords.contains(where: { $0.startsAt(tokens, j, limit: tokens.count) != nil }),
           let y = Int(openEnd.prefix(4)), let m = Int(openEnd.dropFirst(5).prefix(2)), let d = Int(openEnd.suffix(2)) {
            return Day(year: y, month: m, day: d, edge: .exact)
        }
        if let d = chineseYearEnd(tokens, j) { return d }
        // "from April 2018 to the end of 2020": a year's end.
        let e = j < tokens.count && tokens[j].is("the") ? j + 1 : j
        if e + 2 < tokens.count, tokens[e].is("end"), tokens[e + 1].is("of"), let y = tokens[e + 2].writtenYear {
            return Day(year: y, month: 12, day: 31, edge: .exact)
        }
        // "from late March to the end of the year": the start's year ends it.
        if e + 3 < tokens.count, tokens[e].is("end"), tokens[e + 1].is("of"), tokens[e + 2].is("the") || tokens[e + 2].is("this"), tokens[e + 3].is("year") {
            return Day(year: a.year, month: 12, day: 31, edge: .exact)
        }
        // 2月4日至10日: a bare day after 至 is in the start's month too.
        guard let start = a.day, j < tokens.count, tokens[j].kind == .number, let d = Int(tokens[j].text), d > start, d <= 31,
              j + 1 == tokens.count || tokens[j + 1].kind == .punct || tokens[j + 1].is("日") || tokens[j + 1].is("号") else { return nil }
        return Day(year: a.year, month: a.month, day: d, edge: .exact)
    }

    /// 2019年底, 2019年末 starting at `j`: the last day of that year.
    private func chineseYearEnd(_ tokens: [Token], _ j: Int) -> Day? {
        guard j + 2 < tokens.count, let y = tokens[j].writtenYear, tokens[j + 1].is("年"), tokens[j + 2].is("底") || tokens[j + 2].is("末") else { return nil }
        return Day(year: y, month: 12, day: 31, edge: .exact)
    }

    /// An English date that starts at `k` with its month or its day: "June 1", "1 July".
    private func monthFirst(_ tokens: [Token], _ k: Int) -> (Day, Int)? {
        if words.month(tokens[k]) != nil { return day(tokens, k) }
        if tokens[k].kind == .number, k + 1 < tokens.count, words.month(tokens[k + 1]) != nil { return day(tokens, k) }
        return nil
    }

    /// Reads "the end of November 2024", "December 1, 2024", "1 July 2024", "early March", "2024年11月底", "2月底".
    private func day(_ tokens: [Token], _ from: Int) -> (Day, Int)? {
        var i = from
        var edge = Edge.exact
        func at(_ j: Int) -> String { j < tokens.count ? tokens[j].text : "" }
        // "1 July", "31 August 2024", "the 22nd of June": the day before the month.
        if at(i) == "the", i + 1 < tokens.count, tokens[i + 1].kind == .number { i += 1 }
        let of = at(i + 1) == "of" ? 1 : 0
        if i + 1 < tokens.count, tokens[i].kind == .number, let d = Int(tokens[i].text), (1...31).contains(d), let m = words.lexicon.months[at(i + 1 + of)] {
            i += 2 + of
            if at(i) == ".", words.monthAbbreviations.contains(at(i - 1)) { i += 1 }   // "25 Jan. 2020"
            var y: Int?
            if at(i) == "," { i += 1 }
            if i < tokens.count, tokens[i].kind == .number, let v = Int(tokens[i].text), (1949...2100).contains(v) { y = v; i += 1 }
            return (Day(year: y, month: m, day: d, edge: .exact), i)
        }
        if at(i) == "the" { i += 1 }
        // "mid-May", "late-January": the tokenizer keeps a hyphened word whole.
        var month = at(i)
        var middle = false
        if ["end", "beginning", "start", "middle"].contains(at(i)), at(i + 1) == "of" {
            edge = at(i) == "end" ? .end : .start; middle = at(i) == "middle"; i += 2; month = at(i)
        } else if ["early", "late", "mid"].contains(at(i)) {
            edge = at(i) == "late" ? .late : .start; middle = at(i) == "mid"; i += 1; month = at(i)
        } else if let dash = month.firstIndex(of: "-"), case let lead = String(month[..<dash]), ["early", "late", "mid"].contains(lead) {
            edge = lead == "late" ? .late : .start; middle = lead == "mid"; month = String(month[dash...].dropFirst())
        }
        if let m = words.lexicon.months[month] {
            i += 1
            if at(i) == ".", words.monthAbbreviations.contains(at(i - 1)) { i += 1 }   // "Jan. 24"
            var d: Int?
            if i < tokens.count, tokens[i].kind == .number, let v = Int(tokens[i].text), (1...31).contains(v) { d = v; i += 1 }
            // "mid-May", "the middle of May": its fifteenth day, at either end of a range.
            if middle, d == nil { d = 15 }
            if at(i) == "," { i += 1 }
            var y: Int?
            if i < tokens.count, tokens[i].kind == .number, let v = Int(tokens[i].text), (1949...2100).contains(v) { y = v; i += 1 }
            // "Nov '23": a year of this century written with an apostrophe and its last two digits.
            else if at(i) == "'" || at(i) == "’", i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].text.utf8.count == 2,
                    tokens[i + 1].start == tokens[i].end, let v = Int(tokens[i + 1].text) { y = 2000 + v; i += 2 }
            return (Day(year: y, month: m, day: d, edge: d == nil && edge == .exact ? .start : edge, bare: d == nil && edge == .exact), i)
        }
        // Chinese: [YYYY年]M月[D日|底|初|中旬]
        var y: Int?
        if i + 1 < tokens.count, tokens[i].kind == .number, at(i + 1) == "年", let v = Int(tokens[i].text) { y = v; i += 2 }
        guard i + 1 < tokens.count, tokens[i].kind == .number, at(i + 1) == "月", let m = Int(tokens[i].text), (1...12).contains(m) else { return nil }
        i += 2
        var d: Int?
        if i + 1 < tokens.count, tokens[i].kind == .number, at(i + 1) == "日" || at(i + 1) == "号", let v = Int(tokens[i].text) { d = v; i += 2 }
        else if at(i) == "底" || at(i) == "末" { edge = .end; i += 1 }
        else if at(i) == "初" { edge = .start; i += 1 }
        // 上旬, 中旬, 下旬: the first, eleventh or twenty-first day (a window starting then).
        else if at(i + 1) == "旬", let first = ["上": 1, "中": 11, "下": 21][at(i)] { d = first; i += 2 }
        return (Day(year: y, month: m, day: d, edge: d == nil && edge == .exact ? .start : edge, bare: d == nil && edge == .exact), i)
    }

    private func iso(_ d: Day, defaultYear: Int?, end: Bool) -> String? {
        guard let y = d.year ?? defaultYear else { return nil }
        let lastDay = Period.lastDay(y, d.month)
        let day: Int
        if let x = d.day { day = x }
        else if d.edge == .late { day = end ? lastDay : 21 }
        else { day = (d.edge == .end || (end && (d.edge != .start || d.bare))) ? lastDay : 1 }
        return Self.isoDate(y, d.month, min(day, lastDay))
    }

    /// `String(format: "%04d-%02d-%02d", y, m, d)` without Foundation's formatter, which cost more
    /// than reading the date (windows are read sentence by sentence).
    static func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String {
        guard y >= 0, m >= 0, d >= 0 else { return String(format: "%04d-%02d-%02d", y, m, d) }
        func padded(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
        }
        return padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2)
    }
}

/// The words and phrases `PeriodScope` reads periods with, compiled from one language's lexicon
/// once: compiling them for every document cost more than reading a short release.
final class PeriodWords: Sendable {
    let lexicon: Grammar.Lexicon
    let annualMarkers: [Phrase], campaignOpeners: [Phrase], yoyAnchors: [Phrase], previousYearMarkers: [Phrase], holidays: [Phrase]
    /// "the", "its": before "last year" they make it a year of a story ("the last year before the pandemic").
    let determiners: TokenSet
    let previousPartMarkers: [Phrase], monthLeads: TokenSet, figureReferences: [Phrase], releaseRelativeYearMarkers: [Phrase]
    let samePeriodWords: [Phrase]
    /// Parts of the year by the key of their first word, longest phrase first (前三季度 before 三季度).
    let parts: KeyTable<[(Phrase, PartOfYear)]>
    let yearPrepositions: TokenSet, eventVerbs: TokenSet
    let windowOpeners: TokenSet, windowJoiners: TokenSet, sinceWords: TokenSet, yearPairOpeners: TokenSet, yearPairClosers: TokenSet
    let yearRangeAsides: TokenSet
    let campaignStarts: [Phrase], windowEnds: [Phrase], foundingMarkers: [Phrase], cumulativeWords: [Phrase], sinceTotalWords: [Phrase]
    let sinceAnaphors: [Phrase], yearEnds: [Phrase]
    /// Words after a number that make it a name ("12367 service platform"), not a date's day.
    let nameMarkers: [Phrase]
    /// Words after a Chinese date that make it a campaign's start (启动的, 开展的): grammar `campaignLaunches`.
    let chineseLaunches: [Phrase]
    /// Verbs launching a campaign a few words after a sentence's opening date (grammar `campaignLaunchVerbs`).
    let launchVerbs: [Phrase]
    /// "Now" ending a window (至今, "to date"): grammar `nowWords`.
    let nowWords: [Phrase]
    /// The parts of the year as a list (下半年以来 is no event).
    let partPhrases: [Phrase]
    /// The keys of the last words of `partPhrases`: a word no part of the year ends on.
    let partLastKeys: Set<UInt32>
    let timeNouns: TokenSet
    /// "was", "were": grammar `appositionCopulas`, for `yearClauseLabel`.
    let copulas: TokenSet
    let baseMarks: TokenSet, monthNouns: TokenSet, monthNounModifiers: TokenSet, eventOpeners: TokenSet, baseYearLeads: [Phrase], clauseJoins: [Phrase]
    let recordWords: [Phrase], recordStretches: [Phrase], yearToDateMarkers: [Phrase], partsOfPrevious: [Phrase], campaignReferences: [Phrase]
    /// "the busiest quarter": a part of the period named by rank.
    let unnamedStretches: [Phrase]
    /// "than in": words before an earlier period a bracketed figure after it gives.
    let bracketedBaseLeads: [Phrase]
    /// "in those four years": a reference back to the years the sentence before listed.
    let yearListReferences: [Phrase]
    /// 占, "% of": before a period marker, the whole a share is of.
    let shareLeads: [Phrase]
    /// 四个季度: the four quarters of the release's year, listed.
    let quarterListReferences: [Phrase]
    /// "“十四五”时期": a stretch of whole years known by name, with its window.
    let namedStretches: [(phrase: Phrase, window: Period)]
    /// "through", "by the end of": before a month, the year so far.
    let monthToDateLeads: [Phrase]
    let sinceTimeEnds: TokenSet
    let campaignNouns: [Phrase]
    /// "that year", "the same year" (grammar `previousPeriodReferences`).
    let yearReferences: [Phrase]
    /// "the following year", "the next year" (grammar `followingYearReferences`).
    let followingYearReferences: [Phrase]
    let partOrdinals: [String: Int], partNouns: [String: String]
    /// The keys of the month names and of `partNouns`: most tokens are neither, and are told so
    /// without hashing their text (these are looked up token by token).
    let monthKeys: KeySet, partNounKeys: KeySet
    let currentYearMarkers: [Phrase], comparisonOpeners: [Phrase], wholeYearLeads: [Phrase], yearTrails: TokenSet, indefiniteArticles: TokenSet
    /// `comparisonOpeners` but "from" (which opens a range as often), picked once, not at every comma.
    let comparisonOpenersButFrom: [Phrase]
    /// "2019 year is 670 million": the word a word-for-word translation writes for 年 after a year.
    let literalYearWords: TokenSet
    /// "early", "the end of": between "since" and its year ("since early 2020").
    let yearLeadModifiers: [Phrase]
    /// The words of a change (`up`, `down`): "… 610 million in 2024 an increase of 14.3%", a year's
    /// clause ended by a change whose comma a translation lost.
    let changeWords: TokenSet
    /// "respectively", 分别 (two tokens): a sentence that gives each listed item its own figure.
    let respectivelyPhrases: [Phrase]
    /// Whether the tokens say "respectively".
    func saysRespectively(_ tokens: [Token]) -> Bool {
        respectivelyPhrases.contains { $0.firstMatch(in: tokens, 0..<tokens.count) != nil }
    }
    /// "last year's total of": right before a figure, the whole previous year's total.
    let previousYearTotals: [Phrase], priorYearTotals: [Phrase]
    /// "a year earlier", "a year ago": the release's stretch a year before, as a time a clause looks back to.
    let yearEarlierWords: [Phrase]
    let comparisonAdverbs: [Phrase]
    /// "the year before", "a year earlier" right after a figure: the previous year's.
    let yearBefore: [Phrase]
    /// `yearBefore` and `previousYearMarkers` together: words naming the year before on their own.
    let yearBeforeWords: [Phrase]
    let quarterBefore: [Phrase]
    /// "the 2019 level": words after a year that make it a comparison's base.
    let baseYearTrails: TokenSet
    /// "double", "twice", "times": before "the" and a part of the year, that part is a ratio's base.
    let ratioWords: TokenSet
    /// The last words of the units that write a percentage ("%", "percent", "cent").
    let percentWords: TokenSet
    /// "rose", "doubled", "by a fifth": phrases that end a change ("rose 60% since 2016").
    let changeEnds: [Phrase]
    /// "-day", "-day-long": the ends of a word giving a stretch's length ("the eight-day holiday").
    let lengthSuffixes: [String]
    /// "including", "of which": what opens a clause giving a part of the count before it (grammar `partMarkers`).
    let partMarkers: [Phrase]
    let holidayAnaphors: [Phrase], dayMarkers: [Phrase], clauseContinuers: [Phrase], forecastMarkers: [Phrase], forecastMarkersAfter: [Phrase], forecastLabels: [Phrase]
    /// The event verbs as phrases: a Chinese verb is written after its time (当日举行的发布会).
    let eventVerbPhrases: [Phrase]
    /// Month names that are short for a longer one ("jan", "sept"): a full stop may follow them.
    let monthAbbreviations: Set<String>
    /// Keys of the words and characters that can open a window: other tokens are skipped cheaply.
    let windowKeys: KeySet

    init(_ lexicon: Grammar.Lexicon) {
        self.lexicon = lexicon
        annualMarkers = lexicon.annualMarkers.map(Phrase.init)
        campaignOpeners = lexicon.campaignOpeners.map(Phrase.init)
        holidays = lexicon.subPeriodMarkers.map(Phrase.init)
        parts = KeyTable(Dictionary(grouping: lexicon.partsOfYear.map { (Phrase($0.phrase), $0) }.sorted { $0.0.parts.count > $1.0.parts.count },
                                    by: { $0.0.keys.first ?? 0 }))
        yearPrepositions = TokenSet(lexicon.yearPrepositions); eventVerbs = TokenSet(lexicon.eventVerbs)
        percentWords = TokenSet(lexicon.units.filter { $0.value.unit == "percent" }.compactMap { Phrase($0.key).parts.last })
        let changePhrases: [String] = lexicon.up + lexicon.down + Array((lexicon.wordChanges ?? [:]).keys) + Array((lexicon.fractionChanges ?? [:]).keys)
        changeEnds = changePhrases.map(Phrase.init)
        eventVerbPhrases = lexicon.eventVerbs.map(Phrase.init)
        windowOpeners = TokenSet(lexicon.windowOpeners); windowJoiners = TokenSet(lexicon.windowJoiners)
        sinceWords = TokenSet(lexicon.sinceWords); yearPairOpeners = TokenSet(lexicon.yearPairOpeners ?? []); yearPairClosers = TokenSet(lexicon.yearPairClosers ?? [])
        yearRangeAsides = TokenSet(lexicon.yearRangeAsides ?? [])
        namedStretches = (lexicon.namedStretches ?? [:]).sorted { $0.key < $1.key }.compactMap { phrase, years in
            guard years.count == 2 else { return nil }
            return (Phrase(phrase), .window(String(format: "%04d-01-01", years[0]), String(format: "%04d-12-31", years[1])))
        }
        // 以 and 起 close a Chinese "since" (2024年12月1日以来, …起).
        // Month names open a window written without "from" ("June 1 to September 30, …").
        windowKeys = KeySet((lexicon.windowOpeners + lexicon.sinceWords + ["以", "起", "截"] + lexicon.months.keys).map(Token.key(of:))
            + namedStretches.compactMap(\.phrase.keys.first))
        campaignStarts = (lexicon.campaignStarts ?? []).map(Phrase.init)
        nameMarkers = lexicon.nameMarkers.map(Phrase.init)
        chineseLaunches = (lexicon.campaignLaunches ?? []).map(Phrase.init)
        launchVerbs = (lexicon.campaignLaunchVerbs ?? []).map(Phrase.init)
        nowWords = (lexicon.nowWords ?? []).map(Phrase.init)
        windowEnds = (lexicon.windowEnds ?? []).map(Phrase.init)
        sinceAnaphors = (lexicon.sinceAnaphors ?? []).map(Phrase.init); yearEnds = (lexicon.yearEnds ?? []).map(Phrase.init)
        foundingMarkers = (lexicon.foundingMarkers ?? []).map(Phrase.init)
        cumulativeWords = (lexicon.cumulativeWords ?? []).map(Phrase.init)
        sinceTotalWords = cumulativeWords + (lexicon.sinceTotalWords ?? []).map(Phrase.init)
        partPhrases = lexicon.partsOfYear.map { Phrase($0.phrase) }
        partLastKeys = Set(partPhrases.compactMap(\.keys.last))
        timeNouns = TokenSet(lexicon.timeNouns); copulas = TokenSet(lexicon.appositionCopulas ?? [])
        baseMarks = TokenSet(lexicon.baseMarks ?? [])
        baseYearLeads = (lexicon.baseYearLeads ?? []).map(Phrase.init)
        clauseJoins = (lexicon.clauseJoins ?? []).map(Phrase.init)
        monthNouns = TokenSet(lexicon.monthNouns ?? [])
        monthNounModifiers = TokenSet(lexicon.monthNounModifiers ?? [])
        eventOpeners = TokenSet(lexicon.eventOpeners ?? [])
        recordWords = (lexicon.recordWords ?? []).map(Phrase.init)
        recordStretches = (lexicon.recordStretches ?? []).map(Phrase.init)
        sinceTimeEnds = TokenSet(lexicon.sinceTimeEnds ?? [])
        yearToDateMarkers = (lexicon.yearToDate ?? []).map(Phrase.init)
        monthToDateLeads = (lexicon.monthToDateLeads ?? []).map(Phrase.init)
        unnamedStretches = (lexicon.unnamedStretches ?? []).map(Phrase.init)
        bracketedBaseLeads = (lexicon.bracketedBaseLeads ?? []).map(Phrase.init)
        yearListReferences = (lexicon.yearListReferences ?? []).map(Phrase.init)
        shareLeads = (lexicon.shareLeads ?? []).map(Phrase.init)
        quarterListReferences = (lexicon.quarterListReferences ?? []).map(Phrase.init)
        yearReferences = (lexicon.previousPeriodReferences ?? []).map(Phrase.init)
        followingYearReferences = (lexicon.followingYearReferences ?? []).map(Phrase.init)
        partsOfPrevious = (lexicon.partsOfPrevious ?? []).map(Phrase.init) + yearReferences
        currentYearMarkers = (lexicon.currentYearMarkers ?? []).map(Phrase.init)
        comparisonOpeners = (lexicon.comparisonOpeners ?? []).map(Phrase.init)
        comparisonOpenersButFrom = comparisonOpeners.filter { $0.parts != ["from"] }
        comparisonAdverbs = (lexicon.comparisonAdverbs ?? []).map(Phrase.init)
        yearBefore = (lexicon.yearBefore ?? []).map(Phrase.init)
        quarterBefore = (lexicon.quarterBefore ?? []).map(Phrase.init)
        baseYearTrails = TokenSet(lexicon.baseYearTrails ?? [])
        ratioWords = TokenSet(lexicon.ratioWords ?? [])
        wholeYearLeads = (lexicon.wholeYearLeads ?? []).map(Phrase.init); yearTrails = TokenSet(lexicon.yearTrails ?? [])
        literalYearWords = TokenSet(lexicon.literalYearWords ?? [])
        yearLeadModifiers = (lexicon.yearLeadModifiers ?? []).map(Phrase.init)
        changeWords = TokenSet(lexicon.up + lexicon.down)
        respectivelyPhrases = lexicon.respectively.map(Phrase.init)
        previousYearTotals = (lexicon.previousYearTotals ?? []).map(Phrase.init)
        priorYearTotals = (lexicon.priorYearTotals ?? []).map(Phrase.init)
        yearEarlierWords = (lexicon.yearEarlierWords ?? []).map(Phrase.init)
        indefiniteArticles = TokenSet(lexicon.indefiniteArticles ?? [])
        holidayAnaphors = (lexicon.holidayAnaphors ?? []).map(Phrase.init)
        lengthSuffixes = lexicon.lengthSuffixes ?? []
        partMarkers = (lexicon.partMarkers ?? []).map(Phrase.init)
        dayMarkers = (lexicon.dayMarkers ?? []).map(Phrase.init)
        clauseContinuers = (lexicon.clauseContinuers ?? []).map(Phrase.init)
        forecastMarkers = (lexicon.forecastMarkers ?? []).map(Phrase.init)
        forecastMarkersAfter = (lexicon.forecastMarkersAfter ?? []).map(Phrase.init)
        forecastLabels = (lexicon.forecastLabels ?? []).map(Phrase.init)
        monthAbbreviations = lexicon.monthAbbreviations
        campaignReferences = (lexicon.campaignReferences ?? []).map(Phrase.init) + campaignOpeners
        campaignNouns = (lexicon.campaignNouns ?? []).map(Phrase.init)
        partOrdinals = lexicon.partOrdinals ?? [:]; partNouns = lexicon.partNouns ?? [:]
        monthKeys = KeySet(lexicon.months.keys.map(Token.key(of:))); partNounKeys = KeySet(partNouns.keys.map(Token.key(of:)))
        yoyAnchors = lexicon.yoyAnchors.map(Phrase.init)
        previousYearMarkers = lexicon.previousYearMarkers.map(Phrase.init)
        yearBeforeWords = yearBefore + previousYearMarkers
        determiners = TokenSet(lexicon.determiners ?? [])
        previousPartMarkers = (lexicon.previousPartMarkers ?? []).map(Phrase.init)
        monthLeads = TokenSet(lexicon.monthLeads ?? [])
        figureReferences = (lexicon.figureReferences ?? []).map(Phrase.init)
        releaseRelativeYearMarkers = (lexicon.releaseRelativeYearMarkers ?? []).map(Phrase.init)
        samePeriodWords = (lexicon.samePeriodWords ?? []).map(Phrase.init)
    }
}

extension PeriodWords {
    /// The month a token names (`lexicon.months`), nil for any other.
    @inline(__always) func month(_ t: Token) -> Int? { monthKeys.contains(t.key) ? lexicon.months[t.text] : nil }
}
