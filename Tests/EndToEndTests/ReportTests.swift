import Aggregate
import BriefingCore
import Extract
import Foundation
import Ingest
import Render
import Testing

/// The whole pipeline in process, as `make report` runs it.
@Suite struct ReportTests {
    let fm = FileManager.default

    /// Ingest, extract and aggregate the releases of `sources` for `year` into a new folder.
    func pipeline(_ sources: URL, year: Int) throws -> (work: URL, result: AggregateResult) {
        let p = try InProcessPipeline(sources: sources)
        return (p.work, try p.aggregate(year))
    }

    func rows(_ work: URL, _ year: Int) throws -> [CSVRow] {
        CSVRow.parse(try String(contentsOf: work.appendingPathComponent("\(year)/facts.csv"), encoding: .utf8))
    }

    @Test func seedsReportFor2024() throws {
        let (work, _) = try pipeline(SeedExpectation.repository.appendingPathComponent("Pipeline/sources"), year: 2024)
        defer { try? fm.removeItem(at: work) }
        let rows = try rows(work, 2024)
        let failures = judge(rows, try SeedExpectation.load(), byYear: true, reconciledMayBeFlagged: false)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")

        func row(_ year: String, _ metric: String) -> CSVRow? { rows.first { $0.year == year && $0.metric == metric && $0.status != "flagged" } }
        #expect(row("2024", "vehicles.motor")?.status == "reconciled")
        #expect(row("2024", "vehicles.motor")?.value == 31_149_000)
        #expect(!rows.contains { $0.year == "2024" && ["documents.visas", "documents.port_visas"].contains($0.metric) && $0.status != "flagged" })
        // 2023 from every stated 2024 change; the motor vehicles from the reconciled figure.
        #expect(row("2023", "people.total").map { $0.value == 423_900_000 } == true)
        #expect(row("2023", "vehicles.aircraft").map { $0.value == 540_600 } == true)
        #expect(row("2023", "vehicles.motor").map { $0.value == 22_430_000 } == true)
        #expect(row("2023", "people.total")?.status == "derived")
        // 2021 from the 2022 release's changes.
        #expect(row("2021", "enforcement.criminal_cases").map { $0.value == 19_700 } == true)
        #expect(row("2021", "enforcement.fugitives").map { abs($0.value - 397 / 3.28) < 2 } == true)
        // No Winter Operation figure as a 2024 value.
        for (metric, value) in [("enforcement.criminal_cases", 2811.0), ("enforcement.suspects", 9985), ("enforcement.guns", 60), ("enforcement.bullets", 2055)] {
            #expect(!rows.contains { $0.year == "2024" && $0.metric == metric && $0.value == value })
        }
    }

    @Test func seedsBriefingShowsTheHeadlinesAndHidesFlaggedFigures() throws {
        let (work, _) = try pipeline(SeedExpectation.repository.appendingPathComponent("Pipeline/sources"), year: 2024)
        defer { try? fm.removeItem(at: work) }
        let pdf = work.appendingPathComponent("briefing-2024.pdf")
        _ = try Briefing.render(series: work.appendingPathComponent("2024/series.json"),
                                templates: SeedExpectation.repository.appendingPathComponent("Templates"), output: pdf)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        p.arguments = ["-layout", pdf.path, "-"]
        let out = Pipe(); p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        for expected in ["610 million", "up 43.9%", "Border inspections", "Data-quality notes", "Sources", "31,149,000"] {
            #expect(text.contains(expected), "briefing lacks \(expected)")
        }
        // The garbled visa figure is never shown as a value: only the data-quality appendix
        // (after the last "Data-quality notes" heading) quotes and explains it.
        let body = String(text[..<(text.range(of: "Data-quality notes", options: .backwards)?.lowerBound ?? text.endIndex)])
        #expect(!body.contains("2,597,000,000") && !body.contains("2.6 billion") && !body.contains("2,597 million"))
        #expect(text.contains("2,597 million"), "the appendix must say what was written")
    }

    /// Two small releases of our own: a 2023 release states 18.4 million passports, the 2024
    /// release 233.19 million up 26.5%, which implies 184.3 million for 2023: tenfold apart.
    @Test func crossSourceTenfoldShiftIsFlagged() throws {
        let sources = fm.temporaryDirectory.appendingPathComponent("xsrc-\(UUID().uuidString)")
        try fm.createDirectory(at: sources, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: sources) }
        try """
            # publisher: National Immigration Administration
            # released: 2024-01-17

            Main data of immigration management in 2023. In 2023, the authorities issued 18.4 million ordinary passports.
            """.write(to: sources.appendingPathComponent("a-2023.txt"), atomically: true, encoding: .utf8)
        try """
            # publisher: Example Wire (machine translation)
            # released: 2025-01-14

            Main data of immigration management in 2024. A total of 233.19 million ordinary passports were issued, up 26.5% year on year.
            """.write(to: sources.appendingPathComponent("b-2024.txt"), atomically: true, encoding: .utf8)
        let (work, result) = try pipeline(sources, year: 2024)
        defer { try? fm.removeItem(at: work) }
        let passports = try rows(work, 2024).filter { $0.metric == "documents.passports" }
        #expect(passports.contains { $0.year == "2024" && $0.status == "flagged" }, "\(passports)")
        #expect(passports.contains { $0.year == "2023" && $0.value == 18_400_000 && $0.status == "reported" })
        let note = try #require(result.briefing.notes.first { $0.metric == "documents.passports" && $0.year == 2024 })
        #expect(note.reason.lowercased().contains("ten"), "\(note.reason)")
    }
}
