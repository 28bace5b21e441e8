import Foundation

/// The metric vocabulary (`Pipeline/metrics.json`): ids, labels, units, the phrases that identify
/// each metric per language, and the constraints between metrics. Adding a metric or a language
/// is an edit of that file, not of code.
public struct Catalog: Codable, Sendable {
    public static let format = "nia-catalog/1"
    public var format: String
    public var metrics: [MetricDefinition]
    /// Parts that add up to a total.
    public var sums: [SumConstraint]
    /// Relations that bound a metric.
    public var bounds: [BoundConstraint]
    /// Metrics that count both directions, entries and exits (出入境人员): a figure the words
    /// before it say counts one direction only (出境, 入境) is none of them.
    public var bothDirections: [String]?

    public init(format: String = Catalog.format, metrics: [MetricDefinition], sums: [SumConstraint] = [], bounds: [BoundConstraint] = [],
                bothDirections: [String]? = nil) {
        self.format = format; self.metrics = metrics; self.sums = sums; self.bounds = bounds; self.bothDirections = bothDirections
    }

    public func metric(_ id: String) -> MetricDefinition? { metrics.first { $0.id == id } }

    /// Each metric's unit, by id (the first definition wins).
    public var unitsByMetric: [String: String] {
        Dictionary(metrics.map { ($0.id, $0.unit) }, uniquingKeysWith: { a, _ in a })
    }
}

public struct MetricDefinition: Codable, Hashable, Sendable {
    public var id: String
    public var section: String
    /// Base unit of the values (`person-trips`, `tonnes`, `CNY`, `percent`, ...).
    public var unit: String
    public var label: String
    public var definition: String?
    /// Matching rules per language code ("en", "zh").
    public var match: [String: [MatchRule]]

    public init(id: String, section: String, unit: String, label: String, definition: String? = nil, match: [String: [MatchRule]]) {
        self.id = id; self.section = section; self.unit = unit; self.label = label; self.definition = definition; self.match = match
    }
}

/// One way a release words a metric. A figure matches when the words it counts (its subject,
/// just after the figure in English, just before it in Chinese) contain one of `subject`, its
/// sentence (or clause) contains one of `context` (when given), and the words next to it none
/// of `exclude`. In a phrase, `*` stands for a short gap ("permits * hong kong * residents").
public struct MatchRule: Codable, Hashable, Sendable {
    /// Phrases for what the figure counts ("motor vehicles", "机动车").
    public var subject: [String]
    /// Phrases of which one must occur in the clause (e.g. "inspected"); empty means any clause.
    public var context: [String]?
    /// Phrases that rule the match out when they occur in the subject or clause.
    public var exclude: [String]?
    /// Units the figure must carry ("tonnes", "percent", "CNY"); empty means a plain count.
    public var units: [String]?
    /// Higher wins when several metrics match the same figure.
    public var priority: Int?
    /// Where `context` must occur: "sentence" (the default) or "clause" (between commas or
    /// semicolons), for metrics whose verbs sit side by side: "15 died, and 66 were injured".
    public var scope: String?
    /// "before": the subject counts only written before the figure ("crossings totalled 183.6
    /// million"), for a bare noun that after a figure often names only part of what it counts
    /// ("35.7 million crossings, foreigners were …"). Absent: either side.
    public var side: String?

    public init(subject: [String], context: [String]? = nil, exclude: [String]? = nil, units: [String]? = nil,
                priority: Int? = nil, scope: String? = nil, side: String? = nil) {
        self.subject = subject; self.context = context; self.exclude = exclude; self.units = units
        self.priority = priority; self.scope = scope; self.side = side
    }
}

/// `total` = sum of `parts`, within `tolerance` (relative).
public struct SumConstraint: Codable, Hashable, Sendable {
    public var total: String
    public var parts: [String]
    public var tolerance: Double
    public init(total: String, parts: [String], tolerance: Double = 0.015) {
        self.total = total; self.parts = parts; self.tolerance = tolerance
    }
}

/// `metric` ≤ `factor` × `atMost` (another metric), or ≤ `max` (a constant), or ≤ `maxPerYear` or
/// ≥ `minPerYear` × the part of a year its period covers (the most and the least plausible
/// national figure: a quarter's crossings are a quarter of a year's, so "1.59 billion" in one
/// quarter is a misread scale word even when it would pass as a year's).
public struct BoundConstraint: Codable, Hashable, Sendable {
    public var metric: String
    public var atMost: String?
    public var factor: Double?
    public var max: Double?
    public var maxPerYear: Double?
    public var minPerYear: Double?
    public var reason: String
    public init(metric: String, atMost: String? = nil, factor: Double? = nil, max: Double? = nil, maxPerYear: Double? = nil,
                minPerYear: Double? = nil, reason: String) {
        self.metric = metric; self.atMost = atMost; self.factor = factor; self.max = max; self.maxPerYear = maxPerYear
        self.minPerYear = minPerYear
        self.reason = reason
    }

    /// A bound on the figure alone that caps it (`max` or `maxPerYear`).
    public var isMaximum: Bool { max != nil || maxPerYear != nil }
}
