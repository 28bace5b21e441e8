import BriefingCore
import Foundation
import Testing
@testable import Aggregate

/// The catalog's sums and bounds, and the YoY bound.
@Suite struct ConstraintTests {
    typealias F = Fixture

    static let vehicles: [(String, Decimal)] = [
        ("vehicles.aircraft", 879_000), ("vehicles.trains", 101_000), ("vehicles.ships", 437_000), ("vehicles.motor", 31_149_000),
    ]

    enum Defect: String, CaseIterable, Sendable { case malformed, missing }

    static func vehicleRelease(total: Decimal = 32_566_000, replacing part: String? = nil, with defect: Defect? = nil) -> DocumentFacts {
        var facts = [F.f("vehicles.total", total, yoy: 38.8)]
        for (id, value) in vehicles {
            if id == part, defect == .missing { continue }
            if id == part, defect == .malformed {
                facts.append(F.f(id, value / 1000, yoy: 38.9, flagged: "\(value / 1000).0,00"))
            } else {
                facts.append(F.f(id, value))
            }
        }
        return F.release("b2024.txt", 2024, facts)
    }

    /// Each part in turn malformed or missing becomes total minus the others.
    @Test(arguments: vehicles.map(\.0), Defect.allCases)
    func onePartIsReconciled(part: String, defect: Defect) throws {
        let r = try F.aggregate([Self.vehicleRelease(replacing: part, with: defect)], year: 2024)
        let expected = Self.vehicles.first { $0.0 == part }!.1
        let p = try #require(r.briefing.series(part)?.point(in: 2024))
        #expect(p.status == .reconciled)
        #expect(p.value == expected)
        #expect(r.count(.reconciled) == 1)
        #expect(r.count(.flagged) == 0)
        for (other, value) in Self.vehicles where other != part {
            #expect(r.briefing.series(other)?.point(in: 2024)?.status == .reported)
            #expect(r.briefing.series(other)?.point(in: 2024)?.value == value)
        }
        let note = try #require(r.briefing.notes.first { $0.metric == part })
        #expect(note.value == expected)
        #expect(note.reason.contains("vehicles.total = "))
        switch defect {
        case .malformed:
            #expect(note.written.hasSuffix(".0,00"))
            #expect(p.yoyPct == 38.9)  // the stated change survives the repair
        case .missing:
            #expect(note.written == "")
            #expect(note.reason.hasPrefix("not stated"))
        }
    }

    /// A flagged total with every part stated becomes their sum.
    @Test func flaggedTotalIsTheSumOfItsParts() throws {
        let r = try F.aggregate([F.release("b2024.txt", 2024, [
            F.f("people.total", 61_000, flagged: "61.0,00"),
            F.f("people.mainland", 291_000_000), F.f("people.hkmt", 254_000_000), F.f("people.foreigners", 64_882_000),
        ])], year: 2024)
        let p = try #require(r.briefing.series("people.total")?.point(in: 2024))
        #expect(p.status == .reconciled)
        #expect(p.value == 609_882_000)
    }

    /// Parts that exceed their total, with no doubtful part and no single shifted figure: all flagged.
    @Test func failingSumFlagsEveryMember() throws {
        let r = try F.aggregate([F.release("b2024.txt", 2024, [
            F.f("people.total", 610_000_000),
            F.f("people.mainland", 291_000_000), F.f("people.hkmt", 254_000_000), F.f("people.foreigners", 100_000_000),
        ])], year: 2024)
        for id in ["people.total", "people.mainland", "people.hkmt", "people.foreigners"] {
            let p = try #require(r.briefing.series(id)?.point(in: 2024))
            #expect(p.status == .flagged, "\(id)")
            #expect(p.note?.contains("645,000,000") == true)
        }
        #expect(r.briefing.notes.filter { $0.status == .flagged }.count == 4)
    }

    /// Parts stated in full that fall short of their total, with no single shifted figure: the
    /// catalog's sums are exact, so every member is flagged (a part's list is complete).
    @Test func partsStatedInFullBelowTheTotalAreFlagged() throws {
        let r = try F.aggregate([F.release("b2024.txt", 2024, [
            F.f("people.total", 610_000_000),
            F.f("people.mainland", 291_000_000), F.f("people.hkmt", 254_000_000), F.f("people.foreigners", 30_000_000),
        ])], year: 2024)
        for id in ["people.total", "people.mainland", "people.hkmt", "people.foreigners"] {
            let p = try #require(r.briefing.series(id)?.point(in: 2024))
            #expect(p.status == .flagged, "\(id)")
            #expect(p.note?.contains("575,000,000") == true)
        }
    }

    /// A part left out is no contradiction when the others stay below the total.
    @Test func partsBelowTheTotalWithOneUnstatedPass() throws {
        let r = try F.aggregate([F.release("b2024.txt", 2024, [
            F.f("people.total", 610_000_000), F.f("people.mainland", 291_000_000), F.f("people.hkmt", 254_000_000),
        ])], year: 2024)
        #expect(r.count(.flagged) == 0)
    }

    /// The cases the extract stage checks within a release, as the aggregate stage resolves them
    /// with the same checking code: the member a power of ten off (up to 万, ten thousand) is
    /// reconciled; parts stated that exceed the total flag only the figures whose slip would
    /// explain it.
    struct SumCase: Sendable, CustomStringConvertible {
        var name: String
        var facts: [(String, Decimal)]
        var reconciled: [String: Decimal] = [:]
        var flagged: [String] = []
        var reported: [String] = []
        var description: String { name }
    }

    static let sumCases: [SumCase] = [
        SumCase(name: "total without 万",
                facts: [("vehicles.total", 1_287.3), ("vehicles.aircraft", 223_000), ("vehicles.trains", 31_000),
                        ("vehicles.ships", 128_000), ("vehicles.motor", 12_491_000)],
                reconciled: ["vehicles.total": 12_873_000],
                reported: ["vehicles.aircraft", "vehicles.trains", "vehicles.ships", "vehicles.motor"]),
        SumCase(name: "part tenfold, the total off by a factor near ten too",
                facts: [("vehicles.total", 9_023_000), ("vehicles.aircraft", 206_000), ("vehicles.trains", 23_000),
                        ("vehicles.ships", 108_000), ("vehicles.motor", 86_860_000)],
                reconciled: ["vehicles.motor": 8_686_000],
                reported: ["vehicles.total", "vehicles.aircraft", "vehicles.trains", "vehicles.ships"]),
        SumCase(name: "two parts missing, one exceeding the total",
                facts: [("vehicles.total", 9_023_000), ("vehicles.aircraft", 206_000), ("vehicles.motor", 86_860_000)],
                flagged: ["vehicles.total", "vehicles.motor"],
                reported: ["vehicles.aircraft"]),
    ]

    @Test(arguments: sumCases)
    func sumsAgreeWithTheExtractStage(_ c: SumCase) throws {
        let r = try F.aggregate([F.release("b2024.txt", 2024, c.facts.map { F.f($0.0, $0.1) })], year: 2024)
        for (id, value) in c.reconciled {
            let p = try #require(r.briefing.series(id)?.point(in: 2024))
            #expect(p.status == .reconciled, "\(id)")
            #expect(p.value == value, "\(id)")
        }
        for id in c.flagged { #expect(r.briefing.series(id)?.point(in: 2024)?.status == .flagged, "\(id)") }
        for id in c.reported { #expect(r.briefing.series(id)?.point(in: 2024)?.status == .reported, "\(id)") }
    }

    /// Parts within the tolerance (1.5%) pass.
    @Test func sumWithinRoundingPasses() throws {
        let r = try F.aggregate([F.release("b2024.txt", 2024, [
            F.f("people.total", 610_000_000),
            F.f("people.mainland", 291_000_000), F.f("people.hkmt", 254_000_000), F.f("people.foreigners", 60_000_000),
        ])], year: 2024)
        #expect(r.count(.flagged) == 0)
        #expect(r.count(.reconciled) == 0)
    }

    /// One stated part off by a power of ten is the one the sum reconciles.
    @Test func tenfoldPartIsReconciled() throws {
        let r = try F.aggregate([F.release("b2024.txt", 2024, [
            F.f("people.total", 610_000_000),
            F.f("people.mainland", 291_000_000), F.f("people.hkmt", 254_000_000), F.f("people.foreigners", 6_488_200),
        ])], year: 2024)
        let p = try #require(r.briefing.series("people.foreigners")?.point(in: 2024))
        #expect(p.status == .reconciled)
        #expect(p.value == 65_000_000)
        #expect(p.note?.contains("tenfold") == true)
        #expect(r.briefing.series("people.total")?.point(in: 2024)?.status == .reported)
        #expect(r.count(.flagged) == 0)
    }

    struct BoundCase: Sendable, CustomStringConvertible {
        var metric: String, value: Decimal, yoy: Decimal? = nil, flagged: Bool, words: String
        var description: String { "\(metric) \(value) yoy \(yoy.map { "\($0)" } ?? "-")" }
    }

    @Test(arguments: [
        BoundCase(metric: "services.hotline_satisfaction", value: 101, flagged: true, words: "satisfaction rate cannot exceed 100%"),
        BoundCase(metric: "services.hotline_satisfaction", value: 99.36, flagged: false, words: ""),
        BoundCase(metric: "documents.visas", value: 2_597_000_000, flagged: true, words: "40.0 times people.foreigners"),
        BoundCase(metric: "documents.visas", value: 3_000_000, flagged: false, words: ""),
        // Below the foreigners who crossed, yet above any year's most: a misread scale word.
        BoundCase(metric: "documents.visas", value: 30_000_000, flagged: true, words: "scale word was misread"),
        BoundCase(metric: "services.hotline_calls", value: 640, flagged: true, words: "least plausible national figure"),
        BoundCase(metric: "services.hotline_calls", value: 6_125_500, flagged: false, words: ""),
        BoundCase(metric: "enforcement.gangs", value: 906, yoy: -120, flagged: true, words: "cannot exceed 100%"),
        BoundCase(metric: "enforcement.gangs", value: 906, yoy: -20, flagged: false, words: ""),
    ])
    func bounds(_ c: BoundCase) throws {
        let r = try F.aggregate([F.release("b2024.txt", 2024, [
            F.f("people.foreigners", 64_882_000), F.f(c.metric, c.value, yoy: c.yoy),
        ])], year: 2024)
        let p = try #require(r.briefing.series(c.metric)?.point(in: 2024))
        #expect((p.status == .flagged) == c.flagged)
        #expect(r.briefing.series("people.foreigners")?.point(in: 2024)?.status == .reported)
        if c.flagged {
            #expect(p.note?.contains(c.words) == true, "\(p.note ?? "no note")")
            // Nothing is derived from a flagged figure as a plain value.
            #expect(!r.rows.contains { $0.metric == c.metric && $0.year == 2023 && $0.status != .flagged })
        }
        if c.yoy != nil, !c.flagged {
            #expect(r.briefing.series(c.metric)?.point(in: 2023)?.status == .derived)
        }
    }
}
