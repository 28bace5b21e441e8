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
    /// The catalog's checks within one release.
    private let checks: DocumentChecks
    /// The words of tables' unit lines and change columns.
    private let tableWords: TableWords
    /// Local, national and agency markers per language (the same for every document).
    private let places: [PlaceScope]
    /// Per language, the words before a part of a figure named earlier in its sentence (其中).
    private let partMarkers: [[Phrase]]
    /// Per language, the words that refer to the previous sentence's figure (这一数字).
    private let figureReferences: [[Phrase]]
    private let figureListReferences: [[Phrase]]
    private let partVerbs: [[Phrase]]
    /// Per language, the words before a figure that restates a whole as the frame of its parts ("Of the 9.2 million, …").
    private let wholeReferenceLeads: [[Phrase]]
    private let subjectPronouns: [TokenSet]
    private let possessivePronouns: [TokenSet]
    /// Per language, the words that refer back to the kind the previous sentence names (此类案件).
    private let kindReferences: [[Phrase]]
    private let reviewHeadingWords: [[Phrase]]
    /// "分季度看", "by quarter": leads of a sentence that breaks the one before down (`inheritInBreakdown`).
    private let breakdownLeads: [[Phrase]]
    /// Per language slot, the words that refer back to a part of the year ("the quarter": a quarter).
    private let partAnaphors: [[(phrase: Phrase, kind: Period.Kind)]]
    /// Per language slot, the bracketed notes that give a table's scale, longest first.
    private let tableScaleNotes: [[(phrase: String, scale: Decimal)]]
    /// Per language, the verbs a clause opening with its own part of the year may put before its figure (达到).
    private let periodClauseVerbs: [Set<String>]
    /// Per language, the words that may stand between a comma and the year of the clause it opens (而).
    private let yearClauseJoiners: [TokenSet]
    /// Per language, the words after a year with 年 that make it open a stretch or a comparison, not a clause (以来, 同期).
    private let yearClauseStops: [TokenSet]
    /// Per language, the marks that open an earlier period's figure, the base of a change (较一季度的).
    private let periodBaseMarks: [TokenSet]
    /// Per language, the words that restate the previous sentence's rounded figure exactly ("the precise count was").
    private let restatements: [[Phrase]]
    /// Per language slot, the words that refer back to a total stated earlier ("the quarterly total was").
    private let totalReferences: [[Phrase]]
    /// Per language, words of a speaker's label that make the turn a reporter's question (grammar
    /// `askerLabels`), and the titles that open a name in a list of speakers (`honorifics`).
    private let askerLabels: [[Phrase]], honorifics: [TokenSet]
    /// The labels of a line that links to another story ("read more", 相关阅读), lowercased, longest first.
    private let linkLabels: [String]
    private let linkLabelSet: Set<String>
    /// The first letters of the link labels, lower case: a line that starts otherwise is no link
    /// line, and no string is built to check it.
    private let linkInitials: Set<Unicode.Scalar>
    /// Per language (English, Chinese), the sentence reader and the words of periods: compiling
    /// their phrases for every document had cost more than reading a short release.
    private let sentenceReaders: [SentenceReader]
    private let periodWords: [PeriodWords]
    /// Per language, the words that correct a figure and the negation before the figure they retract.
    private let corrections: [(markers: [Phrase], negations: [Phrase], contrasts: [Phrase], priors: [Phrase])]
    private let retractions: [[Phrase]]
    /// Words giving a figure as first published, before its revision (grammar `supersededMarkers`).
    private let supersededMarkers: [[Phrase]]
    private let previousTotalOpeners: [[Phrase]]
    private let captionLeads: [[Phrase]]

    public init(catalog: Catalog, grammar: Grammar) {
        self.catalog = catalog
        self.grammar = grammar
        var m: [Language: MetricMatcher] = [:]
        for l in Language.allCases { m[l] = MetricMatcher(catalog: catalog, grammar: grammar, language: l) }
        matchers = m
        sentenceReaders = Language.allCases.map { SentenceReader(language: $0, grammar: grammar, matcher: m[$0]!) }
        periodWords = Language.allCases.map { PeriodWords(grammar.lexicon($0)) }
        units = catalog.unitsByMetric
        checks = DocumentChecks(catalog: catalog)
        tableWords = TableWords(grammar: grammar)
        places = Language.allCases.map { PlaceScope(grammar.lexicon($0)) }
        partMarkers = Language.allCases.map { (grammar.lexicon($0).partMarkers ?? []).map(Phrase.init) }
        figureReferences = Language.allCases.map { (grammar.lexicon($0).figureReferences ?? []).map(Phrase.init) }
        figureListReferences = Language.allCases.map { (grammar.lexicon($0).figureListReferences ?? []).map(Phrase.init) }
        partVerbs = Language.allCases.map { (grammar.lexicon($0).partVerbs ?? []).map(Phrase.init) }
        wholeReferenceLeads = Language.allCases.map { (grammar.lexicon($0).wholeReferenceLeads ?? []).map(Phrase.init) }
        subjectPronouns = Language.allCases.map { TokenSet(grammar.lexicon($0).subjectPronouns ?? []) }
        possessivePronouns = Language.allCases.map { TokenSet(grammar.lexicon($0).possessivePronouns ?? []) }
        kindReferences = Language.allCases.map { (grammar.lexicon($0).kindReferences ?? []).map(Phrase.init) }
        reviewHeadingWords = Language.allCases.map { (grammar.lexicon($0).reviewHeadingWords ?? []).map(Phrase.init) }
        breakdownLeads = Language.allCases.map { (grammar.lexicon($0).breakdownLeads ?? []).map(Phrase.init) }
        partAnaphors = Language.allCases.map { l in
            (grammar.lexicon(l).partAnaphors ?? [:]).compactMap { (phrase, part) -> (phrase: Phrase, kind: Period.Kind)? in
                switch part { case "quarter": return (Phrase(phrase), .quarter(1)); case "half": return (Phrase(phrase), .half(1)); default: return nil }
            }
        }
        tableScaleNotes = Language.allCases.map { l in
            (grammar.lexicon(l).tableScaleNotes ?? [:]).map { ($0.key.lowercased(), Decimal($0.value)) }.sorted { $0.phrase.count > $1.phrase.count }
        }
        periodClauseVerbs = Language.allCases.map { Set(grammar.lexicon($0).periodClauseVerbs ?? []) }
        yearClauseJoiners = Language.allCases.map { TokenSet(grammar.lexicon($0).yearClauseJoiners ?? []) }
        yearClauseStops = Language.allCases.map { TokenSet(grammar.lexicon($0).yearClauseStops ?? []) }
        periodBaseMarks = Language.allCases.map { TokenSet(grammar.lexicon($0).periodBaseMarks ?? []) }
        restatements = Language.allCases.map { (grammar.lexicon($0).restatements ?? []).map(Phrase.init) }
        totalReferences = Language.allCases.map { (grammar.lexicon($0).totalReferences ?? []).map(Phrase.init) }
        corrections = Language.allCases.map { l in
            ((grammar.lexicon(l).correctionMarkers ?? []).map(Phrase.init), (grammar.lexicon(l).correctionNegations ?? []).map(Phrase.init),
             (grammar.lexicon(l).correctionContrasts ?? []).map(Phrase.init), (grammar.lexicon(l).correctionPriors ?? []).map(Phrase.init))
        }
        retractions = Language.allCases.map { (grammar.lexicon($0).retractionMarkers ?? []).map(Phrase.init) }
        supersededMarkers = Language.allCases.map { (grammar.lexicon($0).supersededMarkers ?? []).map(Phrase.init) }
        previousTotalOpeners = Language.allCases.map { (grammar.lexicon($0).previousTotalOpeners ?? []).map(Phrase.init) }
        captionLeads = Language.allCases.map { (grammar.lexicon($0).captionLeads ?? []).map(Phrase.init) }
        askerLabels = Language.allCases.map { (grammar.lexicon($0).askerLabels ?? []).map(Phrase.init) }
        honorifics = Language.allCases.map { TokenSet(grammar.lexicon($0).honorifics ?? []) }
        linkLabels = Language.allCases.flatMap { (grammar.lexicon($0).linkLabels ?? []).map { $0.lowercased() } }.sorted { $0.count > $1.count }
        linkInitials = Set(linkLabels.compactMap(\.unicodeScalars.first))
        linkLabelSet = Set(linkLabels)
        // (Month names too, but "may": a sentence naming a month without figures may open a campaign's
        // window for the next ones, "Since the campaign was launched in March, …".)
        numberWords = NumberPrecheck(grammar.languages.values.flatMap { Array($0.numberWords.keys) + Array($0.numberWordsWithScaleOnly.keys)
            + $0.months.keys.filter { $0 != "may" } })
    }

    /// Loads the catalog and grammar from the pipeline folder (`metrics.json`, `grammar.json`).
    public init(pipeline: URL) throws {
        self.init(catalog: try Catalog.load(from: pipeline.appendingPathComponent("metrics.json")),
                  grammar: try Grammar.load(from: pipeline.appendingPathComponent("grammar.json")))
    }

    /// Reads a release sentence by sentence, each in passes: where it stands (a new paragraph, a
    /// note, a link), its tokens (a table row's with its heading), its period, its figures and their
    /// facts, then what it does to the facts before it (changes, a correction, a lead's change) and
    /// what it leaves for the sentences after it.
    public func extract(_ document: SourceDocument) -> DocumentFacts {
        var r = startReading(document)
        for index in document.sentences.indices {
            var c = nextSentence(index, &r)
            if c.sentence.paragraph != r.paragraph { enterParagraph(c, &r) }
            if r.readCaption == index { continue }
            if r.linkParagraph { continue }
            readNoteAfterItsMarker(&c, &r)
            noteNationalParagraph(c, &r)
            noteTableScale(c, &r)
            // A paragraph ending with a colon heads the rows after it: its last sentence and the one
            // before ("… inspected 650.9 million people. The breakdown is as follows:").
            defer { introduceRows(c, &r) }
            guard let read = figureTokens(c, &r) else {
                if let before = c.before, Self.isQuestion(r.text, c.range) { r.previous = before; r.bridgingQuestion = index }
                continue
            }
            // (A question's words still say what the answer's figures are: "How many … since 2018?")
            if r.askerTurn && r.asksQuestion { continue }
            var s = tokensWithHeading(read.tokens, read.mentions, c, &r)
            sentencePeriod(&s, c, &r)
            readFigures(&s, c, r)
            if r.turnBody != nil, s.bodies.contains(where: { !$0.local }) { r.paragraphCitesOwn = true }
            rereadWithTopic(&s, c, r)
            rereadAsPartsOfPreviousTotal(&s, c, r)
            rereadWithPreviousMetrics(&s, c, r)
            readAsBaseOfPreviousCount(&s, c, r)
            readAsSiblingPart(&s, c, r)
            readAsCorrespondingFigures(&s, c, r)
            readWithPronounResolved(&s, c, r)
            readPossessiveInSentence(&s, c)
            readAsOtherPeriodOfSameCount(&s, c)
            readAsEarlierYearOfSameCount(&s, c)
            readAsBaseOfSameCount(&s, c)
            readAsSharedNoun(&s, c)
            readAsWholeOfItsParts(&s, c)
            s.first = r.facts.count
            addFacts(s, c, &r)
            notePlaceOfParagraph(s, c, &r)
            bindChangesToPrevious(s, c, &r)
            applyCorrection(s, c, &r)
            applyLeadChange(s, c, &r)
            noteLeadChange(s, c, &r)
            rememberNoteMarkers(s, c, &r)
            closeSentence(s, c, &r)
        }
        var checked = Self.deduplicated(r.facts)
        checks.apply(&checked)
        return DocumentFacts(document: document.id, contentHash: document.contentHash, metadata: document.metadata,
                             facts: checked, warnings: r.facts.isEmpty ? ["no figures found"] : [])
    }

    /// "people_mainland: 3.30亿人次", "guns: 1800余支": a line opened by a data sheet's field name, in
    /// lower-case ASCII letters, digits and underscores, and a colon: the range after the colon.
    /// Any other sentence: its whole range.
    static func fieldValue(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var i = range.lowerBound
        while i < range.upperBound, text[i] == " " || text[i] == "-" { i += 1 }
        let start = i
        var letters = 0
        while i < range.upperBound, ("a"..."z").contains(text[i]) || ("0"..."9").contains(text[i]) || text[i] == "_" {
            if ("a"..."z").contains(text[i]) { letters += 1 }
            i += 1
        }
        guard letters > 0, i > start, i < range.upperBound, text[i] == ":" || text[i] == "：" else { return range }
        return (i + 1)..<range.upperBound
    }

    // MARK: The passes over a sentence, in the order `extract` runs them

    /// The reading of a new document: its text, the speaking body a provincial station's release
    /// names, one reader per language and an empty table.
    private func startReading(_ document: SourceDocument) -> DocumentReading {
        let text = document.text.scalarArray
        let meta = document.metadata
        // A provincial station's release: its figures are its own unless their paragraph names the nation.
        let speaker = places[meta.language == .en ? 0 : 1].speakingBody([meta.publisher, meta.title].compactMap { $0 }
            + document.sentences.prefix(2).flatMap { [$0.speaker, Tokenizer.string(text, $0.range.start, $0.range.end)].compactMap { $0 } })
        // One reader per language: a sentence's own script decides which reads it.
        let readers = Language.allCases.map { l in
            (reader: sentenceReaders[l == .en ? 0 : 1], scope: PeriodScope(periodWords[l == .en ? 0 : 1], document: meta.period, released: meta.released))
        }
        var r = DocumentReading(document: document, text: text, readers: readers, speaker: speaker, table: TableHeading(words: tableWords))
        // Tokenising a whole release to find out costs: only one with no decimal point and two
        // decimal commas ("336,7") in its text can write its decimals with commas.
        if meta.language == .en, NumberReader.mayWriteDecimalCommas(text) {
            r.decimalCommas = sentenceReaders[0].numbers.writesDecimalCommas(Tokenizer.tokenize(text, 0..<text.count))
        }
        return r
    }

    /// Takes what the previous sentence left for this one (its figures, a lead's change), lets the
    /// table read the text skipped since, and says where the sentence stands and who reads it.
    private func nextSentence(_ index: Int, _ r: inout DocumentReading) -> SentenceContext {
        let sentences = r.document.sentences
        let sentence = sentences[index]
        let before = r.previous
        r.previous = nil
        let lead = r.leadChange
        r.leadChange = nil
        if before == nil { r.rowsStart = nil }
        let range = sentence.range.start..<sentence.range.end
        r.table.skipped(r.text, from: r.previousEnd, to: range.lowerBound)
        // A new slide or page ("[Slide 6]") ends the section the last one's heading opened.
        if r.table.pageBreak { r.sectionPeriod = nil }
        r.previousEnd = range.upperBound
        let opensParagraph = index == 0 || sentences[index - 1].paragraph != sentence.paragraph
        let wholeLine = opensParagraph && (index + 1 == sentences.count || sentences[index + 1].paragraph != sentence.paragraph)
        // A sentence's own script decides how it is read: an English release may quote Chinese.
        // A data sheet's field ("people_mainland: 3.30亿人次") is read in the language of its value.
        let language = r.table.rowLanguage(r.text, range) ?? Language.dominant(in: r.text[Self.fieldValue(r.text, range)]) ?? r.document.metadata.language
        let slot = language == .en ? 0 : 1   // the index of the per-language tables
        let (reader, scope) = r.readers[slot]
        return SentenceContext(index: index, sentence: sentence, range: range, opensParagraph: opensParagraph, wholeLine: wholeLine,
                               language: language, slot: slot, reader: reader, scope: scope, before: before, lead: lead, noteMetric: nil)
    }

    /// A new paragraph: the periods carried from the last one end, and its first line says what
    /// kind of paragraph it is (a link to another story, a note, a speaker's turn).
    private func enterParagraph(_ c: SentenceContext, _ r: inout DocumentReading) {
        let text = r.text, range = c.range
        r.lastParagraphPeriod = r.previousPeriod
        for (_, s) in r.readers { s.paragraphYear = nil }
        r.carried = nil; r.paragraph = c.sentence.paragraph; r.previousPeriod = nil; r.paragraphHasOwnPeriod = false; r.asideWindow = false
        r.paragraphNamed = nil; r.paragraphCumulative = nil; r.paragraphOpensSince = false
        if let asked = r.askedSince { r.paragraphCumulative = .some(asked); r.paragraphOpensSince = true; r.askedSince = nil }
        // A heading line of a provincial station's release ("一、全国移民管理工作总体情况", "二、全省工作情况")
        // opens a section: one naming the nation makes the paragraphs under it national.
        if r.speaker != nil, isHeadingLine(c, r) {
            let t = Tokenizer.tokenize(r.text, c.range)
            r.sectionNational = !places[c.slot].nationals(t, KeyMask(t)).isEmpty
        }
        r.paragraphNational = r.sectionNational
        r.paragraphFirstFact = r.facts.count; r.paragraphPlace = nil; r.paragraphCitesOwn = false
        // "Related Stories" alone on its line heads a list of other stories' headlines.
        // Only a short line can be that label.
        let mayLink = startsLikeLink(text, range)
        let label = range.count > 40 || !mayLink ? "" : ScalarWriter.string(text, range).lowercased()
            .trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":：")))
        let bullet = text[range].first(where: { !$0.properties.isWhitespace }).map { ListBullets.signs.contains($0) } ?? false
        if let w = r.listWindow { if bullet { r.carried = w } else { r.listWindow = nil } }
        // Ingest may read that line as the "speaker" of the lines after it.
        let underLink = c.sentence.speaker.map { linkLabelSet.contains($0.lowercased()) } == true
        r.linkList = linkLabelSet.contains(label) || ((r.linkList || underLink) && bullet)
        r.linkParagraph = r.linkList || (mayLink && isLink(text, range))
        r.noteKey = Self.noteMarker(text, range)
        r.footnote = r.noteKey != nil
        // A turn ingest read the speaker of ("【公安部禁毒局副局长 魏晓军】" on its own line) is that
        // speaker's body's, until the next speaker. A label shortened after its first use
        // ("【主持人】" after "【主持人 公安部新闻发言人 郭林】") keeps the body the full one named.
        if let speaker = c.sentence.speaker, speaker != r.turnSpeaker {
            r.turnSpeaker = speaker
            let name = Array(speaker.unicodeScalars), words = speaker.split(whereSeparator: Self.isSpeakerSeparator)
            let nameTokens = Tokenizer.tokenize(name, 0..<name.count)
            // A heading ingest took for a speaker's name ("Fourth quarter", 上半年情况) opens a section of
            // the period it names, as a heading line does (see `noFigures`); any other ends the last one.
            r.openSection(naming: c.scope.period(of: nameTokens, mentions: [], carried: nil, mask: KeyMask(nameTokens)).0, in: c.scope.document,
                          writesDates: nameTokens.contains { $0.kind == .number })
            if let body = places[c.slot].speakerBody(nameTokens) {
                r.turnBody = body
                if words.count > 1 { for w in words { r.speakerBodies[w] = body } }
            } else {
                r.turnBody = words.count == 1 ? r.speakerBodies[words[0]] : rosterBody(nameTokens, r)
            }
        }
        // A label line of its own ("海关总署口岸监管司司长 孙明：") opens a speaker's turn; a
        // label with text after it ("高晓岚：下面请…") closes the last one.
        // A reporter's label ("Reuters:", "China Daily:", 记者：) opens a question: the figures its
        // paragraphs that ask something quote are no statement of the release, until the next label
        // (to the paragraph's end when text follows it).
        // "Peng Yaru:" is the body the list of speakers gave that name.
        if let label = PlaceScope.speakerLabel(text, range) {
            let alone = text[(label.upperBound + 1)..<range.upperBound].allSatisfy(\.properties.isWhitespace)
            let labelTokens = Tokenizer.tokenize(text, label)
            r.turnBody = alone ? places[c.slot].speakerBody(labelTokens) ?? rosterBody(labelTokens, r) : nil
            r.askerTurn = names(askerLabels[c.slot], labelTokens)
            r.askerParagraphOnly = !alone
        } else if r.askerParagraphOnly {
            r.askerTurn = false; r.askerParagraphOnly = false
        }
        noteRosterEntry(c, &r)
        // (A TV reporter's report, 记者：…, asks nothing: only a paragraph holding a question is one.)
        if r.askerTurn {
            let sentences = r.document.sentences
            var last = c.index
            while last + 1 < sentences.count, sentences[last + 1].paragraph == c.sentence.paragraph { last += 1 }
            r.asksQuestion = r.text[range.lowerBound..<sentences[last].range.end].contains { $0 == "?" || $0 == "？" }
        }
    }

    /// "And the third quarter on its own?" / "The third quarter alone was 186.4 million.": a
    /// sentence opening the turn right after a question without figures answers it; the question
    /// states its topic, and the figures before the question stay the previous sentence's.
    private func answersQuestion(_ c: SentenceContext, _ r: DocumentReading) -> Bool {
        c.opensParagraph && r.bridgingQuestion == c.index - 1
    }

    /// A sentence ending on a question mark: one asking for a total since the founding opens the
    /// answer's paragraph on that total (`DocumentReading.askedSince`).
    private static func isQuestion(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        text[range].last.map { $0 == "？" || $0 == "?" } ?? false
    }

    /// A short line that is its paragraph's only sentence and ends on no sentence mark or colon:
    /// a heading.
    private func isHeadingLine(_ c: SentenceContext, _ r: DocumentReading) -> Bool {
        let sentences = r.document.sentences
        guard c.range.count <= Self.headingLength, c.index + 1 == sentences.count || sentences[c.index + 1].paragraph != c.sentence.paragraph,
              let last = r.text[c.range].last(where: { !$0.properties.isWhitespace }) else { return false }
        return !"。.!！?？:：;；".unicodeScalars.contains(last)
    }
    private static let headingLength = 30
    /// "Ms. Peng Yaru, deputy director-general of the Anti-Smuggling Bureau, General Administration
    /// of Customs", "Speakers: Liu Haitao, …; Xu Guanghan, deputy director of …, Ministry of Public
    /// Security": an entry of a list of speakers, a name (after a title, if any) and a comma, then a
    /// role in another body. The name's words are that body's speaker (see `rosterBody`).
    private func noteRosterEntry(_ c: SentenceContext, _ r: inout DocumentReading) {
        guard c.wholeLine, c.range.count <= 400, let first = r.text[c.range].first, first.properties.isUppercase || first.value > 0x2E80 else { return }
        // (Cheap tests before tokenising: a list's label's colon early on, or a name of letters and a
        // comma within the first words.)
        let head = r.text[c.range].prefix(40)
        guard head.prefix(24).contains(where: { $0 == ":" || $0 == "：" }) && r.text[c.range].contains(where: { $0 == "," || $0 == "，" })
                || head.firstIndex(where: { $0 == "," || $0 == "，" }).map({ comma in
                    head[..<comma].allSatisfy { $0.isASCII && $0.properties.isAlphabetic || $0 == " " || $0 == "." } }) == true else { return }
        let tokens = Tokenizer.tokenize(r.text, c.range)
        var start = 0
        // ("Speakers:": a label before the first entry.)
        if let colon = tokens.prefix(4).firstIndex(where: { $0.is(":") || $0.is("：") }) { start = colon + 1 }
        while start < tokens.count {
            let end = tokens[start...].firstIndex(where: { $0.is(";") || $0.is("；") }) ?? tokens.count
            var k = start
            while k < end, honorifics[c.slot].contains(tokens[k]) || tokens[k].is(".") { k += 1 }
            if let comma = tokens[k..<end].firstIndex(where: { $0.is(",") || $0.is("，") }), comma > k, comma - k <= 4,
               tokens[k..<comma].allSatisfy({ $0.kind == .han || ($0.kind == .word && r.text[$0.start].properties.isUppercase) }),
               let body = places[c.slot].speakerBody(Array(tokens[comma..<end])) {
                for t in tokens[k..<comma] { r.speakerBodies[Substring(t.text)] = body }
            }
            start = end + 1
        }
    }

    /// Whether one of `phrases` stands in `tokens`.
    private func names(_ phrases: [Phrase], _ tokens: [Token]) -> Bool {
        phrases.contains { $0.firstMatch(in: tokens, 0..<tokens.count) != nil }
    }

    /// The body a list of speakers gave every word of a label's name ("Peng Yaru"), or nil.
    private func rosterBody(_ label: [Token], _ r: DocumentReading) -> String? {
        let bodies = Set(label.map { r.speakerBodies[Substring($0.text)] })
        guard bodies.count == 1, let body = bodies.first else { return nil }
        return body
    }

    /// What parts a speaker label's words. A set: searching a string's characters for each of the
    /// label's cost more than the rest of a paragraph's opening.
    private static let speakerSeparators: Set<Character> = [" ", "【", "】", "[", "]", ":", "："]
    /// `speakerSeparators` as scalars. A character is one of them exactly when it is one of these
    /// scalars alone (none has another form), and testing that costs no hashing of the character.
    private static let speakerSeparatorScalars: [UInt32] = speakerSeparators.flatMap(\.unicodeScalars).map(\.value)
    private static func isSpeakerSeparator(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        return scalars.count == 1 && speakerSeparatorScalars.contains(scalars.first!.value)
    }

    /// A note line ("[4] Up from 32.7 million in 2020.") reads as if it followed the sentence its
    /// marker stands in, of that figure's period and metric.
    private func readNoteAfterItsMarker(_ c: inout SentenceContext, _ r: inout DocumentReading) {
        guard r.footnote, c.opensParagraph, let key = r.noteKey, let m = r.marked[key] else { return }
        c.before = m.figure; r.previousPeriod = m.period; c.noteMetric = m.metric
    }

    /// A provincial station's release: whether the paragraph names the nation, which makes its figures national.
    private func noteNationalParagraph(_ c: SentenceContext, _ r: inout DocumentReading) {
        guard r.speaker != nil, !r.paragraphNational else { return }
        let t = Tokenizer.tokenize(r.text, c.range)
        r.paragraphNational = !places[c.slot].nationals(t, KeyMask(t)).isEmpty
    }

    /// Both quarters, or both halves.
    static func samePartKind(_ a: Period.Kind, _ b: Period.Kind) -> Bool {
        switch (a, b) { case (.quarter, .quarter), (.half, .half): return true; default: return false }
    }

    /// "We summarise the series below (trips in millions; …)": a prose sentence whose bracket gives
    /// the scale of the table after it (`Grammar.Lexicon.tableScaleNotes`).
    private func noteTableScale(_ c: SentenceContext, _ r: inout DocumentReading) {
        let notes = tableScaleNotes[c.slot]
        guard !notes.isEmpty else { return }
        // Prose after the note's paragraph ends the table it was for (table lines do not).
        if let n = r.tableNote, c.sentence.paragraph > n.paragraph, !c.wholeLine || TableHeading.cells(r.text, c.range) == nil { r.tableNote = nil }
        // Only the inside of a bracket is read: most sentences hold none.
        // A bracket opening on a scale ("(million person-trips, …)") notes the table only on a line
        // without figures (its introduction): beside a figure it is that row's label.
        var k = c.range.lowerBound
        lazy var figureFree = !r.text[c.range].contains(where: Tokenizer.isDigit)
        while let open = r.text[k..<c.range.upperBound].firstIndex(of: "("), let close = r.text[open..<c.range.upperBound].firstIndex(of: ")") {
            let inside = ScalarWriter.string(r.text, open..<close).lowercased()
            if let note = notes.first(where: { inside.containsUTF8($0.phrase) && (!$0.phrase.hasPrefix("(") || figureFree) }) {
                r.tableNote = (note.scale, c.sentence.paragraph); return
            }
            k = close
        }
    }

    /// The last sentence of a paragraph ending with a colon: it and the one before introduce the
    /// table's rows after them.
    private func introduceRows(_ c: SentenceContext, _ r: inout DocumentReading) {
        let sentences = r.document.sentences
        guard c.index + 1 == sentences.count || sentences[c.index + 1].paragraph != c.sentence.paragraph,
              let last = r.text[c.range].last, last == ":" || last == "：" else { return }
        r.table.intro(sentences[...c.index].reversed().prefix { $0.paragraph == c.sentence.paragraph }.prefix(2)
            .reversed().map { $0.range.start..<$0.range.end })
        r.listWindow = r.carried?.isWindow == true ? r.carried : nil
    }

    /// The sentence's tokens and numbers when it holds a figure; nil for a line the table reads (its
    /// unit line, title or header) and for a line without figures, which `noFigures` reads.
    private func figureTokens(_ c: SentenceContext, _ r: inout DocumentReading) -> (tokens: [Token], mentions: [Mention])? {
        let text = r.text, range = c.range
        // Most sentences of a transcript hold no number at all: skip them before tokenising.
        if c.wholeLine, r.table.unitLine(text, range) || r.table.title(text, range) { return nil }
        guard numberWords.mayHoldNumber(text, range) else {
            r.previousTokens = nil
            noFigures(nil, c, &r)
            if c.opensParagraph, !c.scope.document.isAnnual { namePeriodOfParagraph(Tokenizer.tokenize(text, range), [], c, &r) }
            return nil
        }
        // ("Slide 4 / 12      2025 in review" is a review's heading, not a table's header of two columns.)
        var tokens = Tokenizer.tokenize(text, range)
        if c.wholeLine, range.count <= TableHeading.maxLength, reviewYear(tokens, c) != nil {
            noFigures(tokens, c, &r)
            return nil
        }
        if r.table.header(text, range) { return nil }
        if r.decimalCommas { NumberReader.readDecimalCommas(&tokens) }
        Self.labelDashes(&tokens, months: c.reader.numbers.lexicon.months)
        c.reader.numbers.dropFillers(&tokens)
        c.reader.numbers.dropAsides(&tokens)
        c.reader.numbers.dropFalseStarts(&tokens)
        c.reader.numbers.joinSpokenYears(&tokens)
        var mentions = c.reader.numbers.read(tokens)
        if !wholeReferenceLeads[c.slot].isEmpty {
            let facts = r.facts
            (tokens, mentions) = Self.withoutWholeReferences(tokens, mentions, leads: wholeReferenceLeads[c.slot]) { v in facts.contains { $0.value == v } }
        }
        Self.markListNumber(tokens, &mentions, from: 0)
        r.table.bracketedScales(tokens, &mentions)
        if let caption = captionAfterFigure(tokens, mentions, c, &r) {
            var joined = tokens + Tokenizer.tokenize(text, caption.range)
            if r.decimalCommas { NumberReader.readDecimalCommas(&joined) }
            c.reader.numbers.dropFillers(&joined)
            c.reader.numbers.dropAsides(&joined)
            tokens = joined
            mentions = c.reader.numbers.read(tokens)
            r.readCaption = caption.index
        }
        if c.wholeLine, let first = mentions.first(where: { $0.kind == .figure }), r.table.unitHeading(text, range, firstFigure: tokens[first.first].start) {
            return nil
        }
        guard mentions.contains(where: { $0.kind == .figure }) else {
            r.previousTokens = tokens
            noFigures(tokens, c, &r)
            if Self.isQuestion(r.text, c.range), let f = c.scope.sinceFounding(tokens, mask: KeyMask(tokens)) { r.askedSince = .some(f.window) }
            // A sentence without figures can still open a campaign window for the next ones.
            // ("来源：国家移民管理局 发布时间：2022年1月14日": a dateline opens none.)
            if !mentions.isEmpty, !c.scope.namesReleaseDay(tokens) {
                let mask = KeyMask(tokens), (named, carry) = c.scope.period(of: tokens, mentions: mentions, carried: r.carried, mask: mask)
                r.carried = carry
                // ("The nine-day Spring Festival holiday from Feb. 15 to 23 was the busiest on record.": the
                // holiday's dates, for the sentences after it that name it again.)
                if case .window = named.kind, let h = c.scope.holidayNamed(in: tokens, mask: mask) { r.datedHolidays[h] = named; r.lastHoliday = (named, nil) }
            } else if mentions.isEmpty, tokens.contains(where: { c.scope.words.month($0) != nil }),
                      let w = c.scope.period(of: tokens, mentions: mentions, carried: nil, mask: KeyMask(tokens)).carry {
                // ("Since the campaign was launched in March, …": a month's window, carried only to a sentence
                // that refers back to the campaign, "the campaign solved …".)
                r.carried = w; r.asideWindow = true
            }
            if c.opensParagraph, r.carried == nil, !c.scope.document.isAnnual { namePeriodOfParagraph(tokens, mentions, c, &r) }
            if c.opensParagraph { r.paragraphPlace = localSubjectOpening(tokens, c, r.text) }
            return nil
        }
        return (tokens, mentions)
    }

    /// A "key numbers" box that gives each figure on a line of its own with its caption on the line
    /// below ("47.98 million" / "Trips made by foreign nationals, up 78.5%"): the caption line, read
    /// after the figure, says what it counts. Only in a box whose figures come first: the line above
    /// the figure is the box's heading in capitals ("KEY NUMBERS") or the caption of the box's figure
    /// before. A label above its figure ("Foreigners" / "64.9 million") is no such heading. (A short
    /// line may have been read as a speaker's name: the caption is then the text between the lines.)
    private func captionAfterFigure(_ tokens: [Token], _ mentions: [Mention], _ c: SentenceContext, _ r: inout DocumentReading) -> (index: Int?, range: Range<Int>)? {
        let sentences = r.document.sentences, i = c.index
        // "1. 424 million" / "That is how many people were inspected …": a numbered list of figures, each
        // on a line of its own, the paragraph after saying what it counts.
        let numbered = mentions.count == 2 && mentions[0].kind == .ordinal && mentions[0].first == 0
        let figures = numbered ? Array(mentions.dropFirst()) : mentions
        guard c.language == .en, c.wholeLine, figures.count == 1, figures[0].kind == .figure,
              !tokens[(numbered ? mentions[0].end : 0)..<figures[0].first].contains(where: { $0.kind != .punct }),
              !tokens[figures[0].end...].contains(where: { $0.kind != .punct }) else { return nil }
        if numbered, i + 1 < sentences.count, sentences[i + 1].paragraph != c.sentence.paragraph {
            let next = sentences[i + 1], range = next.range.start..<next.range.end
            let caption = Tokenizer.tokenize(r.text, range)
            // A paragraph restating the figure says it itself.
            guard !c.reader.numbers.read(caption).contains(where: { $0.kind == .figure && $0.value == figures[0].value }),
                  r.text[range].first(where: { !$0.properties.isWhitespace })?.properties.isUppercase == true else { return nil }
            if let e = captionLeads[c.slot].lazy.compactMap({ $0.startsAt(caption, 0, limit: caption.count) }).first, e < caption.count {
                return (i + 1, caption[e].start..<range.upperBound)
            }
            return (i + 1, range)
        }
        guard i > 0 else { return nil }
        func isCapitals(_ text: some Collection<Unicode.Scalar>) -> Bool {
            text.contains { $0.properties.isAlphabetic } && !text.contains { $0.properties.isLowercase || $0.properties.numericType != nil }
        }
        let above = sentences[i - 1]
        let inBox = r.boxFigure.map { $0 == i - 1 || ($0 == i - 2 && r.readCaption == i - 1) } == true
            || (c.sentence.speaker != above.speaker && c.sentence.speaker.map { isCapitals($0.unicodeScalars) } == true)
            || (above.paragraph != c.sentence.paragraph && isCapitals(r.text[above.range.start..<above.range.end]))
            || nextFigureLine(after: i + 1, r) != nil
        guard inBox else { return nil }
        r.boxFigure = i
        var gap = c.range.upperBound..<(i + 1 < sentences.count ? sentences[i + 1].range.start : r.text.count)
        while let f = gap.first, r.text[f].properties.isWhitespace { gap = (f + 1)..<gap.upperBound }
        while let l = gap.last, r.text[l].properties.isWhitespace { gap = gap.lowerBound..<l }
        if r.text[gap].contains(where: { $0.properties.isAlphabetic }) {
            return r.text[gap].first?.properties.isUppercase == true ? (nil, gap) : nil
        }
        guard i + 1 < sentences.count else { return nil }
        let next = sentences[i + 1]
        guard next.paragraph != c.sentence.paragraph, i + 2 == sentences.count || sentences[i + 2].paragraph != next.paragraph,
              r.text[next.range.start..<next.range.end].first(where: { !$0.properties.isWhitespace })?.properties.isUppercase == true else { return nil }
        return (i + 1, next.range.start..<next.range.end)
    }

    /// "651 million" / "The number of … trips checked …" / "335 million" / "Trips made by mainland
    /// residents …": in a list of figures each on a line of its own with its caption on the line
    /// after, the next line after `k` (within three) that holds a figure and nothing else.
    private func nextFigureLine(after k: Int, _ r: DocumentReading) -> Int? {
        let sentences = r.document.sentences
        guard k + 1 < sentences.count else { return nil }
        for j in (k + 1)..<min(sentences.count, k + 4) {
            let range = sentences[j].range.start..<sentences[j].range.end
            guard range.count <= 24, r.text[range].first.map(Tokenizer.isDigit) == true else { continue }
            let tokens = Tokenizer.tokenize(r.text, range)
            let m = sentenceReaders[0].numbers.read(tokens)
            if m.count == 1, m[0].kind == .figure, m[0].first == 0, !tokens[m[0].end...].contains(where: { $0.kind != .punct }) { return j }
        }
        return nil
    }

    /// "第三季度，受暑期出游影响，客流保持高位运行。查验出入境人员1.79亿人次": a paragraph opening without
    /// figures on another quarter, half or year than the release's names the period of the figures
    /// after it. "… alone" is an aside. Only its opening clause names it: a holiday after it (受暑期出游影响) gives a cause.
    /// (As for a sentence with figures, only in a release on a part of the year: an annual one keeps its year.)
    private func namePeriodOfParagraph(_ tokens: [Token], _ mentions: [Mention], _ c: SentenceContext, _ r: inout DocumentReading) {
        let tokens = Array(tokens[..<(tokens.firstIndex(where: SentenceReader.isClauseEnd) ?? tokens.count)])
        let mentions = mentions.filter { $0.end <= tokens.count }
        let mask = KeyMask(tokens)
        let (named, carry) = c.scope.period(of: tokens, mentions: mentions, carried: nil, mask: mask)
        let aside = places[c.slot].soleWords.contains { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<tokens.count) != nil }
        if carry == nil, !aside, named != c.scope.document, !named.isWindow { r.paragraphNamed = named }
    }

    /// A line without figures: a heading line opens a section, of the period it names.
    private func noFigures(_ tokens: [Token]?, _ c: SentenceContext, _ r: inout DocumentReading) {
        let text = r.text, range = c.range
        // A dateline ("来源：国家移民管理局 发布时间：2022年1月14日") heads nothing: no rows, no section.
        if let tokens, c.scope.namesReleaseDay(tokens) { r.table.prose(); return }
        r.table.noFigures(text, range, wholeLine: c.wholeLine)
        if r.table.pageBreak { r.sectionPeriod = nil; return }
        // The release's title line (its first) names the periods the whole release covers.
        guard c.index > 0, c.wholeLine, range.count <= TableHeading.maxLength, let last = text[range].last,
              !TableHeading.sentenceEnds.contains(last), last != ":", last != "：" else { return }
        var t = tokens ?? Tokenizer.tokenize(text, range)
        // A rule ("────") or an ornament opens no section and ends none; the dashes around a heading
        // ("——春节假期——") are no range of its dates.
        guard t.contains(where: { $0.kind != .punct }) else { return }
        while let f = t.first, f.is("-") || f.is("—") { t.removeFirst() }
        while let l = t.last, l.is("-") || l.is("—") { t.removeLast() }
        // (A heading's one number, an earlier year, names its period: 【2023年：复苏之年】 heads 2023's figures.)
        let numbers = t.filter { $0.kind == .number }
        let named = c.scope.period(of: t, mentions: [], carried: nil, mask: KeyMask(t)).0
        // (An earlier year only: a later one dates the release, "January 2020" under a report on 2019.)
        // (And a bracketed heading or a review's only: "Back in 2019" over a paragraph may be a
        // comparison's.)
        let bracketed = t.first.map { $0.is("【") || $0.is("[") } == true && t.last.map { $0.is("】") || $0.is("]") } == true
        let year = numbers.count == 1 && bracketed ? numbers[0].writtenYear.flatMap { $0 < c.scope.document.year ? Period(year: $0) : nil } : nil
        r.openSection(naming: named == c.scope.document ? year ?? reviewYear(t, c) ?? named : named, in: c.scope.document,
                      writesDates: !numbers.isEmpty)
    }

    /// "2025 in review", "Slide 4 / 12   2023 at a glance": a heading line naming one year before the
    /// release's with a review's words (`reviewHeadingWords`) heads that year's figures.
    /// (Asked of every short line with a number: the years first, no string built for the closing mark.)
    private func reviewYear(_ t: [Token], _ c: SentenceContext) -> Period? {
        let years = t.compactMap(\.writtenYear)
        guard years.count == 1, years[0] < c.scope.document.year, let last = t.last,
              !(last.kind == .punct && last.text.unicodeScalars.count == 1 && TableHeading.sentenceEnds.contains(last.text.unicodeScalars.first!)),
              reviewHeadingWords[c.slot].contains(where: { $0.firstMatch(in: t, 0..<t.count) != nil }) else { return nil }
        return Period(year: years[0])
    }

    /// The tokens the sentence is read with: a table row's with its heading before them, a
    /// sentence's that refers back to a kind with the sentence naming it.
    private func tokensWithHeading(_ tokens: [Token], _ mentions: [Mention], _ c: SentenceContext, _ r: inout DocumentReading) -> SentenceFigures {
        var tokens = tokens, mentions = mentions
        // A table row reads with its heading before it.
        var heading = 0..<0
        var otherYears: [(tokens: Range<Int>, year: Int, kind: Period.Kind?)] = []
        var isRow = false
        let meta = r.document.metadata
        if let headed = r.table.row(r.text, tokens, mentions, range: c.range, year: meta.period.year, part: meta.period.kind,
                                          language: c.language) {
            (tokens, heading, otherYears) = headed
            isRow = true
            mentions = c.reader.numbers.read(tokens)
            // The heading's own figures (an intro paragraph's) were read with it.
            mentions.removeAll { $0.kind == .figure && $0.first < heading.upperBound }
            Self.markListNumber(tokens, &mentions, from: heading.upperBound)
            // A row of year-on-year changes: each to the figure of its column in the row it names.
            for (period, change, facts) in r.table.rowChanges {
                if let i = facts.first(where: { r.facts[$0].period == period && r.facts[$0].metric != nil && r.facts[$0].yoyPct == nil }) { r.facts[i].yoyPct = change }
            }
        }
        // "▶ 飞机：53.5万架次" read as prose: a list's bullet opening a Chinese line is no part of its subject.
        if !isRow, c.language == .zh, case let b = TableHeading.bulletBeforeLabel(tokens), b > 0 {
            tokens.removeFirst(b)
            mentions = c.reader.numbers.read(tokens)
        }
        var mask = KeyMask(tokens)
        // "一是严打妨害国（边）境管理犯罪。全年共侦办此类案件1.97万起": a sentence that refers back to the
        // kind the sentence before names reads with that one, when it holds no figure, as its heading.
        // Only a reference before the sentence's first figure: "…15.6万起，…，年均侦办此类案件3.1万余起"
        // refers to its own sentence.
        if !isRow, c.index > 0, let firstFigure = mentions.first(where: { $0.kind == .figure })?.first,
           kindReferences[c.slot].contains(where: { mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<firstFigure) != nil }),
           let lead = figureFreeSentence(before: c.index, c, r) {
            tokens = lead + tokens
            heading = 0..<lead.count
            mentions = c.reader.numbers.read(tokens)
            Self.markListNumber(tokens, &mentions, from: heading.upperBound)
            mask = KeyMask(tokens)
        }
        return SentenceFigures(tokens: tokens, mentions: mentions, mask: mask, heading: heading, otherYears: otherYears, isRow: isRow,
                               period: c.scope.document)
    }

    /// The tokens of the sentence before sentence `i`, when it holds no figure: a heading it reads with.
    private func figureFreeSentence(before i: Int, _ c: SentenceContext, _ r: DocumentReading) -> [Token]? {
        let p = r.document.sentences[i - 1].range
        let lead = Tokenizer.tokenize(r.text, p.start..<p.end)
        return c.reader.numbers.read(lead).contains(where: { $0.kind == .figure }) ? nil : lead
    }

    /// The sentence's period: the one it names, or the window, paragraph or section period it is
    /// of, the previous total's when it gives its parts, a holiday's dates; and what carries on.
    private func sentencePeriod(_ s: inout SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        let scope = c.scope
        // "In 2019, they cracked 23,600 cases …. During the campaign from March to June, 4,380 such
        // cases were cracked. A total of 64,000 …": a window named with its own figures inside a
        // paragraph of the period's figures is an aside; it carries only to a sentence that refers
        // back to it ("… in the operation").
        if r.asideWindow, r.carried != nil, !scope.refersToCampaign(s.tokens, mask: s.mask) { r.carried = nil }
        let carriedIn = r.carried
        // "fourth quarter: 33.8 million (2020 fourth quarter: 32.6 million)": a bracket labelling an
        // earlier period's value names no period of the sentence; "35.48 million crossings (4.1 million
        // in the fourth quarter)": the period of a bracketed aside is the aside's (`segmentPeriods`).
        let unlabelled = Self.withoutBracketLabels(s.tokens, s.mentions)
        let (labelFree, labelFreeMentions) = (unlabelled?.tokens ?? s.tokens, unlabelled?.mentions ?? s.mentions)
        let asides = Self.periodAsides(labelFree, labelFreeMentions, scope: scope)
        if unlabelled == nil { s.periodAsides = asides }
        let label = Self.leadingLabel(labelFree, labelFreeMentions)
        let unread = (asides + Self.recordBaselines(labelFree, mask: s.mask, scope: scope) + (label.map { [$0] } ?? [])).sorted { $0.lowerBound < $1.lowerBound }
        let (outside, outsideMentions) = Self.removing(unread, labelFree, labelFreeMentions)
        // (A row of a table whose columns name their parts of the year, "第三季度 | 1—9月累计", takes no
        // period carried from the prose above it: its cells are its columns'.)
        let partColumns = s.isRow && s.otherYears.contains { $0.kind != nil }
        var (period, carry) = scope.period(of: outside, mentions: outsideMentions, carried: partColumns ? nil : r.carried,
                                           named: partColumns ? nil : r.paragraphNamed,
                                           mask: unlabelled == nil && unread.isEmpty ? s.mask : KeyMask(outside))
        // "[A look back at 2024] In 2024, …", 【回顾2024年】全国…: a bracketed label opening the sentence is
        // a section's heading; the words after it date the figures, and the period the label names
        // (if any) those that name none, to the next heading.
        if let label {
            let (inside, insideMentions) = Self.slice(label, labelFree, labelFreeMentions)
            // (A label's one number, a year, is its period: "[A look back at 2024]"; not a date's.)
            let numbers = inside.filter { $0.kind == .number }
            let own = scope.ownPeriod(of: inside, mentions: insideMentions, mask: KeyMask(inside))
                ?? (numbers.count == 1 ? numbers[0].writtenYear.map { Period(year: $0) } : nil)
            r.openSection(naming: own, in: scope.document)
        }
        if let p = r.sectionPeriod, carriedIn == nil, period == scope.document { period = p }
        // "During the quarter, 7.46 million conveyances …" after a paragraph on the fourth quarter: the
        // part of the year an anaphor refers back to, in a release on the whole year.
        if period == scope.document, scope.document.isAnnual, let last = r.lastPart, last.year == scope.document.year,
           let firstFigure = s.mentions.first(where: { $0.kind == .figure })?.first,
           partAnaphors[c.slot].contains(where: { a in Self.samePartKind(a.kind, last.kind) && s.mask.mayHold(a.phrase) && a.phrase.firstMatch(in: s.tokens, 0..<firstFigure) != nil }) {
            period = last
        }
        // "▶ 2017年全国出入境人员：5.95亿人次" under a caption: a row's label opening on a year is that year's.
        if s.isRow, !s.heading.isEmpty, period == scope.document, s.heading.upperBound < s.tokens.count {
            let (row, rowMentions) = Self.slice(s.heading.upperBound..<s.tokens.count, s.tokens, s.mentions)
            if let own = scope.ownYear(of: row, mentions: rowMentions, mask: KeyMask(row), markersToo: false), own.year < scope.document.year { period = own }
        }
        if let o = r.openLine, o.index + 1 == c.index, c.opensParagraph, carriedIn == nil, period == scope.document { period = o.period }
        if period == (carriedIn ?? scope.document), let w = scope.sinceThen(s.tokens, mask: s.mask, day: { r.previousTokens.flatMap(scope.dayNamed) }) { period = w }
        // Only the period the paragraph opens with carries; a later sentence naming another (其中二季度…,
        // a holiday) ends it. "In the second quarter alone, …" is an aside, which carries nothing.
        if !s.mentions.isEmpty {
            let aside = places[c.slot].soleWords.contains { s.mask.mayHold($0) && $0.firstMatch(in: s.tokens, 0..<s.tokens.count) != nil }
            // (A window carries when it runs from the year's first day to a month's end, "In the first three
            // quarters": the year so far, not a holiday or a campaign's days.)
            if r.previousPeriod == nil, carry == nil, carriedIn == nil, !aside, period != scope.document, !period.isWindow || period.isYearSoFar {
                r.paragraphNamed = period
            }
            else if period != r.paragraphNamed { r.paragraphNamed = nil }
        }
        // "…29.2 million passports in the whole year; of these, 21.6 million were issued since April 2.":
        // a window named in a later segment, after a first segment of another period of its own, is
        // that segment's; it does not carry to the next sentences.
        if let w = carry, w != carriedIn, let e = s.tokens.firstIndex(where: SentenceReader.isSegmentEnd), e + 1 < s.tokens.count {
            let head = Array(s.tokens[..<e]), mentions = s.mentions.filter { $0.end <= e }, mask = KeyMask(head)
            if mentions.contains(where: { $0.kind == .figure }),
               let own = scope.ownPeriod(of: head, mentions: mentions, mask: mask) ?? scope.ownYear(of: head, mentions: mentions, mask: mask), own != w {
                carry = nil
            }
        }
        if carry != carriedIn { r.asideWindow = carry != nil && r.paragraphHasOwnPeriod }
        r.carried = carry
        // "In the third quarter, 176.4 million …. Mainland residents accounted for 91.2 million of these":
        // parts of the previous sentence's total are of its period.
        // "…发布数据：2023年，…查验出入境人员4.24亿人次。其中，…": of the one period its counts have, when a
        // segment (after a colon) gave them another than the sentence's.
        if period == (carriedIn ?? scope.document), let p = r.previousPeriod.map({ Self.countsPeriod(c.before, r.facts) ?? $0 }) ?? r.lastParagraphPeriod, p != period,
           scope.partOfPrevious(s.tokens, mentions: s.mentions, mask: s.mask) || partsByVerb(s, countOf: p, c, r) {
            period = p
            // "…查验出入境人员2.94亿人次…。2019年同期，这一数字为5.02亿人次。其中，内地居民1.43亿人次，港澳台
            // 居民1.28亿人次，外国人2300万人次": parts after a comparison's base that add up to the count
            // before it are that count's.
            if let b = r.beforeBase, Self.addUp(s.mentions, to: b.figures) { period = b.period }
        }
        // "In 2016, … 568.6 million …. The following year brought 597.8 million": the year after the
        // previous sentence's, when that is a year before the release's.
        if period == (carriedIn ?? scope.document), let p = r.previousPeriod ?? r.lastParagraphPeriod, p.kind == .year,
           p.year < scope.document.year, scope.namesFollowingYear(s.tokens, mentions: s.mentions, mask: s.mask) {
            period = Period(year: p.year + 1)
        }
        s.isBaseAside = period == scope.leadingSamePeriod(s.tokens, s.mentions)
        var periodNote: String?
        // (Not the release's own window: January to September is no holiday's dates.)
        if case .window = period.kind, period != carriedIn, period != scope.document, let h = scope.holidayNamed(in: s.tokens, mask: s.mask) {
            r.datedHolidays[h] = period      // "the Spring Festival holiday (January 21 to 27)": later mentions have its dates
            r.lastHoliday = (period, nil)
        } else if let (window, note) = scope.holiday(in: s.tokens, mentions: s.mentions, period: period, mask: s.mask, dated: r.datedHolidays, last: r.lastHoliday) {
            // "The busiest day came on Feb 17, the last day of the Spring Festival holiday, …": what
            // refers back to the holiday later is the holiday's stretch, not that day.
            if let h = scope.holidayNamed(in: s.tokens, mask: s.mask) { r.lastHoliday = scope.stretch(ofHoliday: h, inside: period, dated: r.datedHolidays) }
            period = window; periodNote = note
        }
        s.period = period; s.carriedIn = carriedIn; s.periodNote = periodNote
    }

    /// Whether the sentence's counts are parts of the count of period `p` the sentence before gave, by a
    /// part verb ("accounted for") before its first figure, naming no period of their own: no more,
    /// together, than that count.
    private func partsByVerb(_ s: SentenceFigures, countOf p: Period, _ c: SentenceContext, _ r: DocumentReading) -> Bool {
        guard let before = c.before, let first = s.mentions.first(where: { $0.kind == .figure })?.first,
              partVerbs[c.slot].contains(where: { s.mask.mayHold($0) && $0.firstMatch(in: s.tokens, 0..<first) != nil }),
              // (Not a sentence naming its own period: "… accounted for 71.4 million crossings in the second quarter".)
              c.scope.ownPeriod(of: s.tokens, mentions: s.mentions, mask: s.mask) == nil else { return false }
        let parts = s.mentions.filter { $0.kind == .figure && !$0.isPercent && !$0.isRate }
        guard parts.count >= 2 else { return false }
        let wholes = before.figures.indices.filter { i in
            let m = before.figures[i].mention
            return !m.isPercent && !m.isRate && before.first + i < r.facts.count && r.facts[before.first + i].period == p
                && r.facts[before.first + i].metric.map { m in catalog.sums.contains { $0.total == m } } == true
        }.map { before.figures[$0].mention.value }
        guard let whole = wholes.max() else { return false }
        return parts.reduce(Decimal(0)) { $0 + $1.value } <= whole * Self.partsSlack
    }
    private static let partsSlack = Decimal(string: "1.02")!

    /// Two counts or more of a sentence whose sum is, within a hundredth, a count of `whole` in the same unit.
    static func addUp(_ mentions: [Mention], to whole: StatedFigures) -> Bool {
        let parts = mentions.filter { $0.kind == .figure && !$0.isPercent && !$0.isRate }
        guard parts.count >= 2, let unit = parts.first.map(\.unit), parts.allSatisfy({ $0.unit == unit }) else { return false }
        let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
        return whole.figures.contains { f in
            let m = f.mention
            guard m.kind == .figure, !m.isPercent, !m.isRate, m.unit == unit, m.value > 0 else { return false }
            let gap = sum - m.value
            return (gap < 0 ? -gap : gap) * 100 <= m.value
        }
    }

    /// The sentence without its brackets that label an earlier period's value ("(2020: 269.0
    /// million)", see `PeriodScope.bracketYearLabel`), its mentions moved to match; nil when it has none.
    /// "… inspected 168 million crossings. … Of the 168 million, 85.6 million were …": a figure after
    /// one of `leads` opening a clause and closed by a comma (a noun or two between) that the release
    /// stated before (`statedBefore` its value) restates that whole as the frame of the parts after
    /// it. The figure is cut; its noun ("Of the crossings, …") still gives the parts' context. (A whole
    /// stated there first, "Of the 512 million people inspected, …", is read.)
    static func withoutWholeReferences(_ tokens: [Token], _ mentions: [Mention], leads: [Phrase], statedBefore: (Decimal) -> Bool) -> ([Token], [Mention]) {
        var cuts: [Range<Int>] = []
        for m in mentions where m.kind == .figure && !m.isPercent && m.first >= 2 {
            guard let lead = leads.first(where: { $0.endsAt(tokens, m.first, lowerBound: 0) }).map({ m.first - $0.parts.count }),
                  lead == 0 || SentenceReader.isClauseEnd(tokens[lead - 1]) else { continue }
            var e = m.end
            while e < tokens.count, e - m.end < 3, tokens[e].kind == .word { e += 1 }
            guard e < tokens.count, tokens[e].is(","), e + 1 < tokens.count,
                  mentions.contains(where: { $0.kind == .figure && $0.first > e }), statedBefore(m.value) else { continue }
            cuts.append(m.first..<m.end)
        }
        return removing(cuts, tokens, mentions)
    }

    static func withoutBracketLabels(_ tokens: [Token], _ mentions: [Mention]) -> (tokens: [Token], mentions: [Mention])? {
        var cuts: [Range<Int>] = []
        for (k, m) in mentions.enumerated() where m.kind == .figure {
            guard let previous = mentions[..<k].last(where: { $0.kind == .figure }), PeriodScope.bracketYearLabel(m, tokens, after: previous) != nil,
                  let close = tokens[m.end...].prefix(3).firstIndex(where: { $0.is(")") || $0.is("）") }) else { continue }
            guard let open = tokens[previous.end..<m.first].firstIndex(where: { $0.is("(") || $0.is("（") }) else { continue }
            cuts.append(open..<(close + 1))
        }
        guard !cuts.isEmpty else { return nil }
        let (kept, moved) = removing(cuts, tokens, mentions)
        return (kept, moved)
    }

    /// The sentence's figures (metric, change, subject of each), and what the passes after read
    /// with them: a founding marker, places and bodies, segments of other periods, the quote.
    private func readFigures(_ s: inout SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        let text = r.text, range = c.range
        s.founding = c.scope.sinceFounding(s.tokens, mask: s.mask, period: s.period)
        // "“十四五”以来，累计查验出入境人员12.8亿人次。累计侦办……案件14.6万起": a sentence opening on a
        // cumulative word after a total since an event, in its paragraph, is a total since it too.
        if s.founding == nil, let since = r.paragraphCumulative, s.period == (s.carriedIn ?? c.scope.document),
           let at = c.scope.cumulativeLead(s.tokens, s.mentions, mask: s.mask) { s.founding = (at, since) }
        // "挂牌以来，…侦办…案件1.4万起…。在执行任务中，有4名民警因公牺牲。": in a paragraph that opened on a
        // total since an event, a later sentence naming no period or year of its own is a total since it too.
        if s.founding == nil, r.paragraphOpensSince, let since = r.paragraphCumulative, s.period == (s.carriedIn ?? c.scope.document),
           !s.mentions.contains(where: { $0.kind == .year }),
           c.scope.ownPeriod(of: s.tokens, mentions: s.mentions, mask: s.mask) == nil,
           c.scope.ownYear(of: s.tokens, mentions: s.mentions, mask: s.mask) == nil { s.founding = (0..<0, since) }
        s.markers = places[c.slot].markers(s.tokens, mask: s.mask, text: text)
        if s.isRow, let p = places[c.slot].rowPlace(s.tokens, from: s.heading.upperBound), !s.markers.contains(where: { $0.range.overlaps(p.range) }) {
            s.markers.insert(p, at: s.markers.firstIndex { $0.range.lowerBound > p.range.lowerBound } ?? s.markers.count)
        }
        s.bodies = places[c.slot].agencies(s.tokens, mask: s.mask, withOwn: r.turnBody != nil)
        // 他表示，…: the speaker of the sentence right before goes on, and so does the body that opened it.
        if let last = r.lastSpeakerBody, last.index == c.index - 1, places[c.slot].continuesSpeaker(s.tokens, from: s.heading.upperBound) {
            s.speakerBody = last.body
        }
        s.segments = segmentPeriods(s.tokens, s.mentions, asides: s.periodAsides ?? Self.periodAsides(s.tokens, s.mentions, scope: c.scope),
                                    scope: c.scope, sentence: s.period, carried: s.carriedIn)
        s.respectivePeriods = c.scope.respectivePeriods(s.tokens, s.mentions)
        if s.respectivePeriods.isEmpty, let p = c.before, c.index > 0, r.document.sentences[c.index - 1].paragraph == c.sentence.paragraph {
            s.respectivePeriods = c.scope.yearsReferredBack(s.tokens, s.mentions, mask: s.mask, previous: p.tokens)
        }
        // The quote is the sentence; only a very long one is cut around each figure.
        s.quote = range.count <= Self.quoteLimit ? Tokenizer.string(text, range.lowerBound, range.upperBound) : nil
        // A line of its own that does not end like a sentence may be a row of a table: "label figure change".
        // So may an English line that opens on a label and a colon right before its first figure, full
        // stop and all ("Aircraft: 1.05 million.", "Foreign nationals: 97.67 million, up 2.4%.").
        let labelLine = c.wholeLine && (!(text[range].last.map(TableHeading.sentenceEnds.contains) ?? true)
            || (c.language == .en && Self.opensOnColonLabel(s.tokens, s.mentions, from: s.heading.upperBound)))
        s.figures = c.reader.read(s.tokens, period: s.period, segments: s.segments, mentions: s.mentions, mask: s.mask, heading: s.heading,
                                  labelLine: labelLine, unbound: &s.unbound, named: &s.named)
    }

    /// "… continued to crack down on crimes that undermine national (border) management. More than
    /// 21,000 criminal cases were investigated …", "…持续开展打击妨害国（边）境管理违法犯罪专项行动。案件数由
    /// 2017年的1.2万起上升至…": a paragraph's opening sentence without figures states its topic, in
    /// either language. A figure that matches nothing alone is read again with it as its heading
    /// (its context words and exclusions too); the figures it matched keep their own reading.
    private func rereadWithTopic(_ s: inout SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        let sentences = r.document.sentences
        guard !s.isRow, s.heading.isEmpty, c.index > 0, s.figures.contains(where: { $0.metric == nil && !$0.mention.isPercent }),
              sentences[c.index - 1].paragraph == c.sentence.paragraph && (c.index == 1 || sentences[c.index - 2].paragraph != c.sentence.paragraph)
                || answersQuestion(c, r) else { return }
        // A topic that names a place ("… the hall of Gongbei Port …") is no national heading.
        guard let lead = figureFreeSentence(before: c.index, c, r), !places[c.slot].markers(lead, mask: KeyMask(lead), text: r.text).contains(where: \.local)
        else { return }
        let again = readAgain(s, c, r, headedBy: lead)
        for i in s.figures.indices where s.figures[i].metric == nil && !s.figures[i].mention.isPercent {
            guard let f = again[s.figures[i].mention.first], let metric = f.metric else { continue }
            s.figures[i].metric = metric; s.figures[i].subject = f.subject
        }
    }

    /// "From 2017 to 2021 they investigated 98,000 criminal cases of obstructing border management.
    /// In 2021 alone, 19,700 criminal cases were investigated": a figure that matches nothing alone,
    /// read again with the sentence before in its paragraph as its heading, counts what that one
    /// counted when that sentence counted one thing, in another period (the same count over another
    /// stretch; in the same period, it would be another kind of it).
    private func rereadWithPreviousMetrics(_ s: inout SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        guard c.language == .en, !s.isRow, s.heading.isEmpty, let p = c.before, c.index > 0,
              r.document.sentences[c.index - 1].paragraph == c.sentence.paragraph || answersQuestion(c, r),
              s.figures.contains(where: { $0.metric == nil && !$0.mention.isPercent && !$0.mention.isRate }) else { return }
        let before = Set(r.facts[min(p.first, r.facts.count)...].filter { $0.period != s.period }.compactMap(\.metric))
        // Only after a sentence that counted one thing: with two, which one a bare noun means is a guess.
        guard before.count == 1, Set(p.figures.compactMap(\.metric)).count == 1 else { return }
        let again = readAgain(s, c, r, headedBy: p.tokens)
        for i in s.figures.indices where s.figures[i].metric == nil && !s.figures[i].mention.isPercent && !s.figures[i].mention.isRate {
            guard let f = again[s.figures[i].mention.first], let metric = f.metric, before.contains(metric) else { continue }
            s.figures[i].metric = metric; s.figures[i].subject = f.subject
        }
        // "… handled 651 million crossings. Traffic rose again to a peak of 670 million in 2019": a
        // sentence whose only count has no noun of its own (nothing after it but a participle, the
        // clause's end or its year), in the same unit, and no catalog subject before it counts the same thing.
        let counts = s.figures.indices.filter { !s.figures[$0].mention.isPercent && !s.figures[$0].mention.isRate }
        guard counts.count == 1, let i = counts.first, s.figures[i].metric == nil, let metric = before.first,
              let k = p.figures.firstIndex(where: { $0.metric == metric }) else { return }
        let previous = p.figures[k], tokens = s.tokens, m = s.figures[i].mention
        // "In the first half, … 9 million. The figure for the second quarter was 98.5 million.": a
        // part of the period larger than the whole is none of it.
        if p.first + k < r.facts.count, case let (a, b) = (s.period.span, r.facts[p.first + k].period.span),
           a.start >= b.start, a.end <= b.end, m.value > previous.mention.value { return }
        guard m.unit == previous.mention.unit, c.reader.matcher.isBareOfSubject(m, tokens)
                || m.end + 1 < tokens.count && tokens[m.end].is("in") && tokens[m.end + 1].writtenYear != nil,
              c.reader.matcher.namedSubjects(tokens, in: 0..<m.first).isEmpty,
              // "the national daily average was 1.48 million": a rate, not the count.
              !c.reader.rateMarkers.contains(where: { s.mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<m.first) != nil }) else { return }
        s.figures[i].metric = metric
    }

    /// "… checked 191.5 million people. Traffic was up from 168.4 million in the first quarter of last
    /// year.": a sentence's only count, the base of a change (right after a comparison opener) with no
    /// noun of its own, right after a sentence of its paragraph that counted one thing, counts that
    /// thing (its own period is read after it). A sentence giving a percentage change ("The number was
    /// down 7.5% from 106.4 million") is left to the passes that give the change to the count before.
    private func readAsBaseOfPreviousCount(_ s: inout SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        guard c.language == .en, !s.isRow, s.heading.isEmpty, let p = c.before, c.index > 0,
              r.document.sentences[c.index - 1].paragraph == c.sentence.paragraph else { return }
        let counts = s.figures.indices.filter { !s.figures[$0].mention.isPercent && !s.figures[$0].mention.isRate }
        let metrics = Set(p.figures.compactMap(\.metric))
        // (A change the sentence gives the count before it stands before the base: "It is up 14.3%, up
        // from 610 million in 2024".)
        guard s.unbound.count == 1 || !s.mentions.contains(where: { $0.kind == .figure && $0.isPercent }), counts.count == 1, let i = counts.first, s.figures[i].metric == nil, s.figures[i].yoy == nil, metrics.count == 1, let metric = metrics.first,
              let previous = p.figures.first(where: { $0.metric == metric }), previous.mention.unit == s.figures[i].mention.unit else { return }
        let m = s.figures[i].mention, tokens = s.tokens
        guard c.scope.words.comparisonOpeners.contains(where: { $0.endsAt(tokens, m.first, lowerBound: 0) }),
              c.reader.matcher.isBareOfSubject(m, tokens) || m.end < tokens.count && c.scope.words.yearPrepositions.contains(tokens[m.end]),
              c.reader.matcher.namedSubjects(tokens, in: 0..<m.first).isEmpty else { return }
        s.figures[i].metric = metric
    }

    /// "Officers checked 10.3mn vehicles, aircraft, trains and ships …. Motor vehicles made up the
    /// bulk at 9.65mn, alongside 231k aircraft, 85k trains and 336k ships.": the parts of a total
    /// the sentence before gave read with that sentence as their heading (its verbs and
    /// exclusions); only parts of that total are taken from this reading, and only a list of
    /// two or more ("The carrier ordered 30 aircraft" names no part of it). So do the other parts
    /// after a sentence that gave one ("…，其中内地居民2.9亿人次。港澳台居民则有2.5亿人次，外国人为6490万人次。").
    private func rereadAsPartsOfPreviousTotal(_ s: inout SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        guard let p = c.before, c.index > 0, s.figures.contains(where: { $0.metric == nil && !$0.mention.isPercent && !$0.mention.isRate }) else { return }
        // "- Total crossings: 157.8mn\n- Foreign nationals: 16.8mn": a labelled line (a row too) right
        // after a labelled line of the total or a part is a part alone too.
        let labelled = c.wholeLine && (Self.bothOpenOnLabels(s, p)
            || s.heading.isEmpty && Self.opensOnBulletLabel(s.tokens, s.mentions) && Self.opensOnBulletLabel(p.tokens, p.figures.map(\.mention)))
        // ("Of the total, …" opening the next paragraph refers back across its break.)
        guard labelled || !s.isRow && s.heading.isEmpty && (r.document.sentences[c.index - 1].paragraph == c.sentence.paragraph
            || c.opensParagraph && previousTotalOpeners[c.slot].contains(where: { $0.startsAt(s.tokens, s.heading.upperBound, limit: s.tokens.count) != nil })) else { return }
        let parts = Set(catalog.sums.filter { sum in p.figures.contains { $0.metric == sum.total || $0.metric.map(sum.parts.contains) == true } }.flatMap(\.parts))
        guard !parts.isEmpty else { return }
        let again = readAgain(s, c, r, headedBy: p.tokens)
        var found: [(Int, ReadFigure)] = []
        for i in s.figures.indices where s.figures[i].metric == nil && !s.figures[i].mention.isPercent && !s.figures[i].mention.isRate {
            guard let f = again[s.figures[i].mention.first], let metric = f.metric, parts.contains(metric) else { continue }
            found.append((i, f))
        }
        // "Mainland residents accounted for 323m and residents of Hong Kong, Macao and Taiwan for 277m":
        // a part the sentence matched alone counts in the list.
        // (A table row gives one part in each of its period columns.)
        let matched = Set(found.compactMap(\.1.metric))
        if matched.union(s.figures.compactMap(\.metric).filter(parts.contains)).count > 1
            || (labelled || found.count == 1 && Self.opensOnCopula(s.tokens, s.figures[found[0].0].mention, c.reader.listCopulas))
               && (found.count == 1 || labelled && s.isRow && matched.count == 1) {
            for (i, f) in found { s.figures[i].metric = f.metric; s.figures[i].subject = f.subject }
        }
    }

    /// "Aircraft were 760,000.": a sentence that opens on a few words and a copula right before its
    /// figure names what the figure counts, as a label does ("The carrier ordered 30 aircraft" does not).
    static func opensOnCopula(_ tokens: [Token], _ m: Mention, _ copulas: TokenSet) -> Bool {
        guard (2...5).contains(m.first), copulas.contains(tokens[m.first - 1]) else { return false }
        return tokens[..<(m.first - 1)].allSatisfy { $0.kind == .word || $0.is(",") }
    }

    /// "Mainland residents made 214.35 million of those trips. Residents of Hong Kong, Macao and Taiwan
    /// made 187.6 million, …. Foreign nationals accounted for the remaining 47.25 million.": right after a
    /// sentence of its paragraph that gave a part of a catalog sum, a count of no metric whose clause
    /// names, before it, the subject of exactly one other part of that sum (its context words said in
    /// the sentences before) counts that part.
    private func readAsSiblingPart(_ s: inout SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        // (Or a labelled line right after a labelled line: "Residents of Hong Kong, Macao and Taiwan: 186.7
        // million" / "Foreign nationals: 47.2 million".)
        // So does a table's row after a row of a part ("| Mainland residents | 214.6 |" / "| Hong Kong,
        // Macao and Taiwan residents | 188.0 |"), whose label may name other things too.
        guard let p = c.before, c.index > 0,
              s.isRow || s.heading.isEmpty && (r.document.sentences[c.index - 1].paragraph == c.sentence.paragraph
                || c.wholeLine && Self.bothOpenOnLabels(s, p)),
              s.figures.contains(where: { $0.metric == nil && !$0.mention.isPercent && !$0.mention.isRate }) else { return }
        let given = Set(p.figures.compactMap(\.metric) + s.figures.compactMap(\.metric))
        let sums = catalog.sums.filter { sum in p.figures.contains { $0.metric.map(sum.parts.contains) == true } }
        let open = Set(sums.flatMap(\.parts)).subtracting(given)
        guard !open.isEmpty else { return }
        var taken = Set<String>()
        for i in s.figures.indices where s.figures[i].metric == nil && !s.figures[i].mention.isPercent && !s.figures[i].mention.isRate {
            let m = s.figures[i].mention
            // Only the clause's subject before the figure, with no figure between (a label's colon right
            // before the figure ends no clause, nor do the commas around an apposition: "The number of
            // trains, 82,000, rose by 3.1 percent").
            let appositive = m.first > 1 && s.tokens[m.first - 1].is(",") && s.tokens[m.first - 2].kind == .word
                && m.end < s.tokens.count && s.tokens[m.end].is(",")
            let labelEnd = m.first > 0 && (s.tokens[m.first - 1].is(":") || s.tokens[m.first - 1].is("：")) || appositive ? m.first - 1 : m.first
            let from = max(s.tokens[..<labelEnd].lastIndex(where: SentenceReader.isClauseEnd).map { $0 + 1 } ?? 0,
                           s.mentions.last(where: { $0.kind == .figure && $0.end <= m.first })?.end ?? 0)
            let named = c.reader.matcher.namedSubjects(s.tokens, in: from..<m.first).filter { !$0.metrics.isDisjoint(with: open) }
            guard named.count == 1, case let metrics = named[0].metrics.intersection(open), metrics.count == 1,
                  let metric = metrics.first, !taken.contains(metric) else { continue }
            s.figures[i].metric = metric
            s.figures[i].subject = s.tokens[named[0].range].map(\.text).joined(separator: " ")
            if !s.isRow { taken.insert(metric) }   // (a row gives one figure a column)
        }
    }

    /// "Mainland residents made 156.1 million trips and … Taiwan made 133.8 million. In the first half
    /// of 2019, the corresponding figures were 165.7 million and 120.7 million": counts of no metric
    /// after a `figureListReferences` phrase count, in order, what the previous sentence's counts
    /// counted, when there are as many of each.
    private func readAsCorrespondingFigures(_ s: inout SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        guard !s.isRow, let p = c.before, !figureListReferences[c.slot].isEmpty else { return }
        let bare = s.figures.indices.filter { !s.figures[$0].mention.isPercent && !s.figures[$0].mention.isRate }
        guard bare.count > 1, bare.allSatisfy({ s.figures[$0].metric == nil }),
              figureListReferences[c.slot].contains(where: { s.mask.mayHold($0) && $0.firstMatch(in: s.tokens, 0..<s.figures[bare[0]].mention.first) != nil })
        else { return }
        let counts = p.figures.indices.filter { i in
            let m = p.figures[i].mention
            return !m.isPercent && !m.isRate && p.first + i < r.facts.count && r.facts[p.first + i].metric != nil
        }
        guard counts.count == bare.count,
              zip(bare, counts).allSatisfy({ s.figures[$0].mention.unit == p.figures[$1].mention.unit }) else { return }
        for (i, k) in zip(bare, counts) { s.figures[i].metric = r.facts[p.first + k].metric }
    }

    /// "Foreign nationals remain the laggard. They made 37.6 million trips …": a sentence opening on a
    /// pronoun (`subjectPronouns`) after a short sentence of its paragraph without figures that opens
    /// on a catalog subject ("Foreign nationals") reads with that subject in the pronoun's place; only
    /// figures that match no metric take that reading, and ("Their crossings rose from 77.8 million …")
    /// figures read as the total of a catalog sum whose part the subject names.
    private func readWithPronounResolved(_ s: inout SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        func open(_ f: ReadFigure) -> Bool {
            !f.mention.isPercent && !f.mention.isRate && (f.metric.map { m in catalog.sums.contains { $0.total == m } } ?? true)
        }
        guard !s.isRow, s.heading.isEmpty, c.index > 0, let first = s.tokens.first,
              case let possessive = possessivePronouns[c.slot].contains(first), possessive || subjectPronouns[c.slot].contains(first),
              r.document.sentences[c.index - 1].paragraph == c.sentence.paragraph,
              s.figures.contains(where: open),
              let before = figureFreeSentence(before: c.index, c, r), before.count <= Self.pronounLeadLimit,
              let subject = c.reader.matcher.namedSubjects(before, in: 0..<before.count).first, subject.range.lowerBound <= 1,
              !subject.metrics.isEmpty else { return }
        var lead = Array(before[subject.range])
        if possessive, let last = lead.last { lead.append(Token(kind: .punct, start: last.end, end: last.end, text: "'")) }
        let tokens = lead + s.tokens.dropFirst()
        var mentions = c.reader.numbers.read(tokens)
        mentions.removeAll { $0.first < lead.count }
        var u: [Decimal] = [], n: [(change: Decimal, subject: [String])] = []
        let again = c.reader.read(tokens, period: s.period, mentions: mentions, mask: KeyMask(tokens),
                                  heading: 0..<0, unbound: &u, named: &n)
        let byFirst = Dictionary(again.map { ($0.mention.first - lead.count + 1, $0) }, uniquingKeysWith: { a, _ in a })
        for i in s.figures.indices where open(s.figures[i]) {
            guard let f = byFirst[s.figures[i].mention.first], let m = f.metric else { continue }
            if let total = s.figures[i].metric, !catalog.sums.contains(where: { $0.total == total && $0.parts.contains(m) }) { continue }
            s.figures[i].metric = m; s.figures[i].subject = f.subject
        }
    }

    /// "…, but foreign nationals were hit hardest: their crossings dropped 86.7% to 13.0 million": a
    /// possessive (`possessivePronouns`) inside the sentence, before a figure read as a catalog sum's
    /// total with no figure between, stands for the last catalog subject named before it when that
    /// subject names one part of the sum.
    private func readPossessiveInSentence(_ s: inout SentenceFigures, _ c: SentenceContext) {
        let tokens = s.tokens
        for i in s.figures.indices {
            guard let total = s.figures[i].metric, let sum = catalog.sums.first(where: { $0.total == total }) else { continue }
            let m = s.figures[i].mention
            func countBetween(_ a: Int, _ b: Int) -> Bool { s.mentions.contains { $0.kind == .figure && !$0.isPercent && $0.first >= a && $0.first < b } }
            guard let p = (0..<m.first).last(where: { possessivePronouns[c.slot].contains(tokens[$0]) }), p > 0, !countBetween(p, m.first),
                  let last = c.reader.matcher.namedSubjects(tokens, in: 0..<p).last, !countBetween(last.range.upperBound, p),
                  case let parts = last.metrics.intersection(sum.parts), parts.count == 1 else { continue }
            s.figures[i].metric = parts.first
        }
    }

    /// The count before count `i` that `i` may count the same thing as: the last count (or, with
    /// `ofMetricOnly`, the last count of a metric) before it, when that one is a metric's, in the same
    /// unit and of the same order of magnitude; nil when `i` is a percentage, a rate or doubtful.
    private static func earlierCount(of i: Int, in s: SentenceFigures, ofMetricOnly: Bool) -> (index: Int, metric: String)? {
        let m = s.figures[i].mention
        guard !m.isPercent, !m.isRate, m.doubt == nil,
              let j = s.figures[..<i].lastIndex(where: { !$0.mention.isPercent && !$0.mention.isRate && (!ofMetricOnly || $0.metric != nil) }),
              let metric = s.figures[j].metric, case let b = s.figures[j].mention, b.unit == m.unit,
              m.value * 10 >= b.value, m.value <= b.value * 10 else { return nil }
        return (j, metric)
    }

    /// Past the past participles from `k` ("recorded", up to a year's preposition): where they end.
    private static func pastParticiples(from k: Int, _ tokens: [Token], _ words: PeriodWords) -> Int {
        var e = k
        while e < tokens.count, tokens[e].kind == .word, !words.yearPrepositions.contains(tokens[e]), tokens[e].text.hasSuffix("ed") { e += 1 }
        return e
    }

    /// "… 65.2 percent of the 651.2 million trips recorded in 2018 … below the peak of roughly 683
    /// million in 2019", "41,200 criminal cases … in 2023, triple the 13,700 cases recorded in 2018": a
    /// count of no metric dated by an earlier year written after it in its clause, with no noun of
    /// its own or only the last word of the subject of a count before it in the sentence (a metric's,
    /// of the same order of magnitude), counts what that one counts.
    private func readAsEarlierYearOfSameCount(_ s: inout SentenceFigures, _ c: SentenceContext) {
        guard c.language == .en else { return }
        let tokens = s.tokens, words = c.scope.words
        for i in s.figures.indices.dropFirst() where s.figures[i].metric == nil {
            let m = s.figures[i].mention
            guard let (j, metric) = Self.earlierCount(of: i, in: s, ofMetricOnly: true) else { continue }
            // The noun after the figure: none, or the earlier subject's last word ("cases").
            var k = m.end
            if k < tokens.count, tokens[k].kind == .word, !words.yearPrepositions.contains(tokens[k]),
               let head = s.figures[j].subject.split(separator: " ").last, tokens[k].isText(String(head)) { k += 1 }
            // An earlier year after it, past a participle at most ("in 2019", "recorded in 2018"); "1,300
            // gangs in 2019" names another thing.
            let e = Self.pastParticiples(from: k, tokens, words)
            // (Or a year of the series it goes on: "… to 570 million in 2016, 598 million in 2017 and 651
            // million in 2018".)
            // (Or a part of the year: "… 165.3 million in the first quarter, 170.2 million in the second
            // quarter and …". Not a month: a month after its figure dates no segment of its own.)
            guard e + 1 < tokens.count, words.yearPrepositions.contains(tokens[e]) else { continue }
            var after = e + 2
            if let y = tokens[e + 1].writtenYear { guard y <= c.scope.document.year else { continue } }
            else if let p = words.partPhrases.lazy.compactMap({ $0.startsAt(tokens, e + 1, limit: tokens.count) }).max() { after = p }
            else { continue }
            guard after == tokens.count || tokens[after].kind == .punct || tokens[after].is("and") else { continue }
            s.figures[i].metric = metric
        }
    }

    /// "Foreign nationals accounted for 35.7 million crossings - up from 4.47 million in 2022, but only
    /// 36.5% of the 97.7 million recorded in 2019": a count with no noun of its own (an earlier year
    /// at most after it) right after a start link ("up from") or after a share's "of the", in the same
    /// unit and order of magnitude as the count of a metric before it, is that count in another year:
    /// its metric, whatever noun before it the matcher took (here the first count's "crossings").
    private func readAsBaseOfSameCount(_ s: inout SentenceFigures, _ c: SentenceContext) {
        guard c.language == .en else { return }
        let tokens = s.tokens, words = c.scope.words
        for i in s.figures.indices.dropFirst() {
            let m = s.figures[i].mention
            guard let (j, metric) = Self.earlierCount(of: i, in: s, ofMetricOnly: false), s.figures[i].metric != metric else { continue }
            // ("5.9% above the 672.8 million of 2019": a comparison's opener links a base dated by its year.)
            let dated = m.end + 1 < tokens.count && (words.yearPrepositions.contains(tokens[m.end]) || tokens[m.end].is("of"))
                && tokens[m.end + 1].writtenYear.map { $0 < c.scope.document.year } == true
            let linked = c.reader.matcher.startLinks.contains { $0.endsAt(tokens, m.first, lowerBound: s.figures[j].mention.end) }
                || (dated && words.comparisonOpeners.contains { $0.endsAt(tokens, m.first, lowerBound: s.figures[j].mention.end) })
            let share = m.first >= 3 && tokens[m.first - 1].is("the") && tokens[m.first - 2].is("of")
                && s.figures[j..<i].contains { $0.mention.isPercent && $0.mention.end == m.first - 2 }
            guard linked || share else { continue }
            // Nothing after it but a past participle and an earlier year ("recorded in 2019").
            var e = Self.pastParticiples(from: m.end, tokens, words)
            if e + 1 < tokens.count, words.yearPrepositions.contains(tokens[e]) || tokens[e].is("of"), let y = tokens[e + 1].writtenYear, y < c.scope.document.year { e += 2 }
            guard e == tokens.count || SentenceReader.isClauseEnd(tokens[e]) || (e == tokens.count - 1 && tokens[e].kind == .punct) else { continue }
            s.figures[i].metric = metric
        }
    }

    /// "The peak came in 2019 with 670 million, of which 97.67 million were made by foreign nationals":
    /// a count with no subject of its own, right before a part marker ("of which", "including") and a
    /// smaller count of a part of a catalog sum in the same unit, is that sum's total.
    private func readAsWholeOfItsParts(_ s: inout SentenceFigures, _ c: SentenceContext) {
        let tokens = s.tokens
        for i in s.figures.indices.dropLast() {
            let whole = s.figures[i].mention, part = s.figures[i + 1]
            guard s.figures[i].metric == nil, !whole.isPercent, !whole.isRate, whole.doubt == nil, whole.unit == part.mention.unit,
                  let metric = part.metric, part.mention.value < whole.value, !part.mention.isPercent,
                  let sum = catalog.sums.first(where: { $0.parts.contains(metric) }) else { continue }
            var k = whole.end
            if k < tokens.count, tokens[k].is(",") { k += 1 }
            guard let e = partMarkers[c.slot].lazy.compactMap({ $0.startsAt(tokens, k, limit: tokens.count) }).first,
                  e == part.mention.first || e + 1 == part.mention.first && tokens[e].is(",") else { continue }
            s.figures[i].metric = sum.total
        }
        // "2016   570.0   272.5   219.7   77.8" under "Year   Total   Mainland residents   …": a table row's
        // count of no metric that the row's counts of every part of one catalog sum add up to (within
        // rounding) is that sum's total.
        guard s.isRow else { return }
        for i in s.figures.indices where s.figures[i].metric == nil {
            let m = s.figures[i].mention
            guard !m.isPercent, !m.isRate, m.doubt == nil, m.value > 0 else { continue }
            let period = s.segmentPeriod(of: m)
            for sum in catalog.sums {
                let parts = s.figures.filter { f in f.metric.map(sum.parts.contains) == true && f.mention.unit == m.unit
                    && !f.mention.isPercent && s.segmentPeriod(of: f.mention) == period }
                guard Set(parts.compactMap(\.metric)) == Set(sum.parts), parts.count == sum.parts.count else { continue }
                let total = parts.reduce(Decimal(0)) { $0 + $1.mention.value }
                if abs(NSDecimalNumber(decimal: total - m.value).doubleValue) <= 0.015 * NSDecimalNumber(decimal: m.value).doubleValue {
                    s.figures[i].metric = sum.total
                    break
                }
            }
        }
    }

    /// "The first quarter accounted for 78.0 million journeys and the second quarter for 90.0
    /// million": a count of no metric, in a clause of another period than the count of a metric
    /// before it in the sentence, with no subject and no other figure between, in the same unit,
    /// counts the same thing for its period.
    private func readAsOtherPeriodOfSameCount(_ s: inout SentenceFigures, _ c: SentenceContext) {
        let tokens = s.tokens
        for i in s.figures.indices.dropFirst() where s.figures[i].metric == nil {
            let m = s.figures[i].mention, before = s.figures[i - 1]
            guard !m.isPercent, !m.isRate, m.doubt == nil, let metric = before.metric, !before.mention.isPercent, !before.mention.isRate,
                  before.mention.unit == m.unit, s.segmentPeriod(of: before.mention) != s.segmentPeriod(of: m),
                  // The first count's noun, the joiner, the part of the year and one link word at most.
                  let join = (before.mention.end..<m.first).last(where: { tokens[$0].is("and") || tokens[$0].is(",") }), join - before.mention.end <= 2,
                  case let k = join + 1 < m.first && tokens[join + 1].is("the") ? join + 2 : join + 1,
                  let e = c.scope.words.partPhrases.lazy.compactMap({ $0.startsAt(tokens, k, limit: m.first) }).max(), m.first - e <= 1,
                  m.end == tokens.count || tokens[m.end].is(".") || c.reader.matcher.isBareOfSubject(m, tokens) else { continue }
            s.figures[i].metric = metric
        }
        // "In the fourth quarter, 6.71 million vehicles were checked, up 8.9% quarter on quarter; the whole
        // year checked 23.46 million, up 143.4%", "…, and 23.46 million in the whole year": a count of no
        // metric in a later clause of another period, with only that period's words, prepositions and
        // verbs around it in its clause, counts what the count of a metric before it does (same unit,
        // same order of magnitude, no other count between).
        let words = c.scope.words
        func plain(_ r: Range<Int>, skipping marks: (Token) -> Bool = { _ in false }) -> Bool {
            var k = r.lowerBound
            while k < r.upperBound {
                if marks(tokens[k]) { k += 1; continue }
                if let e = words.partPhrases.lazy.compactMap({ $0.startsAt(tokens, k, limit: r.upperBound) }).max() { k = e; continue }
                let t = tokens[k]
                guard t.kind == .word, words.yearPrepositions.contains(t) || t.is("the") || t.is("and") || c.reader.copulas.contains(t)
                        || t.text.hasSuffix("ed") else { return false }
                k += 1
            }
            return true
        }
        for i in s.figures.indices.dropFirst() where s.figures[i].metric == nil {
            let m = s.figures[i].mention
            guard let (j, metric) = Self.earlierCount(of: i, in: s, ofMetricOnly: false), case let b = s.figures[j].mention,
                  s.segmentPeriod(of: b) != s.segmentPeriod(of: m),
                  let clause = (b.end..<m.first).last(where: { SentenceReader.isClauseEnd(tokens[$0]) }),
                  // ("; in the whole year, 23.46 million were checked": from the segment's start.)
                  case let open = (b.end..<clause).last(where: { SentenceReader.isSegmentEnd(tokens[$0]) }) ?? clause,
                  case let close = (m.end..<tokens.count).first(where: { SentenceReader.isClauseEnd(tokens[$0]) }) ?? tokens.count,
                  plain((open + 1)..<m.first, skipping: SentenceReader.isClauseEnd), plain(m.end..<close),
                  (open + 1..<close).contains(where: { k in words.partPhrases.contains { $0.startsAt(tokens, k, limit: close) != nil } }) else { continue }
            s.figures[i].metric = metric
        }
    }

    /// "… recorded 28.3 million, 30.1 million and 31.6 million crossings respectively": counts of no
    /// metric listed right before one of a metric, only commas and "and" between, in the same unit,
    /// count what the last one's noun says, in a sentence that says "respectively" or a list of three
    /// or more ("average daily crossings reached 2.24 million, and 6.72 million crossings were …" is
    /// two clauses).
    private func readAsSharedNoun(_ s: inout SentenceFigures, _ c: SentenceContext) {
        lazy var respectively = c.scope.words.saysRespectively(s.tokens)
        for i in s.figures.indices.reversed().dropLast() where s.figures[i].metric != nil && !s.figures[i].mention.isPercent {
            var k = i
            while k > 0, s.figures[k - 1].metric == nil, case let m = s.figures[k - 1].mention, !m.isPercent, !m.isRate, m.doubt == nil,
                  m.unit == s.figures[i].mention.unit, m.end < s.figures[k].mention.first,
                  // (Of one order of magnitude: "October 1-8, 8.2 million trips" lists no count.)
                  m.value * 10 >= s.figures[i].mention.value, m.value <= s.figures[i].mention.value * 10,
                  s.tokens[m.end..<s.figures[k].mention.first].allSatisfy({ $0.is(",") || $0.is("and") }) { k -= 1 }
            guard k < i, respectively || i - k >= 2 else { continue }
            for j in k..<i { s.figures[j].metric = s.figures[i].metric }
        }
        // "… were 397, 455, 518 and 604", each of a year listed before: the bare counts listed right
        // after a count of a metric, each paired with its own period, count the same.
        guard !s.respectivePeriods.isEmpty else { return }
        for i in s.figures.indices.dropFirst() where s.figures[i].metric == nil && s.respectivePeriods[s.figures[i].mention.first] != nil {
            let before = s.figures[i - 1], m = s.figures[i].mention
            guard let metric = before.metric, s.respectivePeriods[before.mention.first] != nil, before.mention.unit == m.unit, !m.isPercent,
                  s.tokens[before.mention.end..<m.first].allSatisfy({ $0.is(",") || $0.is("and") || $0.is("、") || $0.is("和") }) else { continue }
            s.figures[i].metric = metric
        }
    }

    /// At most this many tokens in the sentence a pronoun stands for.
    private static let pronounLeadLimit = 10

    /// The sentence's figures read again with `lead` before it as their heading (its verbs,
    /// context words and exclusions), by where each stands in the sentence.
    private func readAgain(_ s: SentenceFigures, _ c: SentenceContext, _ r: DocumentReading, headedBy lead: [Token]) -> [Int: ReadFigure] {
        let headed = lead + s.tokens
        var headedMentions = c.reader.numbers.read(headed)
        headedMentions.removeAll { $0.first < lead.count }
        var u: [Decimal] = [], n: [(change: Decimal, subject: [String])] = []
        let again = c.reader.read(headed, period: s.period, mentions: headedMentions, mask: KeyMask(headed),
                                  heading: 0..<lead.count, unbound: &u, named: &n)
        return Dictionary(again.map { ($0.mention.first - lead.count, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The facts of the sentence's figures, in order: each figure's own period, the metric it
    /// borrows when it names none, and why it is not the release's own figure when it is not.
    private func addFacts(_ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        // "159 million, 164 million and 180 million … in the first, second and third quarters".
        let listedParts = c.scope.listedParts(s.tokens, s.mentions, year: s.period.year)
        // (What a listed count borrowed counts too: "Of these, 29.1 million were recorded in the first
        // quarter, and 29.6 million in the second", after the half-year's total.)
        var listedMetrics = listedParts.isEmpty ? [] : Set(s.figures.filter { listedParts[$0.mention.first] != nil }.compactMap(\.metric))
        var previousMetric: String? = c.noteMetric   // what the sentence's previous count counts
        var previousCount: (metric: String, period: Period)?   // the sentence's previous count, with its period
        var previousFigure: ReadFigure?   // the figure of that count
        var counted: [String: (end: Int, period: Period)] = [:]   // the sentence's counts so far, by metric
        let wholes = previousWholes(s, c, r)
        var datedWhole: (end: Int, year: Int)?   // "270 million … in 2020": a count dated by a year after it
        for var figure in s.figures {
            var (own, cumulative, dating) = ownPeriod(of: figure, s, c)
            // "…, of which 143 million were made by mainland residents": the parts of a count dated to
            // another year are of that year.
            // (Not a base compared with: "…, compared with 31.86 million in 2017, up 7.3%, of which aircraft …"
            // breaks down the sentence's own count.)
            if case .yearAfter(let y) = dating, !figure.mention.isPercent, !figure.mention.isRate {
                datedWhole = c.scope.comparedWith(figure.mention, s.tokens) ? nil : (figure.mention.end, y)
            }
            else if case .other = dating, let w = datedWhole, own == c.scope.document, !figure.mention.isPercent, w.end <= figure.mention.first,
                    c.scope.opensBreakdown(s.tokens, w.end..<figure.mention.first, year: w.year) { own = Period(year: w.year) }
            // "…（2022年为3.23万起）；打掉…团伙1187个，其中…214起": a count of another year between ends the
            // dated count's breakdown.
            if let w = datedWhole, w.end <= figure.mention.first, !figure.mention.isPercent, !figure.mention.isRate, own.year != w.year { datedWhole = nil }
            inheritByDating(&figure, dating, own: own, previousMetric: previousMetric, s, c, &r.facts)
            inheritInListOfParts(&figure, &own, listedParts, listedMetrics, previousMetric: previousMetric, s, c)
            inheritByReference(&figure, &own, s, c, &r)
            inheritAsTotalReference(&figure, own: own, s, c, r)
            inheritAsPartOfPrevious(&figure, &own, s, c, r)
            inheritByEarlierKind(&figure, own: own, s, c, r)
            inheritFromClauseBefore(&figure, previousMetric: previousMetric, previousFigure, s, c)
            inheritInBreakdown(&figure, own: own, s, c)
            inheritInYearBracket(&figure, &own, previousMetric: previousMetric, s, c)
            inheritAfterYearClause(&figure, own: own, previous: previousCount, s)
            inheritByReferenceInSentence(&figure, own: own, previous: previousCount, previousFigure, s, c)
            inheritAsRatioBase(&figure, own: own, previousMetric: previousMetric, s, c)
            inheritFromCampaignOpener(&figure, s, c)
            if let m = figure.metric, !figure.mention.isPercent { previousMetric = m; previousCount = (m, own); previousFigure = figure }
            if let m = figure.metric, listedParts[figure.mention.first] != nil { listedMetrics.insert(m) }
            var f = statedFact(figure, own: own, s, c, r)
            if let note = exclusionNote(f, figure, cumulative: cumulative, counted: &counted, s, c, &r) ?? partOfPreviousWhole(f, figure, wholes) {
                f.metric = nil
                f.note = note
            }
            r.facts.append(f)
        }
    }

    /// "签发…签注8300万件次。其中，签发往来港澳签注7236万件次", "… 9.8 million endorsements were issued. Of
    /// these, 4.4 million were for individual travel": a sentence that opens as a part of the previous
    /// sentence's figures divides them; the metric and period of each of those counts.
    private func previousWholes(_ s: SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) -> [String: Period] {
        guard let p = c.before, c.scope.partOfPrevious(s.tokens, mentions: s.mentions, mask: s.mask) else { return [:] }
        var out: [String: Period] = [:]
        for (i, figure) in p.figures.enumerated() where !figure.mention.isPercent && !figure.mention.isRate && p.first + i < r.facts.count {
            let f = r.facts[p.first + i]
            if let m = f.metric { out[m] = f.period }
        }
        return out
    }

    /// A count of the same metric and period as a count of the previous sentence it is a part of
    /// (`previousWholes`) is a part of that count, never the whole.
    private func partOfPreviousWhole(_ f: Fact, _ figure: ReadFigure, _ wholes: [String: Period]) -> String? {
        guard let m = f.metric, !figure.mention.isPercent, !figure.mention.isRate, wholes[m] == f.period else { return nil }
        return "a part of the \(m) figure of the sentence before, not its total"
    }

    /// How a figure's own period was found, for what it may borrow: by the year of a when-clause
    /// after it, by a year after it (a base compared with), or otherwise.
    private enum Dating { case other, whenClause, yearAfter(Int), previousLabel }

    /// The figure's own period: its segment's or the sentence's, unless a founding marker covers it,
    /// a when-clause or a year after it dates it, or it changes against an earlier whole year; and
    /// whether it is a total since a founding.
    private func ownPeriod(of figure: ReadFigure, _ s: SentenceFigures, _ c: SentenceContext) -> (own: Period, cumulative: Bool, dating: Dating) {
        let scope = c.scope, tokens = s.tokens
        var own = s.segmentPeriod(of: figure.mention)
        // ("Over two years, passports issued rose to 24.6 million, up 3.1 percent": an English count with
        // a year-on-year change is the year's level, not a total over the span; 年均增长 is no such change.)
        let cumulative = s.founding.map { (figure.yoy == nil || c.language != .en) && scope.sinceFounding($0.at, covers: figure.mention, tokens, mask: s.mask)
            && !(!own.isWindow && scope.clauseNamesItsYear(figure.mention, after: $0.at, tokens, year: own.year, mask: s.mask)) } ?? false
        var dating = Dating.other
        // "2016年至2019年，…分别为5.70亿、…和6.70亿人次": a list paired with years gives each figure its own.
        if !cumulative, let y = figure.listYear { return (Period(year: y), false, dating) }
        if !cumulative, let p = s.respectivePeriods[figure.mention.first] { return (p, false, dating) }
        if cumulative, let w = s.founding?.window { own = w }
        // "128.0 million (2020: 269.0 million)": the earlier period a bracket labels the figure with.
        else if let p = scope.bracketLabelPeriod(figure.mention, tokens, after: s.mentions.last(where: { $0.kind == .figure && $0.end <= figure.mention.first })) { own = p }
        else if !figure.mention.isPercent, let p = scope.periodBeforeBracket(figure.mention, tokens) { own = p; dating = .previousLabel }
        // "… of the 47.0mn of the first half of 2019": the part of a year written right after it.
        // ("compare with 651m for the whole of 2018", "vs 356.3m in H1 2025": an earlier period's figure
        // compared with borrows what it is compared with counts, as one dated by a year after it does.)
        else if let p = scope.datedPartAfter(figure.mention, tokens)?.period {
            own = p
            if p.isAnnual, p.year < s.period.year { dating = .yearAfter(p.year) }
            else if p.span.end < s.period.span.start, scope.words.comparisonOpeners.contains(where: { $0.endsAt(tokens, figure.mention.first, lowerBound: 0) })
                        || scope.followsChange(figure.mention, tokens) {
                dating = .previousLabel
            }
        }
        else if let p = scope.comparedPeriodInBrackets(figure.mention, tokens, of: s.period) { own = p; dating = .previousLabel }
        else if let p = scope.previousPeriodLabel(figure.mention, tokens, of: s.period) { own = p; dating = .previousLabel }
        else if let p = scope.quarterAfter(figure.mention, tokens, of: own) { own = p; dating = .previousLabel }
        else if let p = scope.previousYearTotal(figure.mention, tokens, of: own) { own = p }
        else if let p = scope.possessivePart(figure.mention, tokens, of: own) { own = p; dating = .previousLabel }
        else if let p = scope.periodOfWhenClause(figure.mention, tokens) { own = p; dating = .whenClause }
        else if let p = scope.samePeriodAfter(figure.mention, tokens, of: own) ?? scope.samePeriodBefore(figure.mention, tokens, of: own) {
            // ("…, compared with 16,680 in the same period last year, an increase of 11.5%": a base
            // compared with is labelled as an earlier period's, its change the figure's before it.)
            own = p
            if p.span.end < s.period.span.start, scope.comparedWith(figure.mention, tokens) { dating = .previousLabel }
        }
        else if let p = scope.samePartYearBefore(figure.mention, tokens, of: own) { own = p; dating = .previousLabel }
        else if own == scope.document, !own.isAnnual, let y = scope.yearAfter(figure.mention, tokens, before: own.year + 1) { own = Period(year: y) }
        // "issued 1.476 million port visas, up 87.3% on 2023" in a release on 2025's first
        // quarter: a change measured against an earlier whole year is the next year's.
        else if own == scope.document, !own.isAnnual, figure.yoy != nil, let b = scope.changeBaseYear(tokens, s.mentions), b + 1 < own.year {
            own = Period(year: b + 1)
        }
        // (In a window's sentence too, "1—8月…，已超过2022年全年出入境人员总量（1.157亿人次）": an earlier year only.)
        // (A sentence carrying an earlier year, "其中，…由2012年的…增至2019年的3.46亿人次", may name a later one.)
        else if own.isAnnual || own.isWindow,
                let y = scope.yearAfter(figure.mention, tokens, before: own == scope.document ? own.year : max(own.year, scope.document.year),
                                        orAfterUntil: own == scope.document ? scope.releasedYear ?? Int.max : nil) {
            own = Period(year: y); dating = .yearAfter(y)
        }
        return (own, cumulative, dating)
    }

    /// A plain count, or an amount in the unit of the sentence's last figure before it counting
    /// `metric` ("fell to CNY 2.9 billion in 2019 from CNY 3.2 billion in 2018"): it may count what that one counts.
    private static func unitFits(_ figure: ReadFigure, countedLike metric: String, in s: SentenceFigures) -> Bool {
        figure.mention.unit == nil
            || figure.mention.unit == s.figures.last(where: { $0.metric == metric && $0.mention.first < figure.mention.first })?.mention.unit
    }

    /// A figure dated by a clause of its own (a when-clause, a year it is compared with) counts what
    /// the count before it counts; a change after a base is the change of the figure compared with it.
    private func inheritByDating(_ figure: inout ReadFigure, _ dating: Dating, own: Period, previousMetric: String?, _ s: SentenceFigures, _ c: SentenceContext,
                                 _ facts: inout [Fact]) {
        let scope = c.scope, tokens = s.tokens
        switch dating {
        case .other:
            // "rose from 48,000 in 2018 to 62,000 in 2019": the level reached after a range's "to" counts
            // what the figure it started from counts.
            if figure.metric == nil, let m = previousMetric, !figure.mention.isPercent, !figure.mention.isRate,
               Self.unitFits(figure, countedLike: m, in: s),
               Self.endsFromToRange(tokens, before: figure.mention.first), c.reader.matcher.isBareOfSubject(figure.mention, tokens)
                || figure.mention.end < tokens.count && tokens[figure.mention.end].is(".")
                || figure.mention.end + 1 < tokens.count && tokens[figure.mention.end].is("in") && tokens[figure.mention.end + 1].writtenYear != nil { figure.metric = m }
            return
        case .previousLabel:
            // 比上年的6.1亿人次, （上季度为1.86亿人次）: the earlier period's figure counts what the count
            // before it counts.
            if figure.metric == nil, let m = previousMetric, !figure.mention.isPercent, !figure.mention.isRate,
               Self.unitFits(figure, countedLike: m, in: s) { figure.metric = m }
            // "220 million, 2017 was 216 million, an increase of 1.9%": the change after the earlier
            // period's figure is that of the later figure it labels against.
            if c.language == .en, let change = figure.yoy, let metric = figure.metric, !figure.mention.isPercent,
               let j = facts[s.first...].lastIndex(where: { $0.metric == metric && $0.yoyPct == nil && $0.period.span.start > own.span.start }) {
                facts[j].yoyPct = change
                figure.yoy = nil
            }
        case .whenClause:
            // "…, about 5.5% of the level of 2019, when 30.7 million were issued": a figure with no
            // subject of its own ("were issued") counts what the count before it counts.
            if figure.metric == nil, let m = previousMetric, !figure.mention.isPercent, !figure.mention.isRate,
               figure.mention.unit == nil, c.reader.matcher.isBareOfSubject(figure.mention, tokens) { figure.metric = m }
            // "… than the 175.1 million trips recorded in the fourth quarter. Compared with the first
            // quarter of 2019, when 161.2 million trips were made, …": a figure opening its sentence
            // whose noun alone names no metric counts what the counts of that noun before it count.
            let e = figure.mention.end
            if figure.metric == nil, previousMetric == nil, let p = c.before, !figure.mention.isPercent, !figure.mention.isRate,
               figure.mention.unit == nil, e < tokens.count, tokens[e].kind == .word {
                let noun = tokens[e].text
                let refs = Set(p.figures.indices.filter { let f = p.figures[$0].mention
                    return !f.isPercent && !f.isRate && f.unit == nil
                        && (f.end < p.tokens.count && p.tokens[f.end].text == noun || Self.subject(p.figures[$0].subject, names: noun)) }
                    .map { facts[p.first + $0].metric ?? "" })
                if refs.count == 1, let m = refs.first, !m.isEmpty { figure.metric = m }
            }
        case .yearAfter(let y):
            // "more than 27,000 criminal cases, compared with 25,600 in 2018": the earlier year's
            // figure counts what the figure it is compared with counts.
            // "231 million persons were inspected in 2020 and 670 million in 2019": so does a bare figure
            // after "and" dated by a year of its own.
            // ("fell to CNY 2.9 billion in 2019 from CNY 3.2 billion in 2018": an amount in the unit of that count too.)
            let joined = figure.mention.first > 0 && tokens[figure.mention.first - 1].is("and")
            // ("… and 292 million person-times in 2017": a measure word may stand before the year.)
            var e = figure.mention.end
            if e < tokens.count, c.reader.matcher.isCounter(tokens[e]) { e += 1 }
            if figure.metric == nil, let m = previousMetric, !figure.mention.isPercent, !figure.mention.isRate,
               Self.unitFits(figure, countedLike: m, in: s),
               scope.comparedWith(figure.mention, tokens)
                || figure.mention.first > 0 && (joined || Self.endsFromToRange(tokens, before: figure.mention.first))
                    && (c.reader.matcher.isBareOfSubject(figure.mention, tokens)
                    || e + 1 < tokens.count && tokens[e].is("in") && tokens[e + 1].writtenYear == y
                    // ("and 722.6m in full-year 2025": a whole-year lead may stand before the year.)
                    || e == figure.mention.end && scope.datedPartAfter(figure.mention, tokens)?.at == e + 1) { figure.metric = m }
            // "64.88 million trips, up from 35.47 million the year before (+82.9%)": the change
            // after the base is that of the figure compared with it; "335 million in 2018 and 292
            // million in 2017, an increase of 14.7%": so is the change after the earlier year's figure
            // joined to the later one's by "and".
            if let change = figure.yoy, let metric = figure.metric, scope.comparedWith(figure.mention, tokens) || joined,
               let j = facts[s.first...].lastIndex(where: { $0.metric == metric && $0.yoyPct == nil && $0.period.year > y }) {
                facts[j].yoyPct = change
                figure.yoy = nil
            }
        }
    }

    /// "…, and foreign nationals' crossings are at 28% of the 48.8m …": the clause of the share whose
    /// base `m` is names a catalog subject before the share, with no count between.
    private func shareClauseNamesSubject(_ m: Mention, _ s: SentenceFigures, _ c: SentenceContext) -> Bool {
        guard let ratio = s.figures.last(where: { $0.mention.isPercent && $0.mention.end == m.first - 2 }) else { return false }
        let from = s.tokens[..<ratio.mention.first].lastIndex(where: SentenceReader.isClauseEnd).map { $0 + 1 } ?? 0
        guard !s.figures.contains(where: { !$0.mention.isPercent && $0.mention.first >= from && $0.mention.first < ratio.mention.first }) else { return false }
        return !c.reader.matcher.namedSubjects(s.tokens, in: from..<ratio.mention.first).isEmpty
    }

    /// "Foreign trips have now reached 94% of the 48.7 million recorded in the first half of 2019": the
    /// figure a ratio is of, dated to an earlier year, counts what the subject before the ratio names
    /// (in the ratio's own clause, with no count between, after a count of the sentence).
    private func inheritAsRatioBase(_ figure: inout ReadFigure, own: Period, previousMetric: String?, _ s: SentenceFigures, _ c: SentenceContext) {
        let m = figure.mention, tokens = s.tokens
        guard figure.metric == nil, !m.isPercent, !m.isRate, own.year < s.period.year, m.first >= 3,
              tokens[m.first - 1].is("the"), tokens[m.first - 2].is("of"),
              let ratio = s.figures.last(where: { $0.mention.isPercent && $0.mention.end == m.first - 2 }) else { return }
        // After a count of the sentence ("… the 327m crossings of 2019, and foreign nationals' crossings are at
        // 28% of the 48.8m …"), only the ratio's own clause names what the base counts.
        let from = previousMetric == nil ? 0 : (tokens[..<ratio.mention.first].lastIndex(where: SentenceReader.isClauseEnd).map { $0 + 1 } ?? 0)
        guard from == 0 || !s.figures.contains(where: { !$0.mention.isPercent && $0.mention.first >= from && $0.mention.first < ratio.mention.first }) else { return }
        figure.metric = c.reader.matcher.match(m, tokens: tokens, before: from..<ratio.mention.first, after: m.end..<m.end,
                                               clause: 0..<tokens.count, linkedBefore: false, mask: s.mask)?.metric
    }

    /// "In the special campaign to hunt down fugitive snakeheads, 547 were brought to justice": the
    /// first figure of its sentence, with no subject of its own (a copula and a verb after it), right
    /// after an opening phrase that names a campaign (`campaignNouns`) counts what that phrase names.
    private func inheritFromCampaignOpener(_ figure: inout ReadFigure, _ s: SentenceFigures, _ c: SentenceContext) {
        let m = figure.mention, tokens = s.tokens
        guard c.language == .en, figure.metric == nil, !m.isPercent, !m.isRate, m.unit == nil, m.first >= 4, tokens[m.first - 1].is(","),
              !s.mentions.contains(where: { $0.kind == .figure && $0.first < m.first }),
              !tokens[..<(m.first - 1)].contains(where: SentenceReader.isClauseEnd),
              periodWords[0].campaignNouns.contains(where: { $0.firstMatch(in: tokens, 0..<(m.first - 1)) != nil }),
              c.reader.matcher.isBareOfSubject(m, tokens)
                || m.end + 1 < tokens.count && c.reader.matcher.appositionCopulas.contains(tokens[m.end]) && tokens[m.end + 1].kind == .word,
              !s.markers.contains(where: \.local) else { return }
        figure.metric = c.reader.matcher.match(m, tokens: tokens, before: 0..<(m.first - 1), after: m.end..<m.end,
                                               clause: 0..<tokens.count, linkedBefore: false, mask: s.mask)?.metric
    }

    /// "rose from 598 million in 2017 to 651 million in 2018": the "to" before a figure closes a range
    /// opened by "from" and a figure dated by its year.
    /// "… to 9,800 in 2017 and 18,400 in 2018": a further level listed after the range's end, each
    /// with its year, goes on with it.
    static func endsFromToRange(_ tokens: [Token], before first: Int) -> Bool {
        guard first >= 5, tokens[first - 2].writtenYear != nil, tokens[first - 3].is("in") else { return false }
        if tokens[first - 1].is("and") || tokens[first - 1].is(","), tokens[first - 4].kind == .number {
            return endsFromToRange(tokens, before: first - 4)
        }
        guard tokens[first - 1].is("to") else { return false }
        return tokens[max(0, first - 9)..<(first - 3)].contains { $0.is("from") }
    }

    /// "In 2019, 15,000 criminal cases were cracked; by 2024, more than 35,000.": a figure with no
    /// subject of its own, in a clause after a semicolon opened by its own year (a preposition, the
    /// year, a comma, a qualifier, or a few words: "in 2017 the amount halved to 4.8 tonnes"), counts
    /// what the sentence's previous count counts, dated to another year, in the clause's year. A
    /// measure word after it ("tonnes") must be that count's unit.
    private func inheritAfterYearClause(_ figure: inout ReadFigure, own: Period, previous: (metric: String, period: Period)?, _ s: SentenceFigures) {
        guard figure.metric == nil, let p = previous, own.isAnnual, p.period.isAnnual, p.period != own, !figure.mention.isPercent,
              !figure.mention.isRate, figure.mention.unit == nil || figure.mention.unit == units[p.metric] else { return }
        let tokens = s.tokens, first = figure.mention.first, e = figure.mention.end
        guard let semicolon = tokens[..<first].lastIndex(where: { $0.is(";") }),
              let y = ((semicolon + 1)..<first).first(where: { tokens[$0].writtenYear == own.year }), y <= semicolon + 2,
              first - y <= Self.yearClauseReach, tokens[(y + 1)..<first].allSatisfy({ $0.is(",") || $0.kind == .word }),
              e >= tokens.count || SentenceReader.isClauseEnd(tokens[e]) || tokens[e].is(".") else { return }
        figure.metric = p.metric
    }

    /// At most this many tokens from a semicolon clause's year to its figure ("2017 the amount halved to").
    private static let yearClauseReach = 5

    /// "全年共查验出入境人员1.28亿人次，同比下降42.2%；2020年全年这一数字为2.21亿人次": a figure after one
    /// of `figureReferences` that follows the sentence's previous count, in another period, with
    /// the same unit and no other count between, counts what that count counts.
    private func inheritByReferenceInSentence(_ figure: inout ReadFigure, own: Period, previous: (metric: String, period: Period)?,
                                              _ previousFigure: ReadFigure?, _ s: SentenceFigures, _ c: SentenceContext) {
        guard figure.metric == nil, let p = previous, let before = previousFigure, p.period != own, !figure.mention.isPercent,
              !figure.mention.isRate, figure.mention.unit == before.mention.unit, before.mention.end <= figure.mention.first else { return }
        let between = before.mention.end..<figure.mention.first
        guard !s.figures.contains(where: { between.contains($0.mention.first) && !$0.mention.isPercent }),
              figureReferences[c.slot].contains(where: { s.mask.mayHold($0) && $0.firstMatch(in: s.tokens, between) != nil }) else { return }
        figure.metric = p.metric
    }

    /// A count in a list of parts of the year, or a base compared with in another part of it: that
    /// part's, counting what the list's other counts or the count before it count.
    private func inheritInListOfParts(_ figure: inout ReadFigure, _ own: inout Period, _ listedParts: [Int: Period], _ listedMetrics: Set<String>,
                                      previousMetric: String?, _ s: SentenceFigures, _ c: SentenceContext) {
        let scope = c.scope, tokens = s.tokens
        // A count of a list of parts of the year is that part's; one with no subject of its own
        // ("164 million and …", "19.6 million in the second") counts what the list's others count.
        if let p = listedParts[figure.mention.first], !figure.mention.isPercent {
            own = p
            let e = figure.mention.end
            // ("…, and passports numbered 5.2 million in the second quarter" names its own subject.)
            let clause = (tokens[..<figure.mention.first].lastIndex(where: SentenceReader.isClauseEnd) ?? -1) + 1
            if figure.metric == nil, listedMetrics.count == 1,
               e == tokens.count || tokens[e].is("in") || tokens[e].is("and") || tokens[e].is(".") || SentenceReader.isClauseEnd(tokens[e]),
               c.reader.matcher.namedSubjects(tokens, in: clause..<figure.mention.first).allSatisfy({ $0.metrics.contains(listedMetrics.first!) }) {
                figure.metric = listedMetrics.first
            }
        }
        // "106.8 million in the second quarter, …, against 61.2 million in the first quarter", "…,
        // compared with 17.41 million in the first half of 2019": a base compared with, dated to
        // another part of a year, counts what the count before it counts, in that part.
        // ("… compared with 6.5 million person-times in the same quarter of last year": a measure word is
        // no subject of its own, when it counts in the unit of that count.)
        if let m = previousMetric, !figure.mention.isPercent, !figure.mention.isRate, figure.mention.unit == nil,
           scope.comparedWith(figure.mention, tokens), figure.metric == nil || c.reader.matcher.countsOnly(figure.subject, like: m),
           // (A share's base counts what the share's own clause names, when it names one: `inheritAsRatioBase`.)
           !(PeriodScope.isShareBase(figure.mention, tokens) && shareClauseNamesSubject(figure.mention, s, c)),
           let p = scope.datedPartAfter(figure.mention, tokens)?.period ?? scope.partAfter(figure.mention, tokens) ?? scope.samePeriodAfter(figure.mention, tokens, of: s.period),
           p != s.period, Self.isPartOfYear(p) || Self.isSameSpanEarlier(p, s.period) {
            own = p; figure.metric = m
        }
    }

    /// Whether window `p` spans the same days of an earlier year as window `q` does ("January-September
    /// 2019" against the first three quarters of 2025).
    static func isSameSpanEarlier(_ p: Period, _ q: Period) -> Bool {
        guard p.isWindow, q.isWindow, let years = p.yearsBefore(q), years > 0 else { return false }
        let (a, b) = (p.span, q.span)
        return a.start.prefix(4) == a.end.prefix(4) && b.start.prefix(4) == b.end.prefix(4)
    }

    /// How many times the count referred to a figure may be, either way, and still be what it refers to.
    private static let referenceSlack: Decimal = 2

    /// The sentence's first figure that refers back to the previous sentence's count ("这一数字",
    /// "The 2020 figure") counts what it counted; an exact restatement of it replaces it.
    private func inheritByReference(_ figure: inout ReadFigure, _ own: inout Period, _ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        let scope = c.scope, tokens = s.tokens, figures = s.figures
        // "The 2020 figure was 70,000": a reference with an earlier year inside dates the figure.
        var datedReference = false
        if figure.metric == nil, c.language == .en, own == scope.document, figure.mention.first == figures.first?.mention.first,
           let k = (1..<max(1, figure.mention.first)).first(where: { tokens[$0].writtenYear.map { (1949..<scope.document.year).contains($0) } == true }),
           tokens[k - 1].is("the") {
            var bare = tokens
            bare.remove(at: k)
            if figureReferences[0].contains(where: { $0.firstMatch(in: bare, 0..<(figure.mention.first - 1)) != nil }) {
                own = Period(year: tokens[k].writtenYear!); datedReference = true   // was the document's
            }
        }
        // "11月当月，全国出入境人员为2913万人次。而2019年全年，这一数字为6.71亿人次": the figure
        // counts what the previous sentence's count counted, in the other period its sentence names.
        // A share may come first ("The figure was about 19 percent of the 2019 level, when …").
        // (Every count of a list paired with periods: "去年同期和上季度，这一数字分别为…和…".)
        if figure.metric == nil, figure.mention.first == figures.first(where: { !$0.mention.isPercent })?.mention.first || s.respectivePeriods[figure.mention.first] != nil,
           !figure.mention.isPercent, !figure.mention.isRate,
           // (In a release on a part of the year, an earlier whole year only: "The figure compares with 230
           // million for the whole of 2020" after a half-year's count.)
           let p = c.before, own != r.previousPeriod, scope.document.isAnnual || !own.isAnnual || own.year < scope.document.year,
           // "From April 2018 to the end of 2020, 620 …. In 2020 itself the number was 208": after a
           // window, a sentence that names the release's own year refers back too.
           own != scope.document || (r.previousPeriod?.isAnnual == false && s.mentions.contains { $0.kind == .year && tokens[$0.number].writtenYear == own.year }),
           let ref = p.figures.last(where: { $0.metric != nil && !$0.mention.isPercent && !$0.mention.isRate && $0.mention.unit == figure.mention.unit }),
           datedReference || figureReferences[c.slot].contains(where: { s.mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<figure.mention.first) != nil }) {
            figure.metric = ref.metric
            // "Of these, … foreigners 8.47 million. The figure for the second quarter was 99.6 million":
            // a part of the period larger than the part counted last refers to the total of those parts.
            if let pp = r.previousPeriod, own != pp, own.span.start >= pp.span.start, own.span.end <= pp.span.end, figure.mention.value > ref.mention.value,
               let m = ref.metric, let total = c.reader.matcher.totalOfPart[m] {
                figure.metric = r.facts[..<p.first].contains(where: { $0.metric == total && $0.period == pp && $0.value >= figure.mention.value }) ? total : nil
            }
            // "…外国人1684万人次…。去年同期，这一数字为1.59亿人次": after a list of parts, a figure of another
            // year many times the part counted last, near the total stated before, refers to that total.
            else if let pp = r.previousPeriod, own != pp, let m = ref.metric, let total = c.reader.matcher.totalOfPart[m],
                    figure.mention.value > ref.mention.value * Self.referenceSlack,
                    r.facts[..<p.first].contains(where: { $0.metric == total && $0.period == pp
                        && figure.mention.value * Self.referenceSlack > $0.value && $0.value * Self.referenceSlack > figure.mention.value }) {
                figure.metric = total
            }
            // "People crossed … 115.7 million times in 2022. The number was down 9.8% from 128.3 million
            // in 2021": the change before an earlier year's base is that of the figure referred to.
            if let change = figure.baseChange, own.isAnnual,
               let j = r.facts[p.first...].lastIndex(where: { $0.metric == ref.metric && $0.yoyPct == nil && $0.period.isAnnual && $0.period.year == own.year + 1 }) {
                r.facts[j].yoyPct = change
            }
        }
        if datedReference, figure.metric == nil { own = scope.document }
        // "nearly 700 million trips were recorded in 2025. The precise count was 693.7 million trips":
        // an exact figure restating the previous sentence's rounded one of the same period replaces it.
        if figure.metric == nil, figure.mention.qualifier == .exact, figure.mention.first == figures.first?.mention.first,
           !figure.mention.isPercent, !figure.mention.isRate, let p = c.before, own == r.previousPeriod ?? r.lastParagraphPeriod,
           restatements[c.slot].contains(where: { s.mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<figure.mention.first) != nil }),
           let i = p.figures.lastIndex(where: { $0.metric != nil && !$0.mention.isPercent && !$0.mention.isRate && $0.mention.unit == figure.mention.unit }),
           p.figures[i].mention.qualifier != .exact, r.facts[p.first + i].metric == p.figures[i].metric, r.facts[p.first + i].period == own {
            figure.metric = p.figures[i].metric
            r.facts[p.first + i].metric = nil
            r.facts[p.first + i].note = "a rounded figure the next sentence gives exactly"
        }
    }

    /// How far apart, as a factor, a figure and the earlier total it refers to may be.
    private static let totalReferenceReach: Decimal = 8

    /// "The quarterly total was 1.1 percent below the 185 million of the fourth quarter of 2025", "For
    /// the first half the total had been 168 million": the sentence's first count after one of
    /// `totalReferences`, in another period, counts the total of a catalog sum stated earlier in the
    /// release whose value is nearest its own (within `totalReferenceReach`): "the total" of a release
    /// is its headline count, and the vehicles' total is of another size than the people's.
    private func inheritAsTotalReference(_ figure: inout ReadFigure, own: Period, _ s: SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        let m = figure.mention, v = m.value
        guard figure.metric == nil, !m.isPercent, !m.isRate, m.unit == nil, v > 0,
              m.first == s.figures.first(where: { !$0.mention.isPercent && !$0.mention.isRate })?.mention.first
                && totalReferences[c.slot].contains(where: { s.mask.mayHold($0) && $0.firstMatch(in: s.tokens, 0..<m.first) != nil })
                // ("…, and a quarter of last year's total of 697 million": a later count, right after the words.)
                || c.scope.words.previousYearTotals.contains(where: { $0.endsAt(s.tokens, m.first, lowerBound: 0) })
                || c.scope.words.priorYearTotals.contains(where: { $0.endsAt(s.tokens, m.first, lowerBound: 0) }) else { return }
        func apart(_ f: Fact) -> Decimal { max(f.value, v) / min(f.value, v) }
        let totals = Set(catalog.sums.map(\.total))
        // "Passports issued totaled 22.98 million in 2024. The 2019 total was 30.37 million": after a
        // count of no sum, "the total" is that count's (`inheritByReference`), not the headline's.
        if let p = c.before, let last = p.figures.last(where: { $0.metric != nil && !$0.mention.isPercent && !$0.mention.isRate })?.metric,
           !totals.contains(last), c.reader.matcher.totalOfPart[last] == nil { return }
        let earlier = r.facts.filter { f in f.metric.map(totals.contains) == true && f.status == .reported && f.period != own && f.value > 0 && apart(f) <= Self.totalReferenceReach }
        figure.metric = earlier.min { apart($0) < apart($1) }?.metric
    }

    /// "… cracked nearly 19,700 criminal cases … last year." Paragraphs later: "In the first half, the
    /// administration had reported 9,200 such cases": a count followed by a reference to a kind, in
    /// another period than the release's, whose sentence before holds no count of that noun, counts
    /// what the release's last count of that noun in its own period counts.
    private func inheritByEarlierKind(_ figure: inout ReadFigure, own: Period, _ s: SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        guard figure.metric == nil, c.language == .en, !figure.mention.isPercent, !figure.mention.isRate, own != c.scope.document,
              let noun = kindNoun(after: figure.mention, s.tokens, c.language) else { return }
        if let p = c.before, p.figures.contains(where: { Self.subject($0.subject, names: noun) }) { return }
        figure.metric = r.facts.last { $0.metric != nil && $0.status == .reported && $0.period == c.scope.document && Self.subject($0.subject, names: noun) }?.metric
    }

    /// A part of the previous sentence's count, in a part of its period, counts what that count
    /// counts: when its clause names that metric's subject, refers to its kind ("such cases"), or
    /// names no subject of its own.
    private func inheritAsPartOfPrevious(_ figure: inout ReadFigure, _ own: inout Period, _ s: SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) {
        guard figure.metric == nil, !figure.mention.isPercent, !figure.mention.isRate, let p = c.before, let pp = r.previousPeriod else { return }
        let scope = c.scope, tokens = s.tokens, figures = s.figures
        // "全年共侦办此类案件1.97万起…。其中，仅第四季度就侦办案件6120起": a part of the previous
        // sentence's count in a part of its period counts what that count counts, when the figure's
        // clause names one of that metric's subjects.
        if figure.mention.first == figures.first?.mention.first,
           pp.isAnnual, own.year == pp.year, Self.isPartOfYear(own),
           scope.partOfPrevious(tokens, mentions: s.mentions, mask: s.mask) {
            let start = tokens[..<figure.mention.first].lastIndex(where: SentenceReader.isClauseEnd).map { $0 + 1 } ?? 0
            var named = c.reader.matcher.namedSubjects(tokens, in: start..<figure.mention.first).reduce(into: Set<String>()) { $0.formUnion($1.metrics) }
            // "[2] Of which 2.61 million in the fourth quarter": a note names the figure its marker stands against.
            if let n = c.noteMetric { named.insert(n) }
            // The one count of the previous sentence whose metric the clause names.
            let refs = Set(p.figures.filter { $0.metric.map(named.contains) == true && !$0.mention.isPercent && !$0.mention.isRate
                && $0.mention.unit == figure.mention.unit }.compactMap(\.metric))
            if refs.count == 1 { figure.metric = refs.first }
        }
        // "… more than 38,000 criminal cases of obstructing border management were investigated.
        // In the fourth quarter alone, 10,400 such cases were solved": a count followed by a
        // reference to a kind ("such cases") counts what the previous sentence's count of that
        // noun counts, when they are all one metric's, in the other period its sentence names
        // (in the same period it may be a part: "Of these, 90 such gangs were …").
        if figure.metric == nil, c.language == .en, own != pp, let noun = kindNoun(after: figure.mention, tokens, c.language) {
            let refs = Set(p.figures.filter { !$0.mention.isPercent && !$0.mention.isRate && $0.mention.unit == figure.mention.unit
                && Self.subject($0.subject, names: noun) }.map { $0.metric ?? "" })
            if refs.count == 1, let m = refs.first, !m.isEmpty { figure.metric = m }
        }
        // "…累计侦办妨害国（边）境管理犯罪案件6.1万起。2021年，侦办此类案件1.97万起": in Chinese the
        // reference and its noun stand right before the count.
        if figure.metric == nil, c.language == .zh, own != pp, let noun = kindNoun(before: figure.mention, tokens) {
            let refs = Set(p.figures.filter { !$0.mention.isPercent && !$0.mention.isRate && $0.mention.unit == figure.mention.unit
                && $0.subject.hasSuffix(noun) }.map { $0.metric ?? "" })
            if refs.count == 1, let m = refs.first, !m.isEmpty { figure.metric = m }
        }
        // "In the first three quarters, 20.89 million foreigners entered without a visa. Of these,
        // 7.96 million entered in the third quarter": a part of the previous sentence's one count,
        // in a part of its period, with no subject of its own, counts what that count counts.
        if figure.metric == nil, figure.mention.first == figures.first?.mention.first,
           scope.partOfPrevious(tokens, mentions: s.mentions, mask: s.mask),
           c.reader.matcher.isBareOfSubject(figure.mention, tokens),
           let part = own != pp ? own : scope.partAfter(figure.mention, tokens, verbToo: true),
           part != pp, part.span.start >= pp.span.start, part.span.end <= pp.span.end {
            let refs = p.figures.filter { $0.metric != nil && !$0.mention.isPercent && !$0.mention.isRate && $0.mention.unit == figure.mention.unit }
            if refs.count == 1 { figure.metric = refs[0].metric; own = part }
        }
    }

    /// "36.2 million vehicles … during the year, including 9.46 million in the fourth quarter":
    /// a bare figure opening a clause of another period counts what the count before it counts.
    /// That count may have borrowed its metric itself ("其中，一季度2,911.5万人次；二季度2,960.8万人次"
    /// after the half-year's total: the second quarter counts what the first, a part of that total, counts).
    private func inheritFromClauseBefore(_ figure: inout ReadFigure, previousMetric: String?, _ previousFigure: ReadFigure?, _ s: SentenceFigures, _ c: SentenceContext) {
        let tokens = s.tokens, figures = s.figures
        guard figure.metric == nil, !figure.mention.isPercent, !figure.mention.isRate, let m = previousMetric,
              let seg = s.segments.last(where: { $0.start <= figure.mention.first }), seg.start > 0, seg.period != s.segments[0].period,
              figure.mention.first - seg.start <= 2 || namesOnlyItsPeriod(seg.start..<figure.mention.first, tokens, c.language, c.reader.matcher)
                && (c.language == .zh || c.reader.matcher.isBareOfSubject(figure.mention, tokens)
                    || figure.mention.end < tokens.count && tokens[figure.mention.end].is(".")),
              !s.markers.contains(where: \.local),
              (figures + (previousFigure.map { [$0] } ?? [])).contains(where: { $0.metric == m && $0.mention.end <= seg.start && $0.mention.unit == figure.mention.unit })
        else { return }
        figure.metric = m
        // "… 28,600 criminal cases and 247 major cases; 10,400 of the cases were …": the noun
        // after "of the" picks the one earlier count it heads, a count no smaller than the
        // part (not the 247); with several, none.
        let e = figure.mention.end
        if e + 2 < tokens.count, tokens[e].is("of"), tokens[e + 1].kind == .word, tokens[e + 2].kind == .word {
            let noun = tokens[e + 2].text
            let heads = Set(figures.filter { $0.mention.end <= seg.start && !$0.mention.isPercent && $0.mention.value >= figure.mention.value
                && Self.subject($0.subject, names: noun) }.map { $0.metric ?? "" })
            figure.metric = heads.count == 1 && heads.first != "" ? heads.first : nil
        }
    }

    /// "…累计查验出入境人员2.87亿人次。分季度看，一季度查验1.41亿人次，二季度查验1.46亿人次": a sentence opening
    /// with a breakdown lead (`breakdownLeads`) gives the previous sentence's last count part by part:
    /// a figure of no metric, of a part of the release's period, whose clause names only that part
    /// (and a verb), counts what that count does, in the same measure and no more than it.
    private func inheritInBreakdown(_ figure: inout ReadFigure, own: Period, _ s: SentenceFigures, _ c: SentenceContext) {
        let m = figure.mention, tokens = s.tokens
        guard figure.metric == nil, !m.isPercent, !m.isRate, own != c.scope.document,
              case let (inner, outer) = (own.span, c.scope.document.span), inner.start >= outer.start, inner.end <= outer.end,
              breakdownLeads[c.slot].contains(where: { $0.startsAt(tokens, 0, limit: tokens.count) != nil }),
              let p = c.before?.figures.last(where: { $0.metric != nil && !$0.mention.isPercent && !$0.mention.isRate }),
              let metric = p.metric, p.mention.unit == m.unit, m.value < p.mention.value,
              let open = tokens[..<m.first].lastIndex(where: SentenceReader.isClauseEnd),
              namesOnlyItsPeriod((open + 1)..<m.first, tokens, c.language, c.reader.matcher) else { return }
        figure.metric = metric
    }

    /// "6.7亿人次，同比增长2.9%（2018年为6.51亿人次）", "3,587.9万架次（2018年为3,452.3万架次）": a bare figure
    /// in a bracket that opens on an earlier year and its copula right after a count (and its change)
    /// is that year's value of what the count counts.
    private func inheritInYearBracket(_ figure: inout ReadFigure, _ own: inout Period, previousMetric: String?, _ s: SentenceFigures, _ c: SentenceContext) {
        let tokens = s.tokens, m = figure.mention
        guard figure.metric == nil, !m.isPercent, !m.isRate, let metric = previousMetric,
              let open = tokens[..<m.first].lastIndex(where: { $0.is("(") || $0.is("（") }), open + 2 < m.first,
              let y = tokens[open + 1].writtenYear, y < c.scope.document.year, y >= 1949,
              let count = s.figures.last(where: { $0.mention.end <= open && !$0.mention.isPercent && !$0.mention.isRate }),
              count.metric == metric, count.mention.unit == m.unit,
              !tokens[count.mention.end..<open].contains(where: SentenceReader.isSegmentEnd),
              !s.figures.contains(where: { !$0.mention.isPercent && $0.mention.first > count.mention.first && $0.mention.first < m.first }) else { return }
        var k = open + 2
        if k < m.first, tokens[k].is("年") { k += 1 }
        guard (k..<m.first).allSatisfy({ c.reader.copulas.contains(tokens[$0]) || tokens[$0].is(":") || tokens[$0].is("：") }) else { return }
        figure.metric = metric
        own = Period(year: y)
    }

    /// Whether the heading lines a table row is read with name `period`.
    private func headingNames(_ period: Period, _ s: SentenceFigures, _ c: SentenceContext) -> Bool {
        guard !s.heading.isEmpty else { return false }
        let (heading, mentions) = Self.slice(s.heading, s.tokens, s.mentions)
        return c.scope.ownPeriod(of: heading, mentions: mentions, mask: KeyMask(heading)) == period
    }

    /// The fact of a figure in its own period: with its holiday's note, the single day the
    /// sentence dates it to, the scale its table gives it, the year of its column.
    private func statedFact(_ figure: ReadFigure, own: Period, _ s: SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) -> Fact {
        let meta = r.document.metadata
        var f = fact(figure, tokens: s.tokens, period: own, document: r.document, text: r.text, sentence: c.range,
                     quote: s.quote, language: c.language)
        if f.note == nil, own == s.period { f.note = s.periodNote }
        // (In a window, only a day it dates: "春节假期…，其中2月17日单日…".)
        if s.periodNote == nil, let (day, note) = c.scope.singleDay(before: figure.mention, s.tokens, mask: s.mask, inside: own),
           !own.isWindow || (day.isWindow && day.span.start == day.span.end) {
            f.period = day; f.note = note
        }
        if let entries = r.table.units ?? r.table.sectionUnits {
            scaleByUnitLine(&f, figure.mention, s.tokens, heading: s.heading, entries)
        } else if s.isRow, let n = r.tableNote, !r.table.cellScales.contains(where: { $0.tokens.contains(figure.mention.number) }) {
            scaleByUnitLine(&f, figure.mention, s.tokens, heading: s.heading, [TableWords.UnitEntry(scale: n.scale, unit: nil)])
        }
        if s.isRow, let scale = r.table.cellScales.first(where: { $0.tokens.contains(figure.mention.number) })?.scale {
            scaleByColumn(&f, figure.mention, s.tokens, heading: s.heading, scale)
        }
        if let span = s.otherYears.first(where: { $0.tokens.contains(figure.mention.first) }) {
            let y = span.year
            // A cell under a column of a part of the year ("Q3", 上半年) is that part's figure.
            // (A row naming its own window, "Persons inspected, June 2021 only", keeps it.)
            // (A window the column names, "Jan-Sep 2023", is that column's, as a quarter is.)
            // (A window the table's heading lines name, "…9月份查验…见下表：", is not the row's own.)
            if let kind = span.kind {
                if !own.isWindow || own == meta.period || Period(year: y, kind: kind).isWindow || headingNames(own, s, c) { f.period = Period(year: y, kind: kind) }
            }
            // A cell under another year's column is that year's figure, never the release's.
            else if meta.period.isAnnual { f.period = Period(year: y) }
            // "Q1 2023  Q1 2024" in a release on 2024's first quarter: that quarter of 2023.
            else if let part = r.table.columnPart, part == meta.period.kind { f.period = Period(year: y, kind: part) } else {
                f.metric = nil
                f.note = "a figure of the \(y) column, not of the release's period"
            }
        }
        return f
    }

    /// Why a figure's fact is no figure of its metric for the release, if it is none: a local
    /// figure, the own body's, a total since a founding, another body's, a forecast, a note's of
    /// another year, a change amount, a part of the count before it, a part of a row above.
    private func exclusionNote(_ f: Fact, _ figure: ReadFigure, cumulative: Bool, counted: inout [String: (end: Int, period: Period)],
                               _ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) -> String? {
        let scope = c.scope, tokens = s.tokens, placeScope = places[c.slot]
        if f.metric != nil, let place = localPlace(of: figure.mention, s, c) {
            if placeScope.isNationality(place) { return "a figure of one nationality's travellers (\(place)), not all of them" }
            return "a local figure (\(place)), not the national one"
        } else if f.metric != nil, let body = r.speaker, !r.paragraphNational {
            return "a figure of the release's own body (\(body)), not the national one"
        } else if f.metric != nil, let place = r.paragraphPlace, !s.markers.contains(where: { !$0.local }), !s.bodies.contains(where: { !$0.local }),
                  placeScope.nationals(tokens, s.mask).isEmpty,
                  // "The NIA's 12367 hotline received …": a sentence naming the administration is its.
                  !placeScope.agencies(tokens, mask: s.mask, withOwn: true).contains(where: { !$0.local }) {
            return "a local figure (\(place), named before it in the paragraph), not the national one"
        } else if f.metric != nil, c.opensParagraph == false, let place = pronounsLocalSubject(figure.mention, s, c, r) {
            return "a local figure (\(place), the subject its pronoun stands for), not the national one"
        } else if cumulative, s.founding?.window == nil {
            return "a total since the body's founding or an earlier event, not the period's"
        } else if figure.unpairedYears {
            return "a figure of a list over several years that pairs with none of them, not the stretch's total"
        } else if f.metric != nil, let body = s.speakerBody.map({ placeScope.otherBody(of: figure.mention, tokens, s.bodies.filter(\.local), turn: $0) })
                    ?? placeScope.otherBody(of: figure.mention, tokens, s.bodies, turn: r.paragraphCitesOwn ? nil : r.turnBody),
                  !placeScope.isPredecessor(body, in: f.period.year) {
            return "a figure of another body (\(body)), not the immigration administration's"
        } else if f.metric != nil, let marker = scope.forecast(of: figure.mention, tokens, mask: s.mask) {
            return "a forecast (\(marker)), not a reported figure"
        } else if f.metric != nil, let marker = supersededMarkers[c.slot].first(where: { s.mask.mayHold($0) && $0.firstMatch(in: tokens, 0..<figure.mention.first) != nil }) {
            return "a figure as it stood before a revision (\(marker.source)), not the one in force"
        } else if f.metric != nil, let (prior, at) = corrections[c.slot].priors.lazy.compactMap({ p in p.firstMatch(in: tokens, 0..<figure.mention.first).map { (p, $0) } }).first,
                  !corrections[c.slot].markers.contains(where: { s.mask.mayHold($0) && $0.firstMatch(in: tokens, at..<figure.mention.first) != nil }) {
            // "Update: An earlier version of this article said … 1.97 million visa-free entries …": the
            // figure the correction replaces (the right one follows its marker, "the correct figure is").
            return "a figure an earlier version gave (\(prior.source)), since corrected"
        } else if f.metric != nil, let y = scope.lookedBackYear(of: figure.mention, tokens, s.mentions), f.period == Period(year: y) {
            return "a figure of \(y) that a comparison looks back to, not a reported one"
        } else if f.metric != nil, scope.oneYearOfStretch(figure.mention, tokens, period: f.period, mask: s.mask) {
            return "a figure of one year within the stretch \(f.period), not the stretch's total"
        } else if f.metric != nil, r.footnote, f.period == scope.document,
                  s.mentions.contains(where: { $0.kind == .year && tokens[$0.number].writtenYear.map { $0 != scope.document.year } == true }) {
            // "¹ … For comparison, 231 million persons were inspected in 2020": a note that names
            // another year gives its figures for that year or beside it, never as the release's own.
            return "a figure of a note, not the release's own"
        }
        if f.metric != nil, c.reader.isPartOfNamedCount(tokens, figure) {
            return "a part of the count named right after it (\"\(figure.subject)\"), not that count"
        }
        if f.metric != nil, c.reader.isRangeEnd(tokens, figure.mention, s.mentions) {
            return "an end of a range of values, not a value"
        }
        if f.metric != nil, c.reader.isChangeAmount(tokens, figure.mention) {
            return "a change over an earlier period, not the level reached"
        }
        if let metric = f.metric, !figure.mention.isPercent {
            if let before = counted[metric], before.period == f.period,
               partMarkers[c.slot].contains(where: { s.mask.mayHold($0) && $0.firstMatch(in: tokens, before.end..<figure.mention.first) != nil }) {
                // 共298.6万本，其中台胞证61.2万本: a part of the count before it.
                return "a part of the \(metric) figure before it in the sentence, not its total"
            } else { counted[metric] = (figure.mention.end, f.period) }
        }
        if s.isRow, let metric = f.metric, r.table.repeats(metric, f.period, f.value) {
            // 出入境人员 26081.3, then 其中：12月 出入境人员 1861.4: a part of the row above.
            return "an earlier row of the table gives this metric; this row is a part of it (a month, a port)"
        }
        return nil
    }

    /// The place of the local marker that rules a figure (广东 in 广东口岸…3.28亿人次), if one does.
    private func localPlace(of m: Mention, _ s: SentenceFigures, _ c: SentenceContext) -> String? {
        let reaching = s.markers.filter { places[c.slot].reaches($0, m, s.tokens) { c.scope.opensClause(s.tokens, $0) } }
        return PlaceScope.localMarker(of: m, s.tokens, reaching)
            ?? (reaching.contains { $0.range.upperBound <= m.first } ? nil : places[c.slot].attributedMarker(of: m, s.tokens, reaching))
    }

    /// "Border police in Yunnan kept up pressure on drug trafficking …. In 2018, they seized 12.6 tonnes
    /// of drugs, well over half of the 19.8 tonnes seized nationwide.": a clause whose subject is a
    /// pronoun (`subjectPronouns`, after an opening time phrase at most) stands for the subject of the
    /// sentence before it in its paragraph; when that subject is a local place's (a
    /// place within its first words, not after an opening preposition), so is the clause's figure,
    /// unless a national marker stands in the figure's clause.
    private func pronounsLocalSubject(_ m: Mention, _ s: SentenceFigures, _ c: SentenceContext, _ r: DocumentReading) -> String? {
        let tokens = s.tokens
        guard c.language == .en, c.index > 0, !s.isRow, r.document.sentences[c.index - 1].paragraph == c.sentence.paragraph,
              let p = tokens.prefix(Self.subjectPlaceReach + 2).firstIndex(where: { subjectPronouns[c.slot].contains($0) }),
              p == 0 || tokens[p - 1].is(","), p < m.first, !s.mentions.contains(where: { $0.kind == .figure && $0.first < p }),
              !s.markers.contains(where: { n in
                  guard !n.local else { return false }
                  if n.range.upperBound <= m.first { return !tokens[n.range.upperBound..<m.first].contains(where: SentenceReader.isClauseEnd) }
                  if n.range.lowerBound >= m.end { return !tokens[m.end..<n.range.lowerBound].contains(where: SentenceReader.isClauseEnd) }
                  return true
              }),
              case let before = r.document.sentences[c.index - 1].range else { return nil }
        return places[c.slot].subjectPlace(Tokenizer.tokenize(r.text, before.start..<before.end), reach: Self.subjectPlaceReach)
    }

    /// "In February, immigration officers in Yunnan broke a smuggling network in Lincang. Eleven gangs
    /// … were dismantled": a paragraph opening, without figures, on a local subject (past an opening
    /// time phrase) tells a local case; its place is that of the figures after it in the paragraph.
    private func localSubjectOpening(_ tokens: [Token], _ c: SentenceContext, _ text: [Unicode.Scalar]) -> String? {
        // ("Spokesperson: In February, …": past a speaker's label.)
        var s = PlaceScope.speakerLabel(text, c.range).flatMap { l in tokens.firstIndex { $0.start > l.upperBound } } ?? 0
        if s < tokens.count, c.scope.words.yearPrepositions.contains(tokens[s]),
           let comma = tokens[s...].prefix(Self.subjectPlaceReach).firstIndex(where: { $0.is(",") }) { s = comma + 1 }
        return places[c.slot].subjectPlace(Array(tokens[s...]), reach: Self.subjectPlaceReach)
    }

    /// At most this many words before the place of a sentence's local subject ("Border police in Yunnan").
    private static let subjectPlaceReach = 4

    /// A paragraph whose first figure is a place's ("全省口岸共查验出入境人员3.28亿人次…"): its place is
    /// that of the figures after it in the paragraph ("其中，外国人1,050万人次").
    private func notePlaceOfParagraph(_ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        guard s.first == r.paragraphFirstFact, let first = s.figures.first, first.metric != nil else { return }
        r.paragraphPlace = localPlace(of: first.mention, s, c)
    }

    /// "…, and foreigners 64.88 million. These rose by 41.3%, 38.8% and 82.9% respectively.":
    /// the changes go in order to the previous sentence's list when the counts agree.
    /// "…，外国人9512.6万人次。内地居民、外国人同比分别上升5.8%、4.6%，港澳台居民同比下降3.0%。": changes
    /// that name their subjects go to the previous sentence's figures of those subjects.
    private func bindChangesToPrevious(_ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        guard let p = c.before else { return }
        if !s.named.isEmpty, let targets = c.reader.figuresNamed(s.named.map(\.subject), previous: p.tokens, figures: p.figures) {
            for (i, n) in zip(targets, s.named) { r.facts[p.first + i].yoyPct = n.change }
        } else if !s.unbound.isEmpty {
            let unbound = s.unbound
            let list = Self.list(p.figures, tokens: p.tokens)
            // A change alone binds only to a sentence of one count without a change of its own.
            let counts = p.figures.filter { !$0.mention.isPercent && (!$0.mention.spelled || $0.mention.value >= 1000) && !$0.mention.isRate }
            let named = c.reader.matcher.namedSubjects(s.tokens, in: 0..<s.tokens.count).reduce(into: Set<String>()) { $0.formUnion($1.metrics) }
            // "Endorsements: 4.3 million. Permits for residents of Hong Kong …: up 12.6%": a change whose
            // sentence names what it counts, and not the count before, is no change of that count.
            let namesAnother = counts.count == 1 && !named.isEmpty && !(counts[0].metric.map(named.contains) ?? false)
            if unbound.count == list.count, unbound.count > 1 || (counts.count == 1 && p.figures.allSatisfy { $0.yoy == nil } && !namesAnother) {
                for (i, change) in zip(list, unbound) { r.facts[p.first + i].yoyPct = change }
            } else if unbound.count > 1, c.wholeLine, r.lineItems.line == c.index - 1, r.lineItems.facts.count == unbound.count,
                      Set(r.lineItems.facts.map { r.facts[$0].period }).count == 1,
                      r.lineItems.facts.allSatisfy({ r.facts[$0].metric != nil && r.facts[$0].yoyPct == nil }) {
                // "▫️内地居民 6411.5万人次 / ▫️港澳台居民 5846.2万人次 / ▫️外国人 842.3万人次 / 同比分别上升…": a
                // line of changes after a list of one count a line gives them in order to those counts.
                for (i, change) in zip(r.lineItems.facts, unbound) { r.facts[i].yoyPct = change }
            } else if unbound.count == 1, !s.markers.contains(where: \.local) {
                // "… including 1.07 million aircraft, 198,000 trains …. The number of aircraft inspected
                // grew by 6.9%": a change alone binds to the one earlier count its sentence names.
                let targets = counts.indices.filter { i in counts[i].yoy == nil && counts[i].metric.map(named.contains) == true }
                // Of the same place and period ("The number of aircraft inspected in December grew by 8%" is not the year's).
                if targets.count == 1, let i = p.figures.firstIndex(where: { $0.mention.first == counts[targets[0]].mention.first }),
                   r.facts[p.first + i].metric != nil, r.facts[p.first + i].period == s.period {
                    r.facts[p.first + i].yoyPct = unbound[0]
                } else if targets.isEmpty, let start = r.rowsStart {
                    // "The number of ordinary passports issued rose by 2.7%" under a table: the one row of
                    // the table, of this period, that it names.
                    let rows = (start..<s.first).filter { r.facts[$0].metric.map(named.contains) == true && r.facts[$0].period == s.period }
                    if rows.count == 1, r.facts[rows[0]].yoyPct == nil { r.facts[rows[0]].yoyPct = unbound[0] }
                }
            }
        }
    }

    /// "sorry, that should be 8.2 million, not 82 million": the slip is no figure; what was stated
    /// with it before is the corrected figure.
    private func applyCorrection(_ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        guard let (right, wrong) = correction(s.tokens, s.mentions, c.language) else { return applyRetraction(s, c, &r) }
        // The slip is no figure; what was stated with it before is the corrected figure: the
        // latest such statement (of the metric the correction names, when it names one) and
        // every earlier one of its metric. Another metric's equal figure is no slip.
        func stated(_ f: Fact) -> Bool { f.metric != nil && f.value == wrong && f.status == .reported }
        let first = s.first
        // "12.1 million, not 21.1 million, down 87.6 percent": a change written after the slip is the right figure's.
        let change = r.facts[first...].first { $0.value == wrong && $0.yoyPct != nil }?.yoyPct
        for i in first..<r.facts.count where stated(r.facts[i]) { r.facts[i].metric = nil; r.facts[i].note = "a figure the speaker retracts" }
        let named = s.figures.first { $0.mention.value == right && $0.metric != nil }?.metric
        if let last = r.facts[..<first].lastIndex(where: { stated($0) && (named == nil || $0.metric == named) }) {
            let metric = r.facts[last].metric
            for i in 0...last where stated(r.facts[i]) && r.facts[i].metric == metric {
                r.facts[i].value = right
                if r.facts[i].yoyPct == nil { r.facts[i].yoyPct = change }
                r.facts[i].note = "corrected by the speaker later: \"\(Tokenizer.string(r.text, c.range.lowerBound, c.range.upperBound))\""
            }
        }
    }

    /// "7.6万名，更正一下，应为6.7万名", "up 41.0% -- sorry, 14.0%": a figure the speaker takes back
    /// right after giving it, in the sentence or at the end of the one before. The fact it was
    /// read as (or whose change it was) takes the figure given in its place, with that figure's
    /// change; that figure is no fact of its own.
    private func applyRetraction(_ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        guard let (wrong, right, from) = retraction(s, c) else { return }
        let own = s.figures.firstIndex { $0.mention.first == right.first }.map { s.first + $0 }
        let note = "corrected by the speaker: \"\(Tokenizer.string(r.text, c.range.lowerBound, c.range.upperBound))\""
        let before = s.first + (s.figures.firstIndex { $0.mention.first >= right.first } ?? s.figures.count)
        // A change taken back: the last fact with that change (or a percentage of that value).
        if right.isPercent, let i = (from..<before).last(where: { r.facts[$0].metric != nil && r.facts[$0].yoyPct == wrong }),
           !(i + 1..<before).contains(where: { r.facts[$0].metric != nil && r.facts[$0].unit == "percent" && r.facts[$0].value == wrong }) {
            r.facts[i].yoyPct = right.value
            r.facts[i].note = note
            return
        }
        guard let i = (from..<before).last(where: { r.facts[$0].metric != nil && r.facts[$0].value == wrong && r.facts[$0].status == .reported
                                                    && (r.facts[$0].unit == "percent") == right.isPercent }) else { return }
        // So were the earlier statements of that figure (a lead, a headline).
        let (metric, period) = (r.facts[i].metric, r.facts[i].period)
        for j in 0...i where r.facts[j].metric == metric && r.facts[j].period == period && r.facts[j].value == wrong && r.facts[j].status == .reported {
            r.facts[j].value = right.value
            r.facts[j].qualifier = right.qualifier
            r.facts[j].note = note
        }
        if let o = own {
            if r.facts[i].yoyPct == nil { r.facts[i].yoyPct = r.facts[o].yoyPct }
            r.facts[o].metric = nil
            r.facts[o].note = "the figure a speaker gives in place of one taken back"
        }
    }

    /// The figure a speaker takes back and the one given in its place (a change or percentage for
    /// one, a count for a count of its unit), and the first fact the one taken back may be: one
    /// right before a retraction marker in the sentence, or the last of the sentence before when
    /// the sentence opens with the marker. Only marks (and the counted noun) stand between the
    /// figure and the marker, and a few words (应为, "it is") between the marker and the figure after it.
    private func retraction(_ s: SentenceFigures, _ c: SentenceContext) -> (wrong: Decimal, right: Mention, from: Int)? {
        let markers = retractions[c.slot], tokens = s.tokens
        // Every reading below needs a marker in the sentence: most sentences hold none.
        guard markers.contains(where: { s.mask.mayHold($0) }) else { return nil }
        func marker(at i: Int) -> Int? { markers.lazy.compactMap { $0.startsAt(tokens, i, limit: tokens.count) }.first }
        func marks(from i: Int) -> Int {
            var j = i
            while j < tokens.count, tokens[j].kind == .punct, !tokens[j].is(";"), !tokens[j].is("；"), marker(at: j) == nil { j += 1 }
            return j
        }
        // The figure given in place: a figure a few words after the marker, in its clause.
        func given(after e: Int) -> Mention? {
            guard let b = s.mentions.first(where: { $0.kind == .figure && $0.first >= e }), b.first - e <= 8,
                  !tokens[e..<b.first].contains(where: { $0.is(";") || $0.is("；") || $0.is("。") }) else { return nil }
            return b
        }
        for a in s.mentions where a.kind == .figure && a.first >= s.heading.upperBound {
            // "310 guns -- sorry, …": the counted noun may follow the figure.
            var j = a.end
            while j < min(tokens.count, a.end + 2), tokens[j].kind == .word { j += 1 }
            guard let e = marker(at: marks(from: j)), let b = given(after: e), b.unit == a.unit, b.value != a.value else { continue }
            return (a.value, b, s.first)
        }
        // The sentence opens with the marker: the figure taken back ends the sentence before.
        guard let before = c.before, let last = before.figures.last, let e = marker(at: marks(from: s.heading.upperBound)),
              let b = given(after: e) else { return nil }
        let wrong = b.isPercent ? (last.mention.isPercent ? last.mention.value : last.yoy) : (last.mention.unit == b.unit ? last.mention.value : nil)
        guard let w = wrong, w != b.value else { return nil }
        return (w, b, before.first)
    }

    /// The change the previous sentence's lead gave goes to this sentence's one count of what it
    /// named, in its period.
    private func applyLeadChange(_ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        guard let lead = c.lead, lead.period == s.period, s.unbound.isEmpty, s.named.isEmpty else { return }
        let targets = (s.first..<r.facts.count).filter { r.facts[$0].metric.map(lead.metrics.contains) == true && r.facts[$0].status == .reported }
        if targets.count == 1, r.facts[targets[0]].yoyPct == nil { r.facts[targets[0]].yoyPct = lead.change }
    }

    /// A wire story's lead ("Cross-border trips rose 14.6% in the first half …"): a change with no
    /// count, of the metrics it names, for the next sentence's count.
    private func noteLeadChange(_ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        guard c.language == .en, s.unbound.count == 1, s.named.count <= 1, s.figures.isEmpty, c.before?.figures.isEmpty ?? true,
              !s.markers.contains(where: \.local), s.bodies.isEmpty,
              let change = s.mentions.first(where: { $0.kind == .figure && $0.isPercent }) else { return }
        let metrics = c.reader.matcher.namedSubjects(s.tokens, in: 0..<change.first).reduce(into: Set<String>()) { $0.formUnion($1.metrics) }
        if !metrics.isEmpty { r.leadChange = (s.unbound[0], metrics, s.period) }
    }

    /// The figure each note marker of the sentence stands against ("38.9 million times[4]"), for
    /// the note line that continues it; a note line's own markers stand for nothing.
    private func rememberNoteMarkers(_ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        guard !r.footnote else { return }
        let range = c.range
        for (at, key) in Self.noteMarkers(r.text, range) {
            guard let i = s.figures.lastIndex(where: { s.tokens[$0.mention.first].start >= range.lowerBound && s.tokens[$0.mention.first].start < at }),
                  let metric = s.figures[i].metric, r.facts[s.first + i].metric == metric else { continue }
            r.marked[key] = (StatedFigures(figures: [s.figures[i]], tokens: s.tokens, first: s.first + i), r.facts[s.first + i].period, metric)
        }
    }

    /// A line ending on a semicolon or comma, before the bar of its box and spaces: it goes on in the next line.
    static func endsOpen(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let last = text[range].lastIndex(where: { $0 != " " && $0 != "|" && $0 != "\u{3000}" }) else { return false }
        return text[last] == ";" || text[last] == ","
    }

    /// The one period of the counts (not percentages) `stated` gave facts of a metric; nil when none or several.
    private static func countsPeriod(_ stated: StatedFigures?, _ facts: [Fact]) -> Period? {
        guard let p = stated else { return nil }
        let counts = p.figures.indices.filter { !p.figures[$0].mention.isPercent && p.first + $0 < facts.count && facts[p.first + $0].metric != nil }
        let periods = Set(counts.map { facts[p.first + $0].period })
        // (二季度…1.52亿人次，较一季度的1.32亿人次…。其中…: the first count's, the others being its bases.)
        return periods.count == 1 ? periods.first : counts.first.map { facts[p.first + $0].period }
    }

    /// What the sentence leaves for the next ones: its figures, where the table rows before it
    /// start, its period.
    private func closeSentence(_ s: SentenceFigures, _ c: SentenceContext, _ r: inout DocumentReading) {
        if s.isBaseAside, let p = r.previousPeriod ?? r.lastParagraphPeriod, let before = c.before { r.beforeBase = (p, before) } else { r.beforeBase = nil }
        r.previous = StatedFigures(figures: s.figures, tokens: s.tokens, first: s.first)
        // A line of one count and no change continues (or opens) a list written one count a line.
        let counts = Self.list(s.figures, tokens: s.tokens)
        if c.wholeLine, s.figures.count == 1, counts.count == 1, s.unbound.isEmpty, s.first < r.facts.count {
            r.lineItems = ((r.lineItems.line == c.index - 1 ? r.lineItems.facts : []) + [s.first + counts[0]], c.index)
        } else {
            r.lineItems = ([], -1)
        }
        r.rowsStart = s.isRow ? r.rowsStart ?? s.first : nil
        if s.isRow { r.table.noteRowFacts(s.first..<r.facts.count) }
        r.previousPeriod = s.period; r.lastParagraphPeriod = nil
        switch s.period.kind { case .quarter, .half: r.lastPart = s.period; default: break }
        r.previousTokens = s.tokens
        let firstFigure = s.mentions.first(where: { $0.kind == .figure })?.first ?? s.tokens.count
        r.lastSpeakerBody = (s.speakerBody ?? places[c.slot].openingBody(s.bodies, firstFigure: firstFigure)).map { (c.index, $0) }
        // "Since its establishment in April, …; in the first half of 2018, it inspected 318 million":
        // a dated founding that dates none of the sentence's figures opens no total for the next.
        let datesNone = s.founding?.window.map { w in s.first < r.facts.count && !r.facts[s.first...].contains { $0.period == w } } ?? false
        if let f = s.founding, Self.isQuestion(r.text, c.range) { r.askedSince = .some(f.window) }
        if let f = s.founding, !datesNone {
            r.paragraphCumulative = .some(f.window)
            // The opening sentence's marker before its first figure opens the paragraph on it.
            if c.opensParagraph, let first = s.mentions.first(where: { $0.kind == .figure }), f.at.upperBound <= first.first { r.paragraphOpensSince = true }
        }
        r.openLine = c.wholeLine && s.period != c.scope.document && !s.period.isWindow && Self.endsOpen(r.text, c.range) ? (c.index, s.period) : nil
        let meta = r.document.metadata
        if !meta.period.isAnnual, s.period.isAnnual, s.period.year < meta.period.year { for (_, scope) in r.readers { scope.paragraphYear = s.period.year } }
        // So do figures of a quarter or half inside the release's period ("… 64.2 million in the first
        // quarter, while the second quarter saw 103.8 million" in a half-year release).
        let inside = Self.isPartOfYear(s.period) && s.period != c.scope.document && s.period.span.start >= c.scope.document.span.start
            && s.period.span.end <= c.scope.document.span.end
        if s.period == c.scope.document || inside, s.figures.contains(where: { $0.metric != nil }) { r.paragraphHasOwnPeriod = true }
    }

    // MARK: What the passes ask

    /// "…出入境人员1.20亿人次；四季度达到1.36亿人次": in Chinese, the words before a clause's figure are its
    /// own part of the year (or year: 2020年为) alone, or with one of `periodClauseVerbs` (四季度达到, 四季度为); a place
    /// (四季度广东) is no such word.
    /// In English, after the clause's join (", while the") and a preposition, its part of the year
    /// alone or with one of `periodClauseVerbs` ("…, while the second quarter saw 103.8 million").
    private func namesOnlyItsPeriod(_ gap: Range<Int>, _ tokens: [Token], _ language: Language, _ matcher: MetricMatcher) -> Bool {
        guard gap.count > 1 else { return false }
        if language == .en {
            let comma = gap.lowerBound > 0 && tokens[gap.lowerBound - 1].kind == .punct ? gap.lowerBound - 1 : gap.lowerBound
            var a = periodWords[0].clauseJoins.compactMap { $0.startsAt(tokens, comma, limit: gap.upperBound) }.max() ?? gap.lowerBound
            while a < gap.upperBound, tokens[a].is("in") || tokens[a].is("during") || tokens[a].is("the") { a += 1 }
            guard let e = matcher.periodPhrases.lazy.compactMap({ $0.startsAt(tokens, a, limit: gap.upperBound) }).first,
                  tokens[e..<gap.upperBound].allSatisfy({ $0.kind == .word }) else { return false }
            let rest = tokens[e..<gap.upperBound].map { $0.text.lowercased() }.joined(separator: " ")
            return rest.isEmpty || periodClauseVerbs[0].contains(rest)
        }
        guard language == .zh else { return false }
        // （其中四季度410万人次）: after a part marker.
        var a = partMarkers[1].lazy.compactMap { $0.startsAt(tokens, gap.lowerBound, limit: gap.upperBound) }.first ?? gap.lowerBound
        // 疫情前的2019年全年为…: a modifier closed by 的 may stand before the year.
        if let de = tokens[a..<gap.upperBound].firstIndex(where: { $0.is("的") }), de + 2 < gap.upperBound, tokens[de + 1].writtenYear != nil,
           tokens[a..<de].allSatisfy({ $0.kind == .han }) { a = de + 1 }
        // 2020年为…: a year of its own (2019年全年为…, 2019年一季度为…: with its part or whole).
        let year = a + 1 < gap.upperBound && tokens[a].writtenYear != nil && tokens[a + 1].is("年") ? a + 2 : nil
        let afterYear = year.map { y in
            (matcher.periodPhrases + periodWords[1].annualMarkers).lazy.compactMap({ $0.startsAt(tokens, y, limit: gap.upperBound) }).first ?? y
        }
        guard let e = afterYear ?? matcher.periodPhrases.lazy.compactMap({ $0.startsAt(tokens, a, limit: gap.upperBound) }).first,
              tokens[e..<gap.upperBound].allSatisfy({ $0.kind == .han }) else { return false }
        let rest = tokens[e..<gap.upperBound].map(\.text).joined()
        return rest.isEmpty || periodClauseVerbs[1].contains(rest)
    }

    /// Whether a figure's subject ("criminal cases involving …") holds `noun` ("cases") as a word.
    private static func subject(_ subject: String, names noun: some StringProtocol) -> Bool {
        subject.split(separator: " ").contains { $0.elementsEqual(noun) }
    }

    /// "10,400 such cases": the noun of a reference to a kind right after a figure.
    private func kindNoun(after m: Mention, _ tokens: [Token], _ language: Language) -> Substring? {
        let refs = kindReferences[language == .en ? 0 : 1]
        guard let e = refs.lazy.compactMap({ $0.startsAt(tokens, m.end, limit: tokens.count) }).first,
              e < tokens.count, tokens[e].kind == .word else { return nil }
        return Substring(tokens[e].text)
    }

    /// 此类案件1.97万起: the noun between a Chinese kind reference (`kindReferences`) and the count
    /// right after it, at most four characters.
    private func kindNoun(before m: Mention, _ tokens: [Token]) -> String? {
        for r in kindReferences[1] {
            for start in max(0, m.first - 4 - r.parts.count)..<m.first {
                guard let e = r.startsAt(tokens, start, limit: m.first), e < m.first,
                      tokens[e..<m.first].allSatisfy({ $0.kind == .han }) else { continue }
                return tokens[e..<m.first].map(\.text).joined()
            }
        }
        return nil
    }

    /// A quarter or a half of a year.
    static func isPartOfYear(_ p: Period) -> Bool {
        switch p.kind {
        case .quarter, .half: return true
        default: return false
        }
    }

    /// "sorry, that should be 8.2 million, not 82 million": the figure a correction gives and the one it
    /// retracts, of the same unit; nil for a sentence that corrects nothing.
    private func correction(_ tokens: [Token], _ mentions: [Mention], _ language: Language) -> (right: Decimal, wrong: Decimal)? {
        let (markers, negations, contrasts, priors) = corrections[language == .en ? 0 : 1]
        let figures = mentions.filter { $0.kind == .figure && !$0.isPercent }
        for (a, b) in zip(figures, figures.dropFirst()) where a.unit == b.unit && a.value != b.value {
            // "An earlier version of this story said 6.1 million calls; the correct figure is 6.7
            // million": the figure after the marker replaces the one an earlier version gave.
            if markers.contains(where: { $0.endsAt(tokens, b.first, lowerBound: a.end) }),
               priors.contains(where: { $0.firstMatch(in: tokens, 0..<a.first) != nil }) { return (b.value, a.value) }
            // "should be 64 guns rather than 640"; "not 600 million, but 697 million".
            let marked = markers.contains(where: { $0.endsAt(tokens, a.first, lowerBound: 0) })
            guard marked || negations.contains(where: { $0.endsAt(tokens, a.first, lowerBound: 0) }) else {
                // "was 12.1 million, not 21.1 million": the figure a comma and a negation follow
                // replaces the one after them.
                var k = a.end
                while k < min(b.first, a.end + 2), tokens[k].kind == .word, !negations.contains(where: { $0.startsAt(tokens, k, limit: tokens.count) != nil }) { k += 1 }
                if k < tokens.count, tokens[k].is(",") || tokens[k].is("，"),
                   negations.contains(where: { $0.startsAt(tokens, k + 1, limit: tokens.count) == b.first }) { return (a.value, b.value) }
                continue
            }
            let links = marked ? negations : contrasts
            var j = a.end
            // "64 guns rather than 640": the counted noun may follow the figure.
            while j < min(b.first, a.end + 2), tokens[j].kind == .word, !links.contains(where: { $0.startsAt(tokens, j, limit: tokens.count) != nil }) { j += 1 }
            if j < tokens.count, tokens[j].is(",") || tokens[j].is("，") { j += 1 }
            if links.contains(where: { $0.startsAt(tokens, j, limit: tokens.count) == b.first }) { return marked ? (a.value, b.value) : (b.value, a.value) }
        }
        return nil
    }

    /// "Transit dens destroyed — 810", "Passports issued (million) – 9.2": a dash spaced on both sides
    /// between a label's last word (or its bracketed unit or closing quote) and a figure parts them
    /// as a colon does; it reads as one.
    /// "(1 March – 30 April)": a dash between a month and the next date's day joins a range, parting no label.
    static func labelDashes(_ tokens: inout [Token], months: [String: Int] = [:]) {
        for i in tokens.indices.dropFirst() where i + 1 < tokens.count {
            let t = tokens[i]
            guard t.kind == .punct, t.is("-") || t.is("—") || t.is("–"), tokens[i - 1].end < t.start, t.end < tokens[i + 1].start,
                  tokens[i + 1].kind == .number, tokens[i - 1].kind == .word || tokens[i - 1].is(")") || tokens[i - 1].is("\"") else { continue }
            if months[tokens[i - 1].text] != nil, i + 2 < tokens.count, months[tokens[i + 2].text] != nil { continue }
            tokens[i] = Token(kind: .punct, start: t.start, end: t.end, text: ":")
        }
        // "Aircraft 251K / trains 27.6K / ships 112K": a slash spaced on both sides after a figure,
        // before the next item's words, parts the items of a list as a comma does.
        for i in tokens.indices.dropFirst(2) where i + 1 < tokens.count {
            let t = tokens[i]
            guard t.kind == .punct, t.is("/"), tokens[i - 1].end < t.start, t.end < tokens[i + 1].start, tokens[i + 1].kind == .word,
                  tokens[i - 1].kind == .number || tokens[i - 2].kind == .number else { continue }
            tokens[i] = Token(kind: .punct, start: t.start, end: t.end, text: ",")
        }
    }

    /// A note line under a release: it starts with a superscript number ("¹ Including crew …") or a
    /// bracketed one ("[2] Of which …"). Returns the number, nil for another line.
    static func noteMarker(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        let line = text[range].drop { $0.properties.isWhitespace }
        guard let first = line.first else { return nil }
        if Tokenizer.isSuperscriptDigit(first) { return String(String.UnicodeScalarView(line.prefix(while: Tokenizer.isSuperscriptDigit).compactMap(Tokenizer.superscriptDigit))) }
        guard first == "[" else { return nil }
        let digits = line.dropFirst().prefix { ("0"..."9").contains($0) }
        guard (1...2).contains(digits.count), line.dropFirst(digits.count + 1).first == "]" else { return nil }
        return String(String.UnicodeScalarView(digits))
    }

    /// The note markers written against a word or figure of a sentence ("128.0 million¹", "10.39 million[2]"):
    /// where each stands and its number.
    static func noteMarkers(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [(at: Int, key: String)] {
        // Most sentences hold neither a bracket nor a superscript digit: one tight pass says so.
        let marked = text.withUnsafeBufferPointer { b in
            range.contains { b[$0].value == 0x5B || Tokenizer.isSuperscriptDigit(b[$0]) }
        }
        guard marked else { return [] }
        var out: [(at: Int, key: String)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let e = Tokenizer.footnoteEnd(text, i, range) else { i += 1; continue }
            let key = String(String.UnicodeScalarView(text[i..<e].compactMap { Tokenizer.superscriptDigit($0) ?? (("0"..."9").contains($0) ? $0 : nil) }))
            if !key.isEmpty { out.append((i, key)) }
            i = e
        }
        return out
    }

    /// Whether a line's first letter is one a link label starts with.
    private func startsLikeLink(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = text[range].first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return false }
        return linkInitials.contains(first.properties.lowercaseMapping.unicodeScalars.first ?? first)
    }

    /// Whether a line starts with a link label and a colon ("Read more: Border police seize …",
    /// "Related: …", 相关阅读：…): the headline of another story, none of the release's figures.
    func isLink(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let head = ScalarWriter.string(text, range.lowerBound..<min(range.upperBound, range.lowerBound + 40)).lowercased()
            .drop { !$0.isLetter && !$0.isNumber && !("\u{4E00}"..."\u{9FFF}").contains($0) }
        guard let label = linkLabels.first(where: { head.hasPrefix($0) }) else { return false }
        let rest = head.dropFirst(label.count).drop { $0 == " " }
        return rest.first == ":" || rest.first == "："
    }

    /// The number of a list item at the start of a line or row ("1. Ordinary passports: …",
    /// "(2) Port visas: …", "3、外国人…") is no figure; nor is a sub-item's ("1.2 Trains: 102,000",
    /// "12.3 Passports issued: …"): a bare decimal with no scale or unit before a word, in a
    /// sentence with a figure of its own after it, or heading a section ("2.1 Inspection of persons
    /// and conveyances": words only after it, no full stop).
    static func markListNumber(_ tokens: [Token], _ mentions: inout [Mention], from start: Int) {
        var s = start
        while s < tokens.count, tokens[s].kind == .punct, !tokens[s].is("(") { s += 1 }   // bullets: "-", "*"
        if let k = mentions.firstIndex(where: { $0.first == s }), mentions[k].kind == .figure, mentions[k].unit == nil,
           mentions[k].end == s + 1, s + 1 < tokens.count, tokens[s + 1].kind == .word, isSectionNumber(tokens[s].text),
           mentions[(k + 1)...].contains(where: { $0.kind == .figure })
            || (!tokens[(s + 1)...].contains { $0.kind == .number } && !TableHeading.sentenceEnds.contains(tokens[tokens.count - 1].text.unicodeScalars.first!)) {
            mentions[k].kind = .ordinal
            return
        }
        if s < tokens.count, tokens[s].is("(") { s += 1 }
        guard let k = mentions.firstIndex(where: { $0.first == s }), mentions[k].kind == .figure, mentions[k].unit == nil,
              mentions[k].end == s + 1, s + 2 < tokens.count,
              tokens[s + 1].is(".") || tokens[s + 1].is(")") || tokens[s + 1].is("）") || tokens[s + 1].is("]") || tokens[s + 1].is("、"),
              tokens[s].kind == .number, tokens[s].text.unicodeScalars.count <= 2 else { return }
        mentions[k].kind = .ordinal
    }

    /// The first colon of the tokens from `start` stands right before the first figure, with words
    /// before it.
    static func opensOnColonLabel(_ tokens: [Token], _ mentions: [Mention], from start: Int) -> Bool {
        guard let colon = tokens[start...].firstIndex(where: { $0.is(":") }), colon > start, tokens[start..<colon].contains(where: { $0.kind == .word }),
              let first = mentions.first(where: { $0.kind == .figure && $0.first >= start }) else { return false }
        return first.first == colon + 1
    }

    /// A label then the line's first figure: after a colon, or after a fixed-width table's column gap
    /// (two spaces or more: "Foreign nationals      47.20 million (+88.1%)").
    static func opensOnLabel(_ tokens: [Token], _ mentions: [Mention], from start: Int) -> Bool {
        if opensOnColonLabel(tokens, mentions, from: start) { return true }
        guard let first = mentions.first(where: { $0.kind == .figure && $0.first >= start }), first.first > start,
              Token.columnGap(before: first.first, in: tokens) else { return false }
        return tokens[start..<first.first].contains { $0.kind == .word }
    }

    /// A labelled line (past its heading) right after a labelled line: "Residents of Hong Kong, Macao and
    /// Taiwan: 186.7 million" / "Foreign nationals: 47.2 million".
    private static func bothOpenOnLabels(_ s: SentenceFigures, _ p: StatedFigures) -> Bool {
        opensOnLabel(s.tokens, s.mentions, from: s.heading.upperBound) && opensOnLabel(p.tokens, p.figures.map(\.mention), from: 0)
    }

    /// "- Foreign nationals 47.7m (+21.4%)": a bullet, a label of a few words and nothing else, then
    /// the line's first figure; a digest's list item written without the colon of a label.
    static func opensOnBulletLabel(_ tokens: [Token], _ mentions: [Mention]) -> Bool {
        guard let bullet = tokens.first, bullet.kind == .punct, bullet.text.unicodeScalars.count == 1,
              let sign = bullet.text.unicodeScalars.first, ListBullets.signs.contains(sign),
              let first = mentions.first(where: { $0.kind == .figure }), first.first > 1, first.first <= bulletLabelLength + 1 else { return false }
        return tokens[1..<first.first].allSatisfy { $0.kind == .word || $0.is("/") || $0.is("&") || $0.is(",") || $0.is("'") || $0.is("’") }
    }

    /// The most words a bulleted label takes ("Hong Kong, Macao and Taiwan residents").
    private static let bulletLabelLength = 8

    /// "1.2", "12.3": one or two digits, a point, one or two digits.
    private static func isSectionNumber(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// A sentence of several segments (split at semicolons) whose later segment names its own
    /// stretch ("During the summer vacation (1 July to 31 August), 83.8 million …; in September,
    /// 43.1 million …"): from that segment on, its figures are that stretch's. The first segment
    /// keeps the sentence's period unless that came from a later segment. Returns where each
    /// segment's period starts (token index); empty for a sentence of one segment.
    /// `asides`: the sentence's `periodAsides`.
    private func segmentPeriods(_ tokens: [Token], _ mentions: [Mention], asides: [Range<Int>], scope: PeriodScope, sentence: Period,
                                carried: Period?) -> [(start: Int, period: Period)] {
        var bounds = [0]
        // A bracketed aside naming its own period is a segment of its own; after it the sentence goes on.
        let resumes = Set(asides.map(\.upperBound).filter { $0 < tokens.count })
        // "与2019年相比，…差异明显：2019年，内地居民…": a colon before a year opens a statement of its own;
        // "11.98 million …, down 9.8%: 5.81 million in the first quarter and …", one between a count and
        // a figure, a list.
        // "…1.284亿人次，2020年约为2.6亿人次", "，而2019年为…": a Chinese comma before a year (2020年), a
        // joiner between or none, opens a clause of that year.
        let joiners = yearClauseJoiners[1]
        var yearClauses = Set<Int>()
        // Every bound below follows a mark: words and figures are passed over at once.
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count && t.kind == .punct {
            if t.is("，") && yearOpensClause(tokens, i + 1) {
                bounds.append(i + 1); yearClauses.insert(i + 1)
            } else if SentenceReader.isSegmentEnd(t) || scope.opensClause(tokens, i) || ((t.is("：") || t.is(":")) && (tokens[i + 1].writtenYear != nil
                    || tokens[i + 1].kind == .number && mentions.contains { $0.kind == .figure && !$0.isPercent && $0.end <= i })) {
                bounds.append(i + 1)
            } else if t.is("，"), joiners.contains(tokens[i + 1]), yearOpensClause(tokens, i + 2) {
                bounds.append(i + 2); yearClauses.insert(i + 2)
            } else if t.is("，") || t.is("、"), case let s = joiners.contains(tokens[i + 1]) ? i + 2 : i + 1, partOpensClause(tokens, s, scope: scope) {
                // "2023年外国人出入境3547.8万人次，第四季度外国人出入境1167.5万人次": a part of the year
                // after a comma opens a clause of that part (其中一季度1.41亿人次、二季度1.46亿人次: a list's too).
                bounds.append(s)
            } else if t.is("，"), periodBaseMarks[1].contains(tokens[i + 1]),
                      let e = scope.words.partPhrases.lazy.compactMap({ $0.startsAt(tokens, i + 2, limit: tokens.count) }).first,
                      e < tokens.count, tokens[e].is("的") {
                // "，较一季度的1.41亿人次": the earlier quarter's figure, the base of the change after it.
                bounds.append(i + 2)
            }
        }
        // "… accounted for 78.0 million journeys and the second quarter for 90.0 million": "and" before
        // a part of the year that a figure follows opens a clause of that part, after a figure.
        if let firstFigure = mentions.first(where: { $0.kind == .figure }) {
            for i in firstFigure.end..<tokens.count where tokens[i].is("and") {
                let k = i + 1 < tokens.count && tokens[i + 1].is("the") ? i + 2 : i + 1
                guard let e = scope.words.partPhrases.lazy.compactMap({ $0.startsAt(tokens, k, limit: tokens.count) }).max(),
                      let next = mentions.first(where: { $0.first >= e }), next.kind == .figure, next.first - e <= 2 else { continue }
                bounds.append(i + 1)
            }
        }
        bounds = Array(Set(bounds + asides.map { $0.lowerBound + 1 } + resumes)).sorted()
        guard bounds.count > 1 else { return [] }
        func own(_ a: Int, _ b: Int, markersToo: Bool = true) -> Period? {
            let (slice, shifted) = Self.slice(a..<b, tokens, mentions)
            let mask = KeyMask(slice)
            return scope.ownPeriod(of: slice, mentions: shifted, mask: mask) ?? scope.ownYear(of: slice, mentions: shifted, mask: mask, markersToo: markersToo)
        }
        // "36.2 million … during the year, including 9.46 million in the fourth quarter": the first
        // clause's own period, when it names one, is its figures' (the sentence's may be the later part's).
        let headOwn = own(0, bounds[1])
        // "四季度查验…；全年查验…": a later clause's whole year counts after a part of the year; after a
        // year ("2025年全年…；全年免签入境…") it is that same year.
        let afterAYear = (headOwn ?? sentence).isAnnual
        var later: [(start: Int, period: Period?)] = []
        // "上半年签发护照923.2万本，其中二季度524.8万本；签发通行证…", "…, of which 5.2 million in the second
        // quarter; …": a part of the period opened by 其中 or "of which", with its figure, ends with its clause
        // (at a semicolon); a table row's label (其中：6月；出入境人员…) goes on to the row's figure.
        var partOfHead = false
        for (n, a) in bounds.enumerated().dropFirst() {
            let b = n + 1 < bounds.count ? bounds[n + 1] : tokens.count
            // (A clause naming a part but holding no figure dates nothing: "…，二季度外国人出入境规模已接近…".)
            if mentions.contains(where: { $0.kind == .figure && $0.first >= a && $0.first < b }) || resumes.contains(a),
               let p = own(a, b, markersToo: !afterAYear) {
                later.append((a, p))
                // (其中一季度…、二季度…；: the list's later members are parts of the head too.)
                partOfHead = (scope.words.partsOfPrevious.contains { $0.startsAt(tokens, a, limit: b) != nil } || partOfHead && tokens[a - 1].is("、"))
                    && mentions.contains { $0.kind == .figure && $0.first >= a && $0.end <= b }
            }
            // The head's period, after an aside, and after a semicolon closing a clause of another year
            // ("…2846万本，2015年这一数字为2530万本；签发往来港澳台证件…").
            else if resumes.contains(a) || ((partOfHead || later.last.map { yearClauses.contains($0.start) } == true) && SentenceReader.isSegmentEnd(tokens[a - 1])) {
                later.append((a, nil)); partOfHead = false
            }
        }
        guard let first = later.first(where: { $0.period != nil })?.period else { return [] }
        let head = headOwn ?? (sentence == first ? (carried ?? scope.document) : sentence)
        return [(0, head)] + later.map { ($0.start, $0.period ?? head) }
    }

    /// "Foreign nationals made 35.48 million crossings (4.1 million in the fourth quarter)",
    /// "3548万人次（其中四季度410万人次）": a bracket after a figure, holding a figure of its own and
    /// naming its own part of the year, dated window or month, is an aside of that period; so is a
    /// clause comparing with a figure of another period (", compared with 17.41 million in the first
    /// half of 2019"). The token range from the opening bracket (or comma) to the closing one (or the
    /// clause's end), inclusive.
    static func periodAsides(_ tokens: [Token], _ mentions: [Mention], scope: PeriodScope) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard tokens[i].kind == .punct else { continue }
            let bracket = Self.closingBracket(tokens, i)
            guard let close = bracket ?? Self.comparisonClauseEnd(tokens, i, mentions, scope: scope)
                    ?? Self.partClauseEnd(tokens, i, mentions, scope: scope) else { continue }
            guard mentions.contains(where: { $0.kind == .figure && !$0.isPercent && $0.first > i && $0.end <= close }),
                  mentions.contains(where: { $0.kind == .figure && !$0.isPercent && $0.end <= i }) else { continue }
            let (slice, shifted) = Self.slice((i + 1)..<close, tokens, mentions)
            let mask = KeyMask(slice)
            // "…2.9万余起，同比下降10.2%（2022年为3.23万起）；…": a bracket opening on its own year is one too.
            if scope.ownPeriod(of: slice, mentions: shifted, mask: mask) != nil
                || bracket != nil && slice.first?.writtenYear != nil && scope.ownYear(of: slice, mentions: shifted, mask: mask, markersToo: false) != nil {
                out.append(i..<(close + 1)); i = close
            }
        }
        return out
    }

    /// A label in square brackets (or 【】) opening a sentence that goes on past it, holding no figure;
    /// its range, brackets included.
    static func leadingLabel(_ tokens: [Token], _ mentions: [Mention]) -> Range<Int>? {
        guard let open = tokens.first, open.is("[") || open.is("【"),
              let close = tokens.firstIndex(where: { $0.is("]") || $0.is("】") }), close + 1 < tokens.count,
              !mentions.contains(where: { $0.kind == .figure && $0.first < close }) else { return nil }
        return 0..<(close + 1)
    }

    /// "44.6 million crossed, the highest monthly figure since February 2020": the time after a
    /// record's "since" (`recordWords` earlier in its clause) is what the record is measured
    /// against, not the figure's period; from the "since" to the clause's end.
    static func recordBaselines(_ tokens: [Token], mask: KeyMask, scope: PeriodScope) -> [Range<Int>] {
        tokens.indices.filter { scope.words.sinceWords.contains(tokens[$0]) && scope.recordBefore($0, tokens, mask: mask) }.map { k in
            k..<(tokens[k...].firstIndex(where: SentenceReader.isClauseEnd) ?? tokens.count)
        }
    }

    /// ", compared with 17.41 million in the first half of 2019", ", versus 334 million …": a comma
    /// before a comparison opener right before a figure (not "from", which opens a range as often);
    /// where the clause ends (its last token).
    static func comparisonClauseEnd(_ tokens: [Token], _ comma: Int, _ mentions: [Mention], scope: PeriodScope) -> Int? {
        guard tokens[comma].is(",") || tokens[comma].is("，"),
              let e = scope.words.comparisonOpenersButFrom.lazy.compactMap({ $0.startsAt(tokens, comma + 1, limit: tokens.count) }).first,
              let m = mentions.first(where: { $0.first == e }), m.kind == .figure, !m.isPercent else { return nil }
        let end = tokens[m.end...].firstIndex(where: { SentenceReader.isSegmentEnd($0) || $0.is(",") || $0.is("，") || $0.is(".") }) ?? tokens.count
        return end - 1
    }

    /// "investigated 20,700 criminal cases, including 11,200 in the second quarter, and arrested
    /// 38,900 criminal suspects": a comma before a part marker right before a figure opens a clause
    /// giving a part of the count before it; where that clause ends (the comma or stop closing it),
    /// so that what follows is the sentence's again.
    static func partClauseEnd(_ tokens: [Token], _ comma: Int, _ mentions: [Mention], scope: PeriodScope) -> Int? {
        guard tokens[comma].is(","),
              let e = scope.words.partMarkers.lazy.compactMap({ $0.startsAt(tokens, comma + 1, limit: tokens.count) }).first,
              let m = mentions.first(where: { $0.first == e }), m.kind == .figure, !m.isPercent else { return nil }
        return tokens[m.end...].firstIndex(where: { SentenceReader.isSegmentEnd($0) || $0.is(",") || $0.is(".") })
    }

    /// The tokens of `range` and the mentions inside it, placed from the range's start.
    static func slice(_ range: Range<Int>, _ tokens: [Token], _ mentions: [Mention]) -> (tokens: [Token], mentions: [Mention]) {
        let a = range.lowerBound
        let inside = mentions.filter { $0.first >= a && $0.end <= range.upperBound }.map { m -> Mention in
            var x = m; x.first -= a; x.number -= a; x.end -= a; return x
        }
        return (Array(tokens[range]), inside)
    }

    /// The bracket closing the one opened at `open`, brackets inside it passed over (3120万架（列、艘、辆）次).
    static func closingBracket(_ tokens: [Token], _ open: Int) -> Int? {
        guard tokens[open].is("(") || tokens[open].is("（") else { return nil }
        var depth = 0
        for k in (open + 1)..<tokens.count where tokens[k].kind == .punct {
            if tokens[k].is("(") || tokens[k].is("（") { depth += 1 }
            else if tokens[k].is(")") || tokens[k].is("）") { if depth == 0 { return k }; depth -= 1 }
        }
        return nil
    }

    /// The tokens and mentions outside `ranges` (sorted, disjoint), the mentions' indices shifted.
    static func removing(_ ranges: [Range<Int>], _ tokens: [Token], _ mentions: [Mention]) -> ([Token], [Mention]) {
        guard !ranges.isEmpty else { return (tokens, mentions) }
        var kept: [Token] = [], shift = Array(repeating: 0, count: tokens.count + 1), removed = 0
        for (k, t) in tokens.enumerated() {
            shift[k] = removed
            if ranges.contains(where: { $0.contains(k) }) { removed += 1 } else { kept.append(t) }
        }
        shift[tokens.count] = removed
        let ms = mentions.filter { m in !ranges.contains { $0.overlaps(m.first..<m.end) } }.map { m -> Mention in
            var x = m; x.first -= shift[m.first]; x.number -= shift[m.number]; x.end -= shift[m.end]; return x
        }
        return (kept, ms)
    }

    /// A Chinese part of the year at `k` (第四季度, 上半年) opening a clause: not a base (四季度的…,
    /// 一季度以来, 三季度至四季度).
    private func partOpensClause(_ tokens: [Token], _ k: Int, scope: PeriodScope) -> Bool {
        guard k < tokens.count, tokens[k].kind == .han,
              let e = scope.words.partPhrases.lazy.compactMap({ $0.startsAt(tokens, k, limit: tokens.count) }).max(), e < tokens.count else { return false }
        return !tokens[e].is("的") && !yearClauseStops[1].contains(tokens[e])
    }

    /// "…，2019年全国出入境人员达到6.7亿人次，2020年为2.3亿人次": a year with 年 opening a clause dates
    /// that clause's figures. Not a year that opens a stretch or a comparison (2012年以来, 2019年同期,
    /// 2018年至2020年, 2019年1月): the Chinese `yearClauseStops`.
    private func yearOpensClause(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k].writtenYear != nil, tokens[k + 1].is("年") else { return false }
        let next = tokens[k + 2]
        return next.kind != .number && !yearClauseStops[1].contains(next)
    }

    /// A bare figure of a table row (no scale, no measure word: "26081.3" under 单位：万人次) takes the
    /// scale the table's unit line gives its metric's unit.
    private func scaleByUnitLine(_ f: inout Fact, _ m: Mention, _ tokens: [Token], heading: Range<Int>, _ entries: [TableWords.UnitEntry]) {
        guard Self.isBare(m, tokens, heading: heading),
              let scale = TableWords.scale(for: f.metric.flatMap { units[$0] }, in: entries), scale != 1 else { return }
        f.value *= scale
        if f.note == nil { f.note = "in the unit the table's unit line gives (× \(scale))" }
    }

    /// A bare figure under a column whose units row gives it a scale ("(10,000)"), or of a row whose
    /// unit cell does ("CNY 100m"), takes that scale.
    private func scaleByColumn(_ f: inout Fact, _ m: Mention, _ tokens: [Token], heading: Range<Int>, _ scale: Decimal) {
        // The currency before the amount was the unit cell's ("CNY 100m": "cny 31.6").
        var bare = m
        if m.first < m.number, m.unit != nil, tokens[m.first].start == tokens[m.first].end { bare.unit = nil }
        guard Self.isBare(bare, tokens, heading: heading) else { return }
        f.value *= scale
        if f.note == nil { f.note = "in the unit the table's units row or unit column gives (× \(scale))" }
    }

    /// A figure of a table row written without scale or measure word ("26081.3").
    private static func isBare(_ m: Mention, _ tokens: [Token], heading: Range<Int>) -> Bool {
        m.kind == .figure && m.unit == nil && !m.spelled && !m.isRate && m.end == m.number + 1 && m.first >= heading.upperBound
            && tokens[m.number].kind == .number
    }

    private func fact(_ f: ReadFigure, tokens: [Token], period: Period, document: SourceDocument, text: [Unicode.Scalar],
                      sentence: Range<Int>, quote: String?, language: Language) -> Fact {
        let m = f.mention
        let start = tokens[m.first].start, end = tokens[m.end - 1].end
        let unit = f.metric.flatMap { units[$0] } ?? m.unit.map { m.isRate ? "\($0)/day" : $0 } ?? (m.isRate ? "per day" : "count")
        var note = m.doubt ?? m.reading
        if m.isRate { note = "a rate or average, not a total for the period" }
        return Fact(metric: m.isRate ? nil : f.metric, period: period, value: m.value, unit: unit, qualifier: m.qualifier,
                    yoyPct: f.yoy, status: m.doubt == nil ? .reported : .flagged, note: note,
                    written: Tokenizer.string(text, start, end), subject: f.subject, source: document.id,
                    range: TextRange(start, end), quote: quote ?? Self.quote(text, sentence, around: start..<end), language: language)
    }

    /// The counts a list of changes in the next sentence may refer to: those of the sentence's
    /// last segment (after its last ";" or "。") that carry no change of their own, by index in
    /// `figures`.
    static func list(_ figures: [ReadFigure], tokens: [Token]) -> [Int] {
        let counts = figures.indices.filter {
            let m = figures[$0].mention
            // A number in words counts only when large ("three hundred and thirty-one million"), not "three ports".
            return !m.isPercent && (!m.spelled || m.value >= 1000) && !m.isRate && figures[$0].yoy == nil
        }
        guard let last = counts.last else { return [] }
        let segmentStart = tokens[..<figures[last].mention.first].lastIndex(where: SentenceReader.isSegmentEnd) ?? -1
        return counts.filter { figures[$0].mention.first > segmentStart }
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
                if rank(f.qualifier) > rank(kept.qualifier) || (f.qualifier == kept.qualifier && f.value != kept.value && unit(of: f.value) < unit(of: kept.value)) {
                    // "703 million" in a headline, "703.5 million … up 14.9 per cent" in the body: the finer one.
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

    /// The place value of a figure's last significant digit: 1,000,000 for 703,000,000, 0.1 for 606.3.
    /// Arithmetic, not the decimal's text: duplicates are compared pairwise, and writing every
    /// value out had cost a quarter of the extraction of a long release.
    static func unit(of value: Decimal) -> Double {
        let x = abs(NSDecimalNumber(decimal: value).doubleValue)
        guard x > 0 else { return 1 }
        var p = 1e15
        while p > 1e-9 {
            let q = x / p
            if q >= 1, abs(q - q.rounded()) < 1e-9 * q { return p }
            p /= 10
        }
        return p
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
        case (.exact, .exact):
            // "703 million" and "703.5 million": the coarser, of two significant digits or more,
            // is the finer rounded (or cut) to its last digit.
            let (ua, ub) = (unit(of: a.value), unit(of: b.value))
            guard ua != ub else { return false }
            let (coarse, fine, u) = ua > ub ? (x, y, ua) : (y, x, ub)
            let (c, f) = ((coarse / u).rounded(), fine / u)
            return abs(c) >= 10 && (f.rounded() == c || (f + 1e-9).rounded(.towardZero) == c)
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
