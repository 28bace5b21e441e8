import BriefingCore
import Foundation

/// One plotted value and how it came about.
struct ChartValue: Equatable, Sendable {
    var value: Double
    var status: FactStatus
    var qualifier: Qualifier
}

struct ChartSeries: Equatable, Sendable {
    var name: String
    /// One entry per category; nil where there is nothing to plot.
    var values: [ChartValue?]
    /// Categories whose value exists but is flagged (drawn as "n/a", never as a value).
    var flagged: Set<Int> = []
}

/// A chart's data, resolved from a spec and the briefing data: what the renderer draws.
struct ChartData: Equatable, Sendable {
    var kind: ChartSpec.Kind
    var title: String
    var axis: String
    var scale: ChartSpec.Scale
    /// Whether the value axis includes zero (bars always; lines unless the template says not).
    var fromZero: Bool
    var unit: String
    /// Bars: metric labels; lines: years.
    var categories: [String]
    var series: [ChartSeries]
    /// Years plotted as series (grouped bars) use a sequential palette.
    var seriesAreYears: Bool
    /// "n/a" notes for values left out (flagged or missing).
    var gaps: [String]
    var source: String
    var alt: String

    var allValues: [ChartValue] { series.flatMap { $0.values.compactMap { $0 } } }
    var hasDerived: Bool { allValues.contains { $0.status == .derived } }
    var hasReconciled: Bool { allValues.contains { $0.status == .reconciled } }
    var barCount: Int { allValues.count }
}

enum ChartBuilder {
    /// Resolves a spec against the data; nil when there is nothing to plot (no empty frames).
    static func build(_ spec: ChartSpec, _ f: Figures) -> ChartData? {
        let scale = spec.scale ?? .linear
        let unit = f.unit(spec.metrics.first ?? "")
        let labels = spec.metrics.enumerated().map { i, id in
            (spec.labels?.indices.contains(i) ?? false) ? spec.labels![i] : f.label(id)
        }
        var gaps: [String] = []
        var sources: [String] = []
        var flaggedKeys = Set<String>()

        func value(_ id: String, _ year: Int, _ name: String) -> ChartValue? {
            guard let p = f.series(id)?.point(in: year) else { return nil }
            if p.status == .flagged {
                gaps.append("\(name) \(year): n/a (flagged figure, see data-quality notes)")
                flaggedKeys.insert("\(id)|\(year)")
                return nil
            }
            let v = NSDecimalNumber(decimal: p.value).doubleValue
            if scale == .log && v <= 0 {
                gaps.append("\(name) \(year): n/a on a log scale (\(NumberText.prose(p.value, unit: f.unit(id))))")
                return nil
            }
            sources.append(p.source)
            return ChartValue(value: v, status: p.status, qualifier: p.qualifier)
        }

        var categories: [String] = [], series: [ChartSeries] = [], seriesAreYears = false
        func flags(_ ids: [String], _ year: Int) -> Set<Int> {
            Set(ids.indices.filter { flaggedKeys.contains("\(ids[$0])|\(year)") })
        }
        switch spec.kind {
        case .bar, .groupedBar:
            // A metric with neither a value nor a flagged figure in any plotted year is left out.
            var years = spec.kind == .bar ? [f.year] : f.years
            // Grouped bars draw the latest years only, as many as the year palette tells apart.
            let limit = min(spec.recentYears ?? Palette.years.count, Palette.years.count)
            if spec.kind == .groupedBar {
                let covered = years.filter { y in spec.metrics.contains { f.series($0)?.point(in: y) != nil || flaggedKeys.contains("\($0)|\(y)") } }
                if covered.count > limit, let first = covered.suffix(limit).first {
                    years = Array(covered.suffix(limit))
                    gaps.append("Years before \(first) are left out of this chart.")
                } else {
                    years = covered
                }
            }
            let keep = spec.metrics.indices.filter { i in years.contains { f.series(spec.metrics[i])?.point(in: $0) != nil } }
            let ids = keep.map { spec.metrics[$0] }, names = keep.map { labels[$0] }
            categories = names
            seriesAreYears = spec.kind == .groupedBar
            for year in years {
                let vals = ids.enumerated().map { value($1, year, names[$0]) }
                let fl = flags(ids, year)
                if vals.contains(where: { $0 != nil }) || !fl.isEmpty {
                    series.append(ChartSeries(name: String(year), values: vals, flagged: fl))
                }
            }
        case .line:
            let years = f.years.filter { y in spec.metrics.contains { f.series($0)?.point(in: y) != nil } }
            // A line through one year shows no trend: the bar chart of the year already has it.
            guard years.count >= 2, let first = years.first, let last = years.last else { return nil }
            let span = Array(first...last)
            categories = span.map(String.init)
            series = spec.metrics.enumerated().map { i, id in
                let vals = span.map { value(id, $0, labels[i]) }
                let fl = Set(span.indices.filter { flaggedKeys.contains("\(id)|\(span[$0])") })
                return ChartSeries(name: labels[i], values: vals, flagged: fl)
            }.filter { $0.values.contains { $0 != nil } }
            // Say which years inside the span a plotted series has no figure for (not flagged: those have their note).
            for s in series {
                guard let lo = s.values.firstIndex(where: { $0 != nil }), let hi = s.values.lastIndex(where: { $0 != nil }) else { continue }
                let missing = (lo...hi).filter { s.values[$0] == nil && !s.flagged.contains($0) }.map { String(span[$0]) }
                if !missing.isEmpty {
                    gaps.append("\(s.name): no figure for \(missing.joined(separator: ", ")) in the releases.")
                }
            }
        }
        let plotted = series.flatMap { $0.values.compactMap { $0 } }
        guard !plotted.isEmpty else { return nil }

        let axisBase = Placeholders.fill(spec.axis ?? unitTitle(unit), f) ?? unitTitle(unit)
        let axis = scale == .log ? axisBase + " (log scale)" : axisBase
        let title = Placeholders.fill(spec.title, f) ?? spec.title
        var alt = spec.alt ?? ""
        if alt.isEmpty {
            var parts: [String] = []
            for s in series {
                for (i, v) in s.values.enumerated() {
                    guard let v else { continue }
                    let who = spec.kind == .line ? "\(s.name) \(categories[i])" : (series.count > 1 ? "\(categories[i]) \(s.name)" : categories[i])
                    parts.append("\(who): \(AxisLabels.compact(v.value, unit: unit))")
                }
            }
            alt = "\(title). " + parts.joined(separator: "; ")
        }
        return ChartData(kind: spec.kind, title: title, axis: axis, scale: scale, fromZero: spec.kind != .line || spec.fromZero != false,
                         unit: unit, categories: categories,
                         series: series, seriesAreYears: seriesAreYears, gaps: gaps,
                         source: f.sourceLine(ids: sources), alt: alt)
    }

    static func unitTitle(_ unit: String) -> String {
        switch unit {
        case "percent": return "Percent"
        case "CNY": return "Yuan (CNY)"
        case "": return "Count"
        default: return unit.prefix(1).uppercased() + unit.dropFirst()
        }
    }
}

/// Colours: an Okabe–Ito subset ordered for luminance spread (grey levels 87, 162, 26, 119 of 255,
/// so it reads in greyscale too; markers differ as well), and a
/// sequential blue ramp for years (oldest lightest).
enum Palette {
    static let categorical: [RGB] = [RGB(hex: 0x0072B2), RGB(hex: 0xE69F00), RGB(hex: 0x1A1A1A), RGB(hex: 0xD55E00), RGB(hex: 0x56B4E9)]
    static let years: [RGB] = [RGB(hex: 0xC6DBEF), RGB(hex: 0x6BAED6), RGB(hex: 0x2171B5), RGB(hex: 0x08306B)]

    static func colors(count: Int, years: Bool) -> [RGB] {
        if years && count <= Palette.years.count { return Array(Palette.years.suffix(count)) }
        return (0..<count).map { categorical[$0 % categorical.count] }
    }
}

/// Draws a chart: title, legend, plot, axis title, notes, source line. Measuring and drawing
/// run the same code (`draw == false` only measures), so they cannot disagree.
struct ChartRenderer {
    let chart: ChartData
    let canvas: Canvas

    static let titleStyle = TextStyle(size: 9.5, bold: true)
    static let tickStyle = TextStyle(size: 7.5, color: .grey)
    static let labelStyle = TextStyle(size: 8)
    static let valueStyle = TextStyle(size: 7.5, color: .text)
    static let noteStyle = TextStyle(size: 7.5, italic: true, color: .grey)
    static let sourceStyle = TextStyle(size: 7, color: .grey)

    var colors: [RGB] { Palette.colors(count: chart.series.count, years: chart.seriesAreYears) }

    func ticks() -> Ticks {
        let vals = chart.allValues.map(\.value)
        let lo = vals.min() ?? 0, hi = vals.max() ?? 0
        if chart.scale == .log { return TickPicker.log(min: lo, max: hi) }
        return TickPicker.linear(min: lo, max: hi, count: chart.kind == .line ? 4 : 5, includeZero: chart.fromZero)
    }

    /// Position of a value along an axis of given length, 0 at the domain's lower end.
    static func position(_ v: Double, _ t: Ticks, _ length: Double) -> Double {
        if t.log {
            let a = log10(t.lower), b = log10(t.upper)
            return (log10(max(v, t.lower)) - a) / (b - a) * length
        }
        let span = t.upper - t.lower
        return span == 0 ? 0 : (v - t.lower) / span * length
    }

    @discardableResult
    func render(x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        var cy = y
        let title = try canvas.layout(chart.title, Self.titleStyle, width: width)
        if draw { canvas.draw(title, x: x, y: cy) }
        cy += title.height + 4
        if chart.series.count > 1 {
            cy += try legend(x: x, y: cy, width: width, draw: draw) + 4
        }
        switch chart.kind {
        case .bar, .groupedBar: cy += try horizontalBars(x: x, y: cy, width: width, draw: draw)
        case .line: cy += try lines(x: x, y: cy, width: width, draw: draw)
        }
        cy += 4
        var notes: [String] = []
        if chart.hasDerived {
            notes.append(chart.kind == .line
                ? "Hollow markers and dashed segments: derived values (computed from a stated year-on-year change)."
                : "Hatched bars: derived values (computed from a stated year-on-year change).")
        }
        if chart.hasReconciled { notes.append("† Reconciled value: the written figure was corrected from a constraint (see data-quality notes).") }
        notes += chart.gaps
        for n in notes {
            let l = try canvas.layout(n, Self.noteStyle, width: width)
            if draw { canvas.draw(l, x: x, y: cy) }
            cy += l.height
        }
        if !chart.source.isEmpty {
            let l = try canvas.layout(chart.source, Self.sourceStyle, width: width)
            if draw { canvas.draw(l, x: x, y: cy + 1) }
            cy += l.height + 1
        }
        return cy - y
    }

    func legend(x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        var cx = x, cy = y, rowH = 0.0
        for (i, s) in chart.series.enumerated() {
            let l = try canvas.layout(s.name, Self.labelStyle)
            let itemW = 16 + l.width + 12
            if cx + itemW > x + width && cx > x { cx = x; cy += rowH + 3; rowH = 0 }
            rowH = max(rowH, l.height)
            if draw {
                let mid = cy + l.height / 2
                if chart.kind == .line {
                    canvas.line(cx, mid, cx + 13, mid, colors[i], width: 1.8)
                    canvas.marker(Canvas.Marker(rawValue: i % 4)!, x: cx + 6.5, y: mid, r: 2.6, colors[i], hollow: false)
                } else {
                    canvas.fillRect(cx, mid - 4.5, 11, 9, colors[i])
                    canvas.strokeRect(cx, mid - 4.5, 11, 9, .grey, width: 0.4)
                }
                canvas.draw(l, x: cx + 16, y: cy)
            }
            cx += itemW
        }
        return cy + rowH - y
    }

    func valueLabel(_ v: ChartValue) -> String {
        var s = AxisLabels.compact(v.value, unit: chart.unit)
        if v.qualifier == .atLeast { s = ">" + s } else if v.qualifier == .approx { s = "~" + s }
        return s + Figures.mark(v.status)
    }

    // MARK: horizontal bars (bar, groupedBar)

    func horizontalBars(x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        let t = ticks()
        let nSeries = chart.series.count
        let showValues = chart.barCount <= 8
        let barH: Double = nSeries == 1 ? 15 : 10
        let gap: Double = nSeries == 1 ? 7 : 9
        // Category labels, wrapped in a column of at most a third of the width.
        let labelCol = min(width * 0.32, try chart.categories.map { try canvas.layout($0, Self.labelStyle).width }.max() ?? 0) + 2
        let labels = try chart.categories.map { try canvas.layout($0, Self.labelStyle.with { $0.align = .right }, width: labelCol) }
        let valueReserve: Double = showValues ? 46 : 10
        let x0 = x + labelCol + 8, x1 = x + width - valueReserve
        let plotW = x1 - x0
        var cy = y
        var rows: [(top: Double, h: Double)] = []
        for (i, _) in chart.categories.enumerated() {
            let groupH = Double(nSeries) * barH + Double(nSeries - 1) * 1.5
            let h = max(groupH, labels[i].height)
            rows.append((cy, h))
            cy += h + gap
        }
        let plotBottom = cy - gap + 4
        if draw {
            // grid
            for v in t.values {
                let px = x0 + Self.position(v, t, plotW)
                canvas.line(px, y - 2, px, plotBottom, .lightGrey, width: 0.5)
            }
            for (i, row) in rows.enumerated() {
                let groupH = Double(nSeries) * barH + Double(nSeries - 1) * 1.5
                let gy = row.top + (row.h - groupH) / 2
                canvas.draw(labels[i], x: x, y: row.top + (row.h - labels[i].height) / 2)
                for (s, series) in chart.series.enumerated() {
                    let by = gy + Double(s) * (barH + 1.5)
                    guard let v = series.values[i] else {
                        if series.flagged.contains(i) {
                            let na = try canvas.layout("n/a", Self.noteStyle)
                            canvas.draw(na, x: x0 + 3, y: by + (barH - na.height) / 2)
                        }
                        continue
                    }
                    let w = max(Self.position(v.value, t, plotW), 0.8)
                    let c = colors[s]
                    if v.status == .derived {
                        canvas.fillRect(x0, by, w, barH, .white)
                        canvas.hatch(x0, by, w, barH, c)
                        canvas.strokeRect(x0, by, w, barH, c, width: 1)
                    } else {
                        canvas.fillRect(x0, by, w, barH, c)
                    }
                    if showValues {
                        let l = try canvas.layout(valueLabel(v), Self.valueStyle)
                        canvas.draw(l, x: x0 + w + 3, y: by + (barH - l.height) / 2)
                    }
                }
            }
            canvas.line(x0, y - 2, x0, plotBottom, .grey, width: 0.8)
        }
        cy = plotBottom + 2
        // tick labels
        var tickH = 0.0
        for (i, v) in t.values.enumerated() {
            let l = try canvas.layout(t.labels[i], Self.tickStyle)
            let px = x0 + Self.position(v, t, plotW)
            if draw { canvas.draw(l, x: px - l.width / 2, y: cy) }
            tickH = max(tickH, l.height)
        }
        cy += tickH + 1
        let axis = try canvas.layout(chart.axis, Self.tickStyle.with { $0.color = .text })
        if draw { canvas.draw(axis, x: x0 + (plotW - axis.width) / 2, y: cy) }
        cy += axis.height
        return cy - y
    }

    // MARK: lines

    func lines(x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        let t = ticks()
        let plotH = 130.0
        var cy = y
        let axis = try canvas.layout(chart.axis, Self.tickStyle.with { $0.color = .text })
        if draw { canvas.draw(axis, x: x, y: cy) }
        cy += axis.height + 6
        let single = chart.series.count == 1 && chart.categories.count <= 8
        if single { cy += 10 }  // room for the value labels above the highest points
        let tickLayouts = try t.labels.map { try canvas.layout($0, Self.tickStyle) }
        let tickW = tickLayouts.map(\.width).max() ?? 0
        let x0 = x + tickW + 6, x1 = x + width - 20
        let bottom = cy + plotH
        let n = chart.categories.count
        func px(_ i: Int) -> Double { n == 1 ? (x0 + x1) / 2 : x0 + 18 + Double(i) / Double(n - 1) * (x1 - x0 - 36) }
        func py(_ v: Double) -> Double { bottom - Self.position(v, t, plotH) }
        if draw {
            for (i, v) in t.values.enumerated() {
                let yy = py(v)
                canvas.line(x0, yy, x1, yy, i == 0 ? .grey : .lightGrey, width: i == 0 ? 0.8 : 0.5)
                let l = tickLayouts[i]
                canvas.draw(l, x: x0 - 4 - l.width, y: yy - l.height / 2)
            }
            for (s, series) in chart.series.enumerated() {
                let c = colors[s]
                let mk = Canvas.Marker(rawValue: s % 4)!
                // Segments between consecutive plotted years; dashed when either end is derived.
                for i in 0..<max(0, n - 1) {
                    guard let a = series.values[i], let b = series.values[i + 1] else { continue }
                    let dashed = a.status == .derived || b.status == .derived
                    canvas.polyline([(px(i), py(a.value)), (px(i + 1), py(b.value))], c, width: 1.8, dash: dashed ? [4, 3] : [])
                }
                for (i, v) in series.values.enumerated() {
                    guard let v else { continue }
                    canvas.marker(mk, x: px(i), y: py(v.value), r: 3, c, hollow: v.status == .derived)
                    if single {
                        let l = try canvas.layout(valueLabel(v), Self.valueStyle)
                        canvas.draw(l, x: px(i) - l.width / 2, y: py(v.value) - 6 - l.height)
                    }
                }
            }
        }
        cy = bottom + 3
        var h = 0.0
        for (i, c) in chart.categories.enumerated() {
            let l = try canvas.layout(c, Self.tickStyle)
            if draw { canvas.draw(l, x: px(i) - l.width / 2, y: cy) }
            h = max(h, l.height)
        }
        cy += h
        return cy - y
    }
}
