import BriefingCore
import Foundation

extension Resolver {
    /// The series, notes, sources and facts.csv rows of the resolved years (`year` and earlier).
    func result() -> AggregateResult {
        let units = catalog.unitsByMetric
        let order = Dictionary(catalog.metrics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ascending = years.reversed().filter { $0 <= year }

        var series: [MetricSeries] = []
        var entries: [(metric: String, year: Int, value: Resolved, isPoint: Bool)] = []
        var used = Set<Int>()
        for m in catalog.metrics {
            var points: [SeriesPoint] = []
            for y in ascending {
                guard let r = values[y]?[m.id] else { continue }
                if let i = r.statement { used.insert(i) }
                entries.append((m.id, y, r, true))
                points.append(SeriesPoint(
                    year: y, value: r.value, qualifier: r.qualifier, yoyPct: r.yoy, status: r.status,
                    source: releases[r.release].id, quote: r.quote,
                    written: r.status == .reported ? nil : r.written, note: r.note, language: r.language))
            }
            if !points.isEmpty {
                series.append(MetricSeries(metric: m.id, label: m.label, section: m.section, unit: m.unit, points: points))
            }
        }
        // Flagged figures that are not a point stay visible: in facts.csv and in the notes.
        for (i, s) in statements.enumerated() where s.status == .flagged && !used.contains(i) {
            entries.append((s.metric, s.year, Resolved(
                value: s.value, qualifier: s.qualifier, yoy: s.yoy, status: .flagged, release: s.release,
                quote: s.quote, written: s.written, note: s.note, language: s.language, statement: i), false))
        }
        for r in rejected { entries.append((r.metric, r.year, r.value, false)) }

        // Deterministic order: year, catalog order, points before other figures, source, value.
        entries.sort { a, b in
            (a.year, order[a.metric] ?? 0, a.isPoint ? 0 : 1, releases[a.value.release].id, a.value.value)
                < (b.year, order[b.metric] ?? 0, b.isPoint ? 0 : 1, releases[b.value.release].id, b.value.value)
        }
        let rows = entries.map { e in
            FactsCSV.Row(year: e.year, period: Period(year: e.year), metric: e.metric, value: e.value.value,
                         unit: units[e.metric] ?? "", qualifier: e.value.qualifier, yoyPct: e.value.yoy,
                         status: e.value.status, source: releases[e.value.release].id, quote: e.value.quote)
        }
        // The appendix reads from the briefing year back.
        let notes = entries.enumerated().filter { $0.element.value.status != .reported }
            .sorted { (-$0.element.year, $0.offset) < (-$1.element.year, $1.offset) }
            .map { _, e in
                QualityNote(metric: e.metric, year: e.year, status: e.value.status,
                            value: e.value.status == .flagged ? nil : e.value.value,
                            written: e.value.written, quote: e.value.quote, source: releases[e.value.release].id,
                            language: e.value.language, reason: e.value.note ?? "")
            }

        let release = mainRelease()
        var sources = [release.info]
        var cited = Set([release.id])
        for id in series.flatMap({ $0.points.map(\.source) }) + notes.map(\.source) where cited.insert(id).inserted {
            sources.append(releases.first { $0.id == id }!.info)
        }
        let briefing = BriefingData(year: year, release: release.info, sources: sources, series: series, notes: notes)
        return AggregateResult(briefing: briefing, rows: rows, documentCount: documentCount)
    }

    /// The annual release for `year` the briefing rests on: the most trusted, then by id.
    private func mainRelease() -> Release {
        releases.filter { $0.isAnnual(for: year) }.min { ($0.trust.rawValue, $0.id) < ($1.trust.rawValue, $1.id) }!
    }
}
