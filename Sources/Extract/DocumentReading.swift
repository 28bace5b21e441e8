import BriefingCore
import Foundation

/// What reading one release carries from sentence to sentence: the periods its paragraphs and
/// sections name, the paragraph's kind (a link, a note, a speaker's turn), what the previous
/// sentence counted, the note markers, the table being read and the facts so far. One per
/// document; `Extractor.extract` hands it to each pass.
struct DocumentReading {
    // MARK: The document

    /// The release's text: every sentence range and token points into it.
    let text: [Unicode.Scalar]
    /// The release being read: its sentences with their paragraphs, and its metadata (period, language).
    let document: SourceDocument
    /// One reader per language: a sentence's own script decides which reads it.
    let readers: [(reader: SentenceReader, scope: PeriodScope)]
    /// A provincial station's release: its figures are its own unless their paragraph names the nation.
    let speaker: String?
    /// The release writes its decimals with commas ("336,7 million"): see `NumberReader.writesDecimalCommas`.
    var decimalCommas = false
    /// The index of a caption line read together with the lone figure line above it (`captionAfterFigure`).
    var readCaption: Int?
    /// The index of the last lone figure line of a "key numbers" box.
    var boxFigure: Int?
    /// The sentence before, whose one date ("On September 15, 2025, …") a "since then" refers to;
    /// `sinceThen` reads the date only when a sentence says "since then" (reading it costs).
    var previousTokens: [Token]?
    /// The facts read so far, in the order of their figures.
    var facts: [Fact] = []
    /// The last quarter or half a sentence was of: what "the quarter" refers back to.
    var lastPart: Period?
    /// A scale a bracketed note of prose gives the table after it ("(trips in millions)"), with the
    /// note's paragraph: the rows after it take it until prose of a later paragraph.
    var tableNote: (scale: Decimal, paragraph: Int)?

    // MARK: Periods

    /// The campaign or dated window an earlier sentence of the paragraph opened, which its next sentences are of.
    var carried: Period?
    /// In a release on a part of the year, the other quarter, half or year the paragraph's latest
    /// sentence named: a sentence that names none is of it ("第三季度，…。签发普通护照596.2万本").
    var paragraphNamed: Period?
    /// A total since an event or founding an earlier sentence of the paragraph gave, with its window when dated.
    var paragraphCumulative: Period??   // .some(nil): a total since an undated event
    /// Whether the paragraph opened on a total since an event or founding ("挂牌以来，…"): its later
    /// sentences that name no period of their own are totals since it too.
    var paragraphOpensSince = false
    /// A question without figures asking for a total since the founding or an event ("组建以来，…一共…多少？",
    /// "How many … since the NIA was founded?"): the answer's paragraph opens on that total.
    var askedSince: Period??
    /// The holidays a sentence dated ("the Spring Festival holiday (January 21 to 27)"): later mentions have its dates.
    var datedHolidays: [String: Period] = [:]
    /// The holiday named last, with its note: what "during the holiday" refers back to.
    var lastHoliday: (Period, note: String?)?
    /// The period of the paragraph's previous sentence with figures; whether one of its sentences
    /// gave figures of the document's own period.
    var previousPeriod: Period?
    /// When the previous sentence with figures only gave the base of a comparison, the same stretch
    /// of an earlier year ("2019年同期，这一数字为5.02亿人次"): the period and figures of the sentence before it.
    var beforeBase: (period: Period, figures: StatedFigures)?
    /// The period of the previous paragraph's last sentence with figures, for a paragraph that
    /// opens on its parts ("Of these trips, …", 其中，…).
    var lastParagraphPeriod: Period?
    /// Whether a sentence of the paragraph gave figures of the document's own period: a window named after it is an aside.
    var paragraphHasOwnPeriod = false
    /// A line with figures of another period than the document's that ends open, on a semicolon or
    /// comma ("| Q3 2024 only: foreign-national crossings 8.19 million; |"): the sentence index and
    /// period the next line goes on with.
    var openLine: (index: Int, period: Period)?
    /// The whole year or part of it a section's heading line names ("二、全年主要数据" in a quarterly
    /// release): the period of its paragraphs' sentences that name none, until the next heading.
    var sectionPeriod: Period?
    /// The window of a paragraph ending with a colon ("The operation ran from May 1 to October 31.
    /// During it, the two agencies:"): the bulleted items after it are its figures.
    var listWindow: Period?
    var asideWindow = false   // the carried window was named inside a paragraph of the period's figures

    // MARK: The paragraph

    /// The paragraph of the sentence read last (-1 before the first).
    var paragraph = -1
    var turnBody: String?     // the other body of the speaker whose turn it is (a transcript)
    var askerTurn = false     // the turn is a reporter's question: its figures are not the release's
    var askerParagraphOnly = false   // … for the paragraph its label opens only (text after the label)
    var asksQuestion = false  // the paragraph of an asker's turn holds a question
    var turnSpeaker: String?  // the speaker ingest named for the turn `turnBody` was read from
    var speakerBodies: [Substring: String] = [:]   // each word of a speaker's full label → the other body it names
    /// The sentence with figures read last and the other body that opened it as its speaker's
    /// (公安部…李正华介绍，…): a sentence right after it opening on a pronoun speaker (他表示) is that body's.
    var lastSpeakerBody: (index: Int, body: String)?
    /// Whether the paragraph names the nation: then a provincial station's figures in it are national.
    var paragraphNational = false
    /// Whether the last heading line ("一、全国移民管理工作总体情况") names the nation: then every
    /// paragraph under it, until the next heading, is national as if it named the nation itself.
    var sectionNational = false
    /// Where the paragraph's facts start, and the place of its first figure when that is a local
    /// one ("全省口岸共查验…3.28亿人次。其中，外国人1,050万人次"): the place of the figures after it in
    /// the paragraph, unless their sentence names the nation.
    var paragraphFirstFact = 0
    var paragraphPlace: String?
    /// Whether a sentence of the paragraph, in another body's turn, named the administration ("In its
    /// release, the NIA stated that …"): the paragraph reports the administration's figures.
    var paragraphCitesOwn = false
    var linkParagraph = false   // a "Read more: …" line: another story's headline
    var linkList = false        // the bullets under a "Related Stories" line
    var footnote = false        // a note line under the release ("¹ …", "[2] …"): none of its figures is the release's own
    /// The marker a note line opens with ("¹", "[2]"), whose figure the note continues.
    var noteKey: String?

    // MARK: The previous sentence

    /// The figures of the previous sentence (and where their facts start), whose counts a list
    /// of changes in this one may bind to.
    var previous: StatedFigures?
    /// "And the third quarter on its own?": the index of a question without figures that asks about
    /// the figures before it; they stay the previous sentence's for its answer.
    var bridgingQuestion: Int?
    /// "▫️内地居民 6411.5万人次 / ▫️港澳台居民 5846.2万人次 / ▫️外国人 842.3万人次": a list written one
    /// count a line, each line a sentence of one count and no change: the facts of those counts, and
    /// the index of the last line's sentence.
    var lineItems: (facts: [Int], line: Int) = ([], -1)
    /// A wire story's lead ("Cross-border trips rose 14.6% in the first half …") gives a change with
    /// no count; the next sentence's one count of what it names, in its period, is that change's.
    var leadChange: LeadChange?

    // MARK: Notes

    /// The figure each note marker stands against ("38.9 million times[4]"), with its sentence and period:
    /// the note "[4] Up from 32.7 million in 2020." reads as if it followed that sentence.
    var marked: [String: (figure: StatedFigures, period: Period, metric: String)] = [:]

    // MARK: The table

    var rowsStart: Int?   // where the facts of the table rows right before start
    /// The table being read: its heading, unit line, columns and the rows so far.
    var table: TableHeading
    /// Where the previous sentence ended: the table reads the lines between (that no sentence holds).
    var previousEnd = 0

    init(document: SourceDocument, text: [Unicode.Scalar], readers: [(reader: SentenceReader, scope: PeriodScope)], speaker: String?, table: TableHeading) {
        self.document = document
        self.text = text
        self.readers = readers
        self.speaker = speaker
        self.table = table
    }

    /// A heading (a line, a bracketed label, a line ingest read as a speaker's name) opens a section
    /// of the period it names: a whole year or part of one other than the release's own; any other
    /// heading ends the last section.
    /// `writesDates`: whether the heading writes numbers. A window heads its section only when it lies
    /// within one year and the heading writes its dates ("自4月2日至9月30日"): a topic's heading,
    /// 暑期客流创新高, names what its paragraphs are about, and a stretch of years, 十四五时期, an overview.
    mutating func openSection(naming named: Period?, in document: Period, writesDates: Bool = false) {
        guard let named, named != document else { sectionPeriod = nil; return }
        sectionPeriod = named.isWindow && !(writesDates && named.span.start.prefix(4) == named.span.end.prefix(4)) ? nil : named
    }
}

/// The figures of a sentence, its tokens, and where their facts start in the document's facts.
struct StatedFigures {
    var figures: [ReadFigure]
    var tokens: [Token]
    var first: Int
}

/// A change a wire story's lead gives without a count: its metrics and period.
typealias LeadChange = (change: Decimal, metrics: Set<String>, period: Period)

/// Where a sentence stands, which reader reads it, and what it takes from the sentences before.
struct SentenceContext {
    /// The sentence's index in the document, for the sentences around it.
    let index: Int
    let sentence: Sentence
    /// Where the sentence stands in the document's text.
    let range: Range<Int>
    /// Whether the sentence opens its paragraph.
    let opensParagraph: Bool
    /// Whether the sentence is its paragraph's only one: a line of its own (a heading, a table row).
    let wholeLine: Bool
    /// A sentence's own script decides how it is read: an English release may quote Chinese.
    let language: Language
    let slot: Int   // the index of the per-language tables
    let reader: SentenceReader
    let scope: PeriodScope
    /// The figures of the previous sentence, or of the one a note line's marker stands in.
    var before: StatedFigures?
    /// The change the previous sentence (a lead) gave without a count.
    let lead: LeadChange?
    /// In a note line, the metric of the figure its marker stands against.
    var noteMetric: String?
}

/// A sentence with figures as the passes read it: its tokens (with a heading before, for a table
/// row), its period, its figures and what they leave for the next sentence.
struct SentenceFigures {
    /// The sentence's tokens, after its heading's when it has one.
    var tokens: [Token]
    /// The numbers read in the tokens: figures, years, ordinals.
    var mentions: [Mention]
    /// Which token keys the sentence holds: a phrase with a word it lacks is not searched for.
    var mask: KeyMask
    /// The heading tokens before the sentence's own (a table row's heading line, a kind's sentence).
    var heading = 0..<0
    /// The tokens of the cells under another year's column, with that year.
    var otherYears: [(tokens: Range<Int>, year: Int, kind: Period.Kind?)] = []
    /// Whether the sentence is a row of a table.
    var isRow = false
    /// The sentence's period, and the window carried into it.
    var period: Period
    var carriedIn: Period?
    /// The period is the same stretch of an earlier year the sentence opens on (`PeriodScope.leadingSamePeriod`).
    var isBaseAside = false
    /// The sentence's asides of another period (`Extractor.periodAsides`), when its period was read
    /// from its own tokens: read once, for its period and its segments.
    var periodAsides: [Range<Int>]?
    /// The note of a holiday window the period was dated to.
    var periodNote: String?
    /// "since its founding": where it stands, and the window it names.
    var founding: (at: Range<Int>, window: Period?)?
    /// The place markers (local or national) and the bodies the sentence names: whose figures they are.
    var markers: [(range: Range<Int>, local: Bool, phrase: String)] = []
    var bodies: [(range: Range<Int>, local: Bool, phrase: String)] = []
    /// The other body whose speaker goes on in this sentence (他表示，… after a sentence that body opened).
    var speakerBody: String?
    /// Where each segment of another period starts.
    var segments: [(start: Int, period: Period)] = []
    /// "In April, May and June, … 28.3 million, 30.1 million and 31.6 million … respectively",
    /// 去年同期和上季度…分别为…: each figure's period, by where the figure starts.
    var respectivePeriods: [Int: Period] = [:]

    /// The period of the segment figure `m` stands in, else the sentence's.
    func segmentPeriod(of m: Mention) -> Period { segments.last { $0.start <= m.first }?.period ?? period }
    /// The quote of every figure: the sentence, unless it is too long.
    var quote: String?
    /// The changes the sentence gives without a count, and those that name their subjects.
    var unbound: [Decimal] = []
    var named: [(change: Decimal, subject: [String])] = []
    /// The figures read, with their metrics, changes and subjects.
    var figures: [ReadFigure] = []
    /// Where the sentence's facts start.
    var first = 0

    init(tokens: [Token], mentions: [Mention], mask: KeyMask, heading: Range<Int>, otherYears: [(tokens: Range<Int>, year: Int, kind: Period.Kind?)], isRow: Bool, period: Period) {
        self.tokens = tokens
        self.mentions = mentions
        self.mask = mask
        self.heading = heading
        self.otherYears = otherYears
        self.isRow = isRow
        self.period = period
    }
}
