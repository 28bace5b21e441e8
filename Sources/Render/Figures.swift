import BriefingCore
import Foundation

/// Read access to the briefing data as the text needs it: the usable (non-flagged) value of a
/// metric in a year, the previous year's, and the change between them.
struct Figures {
    let data: BriefingData
    var year: Int { data.year }

    static let reconciledMark = "†"
    static let derivedMark = "‡"

    func series(_ id: String) -> MetricSeries? { data.series(id) }

    /// A value that may be printed: present and not flagged.
    func usable(_ id: String, _ year: Int) -> SeriesPoint? {
        guard let p = series(id)?.point(in: year), p.status != .flagged else { return nil }
        return p
    }

    func unit(_ id: String) -> String { series(id)?.unit ?? "" }
    func label(_ id: String) -> String { series(id)?.label ?? id }

    /// Year-on-year change in percent: as stated by the release, else computed from the previous
    /// year's usable value. Only two exact values give a change: between "more than 35,000" and
    /// "more than 36,000" no percentage is known.
    func yoy(_ id: String, _ year: Int) -> Decimal? {
        guard let p = usable(id, year) else { return nil }
        if let stated = p.yoyPct { return stated }
        guard p.qualifier == .exact, let prev = usable(id, year - 1), prev.qualifier == .exact, prev.value != 0 else { return nil }
        var r = Decimal(), v = (p.value - prev.value) / prev.value * 100
        NSDecimalRound(&r, &v, 1, .plain)
        return r
    }

    static func mark(_ status: FactStatus) -> String {
        switch status {
        case .reconciled: return reconciledMark
        case .derived: return derivedMark
        default: return ""
        }
    }

    func prose(_ p: SeriesPoint, _ id: String) -> String {
        NumberText.qualified(NumberText.prose(p.value, unit: unit(id)), p.qualifier) + Figures.mark(p.status)
    }

    func exact(_ p: SeriesPoint, _ id: String) -> String {
        NumberText.qualified(NumberText.exact(p.value, unit: unit(id)), p.qualifier) + Figures.mark(p.status)
    }

    var release: SourceInfo { data.release }
    var releaseDate: String? { data.release.released }

    /// Fills one placeholder name; nil when it has no usable value.
    func resolve(_ name: String) -> String? {
        switch name {
        case "year": return String(year)
        case "prev_year": return String(year - 1)
        case "release.title": return release.title ?? release.id
        case "release.publisher": return release.publisher ?? "National Immigration Administration"
        case "release.date": return releaseDate.map(NumberText.longDate)
        case "release.id": return release.id
        default: break
        }
        var metric = name, field = "value"
        if series(name) == nil, let dot = name.lastIndex(of: "."), Placeholders.metricFields.contains(String(name[name.index(after: dot)...])) {
            metric = String(name[..<dot]); field = String(name[name.index(after: dot)...])
        }
        switch field {
        case "label": return series(metric)?.label
        case "value": return usable(metric, year).map { prose($0, metric) }
        case "exact": return usable(metric, year).map { exact($0, metric) }
        case "prev": return usable(metric, year - 1).map { prose($0, metric) }
        case "prev_exact": return usable(metric, year - 1).map { exact($0, metric) }
        case "yoy": return yoy(metric, year).map(NumberText.change)
        case "change": return yoy(metric, year).map(NumberText.changeVerb)
        case "pct": return yoy(metric, year).map { NumberText.plainDecimal(abs($0), maxFraction: 1) + "%" }
        default: return nil
        }
    }

    /// Every year any series covers up to the briefing year, ascending.
    var years: [Int] {
        Array(Set(data.series.flatMap { $0.points.map(\.year) }.filter { $0 <= year })).sorted()
    }

    /// "NIA release of 2025-01-14 (000_….txt)" for each source id, in order.
    func sourceLine(ids: [String]) -> String {
        var seen = Set<String>(), parts: [String] = []
        for id in ids where seen.insert(id).inserted {
            let info = data.sources.first { $0.id == id } ?? (data.release.id == id ? data.release : nil)
            if let date = info?.released {
                parts.append("release of \(date) (\(id))")
            } else {
                parts.append("release \(id)")
            }
        }
        if parts.isEmpty { return "" }
        return (parts.count == 1 ? "Source: NIA " : "Sources: NIA ") + parts.joined(separator: "; ")
    }
}
