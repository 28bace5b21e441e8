/// Tells a local figure from a national one. A provincial release (广东边检总站, 全省边检机关,
/// 深圳湾口岸查验…; "the Guangdong Border Inspection General Station", "at Shenzhen Bay Port",
/// "in the province") states the national figures beside its own: only the national ones are the
/// metrics of the national briefing. A named airport, crossing or detachment (机场口岸, 支队, "land
/// crossing"), a province's own body (省边检) and Hong Kong's or Macao's authorities are local too. The grammar's `localMarkers` and `nationalMarkers` decide;
/// a marker inside a `scopeNeutral` phrase (占全国总量的…, "ranks first in the country") says
/// nothing, and a local marker inside a national one (全国各口岸) is national.
/// A class for the same reason as `SentenceReader`: picked per sentence and per figure, never copied.
final class PlaceScope: Sendable {
    let local: [Phrase], national: [Phrase], neutral: [Phrase]
    /// Travellers of one nationality ("russian citizens", "russians"), see `Grammar.Lexicon.nationalityWords`.
    let nationalities: [Phrase]
    /// The first words of `nationalities`: a sentence holding none names no nationality, and the
    /// hundreds of phrases need not be tried.
    let nationalityLeads: TokenSet
    let portNouns: TokenSet, portNonPlaces: TokenSet, portModifiers: TokenSet, hasPortNouns: Bool
    let otherAgencies: [Phrase], ownAgencies: [Phrase]
    /// The last year each predecessor body (by its phrase) kept the administration's statistics.
    let predecessors: [String: Int]
    let agenciesLead: Bool, agencyJoiners: TokenSet, agencyPartners: [Phrase]
    /// "which", "who", "a": the opener of a relative clause or an appositive set off by commas
    /// ("Taiwan's agency, a body also abbreviated NIA, reported …").
    let asideOpeners: TokenSet
    /// "according to": a body cited as the sentence's source.
    let sourceLeads: [Phrase]
    let speakerPronouns: [Phrase]
    /// Chinese: places known by name, the port nouns as phrases (口岸 is two characters), and the
    /// words that may stand between the two (省, 市, 湾).
    let places: [Phrase], portPhrases: [Phrase], placeSuffixes: TokenSet
    /// `places` by the key of their first and of their last character, in their order: a place is
    /// looked for at every clause's start and before every port, and most of the 141 cannot be there.
    let placesByFirst: KeyTable<[Phrase]>, placesByLast: KeyTable<[Phrase]>
    /// 等 closing a list of places before a port noun (深圳罗湖、福田等陆路口岸).
    let placeListEnds: TokenSet
    /// "alone" after a place name; the capitalised words that are no place before it.
    let soleWords: [Phrase], timeNames: TokenSet
    /// Places that, named first in a sentence, are its subject ("Hainan received …"), with their possessives.
    let openingPlaces: [Phrase]
    /// `openingPlaces` by the key of their first word, in their order: every clause's head is tried
    /// for them, and trying all of them there cost more than the rest of the markers.
    let openingPlacesByFirst: KeyTable<[Phrase]>
    /// "In", "along the": what may stand before an opening place.
    let openingPlaceLeads: [Phrase]
    /// "the", "and the": what may stand between a clause's opening mark and its opening place.
    let clausePlaceLeads: [Phrase]
    /// Verbs of going into a place ("entered Hainan"): one of `openingPlaces` right after one is local.
    let placeEntries: [Phrase]
    /// Bodies below the administration that may speak for a whole release (边检总站, 省公安厅).
    let localBodies: [Phrase]
    /// Words that may open a clause before its subject (其中).
    let partLeads: [Phrase]
    /// Verbs of saying that make a later clause's local subject the speaker of the sentence.
    let attributionVerbs: TokenSet
    /// The lists `matches` searches, indexed by their phrases' first words (see `PhraseIndex`).
    private let localIndex: PhraseIndex, nationalIndex: PhraseIndex, neutralIndex: PhraseIndex, nationalityIndex: PhraseIndex
    private let portIndex: PhraseIndex, placeEntryIndex: PhraseIndex, localBodyIndex: PhraseIndex
    private let otherAgencyIndex: PhraseIndex, ownAgencyIndex: PhraseIndex

    init(_ lexicon: Grammar.Lexicon) {
        local = (lexicon.localMarkers ?? []).map(Phrase.init)
        national = (lexicon.nationalMarkers ?? []).map(Phrase.init)
        neutral = (lexicon.scopeNeutral ?? []).map(Phrase.init)
        // Chinese writes the noun against the name (韩国公民): a space there would part them.
        nationalities = ((lexicon.nationalityWords ?? []).flatMap { w in (lexicon.nationalityNouns ?? []).map { w + (w.unicodeScalars.last?.isASCII == false ? "" : " ") + $0 } }
            + (lexicon.nationalityPlurals ?? [])).map(Phrase.init)
        nationalityLeads = TokenSet(nationalities.compactMap(\.parts.first))
        portNouns = TokenSet(lexicon.portNouns ?? []); portNonPlaces = TokenSet(lexicon.portNonPlaces ?? [])
        portModifiers = TokenSet(lexicon.portModifiers ?? [])
        hasPortNouns = !(lexicon.portNouns ?? []).isEmpty
        otherAgencies = (lexicon.otherAgencies ?? []).map(Phrase.init)
        ownAgencies = (lexicon.ownAgencies ?? []).map(Phrase.init)
        predecessors = lexicon.predecessorAgencies ?? [:]
        agenciesLead = lexicon.agenciesLead ?? false
        agencyJoiners = TokenSet(lexicon.agencyJoiners ?? [])
        agencyPartners = (lexicon.agencyPartners ?? []).map(Phrase.init)
        asideOpeners = TokenSet((lexicon.relativeOpeners ?? []) + (lexicon.indefiniteArticles ?? []))
        sourceLeads = (lexicon.sourceLeads ?? []).map(Phrase.init)
        speakerPronouns = (lexicon.speakerPronouns ?? []).map(Phrase.init)
        places = (lexicon.placeNames ?? []).map(Phrase.init)
        portPhrases = places.isEmpty ? [] : (lexicon.portNouns ?? []).map(Phrase.init)
        placesByFirst = KeyTable(Dictionary(grouping: places.filter { !$0.keys.isEmpty }, by: { $0.keys[0] }))
        placesByLast = KeyTable(Dictionary(grouping: places.filter { !$0.keys.isEmpty }, by: { $0.keys[$0.keys.count - 1] }))
        placeSuffixes = TokenSet(lexicon.placeSuffixes ?? [])
        placeListEnds = TokenSet(lexicon.placeListEnds ?? [])
        soleWords = (lexicon.soleWords ?? []).map(Phrase.init)
        openingPlaces = (lexicon.openingPlaces ?? []).flatMap { [Phrase($0), Phrase($0 + "'s"), Phrase($0 + "’s")] }
        openingPlacesByFirst = KeyTable(Dictionary(grouping: openingPlaces.filter { !$0.keys.isEmpty }, by: { $0.keys[0] }))
        openingPlaceLeads = (lexicon.openingPlaceLeads ?? []).map(Phrase.init)
        clausePlaceLeads = (lexicon.clausePlaceLeads ?? []).map(Phrase.init).sorted { $0.parts.count > $1.parts.count }
        placeEntries = (lexicon.placeEntries ?? []).map(Phrase.init)
        localBodies = (lexicon.localBodies ?? []).map(Phrase.init)
        partLeads = (lexicon.partMarkers ?? []).map(Phrase.init)
        attributionVerbs = TokenSet(lexicon.attributionVerbs ?? [])
        let periodWords = (lexicon.subPeriodMarkers + lexicon.partsOfYear.map(\.phrase)).flatMap { Phrase($0).parts }
        timeNames = TokenSet(Array(lexicon.months.keys) + periodWords)
        localIndex = PhraseIndex(local); nationalIndex = PhraseIndex(national); neutralIndex = PhraseIndex(neutral)
        nationalityIndex = PhraseIndex(nationalities); portIndex = PhraseIndex(portPhrases); placeEntryIndex = PhraseIndex(placeEntries)
        localBodyIndex = PhraseIndex(localBodies); otherAgencyIndex = PhraseIndex(otherAgencies); ownAgencyIndex = PhraseIndex(ownAgencies)
    }

    /// At most this many characters of the ports' kind (陆路, 水运) between 等 and the port noun.
    private static let portKindReach = 4
    /// At most this many characters of a list of places before 等.
    private static let placeListReach = 30

    /// 深圳各口岸, 广州白云机场, 深圳湾口岸, 广东省各口岸: a place named right before a port noun, or
    /// with one suffix between; 深圳、珠海等陆路口岸: one of the places listed before 等, a few
    /// characters of the ports' kind between the list and the noun.
    private func placedPorts(_ tokens: [Token], _ mask: KeyMask) -> [(Range<Int>, String)] {
        guard !places.isEmpty else { return [] }
        var out: [(Range<Int>, String)] = []
        for (port, _) in matches(portIndex, tokens, mask) {
            let f = port.lowerBound, end = port.upperBound
            let listEnd = (min(f, max(1, f - 1 - Self.portKindReach))..<f).reversed().prefix { tokens[$0].kind == .han }
                .first { placeListEnds.contains(tokens[$0]) }
            // Any item of the list may be the place (深圳罗湖、文锦渡等口岸): where each item ends.
            var listed: [Int] = listEnd.map { [$0] } ?? []
            if var j = listEnd {
                while j > max(0, listed[0] - Self.placeListReach), tokens[j - 1].kind == .han || tokens[j - 1].is("、") {
                    j -= 1
                    if tokens[j].is("、") { listed.append(j) }
                }
            }
            // A kind of port between the place and the noun (珠海公路口岸, 深圳陆路口岸): up to a few characters.
            let kinds = (1...Self.portKindReach).map { f - $0 }.filter { $0 > 0 && tokens[$0..<f].allSatisfy { $0.kind == .han } }
            for g in [f, f - 1] + listed + kinds where g > 0 && (g == f || listed.contains(g) || kinds.contains(g) || placeSuffixes.contains(tokens[g])) {
                guard let place = placesByLast[tokens[g - 1].key]?.first(where: { $0.endsAt(tokens, g, lowerBound: 0) }) else { continue }
                let start = g - place.parts.count
                out.append((start..<end, tokens[start..<end].map(\.text).joined()))
                break
            }
        }
        return out
    }

    /// "Guangdong ports", "Shanghai port": a capitalised word of the text right before a port noun,
    /// or a capitalised possessive a few words before it ("Shenzhen's land and sea ports").
    private func namedPorts(_ tokens: [Token], _ text: [Unicode.Scalar]?) -> [(Range<Int>, String)] {
        guard hasPortNouns, let text, tokens.count > 1 else { return [] }
        // One pass finds the port nouns; each reading keeps its own list, in the order they were
        // always given.
        var before: [(Range<Int>, String)] = [], after: [(Range<Int>, String)] = [], possessive: [(Range<Int>, String)] = []
        for k in 0..<tokens.count where portNouns.contains(tokens[k]) {
            if k >= 1 {
                // ("Beijing Daxing international airports": the name before the port's modifiers.)
                var j = k - 1
                while j > 0, k - j < 3, portModifiers.contains(tokens[j]), !Self.isCapitalised(tokens[j], text) { j -= 1 }
                let w = tokens[j]
                if Self.isCapitalised(w, text), !portNonPlaces.contains(w) { before.append((j..<(k + 1), tokens[j...k].map(\.text).joined(separator: " "))) }
            }
            // "the land ports of Shenzhen": a capitalised word right after the noun and "of".
            if k + 2 < tokens.count, tokens[k + 1].is("of") {
                let w = tokens[k + 2]
                if Self.isCapitalised(w, text), !portNonPlaces.contains(w) { after.append((k..<(k + 3), tokens[k...(k + 2)].map(\.text).joined(separator: " "))) }
            }
            // "Shenzhen's land and sea ports": a capitalised possessive a few plain words before the noun.
            if k >= 2 {
                var j = k - 1
                while j > max(0, k - 5), tokens[j].kind == .word, !Self.isCapitalised(tokens[j], text),
                      !tokens[j].text.hasSuffix("'s") && !tokens[j].text.hasSuffix("’s") { j -= 1 }
                let w = tokens[j]
                if j < k - 1, Self.isCapitalised(w, text), w.text.hasSuffix("'s") || w.text.hasSuffix("’s"), !portNonPlaces.contains(w) {
                    possessive.append((j..<(k + 1), tokens[j...k].map(\.text).joined(separator: " ")))
                }
            }
        }
        return before + after + possessive
    }

    /// "In Guangxi alone", "… while Shenzhen alone handled …": a capitalised word of the text, not
    /// the sentence's first, right before a sole word, that names no time and is no non-place.
    private func namedAlone(_ tokens: [Token], _ text: [Unicode.Scalar]?) -> [(Range<Int>, String)] {
        guard !soleWords.isEmpty, let text, tokens.count > 2 else { return [] }
        var out: [(Range<Int>, String)] = []
        for k in 2..<tokens.count {
            guard let e = soleWords.lazy.compactMap({ $0.startsAt(tokens, k, limit: tokens.count) }).first else { continue }
            let w = tokens[k - 1]
            guard Self.isCapitalised(w, text), !portNonPlaces.contains(w), !timeNames.contains(w) else { continue }
            out.append(((k - 1)..<e, tokens[(k - 1)..<e].map(\.text).joined(separator: " ")))
        }
        return out
    }

    /// "Hainan received 1.3 million …", "Guangdong's ports …": one of `openingPlaces` opening the
    /// sentence (after any quote or bullet), not the head of a compound ("Guangdong-Hong Kong-Macao").
    private func openingPlace(_ tokens: [Token]) -> [(Range<Int>, String)] {
        guard !openingPlaces.isEmpty, var s = tokens.firstIndex(where: { $0.kind != .punct }) else { return [] }
        // "(d) Hainan received …", "(2) …": a note's or item's mark in brackets before the sentence.
        if s > 0, s + 2 < tokens.count, tokens[s - 1].is("(") || tokens[s - 1].is("（"), tokens[s + 1].is(")") || tokens[s + 1].is("）"),
           tokens[s].text.count <= 2, tokens[s].kind == .number || tokens[s].kind == .word,
           let t = tokens[(s + 2)...].firstIndex(where: { $0.kind != .punct }) { s = t }
        // "3. Guangdong issued …": an outline's item number before the sentence.
        if s + 2 < tokens.count, tokens[s].kind == .number, tokens[s].text.count <= 2, tokens[s].writtenYear == nil,
           tokens[s + 1].is(".") || tokens[s + 1].is(")") { s += 2 }
        // "2025年，海南免签入境外国人…", "In 2025, Hainan received …": the year the sentence opens on.
        var y = s
        if y + 1 < tokens.count, tokens[y].is("in") { y += 1 }
        if y + 1 < tokens.count, tokens[y].writtenYear != nil {
            var e = y + 1
            if e < tokens.count, tokens[e].is("年") { e += 1 }
            if e + 1 < tokens.count, tokens[e].is(",") || tokens[e].is("，") { s = e + 1 }
        }
        // "A: Hainan received …": a speaker's one-word label before the sentence.
        if s + 2 < tokens.count, tokens[s].kind == .word, tokens[s + 1].is(":") || tokens[s + 1].is("："),
           let t = tokens[(s + 2)...].firstIndex(where: { $0.kind != .punct }) { s = t }
        // "In Yunnan border, …", "Along the Yunnan border, …": a lead before the place.
        if let e = openingPlaceLeads.lazy.compactMap({ $0.startsAt(tokens, s, limit: tokens.count) }).first,
           let (p, end) = openingPlaces.lazy.compactMap({ p in p.startsAt(tokens, e, limit: tokens.count).map { (p, $0) } })
               .first(where: { $0.1 < tokens.count && !tokens[$0.1].is("-") }) {
            return [(s..<end, tokens[s..<e].map(\.text).joined(separator: " ") + " " + p.source)]
        }
        for p in openingPlaces {
            guard let e = p.startsAt(tokens, s, limit: tokens.count), e < tokens.count, !tokens[e].is("-") else { continue }
            return [(s..<e, p.source)]
        }
        return []
    }

    /// "Border police in Yunnan kept up …", "Yunnan's border police …": one of `openingPlaces` in the
    /// subject of a sentence (within its first `reach` words, no mark before it), not after an opening
    /// preposition ("In Yunnan, …" sets a scene).
    func subjectPlace(_ tokens: [Token], reach: Int) -> String? {
        for k in 0..<min(tokens.count, reach + 1) {
            if tokens[k].kind == .punct { return nil }
            guard let p = openingPlaces.first(where: { $0.startsAt(tokens, k, limit: tokens.count) != nil }) else { continue }
            return k == 1 ? nil : p.source
        }
        return nil
    }

    /// "Among the provinces, the Guangxi immigration management organs detected 6,183 cases": one
    /// of `openingPlaces` opening a later clause (after a comma or semicolon, one of
    /// `clausePlaceLeads` at most between) is that clause's subject when a word other than a list's
    /// joiner follows it; "…, Yunnan, Guangxi and other places" lists where something happened.
    private func clauseOpeningPlaces(_ tokens: [Token], _ mask: KeyMask) -> [(Range<Int>, String)] {
        guard !clausePlaceLeads.isEmpty else { return [] }   // (a language that lists no leads reads none)
        var out: [(Range<Int>, String)] = []
        // From each clause's head (the words after a comma or semicolon, past a lead), not every word.
        for k in tokens.indices.dropLast() where Self.clauseHeadMarks.contains(tokens[k]) {
            let s = k + 1
            let f = clausePlaceLeads.lazy.compactMap { $0.startsAt(tokens, s, limit: tokens.count) }.first ?? s
            // (Only the places whose first word is there can start there.)
            guard f < tokens.count, let candidates = openingPlacesByFirst[tokens[f].key] else { continue }
            for p in candidates where mask.mayHold(p) {
                guard let e = p.startsAt(tokens, f, limit: tokens.count), e < tokens.count, tokens[e].kind == .word,
                      !Self.listWords.contains(tokens[e]) else { continue }
                out.append((s..<e, tokens[s..<e].map(\.text).joined(separator: " ")))
            }
        }
        return out
    }
    private static let clauseHeadMarks = TokenSet([",", ";", "，", "；"])
    private static let listWords = TokenSet(["and", "or", "&"])

    /// "… foreigners entered Hainan visa-free", "visiting Guangdong": one of `openingPlaces` right
    /// after one of `placeEntries`.
    private func enteredPlaces(_ tokens: [Token], _ mask: KeyMask) -> [(Range<Int>, String)] {
        guard !openingPlaces.isEmpty else { return [] }
        return matches(placeEntryIndex, tokens, mask).compactMap { verb in
            let s = verb.0.upperBound
            guard let e = openingPlaces.lazy.compactMap({ $0.startsAt(tokens, s, limit: tokens.count) }).first,
                  e == tokens.count || !tokens[e].is("-") else { return nil }
            return (verb.0.lowerBound..<e, tokens[verb.0.lowerBound..<e].map(\.text).joined(separator: " "))
        }
    }

    /// 其中广东省全年为…办理…, 上海市一季度查验…: a place named with its suffix (省, 市) at the head of
    /// a clause (after any `partMarkers` word) is the clause's subject, a local figure. A place
    /// named inside a clause (在广东省召开) names where something happened, and says nothing.
    private func openingProvinces(_ tokens: [Token]) -> [(Range<Int>, String)] {
        guard !places.isEmpty else { return [] }
        var out: [(Range<Int>, String)] = []
        for k in tokens.indices where k == 0 || SentenceReader.isClauseEnd(tokens[k - 1]) {
            var s = k
            if let e = partLeads.lazy.compactMap({ $0.startsAt(tokens, s, limit: tokens.count) }).first { s = e }
            guard let e = placeEnd(tokens, at: s), e < tokens.count, placeSuffixes.contains(tokens[e]) else { continue }
            out.append((s..<(e + 1), tokens[s...e].map(\.text).joined()))
        }
        return out
    }

    /// The end of the first of `places` named at `s`.
    private func placeEnd(_ tokens: [Token], at s: Int) -> Int? {
        guard s < tokens.count, let named = placesByFirst[tokens[s].key] else { return nil }
        return named.lazy.compactMap { $0.startsAt(tokens, s, limit: tokens.count) }.first
    }

    /// "云南    缴获毒品    吨    5.12": a table row whose label opens on a province (with its
    /// suffix or not) is that province's row, a local figure.
    func rowPlace(_ tokens: [Token], from start: Int) -> (range: Range<Int>, local: Bool, phrase: String)? {
        guard !places.isEmpty, let s = tokens[start...].firstIndex(where: { $0.kind != .punct }) else { return nil }
        guard var e = placeEnd(tokens, at: s) else { return nil }
        if e < tokens.count, placeSuffixes.contains(tokens[e]) { e += 1 }
        return (s..<e, true, tokens[s..<e].map(\.text).joined())
    }

    /// A word written with a capital in the text (the tokens are lower-cased): a name.
    private static func isCapitalised(_ w: Token, _ text: [Unicode.Scalar]) -> Bool {
        w.kind == .word && w.end > w.start && w.start < text.count && text[w.start].properties.isUppercase
    }

    private func matches(_ index: PhraseIndex, _ tokens: [Token], _ mask: KeyMask) -> [(Range<Int>, String)] {
        index.matches(in: tokens, mask: mask).map { hit in
            let p = index.phrases[hit.phrase], f = hit.start
            return (f..<(p.end(tokens, from: f, limit: tokens.count) ?? f + 1), p.source)
        }
    }

    /// The markers of a sentence in order: `local` true for a local one. Empty when the grammar has none.
    func markers(_ tokens: [Token], mask: KeyMask, text: [Unicode.Scalar]? = nil) -> [(range: Range<Int>, local: Bool, phrase: String)] {
        guard !local.isEmpty else { return [] }
        let placed = placedPorts(tokens, mask)
        let nationalityNamed = tokens.contains(where: nationalityLeads.contains) ? matches(nationalityIndex, tokens, mask) : []
        let locals = matches(localIndex, tokens, mask).filter { !opensWithoutPlace($0.0, tokens) } + nationalityNamed + namedPorts(tokens, text) + namedAlone(tokens, text) + openingPlace(tokens) + clauseOpeningPlaces(tokens, mask) + placed
            + openingProvinces(tokens) + enteredPlaces(tokens, mask)
        if locals.isEmpty { return [] }
        let blocked = matches(neutralIndex, tokens, mask).map(\.0)
        let nationals = nationalMatches(tokens, mask, blocked: blocked, locals: locals, placed: placed).filter { !Self.describesPlace($0.0, tokens, locals) }
        let kept = locals.filter { l in !blocked.contains { $0.overlaps(l.0) } && !nationals.contains { $0.0.overlaps(l.0) } }
        guard !kept.isEmpty else { return [] }
        return (kept.map { ($0.0, true, $0.1) } + nationals.map { ($0.0, false, $0.1) }).sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// "Shanghai's ports, the country's largest gateway for foreign visitors, handled …": a national
    /// marker opening an aside set off by commas right after a subject that opens on a local
    /// place describes that place; it does not make the figure national.
    private static func describesPlace(_ n: Range<Int>, _ tokens: [Token], _ locals: [(Range<Int>, String)]) -> Bool {
        guard n.lowerBound >= 2, tokens[n.lowerBound - 1].is(","),
              let close = tokens[n.upperBound...].firstIndex(where: SentenceReader.isClauseEnd), tokens[close].is(","),
              !tokens[n.upperBound..<close].contains(where: { $0.kind == .number }) else { return false }
        let comma = n.lowerBound - 1
        return locals.contains { l in
            l.0.upperBound <= comma && comma - l.0.upperBound <= 4 && !tokens[l.0.upperBound..<comma].contains(where: { $0.kind != .word && !$0.is("'") })
                && (l.0.lowerBound == 0 || SentenceReader.isClauseEnd(tokens[l.0.lowerBound - 1]))
        }
    }

    /// "口岸查验" as a section's heading or opening its clause ("第一屏　口岸查验", "口岸查验出入境人员…"):
    /// a Chinese marker that opens on a port noun is local by the place written against it (拱北口岸查验);
    /// with no word before it (the clause's start, a mark or a space) it names the ports' work, no place.
    private func opensWithoutPlace(_ marker: Range<Int>, _ tokens: [Token]) -> Bool {
        let k = marker.lowerBound
        guard tokens[k].kind == .han, portPhrases.contains(where: { $0.startsAt(tokens, k, limit: marker.upperBound) != nil }) else { return false }
        return k == 0 || tokens[k - 1].kind != .han || tokens[k - 1].end < tokens[k].start
    }

    /// Whether a marker's phrase names travellers of one nationality rather than a place.
    func isNationality(_ phrase: String) -> Bool { nationalities.contains { $0.source == phrase } }

    /// The local body a release speaks for: the first of `localBodies` that its publisher, title or
    /// opening sentences name before any national marker (广东出入境边防检查总站 召开新闻通气会); nil
    /// when a national marker comes first (国家移民管理局), or none is named.
    func speakingBody(_ lines: [String]) -> String? {
        guard !localBodies.isEmpty else { return nil }
        for line in lines {
            let text = Array(line.unicodeScalars)
            let tokens = Tokenizer.tokenize(text, 0..<text.count), mask = KeyMask(tokens)
            let body = matches(localBodyIndex, tokens, mask).min { $0.0.lowerBound < $1.0.lowerBound }
            let nation = nationals(tokens, mask).min { $0.lowerBound < $1.lowerBound }
            if let body, nation.map({ body.0.lowerBound < $0.lowerBound }) ?? true { return body.1 }
            if nation != nil { return nil }
        }
        return nil
    }

    /// Where a sentence names the whole country (全国移民管理机构, 国家移民管理局), outside a
    /// neutral phrase (占全国总量).
    /// 各口岸 in 全省各口岸 is the province's: no national marker.
    func nationals(_ tokens: [Token], _ mask: KeyMask) -> [Range<Int>] {
        let placed = placedPorts(tokens, mask)
        return nationalMatches(tokens, mask, blocked: matches(neutralIndex, tokens, mask).map(\.0), locals: matches(localIndex, tokens, mask) + placed, placed: placed).map(\.0)
    }

    /// The national markers outside the neutral phrases (`blocked`). A national word inside a named
    /// port (各口岸 in 深圳各口岸) is part of the place's name; one right after a local marker (各口岸
    /// in 全省各口岸) is the local place's.
    private func nationalMatches(_ tokens: [Token], _ mask: KeyMask, blocked: [Range<Int>], locals: [(Range<Int>, String)],
                                 placed: [(Range<Int>, String)]) -> [(Range<Int>, String)] {
        matches(nationalIndex, tokens, mask).filter { n in
            !blocked.contains { $0.overlaps(n.0) } && !placed.contains { $0.0.lowerBound <= n.0.lowerBound && n.0.upperBound <= $0.0.upperBound }
                && !locals.contains { l in l.0.upperBound == n.0.lowerBound && !blocked.contains { $0.overlaps(l.0) } }
        }
    }

    /// The bodies a sentence names in order, `local` true for another body than the immigration
    /// administration ("the Ministry of Public Security has reported that police arrested 39,000
    /// suspects"). Empty when it names no other body, unless `withOwn`. "The Exit-Entry
    /// Administration of the Ministry of Public Security" and 公安部出入境管理局 name the
    /// administration, by its parent.
    func agencies(_ tokens: [Token], mask: KeyMask, withOwn: Bool = false) -> [(range: Range<Int>, local: Bool, phrase: String)] {
        guard !otherAgencies.isEmpty else { return [] }
        let others = matches(otherAgencyIndex, tokens, mask)
        if others.isEmpty && !withOwn { return [] }
        let owns = matches(ownAgencyIndex, tokens, mask)
        let kept = others.filter { o in
            // 公安部出入境管理局: one of the administration's own names right after its parent.
            if owns.contains(where: { $0.0.lowerBound == o.0.upperBound }) { return false }
            // "of the (national) Ministry …" after one of the administration's own names.
            guard let of = (max(0, o.0.lowerBound - 3)..<o.0.lowerBound).last(where: { tokens[$0].is("of") }) else { return true }
            return !owns.contains { $0.0.upperBound <= of && $0.0.upperBound >= of - 3 }
        }
        guard !kept.isEmpty || withOwn else { return [] }
        // ("India's Bureau of Immigration cleared … at its immigration check posts": an own word after
        // "its" is the other body's.)
        let own = owns.filter { o in
            !kept.contains { $0.0.overlaps(o.0) } && !(o.0.lowerBound > 0 && kept.contains { $0.0.upperBound <= o.0.lowerBound }
                && (tokens[o.0.lowerBound - 1].is("its") || tokens[o.0.lowerBound - 1].is("their")))
        }
        return (kept.map { ($0.0, true, $0.1) } + own.map { ($0.0, false, $0.1) }).sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// The other body whose figure `m` is, or nil when it is the administration's. `turn`: the
    /// body of the speaker whose turn the sentence is in (a transcript's "公安部刑事侦查局负责人 赵立新："),
    /// for a sentence that names none. In English the body nearest the figure rules it; with
    /// `agenciesLead` (Chinese) the body opening the figure's segment, joined bodies together.
    func otherBody(of m: Mention, _ tokens: [Token], _ bodies: [(range: Range<Int>, local: Bool, phrase: String)], turn: String?) -> String? {
        guard agenciesLead else {
            // "major cases listed by the Ministry of Public Security": a body that lists or oversees the
            // figure's cases is no owner of the figure.
            let owners = bodies.filter { b in !agencyPartners.contains { $0.endsAt(tokens, b.range.lowerBound, lowerBound: 0) } && !inRelativeAside(b.range, tokens, before: m.first) }
            if let body = Self.localMarker(of: m, tokens, owners) { return body }
            if bodies.contains(where: { !$0.local }) { return nil }
            // "…, with 12,400 trains, according to China State Railway Group": the body the sentence
            // cites as its source, past the figure's clause.
            if let cited = owners.first(where: { b in b.local && sourceLeads.contains { $0.endsAt(tokens, b.range.lowerBound, lowerBound: 0) } }) { return cited.phrase }
            return turn
        }
        // 海关总署 holds 海关: the longer name only. 联合海关等部门…: a partner is no subject.
        let before = bodies.filter { b in b.range.upperBound <= m.first && !bodies.contains { $0.range != b.range && $0.range.contains(b.range.lowerBound) && $0.range.upperBound >= b.range.upperBound && $0.range.count > b.range.count }
            && !agencyPartners.contains { $0.endsAt(tokens, b.range.lowerBound, lowerBound: 0) } }
        guard !before.isEmpty else { return turn }
        let segment = tokens[..<m.first].lastIndex(where: SentenceReader.isSegmentEnd).map { $0 + 1 } ?? 0
        let inSegment = before.filter { $0.range.lowerBound >= segment }
        let pool = inSegment.isEmpty ? before : inSegment
        var i = 0
        // 公安部、国家移民管理局挂牌督办…: a figure of bodies together is the administration's too.
        while pool[i].local, i + 1 < pool.count, pool[i + 1].range.lowerBound == pool[i].range.upperBound + 1,
              agencyJoiners.contains(tokens[pool[i].range.upperBound]) { i += 1 }
        return pool[i].local ? pool[0].phrase : nil
    }

    /// "The NIA, which took over border inspection from the Ministry of Public Security in 2018, said its
    /// officers inspected …": a body named inside a relative clause set off by commas, closed before
    /// the figure, describes the subject's history; it owns none of the figure.
    private func inRelativeAside(_ body: Range<Int>, _ tokens: [Token], before figure: Int) -> Bool {
        guard let open = tokens[..<body.lowerBound].lastIndex(where: { $0.is(",") }), open + 1 < body.lowerBound,
              asideOpeners.contains(tokens[open + 1]),
              !tokens[(open + 1)..<body.lowerBound].contains(where: SentenceReader.isClauseEnd) else { return false }
        return tokens[body.upperBound..<max(body.upperBound, figure)].contains { $0.is(",") }
    }

    /// Whether the tokens from `start` open on a pronoun speaker (`speakerPronouns`: 他表示，…), or
    /// close on one after a comma ("…, it added."): the speaker of the sentence before goes on.
    func continuesSpeaker(_ tokens: [Token], from start: Int) -> Bool {
        if speakerPronouns.contains(where: { $0.startsAt(tokens, start, limit: tokens.count) != nil }) { return true }
        var end = tokens.count
        while end > start, tokens[end - 1].kind == .punct, !tokens[end - 1].is(",") { end -= 1 }
        return speakerPronouns.contains { p in
            let from = end - p.parts.count
            return from > start && tokens[from - 1].is(",") && p.endsAt(tokens, end, lowerBound: from)
        }
    }

    /// The other body that opens a sentence as its speaker's (公安部刑事侦查局副局长李正华介绍，…): the
    /// first body the sentence names, before its first figure, when it is another than the administration.
    func openingBody(_ bodies: [(range: Range<Int>, local: Bool, phrase: String)], firstFigure: Int) -> String? {
        guard let first = bodies.first, first.local, first.range.upperBound <= firstFigure else { return nil }
        return first.phrase
    }

    /// 据公安部统计，2017年全国出入境人员…: `body` kept the administration's statistics in `year`, before
    /// the administration was founded; its figure is the administration's.
    func isPredecessor(_ body: String, in year: Int) -> Bool {
        predecessors[body].map { year <= $0 } ?? false
    }

    /// A speaker's label opening a paragraph ("海关总署口岸监管司司长 孙明：", "高晓岚：…"): the other
    /// body it names, nil for the administration's own people or a label naming no body.
    func speakerBody(_ tokens: [Token]) -> String? {
        let bodies = agencies(tokens, mask: KeyMask(tokens), withOwn: true)
        guard let first = bodies.first else { return nil }
        return first.local ? first.phrase : nil
    }

    /// The label before a colon at the head of a paragraph: a name or role, no figure or clause.
    /// Marks that end a sentence or clause: no speaker's label holds one.
    private static let labelStops: Set<UInt32> = Set("，,。.；;！？!?".unicodeScalars.map(\.value))

    static func speakerLabel(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound
        while k < min(range.upperBound, range.lowerBound + 40) {
            let c = text[k]
            if c == ":" || c == "：" { return k > range.lowerBound ? range.lowerBound..<k : nil }
            if Self.labelStops.contains(c.value) || (c.value >= 48 && c.value <= 57) || (c.value >= 0xFF10 && c.value <= 0xFF19)
                || (c.value > 127 && c.properties.numericType != nil) { return longLabelLine(text, range) }
            k += 1
        }
        return longLabelLine(text, range)
    }

    /// "Sun Yu, deputy director-general of the Department of Market Management, MCT:": a name with
    /// its title and body, commas and all, alone on its line before the colon that ends it.
    private static func longLabelLine(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        var e = range.upperBound
        while e > range.lowerBound, text[e - 1].properties.isWhitespace { e -= 1 }
        guard e - range.lowerBound <= longLabelLength, e > range.lowerBound + 1, text[e - 1] == ":" || text[e - 1] == "：" else { return nil }
        let label = range.lowerBound..<(e - 1)
        guard !text[label].contains(where: { c in
            c == ":" || c == "：" || (c != "," && c != "，" && labelStops.contains(c.value)) || c.properties.numericType != nil
        }) else { return nil }
        return label
    }

    /// The longest label line: a name, a title and a body.
    static let longLabelLength = 120

    /// "the Yunnan stations alone seized 9.1 tons, and they also seized 1,840 guns": a local marker
    /// followed by a sole word names the subject of its clause only; it does not reach a figure
    /// past a comma that opens a new clause (`opensClause`).
    func reaches(_ marker: (range: Range<Int>, local: Bool, phrase: String), _ m: Mention, _ tokens: [Token], opensClause: (Int) -> Bool) -> Bool {
        let end = marker.range.upperBound
        // "…9.6吨，其中云南边检总站缴获毒品6.1吨；缴获各类枪支…": a place singled out by 其中 is an
        // aside of its own part of the sentence; past a semicolon the figures are the whole's again.
        if marker.local, end <= m.first, tokens[end..<m.first].contains(where: SentenceReader.isSegmentEnd) {
            var s = marker.range.lowerBound
            while s > 0, !SentenceReader.isClauseEnd(tokens[s - 1]) { s -= 1 }
            if partLeads.contains(where: { $0.startsAt(tokens, s, limit: marker.range.lowerBound + 1) != nil }) { return false }
        }
        guard marker.local, end <= m.first,
              soleWords.contains(where: { $0.endsAt(tokens, end, lowerBound: marker.range.lowerBound) || $0.startsAt(tokens, end, limit: tokens.count) != nil })
        else { return true }
        return !(end..<m.first).contains(where: opensClause)
    }

    /// "285 million trips in 2025, the Guangdong General Station … said": a local marker that is
    /// the subject of a later clause saying the sentence (one of `attributionVerbs` after it in
    /// its clause, no figure between the clause's start and the marker, no marker between the
    /// figure and it) speaks for the figure before it.
    func attributedMarker(of m: Mention, _ tokens: [Token], _ markers: [(range: Range<Int>, local: Bool, phrase: String)]) -> String? {
        guard let next = markers.first(where: { $0.range.lowerBound >= m.end }), next.local else { return nil }
        var s = next.range.lowerBound
        while s > m.end, !SentenceReader.isClauseEnd(tokens[s - 1]) { s -= 1 }
        guard s > m.end, !tokens[s..<next.range.lowerBound].contains(where: { $0.kind == .number }) else { return nil }
        var e = next.range.upperBound
        while e < tokens.count, !SentenceReader.isClauseEnd(tokens[e]) { e += 1 }
        return tokens[next.range.upperBound..<e].contains(where: { attributionVerbs.contains($0) }) ? next.phrase : nil
    }

    /// The local marker that rules a figure: the first marker after it in its clause, else the
    /// nearest before it in the sentence; nil when that marker is national or there is none.
    static func localMarker(of m: Mention, _ tokens: [Token], _ markers: [(range: Range<Int>, local: Bool, phrase: String)]) -> String? {
        guard !markers.isEmpty else { return nil }
        var e = m.end
        while e < tokens.count, !SentenceReader.isClauseEnd(tokens[e]) { e += 1 }
        let ruling = markers.first { $0.range.lowerBound >= m.end && $0.range.lowerBound < e }
            ?? markers.last { $0.range.upperBound <= m.first }
        return ruling.flatMap { $0.local ? $0.phrase : nil }
    }
}
