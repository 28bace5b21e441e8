import BriefingCore
import Foundation
import Testing
@testable import Render

/// Renders the fixture and checks the PDF with poppler and qpdf.
@Suite("Briefing PDF", .serialized)
struct PDFTests {
    /// Renders the fixture (optionally with a modified template) into a fresh directory.
    static func render(_ data: BriefingData = Fixture.data(), templates: URL = Fixture.templates, keep: Bool = false) throws -> (pdf: URL, summary: RenderSummary) {
        let dir = try Fixture.tempDir()
        let series = try Fixture.writeSeries(data, in: dir)
        let pdf = dir.appendingPathComponent("briefing-2024.pdf")
        let summary = try Briefing.render(series: series, templates: templates, output: pdf)
        if keep, let keep = ProcessInfo.processInfo.environment["RENDER_KEEP"] {
            try? FileManager.default.removeItem(atPath: keep + "/fixture.pdf")
            try? FileManager.default.removeItem(atPath: keep + "/series.json")
            try FileManager.default.copyItem(at: pdf, to: URL(fileURLWithPath: keep + "/fixture.pdf"))
            try FileManager.default.copyItem(at: series, to: URL(fileURLWithPath: keep + "/series.json"))
        }
        return (pdf, summary)
    }

    /// `pdfinfo` as key → value.
    static func info(_ pdf: URL) throws -> [String: String] {
        var d: [String: String] = [:]
        for line in try tool("pdfinfo", ["-isodates", pdf.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            d[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return d
    }

    static func text(_ pdf: URL) throws -> String { try tool("pdftotext", ["-layout", pdf.path, "-"]) }

    /// Text with runs of whitespace collapsed, so wrapped phrases can be searched.
    static func flat(_ pdf: URL) throws -> String {
        try tool("pdftotext", [pdf.path, "-"]).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test func pageCountTitleAndDates() throws {
        let (pdf, summary) = try Self.render(keep: true)
        let info = try Self.info(pdf)
        #expect(info["Pages"] == String(summary.pages))
        #expect(summary.pages >= 6)
        #expect(info["Title"] == "Immigration management in China, 2024")
        #expect(info["Subject"]?.contains("2024") == true)
        #expect(info["Page size"] == "595.276 x 841.89 pts (A4)")
        #expect(info["CreationDate"] == "2025-01-14T00:00:00Z")
        #expect(info["ModDate"] == "2025-01-14T00:00:00Z")
        #expect(info["Tagged"] == "yes")
        #expect(summary.charts >= 10)
    }

    @Test func everyFontIsEmbedded() throws {
        let (pdf, _) = try Self.render()
        let lines = try tool("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
        #expect(!lines.isEmpty)
        // The CJK quote needs the fallback font.
        #expect(lines.contains { $0.contains("WenQuanYi") || $0.contains("Micro") })
        for l in lines {
            let cols = l.split(separator: " ", omittingEmptySubsequences: true)
            // name type [encoding] emb sub uni object ID: "emb" is the fifth column from the end.
            #expect(cols.count >= 5 && cols[cols.count - 5] == "yes", "not embedded: \(l)")
        }
    }

    @Test func textHasSectionsHeadlinesAndNoFlaggedFigures() throws {
        let (pdf, _) = try Self.render()
        let text = try Self.flat(pdf)
        for title in ["Border inspections", "Exit-entry documents", "Enforcement results", "Services",
                      "Every figure of 2024", "Data-quality notes", "Sources"] {
            #expect(text.contains(title), "missing section \(title)")
        }
        // Headlines and exact figures.
        #expect(text.contains("610 million"))
        #expect(text.contains("up 43.9% on 2023"))
        #expect(text.contains("64,882,000"))
        #expect(text.contains("more than 35,000"))
        #expect(text.contains("99.36%"))
        // Reconciled value shown and marked.
        #expect(text.contains("31,149,000†"))
        // The Chinese quote renders as text.
        #expect(text.contains("出入境人员6.1亿人次"))
        // Flagged values never appear as plain figures...
        for plain in ["2,597,000,000", "2.6 billion", "2.6B", "2.60B", "1,476,000", "1.48 million", "1.48M", "87.3%", "52.3%"] {
            #expect(!text.contains(plain), "flagged figure printed as \(plain)")
        }
        // ...and the sentence about them is left out, while the note says what was written.
        #expect(!text.contains("Visas and other documents issued to foreigners came to"))
        #expect(text.contains("“2,597 million”"))
        #expect(text.contains("n/a (flagged figure"))
        // Source lines under charts, clickable URL in the sources appendix.
        #expect(text.contains("Source: NIA release of 2025-01-14 (000_ebb5ee576dff67ce.txt)"))
        #expect(text.contains("https://en.nia.gov.cn/n147418/n147463/c156096/content.html"))
        #expect(text.contains("Page 1 of"))
    }

    @Test func outlineHasTheSections() throws {
        let (pdf, _) = try Self.render()
        let json = try tool("qpdf", ["--json", "--json-key=outlines", pdf.path])
        for title in ["Border inspections", "Exit-entry documents", "Enforcement results", "Services",
                      "Every figure of 2024", "Data-quality notes", "Sources"] {
            #expect(json.contains("\"title\": \"\(title)\""), "no bookmark for \(title)")
        }
        let check = try tool("qpdf", ["--check", pdf.path])
        #expect(check.contains("No syntax or stream encoding errors"))
    }

    @Test func linksAreAnnotations() throws {
        let (pdf, _) = try Self.render()
        let qdf = try tool("qpdf", ["--qdf", "--object-streams=disable", pdf.path, "-"])
        #expect(qdf.contains("/URI (https://www.zhitongcaijing.com/content/detail/1237483.html)"))
    }

    @Test func twoRendersAreByteIdentical() throws {
        let a = try Self.render().pdf, b = try Self.render().pdf
        let da = try Data(contentsOf: a), db = try Data(contentsOf: b)
        #expect(da.count > 10_000)
        #expect(da == db)
    }

    @Test func editingTheTemplateChangesTheBriefing() throws {
        let dir = try Fixture.tempDir().appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var json = try String(contentsOf: Fixture.templates.appendingPathComponent("briefing.json"), encoding: .utf8)
        #expect(json.contains("Border inspection authorities inspected"))
        json = json.replacingOccurrences(of: "Border inspection authorities inspected", with: "Frontier officers checked")
        json = json.replacingOccurrences(of: "\"title\": \"Ordinary passports issued, all years covered\"",
                                         with: "\"title\": \"Passports and port visas, all years covered\"")
        json = json.replacingOccurrences(of: "\"metrics\": [\"documents.passports\"]",
                                         with: "\"metrics\": [\"documents.passports\", \"documents.port_visas\"]")
        try json.write(to: dir.appendingPathComponent("briefing.json"), atomically: true, encoding: .utf8)
        let original = try Self.flat(try Self.render().pdf)
        let edited = try Self.flat(try Self.render(templates: dir).pdf)
        #expect(original.contains("Border inspection authorities inspected 610 million"))
        #expect(edited.contains("Frontier officers checked 610 million"))
        #expect(!edited.contains("Border inspection authorities inspected"))
        #expect(edited.contains("Passports and port visas, all years covered"))
        #expect(!original.contains("Passports and port visas"))
    }

    @Test func chartWithoutDataIsOmittedAndSaidInText() throws {
        let data = Fixture.data(dropping: ["services.hotline_satisfaction"])
        let (pdf, summary) = try Self.render(data)
        #expect(summary.omittedCharts == ["12367 hotline satisfaction rate, all years covered"])
        let text = try Self.flat(pdf)
        #expect(text.contains("No data to chart: 12367 hotline satisfaction rate, all years covered."))
    }

    @Test func degenerateValuesStillRender() throws {
        var data = Fixture.data()
        for i in data.series.indices {
            if data.series[i].metric.hasPrefix("vehicles.") || data.series[i].metric.hasPrefix("people.") {
                for j in data.series[i].points.indices { data.series[i].points[j].value = 0; data.series[i].points[j].yoyPct = nil }
            }
        }
        let (pdf, summary) = try Self.render(data)
        // Zero cannot sit on a log scale: that chart has nothing to plot and is said to be missing, not drawn empty.
        #expect(summary.omittedCharts.contains("Conveyances inspected by mode, 2024"))
        let text = try Self.flat(pdf)
        #expect(text.contains("No data to chart: Conveyances inspected by mode, 2024."))
        #expect(text.contains("People inspected by residence, 2024"))
        #expect(!text.contains("NaN") && !text.contains(" inf "))
    }

    @Test func badInputNamesTheFileAndLeavesNoPDF() throws {
        let dir = try Fixture.tempDir()
        let series = dir.appendingPathComponent("series.json")
        try Data(#"{"format": "nia-series/0"}"#.utf8).write(to: series)
        let pdf = dir.appendingPathComponent("out.pdf")
        #expect {
            try Briefing.render(series: series, templates: Fixture.templates, output: pdf)
        } throws: { e in
            (e as? PipelineError).map { $0.file == series.path && $0.problem.contains("nia-series/1") } ?? false
        }
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["series.json"])
    }

    @Test func unknownGlyphIsAnError() throws {
        var data = Fixture.data()
        // A private-use character no installed font has.
        data.notes[0].quote = "figure \u{E000}\u{E001}"
        let dir = try Fixture.tempDir()
        let series = try Fixture.writeSeries(data, in: dir)
        let pdf = dir.appendingPathComponent("out.pdf")
        #expect {
            try Briefing.render(series: series, templates: Fixture.templates, output: pdf)
        } throws: { e in
            (e as? PipelineError)?.problem.contains("no installed font") ?? false
        }
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }
}
