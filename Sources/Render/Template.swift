import BriefingCore
import Foundation

/// What the briefing says and shows (`Templates/briefing.json`): its title, the cover's headline
/// figures, the sections with their narrative sentences and charts, and the appendices' wording.
/// Editing this file, not the code, changes the briefing.
public struct BriefingTemplate: Codable, Sendable {
    public static let format = "nia-briefing-template/1"
    public static let fileName = "briefing.json"

    public var format: String
    /// Document title; placeholders allowed ("… in {year}").
    public var title: String
    public var subtitle: String?
    public var author: String
    public var keywords: [String]
    public var cover: Cover
    public var sections: [Section]
    public var figures: Appendix
    public var quality: Appendix
    public var sources: Appendix
    /// Footer text on every page, before "Page N of M"; placeholders allowed.
    public var footer: String

    public struct Cover: Codable, Sendable {
        /// Metric ids shown in large type with their change (flagged or missing ones are skipped).
        public var headlines: [String]
        /// Small print under the headlines (markers explained).
        public var note: String?
    }

    public struct Section: Codable, Sendable {
        public var id: String
        public var title: String
        /// Paragraphs, each a list of sentences with placeholders; a sentence with a missing
        /// or flagged figure is left out.
        public var narrative: [[String]]
        public var charts: [ChartSpec]
        /// Catalog sections whose metrics this section covers in the figures table (default: `[id]`).
        public var metricSections: [String]?
    }

    public struct Appendix: Codable, Sendable {
        public var title: String
        public var intro: String?
    }

    /// Reads and checks `briefing.json` in `directory`.
    public static func load(from directory: URL) throws -> BriefingTemplate {
        let url = directory.appendingPathComponent(fileName)
        let t = try JSONFiles.read(BriefingTemplate.self, from: url, format: format)
        try t.validate(file: url.path)
        return t
    }

    func validate(file: String) throws {
        if sections.isEmpty { throw PipelineError(file, "no sections") }
        if cover.headlines.count > 6 { throw PipelineError(file, "cover.headlines: at most 6 headline metrics fit the cover, found \(cover.headlines.count)") }
        var ids = Set<String>()
        for (i, s) in sections.enumerated() {
            if !ids.insert(s.id).inserted { throw PipelineError(file, "sections[\(i)]: section id \(s.id) is used twice") }
            var texts = [s.title] + s.narrative.flatMap { $0 }
            for (j, c) in s.charts.enumerated() {
                if c.metrics.isEmpty { throw PipelineError(file, "sections[\(i)].charts[\(j)]: no metrics") }
                texts += [c.title, c.axis ?? ""]
            }
            for t in texts {
                do { _ = try Placeholders.parse(t) } catch let e as RenderError {
                    throw PipelineError(file, "sections[\(i)] (\(s.id)): \(e.message)")
                }
            }
        }
        for t in [title, footer, subtitle ?? "", figures.title, quality.title, sources.title] {
            do { _ = try Placeholders.parse(t) } catch let e as RenderError { throw PipelineError(file, e.message) }
        }
    }
}

/// One chart: data plus spec. The renderer turns any spec into a picture.
public struct ChartSpec: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        /// One bar per metric, for the briefing year (parts of a total).
        case bar
        /// One group per metric, one bar per year.
        case groupedBar
        /// One line per metric across every year the series cover.
        case line
    }
    public enum Scale: String, Codable, Sendable { case linear, log }

    public var kind: Kind
    public var metrics: [String]
    public var title: String
    /// Axis title with unit ("Person-trips"); default: the first metric's unit.
    public var axis: String?
    public var scale: Scale?
    /// Alternative text for screen readers; default: built from the title and the values.
    public var alt: String?
    /// Short names for the metrics (same order), when the catalog labels are too long.
    public var labels: [String]?
    /// Lines only: `false` lets the value axis cover just the values' range (a rate between 97% and
    /// 100% would be a flat line on an axis from zero). Bars always start at zero; default true.
    public var fromZero: Bool?
    /// Grouped bars: how many of the latest years to draw (at most the four the year palette
    /// tells apart, the default).
    public var recentYears: Int?

    public init(kind: Kind, metrics: [String], title: String, axis: String? = nil, scale: Scale? = nil, alt: String? = nil, labels: [String]? = nil) {
        self.kind = kind; self.metrics = metrics; self.title = title; self.axis = axis; self.scale = scale
        self.alt = alt; self.labels = labels
    }
}

/// The placeholder syntax of template text.
///
/// - `{year}`, `{prev_year}`: the briefing year and the one before;
/// - `{release.title}`, `{release.publisher}`, `{release.date}` (14 January 2025), `{release.id}`;
/// - `{METRIC}`: the year's value in prose form with its qualifier ("610 million", "more than 35,000");
/// - `{METRIC.exact}`: every digit ("64,882,000"); `{METRIC.prev}`, `{METRIC.prev_exact}`: the previous year's;
/// - `{METRIC.yoy}`: "up 43.9%" / "down 12.5%"; `{METRIC.change}`: "rose 43.9%" / "fell 12.5%";
///   `{METRIC.pct}`: "43.9%" (unsigned); `{METRIC.label}`: the metric's label.
///
/// A sentence any of whose placeholders has no usable value (missing, flagged, no change known)
/// is left out whole. Reconciled values carry "†", derived ones "‡".
enum Placeholders {
    enum Token: Equatable { case text(String), field(String) }

    static let metricFields: Set<String> = ["value", "exact", "prev", "prev_exact", "yoy", "change", "pct", "label"]

    static func parse(_ s: String) throws -> [Token] {
        var tokens: [Token] = []
        var buf = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "{" {
                guard let close = s[i...].firstIndex(of: "}") else { throw RenderError("unclosed { in “\(s)”") }
                let name = String(s[s.index(after: i)..<close])
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") }) else {
                    throw RenderError("bad placeholder {\(name)} in “\(s)”")
                }
                if !buf.isEmpty { tokens.append(.text(buf)); buf = "" }
                tokens.append(.field(name))
                i = s.index(after: close)
            } else if c == "}" {
                throw RenderError("unmatched } in “\(s)”")
            } else {
                buf.append(c); i = s.index(after: i)
            }
        }
        if !buf.isEmpty { tokens.append(.text(buf)) }
        return tokens
    }

    /// Fills a text; nil when a placeholder cannot be filled (the sentence is then left out).
    static func fill(_ s: String, _ figures: Figures) -> String? {
        guard let tokens = try? parse(s) else { return nil }
        var out = ""
        for t in tokens {
            switch t {
            case .text(let x): out += x
            case .field(let name):
                guard let v = figures.resolve(name) else { return nil }
                out += v
            }
        }
        return out
    }
}
