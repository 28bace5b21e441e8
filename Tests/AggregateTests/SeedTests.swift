import BriefingCore
import Foundation
import Testing
@testable import Aggregate

/// The two seed releases, aggregated for 2024: what seed-expectations.tsv asks of the briefing.
@Suite struct SeedTests {
    static let result = try! Fixture.aggregate([Fixture.seed2024, Fixture.seed2022], year: 2024)

    struct Expected: CustomStringConvertible, Sendable {
        var year: Int, metric: String, value: Decimal, qualifier: Qualifier = .exact, yoy: Decimal? = nil
        var status: FactStatus = .reported
        var description: String { "\(year) \(metric) \(value) \(status)" }
    }

    static let expected: [Expected] = [
        // The 2024 release, as stated.
        .init(year: 2024, metric: "people.total", value: 610_000_000, yoy: 43.9),
        .init(year: 2024, metric: "people.foreigners", value: 64_882_000, yoy: 82.9),
        .init(year: 2024, metric: "people.visa_free_foreigners", value: 1_150_000, yoy: 112.3),
        .init(year: 2024, metric: "vehicles.total", value: 32_566_000, yoy: 38.8),
        .init(year: 2024, metric: "vehicles.aircraft", value: 879_000, yoy: 62.6),
        .init(year: 2024, metric: "documents.passports", value: 233_190_000, yoy: 26.5),
        .init(year: 2024, metric: "services.hotline_satisfaction", value: 99.36),
        .init(year: 2024, metric: "enforcement.criminal_cases", value: 35_000, qualifier: .atLeast),
        .init(year: 2024, metric: "enforcement.drugs_tonnes", value: 7.8),
        .init(year: 2024, metric: "personnel.deaths", value: 15),
        // The garbled part of a total, reconciled from the sum; it keeps its YoY.
        .init(year: 2024, metric: "vehicles.motor", value: 31_149_000, yoy: 38.9, status: .reconciled),
        // 2023, derived from every stated 2024 YoY (motor from the reconciled figure).
        .init(year: 2023, metric: "people.total", value: 423_900_000, status: .derived),
        .init(year: 2023, metric: "vehicles.aircraft", value: 540_600, status: .derived),
        .init(year: 2023, metric: "vehicles.motor", value: 22_430_000, status: .derived),
        .init(year: 2023, metric: "services.identity_verifications", value: 30_890_000, status: .derived),
        // 2022 as the 2022 release states it.
        .init(year: 2022, metric: "people.total", value: 115_700_000),
        .init(year: 2022, metric: "vehicles.total", value: 9_638_000),
        .init(year: 2022, metric: "enforcement.criminal_cases", value: 32_300, yoy: 64),
        .init(year: 2022, metric: "enforcement.fugitives", value: 397, yoy: 228),
        .init(year: 2022, metric: "services.hotline_calls", value: 3_000_000, qualifier: .atLeast),
        .init(year: 2022, metric: "enforcement.precursors_tonnes", value: 712.52),
        // 2021, derived from the 2022 release's YoY.
        .init(year: 2021, metric: "enforcement.criminal_cases", value: 19_700, status: .derived),
        .init(year: 2021, metric: "enforcement.fugitives", value: 121, status: .derived),
    ]

    @Test(arguments: expected)
    func pointMatches(_ e: Expected) throws {
        let point = try #require(Self.result.briefing.series(e.metric)?.point(in: e.year))
        #expect(point.value == e.value)
        #expect(point.status == e.status)
        #expect(point.qualifier == e.qualifier)
        #expect(point.yoyPct == e.yoy)
        let row = try #require(Self.result.rows.first { $0.year == e.year && $0.metric == e.metric && $0.status == e.status })
        #expect(row.value == e.value)
    }

    /// Figures that must never reach the briefing as plain facts.
    @Test(arguments: [(2024, "documents.visas"), (2024, "documents.port_visas"), (2023, "documents.visas"), (2023, "documents.port_visas")])
    func doubtfulFiguresAreFlagged(year: Int, metric: String) throws {
        let point = try #require(Self.result.briefing.series(metric)?.point(in: year))
        #expect(point.status == .flagged)
        #expect(!Self.result.rows.contains { $0.year == year && $0.metric == metric && $0.status != .flagged })
        let note = try #require(Self.result.briefing.notes.first { $0.year == year && $0.metric == metric })
        #expect(note.value == nil)
        #expect(note.status == .flagged)
    }

    @Test func visasNoteExplainsTheBound() throws {
        let note = try #require(Self.result.briefing.notes.first { $0.year == 2024 && $0.metric == "documents.visas" })
        #expect(note.written == "2,597 million")
        #expect(note.reason.contains("people.foreigners 64,882,000"))
        #expect(note.reason.contains("40.0 times"))
    }

    @Test func motorNoteSaysWrittenReconciledAndConstraint() throws {
        let note = try #require(Self.result.briefing.notes.first { $0.year == 2024 && $0.metric == "vehicles.motor" })
        #expect(note.status == .reconciled)
        #expect(note.value == 31_149_000)
        #expect(note.written == "31.49,000")
        #expect(note.reason.contains("31,149,000"))
        #expect(note.reason.contains("vehicles.total = vehicles.aircraft + vehicles.trains + vehicles.ships + vehicles.motor"))
    }

    @Test func derivedNoteNamesTheRelease() throws {
        let point = try #require(Self.result.briefing.series("people.total")?.point(in: 2023))
        #expect(point.source == Fixture.seed2024ID)
        #expect(point.note?.contains("the 2024 release (\(Fixture.seed2024ID))") == true)
        #expect(point.yoyPct == nil)
    }

    @Test func campaignFiguresAreNeverAnnual() {
        let winter: [(String, Decimal)] = [("enforcement.criminal_cases", 2811), ("enforcement.suspects", 9985),
                                           ("enforcement.gangs", 62), ("enforcement.guns", 60),
                                           ("enforcement.bullets", 2055), ("enforcement.drug_cases", 55)]
        for (metric, value) in winter {
            #expect(!Self.result.rows.contains { $0.metric == metric && $0.value == value }, "\(metric) \(value)")
        }
        #expect(Self.result.rows.allSatisfy { $0.period.isAnnual })
    }

    @Test func everyValueThatIsNotReportedHasANote() {
        for s in Self.result.briefing.series {
            for p in s.points where p.status != .reported {
                #expect(Self.result.briefing.notes.contains { $0.metric == s.metric && $0.year == p.year && $0.status == p.status },
                        "\(s.metric) \(p.year)")
            }
        }
    }

    @Test func seriesFollowTheCatalogAndYearsAscend() {
        let order = Fixture.catalog.metrics.map(\.id)
        let ids = Self.result.briefing.series.map(\.metric)
        #expect(ids == order.filter(ids.contains))
        for s in Self.result.briefing.series {
            #expect(s.points.map(\.year) == s.points.map(\.year).sorted())
            #expect(Set(s.points.map(\.year)).count == s.points.count)
        }
    }

    @Test func releaseAndSources() {
        let b = Self.result.briefing
        #expect(b.year == 2024)
        #expect(b.release.id == Fixture.seed2024ID)
        #expect(b.sources.map(\.id) == [Fixture.seed2024ID, Fixture.seed2022ID])
    }

    @Test func summaryCounts() {
        let r = Self.result
        #expect(r.count(.reconciled) == 1)
        #expect(r.count(.flagged) == 4)  // visas and port visas, 2024 and the 2023 values derived from them
        #expect(r.count(.derived) == r.rows.filter { $0.year == 2023 || $0.year == 2021 }.count - 2)
        #expect(r.summary.hasPrefix("2024, 2 documents, \(r.rows.count) values (\(r.count(.derived)) derived, 1 reconciled, 4 flagged)"))
    }
}
