import Foundation

/// One value of a series: a metric in a year, with where it came from.
public struct SeriesPoint: Codable, Hashable, Sendable {
    public var year: Int
    public var value: Decimal
    public var qualifier: Qualifier
    public var yoyPct: Decimal?
    /// `reported`, `derived`, `reconciled` or `flagged`. Flagged points are never drawn or narrated as plain facts.
    public var status: FactStatus
    /// The release that states or implies the value (document id).
    public var source: String
    public var quote: String
    /// What the release wrote, when it differs from `value` (reconciled, flagged, derived from it).
    public var written: String?
    /// Why the value was derived, reconciled or flagged.
    public var note: String?
    public var language: Language

    public init(year: Int, value: Decimal, qualifier: Qualifier = .exact, yoyPct: Decimal? = nil,
                status: FactStatus, source: String, quote: String, written: String? = nil,
                note: String? = nil, language: Language = .en) {
        self.year = year; self.value = value; self.qualifier = qualifier; self.yoyPct = yoyPct
        self.status = status; self.source = source; self.quote = quote; self.written = written
        self.note = note; self.language = language
    }
}

/// All years of one metric.
public struct MetricSeries: Codable, Hashable, Sendable {
    public var metric: String
    public var label: String
    public var section: String
    public var unit: String
    /// One point per year, ascending; a year with only a flagged value carries that flagged point.
    public var points: [SeriesPoint]

    public init(metric: String, label: String, section: String, unit: String, points: [SeriesPoint]) {
        self.metric = metric; self.label = label; self.section = section; self.unit = unit; self.points = points
    }

    public func point(in year: Int) -> SeriesPoint? { points.first { $0.year == year } }
}

/// A release as the briefing cites it.
public struct SourceInfo: Codable, Hashable, Sendable {
    public var id: String
    public var contentHash: String
    public var title: String?
    public var url: String?
    public var publisher: String?
    public var language: Language
    public var period: Period
    public var released: String?

    public init(id: String, contentHash: String, metadata: DocumentMetadata) {
        self.id = id; self.contentHash = contentHash; self.title = metadata.title; self.url = metadata.url
        self.publisher = metadata.publisher; self.language = metadata.language
        self.period = metadata.period; self.released = metadata.released
    }
}

/// An entry of the data-quality appendix: a value that is not simply as reported.
public struct QualityNote: Codable, Hashable, Sendable {
    public var metric: String
    public var year: Int
    public var status: FactStatus
    /// The value the briefing uses (nil when none: the figure is only flagged).
    public var value: Decimal?
    /// What the release wrote, verbatim.
    public var written: String
    public var quote: String
    public var source: String
    public var language: Language
    /// Why it was changed, derived or doubted.
    public var reason: String

    public init(metric: String, year: Int, status: FactStatus, value: Decimal?, written: String, quote: String,
                source: String, language: Language, reason: String) {
        self.metric = metric; self.year = year; self.status = status; self.value = value; self.written = written
        self.quote = quote; self.source = source; self.language = language; self.reason = reason
    }
}

/// The aggregate stage's output and the render stage's input: everything a briefing for `year` shows.
public struct BriefingData: Codable, Sendable {
    public static let format = "nia-series/1"
    public var format: String = BriefingData.format
    public var year: Int
    /// The annual release for `year` the briefing rests on.
    public var release: SourceInfo
    /// Every release the series draw on, in the order cited.
    public var sources: [SourceInfo]
    public var series: [MetricSeries]
    public var notes: [QualityNote]

    public init(year: Int, release: SourceInfo, sources: [SourceInfo], series: [MetricSeries], notes: [QualityNote]) {
        self.year = year; self.release = release; self.sources = sources; self.series = series; self.notes = notes
    }

    public func series(_ metric: String) -> MetricSeries? { series.first { $0.metric == metric } }
}
