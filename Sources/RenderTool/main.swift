import ArgumentParser
import CommandSupport
import BriefingCore
import Foundation
import Render

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the annual briefing PDF from the aggregated series and the templates.",
        discussion: """
            Reads the aggregate stage's series file (format nia-series/1) and the briefing \
            template (Templates/briefing.json), and writes an A4 PDF with a cover, charts, a \
            table of every figure, data-quality notes and sources. The PDF's dates come from \
            the release, so the same inputs give the same bytes. The output is written to a \
            temporary file beside it and renamed: an error leaves no partial PDF.

            Example:
              render --series Output/2024/series.json --templates Templates \\
                     --out Output/2024/briefing-2024.pdf
            """,
        version: "1.0.0")

    @Option(help: ArgumentHelp("The series file written by aggregate.", valueName: "series.json"))
    var series: String

    @Option(help: ArgumentHelp("The templates directory (holding briefing.json).", valueName: "dir"))
    var templates: String = "Templates"

    @Option(help: ArgumentHelp("The PDF to write.", valueName: "briefing.pdf"))
    var out: String

    func validate() throws {
        guard FileManager.default.fileExists(atPath: series) else {
            throw ValidationError("no series file at \(series)")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("no templates directory at \(templates)")
        }
        guard out.hasSuffix(".pdf") else { throw ValidationError("--out must name a .pdf file, got \(out)") }
    }

    func run() throws {
        let start = ContinuousClock.now
        let s = try Briefing.render(series: URL(fileURLWithPath: series), templates: URL(fileURLWithPath: templates),
                                    output: URL(fileURLWithPath: out))
        var line = "\(s.output.lastPathComponent), \(s.pages) pages, \(s.charts) charts"
        if !s.omittedCharts.isEmpty { line += " (\(s.omittedCharts.count) chart(s) omitted: no data, or a single year for a line)" }
        reportSummary("render", line, since: start)
    }
}

runTool(RenderCommand.self)
