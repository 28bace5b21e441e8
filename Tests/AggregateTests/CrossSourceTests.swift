import BriefingCore
import Foundation
import Testing
@testable import Aggregate

/// Two releases, or a statement and a derivation, giving the same metric and year.
@Suite struct CrossSourceTests {
    typealias F = Fixture

    func point(_ r: AggregateResult, _ metric: String, _ year: Int) throws -> SeriesPoint {
        try #require(r.briefing.series(metric)?.point(in: year))
    }

    /// The 2023 release's 18.4 million passports against the 2024 release's 233.19 million up
    /// 26.5% (which implies 184.3 million for 2023): the 2024 figure is the tenfold shift.
    @Test func tenfoldShiftFlagsTheFigureTheDerivationCameFrom() throws {
        let r = try F.aggregate([
            F.release("a2023.txt", 2023, [F.f("documents.passports", 18_400_000)]),
            F.release("b2024.txt", 2024, publisher: F.machine, [F.f("documents.passports", 233_190_000, yoy: 26.5)]),
        ], year: 2024)
        let p2024 = try point(r, "documents.passports", 2024)
        #expect(p2024.status == .flagged)
        #expect(p2024.note?.contains("tenfold") == true)
        #expect(p2024.note?.contains("18,400,000") == true)
        #expect(p2024.note?.contains("184,300,000") == true)
        let p2023 = try point(r, "documents.passports", 2023)
        #expect(p2023.status == .reported)
        #expect(p2023.value == 18_400_000)
        #expect(p2023.source == "a2023.txt")
        // Nothing of the passports is a plain fact but the 2023 release's figure.
        #expect(r.rows.filter { $0.metric == "documents.passports" && $0.status != .flagged }.map(\.value) == [18_400_000])
        let note = try #require(r.briefing.notes.first { $0.metric == "documents.passports" && $0.year == 2024 })
        #expect(note.value == nil)
        #expect(note.written == "233,190,000")
    }

    /// With the trust reversed (a machine-translated 2023 release, an official 2024 one), the
    /// official figure and the value it implies win and the 2023 translation is the doubtful one.
    @Test func officialBeatsMachineTranslationWhenInDoubt() throws {
        let r = try F.aggregate([
            F.release("a2023.txt", 2023, publisher: F.machine, [F.f("documents.passports", 18_400_000)]),
            F.release("b2024.txt", 2024, [F.f("documents.passports", 233_190_000, yoy: 26.5)]),
        ], year: 2024)
        #expect(try point(r, "documents.passports", 2024).status == .reported)
        let p2023 = try point(r, "documents.passports", 2023)
        #expect(p2023.status == .derived)
        #expect(p2023.value == 184_300_000)
        let flagged = try #require(r.rows.first { $0.year == 2023 && $0.status == .flagged })
        #expect(flagged.value == 18_400_000)
        #expect(flagged.source == "a2023.txt")
        let note = try #require(r.briefing.notes.first { $0.year == 2023 && $0.status == .flagged })
        #expect(note.reason.contains("tenfold"))
    }

    /// A third value agreeing with one side makes the other side the doubtful one, even the
    /// year's own release.
    @Test func thirdValueDecides() throws {
        let r = try F.aggregate([
            F.release("a2023.txt", 2023, [F.f("documents.passports", 1_840_000)]),
            F.release("b2024.txt", 2024, [
                F.f("documents.passports", 23_319_000, yoy: 26.5),
                F.f("documents.passports", 18_400_000, period: Period(year: 2023)),
            ]),
        ], year: 2024)
        let p = try point(r, "documents.passports", 2023)
        #expect(p.status == .reported)
        #expect(p.value == 18_400_000)
        #expect(p.source == "b2024.txt")
        let flagged = try #require(r.rows.first { $0.year == 2023 && $0.status == .flagged })
        #expect(flagged.value == 1_840_000)
        #expect(flagged.source == "a2023.txt")
        #expect(r.briefing.notes.first { $0.source == "a2023.txt" }?.reason.contains("tenfold") == true)
        #expect(try point(r, "documents.passports", 2024).status == .reported)
    }

    /// A derivation that disagrees without a scale shift: the stated figure stands, the implied
    /// value is kept as a flagged row with a note, and the next year's figure stays reported.
    @Test func contradictedDerivationIsAFlaggedRow() throws {
        let r = try F.aggregate([
            F.release("a2023.txt", 2023, [F.f("documents.passports", 18_400_000)]),
            F.release("b2024.txt", 2024, [F.f("documents.passports", 25_300_000, yoy: 26.5)]),
        ], year: 2024)
        #expect(try point(r, "documents.passports", 2023).value == 18_400_000)
        #expect(try point(r, "documents.passports", 2024).status == .reported)
        let row = try #require(r.rows.first { $0.year == 2023 && $0.status == .flagged })
        #expect(row.value == 20_000_000)
        #expect(row.source == "b2024.txt")
        let note = try #require(r.briefing.notes.first { $0.year == 2023 && $0.status == .flagged })
        #expect(note.reason.contains("the stated figure is used"))
    }

    /// Figures that agree within rounding raise nothing.
    @Test func agreeingFiguresRaiseNothing() throws {
        let r = try F.aggregate([
            F.release("a2023.txt", 2023, [F.f("documents.passports", 18_400_000)]),
            F.release("b2024.txt", 2024, [F.f("documents.passports", 23_319_000, yoy: 26.5)]),
        ], year: 2024)
        #expect(r.count(.flagged) == 0)
        #expect(try point(r, "documents.passports", 2023).value == 18_400_000)
    }

    /// The Chinese original's figure is the reported one; the disagreeing translation is flagged
    /// with both readings.
    @Test func chineseOriginalBeatsItsTranslation() throws {
        let r = try F.aggregate([
            F.release("zh2024.txt", 2024, publisher: "国家移民管理局", language: .zh, [F.f("documents.passports", 23_319_000)]),
            F.release("en2024.txt", 2024, publisher: F.machine, [F.f("documents.passports", 233_190_000),
                                                               F.f("enforcement.gangs", 906)]),
        ], year: 2024)
        let p = try point(r, "documents.passports", 2024)
        #expect(p.status == .reported)
        #expect(p.value == 23_319_000)
        #expect(p.source == "zh2024.txt")
        let note = try #require(r.briefing.notes.first { $0.source == "en2024.txt" })
        #expect(note.status == .flagged)
        #expect(note.reason.contains("233,190,000"))
        #expect(note.reason.contains("23,319,000"))
        #expect(note.reason.contains("Chinese original"))
        #expect(r.briefing.release.id == "zh2024.txt")
        // A figure only the translation gives is used as it is.
        #expect(try point(r, "enforcement.gangs", 2024).status == .reported)
    }

    struct PrecedenceCase: Sendable, CustomStringConvertible {
        var own: Bool, other: Bool
        var value: Decimal, status: FactStatus, source: String
        var description: String { "own \(own), other \(other)" }
    }

    /// The year's own release beats another release's statement, which beats a derived value.
    @Test(arguments: [
        PrecedenceCase(own: true, other: true, value: 100_000, status: .reported, source: "a2023.txt"),
        PrecedenceCase(own: false, other: true, value: 100_500, status: .reported, source: "b2024.txt"),
        PrecedenceCase(own: true, other: false, value: 100_000, status: .reported, source: "a2023.txt"),
        PrecedenceCase(own: false, other: false, value: 100_900, status: .derived, source: "b2024.txt"),
    ])
    func precedence(_ c: PrecedenceCase) throws {
        var facts2024 = [F.f("enforcement.suspects", 110_000, yoy: 9)]
        if c.other { facts2024.append(F.f("enforcement.suspects", 100_500, period: Period(year: 2023))) }
        var docs = [F.release("b2024.txt", 2024, facts2024)]
        if c.own { docs.append(F.release("a2023.txt", 2023, [F.f("enforcement.suspects", 100_000)])) }
        let r = try F.aggregate(docs, year: 2024)
        let p = try point(r, "enforcement.suspects", 2023)
        #expect(p.value == c.value)
        #expect(p.status == c.status)
        #expect(p.source == c.source)
        #expect(r.count(.flagged) == 0)
    }

    /// "More than X" gives an approximate previous year; exact and approximate carry over.
    @Test(arguments: [(Qualifier.exact, Qualifier.exact), (.atLeast, .approx), (.approx, .approx)])
    func derivedQualifier(base: Qualifier, derived: Qualifier) throws {
        let r = try F.aggregate([F.release("b2024.txt", 2024, [F.f("enforcement.suspects", 79_000, yoy: 10, base)])], year: 2024)
        let p = try point(r, "enforcement.suspects", 2023)
        #expect(p.qualifier == derived)
        #expect(p.value == 71_820)   // 79,000 / 1.1 = 71,818.18…, to four significant figures
    }

    /// A derived value keeps the four significant figures a change to a tenth of a percent
    /// supports; whole counts stay whole, tonnes keep their decimals; the note shows both.
    @Test(arguments: [
        ("people.total", "610000000", "43.9", "423900000"),
        ("vehicles.aircraft", "879000", "62.6", "540600"),
        ("enforcement.fugitives", "397", "228", "121"),
        ("enforcement.criminal_cases", "32300", "64", "19700"),
        ("personnel.deaths", "18", "20", "15"),
        ("enforcement.drugs_tonnes", "7.8", "20.5", "6.473"),
        ("enforcement.drugs_tonnes", "0.52", "-35", "0.8"),
    ])
    func derivedValueIsRoundedToItsPrecision(metric: String, stated: String, yoy: String, derived: String) throws {
        let (stated, yoy, derived) = (Decimal(string: stated)!, Decimal(string: yoy)!, Decimal(string: derived)!)
        let r = try F.aggregate([F.release("b2024.txt", 2024, [F.f(metric, stated, yoy: yoy)])], year: 2024)
        let p = try point(r, metric, 2023)
        #expect(p.value == derived)
        #expect(p.status == .derived)
        #expect(p.note?.contains(" / \(FactsCSV.plain(1 + yoy / 100)) = ") == true)
        #expect(p.note?.contains(Checks.figure(derived)) == true)
    }

    /// Only whole-year facts with a catalog metric become values; later releases are not used.
    @Test func onlyAnnualFactsOfEarlierReleases() throws {
        let r = try F.aggregate([
            F.release("b2024.txt", 2024, [
                F.f("enforcement.gangs", 906),
                F.f("enforcement.gangs", 62, period: Period(year: 2024, kind: .quarter(4))),
                F.f("enforcement.guns", 60, period: .window("2024-11-30", "2025-02-28")),
                F.f(nil, 12_367),
                F.f("no.such.metric", 5),
            ]),
            F.release("c2025.txt", 2025, [F.f("enforcement.gangs", 1000, yoy: 10), F.f("enforcement.guns", 77, period: Period(year: 2024))]),
        ], year: 2024)
        #expect(r.rows.count == 1)
        #expect(r.rows.first?.value == 906)
        #expect(r.briefing.sources.map(\.id) == ["b2024.txt"])
    }
}
