import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Wordings of English writers outside the administration: posts numbering their points with
/// keycap emoji, analysts' part codes ("1H24"), "pc", ranges instead of values, and machine
/// translations' verb-first clauses. Every text is invented.
struct AnalystWordingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: Keycap emoji number a list, they are no figures

    static let keycaps: [Case] = [
        Case(text: "1️⃣ Foreign visitors keep coming back. 2️⃣ Visa-free entries are the story of the year.", facts: []),
        Case(text: "3️⃣ Foreigners made 12.4 million crossings in the year.",
             facts: [Expect(metric: "people.foreigners", value: "12400000")]),
        Case(text: "Key points:\n4⃣ Passports issued to citizens grew fast.\n5️⃣ Port visas rose too.", facts: []),
    ]

    @Test(arguments: keycaps)
    func keycapsAreListMarks(_ c: Case) throws { try c.check() }

    @Test func aKeycapIsOnePunctuationToken() {
        let s = Array("2️⃣ Foreigners".unicodeScalars)
        let tokens = Tokenizer.tokenize(s, 0..<s.count)
        #expect(tokens.first?.kind == .punct)
        #expect(!tokens.contains { $0.kind == .number })
    }

    // MARK: "pc", "Q1-Q3"

    static let shortForms: [Case] = [
        Case(text: "Mainland residents made 301.5M crossings, up 7.2pc on the year.",
             facts: [Expect(metric: "people.mainland", value: "301500000", yoy: "7.2")]),
        Case(text: "Foreigners made 41.3 million trips, down 3.5 pc year on year.",
             facts: [Expect(metric: "people.foreigners", value: "41300000", yoy: "-3.5")]),
        Case(text: "Ordinary passports issued: 14.2M, a 9.4 per cent rise",
             facts: [Expect(metric: "documents.passports", value: "14200000", yoy: "9.4")]),
        Case(text: "Port visas issued in the year: 610,000, an 8.5% decline",
             facts: [Expect(metric: "documents.port_visas", value: "610000", yoy: "-8.5")]),
        Case(text: "Officers inspected 488.1M border crossings in Q1-Q3 2024, +11.0% y/y.",
             facts: [Expect(metric: "people.total", value: "488100000", yoy: "11.0", period: "2024-01-01/2024-09-30")]),
    ]

    @Test(arguments: shortForms)
    func shortFormsRead(_ c: Case) throws { try c.check() }

    // MARK: Analysts' part codes

    static let partCodes: [Case] = [
        Case(text: "Total crossings came to 301.2mn in 1H24, +50.1% y/y.",
             facts: [Expect(metric: "people.total", value: "301200000", yoy: "50.1", period: "2024-H1")]),
        Case(text: "Crossings were 160.2mn in 2Q2024 against 141.0mn in 1Q2024.",
             facts: [Expect(metric: "people.total", value: "160200000", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "141000000", period: "2024-Q1")]),
        Case(text: "| Metric (mn) | 1H23 | 1H24 | y/y |\n|---|---|---|---|\n| Total people inspected | 150.0 | 301.2 | +100.8% |\n|  - Foreign nationals | 10.0 | 21.5 | +115.0% |",
             facts: [Expect(metric: "people.total", value: "150000000", period: "2023-H1"),
                     Expect(metric: "people.total", value: "301200000", yoy: "100.8"),
                     Expect(metric: "people.foreigners", value: "10000000", period: "2023-H1"),
                     Expect(metric: "people.foreigners", value: "21500000", yoy: "115.0")]),
    ]

    @Test(arguments: partCodes)
    func partCodesNameTheirPart(_ c: Case) throws {
        let facts = try extract(c.text, period: "2024-H1").filter { $0.metric != nil }
        let seen = facts.map { "\($0.metric!)=\($0.value) \($0.period)" }
        for e in c.facts {
            let period = e.period == "2024" ? "2024-H1" : e.period
            let f = try #require(facts.first { $0.metric == e.metric && $0.value == dec(e.value) && $0.period.description == period }, "\(e) not found; got \(seen)")
            #expect(f.yoyPct == e.yoy.map(dec))
            #expect(f.status == .reported)
        }
        #expect(facts.count == c.facts.count, "extra facts: \(seen)")
    }

    @Test func partCodesNeedTheirShape() {
        for text in ["3H24", "1H245", "A1H24", "5Q23", "1Hx"] {
            let s = Array(text.unicodeScalars)
            #expect(Tokenizer.partCode(s, text.hasPrefix("A") ? 1 : 0, 0..<s.count) == nil, "\(text)")
        }
        let s = Array("2q23".unicodeScalars)
        #expect(Tokenizer.partCode(s, 0, 0..<s.count).map { "\($0.0) \($0.1)" } == "q2 2023")
    }

    // MARK: Fiscal-year codes: "FY24" is the year, "FY25E" a forecast

    static let fiscalYearCodes: [Case] = [
        Case(text: "Foreign crossings came to 71.2mn in FY24, +78.3% y/y.",
             facts: [Expect(metric: "people.foreigners", value: "71200000", yoy: "78.3")]),
        Case(text: "We lift our FY26E visa-free entries to 31mn on the wider waiver list.", facts: [], period: "2025-H1"),
        Case(text: "Raising FY2025F foreign crossings; 1H25 foreigners 38.1mn (+30.2% y/y).",
             facts: [Expect(metric: "people.foreigners", value: "38100000", yoy: "30.2", period: "2025-H1")], period: "2025-H1"),
    ]

    @Test(arguments: fiscalYearCodes)
    func fiscalYearCodesNameTheirYear(_ c: Case) throws { try c.check() }

    @Test func fiscalYearCodesNeedTheirShape() {
        for text in ["FY245", "AFY24", "FY24x", "FY2"] {
            let s = Array(text.unicodeScalars)
            #expect(Tokenizer.fiscalYearCode(s, text.hasPrefix("A") ? 1 : 0, 0..<s.count) == nil, "\(text)")
        }
        let s = Array("FY25E".unicodeScalars)
        #expect(Tokenizer.fiscalYearCode(s, 0, 0..<s.count).map { "\($0.0) \($0.1 != nil)" } == "2025 true")
    }

    // MARK: "Of the 412 million, …": a whole stated before, restated as the frame of its parts
    // (a whole stated there first is read: OfficialChannelWordingTests.wholeLeads)

    static let wholeReferences: [Case] = [
        Case(text: "Border crossings hit 412 million. Out of the 412 million, 211.6 million were made by mainland residents and 40.3 million by foreign nationals.",
             facts: [Expect(metric: "people.total", value: "412000000"), Expect(metric: "people.mainland", value: "211600000"),
                     Expect(metric: "people.foreigners", value: "40300000")]),
        Case(text: "Officers inspected 412 million crossings in the year. Of the 412 million crossings, 40.3 million were made by foreign nationals.",
             facts: [Expect(metric: "people.total", value: "412000000"), Expect(metric: "people.foreigners", value: "40300000")]),
    ]

    @Test(arguments: wholeReferences)
    func aRestatedWholeIsNoFigure(_ c: Case) throws { try c.check() }

    // MARK: Deaths of others than officers are no line-of-duty deaths

    static let othersDeaths: [Case] = [
        Case(text: "At least 12 asylum seekers and migrants died in the mountains during the year.", facts: []),
        Case(text: "Some 30 passengers died when the ferry capsized, the coastguard said.", facts: []),
        Case(text: "Eleven police officers died in the line of duty in the year.",
             facts: [Expect(metric: "personnel.deaths", value: "11")]),
    ]

    @Test(arguments: othersDeaths)
    func othersDeathsAreNoOfficers(_ c: Case) throws { try c.check() }

    // MARK: An appendix table's title ("Table C3. …"), long or not, gives its unit in brackets ("(thousands)")

    static let appendixTitles: [Case] = [
        Case(text: "Table B2. Foreign nationals inspected at the country's ports of entry and exit, by year of crossing (millions)\n\nSeries                     2022       2023\n------------------------------------------\nForeign nationals        4.1     12.5\n",
             facts: [Expect(metric: "people.foreigners", value: "4100000", period: "2022"),
                     Expect(metric: "people.foreigners", value: "12500000", period: "2023")], period: "2023"),
        Case(text: "Table C3. Passports issued to citizens for private travel, every year of the series, all ports (thousands)\n\nSeries                     2022       2023\n------------------------------------------\nOrdinary passports issued      5,730     17,520\n",
             facts: [Expect(metric: "documents.passports", value: "5730000", period: "2022"),
                     Expect(metric: "documents.passports", value: "17520000", period: "2023")], period: "2023"),
    ]

    @Test(arguments: appendixTitles)
    func appendixTitlesScaleTheirRows(_ c: Case) throws { try c.check() }

    // MARK: A range instead of a value

    static let ranges: [(text: String, metric: String)] = [
        ("Analysts estimate that between 2.1 and 2.4 million foreigners entered visa-free in the year.", "people.visa_free_foreigners"),
        ("Between 3.5 million and 3.9 million foreign nationals crossed the border in the year.", "people.foreigners"),
        ("The hotline took between 5 and 6 million calls in the year.", "services.hotline_calls"),
    ]

    @Test(arguments: ranges)
    func rangeEndsAreNoValues(_ c: (text: String, metric: String)) throws {
        let facts = try extract(c.text).filter { $0.metric == c.metric }
        #expect(!facts.contains { $0.status == .reported }, "\(facts.map { "\($0.value) \($0.status)" })")
    }

    // MARK: Machine translation: verb first, a measure word after the figure

    static let verbFirst: [Case] = [
        Case(text: "Investigated foreigners who illegally entered, stayed or worked 5,400 people, repatriated 2,100 people.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "5400"), Expect(metric: "enforcement.deported", value: "2100")]),
        Case(text: "Investigated foreign nationals who illegally entered 7,300 persons.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "7300")]),
        Case(text: "Inspected entry and exit transportation tools 4.12 million vehicle (ship, plane) times, of which aircraft 81,000 sorties.",
             facts: [Expect(metric: "vehicles.total", value: "4120000"), Expect(metric: "vehicles.aircraft", value: "81000")]),
    ]

    // MARK: A verb after a later count in the clause is that count's

    static let laterCountsVerbs: [Case] = [
        Case(text: "In the year, 58,000 foreigners in the country illegally were investigated and 31,000 were repatriated.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "58000"), Expect(metric: "enforcement.deported", value: "31000")]),
        Case(text: "Some 72,500 foreign nationals staying illegally were investigated and 40,100 of them were deported.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "72500", qualifier: .approx), Expect(metric: "enforcement.deported", value: "40100")]),
        // Without a copula of its own the later count shares the words after it.
        Case(text: "Officials issued 2.4 million exit-entry permits and 5.1 million endorsements for mainland residents travelling to Hong Kong, Macao and Taiwan.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "2400000"), Expect(metric: "documents.mainland_hkmt_endorsements", value: "5100000")]),
    ]

    @Test(arguments: laterCountsVerbs)
    func aLaterCountsVerbIsItsOwn(_ c: Case) throws { try c.check() }

    @Test(arguments: verbFirst)
    func verbFirstObjectsRead(_ c: Case) throws { try c.check() }

    // MARK: "the month of December", "the whole year of 2024"

    static let namedStretches: [Case] = [
        Case(text: "In the single month of December, the national ports inspected entry and exit personnel 52.3 million person-times.",
             facts: [Expect(metric: "people.total", value: "52300000", period: "2024-12-01/2024-12-31")]),
        Case(text: "During the month of March, 48.0 million person-times were inspected.",
             facts: [Expect(metric: "people.total", value: "48000000", period: "2024-03-01/2024-03-31")]),
    ]

    // MARK: A part of the year after an event opener dates no figure

    static let eventParts: [Case] = [
        Case(text: "The NIA issued 4.4 million ordinary passports in the year, a sign that demand stays firm ahead of the summer holidays.",
             facts: [Expect(metric: "documents.passports", value: "4400000")]),
        Case(text: "Foreigners made 9.3 million trips, most of them before the second half.",
             facts: [Expect(metric: "people.foreigners", value: "9300000")]),
        // A part named plainly still dates its figure.
        Case(text: "Foreigners made 3.1 million trips in the summer holidays.",
             facts: [Expect(metric: "people.foreigners", value: "3100000", period: "2024-07-01/2024-08-31")]),
    ]

    @Test(arguments: eventParts)
    func eventPartsDateNoFigure(_ c: Case) throws { try c.check() }

    @Test(arguments: namedStretches)
    func namedStretchesDateTheirFigures(_ c: Case) throws { try c.check() }

    // MARK: A multiple of the year before's level is a change; of another level, none

    static let levelMultiples: [Case] = [
        Case(text: "Foreigners made 64.9 million crossings, 2.3 times the previous year's figure.",
             facts: [Expect(metric: "people.foreigners", value: "64900000", yoy: "130")]),
        Case(text: "Port visas came to 712,000, three times as many as a year earlier.",
             facts: [Expect(metric: "documents.port_visas", value: "712000", yoy: "200")]),
        Case(text: "Visas issued to foreigners: 3.3 million, 0.8 times the 2023 total.",
             facts: [Expect(metric: "documents.visas", value: "3300000", yoy: "-20")]),
        // Another year's level, or a multiple stated loosely, is no year-on-year change.
        Case(text: "Foreigners made 64.9 million crossings, 2.3 times the 2019 level.",
             facts: [Expect(metric: "people.foreigners", value: "64900000")]),
        Case(text: "Ordinary passports: 19.3 million, more than three times last year's.",
             facts: [Expect(metric: "documents.passports", value: "19300000")]),
        // The multiple is no count of its own.
        Case(text: "Foreigners made 3.5 times as many crossings as in 2023.", facts: []),
        Case(text: "外国人出入境6490万人次，是上年的2.3倍。",
             facts: [Expect(metric: "people.foreigners", value: "64900000", yoy: "130")], language: "zh"),
        Case(text: "签发普通护照1931万本，为去年同期的18倍。",
             facts: [Expect(metric: "documents.passports", value: "19310000", yoy: "1700")], language: "zh"),
        Case(text: "外国人出入境6490万人次，为2019年的1.1倍。",
             facts: [Expect(metric: "people.foreigners", value: "64900000")], language: "zh"),
    ]

    @Test(arguments: levelMultiples)
    func levelMultiplesAreChangesOnTheYearBefore(_ c: Case) throws { try c.check() }

    // MARK: The base a sentence compares with is the previous sentence's count, in the period it names

    static let comparedBases: [Case] = [
        Case(text: "Officers checked 31.4 million trips in the first quarter. That compares with 29.8 million trips in the first three months of last year.",
             facts: [Expect(metric: "people.total", value: "31400000", period: "2025-Q1"),
                     Expect(metric: "people.total", value: "29800000", period: "2024-Q1")], period: "2025-Q1"),
        Case(text: "Officers inspected 171.2 million inbound and outbound trips in the first half. That compared with 149.6 million a year earlier.",
             facts: [Expect(metric: "people.total", value: "171200000", period: "2025-H1"),
                     Expect(metric: "people.total", value: "149600000", period: "2024-H1")], period: "2025-H1"),
        Case(text: "Foreigners made 9.2 million trips in the first half. The figure compares with 4.4 million in the first half of 2023.",
             facts: [Expect(metric: "people.foreigners", value: "9200000", period: "2024-H1"),
                     Expect(metric: "people.foreigners", value: "4400000", period: "2023-H1")], period: "2024-H1"),
    ]

    @Test(arguments: comparedBases)
    func comparedBasesAreTheirPeriods(_ c: Case) throws { try c.check() }

    // MARK: What a figure's period refers back to

    static let referredPeriods: [Case] = [
        // "the quarter", in a release on the whole year, is the quarter named last.
        Case(text: "In the fourth quarter of 2024, authorities inspected 160 million travellers.\n\nDuring the quarter, 8.9 million conveyances were inspected.",
             facts: [Expect(metric: "people.total", value: "160000000", period: "2024-Q4"),
                     Expect(metric: "vehicles.total", value: "8900000", period: "2024-Q4")]),
        // A holiday past the edge of a release on January to September is the holiday's, never the nine months'.
        Case(text: "During the National Day holiday, foreign nationals made 620,000 trips.",
             facts: [Expect(metric: "people.foreigners", value: "620000", period: "2024-09-29/2024-10-08")],
             period: "2024-01-01/2024-09-30"),
        // A part of the year named after a Chinese figure, inside its clause, is no period of it.
        Case(text: "2023年全年，全国移民管理机构共查验出入境人员4.24亿人次，为今年一季度工作打下了良好基础。",
             facts: [Expect(metric: "people.total", value: "424000000", period: "2023")], language: "zh", period: "2024-Q1"),
    ]

    @Test(arguments: referredPeriods)
    func referredPeriodsDateTheirFigures(_ c: Case) throws { try c.check() }

    /// A bracketed note in the prose right before a table gives its bare figures' scale; prose of a
    /// later paragraph ends it.
    @Test func aNoteBeforeATableGivesItsScale() throws {
        let text = """
        The main series are summarised below (trips in millions; YoY as reported).

        | Series | 2023 | 2024 |
        |---|---:|---:|
        | People inspected | 424.0 | 610.0 |
        | Mainland residents | 205.6 | 291.0 |

        Passports issued | 23.3
        """
        let facts = try extract(text).filter { $0.metric != nil }
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 610_000_000 && $0.period.description == "2024" })
        #expect(facts.contains { $0.metric == "people.mainland" && $0.value == 205_600_000 && $0.period.description == "2023" })
        #expect(!facts.contains { $0.value == 23_300_000 })
    }

    @Test func theWholeYearOfAYearIsThatYear() throws {
        let facts = try extract("The spokesperson also said, the whole year of 2023 the institutions inspected entry and exit personnel 0.424 billion person-times.",
                                period: "2023-Q4").filter { $0.metric != nil }
        #expect(facts.map { "\($0.metric!) \($0.value) \($0.period)" } == ["people.total 424000000 2023"])
    }
}
