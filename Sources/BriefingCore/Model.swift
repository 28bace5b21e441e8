import Foundation

/// Languages the pipeline reads. The briefing itself is always English.
public enum Language: String, Codable, Sendable, CaseIterable {
    case en, zh

    /// Chinese when a fifth of the letters are Han characters; nil for text without letters.
    /// Inlinable so that each caller gets a version specialised to its sequence (a hot loop in extract).
    @inlinable public static func dominant(in scalars: some Sequence<Unicode.Scalar>) -> Language? {
        var han = 0, latin = 0
        for c in scalars {
            let v = c.value
            if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) { latin += 1 }
            else if v < 128 { continue }
            else if c.isHan { han += 1 }
            else if c.isAlphabetic { latin += 1 }
        }
        if han + latin == 0 { return nil }
        return han * 5 >= han + latin ? .zh : .en
    }
}

/// How exactly a release states a figure.
public enum Qualifier: String, Codable, Sendable {
    /// "610 million"
    case exact
    /// "more than 35,000", "over 3 million", 超过, 逾, 余
    case atLeast = "at_least"
    /// "nearly", "about", "some", 近, 约
    case approx
}

/// Where a value in the pipeline comes from.
public enum FactStatus: String, Codable, Sendable {
    /// Stated in a source.
    case reported
    /// Computed, e.g. the previous year from a stated year-on-year change.
    case derived
    /// A stated value replaced by one a constraint proves.
    case reconciled
    /// Doubtful: malformed, implausible or contradicted. The quote says what was written.
    case flagged
}

/// A half-open range of Unicode-scalar offsets into a document's normalised text.
public struct TextRange: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
}

/// Metadata of a release, from its header or detected from its text.
public struct DocumentMetadata: Codable, Hashable, Sendable {
    public var title: String?
    public var url: String?
    public var publisher: String?
    public var language: Language
    public var period: Period
    /// Release date, `YYYY-MM-DD`.
    public var released: String?
    /// Keys whose value was detected from the text rather than given in the header.
    public var detected: [String]
    /// How many traditional Chinese characters ingest read as simplified ones; nil when none.
    public var traditionalCharacters: Int?

    public init(title: String? = nil, url: String? = nil, publisher: String? = nil, language: Language,
                period: Period, released: String? = nil, detected: [String] = [], traditionalCharacters: Int? = nil) {
        self.title = title; self.url = url; self.publisher = publisher; self.language = language
        self.period = period; self.released = released; self.detected = detected
        self.traditionalCharacters = traditionalCharacters
    }
}

/// A sentence of a document: its range in the text, and the paragraph and speaker it belongs to.
public struct Sentence: Codable, Hashable, Sendable {
    public var range: TextRange
    public var paragraph: Int
    public var speaker: String?
    public init(range: TextRange, paragraph: Int, speaker: String? = nil) {
        self.range = range; self.paragraph = paragraph; self.speaker = speaker
    }
}

/// One release after ingest: normalised text, metadata, and its sentences.
public struct SourceDocument: Codable, Hashable, Sendable {
    public static let format = "nia-document/1"
    public var format: String = SourceDocument.format
    /// The file name, e.g. `000_ebb5ee576dff67ce.txt`: the source id everywhere downstream.
    public var id: String
    /// Content hash of the file as read (FNV-1a 64, hex): reruns and provenance key on it.
    public var contentHash: String
    public var metadata: DocumentMetadata
    /// The body, header removed, normalised (NFC, plain quotes/dashes/spaces, LF line ends).
    public var text: String
    public var sentences: [Sentence]

    public init(id: String, contentHash: String, metadata: DocumentMetadata, text: String, sentences: [Sentence]) {
        self.id = id; self.contentHash = contentHash; self.metadata = metadata; self.text = text; self.sentences = sentences
    }
}

/// One figure read from a release (or computed from others by aggregation).
public struct Fact: Codable, Hashable, Sendable {
    /// A catalog metric id; nil when the figure matched no metric (kept in the JSON, not in facts.csv).
    public var metric: String?
    public var period: Period
    /// In base units: 610000000, 7.8 (tonnes), 99.36 (percent).
    public var value: Decimal
    /// Base unit: the catalog unit when a metric matched, otherwise what the text counts ("tons", "yuan", "percent", a noun).
    public var unit: String
    public var qualifier: Qualifier
    /// The stated year-on-year change in percent, signed.
    public var yoyPct: Decimal?
    public var status: FactStatus
    /// Why a value is flagged, reconciled or derived, in words for the data-quality appendix.
    public var note: String?
    /// The figure exactly as written ("31.49,000", "2,597 million").
    public var written: String
    /// What the figure counts, as the text words it ("motor vehicles", "criminal suspects").
    public var subject: String
    /// Provenance: document id, offsets of the figure in the document text, and the words it came from.
    public var source: String
    public var range: TextRange
    public var quote: String
    public var language: Language

    public init(metric: String?, period: Period, value: Decimal, unit: String, qualifier: Qualifier = .exact,
                yoyPct: Decimal? = nil, status: FactStatus = .reported, note: String? = nil, written: String,
                subject: String, source: String, range: TextRange, quote: String, language: Language) {
        self.metric = metric; self.period = period; self.value = value; self.unit = unit
        self.qualifier = qualifier; self.yoyPct = yoyPct; self.status = status; self.note = note
        self.written = written; self.subject = subject; self.source = source; self.range = range
        self.quote = quote; self.language = language
    }

    /// The calendar year of the value.
    public var year: Int { period.year }
}

/// The extract stage's output for one document.
public struct DocumentFacts: Codable, Sendable {
    public static let format = "nia-facts/1"
    public var format: String = DocumentFacts.format
    /// Provenance of the input: document id and content hash.
    public var document: String
    public var contentHash: String
    public var metadata: DocumentMetadata
    public var facts: [Fact]
    public var warnings: [String]

    public init(document: String, contentHash: String, metadata: DocumentMetadata, facts: [Fact], warnings: [String] = []) {
        self.document = document; self.contentHash = contentHash; self.metadata = metadata
        self.facts = facts; self.warnings = warnings
    }
}
