import BriefingCore
import CCairo
import Foundation

/// What a render produced.
public struct RenderSummary: Sendable {
    public var output: URL
    public var pages: Int
    public var charts: Int
    /// Charts of the template left out because they had nothing to plot.
    public var omittedCharts: [String]
}

/// The render stage: series (`nia-series/1`) plus templates → the briefing PDF.
public enum Briefing {
    /// Reads `series`, the templates in `templates`, and writes the briefing PDF to `output`
    /// (through a temporary file beside it, renamed on success: never a partial PDF).
    public static func render(series: URL, templates: URL, output: URL) throws -> RenderSummary {
        let data = try JSONFiles.read(BriefingData.self, from: series, format: BriefingData.format)
        try check(data, file: series.path)
        let template = try BriefingTemplate.load(from: templates)
        let dir = output.deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
            throw PipelineError(output.path, "cannot create directory: \(error.localizedDescription)")
        }
        let tmp = dir.appendingPathComponent(".\(output.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            var summary = try write(data, template, to: tmp.path)
            summary.output = output
            if rename(tmp.path, output.path) != 0 {
                throw PipelineError(output.path, "cannot write: \(String(cString: strerror(errno)))")
            }
            return summary
        } catch let e as RenderError {
            try? FileManager.default.removeItem(at: tmp)
            throw PipelineError(series.path, e.message)
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        }
    }

    /// Checks what the renderer relies on beyond the JSON schema.
    static func check(_ data: BriefingData, file: String) throws {
        if let r = data.release.released, isoDate(r) == nil {
            throw PipelineError(file, "release.released: expected YYYY-MM-DD, found “\(r)”")
        }
        for s in data.series {
            var last = Int.min
            for p in s.points {
                if p.year <= last { throw PipelineError(file, "series \(s.metric): years not ascending and unique at \(p.year)") }
                last = p.year
            }
        }
    }

    static func isoDate(_ s: String) -> String? {
        let p = s.split(separator: "-", omittingEmptySubsequences: false)
        guard p.count == 3, p[0].count == 4, p[1].count == 2, p[2].count == 2,
              p.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return s
    }

    /// Renders to `path` (no temporary file): the testable core.
    static func write(_ data: BriefingData, _ template: BriefingTemplate, to path: String) throws -> RenderSummary {
        let figures = Figures(data: data)
        let surface = try PDFSurface(path: path, width: Page.width, height: Page.height)
        let canvas = try Canvas(surface: surface)
        let content = try Content.build(figures, template, canvas)

        let title = Placeholders.fill(template.title, figures) ?? template.title
        let date = (data.release.released.flatMap(isoDate) ?? "\(data.year)-12-31") + "T00:00:00Z"
        surface.setMetadata(CAIRO_PDF_METADATA_TITLE, title)
        surface.setMetadata(CAIRO_PDF_METADATA_SUBJECT,
                            "China's immigration management statistics for \(data.year), from the release “\(data.release.title ?? data.release.id)”")
        surface.setMetadata(CAIRO_PDF_METADATA_AUTHOR, template.author)
        surface.setMetadata(CAIRO_PDF_METADATA_KEYWORDS, template.keywords.joined(separator: ", "))
        surface.setMetadata(CAIRO_PDF_METADATA_CREATOR, "render 1.0.0 (NIA Briefing)")
        surface.setMetadata(CAIRO_PDF_METADATA_CREATE_DATE, date)
        surface.setMetadata(CAIRO_PDF_METADATA_MOD_DATE, date)

        let paginator = Paginator(canvas: canvas)
        let pages = try paginator.paginate(content.blocks)
        let footer = Placeholders.fill(template.footer, figures) ?? template.footer
        let marks = try paginator.draw(pages, footer: footer)
        for m in marks { surface.addOutline(title: m.title, page: m.page, y: m.y) }
        try canvas.check()
        try surface.finish()
        return RenderSummary(output: URL(fileURLWithPath: path), pages: pages.count, charts: content.charts,
                             omittedCharts: content.omitted)
    }
}

/// Turns data and template into the briefing's blocks.
struct Content {
    var blocks: [any Block] = []
    var charts = 0
    var omitted: [String] = []

    /// A narrative sentence may offer fallbacks separated by `||` ("… {people.total.yoy} on
    /// {prev_year}. || … in {year}."): the first whose placeholders all have values is used.
    static func fillFirst(_ sentence: String, _ f: Figures) -> String? {
        for alternative in sentence.components(separatedBy: "||") {
            if let text = Placeholders.fill(alternative.trimmingCharacters(in: .whitespaces), f) { return text }
        }
        return nil
    }

    static func build(_ f: Figures, _ t: BriefingTemplate, _ canvas: Canvas) throws -> Content {
        var c = Content()
        c.blocks.append(CoverBlock(figures: f, template: t))
        c.blocks.append(PageBreak())
        for section in t.sections {
            c.blocks.append(Heading(text: fill(section.title, f), level: 1, outline: fill(section.title, f)))
            var marks = Set<String>()
            for para in section.narrative {
                let sentences = para.compactMap { fillFirst($0, f) }
                guard !sentences.isEmpty else { continue }
                let text = sentences.joined(separator: " ")
                if text.contains(Figures.reconciledMark) { marks.insert(Figures.reconciledMark) }
                if text.contains(Figures.derivedMark) { marks.insert(Figures.derivedMark) }
                c.blocks.append(Paragraph(text: text))
            }
            if !marks.isEmpty {
                var notes: [String] = []
                if marks.contains(Figures.reconciledMark) { notes.append("† reconciled: the figure as written was corrected from a constraint.") }
                if marks.contains(Figures.derivedMark) { notes.append("‡ derived: computed from a stated year-on-year change, not stated itself.") }
                c.blocks.append(Paragraph(text: notes.joined(separator: " ") + " See the data-quality notes.",
                                          style: TextStyle(size: 7.5, italic: true, color: .grey), spaceAfter: 10))
            }
            var noData: [String] = [], oneYear: [String] = []
            for spec in section.charts {
                if let chart = ChartBuilder.build(spec, f) {
                    c.blocks.append(ChartBlock(chart: chart))
                    c.charts += 1
                } else {
                    let title = fill(spec.title, f)
                    let hasAnyYear = spec.metrics.contains { id in f.years.contains { f.series(id)?.point(in: $0) != nil } }
                    if spec.kind == .line && hasAnyYear { oneYear.append(title) } else { noData.append(title) }
                    c.omitted.append(title)
                }
            }
            for (lead, titles) in [("No data to chart: ", noData), ("Not drawn, the sources give a single year only: ", oneYear)] where !titles.isEmpty {
                c.blocks.append(Paragraph(text: lead + titles.joined(separator: "; ") + ".",
                                          style: TextStyle(size: 8.5, italic: true, color: .grey)))
            }
        }
        c.blocks.append(PageBreak())
        c.blocks.append(Heading(text: fill(t.figures.title, f), level: 1, outline: fill(t.figures.title, f)))
        if let intro = t.figures.intro { c.blocks.append(Paragraph(text: fill(intro, f), style: TextStyle(size: 9, spacing: 1.5))) }
        c.blocks.append(figuresTable(f, t))
        c.blocks.append(PageBreak())
        c.blocks.append(Heading(text: fill(t.quality.title, f), level: 1, outline: fill(t.quality.title, f)))
        if let intro = t.quality.intro { c.blocks.append(Paragraph(text: fill(intro, f), style: TextStyle(size: 9, spacing: 1.5))) }
        if f.data.notes.isEmpty {
            c.blocks.append(Paragraph(text: "Every figure is shown as the releases state it.", style: TextStyle(size: 9)))
        }
        for n in f.data.notes.sorted(by: noteOrder) { c.blocks.append(qualityRecord(n, f)) }
        c.blocks.append(Heading(text: fill(t.sources.title, f), level: 1, outline: fill(t.sources.title, f)))
        if let intro = t.sources.intro { c.blocks.append(Paragraph(text: fill(intro, f), style: TextStyle(size: 9, spacing: 1.5))) }
        var sources = f.data.sources
        if !sources.contains(where: { $0.id == f.data.release.id }) { sources.insert(f.data.release, at: 0) }
        for s in sources { c.blocks.append(sourceRecord(s)) }
        return c
    }

    static func fill(_ s: String, _ f: Figures) -> String { Placeholders.fill(s, f) ?? s }

    static func noteOrder(_ a: QualityNote, _ b: QualityNote) -> Bool {
        let rank: [FactStatus: Int] = [.flagged: 0, .reconciled: 1, .derived: 2, .reported: 3]
        if a.status != b.status { return rank[a.status]! < rank[b.status]! }
        if a.year != b.year { return a.year > b.year }
        return a.metric < b.metric
    }

    static func figuresTable(_ f: Figures, _ t: BriefingTemplate) -> TableBlock {
        let y = f.year
        var rows: [TableBlock.Row] = []
        var covered = Set<String>()
        var groups: [(String, [String])] = t.sections.map { ($0.title, $0.metricSections ?? [$0.id]) }
        let known = Set(groups.flatMap { $0.1 })
        let others = Array(Set(f.data.series.map(\.section)).subtracting(known)).sorted()
        if !others.isEmpty { groups.append(("Other figures", others)) }
        for (title, sections) in groups {
            let series = f.data.series.filter { sections.contains($0.section) && $0.point(in: y) != nil && !covered.contains($0.metric) }
            guard !series.isEmpty else { continue }
            rows.append(.group(fill(title, f)))
            for s in series {
                covered.insert(s.metric)
                let p = s.point(in: y)!
                let value: String, change: String, status: String
                if p.status == .flagged {
                    value = "not used"
                    change = "–"
                    status = "flagged"
                } else {
                    value = f.exact(p, s.metric)
                    change = f.yoy(s.metric, y).map(NumberText.signedChange) ?? "–"
                    status = p.status == .reported ? "" : p.status.rawValue
                }
                let prev = f.usable(s.metric, y - 1).map { f.exact($0, s.metric) }
                    ?? (s.point(in: y - 1)?.status == .flagged ? "not used" : "–")
                rows.append(.cells([s.label, unitName(s.unit), value, prev, change, status]))
            }
        }
        return TableBlock(columns: [
            .init(title: "Figure", width: 138, align: .left),
            .init(title: "Unit", width: 80, align: .left),
            .init(title: String(y), width: 92, align: .right),
            .init(title: String(y - 1), width: 80, align: .right),
            .init(title: "Change", width: 52, align: .right),
            .init(title: "Status", width: 52, align: .left),
        ], rows: rows)
    }

    static func unitName(_ unit: String) -> String {
        switch unit {
        case "percent": return "%"
        case "CNY": return "yuan"
        default: return unit
        }
    }

    static func qualityRecord(_ n: QualityNote, _ f: Figures) -> RecordBlock {
        let label = f.series(n.metric)?.label ?? n.metric
        let unit = f.unit(n.metric)
        let used = n.status == .flagged ? "not used" : (n.value.map { NumberText.exact($0, unit: unit) } ?? "not used")
        var fields: [RecordBlock.Field] = [
            .init(key: "Written", value: n.written.isEmpty ? "–" : "“\(n.written)”"),
            .init(key: "Value used", value: used),
            .init(key: "Reason", value: n.reason),
            .init(key: "Source", value: f.sourceLine(ids: [n.source]).replacingOccurrences(of: "Source: ", with: "")),
        ]
        if !n.quote.isEmpty { fields.append(.init(key: n.language == .zh ? "Quote (zh)" : "Quote", value: "“\(n.quote)”")) }
        return RecordBlock(title: "\(label), \(n.year) — \(n.status.rawValue)", fields: fields)
    }

    static func sourceRecord(_ s: SourceInfo) -> RecordBlock {
        var fields: [RecordBlock.Field] = []
        if let p = s.publisher { fields.append(.init(key: "Publisher", value: p)) }
        fields.append(.init(key: "Period", value: s.period.description))
        if let r = s.released { fields.append(.init(key: "Released", value: NumberText.longDate(r) + " (\(r))")) }
        fields.append(.init(key: "Language", value: s.language == .zh ? "Chinese" : "English"))
        fields.append(.init(key: "File", value: s.id))
        if let u = s.url { fields.append(.init(key: "URL", value: u, link: u)) }
        return RecordBlock(title: s.title ?? s.id, fields: fields)
    }
}

/// The cover: title, year, the release the briefing rests on, and headline figures in large type.
struct CoverBlock: Block {
    var figures: Figures
    var template: BriefingTemplate
    var spaceAfter: Double { 0 }
    var outline: String? { "Cover: headline figures" }
    var tag: (name: String, attributes: String)? { ("Sect", "") }

    struct Headline { var label: String; var value: String; var change: String? }

    var headlines: [Headline] {
        let f = figures
        return template.cover.headlines.compactMap { id in
            guard let p = f.usable(id, f.year) else { return nil }
            let change = f.yoy(id, f.year).map { NumberText.change($0) + " on \(f.year - 1)" }
            return Headline(label: f.label(id), value: f.prose(p, id), change: change)
        }
    }

    func render(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        let f = figures
        var cy = y + 10
        let navy = RGB(hex: 0x08306B)
        if draw { c.fillRect(x, cy, width, 4, navy) }
        cy += 18
        let kicker = try c.layout("NATIONAL IMMIGRATION ADMINISTRATION · ANNUAL STATISTICS", TextStyle(size: 9, bold: true, color: .accent), width: width)
        if draw { c.draw(kicker, x: x, y: cy) }
        cy += kicker.height + 10
        if draw { c.tagBegin("H1") }
        let title = try c.layout(Placeholders.fill(template.title, f) ?? template.title, TextStyle(size: 26, bold: true, color: navy), width: width)
        if draw { c.draw(title, x: x, y: cy); c.tagEnd("H1") }
        cy += title.height + 4
        if let sub = template.subtitle {
            let l = try c.layout(Placeholders.fill(sub, f) ?? sub, TextStyle(size: 12, color: .grey), width: width)
            if draw { c.draw(l, x: x, y: cy) }
            cy += l.height + 8
        }
        let year = try c.layout(String(f.year), TextStyle(size: 64, bold: true, color: .accent))
        if draw { c.draw(year, x: x - 3, y: cy) }
        cy += year.height + 6
        let r = f.data.release
        var basis = "Based on: \(r.title ?? r.id)"
        if let p = r.publisher { basis += "\n\(p)" }
        if let d = r.released { basis += ", released \(NumberText.longDate(d))" }
        let bl = try c.layout(basis, TextStyle(size: 9.5, color: .text, spacing: 2), width: width)
        if draw { c.draw(bl, x: x, y: cy) }
        cy += bl.height + 26
        // Headline grid: two columns, each row as tall as its tallest card.
        let colW = (width - 18) / 2
        var cards: [(TextLayout, TextLayout, TextLayout?, Double)] = []
        for h in headlines {
            let value = try c.layout(h.value, TextStyle(size: 24, bold: true, color: navy), width: colW - 20)
            let label = try c.layout(h.label, TextStyle(size: 10, color: .text), width: colW - 20)
            let change = try h.change.map { try c.layout($0, TextStyle(size: 9.5, bold: true, color: .grey), width: colW - 20) }
            cards.append((value, label, change, 12 + value.height + 2 + label.height + 3 + (change?.height ?? 0) + 12))
        }
        var rowTop = cy
        for start in stride(from: 0, to: cards.count, by: 2) {
            let row = cards[start..<min(start + 2, cards.count)]
            let rowH = row.map(\.3).max() ?? 0
            for (k, card) in row.enumerated() {
                let hx = x + Double(k) * (colW + 18)
                if draw {
                    c.fillRect(hx, rowTop, 3, rowH, .accent)
                    c.fillRect(hx + 3, rowTop, colW - 3, rowH, RGB(hex: 0xF2F6FA))
                    var yy = rowTop + 12
                    c.draw(card.0, x: hx + 12, y: yy); yy += card.0.height + 2
                    c.draw(card.1, x: hx + 12, y: yy); yy += card.1.height + 3
                    if let ch = card.2 { c.draw(ch, x: hx + 12, y: yy) }
                }
            }
            rowTop += rowH + 14
        }
        cy = rowTop + 8
        if let note = template.cover.note {
            let l = try c.layout(Placeholders.fill(note, f) ?? note, TextStyle(size: 8.5, italic: true, color: .grey, spacing: 1.5), width: width)
            if draw { c.draw(l, x: x, y: cy) }
            cy += l.height
        }
        return cy - y
    }
}
