import BriefingCore
import Foundation

/// A number as a release writes it: "more than 35,000", "64.882 million", "Fifteen",
/// "CNY 220 million", "7.8 tons", "43.9%", "2.47亿".
struct Mention: Sendable {
    enum Kind: Sendable, Equatable { case figure, year, date, ordinal, name, time }
    var kind: Kind
    /// Token indices: `first` includes the qualifier and currency prefix; `number` is the digits
    /// or number word; `end` is past the scale and unit.
    var first: Int
    var number: Int
    var end: Int
    var value: Decimal
    /// nil for a plain count; otherwise "percent", "tonnes", "CNY", ...
    var unit: String?
    var qualifier: Qualifier
    /// Why the written figure cannot be trusted as read, if it cannot.
    var doubt: String?
    /// "an average of 501,000 ... every day": a rate, not a total for the period.
    var isRate = false
    /// Written in words ("Fifteen", "three groups"): a count in prose, never what a change refers to.
    var spelled = false
    /// How an unusual but unambiguous writing was read ("1843.7 10,000": 万 left as a number), for
    /// the fact's note; unlike `doubt`, the value stands.
    var reading: String?
    /// "was flat compared with 2017": words that state a change of zero, read as a 0% change.
    var zeroChange = false
    /// 翻一番, 减半: a change written in words (`wordChanges`), its direction (+1 or -1).
    var wordDirection: Decimal?

    var isPercent: Bool { unit == "percent" }
}

/// Reads the numbers of a tokenised sentence.
/// A class: the closures of `mention(at:_:)` capture it, and capturing a struct of this many
/// tables copied and retained each of them per token.
final class NumberReader: Sendable {
    let lexicon: Grammar.Lexicon
    let atLeast: [Phrase], approx: [Phrase], ratePrefixes: [Phrase]
    /// Qualifiers after the figure (余, 多, 以上, 左右) and measure words (人次, 架次, 本, 起), longest first.
    let atLeastAfter: [Phrase], approxAfter: [Phrase], counters: [Phrase]
    /// "41,000 more than," (word for word from 4.1万余): an at-least qualifier after the figure that
    /// ends its clause.
    let closingAtLeastAfter: [Phrase]
    /// The measure words with the catalog unit each counts in (本: documents, 人: persons), longest first.
    let counterUnits: [(Phrase, String)]
    /// "ten thousand more" (万余): a scale and the qualifier after it; "more than" after it is a comparison.
    let atLeastWithScale: [Phrase], comparisons: [Phrase]
    let scales: [(Phrase, Decimal)], units: [(Phrase, Grammar.UnitWord)], currency: [(Phrase, String)]
    /// "424.2m", "540k": scales read only against the digits.
    let attachedScales: [(Phrase, Decimal)]
    let nameMarkers: [Phrase]
    let nameLabels: Set<String>
    let vague: [Phrase]
    /// Keys of the vague words and of the first word of each scale (万, 亿, million): the few
    /// tokens they are tried at. A handful each: searched in order, which costs less than a hash
    /// for every Chinese character.
    let vagueKeys: [UInt32], scaleKeys: [UInt32]
    let timeNouns: Set<String>
    /// The labels of a change ("YoY", "change", 同比), before a colon and a signed number.
    let changeLabels: [Phrase]
    /// "jan", "sept": month names a full stop may follow ("Jan. 25").
    let monthAbbreviations: Set<String>
    /// Keys of the number words and of the parts of hyphenated ones: most words need no lookup.
    let numberWordKeys: KeySet
    /// "in", "out of": the links of a proportion between two small numbers ("three out of four").
    let proportionLinks: [Phrase]
    /// "was flat", "remained unchanged": a change of zero, written in words.
    let zeroChanges: [Phrase], wordChanges: [(Phrase, Decimal)], fractionChanges: [(Phrase, Decimal)]
    /// "half", "a quarter of": fractions before "a" and a scale.
    let fractionsOfScale: [(Phrase, Decimal)]
    /// The first words of those: most tokens start none, and need not try each.
    let changeWordKeys: KeySet
    /// "uh", "um": words a transcript's speaker fills with, dropped before reading; tested by key,
    /// not against every filler's text for every word.
    let fillers: TokenSet?
    /// Grammar `discourseAsides`, longest first.
    let discourseAsides: [Phrase]

    init(_ lexicon: Grammar.Lexicon) {
        self.lexicon = lexicon
        monthAbbreviations = lexicon.monthAbbreviations
        atLeast = lexicon.atLeast.map(Phrase.init)
        approx = lexicon.approx.map(Phrase.init)
        ratePrefixes = lexicon.ratePrefixes.map(Phrase.init)
        // Longest phrases first, so "hundred million" wins over "million", "万亿" over "万".
        scales = lexicon.scales.map { (Phrase($0.key), Decimal($0.value)) }.sorted { $0.0.parts.count > $1.0.parts.count || ($0.0.parts.count == $1.0.parts.count && $0.0.source > $1.0.source) }
        attachedScales = (lexicon.attachedScales ?? [:]).map { (Phrase($0.key), Decimal($0.value)) }.sorted { $0.0.source > $1.0.source }
        units = lexicon.units.map { (Phrase($0.key), $0.value) }.sorted { $0.0.parts.count > $1.0.parts.count || ($0.0.parts.count == $1.0.parts.count && $0.0.source > $1.0.source) }
        currency = lexicon.currencyPrefixes.map { (Phrase($0.key), $0.value) }.sorted { $0.0.source > $1.0.source }
        nameMarkers = lexicon.nameMarkers.map(Phrase.init)
        nameLabels = Set(lexicon.nameLabels ?? [])
        vague = (lexicon.vagueNumbers ?? []).map(Phrase.init)
        vagueKeys = Array(Set(vague.compactMap { $0.keys.last } + vague.compactMap { $0.keys.first }))
        scaleKeys = Array(Set(scales.compactMap { $0.0.keys.first }))
        timeNouns = Set(lexicon.timeNouns)
        changeLabels = (lexicon.yoyAnchors + (lexicon.tableChangeHeadings ?? [])).map(Phrase.init)
        numberWordKeys = KeySet((Array(lexicon.numberWords.keys) + Array(lexicon.numberWordsWithScaleOnly.keys)).map(Token.key(of:)))
        let longestFirst: (Phrase, Phrase) -> Bool = { $0.parts.count > $1.parts.count || ($0.parts.count == $1.parts.count && $0.source > $1.source) }
        atLeastAfter = lexicon.atLeastAfter.map(Phrase.init).sorted(by: longestFirst)
        closingAtLeastAfter = (lexicon.closingAtLeastAfter ?? []).map(Phrase.init).sorted(by: longestFirst)
        approxAfter = lexicon.approxAfter.map(Phrase.init).sorted(by: longestFirst)
        counters = lexicon.counters.map(Phrase.init).sorted(by: longestFirst)
        counterUnits = (lexicon.counterUnits ?? [:]).map { (Phrase($0.key), $0.value) }.sorted { longestFirst($0.0, $1.0) }
        atLeastWithScale = (lexicon.atLeastWithScale ?? []).map(Phrase.init).sorted(by: longestFirst)
        comparisons = (lexicon.upAfter + lexicon.downAfter).map(Phrase.init)
        proportionLinks = (lexicon.proportionLinks ?? []).map(Phrase.init).sorted(by: longestFirst)
        zeroChanges = (lexicon.zeroChanges ?? []).map(Phrase.init).sorted(by: longestFirst)
        func valuedLongestFirst(_ table: [String: Decimal]?) -> [(Phrase, Decimal)] {
            (table ?? [:]).map { (Phrase($0.key), $0.value) }.sorted { $0.0.parts.count > $1.0.parts.count }
        }
        wordChanges = valuedLongestFirst(lexicon.wordChanges)
        fractionChanges = valuedLongestFirst(lexicon.fractionChanges)
        fractionsOfScale = valuedLongestFirst(lexicon.fractionsOfScale)
        changeWordKeys = KeySet((zeroChanges + wordChanges.map(\.0) + fractionChanges.map(\.0)).compactMap(\.keys.first))
        fillers = lexicon.fillers.flatMap { $0.isEmpty ? nil : TokenSet($0) }
        discourseAsides = (lexicon.discourseAsides ?? []).map(Phrase.init).sorted(by: longestFirst)
    }

    /// The end of the first of `phrases` that starts at `i`.
    private func ending(_ phrases: [Phrase], _ tokens: [Token], at i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        for p in phrases { if let e = p.startsAt(tokens, i, limit: tokens.count) { return e } }
        return nil
    }

    /// True when an at-least or approximate qualifier ("more than", "nearly") ends right before `i`.
    private func qualified(_ tokens: [Token], before i: Int) -> Bool {
        (atLeast + approx).contains { $0.endsAt(tokens, i, lowerBound: 0) }
    }

    /// The end and value of the first of `phrases` that starts at `i`. A loop, not a lazy
    /// `compactMap`: its escaping closure boxed `mention`'s `end` on the heap.
    private func ending<Value>(_ phrases: [(Phrase, Value)], _ tokens: [Token], at i: Int) -> (Int, Value)? {
        for (p, v) in phrases { if let e = p.startsAt(tokens, i, limit: tokens.count) { return (e, v) } }
        return nil
    }

    func read(_ tokens: [Token]) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        if let counter = Self.postCounter(tokens) { out.append(counter); i = counter.end }
        while i < tokens.count {
            let changeWord = changeWordKeys.contains(tokens[i].key)
            if changeWord, let e = ending(zeroChanges, tokens, at: i) {
                out.append(Mention(kind: .figure, first: i, number: i, end: e, value: 0, unit: "percent", qualifier: .exact, zeroChange: true))
                i = e
            } else if changeWord, let (e, change) = ending(wordChanges, tokens, at: i) {
                // "more than doubled" bounds the change without stating it; "a doubling of the fee" is
                // a change of what it names.
                if !qualified(tokens, before: i), e == tokens.count || !tokens[e].is("of") {
                    out.append(Mention(kind: .figure, first: i, number: i, end: e, value: abs(change), unit: "percent", qualifier: .exact,
                                       wordDirection: change < 0 ? -1 : 1))
                }
                i = e
            } else if changeWord, let (e, change) = ending(fractionChanges, tokens, at: i) {
                if !qualified(tokens, before: i) {
                    out.append(Mention(kind: .figure, first: i, number: i, end: e, value: change, unit: "percent", qualifier: .exact))
                }
                i = e
            } else if mayStartMention(tokens[i]), let m = mention(at: i, tokens) {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        // "half a billion crossings": the fraction before "a" and the scale is the figure's.
        // ("three quarters of a million": the "three" read on its own is the fraction's.)
        if !fractionsOfScale.isEmpty {
            var k = 0
            while k < out.count {
                defer { k += 1 }
                guard out[k].kind == .figure, out[k].first == out[k].number, tokens[out[k].number].is("a") || tokens[out[k].number].is("an"),
                      let (p, f) = fractionsOfScale.first(where: { $0.0.endsAt(tokens, out[k].first, lowerBound: 0) }) else { continue }
                out[k].value *= f; out[k].first -= p.parts.count
                if k > 0, out[k - 1].end > out[k].first { out.remove(at: k - 1); k -= 1 }
            }
        }
        for k in out.indices { labelUnit(tokens, &out, k); changeAfterLabel(tokens, &out[k]) }
        sharePercent(tokens, &out)
        restatedInBrackets(tokens, &out)
        proportions(tokens, &out)
        return out
    }

    /// "three out of four foreigners", "nearly one in ten crossings", "1 in 5 travellers": two
    /// small whole numbers joined by a proportion's link are a share, and neither is a count. The
    /// first may be "one", which is read as a number only before a scale.
    private func proportions(_ tokens: [Token], _ out: inout [Mention]) {
        guard !proportionLinks.isEmpty else { return }
        for k in out.indices where out[k].kind == .figure {
            let d = out[k]
            guard d.first == d.number, d.unit == nil, d.doubt == nil, !d.isRate, d.end == d.number + 1, d.value >= 2, d.value <= 100,
                  let link = proportionLinks.first(where: { $0.endsAt(tokens, d.first, lowerBound: 0) }) else { continue }
            let before = d.first - link.parts.count
            guard before > 0 else { continue }
            let n = out.lastIndex { $0.end == before && $0.kind == .figure }
            let numerator: Decimal?
            if let n { numerator = out[n].unit == nil && out[n].end == out[n].number + 1 ? out[n].value : nil }
            else if tokens[before - 1].kind == .word, let v = numberWordValue(tokens[before - 1].text.lowercased()) { numerator = Decimal(v) }
            else { numerator = nil }
            guard let numerator, numerator >= 1, numerator < d.value else { continue }
            out[k].kind = .ordinal
            if let n { out[n].kind = .ordinal }
        }
    }

    /// "96.1 万 (961,000) port visas", "1.2 million (1,200,000) passports": a figure written again
    /// in other digits in brackets right after it is one figure; it reads on past the bracket, to
    /// what it counts and its change.
    private func restatedInBrackets(_ tokens: [Token], _ out: inout [Mention]) {
        var k = 0
        while k + 1 < out.count {
            let a = out[k], b = out[k + 1]
            // (The values are compared last: comparing two Decimals costs more than all the rest.)
            if a.kind == .figure, b.kind == .figure, a.doubt == nil, b.doubt == nil, !a.isPercent, !a.isRate, !b.isRate,
               b.unit == nil || b.unit == a.unit, b.first == a.end + 1, a.end < tokens.count, tokens[a.end].is("(") || tokens[a.end].is("（"),
               b.end < tokens.count, tokens[b.end].is(")") || tokens[b.end].is("）"), a.value == b.value {
                out[k].end = b.end + 1
                out.remove(at: k + 1)
            }
            k += 1
        }
    }

    /// "2/7 People inspected in Q3: …", "1/7 🧵 …": the number of a thread's post out of its posts,
    /// opening the sentence before a word or an emoji (no more posts than 99, none past the last),
    /// is a name, not a figure or a rate.
    static func postCounter(_ tokens: [Token]) -> Mention? {
        guard tokens.count > 3, tokens[0].kind == .number, tokens[1].is("/"), tokens[2].kind == .number,
              tokens[1].start == tokens[0].end, tokens[2].start == tokens[1].end, tokens[3].start > tokens[2].end,
              tokens[3].kind == .word || (tokens[3].kind == .punct && tokens[3].lead >= 0x2190), let k = Int(tokens[0].text), let n = Int(tokens[2].text), (1...n).contains(k), n <= 99 else { return nil }
        return Mention(kind: .name, first: 0, number: 0, end: 3, value: Decimal(k), unit: nil, qualifier: .exact)
    }

    /// Whether a percentage ends right before token `k` ("an increase of 5.0% over 32,300 in 2022"):
    /// "over" or "above" there opens the base of the change, no qualifier of the figure after it.
    private func closesPercentage(_ tokens: [Token], before k: Int) -> Bool {
        guard k > 0 else { return false }
        return units.contains { u, w in w.unit == "percent" && u.endsAt(tokens, k, lowerBound: 0) }
    }

    /// "up 14.9, 10.9, 3.4 and 10.9 percent respectively", "increase 6.9, 1.6% and 3.8 %": bare
    /// numbers listed right before a percentage, parted from it only by the list's joiners, are
    /// percentages too. Only numbers with nothing written after them (no scale, unit or measure word).
    private func sharePercent(_ tokens: [Token], _ out: inout [Mention]) {
        guard let joiners = lexicon.listJoiners, !joiners.isEmpty, out.count > 1 else { return }
        for k in out.indices.dropFirst() where out[k].isPercent && out[k].kind == .figure {
            var j = k - 1
            while j >= 0, out[j].kind == .figure, out[j].unit == nil, out[j].doubt == nil, !out[j].isRate, out[j].value < 1000,
                  out[j].first == out[j].number, out[j].end <= out[j + 1].first, out[j + 1].first > out[j].end,
                  tokens[out[j].number..<out[j].end].allSatisfy({ $0.kind == .number || numberWordValue($0.text) != nil
                      || lexicon.decimalPoints?.contains($0.text) == true || lexicon.decimalDigits?[$0.text] != nil }),
                  tokens[out[j].end..<out[j + 1].first].allSatisfy({ t in joiners.contains { t.isText($0) } }) {
                out[j].unit = "percent"; j -= 1
            }
        }
    }

    /// "61,120.0 | YoY: +43.6", "Change: -2.1": a signed bare number after a change's label and its
    /// colon is a change in percent, as in a table's change column.
    private func changeAfterLabel(_ tokens: [Token], _ m: inout Mention) {
        let s = m.first
        guard m.kind == .figure, m.unit == nil, !m.spelled, m.end == m.number + 1, s == m.number, s >= 3,
              tokens[s - 1].is("+") || tokens[s - 1].is("-") || tokens[s - 1].is("−") || tokens[s - 1].is("－") || tokens[s - 1].is("＋"),
              tokens[s - 2].is(":") || tokens[s - 2].is("："),
              changeLabels.contains(where: { $0.endsAt(tokens, s - 2, lowerBound: 0) }) else { return }
        m.unit = "percent"
    }

    /// "Passports issued (million) — 9.2", "Hotline satisfaction (%): 98.4": a label that gives its
    /// unit in brackets right before the separator ahead of a bare figure gives the figure that
    /// scale or unit.
    ///
    /// A bracket that writes its scale with digits ("(10,000 person-trips): 61,120.0", "(CNY 100
    /// million): 3.6") does so too, and gives the figure its unit; the bracket's number is a
    /// multiplier, never a figure. Only a power of ten is a scale: "(2,000 flights)" is none.
    private func labelUnit(_ tokens: [Token], _ out: inout [Mention], _ k: Int) {
        let m = out[k], s = m.first
        guard m.kind == .figure, m.unit == nil, !m.spelled, !m.isRate, m.end == m.number + 1, s == m.number, s >= 4,
              tokens[s].kind == .number, tokens[s - 1].kind == .punct,
              tokens[s - 1].is("-") || tokens[s - 1].is("—") || tokens[s - 1].is("–") || tokens[s - 1].is(":") || tokens[s - 1].is("："),
              tokens[s - 2].is(")") || tokens[s - 2].is("）"),
              let open = tokens[max(0, s - 8)..<(s - 2)].lastIndex(where: { $0.is("(") || $0.is("（") }) else { return }
        let inner = open + 1
        if inner + 1 == s - 2, tokens[inner].is("%") || tokens[inner].is("％") {
            out[k].unit = "percent"
        } else if let (e, factor) = ending(scales, tokens, at: inner), e == s - 2, factor > 1 {
            out[k].value *= factor
        } else if let b = out.indices.first(where: { out[$0].first == inner }), out[b].kind == .figure, out[b].end <= s - 2,
                  out[b].qualifier == .exact, out[b].doubt == nil, !out[b].isPercent, Self.isPowerOfTen(out[b].value),
                  tokens[out[b].end..<(s - 2)].allSatisfy({ $0.kind == .word }) {
            out[k].value *= out[b].value
            out[k].unit = out[b].unit
            out[b].kind = .ordinal
        }
    }

    /// 100, 1,000, 10,000, 100 million: a number that can be a scale.
    private static func isPowerOfTen(_ v: Decimal) -> Bool {
        var v = v
        guard v >= 100 else { return false }
        while v > 1 { v /= 10 }
        return v == 1
    }

    /// Whether `mention(at:)` may read anything at token `t`: never at a mark, and of the Chinese
    /// characters (most tokens of a Chinese sentence) only at a numeral's first, 百 (百分之) or a scale's.
    @inline(__always) private func mayStartMention(_ t: Token) -> Bool {
        switch t.kind {
        case .punct: return false
        case .han: return Self.hanNumeralStarts.contains(t.lead) || t.is("百") || scaleKeys.contains(t.key)
        case .number: return true
        // What `mention(at:)` reads a word as: an "l" misread for a 1 ("l2,400"), a number word, or
        // one written with a hyphen ("twenty-one").
        case .word: return (t.lead == 0x6C && t.text.utf8.count == 1) || numberWordKeys.contains(t.key) || Token.contains(t.text, byte: UInt8(ascii: "-"))
        }
    }

    private func mention(at i: Int, _ tokens: [Token]) -> Mention? {
        let t = tokens[i]
        var value: Decimal
        var doubt: String?, reading: String?
        var end = i + 1
        var spelled = false
        var percentWord = false
        var spaced = false
        var compound = false
        var words: SpelledNumber?
        switch t.kind {
        case .number:
            guard let (v, d) = Self.readDigits(t.text) else { return nil }
            value = v; doubt = d
            if let (e, v) = spacedDigits(tokens, i) { end = e; value = v; spaced = true }
            else if let (e, v) = Self.letterDigits(tokens, i) {
                end = e; value = v
                doubt = "\"\(tokens[i..<e].map(\.text).joined())\" has a letter where a digit belongs, as a text recognition misreads 0 and 1; read as \(FactsCSV.plain(v)), not certain"
            } else if let (e, v, written) = Self.blotted(tokens, i) {
                end = e; value = v
                doubt = "\"\(written)\" has a blot where a digit belongs, as a scan prints a smudged digit; read as \(FactsCSV.plain(v)) without it, only a guess"
            }
        case .han:
            if let (v, e) = Self.readHanPercent(tokens, i) {
                value = v; end = e; percentWord = true      // 百分之四十三点九
            } else if let (v, e) = Self.readHanNumeral(tokens, i) {
                value = v; end = e; spelled = true
            } else if scaleKeys.contains(t.key), qualifiedScale(tokens, i) {
                value = 1; end = i; spelled = true      // 近万, 超千: the scale alone is the number
            } else {
                return nil
            }
        case .word:
            if let (e, v) = Self.letterLeadDigits(tokens, i) {
                value = v; end = e
                doubt = "\"\(tokens[i..<e].map(\.text).joined())\" has a letter where a digit belongs, as a text recognition misreads 0 and 1; read as \(FactsCSV.plain(v)), not certain"
                break
            }
            // "twenty-one" is one token: its first part decides.
            guard numberWordKeys.contains(t.key)
                    || (Token.contains(t.text, byte: UInt8(ascii: "-")) && numberWordKeys.contains(Token.key(of: String(t.text.prefix { $0 != "-" })))),
                  let n = readNumberWords(tokens, i) else { return nil }
            value = n.value; end = n.end; spelled = true; compound = n.compound; words = n
            // "twenty twenty five" is a year; "one two three six seven" a name said digit by digit.
            if n.year || n.digitByDigit {
                return Mention(kind: n.year ? .year : .name, first: i, number: i, end: end, value: value, unit: nil, qualifier: .exact, spelled: true)
            }
        case .punct:
            return nil
        }

        // 数十万, 几十万, 十几万: a vague amount is no figure. Only a numeral in characters is made
        // vague by the word before it: 人数5.8亿 is the number of people, 5.8亿.
        if !vagueKeys.isEmpty {
            if t.kind == .han, i > 0, vagueKeys.contains(tokens[i - 1].key), vague.contains(where: { $0.endsAt(tokens, i, lowerBound: 0) }) { return nil }
            if end < tokens.count, vagueKeys.contains(tokens[end].key), ending(vague, tokens, at: end) != nil { return nil }
        }

        // Scale: "million", "hundred million", 万, 亿.
        var scaled = false
        var moreAfterScale = false
        if words?.scaled == true { scaled = true }
        else if !percentWord, let (phrase, factor) = ending(scales, tokens, at: end) ?? attachedScale(tokens, i, end) {
            let scaleStart = end
            end = phrase; value *= factor; scaled = true
            // "1.020万": a thousandth that is zero before a scale word is no precision anyone writes; the
            // point stands for a thousands separator (1,020万), as in "312.000". Read so, and doubted.
            // Not "1.020 million": English may write its thousandths.
            if t.kind == .number, tokens[scaleStart].kind == .han, doubt == nil, !Token.contains(t.text, byte: UInt8(ascii: ",")), let dot = t.text.firstIndex(of: "."),
               t.text[t.text.index(after: dot)...].count == 3, t.text.last == "0", t.text[..<dot].count <= 3,
               let whole = Decimal(string: t.text.replacingOccurrences(of: ".", with: "")) {
                value = whole * factor
                doubt = "doubtful number \"\(t.text)\": three digits ending in zero after its point, before a scale word, read as a thousands separator; \(FactsCSV.plain(value)) is only a guess"
            }
            // (A number's text is ASCII: its bytes are searched, not Foundation's `contains`.)
            if t.kind == .number, Token.contains(t.text, byte: UInt8(ascii: ",")), factor >= 1_000_000 {
                doubt = doubt ?? "\"\(t.text) \(tokens[end - 1].text)\" puts a scale word after a figure already grouped in thousands; the translation may have shifted the scale"
            }
            // "9 ten thousand more rounds" (9万余发), but not "1 ten thousand more than in 2023".
            if let e = ending(atLeastWithScale, tokens, at: scaleStart), e > end,
               !comparisons.contains(where: { $0.startsAt(tokens, end, limit: tokens.count) != nil }) {
                end = e; moreAfterScale = true
            }
            // 二万七千, 十二万三千四百, 一亿二千万, 2万7千: a smaller amount written on after the scale
            // belongs to the figure. Not after a fraction (1.2万 is already whole).
            if !moreAfterScale, !(t.kind == .number && Token.contains(t.text, byte: UInt8(ascii: "."))),
               let (rest, e) = remainder(tokens, end, below: factor) {
                value += rest; end = e
            }
            // "1.2 billion million", "20.4 thousand ten thousand": a second scale word right after the
            // first is a garbled translation (亿 and 万 rendered twice); no reading of it is sure.
            // "16.894 million 10,000 vehicles": 万 left as a number after an English scale stacks them too.
            if !moreAfterScale, end < tokens.count, tokens[end].kind == .number, factor >= 1_000_000,
               tokens[end].is("10,000") || (tokens[end].is("100") && end + 1 < tokens.count && tokens[end + 1].is("million")) {
                let e = tokens[end].is("100") ? end + 2 : end + 1
                let written = tokens[i..<e].map(\.text).joined(separator: " ")
                end = e
                doubt = "\"\(written)\" stacks two scales, as a garbled translation writes them; read as \(FactsCSV.plain(value)) with the first scale only, a guess"
            }
            // (96.4万万本: a Chinese scale written twice.)
            if !moreAfterScale, end < tokens.count, tokens[end].kind == .word || (tokens[end].kind == .han && tokens[end].text == tokens[end - 1].text),
               let (e, _) = ending(scales, tokens, at: end) {
                let written = tokens[i..<e].map(\.text).joined(separator: " ")
                end = e
                doubt = "\"\(written)\" stacks two scale words, as a garbled translation writes them; read as \(FactsCSV.plain(value)) with the first scale only, a guess"
            }
            // "1.1 billion 20 million times": a figure with a smaller scale one space after the first
            // is a number split by its scale (亿 and 万 translated apart), never two figures; no reading
            // of it is sure. Not a column of a table (cells are spaced wider, or a third figure follows).
            if !moreAfterScale, t.kind == .number, let (rest, e) = splitRemainder(tokens, end, below: factor) {
                let written = tokens[i..<e].map(\.text).joined(separator: " ")
                value += rest; end = e
                doubt = "\"\(written)\" writes one number split by its scale words, as a garbled translation does; read as \(FactsCSV.plain(value)) (the parts added), a guess"
            }
        }
        // Machine translation of 亿 and 万 after the figure: "1.41 100 million", "612.55 10,000".
        if !scaled, !percentWord, t.kind == .number, end + 1 < tokens.count, tokens[end].kind == .number,
           (tokens[end].is("100") && tokens[end + 1].is("million")) || tokens[end].is("10,000") {
            let factor: Decimal = tokens[end].is("100") ? 100_000_000 : 10_000
            let written = "\(t.text) \(tokens[end].text)\(tokens[end].is("100") ? " million" : "")"
            end += tokens[end].is("100") ? 2 : 1
            value *= factor; scaled = true
            // "4.17 100 million", "612.55 10,000": a figure with decimals is how the translation writes
            // 4.17亿 and 612.55万; no two numbers side by side read so ("1843.7" copies of anything
            // are none): read, with a note that says how. A whole number is not ("in 2023 10,000 …",
            // "5 100 million" may be two numbers side by side): read, but doubted.
            let how = "\"\(written)\" reads like a machine translation of \(factor == 10_000 ? "万" : "亿") (\(factor == 10_000 ? "ten thousand" : "a hundred million"))"
            if !Token.contains(t.text, byte: UInt8(ascii: ".")) || Token.contains(t.text, byte: UInt8(ascii: ",")) {
                doubt = doubt ?? "\(how); read as \(FactsCSV.plain(value)), not certain"
            } else if factor == 10_000 {
                reading = "\(how); read as \(FactsCSV.plain(value))"
            }
        }
        // "145.21 (million person-trips)", "81.3 (thousand pieces)": a data portal writes the scale in
        // brackets after the figure, with the unit's words; the scale is the figure's.
        // (Not a year's: "Crossings by quarter, 2025 (million)" is a heading of a unit.)
        if !scaled, !percentWord, t.kind == .number, t.writtenYear == nil || end > i + 1, end + 2 < tokens.count, tokens[end].is("("), tokens[end + 1].kind == .word,
           let (e, factor) = ending(scales, tokens, at: end + 1),
           let close = tokens[e..<min(tokens.count, e + 6)].firstIndex(where: { $0.is(")") }),
           tokens[e..<close].allSatisfy({ $0.kind == .word || $0.is("-") }) {
            value *= factor; scaled = true; end = e
        }
        if spaced {
            var written = ""
            for k in i..<end { written += (k > i && tokens[k].start > tokens[k - 1].end ? " " : "") + tokens[k].text }
            doubt = "\"\(written)\" has its digits split by spaces, as a garbled translation writes them; read as \(FactsCSV.plain(value)) with every separator dropped, only a guess"
        }
        if words?.broken == true {
            let written = tokens[i..<end].map(\.text).joined(separator: " ")
            doubt = "\"\(written)\" runs number words together that make no one number, as speech or its transcript slips; read as \(FactsCSV.plain(value)) from the last of them, only a guess"
        }
        if spelled, !scaled, !compound, words?.broken != true, lexicon.numberWordsWithScaleOnly[t.text] != nil { return nil }

        // Unit: "%", "percent", "tons", "yuan", 吨, 元; also hyphenated ("240-hour").
        var unit: String? = percentWord ? "percent" : nil
        // "99.61 (%)": a portal's unit in brackets after the figure.
        if !percentWord, !scaled, t.kind == .number, end + 2 < tokens.count, tokens[end].is("("), tokens[end + 1].is("%"), tokens[end + 2].is(")") {
            unit = "percent"; end += 3
        }
        if !percentWord, end + 1 < tokens.count, tokens[end].is("-"), tokens[end].start == tokens[end - 1].end,
           units.contains(where: { $0.0.startsAt(tokens, end + 1, limit: tokens.count) != nil }) { end += 1 }
        if !percentWord, let (e, u) = ending(units, tokens, at: end) {
            end = e; unit = u.unit
            if u.factor != 1 { value *= Self.decimal(u.factor) }
        }

        var first = i
        // Currency before the number: "CNY 220 million".
        // "RMB 2.37 billion yuan" names the currency on both sides: the prefix is part of the figure.
        if unit == nil || unit == "CNY", let (p, code) = currency.first(where: { $0.0.endsAt(tokens, i, lowerBound: 0) }),
           unit == nil || code == unit {
            unit = code; first = i - p.parts.count
        }
        // Qualifier before: "more than", "nearly"; in Chinese also after the figure (余, 多).
        // "satisfaction rate %99.1", "growth % 3.2": a percent sign a translation put before the
        // number, after no figure of its own.
        if unit == nil, !scaled, t.kind == .number, first > 0, tokens[first - 1].is("%") || tokens[first - 1].is("％"),
           first < 2 || tokens[first - 2].kind != .number, end >= tokens.count || !(tokens[end].is("%") || tokens[end].is("％")) {
            unit = "percent"; first -= 1
        }
        var qualifier = Qualifier.exact
        // A sign (">35,000", "≥2,000") qualifies only the digits it is written onto: "> 610 million
        // people …" opens a quoted line.
        if let p = atLeast.first(where: { $0.endsAt(tokens, first, lowerBound: 0)
            && (tokens[first - 1].kind != .punct || tokens[first - 1].end == tokens[first].start) }),
           tokens[first].writtenYear != nil || !closesPercentage(tokens, before: first - p.parts.count) {
            qualifier = .atLeast; first -= p.parts.count
        } else if let p = approx.first(where: { $0.endsAt(tokens, first, lowerBound: 0) }) {
            qualifier = .approx; first -= p.parts.count
        }
        if moreAfterScale { qualifier = .atLeast }
        var counted = false, counterAt: Int?
        var isRate = ratePrefixes.contains { $0.endsAt(tokens, first, lowerBound: 0) }
        // Qualifiers after the figure: 1200余起, 3万多人, "1,000 or more"; then a measure word
        // (人次, 架(列、艘、辆)次, 张(件)次, 起, 名), then 以上 / 左右.
        if t.kind == .number || t.kind == .han, scaled || unit == nil, let e = ending(atLeastAfter, tokens, at: end), markAfterFits(tokens, end, e) {
            qualifier = .atLeast; end = e
            // 20余万人次: the scale after the qualifier.
            if !scaled, let (phrase, factor) = ending(scales, tokens, at: end) {
                end = phrase; value *= factor; scaled = true
            }
            if let (e, u) = ending(units, tokens, at: end) {
                end = e; unit = u.unit; if u.factor != 1 { value *= Self.decimal(u.factor) }
            }
        }
        if t.kind == .number || t.kind == .han || scaled {
            if unit == nil {
                let counter = ending(counters, tokens, at: end)
                if let e = counter { counterAt = end; end = e; counted = true }
                // 本(件、张)次, 张(本)次, "piece (piece) times": the alternatives of a measure word in
                // brackets; "(frame, row, ship, vehicle) times" (架(列、艘、辆)次 word for word): a
                // measure word written as its alternatives, known by the counter after them.
                // Words in brackets after a counter with none after them may name what is counted
                // ("13.12 million times (columns, ships, vehicles)"): they stay for the matcher.
                if end + 2 < tokens.count, tokens[end].is("("),
                   let close = tokens[(end + 1)..<min(tokens.count, end + 9)].firstIndex(where: { $0.is(")") }),
                   tokens[(end + 1)..<close].allSatisfy({ $0.kind == .han || $0.kind == .word || $0.is("、") || $0.is(",") }) {
                    let after = ending(counters, tokens, at: close + 1)
                    let han = tokens[(end + 1)..<close].allSatisfy { $0.kind == .han || $0.is("、") }
                    if (counter != nil && han) || after != nil { end = after ?? close + 1; counted = true }
                }
            }
            // After a measure word only an unambiguous qualifier (以上, 余): 多 there starts a new word (多发, 多国).
            if qualifier == .exact, end < tokens.count, tokens[end].kind == .han, !tokens[end].is("多"),
               let e = ending(atLeastAfter, tokens, at: end) { qualifier = .atLeast; end = e }
            else if qualifier == .exact, let e = ending(approxAfter, tokens, at: end) { qualifier = .approx; end = e }
            // "criminal case 41,000 more than, …" (4.1万余起 word for word): only where the clause ends,
            // else "3,000 more than in 2019" is a difference.
            else if qualifier == .exact, let e = ending(closingAtLeastAfter, tokens, at: end),
                    e == tokens.count || SentenceReader.isClauseEnd(tokens[e]) || tokens[e].is(".") { qualifier = .atLeast; end = e }
        }
        if t.kind == .number, !isRate, end < tokens.count, tokens[end].is("/") {
            // 86.6万本/件, 5079.6万本/张/件次: measure words of one kind parted by slashes are its
            // alternatives, no rate (3.2件/人 counts documents per person).
            var e = end
            if let at = counterAt, let (_, kind) = ending(counterUnits, tokens, at: at) {
                while e + 1 < tokens.count, tokens[e].is("/"), let (next, k) = ending(counterUnits, tokens, at: e + 1), k == kind { e = next }
            }
            if e > end { end = e } else { isRate = true }
        }
        // A Chinese numeral counts something only with a scale, unit or measure word (十五起, 六名,
        // 两亿): alone it is part of a word (两岸, 三亚, 十分).
        if t.kind == .han, !percentWord, !scaled, unit == nil, !counted { return nil }

        let kind = classify(tokens, i, end: end, scaled: scaled, unit: unit, qualifier: qualifier)
        return Mention(kind: kind, first: first, number: i, end: end, value: value, unit: unit,
                       qualifier: qualifier, doubt: kind == .figure ? doubt : nil, isRate: isRate,
                       spelled: spelled && t.kind == .word, reading: kind == .figure ? reading : nil)
    }

    /// A mark after the figure ("38k+", "1,000+") qualifies it only written against it and not
    /// before another number ("1,000 +5%" is a change); words ("or more") always do.
    private func markAfterFits(_ tokens: [Token], _ start: Int, _ e: Int) -> Bool {
        guard tokens[start].kind == .punct else { return true }
        return start > 0 && tokens[start].start == tokens[start - 1].end && !(e < tokens.count && tokens[e].kind == .number)
    }

    /// "424.2m", "38k+": an abbreviated scale written against the digits at `i` (which end at
    /// `end`), ending a word of its own ("5mb" is no "m").
    private func attachedScale(_ tokens: [Token], _ i: Int, _ end: Int) -> (Int, Decimal)? {
        guard !attachedScales.isEmpty, tokens[i].kind == .number, end == i + 1, end < tokens.count,
              tokens[end].kind == .word, tokens[end].start == tokens[i].end else { return nil }
        return ending(attachedScales, tokens, at: end)
    }

    /// The amount written right after a scale word that it is part of: 七千 in 二万七千, 二千万 in
    /// 一亿二千万, 7千 in 2万7千, 零五百 in 二十万零五百. It needs a place word (十, 百, 千) or a
    /// smaller scale of its own, and must be less than the scale before it: 二万五 (colloquial) and
    /// 一 in 2亿一季度 are not read on. Returns the amount and where it ends.
    private func remainder(_ tokens: [Token], _ j: Int, below factor: Decimal) -> (Decimal, Int)? {
        guard j > 0, j < tokens.count, tokens[j].start == tokens[j - 1].end else { return nil }
        var k = j
        if tokens[k].kind == .han, tokens[k].is("零") || tokens[k].is("〇") { k += 1 }
        guard k < tokens.count else { return nil }
        var value: Decimal, e: Int, placed: Bool
        switch tokens[k].kind {
        case .han:
            guard let (v, x) = Self.readHanNumeral(tokens, k, bare: true), x > k else { return nil }
            value = v; e = x
            placed = tokens[k..<x].contains { Self.hanUnits[$0.lead] != nil }
        case .number:
            guard let (v, d) = Self.readDigits(tokens[k].text), d == nil,
                  !Token.contains(tokens[k].text, byte: UInt8(ascii: ",")) else { return nil }
            value = v; e = k + 1; placed = false
        default:
            return nil
        }
        if let (x, f) = ending(scales, tokens, at: e), f < factor { value *= f; e = x; placed = true }
        guard placed, value > 0, value < factor else { return nil }
        return (value, e)
    }

    /// "1.1 billion 20 million": digits one space after a scale word (`j`, where it ends), with a
    /// scale of their own below `factor`, the amount below it too, and no figure right after. Returns
    /// the amount and where its scale ends.
    private func splitRemainder(_ tokens: [Token], _ j: Int, below factor: Decimal) -> (Decimal, Int)? {
        guard j > 0, j + 1 < tokens.count, tokens[j].kind == .number, tokens[j].start == tokens[j - 1].end + 1,
              tokens[j - 1].kind == .word, let (v, d) = Self.readDigits(tokens[j].text), d == nil,
              let (e, f) = ending(scales, tokens, at: j + 1), f < factor, v * f < factor,
              !(e < tokens.count && tokens[e].kind == .number) else { return nil }
        return (v * f, e)
    }

    /// 近万 ("nearly ten thousand"), 超千 ("over a thousand"): a scale word right after a qualifier
    /// written before figures. 余, 多 and 以上 follow a number (三千余万) and never stand for one.
    private func qualifiedScale(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, scales.contains(where: { $0.0.startsAt(tokens, i, limit: tokens.count) != nil }) else { return false }
        return (atLeast + approx).contains { p in
            p.endsAt(tokens, i, lowerBound: 0) && !atLeastAfter.contains { $0.source == p.source }
        }
    }

    /// "5.9 3 2 ten thousand", "1.2 3 million": digits that a garbled translation split by spaces,
    /// before a scale word. Returns where the digits end and their value read with every
    /// separator dropped, or nil. A year does not start such a run ("in 2024 3 million"), and "1.41 100
    /// million" / "612.55 10,000" are 亿 and 万 left as numbers, read apart.
    private func spacedDigits(_ tokens: [Token], _ i: Int) -> (Int, Decimal)? {
        var j = i + 1
        while j < tokens.count, tokens[j].kind == .number, tokens[j].start == tokens[j - 1].end + 1,
              tokens[j].text.utf8.filter({ $0 >= 48 && $0 <= 57 }).count <= 3 { j += 1 }
        guard j > i + 1, j < tokens.count, scales.contains(where: { $0.0.startsAt(tokens, j, limit: tokens.count) != nil }) else { return nil }
        if tokens[i].text.utf8.count == 4, let y = Int(tokens[i].text), (1949...2100).contains(y) { return nil }
        if (tokens[j - 1].is("100") && tokens[j].is("million")) || tokens[j - 1].is("10,000") { return nil }
        // As for any malformed figure, every separator is dropped: the spaces leave no way to
        // tell which point or comma was meant.
        guard let (v, _) = Self.readDigits(tokens[i..<j].map(\.text).joined().filter(\.isNumber)) else { return nil }
        return (j, v)
    }

    /// "3O1", "1l5", "4OO": digits with the letters O, l or I written against them, as text
    /// recognition misreads 0 and 1. Returns where the run ends and its value with the letters
    /// read as digits, or nil. Letters must touch digits on both sides, or be all O's ending the run.
    static func letterDigits(_ tokens: [Token], _ i: Int) -> (Int, Decimal)? {
        var j = i + 1, digits = tokens[i].text
        // "12l major cases", "2.l%": a lone l ending the figure, nothing written against it after.
        func endsOnL(_ j: Int) -> Bool {
            tokens[j].is("l") && !(j + 1 < tokens.count && tokens[j + 1].start == tokens[j].end && tokens[j + 1].kind != .punct)
        }
        while j < tokens.count, tokens[j].start == tokens[j - 1].end {
            let t = tokens[j]
            if t.kind == .number, tokens[j - 1].kind == .word { digits += t.text; j += 1; continue }
            // "3,O20万本", "4.l5 tonnes": a group after a thousands separator or the decimals
            // after a point opening with such a letter.
            if t.is(",") || t.is("."), tokens[j - 1].kind == .number, j + 1 < tokens.count, tokens[j + 1].start == t.end, tokens[j + 1].kind == .word,
               tokens[j + 1].text.utf8.allSatisfy({ $0 == 0x6F || $0 == 0x6C || $0 == 0x69 }),
               (j + 2 < tokens.count && tokens[j + 2].kind == .number && tokens[j + 2].start == tokens[j + 1].end) || endsOnL(j + 1) {
                digits += t.text; j += 1; continue
            }
            guard t.kind == .word, tokens[j - 1].kind == .number || tokens[j - 1].is(",") || tokens[j - 1].is("."),
                  t.text.utf8.allSatisfy({ $0 == 0x6F || $0 == 0x6C || $0 == 0x69 }) else { break }
            let touches = j + 1 < tokens.count && tokens[j + 1].kind == .number && tokens[j + 1].start == t.end
            let glued = j + 1 < tokens.count && tokens[j + 1].start == t.end && tokens[j + 1].kind != .punct
            guard touches || (!glued && t.text.utf8.allSatisfy { $0 == 0x6F }) || endsOnL(j) else { break }
            digits += String(t.text.map { $0 == "o" ? "0" : "1" }); j += 1
        }
        guard j > i + 1, tokens[j - 1].kind == .number || tokens[j - 1].text.first == "o" || tokens[j - 1].is("l"),
              let (v, _) = readDigits(digits) else { return nil }
        return (j, v)
    }

    /// Marks a scan prints for a digit it cannot read.
    static let blots: Set<String> = ["■", "□", "▪", "▮", "█", "\u{FFFD}"]
    /// `blots` as a token set: every token after a number is tested, without hashing its text.
    private static let blotTokens = TokenSet(blots)

    /// "1,3■6 drug cases", "3 .■ 9 million": a figure with a blot for a smudged digit, the blot
    /// written against a digit or a point or comma of the figure (a bullet "■ 5" stands apart).
    /// Returns where the figure ends, its value with the blots left out, and what was written;
    /// nil if no blot stands inside the figure.
    static func blotted(_ tokens: [Token], _ i: Int) -> (Int, Decimal, String)? {
        var j = i + 1, blot = false
        while j < tokens.count, tokens[j].start - tokens[j - 1].end <= 1 {
            let t = tokens[j]
            if blotTokens.contains(t) {
                guard t.start == tokens[j - 1].end || (j + 1 < tokens.count && tokens[j + 1].start == t.end) else { break }
                blot = true
            } else if t.is(".") || t.is(",") {
                guard tokens[j - 1].kind == .number else { break }
            } else if t.kind != .number || !(blot || tokens[j - 1].kind == .punct) {
                break
            }
            j += 1
        }
        while j > i + 1, tokens[j - 1].kind != .number { j -= 1 }
        guard tokens[(i + 1)..<j].contains(where: { blotTokens.contains($0) }),
              let (v, _) = readDigits(tokens[i..<j].filter { !blots.contains($0.text) }.map(\.text).joined()) else { return nil }
        var written = tokens[i].text
        for k in (i + 1)..<j { written += (tokens[k].start > tokens[k - 1].end ? " " : "") + tokens[k].text }
        return (j, v, written)
    }

    /// "缴获枪支l,2O6支", "arrested l2,400": a figure opening with the letter l for 1 before its
    /// thousands separator or its other digits, as a text recognition misreads it; the rest may
    /// hold such letters too. Only after a Chinese character or a space, never inside a word.
    static func letterLeadDigits(_ tokens: [Token], _ i: Int) -> (Int, Decimal)? {
        let t = tokens[i]
        // Every word passes here: its first scalar and length say "l" without a string comparison.
        guard t.kind == .word, t.lead == 0x6C, t.text.utf8.count == 1, i == 0 || tokens[i - 1].kind == .han || tokens[i - 1].end != t.start,
              i + 1 < tokens.count, tokens[i + 1].start == t.end else { return nil }
        // "l2,400": the digits right after the l.
        if tokens[i + 1].kind == .number {
            let end = letterDigits(tokens, i + 1)?.0 ?? i + 2
            let rest = tokens[(i + 1)..<end].map { $0.kind == .number ? $0.text : String($0.text.map { $0 == "o" ? "0" : "1" }) }.joined()
            guard let (v, _) = readDigits("1" + rest) else { return nil }
            return (end, v)
        }
        guard i + 2 < tokens.count, tokens[i + 1].is(","),
              tokens[i + 2].kind == .number, tokens[i + 2].start == tokens[i + 1].end else { return nil }
        let end = letterDigits(tokens, i + 2)?.0 ?? i + 3
        let rest = tokens[(i + 2)..<end].map { $0.kind == .number ? $0.text : String($0.text.map { $0 == "o" ? "0" : "1" }) }.joined()
        guard let (v, _) = readDigits("1," + rest) else { return nil }
        return (end, v)
    }

    /// Years, dates, times, ordinals and names are numbers, but not figures.
    private func classify(_ tokens: [Token], _ i: Int, end: Int, scaled: Bool, unit: String?, qualifier: Qualifier) -> Mention.Kind {
        let t = tokens[i]
        let next = end < tokens.count ? tokens[end] : nil
        // "the first three quarters", "five years": a span of time, not a figure.
        if !scaled, unit == nil, let n = next, timeNouns.contains(n.text) { return .time }
        // "three non" (三非) foreigners: a number word naming something, like "12367 hotline".
        if t.kind == .word, !scaled, unit == nil, nameMarkers.contains(where: { $0.startsAt(tokens, end, limit: tokens.count) != nil }) { return .name }
        guard t.kind == .number else { return .figure }
        // "hotline 12367 calls" (a record's key written as words): plain digits right after a name's
        // marker are its name, whatever unit follows; a figure there is grouped or scaled.
        if !scaled, qualifier == .exact, i > 0, tokens[i - 1].kind == .word, !Token.contains(t.text, byte: UInt8(ascii: ",")), !Token.contains(t.text, byte: UInt8(ascii: ".")),
           nameMarkers.contains(where: { m in (max(0, i - 4)..<i).contains { m.startsAt(tokens, $0, limit: i) == i } }) { return .name }
        let adjacent = next.map { $0.start == tokens[end - 1].end } ?? false
        // 1至3月, 1-11月: the first end of a range of months.
        if !scaled, unit == nil, let n = next, PeriodScope.rangeMarks.contains(n.text), end + 2 < tokens.count,
           tokens[end + 1].kind == .number, tokens[end + 2].is("月") { return .date }
        if !scaled, unit == nil, let n = next, n.kind == .han {
            if n.is("年") { return t.text.count == 4 ? .year : .time }   // 2024年; 3年 is a span
            if n.is("月") || n.is("日") || n.is("号") { return .date }
            if n.is("时") || n.is("点") { return .time }
        }
        if !scaled, unit == nil {
            if i > 0, lexicon.months[tokens[i - 1].text] != nil { return .date }
            if i > 1, tokens[i - 1].is("."), monthAbbreviations.contains(tokens[i - 2].text) { return .date }   // "Jan. 25"
            // (Not "12.1 December 2019, …": an outline's item number, no day.)
            if let n = next, lexicon.months[n.text] != nil, !Token.contains(t.text, byte: UInt8(ascii: ".")) { return .date }
            // "from 4 to 10 February", "between 8 and 10 June": the first day of a range of days.
            if let n = next, lexicon.windowJoiners.contains(n.text) || n.is("-"), end + 2 < tokens.count,
               tokens[end + 1].kind == .number, lexicon.months[tokens[end + 2].text] != nil,
               let a = Int(t.text), let b = Int(tokens[end + 1].text), 1 <= a, a < b, b <= 31 { return .date }
        }
        // The tokenizer keeps "20th" whole, its suffix beyond the digits of its text.
        // (Two letters more: a year said aloud, joined into one token, spans far more.)
        if !scaled, unit == nil, t.end - t.start == t.text.unicodeScalars.count + 2 { return .ordinal }
        if i > 0, tokens[i - 1].is("第") { return .ordinal }
        if !scaled, unit == nil {
            if let n = next, n.is("a.m") || n.is("p.m") || n.is("a") || n.is("p") || n.is("o'clock") {
                // "8 a.": an hour, not "destroy criminal gang 860 a." (个 as "a") at a sentence's end.
                if n.text.count > 1 || (end + 1 < tokens.count && tokens[end + 1].is(".") && Int(t.text).map { (0...12).contains($0) } == true) { return .time }
            }
            // "15:32"; but "Full year 2025: 724.6m" is a year heading its figure.
            if let n = next, n.is(":"), adjacent, end + 1 < tokens.count, tokens[end + 1].kind == .number, tokens[end + 1].start == n.end { return .time }
            // "[00:04:18]": the minutes or seconds after the colon are the same time's.
            if i > 1, t.text.utf8.count == 2, tokens[i - 1].is(":"), tokens[i - 1].end == t.start, tokens[i - 2].kind == .number,
               tokens[i - 2].end == tokens[i - 1].start { return .time }
            // "Q4", "H1", "G20": digits written against a single letter name something.
            if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].end == t.start, tokens[i - 1].text.utf8.count == 1 { return .name }
            if i > 0, tokens[i - 1].is("no") || tokens[i - 1].is("no.") { return .name }
            if i > 1, tokens[i - 1].is("."), tokens[i - 2].is("no") { return .name }
            if i > 0, tokens[i - 1].kind == .word, nameLabels.contains(tokens[i - 1].text) { return .name }
            // "Slide 4 / 12", "page 3 of 40": the count after a labelled number is the same name's.
            if i > 2, tokens[i - 1].is("/") || tokens[i - 1].is("of"), tokens[i - 2].kind == .number, tokens[i - 3].kind == .word,
               nameLabels.contains(tokens[i - 3].text) { return .name }
            // "Case 5: A snakehead extradited …", "Example 2:": a small number after the word opening the
            // sentence, before a colon, numbers the item the sentence heads.
            if i == 1, tokens[0].kind == .word, let n = next, n.is(":"), t.text.utf8.count <= 2, end + 1 < tokens.count,
               tokens[end + 1].kind == .word { return .name }
            if nameMarkers.contains(where: { $0.startsAt(tokens, end, limit: tokens.count) != nil }) { return .name }
            // "服务热线：12367", "Service hotline: 12367" (a page's footer): the number the name's label gives.
            if i > 1, tokens[i - 1].is(":") || tokens[i - 1].is("："),
               nameMarkers.contains(where: { m in (max(0, i - 8)..<(i - 1)).contains { m.startsAt(tokens, $0, limit: i - 1) == i - 1 } }) { return .name }
            // "#12367# 服务平台", "“12367”热线": the name's closing mark stands between.
            if let n = next, n.is("#") || n.is("\""), nameMarkers.contains(where: { $0.startsAt(tokens, end + 1, limit: tokens.count) != nil }) { return .name }
            // "免签入境外国人2012（同比增长112.3%）": a number written against its subject, its change in
            // brackets after it, is a figure; a year is written with 年.
            if i > 0, tokens[i - 1].kind == .han, let n = next, n.is("（") || n.is("("),
               changeLabels.contains(where: { $0.startsAt(tokens, end + 1, limit: tokens.count) != nil }) { return .figure }
            // Bytes, not Foundation's substring search and Character count: a number token is ASCII.
            if qualifier == .exact, t.text.utf8.count == 4, !Token.contains(t.text, byte: UInt8(ascii: ",")),
               !Token.contains(t.text, byte: UInt8(ascii: ".")),
               let y = Int(t.text), (1949...2100).contains(y) {
                return .year
            }
        }
        return .figure
    }

    /// Whether a document writes its decimals with commas ("336,7 million", "13,3 percent", as a
    /// German or French writer does): at least two numbers with one comma and one or two digits
    /// after it, right before a scale word or a rate marker, and no number with a decimal point
    /// anywhere. A document that mixes the two ("48,5 million" beside "1.2 million") is not one:
    /// its commas stay doubtful. A comma before three digits ("9,870 cases") is never a decimal one.
    func writesDecimalCommas(_ tokens: [Token]) -> Bool {
        var marked = 0
        let rates = lexicon.rateMarkers.map(Phrase.init)
        for (k, t) in tokens.enumerated() where t.kind == .number {
            if Token.contains(t.text, byte: UInt8(ascii: ".")) { return false }
            guard Self.decimalComma(t.text) != nil, k + 1 < tokens.count else { continue }
            if ending(scales, tokens, at: k + 1) != nil || ending(rates, tokens, at: k + 1) != nil { marked += 1 }
        }
        return marked >= 2
    }

    /// What `writesDecimalCommas` needs, found in the text without tokenising it: no decimal point
    /// between digits, and at least two commas with one or two digits after them ("336,7 ").
    static func mayWriteDecimalCommas(_ text: [Unicode.Scalar]) -> Bool {
        func digit(_ i: Int) -> Bool { i >= 0 && i < text.count && text[i].value >= 48 && text[i].value <= 57 }
        var commas = 0
        for i in 1..<max(1, text.count - 1) where digit(i - 1) && digit(i + 1) {
            if text[i] == "." { return false }
            if text[i] == ",", !digit(i + 2) || !digit(i + 3) { commas += 1 }
        }
        return commas >= 2
    }

    /// "336,7" as "336.7": digits, one comma, one or two digits; nil for any other number.
    static func decimalComma(_ s: String) -> String? {
        let parts = s.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }) else { return nil }
        return parts[0] + "." + parts[1]
    }

    /// In a document that `writesDecimalCommas`: its numbers with a decimal comma, read with a point.
    static func readDecimalCommas(_ tokens: inout [Token]) {
        for i in tokens.indices where tokens[i].kind == .number {
            if let d = decimalComma(tokens[i].text) { tokens[i] = Token(kind: .number, start: tokens[i].start, end: tokens[i].end, text: d) }
        }
    }

    /// "9,638,000", "64.882", "31.49,000" (malformed). Returns the value and, for a figure whose
    /// separators do not form a valid number, why it is doubtful (the value is then a best guess).
    static func readDigits(_ s: String) -> (Decimal, String?)? {
        // One pass: the digits, and whether the separators form a number (groups of three
        // before one decimal point). Long figures fall back to Foundation's parser.
        var significand: UInt64 = 0, digits = 0, fraction = 0, group = 0
        var dots = 0, commas = 0, badGroups = false, commaAfterDot = false
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 19 else { return readLongDigits(s) }
                significand = significand * 10 + UInt64(b - UInt8(ascii: "0"))
                digits += 1; group += 1
                if dots > 0 { fraction += 1 }
            case UInt8(ascii: ","):
                if dots > 0 { commaAfterDot = true }
                if commas == 0 ? !(1...3).contains(group) : group != 3 { badGroups = true }
                commas += 1; group = 0
            case UInt8(ascii: "."):
                if commas > 0, dots == 0, group != 3 { badGroups = true }
                dots += 1; group = 0
            default: return nil
            }
        }
        if commas > 0, dots == 0, group != 3 { badGroups = true }
        guard digits > 0 else { return nil }
        // "312.000": three zeros after the only point, as a translation writes a thousands
        // separator; no figure is given to a thousandth that is zero. Read as thousands and say so.
        if dots == 1, commas == 0, fraction == 3, significand % 1000 == 0, significand > 0 {
            let v = Decimal(significand)
            return (v, "doubtful number \"\(s)\": three zeros after its point read as a thousands separator; \(FactsCSV.plain(v)) is only a guess")
        }
        if dots <= 1 && !commaAfterDot && !badGroups {
            return (Decimal(sign: .plus, exponent: -fraction, significand: Decimal(significand)), nil)
        }
        // Malformed ("31.49,000", "1,23,000"): read it with every separator dropped and say so.
        let v = Decimal(significand)
        return (v, "malformed number \"\(s)\": its separators fit no reading; \(FactsCSV.plain(v)) (separators dropped) is only a guess")
    }

    /// Figures of 19 digits or more: rare, read by Foundation.
    private static func readLongDigits(_ s: String) -> (Decimal, String?)? {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        let wellFormed = parts.count <= 2 && !(parts.count == 2 && parts[1].contains(","))
            && (groups.count == 1 || ((1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }))
        if wellFormed { return Decimal(string: s.filter { $0 != "," }).map { ($0, nil) } }
        guard let v = Decimal(string: s.filter(\.isNumber)) else { return nil }
        return (v, "malformed number \"\(s)\": its separators fit no reading; \(FactsCSV.plain(v)) (separators dropped) is only a guess")
    }

    /// Number words as a reader of them: how far they run and what they say.
    struct SpelledNumber {
        var value: Decimal
        var end: Int
        /// A hundred or an inner scale was read, so that "one hundred" is a number where "one" alone is not.
        var compound = false
        /// A final scale after an inner one was read here ("six million two hundred thousand"), so
        /// the whole is not multiplied by it again.
        var scaled = false
        /// "twenty twenty five", "nineteen ninety nine": a year said aloud.
        var year = false
        /// "two three million", "ninety seven five": number words that do not compose into one
        /// number; `value` is only the last of them.
        var broken = false
        /// Every part of a broken run is a single digit ("one two three six seven"): said digit
        /// by digit, a name such as a hotline's.
        var digitByDigit = false
    }

    /// "fifteen", "twenty-one", "ninety seven", "two hundred", "one hundred and eighty-five", "two
    /// thousand three hundred", "thirty four point five four six" (a scale followed by more number
    /// words is read here; a final one, as in "forty-one thousand", is left to the scale words, unless
    /// an inner scale came before it). Number words that follow without composing are read on and
    /// marked `broken`: no reading of them is sure.
    private func readNumberWords(_ tokens: [Token], _ i: Int) -> SpelledNumber? {
        guard var n = readComposedWords(tokens, i) else { return nil }
        guard !n.year else { return n }
        var parts = [n.value], end = n.end
        // Number words right after a complete number: a slip of speech or of the transcript.
        while end < tokens.count, startsNumberWord(tokens[end].text), let next = readComposedWords(tokens, end), !next.year {
            parts.append(next.value); n = next; end = next.end
        }
        if parts.count > 1 {
            n.broken = true
            n.digitByDigit = parts.count >= 3 && parts.allSatisfy { $0 < 10 } && !n.compound
        }
        return n
    }

    /// "up, uh, fifty eight percent": a speaker's hesitation is dropped from the tokens, with the commas
    /// that set it off when it stands between two ("up 58 percent"); the text keeps it.
    func dropFillers(_ tokens: inout [Token]) {
        guard let fillers else { return }
        var k = 0
        while k < tokens.count {
            guard tokens[k].kind == .word, fillers.contains(tokens[k]) else { k += 1; continue }
            if k > 0, k + 1 < tokens.count, tokens[k - 1].is(","), tokens[k + 1].is(",") {
                tokens.removeSubrange((k - 1)...(k + 1)); k -= 1
            } else {
                tokens.remove(at: k)
            }
        }
    }

    /// "up three point... three point nine percent", "two point one… I beg your pardon, one point nine
    /// six million": a number a speaker breaks off with an ellipsis and says again, a figure following
    /// within a few words, is a false start; it is dropped from the tokens (the text keeps it).
    func dropFalseStarts(_ tokens: inout [Token]) {
        func ellipsisEnd(_ k: Int) -> Int? {
            guard k < tokens.count else { return nil }
            if tokens[k].is("...") || tokens[k].is("…") { return k + 1 }
            if k + 2 < tokens.count, tokens[k].is("."), tokens[k + 1].is("."), tokens[k + 2].is("."),
               tokens[k + 1].start == tokens[k].end, tokens[k + 2].start == tokens[k + 1].end { return k + 3 }
            return nil
        }
        func spoken(_ t: Token) -> Bool {
            t.kind == .number || (t.kind == .word && (numberWordKeys.contains(t.key) || numberWordValue(t.text) != nil || t.is("point") || t.is("and")))
        }
        var k = 1
        while k < tokens.count {
            guard let e = ellipsisEnd(k), spoken(tokens[k - 1]) else { k += 1; continue }
            var s = k - 1
            while s > 0, spoken(tokens[s - 1]) { s -= 1 }
            while s < k, tokens[s].is("and") { s += 1 }
            guard s < k, tokens[s..<k].contains(where: { $0.kind == .number || !($0.is("point") || $0.is("and")) }),
                  tokens[e..<min(tokens.count, e + 8)].contains(where: { $0.kind == .number || numberWordKeys.contains($0.key) }) else { k += 1; continue }
            tokens.removeSubrange(s..<e)
            k = s + 1
        }
    }

    /// "Foreign nationals, by contrast, made 35.7 million crossings": an aside between two commas is
    /// dropped from the tokens (the text keeps it), with both commas when it parts a subject from its
    /// verb (no number in its clause before it), else with the second ("…35.7 million, however, the …").
    func dropAsides(_ tokens: inout [Token]) {
        guard !discourseAsides.isEmpty else { return }
        var k = 1
        while k < tokens.count {
            let t = tokens
            guard t[k - 1].is(","), t[k].kind == .word,
                  let e = discourseAsides.lazy.compactMap({ $0.startsAt(t, k, limit: t.count) }).first,
                  e < t.count, t[e].is(",") else { k += 1; continue }
            let clauseStart = tokens[..<(k - 1)].lastIndex(where: SentenceReader.isClauseEnd).map { $0 + 1 } ?? 0
            let subjectOnly = clauseStart < k - 1 && !tokens[clauseStart..<(k - 1)].contains { $0.kind == .number }
            tokens.removeSubrange((subjectOnly ? k - 1 : k)...e)
        }
    }

    /// "the end of november twenty twenty five": a year said aloud becomes one number token writing
    /// its digits, so that whatever reads years (`Token.writtenYear`) reads it; its place in the text
    /// stays the words'.
    func joinSpokenYears(_ tokens: inout [Token]) {
        var k = 0
        while k + 1 < tokens.count {
            // "twenty-nineteen", "twenty-twenty-five": a year said aloud, written as one hyphenated word.
            // (Only a word opening on the letter of "twenty" or "nineteen" is looked at.)
            if tokens[k].kind == .word, tokens[k].lead == 0x74 || tokens[k].lead == 0x6E, tokens[k].text.utf8.contains(UInt8(ascii: "-")),
               let y = hyphenatedYear(tokens[k].text) {
                tokens[k] = Token(kind: .number, start: tokens[k].start, end: tokens[k].end, text: String(y))
                k += 1
                continue
            }
            if tokens[k].kind == .word, numberWordKeys.contains(tokens[k].key),
               k == 0 || !(tokens[k - 1].kind == .word && numberWordValue(tokens[k - 1].text) != nil),
               let n = readComposedWords(tokens, k), n.year, let y = Int("\(n.value)") {
                tokens.replaceSubrange(k..<n.end, with: [Token(kind: .number, start: tokens[k].start, end: tokens[n.end - 1].end, text: String(y))])
            }
            k += 1
        }
    }

    /// "twenty-nineteen" → 2019, "twenty-twenty-five" → 2025: nineteen or twenty, then the
    /// year's last two digits in words; nil for any other word ("twenty-one").
    private func hyphenatedYear(_ word: String) -> Int? {
        let parts = word.split(separator: "-").map(String.init)
        guard parts.count == 2 || parts.count == 3, let century = lexicon.numberWords[parts[0]], century == 19 || century == 20,
              let a = lexicon.numberWords[parts[1]] else { return nil }
        var rest = a
        if parts.count == 3 {
            guard a >= 20, a % 10 == 0, let b = lexicon.numberWords[parts[2]], (1...9).contains(b) else { return nil }
            rest += b
        }
        guard (10...99).contains(rest), (1949...2100).contains(century * 100 + rest) else { return nil }
        return century * 100 + rest
    }

    /// A number word that may start a number ("a" is an article before anything but a scale).
    private func startsNumberWord(_ s: String) -> Bool {
        numberWordValue(s) != nil && (lexicon.numberWords[s] != nil || lexicon.decimalDigits?[s] != nil || s.utf8.contains(UInt8(ascii: "-")))
    }

    private func numberWordValue(_ s: String) -> Int? {
        // (Most words are no number word: their key says so without hashing the string twice.)
        if numberWordKeys.contains(Token.key(of: s)), let v = lexicon.numberWords[s] ?? lexicon.numberWordsWithScaleOnly[s] { return v }
        guard s.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = s.split(separator: "-")
        guard parts.count == 2, let a = lexicon.numberWords[String(parts[0])],
              let b = lexicon.numberWords[String(parts[1])] ?? lexicon.numberWordsWithScaleOnly[String(parts[1])],
              a >= 20, a % 10 == 0, b < 10 else { return nil }
        return a + b
    }

    /// One number in words that composes: tens and units, hundreds, "and", inner scales, "point" decimals.
    private func readComposedWords(_ tokens: [Token], _ i: Int) -> SpelledNumber? {
        let word = numberWordValue
        /// Below a hundred: "seventy", "ninety seven", "ninety-seven", "twelve"; "one" after the tens
        /// is a digit word ("twenty one"), "a" is not.
        func tens(_ k: Int) -> (Int, Int)? {
            guard k < tokens.count, tokens[k].kind == .word, let v = word(tokens[k].text) else { return nil }
            if v >= 20, v < 100, v % 10 == 0, k + 1 < tokens.count, tokens[k + 1].kind == .word,
               let u = lexicon.decimalDigits?[tokens[k + 1].text], (1...9).contains(u) { return (v + u, k + 2) }
            return (v, k + 1)
        }
        /// A number below a thousand: "seventy", "two hundred", "one hundred and eighty-five", "one hundred and one".
        func group(_ k: Int) -> (Int, Int, hundred: Bool)? {
            guard var (total, end) = tens(k) else { return nil }
            guard total < 100, end < tokens.count, tokens[end].is("hundred") else { return (total, end, false) }
            total *= 100; end += 1
            var m = end
            if m < tokens.count, tokens[m].is("and") { m += 1 }
            if m < tokens.count, lexicon.numberWordsWithScaleOnly[tokens[m].text] == nil || lexicon.decimalDigits?[tokens[m].text] != nil,
               let (rest, e) = tens(m), rest < 100 {
                total += rest; end = e
            }
            return (total, end, true)
        }
        guard let (first, firstEnd, hundred) = group(i) else { return nil }
        // "twenty twenty five", "nineteen ninety nine": a year said aloud, two numbers below a hundred.
        if !hundred, (19...20).contains(first), let (rest, e) = tens(firstEnd), (10...99).contains(rest),
           !(e < tokens.count && tokens[e].is("hundred")), (1949...2100).contains(first * 100 + rest) {
            return SpelledNumber(value: Decimal(first * 100 + rest), end: e, year: true)
        }
        var n = SpelledNumber(value: Decimal(first), end: firstEnd, compound: hundred)
        // "nine point six", "one point two five": digits after the decimal point, one word each.
        if n.end + 1 < tokens.count, let points = lexicon.decimalPoints, points.contains(tokens[n.end].text), let digits = lexicon.decimalDigits {
            var k = n.end + 1, fraction: Decimal = 0, place: Decimal = 1
            while k < tokens.count, let d = digits[tokens[k].text] { place /= 10; fraction += Decimal(d) * place; k += 1 }
            if k > n.end + 1 { return SpelledNumber(value: n.value + fraction, end: k, compound: true) }
        }
        var total: Decimal = 0, current = n.value, last: Decimal = 0
        while n.end < tokens.count, tokens[n.end].kind == .word, let (e, factor) = ending(scales, tokens, at: n.end), e == n.end + 1, factor >= 1000 {
            if total > 0, factor >= last { break }
            var k = e
            if k < tokens.count, tokens[k].is("and") { k += 1 }
            // "two thousand a year": a word that counts only before a scale starts no group.
            if let (next, after, h) = group(k), Decimal(next) < factor,
               h || lexicon.numberWordsWithScaleOnly[tokens[k].text] == nil {
                total += current * factor; current = Decimal(next); n.end = after; n.compound = true; last = factor
                continue
            }
            // "six million two hundred thousand": the final scale belongs to the part after the inner one.
            if total > 0 { total += current * factor; current = 0; n.end = e; n.scaled = true }
            break
        }
        n.value = total + current
        return n
    }

    /// A unit factor as written in the grammar (0.001, 1e-06), without binary noise.
    static func decimal(_ d: Double) -> Decimal { Decimal(string: "\(d)") ?? Decimal(d) }

    /// 百分之四十三点九, 百分之43.9: a percentage written in words.
    static func readHanPercent(_ tokens: [Token], _ i: Int) -> (Decimal, Int)? {
        guard i + 3 < tokens.count, tokens[i].is("百"), tokens[i + 1].is("分"), tokens[i + 2].is("之") else { return nil }
        let k = i + 3
        if tokens[k].kind == .number, let (v, d) = readDigits(tokens[k].text), d == nil { return (v, k + 1) }
        return readHanNumeral(tokens, k, bare: true)
    }

    /// Chinese numerals: 十五, 六, 二十三, 一百零五, 三千二百, 四十三点九; a single 一 only before 万, 亿, 倍
    /// or 成 (一亿, 增长一倍, 近一成), since it is too often part of a word. Runs of digits without place words (十四五, 一二线)
    /// are names, not numbers. `bare` reads the number alone, as after 百分之.
    /// Chinese digits and units by scalar value (a token's `lead`): no string hashing per character.
    private static let hanDigits: [UInt32: Int] = Dictionary(uniqueKeysWithValues: [("零", 0), ("〇", 0), ("一", 1), ("二", 2), ("两", 2), ("三", 3),
        ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9)].map { ($0.0.unicodeScalars.first!.value, $0.1) })
    private static let hanUnits: [UInt32: Int] = Dictionary(uniqueKeysWithValues: [("十", 10), ("百", 100), ("千", 1000)].map { ($0.0.unicodeScalars.first!.value, $0.1) })
    /// Characters after which a numeral is a name or ordinal, not a count.
    private static let hanNotCounted: Set<String> = ["季", "月", "年", "号", "日", "线", "批", "级", "带", "道", "路", "是", "方", "体", "化", "致", "些", "项", "非", "期", "黄", "假", "类", "大", "中", "全", "届", "周", "轮", "步", "分", "岸", "地", "国", "会"]
    /// The Han characters a numeral may start with; most characters are not one. Searched as an
    /// array: every Han token is tested, and hashing cost more than thirteen comparisons.
    private static let hanNumeralStarts: [UInt32] = "零〇一二两三四五六七八九十".unicodeScalars.map(\.value)

    /// A Chinese digit or place word (一, 十, 百): what an outline's number (（三）, 十二、) is written with.
    static func isHanNumeral(_ t: Token) -> Bool { hanDigits[t.lead] != nil || hanUnits[t.lead] != nil }

    static func readHanNumeral(_ tokens: [Token], _ i: Int, bare: Bool = false) -> (Decimal, Int)? {
        guard hanNumeralStarts.contains(tokens[i].lead) else { return nil }
        let digits = hanDigits, units = hanUnits
        var j = i, total = 0, current = 0, sawAny = false, lastDigit = false
        while j < tokens.count, tokens[j].kind == .han {
            let c = tokens[j].lead
            if let d = digits[c] {
                if lastDigit { return nil }                 // 十四五, 一二: not a numeral
                current = d; sawAny = true; lastDigit = d != 0
            } else if let u = units[c] {
                if tokens[j].is("百"), j + 2 < tokens.count, tokens[j + 1].is("分"), tokens[j + 2].is("之") { break }
                total += (current == 0 ? 1 : current) * u; current = 0; sawAny = true; lastDigit = false
            } else { break }
            j += 1
        }
        total += current
        guard sawAny, j > i, digits[tokens[i].lead] != nil || tokens[i].is("十") else { return nil }
        var value = Decimal(total)
        // Decimals: 四十三点九.
        if j + 1 < tokens.count, tokens[j].is("点"), digits[tokens[j + 1].lead] != nil {
            var k = j + 1, fraction = "0."
            while k < tokens.count, let d = digits[tokens[k].lead] { fraction += String(d); k += 1 }
            value += Decimal(string: fraction) ?? 0
            j = k
        }
        if bare { return (value, j) }
        let text = tokens[i..<j].map(\.text).joined()
        let next = j < tokens.count ? tokens[j].text : ""
        // (增长一倍, 上升一成: a change of one tenth or one times; 一成不变 is a word.)
        if text == "一" && next != "万" && next != "亿" && next != "倍" && (next != "成" || (j + 1 < tokens.count && tokens[j + 1].is("不"))) { return nil }
        if text == "零" || text == "〇" { return nil }
        // 第一, 一季度, 十四五, 三非, 十一期间: ordinals and names, not counts.
        if i > 0, tokens[i - 1].is("第") { return nil }
        // Headings: "二、出入境证件签发", "(三)".
        if next == "、", i == 0 || tokens[i - 1].kind == .punct { return nil }
        if i > 0, next == ")" || next == "）", tokens[i - 1].is("(") || tokens[i - 1].is("（") { return nil }
        if hanNotCounted.contains(next) { return nil }
        // 两个月, 三个季度, 四个小时: a stretch of time, not a count (个 before a time word).
        if next == "个", j + 1 < tokens.count, hanNotCounted.contains(tokens[j + 1].text) || tokens[j + 1].is("小") || tokens[j + 1].is("星") { return nil }
        return (value, j)
    }
}
