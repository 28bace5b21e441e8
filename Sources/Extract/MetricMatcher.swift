import BriefingCore

/// Matches a figure to a catalog metric through the catalog's phrases, never through code
/// written for one metric. The subject phrase nearest to the figure wins (after it in English,
/// before it in Chinese); then the rule's priority; then the longer phrase.
final class MetricMatcher: Sendable {
    struct Rule: Sendable {
        var metric: String
        var subject: [Phrase]
        var context: [Phrase]
        var exclude: [Phrase]
        var units: Set<String>?
        var priority: Int
        var clauseScope: Bool
        /// The subject counts only written before the figure.
        var beforeOnly: Bool
    }

    let language: Language
    let rules: [Rule]
    /// Subject phrases by their first word: only phrases whose first word occurs near a figure are tried.
    let byFirstWord: KeyTable<[(rule: Int, phrase: Int)]>
    /// Subject phrases written with commas ("hong kong, macao and taiwan"), with where each comma stands in them.
    let commaPhrases: [(phrase: Phrase, commas: [Int])]
    /// The first words of `commaPhrases`.
    let commaNameLeads: TokenSet
    let copulas: TokenSet, stops: TokenSet, links: TokenSet, clauseOpeners: TokenSet
    let hasLinks: Bool
    let agentMarkers: [Phrase]
    /// The agent markers that open on a copula ("were made by"), which may follow a two-word counted noun.
    let copulaAgentMarkers: [Phrase]
    let participles: TokenSet, phrasePrepositions: TokenSet, totalVerbs: TokenSet, movementWords: TokenSet
    /// "which", "who": the words opening a relative clause that is an aside.
    let relativeOpeners: TokenSet
    /// 查验, 签发: a label's verb between its colon and the figure (`labelMetric`).
    let labelVerbs: [Phrase]
    /// "were", "was": the verb after a figure set off by commas, before its subject.
    let appositionCopulas: TokenSet
    /// Measure words of trips that may stand between a figure and its copula (see `head`).
    let measureWordsBeforeCopulas: [Phrase]
    /// "of which", "of whom": right after a figure and before a copula, they make it a part of the
    /// count before it, its subject after the copula ("96 of which were major cases"); "of them"
    /// right after a sentence's first figure refers it back to a noun before it (`SentenceReader`).
    let partsOfPrevious: [Phrase]
    /// "including": the word opening a list that is an aside.
    let listAsideOpeners: TokenSet
    /// 等 closing a list of subjects before the figure, and the total of the catalog sum each part is of.
    let subjectListEnds: TokenSet
    /// What joins the kinds a table's heading lists (证件签发及口岸签证, "visas and port visas").
    let kindJoiners: TokenSet
    let totalOfPart: [String: String]
    /// `totalOfPart` of each rule's metric, by rule index: asked for every subject phrase tried,
    /// without hashing the metric's name.
    private let totalOfRule: [String?]
    /// The catalog's metrics of both directions, and the words that say a figure counts one.
    let bothDirections: Set<String>
    let oneWayMarkers: [Phrase], bothWayMarkers: [Phrase], oneWayNouns: [Phrase]
    /// "inbound and outbound": words joined by a stop word that modify one noun together.
    let pairedModifiers: [Phrase], pairedFirstWords: TokenSet
    /// "of the": what opens a sentence's lead naming the whole its figures are parts of.
    let wholeLeads: [Phrase], wholeFirstWords: TokenSet
    /// Each metric's unit, and the unit each counter word counts in (人次: person-trips): a row's
    /// label that names several metrics names the one counted in the figure's counter.
    let metricUnits: [String: String]
    let counterUnits: [(counter: String, unit: String)]
    /// Indices of `counterUnits` by the last character of their counter, in their order: a measure
    /// word is tried only against the counters it can end with (`hasSuffix` on Chinese text is
    /// slow, and asked for every figure). Nil when a counter is empty (it ends every word).
    private let counterUnitsByLast: [Character: [Int]]?
    /// The units of the measure words that count nothing else (起: cases).
    let strictCounterUnits: [(counter: String, unit: String)]
    /// The metric of a unit only one metric counts in (calls: the hotline's).
    let soleMetricOfUnit: [String: String]
    /// Each metric's first rule in the catalog: its plainest subject phrases.
    let primaryRule: [String: Int]
    /// The last characters of those measure words: most figures' measure words end otherwise, and
    /// no text is built to find that out.
    private let strictCounterEnds: Set<Character>
    /// Parts of the year and stretches inside it ("second half", "Spring Festival"), longest first,
    /// with the words that open them ("in", "during"): a period may stand between a subject and its
    /// figure ("Person-trips inspected in the second half came to 13.2 million").
    let periodPhrases: [Phrase]
    let periodKeys: Set<UInt32>
    let yearPrepositions: TokenSet
    let months: Set<String>
    /// "fell to", "rose to": a change verb with the level reached links a subject to its figure.
    let levelLinks: [Phrase]
    /// The words of a rise or fall (`up`, `down`: "rose", "fell"), words only: the verb a recipient
    /// phrase may end at ("cases investigated by the authorities rose from 6,100 …").
    let changeVerbs: TokenSet
    /// "rose from", "fell from": a change verb with the level it started from.
    let startLinks: [Phrase]
    let startLinkAdverbs: [Phrase]
    /// "the quarter", "the holiday": a period named back ("foreign crossings in the quarter reached …").
    let periodAnaphors: [Phrase]
    /// "a third", "half": a change in words between a level link's verb and its "to"; with the
    /// words that make it approximate ("roughly").
    let changeFractions: [Phrase], approx: [Phrase]
    /// "more than", "about": what may stand between a verb and the figure it governs.
    let figureQualifiers: [Phrase]
    /// Words after a number that make it a time, not a figure ("within 24 hours", "by 31 December").
    let timeWords: TokenSet
    /// Each metric's id as a data sheet's field name may spell it (`fieldMetric`): its section
    /// ("people") and the words of its name ("visa", "free", "foreigners"), the word of its unit
    /// ("tonnes" in drugs_tonnes, not "guns" in guns) left out.
    let fieldNames: [(metric: String, section: String, words: Set<String>)]

    init(catalog: Catalog, grammar: Grammar, language: Language) {
        self.language = language
        let lexicon = grammar.lexicon(language)
        copulas = TokenSet(lexicon.copulas); stops = TokenSet(lexicon.subjectStops); clauseOpeners = TokenSet(lexicon.figureClauseOpeners ?? []); links = TokenSet(lexicon.subjectLinks)
        hasLinks = !lexicon.subjectLinks.isEmpty
        agentMarkers = lexicon.agentMarkers.map(Phrase.init)
        copulaAgentMarkers = agentMarkers.filter { $0.parts.count > 1 && lexicon.copulas.contains($0.parts[0]) }
        participles = TokenSet(lexicon.participles ?? []); phrasePrepositions = TokenSet(lexicon.phrasePrepositions ?? [])
        totalVerbs = TokenSet(lexicon.totalVerbs ?? []); movementWords = TokenSet(lexicon.movementWords ?? [])
        relativeOpeners = TokenSet(lexicon.relativeOpeners ?? [])
        labelVerbs = (lexicon.labelVerbs ?? []).map(Phrase.init)
        appositionCopulas = TokenSet(lexicon.appositionCopulas ?? [])
        measureWordsBeforeCopulas = (lexicon.measureWordsBeforeCopulas ?? []).map(Phrase.init)
        partsOfPrevious = (lexicon.partsOfPrevious ?? []).map(Phrase.init)
        listAsideOpeners = TokenSet(lexicon.listAsideOpeners ?? [])
        subjectListEnds = TokenSet(lexicon.subjectListEnds ?? [])
        kindJoiners = TokenSet(lexicon.kindJoiners ?? [])
        totalOfPart = Dictionary(catalog.sums.flatMap { s in s.parts.map { ($0, s.total) } }, uniquingKeysWith: { a, _ in a })
        bothDirections = Set(catalog.bothDirections ?? [])
        oneWayMarkers = (lexicon.oneWayMarkers ?? []).map(Phrase.init)
        bothWayMarkers = (lexicon.bothWayMarkers ?? []).map(Phrase.init)
        oneWayNouns = (lexicon.oneWayNouns ?? []).map(Phrase.init)
        pairedModifiers = (lexicon.pairedModifiers ?? []).map(Phrase.init)
        pairedFirstWords = TokenSet((lexicon.pairedModifiers ?? []).compactMap { $0.split(separator: " ").first.map(String.init) })
        wholeLeads = (lexicon.wholeLeads ?? []).map(Phrase.init)
        wholeFirstWords = TokenSet((lexicon.wholeLeads ?? []).compactMap { $0.split(separator: " ").first.map(String.init) })
        metricUnits = catalog.unitsByMetric
        let byUnit = Dictionary(grouping: catalog.unitsByMetric, by: \.value)
        soleMetricOfUnit = byUnit.compactMapValues { $0.count == 1 ? $0[0].key : nil }
        counterUnits = (lexicon.counterUnits ?? [:]).map { ($0.key.filter { !$0.isWhitespace }, $0.value) }.sorted { $0.0.count > $1.0.count }
        let strict = Set(lexicon.strictCounters ?? [])
        strictCounterUnits = counterUnits.filter { strict.contains($0.counter) }
        let counters = counterUnits
        counterUnitsByLast = counters.contains { $0.counter.isEmpty } ? nil
            : Dictionary(grouping: counters.indices, by: { counters[$0].counter.last! })
        strictCounterEnds = Set(strictCounterUnits.compactMap(\.counter.last))
        periodPhrases = (lexicon.partsOfYear.map(\.phrase) + lexicon.subPeriodMarkers).map(Phrase.init).sorted { $0.parts.count > $1.parts.count }
        periodKeys = Set(periodPhrases.compactMap { $0.keys.first })
        yearPrepositions = TokenSet(lexicon.yearPrepositions)
        months = Set(lexicon.months.keys)
        levelLinks = (lexicon.levelLinks ?? []).map(Phrase.init)
        changeVerbs = TokenSet((lexicon.up + lexicon.down).filter { $0.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) } })
        startLinks = (lexicon.startLinks ?? []).map(Phrase.init)
        startLinkAdverbs = (lexicon.startLinkAdverbs ?? []).map(Phrase.init)
        periodAnaphors = ((lexicon.periodAnaphors ?? []) + (lexicon.holidayAnaphors ?? [])).map(Phrase.init)
        changeFractions = (lexicon.changeFractions ?? []).map(Phrase.init)
        approx = lexicon.approx.map(Phrase.init)
        figureQualifiers = (lexicon.atLeast + lexicon.approx).map(Phrase.init)
        timeWords = TokenSet(lexicon.timeNouns + Array(lexicon.months.keys))
        fieldNames = catalog.metrics.compactMap { m -> (metric: String, section: String, words: Set<String>)? in
            let parts = m.id.lowercased().split(separator: ".", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            let named = Set(parts[1].split(separator: "_").map(String.init)), unitless = named.subtracting([m.unit.lowercased()])
            return (m.id, String(parts[0]), unitless.isEmpty ? named : unitless)
        }
        rules = catalog.metrics.flatMap { m in
            (m.match[language.rawValue] ?? []).map { (r: MatchRule) -> Rule in
                let beforeOnly: Bool = r.side == "before"
                return Rule(metric: m.id, subject: r.subject.map(Phrase.init), context: (r.context ?? []).map(Phrase.init),
                            exclude: (r.exclude ?? []).map(Phrase.init), units: r.units.map(Set.init), priority: r.priority ?? 0,
                            clauseScope: r.scope == "clause", beforeOnly: beforeOnly)
            }
        }
        let allRules = rules
        primaryRule = Dictionary(allRules.indices.map { (allRules[$0].metric, $0) }, uniquingKeysWith: { a, _ in a })
        var index: [UInt32: [(rule: Int, phrase: Int)]] = [:]
        for (r, rule) in rules.enumerated() {
            for (p, phrase) in rule.subject.enumerated() where !phrase.parts.isEmpty {
                index[phrase.keys[0], default: []].append((r, p))
            }
        }
        byFirstWord = KeyTable(index)
        let totals = totalOfPart
        totalOfRule = rules.map { totals[$0.metric] }
        var seen = Set<String>()
        commaPhrases = rules.flatMap(\.subject).compactMap { p in
            let commas = p.parts.indices.filter { p.parts[$0] == "," }
            guard !p.hasGap, !commas.isEmpty, seen.insert(p.source).inserted else { return nil }
            return (p, commas)
        }
        commaNameLeads = TokenSet(commaPhrases.map { $0.phrase.parts[0] })
    }

    /// "endorsements for travel to Hong Kong, Macao and Taiwan totalled …": where the comma at
    /// `comma` is inside a catalog name written with commas, where that name starts (not before `lower`).
    func nameStart(across comma: Int, _ tokens: [Token], lower: Int) -> Int? {
        guard comma >= 0, comma < tokens.count, tokens[comma].is(",") else { return nil }
        var start: Int?
        for (p, commas) in commaPhrases {
            for j in commas where comma - j >= lower && p.startsAt(tokens, comma - j, limit: tokens.count) != nil {
                start = min(start ?? comma - j, comma - j)
            }
        }
        return start
    }

    /// "travelling to and from Hong Kong, Macao and Taiwan permits …": where the catalog name written
    /// with commas that starts at `start` ends, if one does.
    func commaNameEnd(at start: Int, _ tokens: [Token]) -> Int? {
        // Asked at every word of a subject's reach: most words start no such name.
        guard start < tokens.count, commaNameLeads.contains(tokens[start]) else { return nil }
        var end: Int?
        for (p, _) in commaPhrases {
            if let e = p.startsAt(tokens, start, limit: tokens.count), e > (end ?? Int.min) { end = e }
        }
        return end
    }

    /// A subject written on the far side (before the figure in English, after it in Chinese)
    /// counts as this many tokens further away.
    private static let offSidePenalty = 3
    private static let subjectReach = 8

    /// Where the noun a figure counts may start: after "were"/"was", up to the first word that
    /// ends a noun phrase ("to", "which", "were", a comma), at most `subjectReach` tokens.
    func head(_ tokens: [Token], after: Range<Int>) -> Range<Int> {
        var s = after.lowerBound
        // "Roughly half of those, over 290 million, were mainland residents": a figure set off by
        // commas before a copula, its subject after the copula.
        if s + 2 < after.upperBound, tokens[s].is(","), appositionCopulas.contains(tokens[s + 1]) { s += 1 }
        // "… made 182 million and foreign nationals made 38.1 million", "drugs 8.6 tonnes, drug
        // precursors 436 tonnes": words after a conjunction or comma name the next figure; those after
        // a clause opener ("as foreign visitors surge") are that clause's (`figureClauseOpeners`).
        if s < after.upperBound, tokens[s].is("and") || tokens[s].is(",") || clauseOpeners.contains(tokens[s]) { return s..<s }
        // "183 million by foreigners", "205 million trips were made by mainland residents": the
        // subject follows an agent marker that opens the words after the figure (or follows one
        // counted noun); "518 fugitives targeted by …" keeps its own subject.
        // ("207 million of those crossings were made by mainland residents": past a part phrase.)
        let from = partsOfPrevious.lazy.compactMap({ $0.startsAt(tokens, after.lowerBound, limit: after.upperBound) }).first ?? after.lowerBound
        let near = from..<min(after.upperBound, from + 2)
        if !tokens[near].contains(where: SentenceReader.isClauseEnd),
           let e = near.lazy.compactMap({ start in self.agentMarkers.lazy.compactMap { $0.end(tokens, from: start, limit: after.upperBound) }.first }).first {
            s = e
        } else if after.lowerBound + 3 <= after.upperBound, !tokens[after.lowerBound..<(after.lowerBound + 3)].contains(where: SentenceReader.isClauseEnd),
                  let e = copulaAgentMarkers.lazy.compactMap({ $0.end(tokens, from: after.lowerBound + 2, limit: after.upperBound) }).first {
            // "336.7 million border crossings were made by residents of …": a counted noun of two
            // words, then "were made by".
            s = e
        }
        // "11,200 criminal cases, 96 of which were major cases": the part's subject follows the
        // part phrase and its copula. (A list's "541,000 — of which were aircraft": a dash may stand before it.)
        let partFrom = s < after.upperBound && (tokens[s].is("-") || tokens[s].is("—") || tokens[s].is("–")) ? s + 1 : s
        if s == after.lowerBound, let p = partsOfPrevious.lazy.compactMap({ $0.startsAt(tokens, partFrom, limit: after.upperBound) }).first,
           p < after.upperBound, appositionCopulas.contains(tokens[p]) { s = p }
        // "4,712.5 ten thousand person-times were inland residents": a measure word of trips
        // (`measureWordsBeforeCopulas`) between the figure and a copula that a noun follows names nothing
        // ("96.8 million people were inspected": a participle after it keeps the noun the subject).
        if s == after.lowerBound, let c = measureWordsBeforeCopulas.lazy.compactMap({ $0.startsAt(tokens, s, limit: after.upperBound) }).first,
           c + 1 < after.upperBound, appositionCopulas.contains(tokens[c]), tokens[c + 1].kind == .word,
           !participles.contains(tokens[c + 1]), !tokens[c + 1].text.hasSuffix("ed") { s = c }
        while s < after.upperBound, copulas.contains(tokens[s]) { s += 1 }
        var e = s
        while e < after.upperBound, e < s + Self.subjectReach {
            let t = tokens[e]
            if stops.contains(t) && e > s && !(pairedFirstWords.contains(tokens[e - 1])
                && pairedModifiers.contains(where: { $0.startsAt(tokens, e - 1, limit: after.upperBound).map { $0 > e } == true })) { break }
            // A Chinese figure's clause ends at the first mark after it (…1068个，挂牌督办…): what
            // follows belongs to the next figure.
            if SentenceReader.isClauseEnd(t), !t.is("("), !t.is(")"), !t.is("（"), !t.is("）"), e > s || language == .zh { break }
            e += 1
        }
        return s..<e
    }

    /// At most this many words between the preposition and the verb of a recipient phrase.
    private static let recipientReach = 13

    /// "issued | to foreign nationals in China | totalled": where a phrase opened by a preposition
    /// right after a participle ends at a total verb (or a level link: "dropped to"), the verb's index. Such a phrase says to whom or
    /// where, and names no subject of its own.
    private func recipientPhrase(_ tokens: [Token], at i: Int, limit: Int) -> Int? {
        guard i > 0 else { return nil }
        let recipient = phrasePrepositions.contains(tokens[i]) && participles.contains(tokens[i - 1])
        // "foreign nationals crossing the border numbered", "foreigners who entered China totalled".
        let movement = tokens[i - 1].kind == .word && (movementWords.contains(tokens[i])
            || (i + 1 < limit && (tokens[i].is("who") || tokens[i].is("that")) && movementWords.contains(tokens[i + 1])))
        guard recipient || movement else { return nil }
        var j = i + 1
        while j < limit, j <= i + Self.recipientReach {
            let t = tokens[j]
            if totalVerbs.contains(t) || changeVerbs.contains(t) || levelLinks.contains(where: { $0.startsAt(tokens, j, limit: limit) != nil })
                || fractionLink(tokens, at: j, limit: limit) != nil { return j > i + 1 || movement ? j : nil }
            guard t.kind == .word || t.is(",") || t.is("-") || t.writtenYear != nil else { return nil }
            j += 1
        }
        return nil
    }

    /// "Mainland residents and foreigners inspected numbered …", "aircraft, trains and ships
    /// inspected totalled …": a subject that is one of several nouns joined by "and" or commas at
    /// the head of the clause names one of several things the figure counts together, not the
    /// figure's own subject. (A phrase that covers the whole list, "Hong Kong, Macao and Taiwan
    /// residents", starts before it.) Words that follow an earlier figure ("291 million trips and
    /// foreigners 64.9 million", "seized 9.3 tonnes of drugs and goods worth …") name the next
    /// item, not a list.
    private func isConjunct(_ tokens: [Token], _ t: Int, end e: Int, in before: Range<Int>) -> Bool {
        guard language == .en, t - 2 >= before.lowerBound else { return false }
        // Verbs are joined too ("Investigated and handled criminal cases 2.1 thousand" in machine
        // translations): a linking word or a past participle is no noun of a list.
        func isNoun(_ w: Token) -> Bool {
            w.kind == .word && !w.is("and") && !links.contains(w) && !copulas.contains(w) && !participles.contains(w) && !w.text.hasSuffix("ed")
        }
        let joined = tokens[t - 1].is("and") || (tokens[t - 1].is(",") && e < before.upperBound && (tokens[e].is("and") || tokens[e].is(",")))
        // "… residence or employment and repatriated 9,700": a subject that is a verb joins clauses, not nouns.
        guard joined, isNoun(tokens[t - 2]), isNoun(tokens[t]) else { return false }
        var s = t - 2
        while s > before.lowerBound, tokens[s - 1].kind == .word || tokens[s - 1].is(",") { s -= 1 }
        return s == before.lowerBound && (s == 0 || SentenceReader.isClauseEnd(tokens[s - 1]))
    }

    /// Where the list of subjects the item at `t` (ending at `e`) is one of closes with one of
    /// `subjectListEnds` (等), before the figure: the item is followed by 、 or the closing word, with
    /// no other punctuation up to it, and the list has two items at least (a 、 in it).
    private func listClose(_ tokens: [Token], from e: Int, before: Range<Int>, item t: Int) -> Int? {
        guard e < before.upperBound, tokens[e].is("、") || subjectListEnds.contains(tokens[e]) else { return nil }
        var k = e
        while k < before.upperBound, !subjectListEnds.contains(tokens[k]) {
            if tokens[k].kind == .punct, !tokens[k].is("、") { return nil }
            k += 1
        }
        guard k < before.upperBound, tokens[e].is("、") || (t > before.lowerBound && tokens[t - 1].is("、")) else { return nil }
        return k
    }

    /// "飞机、列车、船舶、汽车约3500万架（列、艘、辆）次": a list right before the figure, without 等, whose
    /// items name every part of one catalog sum counts them together: the figure is the sum's total.
    /// (A list of some parts only, 港澳台居民、外国人共…, is left to the other readings.) Where the list
    /// starts and the total, or nil.
    private func wholeSumListed(_ tokens: [Token], before: Range<Int>) -> (start: Int, total: String)? {
        /// The item of a sum's part ending at `end` (of `total`'s sum, when given): where it starts and its metric.
        func item(endingAt end: Int, of total: String?) -> (start: Int, metric: String)? {
            for s in max(before.lowerBound, end - Self.listItemReach)..<end {
                if let hit = (byFirstWord[tokens[s].key] ?? []).first(where: { h in
                    totalOfRule[h.rule].map { total == nil || $0 == total } == true
                        && rules[h.rule].subject[h.phrase].end(tokens, from: s, limit: end) == end }) {
                    return (s, rules[hit.rule].metric)
                }
            }
            return nil
        }
        guard before.count > 2, let last = item(endingAt: before.upperBound, of: nil), let total = totalOfPart[last.metric] else { return nil }
        var named: Set<String> = [last.metric]
        var start = last.start
        while start - 1 > before.lowerBound, kindJoiners.contains(tokens[start - 1]), let next = item(endingAt: start - 1, of: total) {
            named.insert(next.metric)
            start = next.start
        }
        return totalOfPart.allSatisfy({ $0.value != total || named.contains($0.key) }) ? (start, total) : nil
    }
    /// How many tokens before its joiner an item of such a list may start.
    private static let listItemReach = 8

    /// "Port visas, issued on arrival at the border, reached 720,000": a phrase opened by a comma
    /// and a participle (or "which", "who": a relative clause) and closed by a comma, words only,
    /// between a subject and its verb. Where it ends (after its closing comma), when one starts at `i`.
    func appositiveEnd(_ tokens: [Token], at i: Int, limit: Int) -> Int? {
        if let e = listAsideEnd(tokens, at: i, limit: limit) { return e }
        guard language == .en, i + 2 < limit, tokens[i].is(","), participles.contains(tokens[i + 1]) || relativeOpeners.contains(tokens[i + 1]) else { return nil }
        var j = i + 2
        while j < limit, j <= i + Self.recipientReach + 2 {
            let t = tokens[j]
            if t.is(",") { return j + 1 }
            guard t.kind == .word || t.is("-") else { return nil }
            j += 1
        }
        return nil
    }

    /// "Total crossings, including mainland residents and visitors from Hong Kong, Macao and Taiwan,
    /// climbed …": a list opened by a comma and "including" and closed by the last comma of its
    /// words (a list has commas of its own), words only. Where it ends (after that comma).
    func listAsideEnd(_ tokens: [Token], at i: Int, limit: Int) -> Int? {
        guard language == .en, i + 2 < limit, tokens[i].is(","), listAsideOpeners.contains(tokens[i + 1]) else { return nil }
        var j = i + 2, close: Int?
        while j < limit, j <= i + Self.listAsideReach {
            let t = tokens[j]
            if t.is(",") { close = j + 1 } else if !(t.kind == .word || t.is("-")) { break }
            j += 1
        }
        return close.flatMap { $0 > i + 3 ? $0 : nil }
    }

    /// At most this many tokens in a list set off as an aside.
    private static let listAsideReach = 24

    /// True when only linking words stand between a subject written before the figure and the figure.
    /// In "Label: figure" lines and "| Label | figure |" rows the whole label is the subject, so only
    /// the words after the colon or the cell's pipe count.
    /// `bracketed`: the figure opens a bracket of its own ("aircraft (1.02 million, +16.0% y/y)"):
    /// that bracket right before it links it to the subject.
    private func linked(_ tokens: [Token], from: Int, to: Int, bracketed: Bool = false) -> Bool {
        guard hasLinks else { return true }
        var start = min(from, to)
        if let colon = tokens[start..<to].lastIndex(where: { $0.is(":") || $0.is("：") || $0.is("|") }) { start = colon + 1 }
        var i = start
        while i < to {
            let t = tokens[i]
            if bracketed, i + 1 == to { i += 1; continue }
            if let e = recipientPhrase(tokens, at: i, limit: to) ?? appositiveEnd(tokens, at: i, limit: to) { i = e; continue }
            // "mainland residents, who made 183.6 million trips": a relative clause right after the
            // subject whose own verb links the subject to the figure.
            if i == start, t.is(","), i + 1 < to, relativeOpeners.contains(tokens[i + 1]) { i += 2; continue }
            // "the number of aircraft fell to 214,000": the level a change reached.
            if let e = levelLinks.lazy.compactMap({ $0.startsAt(tokens, i, limit: to) }).first ?? commaLevelLink(tokens, at: i, limit: to) { i = e; continue }
            // "trips rose from 598 million in 2017 to …": the level a change started from, when a year
            // of its own dates it (undated, it is a base of the figure after it, not the period's count).
            if let e = startLinkEnd(tokens, at: i, limit: to), e == to, datedRightAfter(tokens, figureAt: to) { i = e; continue }
            if let e = fractionLink(tokens, at: i, limit: to) { i = e; continue }
            // "port visas - issued on arrival - rose to …", "- issued on arrival, mostly to tour groups -":
            // an aside between spaced dashes, words and commas only.
            if t.is("-"), i > 0, let close = tokens[(i + 1)..<min(to, i + 16)].firstIndex(where: { $0.is("-") }),
               tokens[i - 1].end < t.start, tokens[close].end < tokens[min(close + 1, tokens.count - 1)].start,
               tokens[(i + 1)..<close].allSatisfy({ $0.kind == .word || $0.is(",") }) { i = close + 1; continue }
            // "foreign crossings in the quarter reached …": a period named back after its preposition.
            if i > start, yearPrepositions.contains(tokens[i - 1]),
               let e = periodAnaphors.lazy.compactMap({ $0.startsAt(tokens, i, limit: to) }).first { i = e; continue }
            // A year may stand between a subject and its figure ("issued in 2020 stood at").
            if links.contains(t) || participles.contains(t) || t.writtenYear != nil || yearPrepositions.contains(t) { i += 1; continue }
            // "the \"three non\" foreigners investigated and dealt with were 41,000" (查处 word for word):
            // two participles joined.
            if t.is("and"), i > start, participles.contains(tokens[i - 1]), i + 1 < to, participles.contains(tokens[i + 1]) { i += 1; continue }
            // A gloss in brackets right after the subject ("means of transport (aircraft, trains and
            // ships) totalled …", "\"three non\" foreigners (illegal entry, …) 38,000"): words only.
            if t.is("(") || t.is("（"),
               let close = tokens[(i + 1)..<to].firstIndex(where: { $0.is(")") || $0.is("）") }),
               tokens[(i + 1)..<close].allSatisfy({ $0.kind != .number }) { i = close + 1; continue }
            // "in the second half", "during the Spring Festival holiday", "in December": the
            // period of the figure, not another noun.
            if periodKeys.contains(t.key), let e = periodPhrases.lazy.compactMap({ $0.end(tokens, from: i, limit: to) }).first { i = e; continue }
            if i > start, yearPrepositions.contains(tokens[i - 1]), months.contains(t.text) { i += 1; continue }
            return false
        }
        return true
    }

    /// Whether the figure starting at `k` is followed, within its clause, by "in" and a written year
    /// ("598 million in 2017").
    /// ("in 2017", or a part of a year: "in the first quarter of 2025".)
    private func datedRightAfter(_ tokens: [Token], figureAt k: Int) -> Bool {
        var j = k, dated = false
        while j < min(tokens.count, k + 9), !SentenceReader.isClauseEnd(tokens[j]) {
            if tokens[j].is("in") || tokens[j].is("during") { dated = true }
            if dated, tokens[j].writtenYear != nil { return true }
            j += 1
        }
        return false
    }

    /// "aircraft (1.02 million, +16.0% y/y)", "foreign nationals (78.5 million)": a figure right
    /// after an opening bracket, alone in it or followed only by a comma and its change (a
    /// percentage, words and signs), says how many the noun before the bracket counts.
    static func opensBracket(_ m: Mention, _ tokens: [Token]) -> Bool {
        guard m.first > 0, tokens[m.first - 1].is("(") || tokens[m.first - 1].is("（"), m.end < tokens.count else { return false }
        if tokens[m.end].is(")") || tokens[m.end].is("）") { return true }
        guard tokens[m.end].is(",") || tokens[m.end].is("，") else { return false }
        var i = m.end + 1, percents = 0
        while i < tokens.count, i <= m.end + 10 {
            let t = tokens[i]
            if t.is(")") || t.is("）") { return percents == 1 }
            if t.kind == .number {
                guard i + 1 < tokens.count, tokens[i + 1].is("%") || tokens[i + 1].is("percent") || tokens[i + 1].is("per") else { return false }
                percents += 1
            } else if t.kind != .word, !t.is("+"), !t.is("-"), !t.is("%"), !t.is("/"), !t.is("−") {
                return false
            }
            i += 1
        }
        return false
    }

    /// "交通运输工具：查验958.3万架次": where a label's verb (`labelVerbs`) ending at `end` starts, when a
    /// colon stands right before it (not before `lowerBound`); the label before the colon is the subject.
    func labelVerbStart(_ tokens: [Token], before end: Int, lowerBound: Int) -> Int? {
        guard language == .zh, let verb = labelVerbs.first(where: { $0.endsAt(tokens, end, lowerBound: lowerBound) }) else { return nil }
        let c = end - verb.parts.count
        return tokens[c - 1].is(":") || tokens[c - 1].is("：") ? c : nil
    }

    /// Where a start link ("rose from") that starts at `i` ends, adverbs between its verb and its
    /// last word allowed ("rose steadily from", "have grown every year from").
    func startLinkEnd(_ tokens: [Token], at i: Int, limit: Int) -> Int? {
        if let e = startLinks.lazy.compactMap({ $0.startsAt(tokens, i, limit: limit) }).first { return e }
        guard i + 2 < limit else { return nil }
        var j = i + 1, skipped = false
        while j < limit, let e = startLinkAdverbs.lazy.compactMap({ $0.startsAt(tokens, j, limit: limit) }).first { j = e; skipped = true }
        guard skipped, j < limit else { return nil }
        for link in startLinks where link.parts.count == 2 && tokens[i].isText(link.parts[0]) && tokens[j].isText(link.parts[1]) { return j + 1 }
        return nil
    }

    /// "also dropped, to 9.6 million": a two-word level link with a comma between its verb and its
    /// "to"; where it ends.
    func commaLevelLink(_ tokens: [Token], at i: Int, limit: Int) -> Int? {
        guard i + 2 < limit, tokens[i + 1].is(",") else { return nil }
        return levelLinks.contains { $0.parts.count == 2 && tokens[i].isText($0.parts[0]) && tokens[i + 2].isText($0.parts[1]) } ? i + 3 : nil
    }

    /// "rose roughly a third to", "fell by half to": a level link with a change in words between its
    /// verb and its "to"; where it ends.
    private func fractionLink(_ tokens: [Token], at i: Int, limit: Int) -> Int? {
        guard !changeFractions.isEmpty else { return nil }
        for p in levelLinks where p.parts.count == 2 && tokens[i].isText(p.parts[0]) {
            var j = i + 1
            if j < limit, tokens[j].is("by") { j += 1 }
            if let e = approx.lazy.compactMap({ $0.startsAt(tokens, j, limit: limit) }).first { j = e }
            guard let e = changeFractions.lazy.compactMap({ $0.startsAt(tokens, j, limit: limit) }).first,
                  e < limit, tokens[e].isText(p.parts[1]) else { continue }
            return e + 1
        }
        return nil
    }

    /// "Conveyances inspected (aircraft, trains, ships, motor vehicles): 15.88 million", "| … (…) | 15.88
    /// million |": a gloss in brackets closing a label lists what the label's subject holds; it
    /// names no subject of its own. Empty when the label has no words before the brackets.
    /// "Conveyances (planes, trains, …) checked: 9.62 million": a word or two may stand between the
    /// bracket and the colon.
    /// "Conveyances inspected (aircraft, …, motor vehicles) | national | 3012.7": in a row whose
    /// other cells (scope, period) stand before the figure, the gloss closes the first cell.
    private func labelGloss(_ tokens: [Token], _ before: Range<Int>) -> Range<Int> {
        let last = tokens[before].lastIndex(where: { $0.is(":") || $0.is("：") || $0.is("|") })
        let gloss = last.map { labelGloss(tokens, before, closedAt: $0) } ?? 0..<0
        guard gloss.isEmpty, let first = tokens[before].firstIndex(where: { $0.is("|") }), first != last else { return gloss }
        return labelGloss(tokens, before, closedAt: first)
    }

    private func labelGloss(_ tokens: [Token], _ before: Range<Int>, closedAt separator: Int) -> Range<Int> {
        var sep = separator
        guard sep > before.lowerBound else { return 0..<0 }
        let colon = sep
        while sep > before.lowerBound + 1, colon - sep < 2, tokens[sep - 1].kind == .word { sep -= 1 }
        guard tokens[sep - 1].is(")") || tokens[sep - 1].is("）"),
              let open = tokens[before.lowerBound..<(sep - 1)].lastIndex(where: { $0.is("(") || $0.is("（") }),
              tokens[before.lowerBound..<open].contains(where: { $0.kind == .word || $0.kind == .han }) else { return 0..<0 }
        return open..<sep
    }

    /// 内地居民经各口岸赴港澳出境2156.4万人次, 入境外国人…: a one-way word before the figure in its
    /// window, outside a both-way word (出入境), says the figure counts one direction only.
    private func countsOneWay(_ tokens: [Token], _ before: Range<Int>, _ mask: KeyMask) -> Bool {
        func spans(_ phrases: [Phrase]) -> [Range<Int>] {
            var out: [Range<Int>] = []
            for p in phrases where mask.mayHold(p) {
                for f in p.matches(in: tokens, before) { out.append(f..<(p.end(tokens, from: f, limit: before.upperBound) ?? f + 1)) }
            }
            return out
        }
        let both = spans(bothWayMarkers)
        return spans(oneWayMarkers).contains { o in !both.contains { $0.lowerBound <= o.lowerBound && o.upperBound <= $0.upperBound } }
    }

    /// "142.5 million exits for private purposes": the noun the figure counts, right after it,
    /// names one direction and is not joined to another ("exits and entries", "arrivals or departures").
    private func countsOneWayNoun(_ tokens: [Token], _ m: Mention) -> Bool {
        let at = m.end
        guard at < tokens.count, let e = oneWayNouns.lazy.compactMap({ $0.startsAt(tokens, at, limit: tokens.count) }).first else { return false }
        guard e < tokens.count else { return true }
        if tokens[e].is("and") || tokens[e].is("or") || tokens[e].is("/") { return false }
        return !(tokens[e].is(",") && oneWayNouns.contains { $0.startsAt(tokens, e + 1, limit: tokens.count) != nil })
    }

    /// A row's label at the head of a line, spaced from its figure ("港澳台居民 2.83亿人次 +11.4%", "其中：列车 11.2万列次"):
    /// when its words (after a colon) end with one metric's subject phrase, longest first, and that
    /// metric counts in the figure's counter (人次, 本) and no other does, the label names it: it
    /// needs no context word.
    private func labelMetric(_ m: Mention, _ tokens: [Token], _ before: Range<Int>, heading: Range<Int>,
                             _ nearest: [Int: (distance: Int, length: Int, subject: String)]) -> String? {
        // A row's cells are spaced apart: "内地居民3.01亿人次" alone under a title is no row. The
        // table heading put before the row is no part of its label.
        // A cell of another year's column follows its own copy of the label after ";" (TableHeading.row).
        // So does an English label after a semicolon, before its colon ("Permits: 28.27 million; endorsements: 96.54 million").
        // So does an English table's label before its cell's bar ("; Permits to HK/Macao/Taiwan | 221.0").
        let afterColon = language == .en && m.first > 0 && (tokens[m.first - 1].is(":") || tokens[m.first - 1].is("|"))
        let lead = max(heading.upperBound, language == .zh || afterColon ? (tokens[..<m.first].lastIndex(where: { $0.is(";") }) ?? -1) + 1 : 0)
        // A colon between a label and its figure parts them as a space does ("外国人：2513万人次").
        // So does an English table's cell bar ("Drug cases | 497").
        // "交通运输工具：查验958.3万架次": the label's own verb may stand between its colon and the figure.
        let verb = m.first - (labelVerbStart(tokens, before: m.first, lowerBound: 1) ?? m.first)
        let colonAt = m.first - 1 - verb
        let colon = colonAt >= 0 && (tokens[colonAt].is(":") || tokens[colonAt].is("：") || tokens[colonAt].is("|"))
        guard before.upperBound == m.first, m.first > 0, colon || tokens[m.first - 1].end < tokens[m.first].start, lead <= before.lowerBound,
              before.lowerBound - lead <= Self.labelLead,
              tokens[lead..<before.lowerBound].allSatisfy({ $0.kind == .han || $0.is(":") || $0.is("：") }) else { return nil }
        // "Drug cases: 4,100", "Endorsements for mainland residents to Hong Kong, Macao and Taiwan:
        // 112.4 million (+5.7%)": a fact sheet's label before a colon (or a cell's bar) right before the figure;
        // "People inspected entering and leaving the country      447.30 million": so does a fixed-width
        // table's column gap (two spaces or more, the line's words before it).
        let colonLabel = language == .en && (colon || Token.columnGap(before: m.first, in: tokens))
        let end = colon ? colonAt : before.upperBound
        var start = colonLabel ? before.lowerBound : tokens[before.lowerBound..<end].lastIndex(where: { $0.is(":") || $0.is("：") }).map { $0 + 1 } ?? before.lowerBound
        // "- Drug cases: 4,100", "• Endorsements …:": a list's bullet is no part of the label.
        while colonLabel, start < end, tokens[start].kind == .punct, !TableHeading.notBullets.contains(tokens[start]) { start += 1 }
        // "1.2 Trains: 102,000", "3) Passports issued: …": an outline's item number is no part of the label.
        if colonLabel, start + 1 < end, tokens[start].kind == .number, tokens[start].text.utf8.count <= 5 {
            start += 1
            if tokens[start].is(".") || tokens[start].is(")") { start += 1 }
        }
        // "| 普通护照 | 570.6万本 |": a Markdown row's opening bar is no part of its label.
        while start < end, tokens[start].is("|") { start += 1 }
        guard start < end, tokens[start..<end].allSatisfy({ $0.kind == .han || $0.kind == .word || (colonLabel && ($0.is(",") || $0.is("-") || $0.is("&") || $0.is("/") || $0.is("'") || $0.is("’") || $0.is("(") || $0.is(")") || $0.is("\""))) }) else { return nil }
        if colonLabel {
            // An English label opens with what it counts ("Endorsements for mainland residents to Hong
            // Kong, Macao and Taiwan:"): the longest subject phrase that starts the label names it.
            // A rule named by its verb (arrested individuals) still makes the label ambiguous ("individuals: 240").
            var found: (end: Int, metrics: Set<String>, named: Bool)?
            // A label's own words rule out what its rules exclude ("Permits and endorsements for mainland
            // residents travelling to … Taiwan" is no permits-only row).
            // ("Travel permits for Hong Kong, Macao and Taiwan residents …": one modifier word may open it.)
            for first in [start, start + 1] where found == nil && first < end && tokens[first].kind == .word {
                for (r, p) in byFirstWord[tokens[first].key] ?? [] where unitsFit(rules[r], m) {
                    guard let e = rules[r].subject[p].end(tokens, from: first, limit: end),
                          !rules[r].exclude.contains(where: { $0.firstMatch(in: tokens, start..<end) != nil }) else { continue }
                    let named = !rules[r].clauseScope
                    if found == nil || e > found!.end { found = (e, [rules[r].metric], named) } else if e == found!.end {
                        found!.metrics.insert(rules[r].metric); found!.named = found!.named || named
                    }
                }
            }
            return found.flatMap { $0.metrics.count == 1 && $0.named ? $0.metrics.first : nil }
        }
        let whole = (language == .en ? Self.offSidePenalty : 0) + (colon ? 1 + verb : 0)
        return endingSubject(m, tokens, nearest, distance: whole)?.metric
    }

    /// The metric of the longest subject phrase ending at the figure (`distance` as `nearest` counts
    /// it), with that phrase's length; nil unless one metric's. When the figure's measure word (人次,
    /// 本) counts in a unit, only metrics of that unit; `counted`: only with such a measure word.
    /// (往来港澳台证件签注: 证件签注, not 签注.) A rule whose context must stand in the figure's clause
    /// is named by its verb (遣返, 牺牲), never by a label.
    private func endingSubject(_ m: Mention, _ tokens: [Token], _ nearest: [Int: (distance: Int, length: Int, subject: String)],
                               distance: Int, counted: Bool = false) -> (metric: String, length: Int)? {
        let ending = nearest.filter { $0.value.distance == distance && !rules[$0.key].clauseScope }
        guard let longest = ending.map(\.value.length).max() else { return nil }
        var metrics = Set(ending.filter { $0.value.length == longest }.map { rules[$0.key].metric })
        let counter = Self.measureWord(m, tokens)
        if let unit = counterUnit(endingWith: counter)?.unit {
            metrics = metrics.filter { metricUnits[$0] == unit }
        } else if counted { return nil }
        return metrics.count == 1 ? metrics.first.map { ($0, longest) } : nil
    }

    /// "其中，内地居民1.61亿人次，同比上升14.3%。港澳台居民1.38亿人次，同比上升12.9%。": a Chinese sentence
    /// that opens with nothing but a subject phrase and the figure, counted in a measure word of that
    /// metric's unit, is a row of the list the sentences before began: the subject names its metric
    /// as a label does, with no context word of its own.
    private func openingLabel(_ m: Mention, _ tokens: [Token], _ before: Range<Int>, heading: Range<Int>,
                              _ nearest: [Int: (distance: Int, length: Int, subject: String)]) -> String? {
        guard language == .zh, heading.isEmpty, before.lowerBound == 0, before.upperBound == m.first, m.first > 0,
              tokens[before].allSatisfy({ $0.kind == .han }),
              let (metric, length) = endingSubject(m, tokens, nearest, distance: 0, counted: true), length == before.count else { return nil }
        return metric
    }

    /// "people_mainland: 3.30亿人次（同比上升13.4%）", "drugs_seized: 6.9吨", "guns: 1800余支": a data sheet's
    /// field, its name in words joined by underscores (or one word before a Chinese figure) opening
    /// the line, a colon, then the figure. The
    /// name names the catalog metric whose id's words (`fieldNames`) it holds every one of, the most
    /// of them, then the one of the section it names too (people_total, not vehicles.total); a name
    /// that holds as many of two metrics' words names neither. Only a metric the figure's unit and
    /// measure word fit.
    private func fieldMetric(_ m: Mention, _ tokens: [Token], heading: Range<Int>) -> (metric: String, subject: String)? {
        guard m.first >= 2, tokens[m.first - 1].is(":") || tokens[m.first - 1].is("：") else { return nil }
        var words: [String] = []
        var k = m.first - 2
        while k >= 0, tokens[k].kind == .word || tokens[k].kind == .number {
            words.append(tokens[k].text)
            guard k >= 2, tokens[k - 1].is("_") else { break }
            k -= 2
        }
        // The name opens its line: nothing before it but a list's bullet (and the heading of its table
        // put before the row, "查验:").
        guard !words.isEmpty, words.count <= Self.fieldWords, words.contains(where: { $0.first?.isLetter == true }),
              k >= heading.upperBound, tokens[heading.upperBound..<k].allSatisfy({ $0.kind == .punct && !$0.is(":") && !$0.is("：") }) else { return nil }
        // One English word before a colon is a label as the phrase rules read it ("Foreigners: 1.9
        // million"); before a figure written in Chinese ("guns: 1800余支"), a field's name.
        guard words.count > 1 || tokens[(m.number + 1)..<max(m.number + 1, m.end)].contains(where: { $0.kind == .han }) else { return nil }
        let key = Set(words)
        let counted = countedUnit(m, tokens)
        var best: (size: Int, section: Bool, metrics: Set<String>)?
        for f in fieldNames where f.words.isSubset(of: key) {
            guard rules.contains(where: { $0.metric == f.metric && unitsFit($0, m) }), counted.map({ metricUnits[f.metric] == $0 }) ?? true else { continue }
            let section = key.contains(f.section)
            if let b = best, (b.size, b.section ? 1 : 0) > (f.words.count, section ? 1 : 0) { continue }
            if let b = best, b.size == f.words.count, b.section == section { best!.metrics.insert(f.metric); continue }
            best = (f.words.count, section, [f.metric])
        }
        guard let b = best, b.metrics.count == 1 else { return nil }
        return (b.metrics.first!, words.reversed().joined(separator: "_"))
    }

    /// At most this many words in a data sheet's field name.
    private static let fieldWords = 6

    /// At most this many tokens ("其中：") before a row's label.
    private static let labelLead = 3

    /// `linkedBefore`: a subject before the figure must be linked to it by linking words only
    /// (false when a change stands between them: "vehicles inspected fell 3.1% to 21.4 million").
    /// `heading`: a table heading before the row, whose words are context and exclusions too.
    /// `labelLine`: the sentence is a line of its own that does not end like one ("港澳台居民 2.83亿人次
    /// +11.4%"): the words before its figure may be a row's label.
    /// `sentence`: when `tokens` are words spliced from a sentence, the whole sentence, where the
    /// context words of rules not bound to the figure's clause may stand too.
    func match(_ m: Mention, tokens: [Token], before: Range<Int>, after: Range<Int>, clause: Range<Int>,
               linkedBefore: Bool = true, mask: KeyMask, heading: Range<Int> = 0..<0, labelLine: Bool = false,
               sentence: (tokens: [Token], mask: KeyMask)? = nil) -> (metric: String, subject: String)? {
        if let field = fieldMetric(m, tokens, heading: heading) { return field }
        // "Hong Kong, Macao and Taiwan residents (15.94 million) again outnumber mainland residents":
        // a figure alone in its bracket counts the noun before the bracket, none after it.
        let head = language == .en && Self.opensBracket(m, tokens) ? after.lowerBound..<after.lowerBound : head(tokens, after: after)
        // In Chinese the words after a figure's clause are the next item of a list (毒品6.3吨、制毒物品…):
        // only the figure's own clause may rule a match out.
        // Exclusions after the figure are read up to the end of its clause: what follows a comma
        // is the next item of a list (毒品6.3吨、制毒物品…; "drugs 8.6 tonnes, drug precursors …").
        var afterNear = language == .zh ? head : after.lowerBound..<min(after.upperBound, after.lowerBound + Self.subjectReach)
        if language == .en {
            // A name written with commas ("Hong Kong, Macao and Taiwan") ends no clause and is one word of the reach.
            var e = after.lowerBound, words = 0
            while e < after.upperBound, words < Self.subjectReach {
                if let n = commaNameEnd(at: e, tokens) { e = min(n, after.upperBound); words += 1; continue }
                if SentenceReader.isClauseEnd(tokens[e]) { break }
                e += 1; words += 1
            }
            afterNear = after.lowerBound..<e
        } else if let stop = tokens[afterNear].firstIndex(where: SentenceReader.isClauseEnd) { afterNear = afterNear.lowerBound..<max(afterNear.lowerBound, stop) }
        else if !afterNear.isEmpty {
            // "1.1亿人次内地居民通过自助通道通关，…": a subject written after its figure reads on to its clause's end.
            afterNear = afterNear.lowerBound..<(tokens[afterNear.upperBound...].firstIndex(where: SentenceReader.isClauseEnd) ?? tokens.count)
        }

        // The nearest subject phrase of each rule.
        var nearest: [Int: (distance: Int, length: Int, subject: String)] = [:]
        func consider(_ r: Int, _ p: Phrase, _ d: Int) {
            if let n = nearest[r], n.distance < d || (n.distance == d && n.length >= p.parts.count) { return }
            nearest[r] = (d, p.parts.count, p.source)
        }
        // A Chinese subject after the figure is the noun right after its measure word (六名民警…牺牲).
        let headEnd = language == .zh ? min(head.upperBound, head.lowerBound + 2) : head.upperBound
        // "motor vehicles 9.49 million vehicles": a noun after the figure that repeats the words
        // right before it is a counter; the subject before the figure ("motor vehicles") rules.
        func echoes(_ phrase: Phrase) -> Bool {
            language == .en && before.upperBound == m.first && phrase.parts.count <= before.count
                && phrase.end(tokens, from: before.upperBound - phrase.parts.count, limit: before.upperBound) == before.upperBound
        }
        // "foreign person 1568 ten thousand person-times" (外国人1568万人次): in a translation that keeps the
        // Chinese order, a counter right after the figure is its measure word, not its subject, when a
        // subject stands right before the figure.
        let namedRightBefore = language == .en && before.upperBound == m.first && before.contains { t in
            (byFirstWord[tokens[t].key] ?? []).contains { r, p in
                unitsFit(rules[r], m) && rules[r].subject[p].end(tokens, from: t, limit: before.upperBound) == before.upperBound
            }
        }
        func isCounter(_ phrase: Phrase) -> Bool {
            let squeezed = phrase.source.filter { !$0.isWhitespace }
            return counterUnits.contains { $0.counter == squeezed }
        }
        for t in head.lowerBound..<headEnd {
            for (r, p) in byFirstWord[tokens[t].key] ?? [] where unitsFit(rules[r], m) && !rules[r].beforeOnly {
                let phrase = rules[r].subject[p]
                if namedRightBefore, t == head.lowerBound, isCounter(phrase) { continue }
                // "9.87 million person-times of inbound and outbound means of transport": a counter
                // right after the figure followed by "of" is a measure word; the noun after "of" names
                // what is counted, as a measure word inside the figure does only when nothing else does.
                if language == .en, t == head.lowerBound, let e = phrase.end(tokens, from: t, limit: after.upperBound),
                   e < head.upperBound, tokens[e].is("of"), isCounter(phrase) {
                    consider(r, phrase, 2 * Self.subjectReach)
                    continue
                }
                if phrase.end(tokens, from: t, limit: after.upperBound) != nil, !echoes(phrase) {
                    consider(r, phrase, t - head.lowerBound + (language == .zh ? Self.offSidePenalty : 0))
                }
            }
        }
        let gloss = labelGloss(tokens, before)
        // "People inspected entering and leaving the country      447.30 million": a row's label before a
        // column gap (two spaces or more) names the figure as a label before a colon does, whatever its words.
        let columnGap = labelLine && language == .en && before.upperBound == m.first && Token.columnGap(before: m.first, in: tokens)
        // Nor does a list set off as an aside ("Total crossings, including foreigners, rose …") name the
        // subject or rule it out: what it lists is inside the figure.
        let asides = language == .en ? before.compactMap { i in listAsideEnd(tokens, at: i, limit: before.upperBound).map { i..<$0 } } : []
        let recipientPhrases = language == .en ? before.compactMap { i in recipientPhrase(tokens, at: i, limit: before.upperBound).map { i..<$0 } } : []
        let recipients = recipientPhrases + asides
        var conjunctEnds: [Int] = []   // a list's item rules out the shorter phrases inside it ("motor vehicles" → "vehicles")
        let sumList = language == .zh ? wholeSumListed(tokens, before: before) : nil
        for t in before where !gloss.contains(t) && !recipients.contains(where: { $0.contains(t) }) {
            for (r, p) in byFirstWord[tokens[t].key] ?? [] where unitsFit(rules[r], m) {
                let phrase = rules[r].subject[p]
                guard let e = phrase.end(tokens, from: t, limit: before.upperBound) else { continue }
                if conjunctEnds.contains(e) || isConjunct(tokens, t, end: e, in: before) { conjunctEnds.append(e); continue }
                // 飞机、列车、船舶、机动车等3538.2万架（列、艘、辆）次, 内地居民、外国人等出入境人员…: an item of a
                // list closed by 等 names one of the things the figure counts together; the figure is the
                // total of the sum they are parts of.
                // (签证、居留许可等证件: a metric of no sum keeps its own reading.)
                if let total = totalOfRule[r], let close = listClose(tokens, from: e, before: before, item: t) {
                    if let tr = rules.indices.first(where: { rules[$0].metric == total && unitsFit(rules[$0], m) }) {
                        consider(tr, phrase, before.upperBound - close)
                    }
                    continue
                }
                if let list = sumList, t >= list.start {
                    if let tr = rules.indices.first(where: { rules[$0].metric == list.total && unitsFit(rules[$0], m) }) {
                        consider(tr, phrase, before.upperBound - e)
                    }
                    continue
                }
                // An amount in a rule's unit (tonnes, CNY) is known by it: its subject may stand anywhere
                // before it in its clause ("the value of goods involved in smuggling cases … reached RMB 560
                // million"). Not a percentage: shares and rates of anything are written in it.
                // "permits issued to Hong Kong, Macao and Taiwan residents for visiting the mainland reached":
                // a subject ending inside the to-whom phrase after its participle links as that phrase does,
                // up to its verb.
                let linkFrom = recipientPhrases.first(where: { $0.lowerBound > t && $0.lowerBound < e && $0.upperBound > e })?.upperBound ?? e
                if !linkedBefore || columnGap || (rules[r].units != nil && m.unit != nil && !m.isPercent) || linked(tokens, from: linkFrom, to: before.upperBound, bracketed: before.upperBound == m.first && Self.opensBracket(m, tokens)) {
                    consider(r, phrase, before.upperBound - e + (language == .en ? Self.offSidePenalty : 0))
                }
            }
        }
        // A measure word that names what is counted ("35.43 million vehicle-times"): the subject
        // when no word outside the figure names one.
        for t in (m.number + 1)..<max(m.number + 1, m.end) where language == .en {
            for (r, p) in byFirstWord[tokens[t].key] ?? [] where unitsFit(rules[r], m) && !rules[r].beforeOnly {
                if rules[r].subject[p].end(tokens, from: t, limit: m.end) != nil { consider(r, rules[r].subject[p], 2 * Self.subjectReach) }
            }
        }

        /// How far from the figure a rule's context word stands ("Nine officers died … and 57 were
        /// injured": "died" is nearer to "Nine" than "injured" is). A word before the figure counts
        /// further away: the verb of a figure's own subject follows it ("… died and 61 officers were injured").
        func contextDistance(_ r: Int) -> Int? {
            var nearestContext: Int?
            for p in rules[r].context where mask.mayHold(p) {
                for at in p.matches(in: tokens, clause) {
                    let d = at >= m.end ? at - m.end : max(0, m.first - at - p.parts.count) + Self.offSidePenalty
                    nearestContext = min(nearestContext ?? d, d)
                }
            }
            return nearestContext
        }
        let listLead = language == .en && before.upperBound == m.first ? leadOfList(ending: before, tokens) : nil
        let whole = wholeLead(before, tokens)
        let labelled = labelLine ? labelMetric(m, tokens, before, heading: heading, nearest) : openingLabel(m, tokens, before, heading: heading, nearest)
        var best: (distance: Int, priority: Int, length: Int, metric: String, subject: String, rule: Int)?
        let oneWay = (!oneWayMarkers.isEmpty && countsOneWay(tokens, before, mask)) || (!oneWayNouns.isEmpty && countsOneWayNoun(tokens, m))
        let counted = countedUnit(m, tokens)
        for (r, n) in nearest.sorted(by: { $0.key < $1.key }) {
            var rule = rules[r]
            if oneWay, bothDirections.contains(rule.metric) { continue }
            if let u = counted, metricUnits[rule.metric] != u { continue }
            // A row's label names its metric: it needs no context word.
            if labelled == rule.metric { rule.context = [] }
            // "一季度接听来电65.3万通": a measure word that counts only what one metric counts needs no
            // context word beside the metric's plainest subject (not "…的咨询超过40万通", a topic's share).
            if let u = counted, soleMetricOfUnit[u] == rule.metric, primaryRule[rule.metric] == r { rule.context = [] }
            let scope = rule.clauseScope ? clause : 0..<tokens.count
            if !rule.context.isEmpty, !rule.context.contains(where: { p in
                (mask.mayHold(p) && ((rule.clauseScope ? ownContext(p, tokens, m, in: scope) : sentenceContext(p, tokens, m))
                    || (!heading.isEmpty && p.firstMatch(in: tokens, heading) != nil)))
                    || (!rule.clauseScope && sentence.map { $0.mask.mayHold(p) && p.firstMatch(in: $0.tokens, 0..<$0.tokens.count) != nil } == true)
            }) { continue }
            // After the figure, a word written right before a later figure is that figure's ("610 million
            // people and intercepted 12,000 …"): it rules out nothing of this one.
            // The figure's own measure word may rule a metric out too ("1,226.8 wan sheets (pieces) times":
            // 张(件)次 counts endorsements with the permits).
            // An exclusion the rule's own subject holds ("foreign travellers" in "Chinese and foreign
            // travellers") is that subject, not another kind of it.
            if rule.exclude.contains(where: { x in
                !n.subject.containsUTF8(x.source) && (excludedBefore(x, tokens, before, asides: asides) || (mask.mayHold(x) && ownContext(x, tokens, m, in: afterNear))
                    || (mask.mayHold(x) && x.firstMatch(in: tokens, m.first..<m.end) != nil)
                    || listLead.map { excludedBefore(x, tokens, $0) } == true
                    || whole.map { excludedBefore(x, tokens, $0) } == true
                    || (!heading.isEmpty && headingExcludes(x, tokens, heading, metric: rule.metric,
                                                            ownLabel: labelled == rule.metric || (labelLine && n.distance <= 1))))
            }) { continue }
            // Two subjects as near and as preferred, of rules whose context is the figure's clause:
            // the rule whose context word is nearer to the figure, then the longer phrase.
            if let b = best, n.distance == b.distance, rule.priority == b.priority, rule.clauseScope, rules[b.rule].clauseScope,
               !rule.context.isEmpty, !rules[b.rule].context.isEmpty,
               let mine = contextDistance(r), let theirs = contextDistance(b.rule), mine != theirs {
                if mine < theirs { best = (n.distance, rule.priority, n.length, rule.metric, n.subject, r) }
                continue
            }
            if let b = best, !(n.distance < b.distance || (n.distance == b.distance && (rule.priority > b.priority
                || (rule.priority == b.priority && n.length > b.length)))) { continue }
            best = (n.distance, rule.priority, n.length, rule.metric, n.subject, r)
        }
        return best.map { ($0.metric, $0.subject) }
    }

    /// "Of the visa-free entries in the quarter, 2.31 million person-times used …": a sentence opened by
    /// a whole (`wholeLeads`) and a comma counts parts of it in the clause after; what rules a metric
    /// out of the whole rules it out of the part. The lead's words, when the figure's clause follows
    /// that comma.
    private func wholeLead(_ before: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        guard before.lowerBound > 0, wholeFirstWords.contains(tokens[0]),
              let e = wholeLeads.lazy.compactMap({ $0.startsAt(tokens, 0, limit: before.lowerBound) }).first,
              let comma = tokens[e..<before.lowerBound].firstIndex(where: { $0.is(",") }),
              !tokens[(comma + 1)..<before.lowerBound].contains(where: { $0.is(",") || $0.is(";") }) else { return nil }
        return e..<comma
    }

    /// Whether exclusion `x`, found in the table heading before a row, rules out `metric`. "表3  证件签发及
    /// 口岸签证情况" over "外国人签证证件（万人次）  96.5": a heading listing another metric's subject beside
    /// other words (`kindJoiners`) names another kind of row of its table; it rules nothing out of a
    /// row whose own label (`ownLabel`) names `metric`. ("外国人出入境情况" over "出入境人员  3000万人次"
    /// still rules out all travellers: it lists nothing.)
    /// Of a heading of several sentences (an intro paragraph: "…严厉打击妨害国（边）境管理违法犯罪活动。现将
    /// 主要数据公布如下："), only the last one narrows a row whose own label names `metric` (the marks
    /// that join a heading's lines are none: a title and its header row narrow together).
    private func headingExcludes(_ x: Phrase, _ tokens: [Token], _ heading: Range<Int>, metric: String, ownLabel: Bool) -> Bool {
        var heading = heading
        if ownLabel, heading.count > 1, let end = tokens[heading.lowerBound..<(heading.upperBound - 1)].lastIndex(where: { $0.end > $0.start && (SentenceReader.isSegmentEnd($0) || $0.is(".")) }) {
            heading = (end + 1)..<heading.upperBound
        }
        guard let f = x.firstMatch(in: tokens, heading) else { return false }
        guard ownLabel, rules.contains(where: { $0.metric != metric && $0.subject.contains { $0.source == x.source } }) else { return true }
        let e = x.end(tokens, from: f, limit: heading.upperBound) ?? f + x.parts.count
        return !((f > heading.lowerBound && kindJoiners.contains(tokens[f - 1])) || (e < heading.upperBound && kindJoiners.contains(tokens[e])))
    }

    /// "Provided identity verification services for Hong Kong, Macao and Taiwan residents, overseas
    /// Chinese, foreigners 9.4 million times": when the subject right before a figure is the last of
    /// a list of subjects, the words of the clause before the list, which rule out what the list
    /// names as they would its first item. Nil when no list of two or more ends `before` right at
    /// the figure.
    private func leadOfList(ending before: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        // The list's last item is the subject written right before the figure.
        guard before.upperBound > before.lowerBound, let last = namedSubjects(tokens, in: before).last(where: { $0.range.upperBound == before.upperBound }) else { return nil }
        var s = last.range.lowerBound, items = 0
        while s > 1 {
            var j = s - 1
            while j > 0, tokens[j].is(",") || tokens[j].is("and") { j -= 1 }
            guard j < s - 1, let item = namedSubjects(tokens, in: max(0, j - Self.subjectReach)..<(j + 1)).last(where: { $0.range.upperBound == j + 1 }) else { break }
            s = item.range.lowerBound; items += 1
        }
        guard items > 0 else { return nil }
        let from = tokens[..<s].lastIndex(where: SentenceReader.isClauseEnd).map { $0 + 1 } ?? 0
        return from < s ? from..<s : nil
    }

    /// Whether `t` is a measure word a figure is counted in ("person-times", 人次).
    func isCounter(_ t: Token) -> Bool { counterUnits.contains { $0.counter == t.text } }

    /// The unit of the figure's measure word when that word counts nothing else ("203起": cases).
    private func countedUnit(_ m: Mention, _ tokens: [Token]) -> String? {
        guard m.number + 1 < m.end, let last = tokens[m.end - 1].text.last, strictCounterEnds.contains(last) else { return nil }
        let counter = Self.measureWord(m, tokens)
        return strictCounterUnits.first { counter.hasSuffix($0.counter) }?.unit
    }

    /// The catalog unit the figure's measure word counts in (人次: person-trips); nil without one of `counterUnits`.
    func measureUnit(_ m: Mention, _ tokens: [Token]) -> String? {
        let counter = Self.measureWord(m, tokens)
        return counter.isEmpty ? nil : counterUnit(endingWith: counter)?.unit
    }

    /// The first of `counterUnits` whose counter `word` ends with.
    private func counterUnit(endingWith word: String) -> (counter: String, unit: String)? {
        guard let byLast = counterUnitsByLast, let last = word.last else { return counterUnits.first { word.hasSuffix($0.counter) } }
        return byLast[last]?.lazy.map { self.counterUnits[$0] }.first { word.hasSuffix($0.counter) }
    }

    /// The measure word written after the figure's number (人次, "person-times"), spaces dropped.
    private static func measureWord(_ m: Mention, _ tokens: [Token]) -> String {
        tokens[(m.number + 1)..<max(m.number + 1, m.end)].map(\.text).joined().filter { !$0.isWhitespace }
    }

    /// Whether exclusion `p` occurs in `before`: not where it is the tail of a both-way marker
    /// (入境外国人 inside 出入境外国人 counts no entries only).
    private func excludedBefore(_ p: Phrase, _ tokens: [Token], _ before: Range<Int>, asides: [Range<Int>] = []) -> Bool {
        p.matches(in: tokens, before).contains { f in
            !asides.contains { $0.contains(f) } && !bothWayMarkers.contains { b in
                (max(before.lowerBound, f - b.parts.count + 1)..<f).contains { b.startsAt(tokens, $0, limit: before.upperBound).map { $0 > f } == true }
            }
        }
    }

    /// Whether context `p` occurs in `scope` for figure `m`: "investigated 28,000 foreigners and
    /// repatriated 9,700": a verb after the figure written right before a later figure (a
    /// qualifier between, no year or time) is that figure's, and says nothing of `m`.
    /// Whether context word `p` stands in the sentence of `m` for it. "the platform provided 64.5 million
    /// consultation services; the 12367 hotline received 3.81 million calls": a context word past a
    /// semicolon after the figure, with a figure after it in its part, introduces that figure, not `m`.
    private func sentenceContext(_ p: Phrase, _ tokens: [Token], _ m: Mention) -> Bool {
        guard let semi = tokens[m.end...].firstIndex(where: { $0.is(";") || $0.is("；") }) else { return p.firstMatch(in: tokens, 0..<tokens.count) != nil }
        for at in p.matches(in: tokens, 0..<tokens.count) {
            guard at > semi else { return true }
            let e = p.end(tokens, from: at, limit: tokens.count) ?? at + p.parts.count
            let stop = tokens[e...].firstIndex(where: SentenceReader.isSegmentEnd) ?? tokens.count
            if !tokens[e..<stop].contains(where: { $0.kind == .number && $0.writtenYear == nil }) { return true }
        }
        return false
    }

    /// Whether the token at `n`, after figure `m`, is a count of its own that nothing joins to `m`:
    /// a number (no year, time, range or percentage) right after a word that is no list word.
    private func opensOwnClause(_ tokens: [Token], count n: Int, after m: Mention) -> Bool {
        guard n > m.end, tokens[n].kind == .number, tokens[n].writtenYear == nil, tokens[n - 1].kind == .word,
              !SentenceReader.listGlue.contains(tokens[n - 1]), !tokens[n - 1].is("or"), !tokens[n - 1].is("to") else { return false }
        guard n + 1 < tokens.count else { return true }
        let next = tokens[n + 1]
        return !(timeWords.contains(next) || next.is("-") || next.is("%") || next.is("percent"))
    }

    private func ownContext(_ p: Phrase, _ tokens: [Token], _ m: Mention, in scope: Range<Int>) -> Bool {
        for at in p.matches(in: tokens, scope) {
            guard at >= m.end, var j = p.end(tokens, from: at, limit: tokens.count) else { return true }
            // "67,000 foreigners … were investigated and 43,000 were repatriated": a context word
            // after a later count that "and" opens, and a copula of its own, is that count's
            // (not "1.2 million permits and 2.9 million endorsements for residents travelling …").
            if language == .en, let and = tokens[m.end..<at].firstIndex(where: { $0.is("and") }),
               let n = tokens[(and + 1)..<at].firstIndex(where: { $0.kind == .number && $0.writtenYear == nil }),
               tokens[(n + 1)..<at].contains(where: { appositionCopulas.contains($0) }) { continue }
            // "sent 210,000 officers on patrols each day 11 officers died": a later count that no list
            // word joins to `m` opens a clause of its own (its full stop lost); the verb after it is its.
            if language == .en, tokens[m.end..<at].indices.contains(where: { opensOwnClause(tokens, count: $0, after: m) }) { continue }
            if let q = figureQualifiers.lazy.compactMap({ $0.startsAt(tokens, j, limit: tokens.count) }).first { j = q }
            // "drugs 11.2 tons and precursor chemicals 620 tons": a word or two of a label may follow it
            // before the later figure it names.
            if language == .en, let n = tokens[j..<min(tokens.count, j + 3)].firstIndex(where: { $0.kind != .word }), n > j, tokens[n].kind == .number,
               tokens[j..<n].allSatisfy({ !$0.is("and") && !$0.is("or") }) { j = n }
            let laterFigure = j < tokens.count && tokens[j].kind == .number && tokens[j].writtenYear == nil
                && !(j + 1 < tokens.count && (timeWords.contains(tokens[j + 1]) || tokens[j + 1].is("-")))   // "the 240-hour policy"
            if !laterFigure { return true }
        }
        return false
    }

    /// The catalog's subject phrases written one after another in `range`, longest first at each
    /// place ("mainland residents, Hong Kong, Macao and Taiwan residents, and foreign nationals"
    /// is three): where a list of subjects names the figures that follow or precede it.
    /// `shortest`: the shortest phrase at each place instead ("aircraft, trains and motor vehicles"
    /// is three subjects though "aircraft, trains" is a phrase too).
    func subjectPhrases(_ tokens: [Token], in range: Range<Int>, shortest: Bool = false) -> [Range<Int>] {
        namedSubjects(tokens, in: range, shortest: shortest).map(\.range)
    }

    /// `subjectPhrases` with the metrics whose rules hold the phrase found at each place.
    func namedSubjects(_ tokens: [Token], in range: Range<Int>, shortest: Bool = false) -> [(range: Range<Int>, metrics: Set<String>)] {
        var out: [(range: Range<Int>, metrics: Set<String>)] = []
        var t = range.lowerBound
        while t < range.upperBound {
            var best: (end: Int, metrics: Set<String>)?
            for (r, p) in byFirstWord[tokens[t].key] ?? [] {
                guard let e = rules[r].subject[p].end(tokens, from: t, limit: range.upperBound), e > t else { continue }
                if best == nil || (shortest ? e < best!.end : e > best!.end) { best = (e, [rules[r].metric]) }
                else if e == best!.end { best!.metrics.insert(rules[r].metric) }
            }
            if let b = best { out.append((t..<b.end, b.metrics)); t = b.end } else { t += 1 }
        }
        return out
    }

    /// A rule with units wants a figure in one of them; a rule without wants a plain count.
    /// Whether `subject` is only a measure word ("person-times") counting in the unit of `metric`.
    func countsOnly(_ subject: String, like metric: String?) -> Bool {
        guard let metric, let unit = metricUnits[metric] else { return false }
        let squeezed = subject.lowercased().filter { !$0.isWhitespace }
        return counterUnits.contains { $0.counter == squeezed && $0.unit == unit }
    }

    private func unitsFit(_ rule: Rule, _ m: Mention) -> Bool {
        guard let units = rule.units else { return m.unit == nil }
        return m.unit.map(units.contains) ?? false
    }

    static func join(_ tokens: ArraySlice<Token>) -> String {
        var out = ""
        var prevEnd = -1
        for t in tokens {
            if !out.isEmpty, t.start > prevEnd, t.kind != .han { out += " " }
            out += t.text
            prevEnd = t.end
        }
        return out
    }

    /// "30.7 million were issued", "61.2 million.", "7.96 million entered": nothing after the figure
    /// says what it counts, only a copula and a participle, a verb in the past, or the clause's end.
    /// The marks that close a sentence ("[2]" closing one is a note's number, not its end).
    private let sentenceEnds = TokenSet([".", "。", "!", "?", "！", "？"])

    func isBareOfSubject(_ m: Mention, _ tokens: [Token]) -> Bool {
        guard m.end < tokens.count else { return true }
        if SentenceReader.isClauseEnd(tokens[m.end]) { return true }
        // "… was 610 million.": the sentence's closing mark.
        if m.end == tokens.count - 1, tokens[m.end].kind == .punct, sentenceEnds.contains(tokens[m.end]) { return true }
        if tokens[m.end].kind == .word, tokens[m.end].text.hasSuffix("ed"), !stops.contains(tokens[m.end]) { return true }
        return m.end + 1 < tokens.count && copulas.contains(tokens[m.end]) && participles.contains(tokens[m.end + 1])
    }
}
