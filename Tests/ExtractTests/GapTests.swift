import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Wordings the extractor once missed: changes listed in the sentence after their figures,
/// table headings that name the rows' subject, dash-table labels, digits split by spaces, a
/// period between the noun and its figure, and Chinese vague or spelled-out numbers. Every text
/// is invented; each case is a wording, not a sentence to recognise.
struct GapTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: 1. "respectively" in the sentence after the list

    static let changesInTheNextSentence: [Case] = [
        Case(text: "Immigration officers inspected 610 million people, up 43.9% year on year. Of these, mainland residents made 291 million trips, Hong Kong, Macao and Taiwan residents 254 million, and foreigners 64.88 million. These rose by 41.3%, 38.8% and 82.9% respectively.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.mainland", value: "291000000", yoy: "41.3"),
                     Expect(metric: "people.hkmt", value: "254000000", yoy: "38.8"),
                     Expect(metric: "people.foreigners", value: "64880000", yoy: "82.9")]),
        Case(text: "Among the inbound and outbound travellers, 180 million were mainland residents, 150 million Hong Kong, Macao and Taiwan residents and 40 million foreigners. The three figures were up 12.5%, 9.8% and 60.2% year on year respectively.",
             facts: [Expect(metric: "people.mainland", value: "180000000", yoy: "12.5"),
                     Expect(metric: "people.hkmt", value: "150000000", yoy: "9.8"),
                     Expect(metric: "people.foreigners", value: "40000000", yoy: "60.2")]),
        Case(text: "Border inspection covered 701,000 aircraft, 95,000 trains and 288,000 ships. This represented increases of 7.7%, 3.1% and 1.9%, respectively.",
             facts: [Expect(metric: "vehicles.aircraft", value: "701000", yoy: "7.7"),
                     Expect(metric: "vehicles.trains", value: "95000", yoy: "3.1"),
                     Expect(metric: "vehicles.ships", value: "288000", yoy: "1.9")]),
        Case(text: "The authorities issued 18.4 million ordinary passports and 3.2 million port visas. They fell by 4.2% and 6.5% respectively.",
             facts: [Expect(metric: "documents.passports", value: "18400000", yoy: "-4.2"),
                     Expect(metric: "documents.port_visas", value: "3200000", yoy: "-6.5")]),
        Case(text: "其中，内地居民2.9亿人次，港澳台居民2.5亿人次，外国人6488.2万人次。同比分别上升41.3%、38.8%、82.9%。",
             facts: [Expect(metric: "people.mainland", value: "290000000", yoy: "41.3"),
                     Expect(metric: "people.hkmt", value: "250000000", yoy: "38.8"),
                     Expect(metric: "people.foreigners", value: "64882000", yoy: "82.9")], language: "zh"),
        // Counts that differ bind nothing: three changes, two figures.
        Case(text: "Of these, mainland residents made 291 million trips and foreigners 64.88 million. These rose by 41.3%, 38.8% and 82.9% respectively.",
             facts: [Expect(metric: "people.mainland", value: "291000000"), Expect(metric: "people.foreigners", value: "64880000")]),
        // Figures that already carry their change are not the list of the next sentence's changes.
        Case(text: "Officers inspected 612,000 aircraft, up 9.1%, and 88,000 trains, up 4.4%. Visa applications rose by 12% and 15% respectively.",
             facts: [Expect(metric: "vehicles.aircraft", value: "612000", yoy: "9.1"), Expect(metric: "vehicles.trains", value: "88000", yoy: "4.4")]),
        // A sentence with figures of its own keeps its changes: they never reach back.
        Case(text: "Officers inspected 612,000 aircraft and 88,000 trains. The 12367 hotline answered 6.5 million calls, up 12% and 4% respectively.",
             facts: [Expect(metric: "vehicles.aircraft", value: "612000"), Expect(metric: "vehicles.trains", value: "88000"),
                     Expect(metric: "services.hotline_calls", value: "6500000")]),
    ]

    @Test(arguments: changesInTheNextSentence)
    func changesBindToThePreviousSentencesList(_ c: Case) throws { try c.check() }

    // MARK: 2. Table headings carried to their rows

    static let headedTables: [Case] = [
        Case(text: "Border inspections (person-trips)\nMainland residents: 291 million\nHong Kong, Macao and Taiwan residents: 254 million\nForeigners: 64.88 million",
             facts: [Expect(metric: "people.mainland", value: "291000000"), Expect(metric: "people.hkmt", value: "254000000"),
                     Expect(metric: "people.foreigners", value: "64880000")]),
        Case(text: "Conveyances inspected:\nAircraft .... 612,000 (+9.1%)\nTrains .... 88,000 (+4.4%)\nShips .... 301,000 (-2.0%)",
             facts: [Expect(metric: "vehicles.aircraft", value: "612000", yoy: "9.1"), Expect(metric: "vehicles.trains", value: "88000", yoy: "4.4"),
                     Expect(metric: "vehicles.ships", value: "301000", yoy: "-2.0")]),
        Case(text: "Cross-border travel in 2024\n| Group | Trips | Change |\n|---|---|---|\n| Mainland residents | 291 million | +41.3% |\n| Foreigners | 64.88 million | +82.9% |",
             facts: [Expect(metric: "people.mainland", value: "291000000", yoy: "41.3"),
                     Expect(metric: "people.foreigners", value: "64880000", yoy: "82.9")]),
        Case(text: "出入境人员（人次）\n内地居民：2.9亿\n港澳台居民：2.5亿\n外国人：6488.2万",
             facts: [Expect(metric: "people.mainland", value: "290000000"), Expect(metric: "people.hkmt", value: "250000000"),
                     Expect(metric: "people.foreigners", value: "64882000")], language: "zh"),
        // A documents heading: its rows are documents, never people crossing.
        Case(text: "Documents issued\nMainland residents: 20.1 million\nForeigners: 1.9 million",
             facts: [], absent: ["people.mainland", "people.foreigners", "people.total"]),
        Case(text: "签发出入境证件（本、张）\n内地居民：2100万\n外国人：190万",
             facts: [], absent: ["people.mainland", "people.foreigners", "people.total"], language: "zh"),
        // A heading reaches its rows only: prose ends the table.
        Case(text: "Border inspections (person-trips)\nMainland residents: 291 million\nThe administration thanked the press for coming.\nForeigners: 1.9 million",
             facts: [Expect(metric: "people.mainland", value: "291000000")], absent: ["people.foreigners"]),
    ]

    @Test(arguments: headedTables)
    func headingsGiveTheirRowsContext(_ c: Case) throws { try c.check() }

    // MARK: 3. Dash-table labels: the measure word is context enough

    static let dashLabels: [Case] = [
        Case(text: "Hong Kong, Macao and Taiwan residents — 125.7 million person-trips", facts: [Expect(metric: "people.hkmt", value: "125700000")]),
        Case(text: "Hong Kong, Macao and Taiwan compatriots — 125.7 million person-trips", facts: [Expect(metric: "people.hkmt", value: "125700000")]),
        Case(text: "Residents of Hong Kong, Macao and Taiwan - 125.7 million person-time", facts: [Expect(metric: "people.hkmt", value: "125700000")]),
        Case(text: "Hong Kong, Macao and Taiwan residents — 125.7 million crossings", facts: [Expect(metric: "people.hkmt", value: "125700000")]),
        Case(text: "Hong Kong, Macao and Taiwan residents — 125.7mn person-trips", facts: [Expect(metric: "people.hkmt", value: "125700000")]),
        Case(text: "Mainland residents — 291 million person-times", facts: [Expect(metric: "people.mainland", value: "291000000")]),
        Case(text: "Foreign nationals – 64.88 million person-trips, up 82.9%", facts: [Expect(metric: "people.foreigners", value: "64880000", yoy: "82.9")]),
    ]

    @Test(arguments: dashLabels)
    func dashLabelWithMeasureWord(_ c: Case) throws { try c.check() }

    // MARK: 4. Digits split by spaces

    /// The value is a guess read with every separator dropped, as for any malformed figure.
    @Test(arguments: [
        ("5.9 3 2 ten thousand person-times", "59320000", "5.9 3 2 ten thousand"),
        ("1.2 3 million people", "123000000", "1.2 3 million"),
        ("6 4 8 8.2 ten thousand foreigners", "648820000", "6 4 8 8.2 ten thousand"),
        ("5.9 3 2万人次", "59320000", "5.9 3 2万人次"),
    ])
    func digitsSplitBySpacesAreOneDoubtfulFigure(_ text: String, _ value: String, _ written: String) throws {
        let language: Language = text.unicodeScalars.contains { $0.isHan } ? .zh : .en
        let figures = mentions(text, language: language).filter { $0.kind == .figure }
        #expect(figures.count == 1, "\(figures.map(\.value))")
        let m = try #require(figures.first)
        #expect(m.value == dec(value))
        #expect(m.doubt != nil)
    }

    @Test func splitDigitsAreFlaggedWithWhatWasWritten() throws {
        let facts = try extract("In 2024, foreign nationals made 5.9 3 2 ten thousand person-times of border crossings.")
        #expect(!facts.contains { [dec("5.9"), 3, 2, 20000, 59000].contains($0.value) }, "\(facts.map(\.value))")
        let f = try #require(facts.first { $0.metric == "people.foreigners" })
        #expect(f.status == .flagged)
        #expect(f.written == "5.9 3 2 ten thousand")
        #expect(f.note?.contains("split by spaces") == true)
    }

    /// In a garbled list the split figure keeps its place: the changes after it still bind in order.
    @Test func splitDigitsKeepTheirPlaceInAList() throws {
        let facts = try extract("Among which, mainland residents 6,110 ten thousand person-times, Hongkong Macao Taiwan residents 4.8 1 7 ten thousand person-times, foreigners 980 ten thousand person-times, rose respectively 30.1%, 22.4%, 95.0%.")
        let hkmt = try #require(facts.first { $0.metric == "people.hkmt" })
        #expect(hkmt.status == .flagged && hkmt.written == "4.8 1 7 ten thousand" && hkmt.yoyPct == dec("22.4"))
        #expect(facts.first { $0.metric == "people.mainland" }?.yoyPct == dec("30.1"))
        #expect(facts.first { $0.metric == "people.foreigners" }?.yoyPct == dec("95.0"))
        #expect(facts.filter { $0.unit != "percent" }.count == 3, "\(facts.map(\.value))")
    }

    /// Numbers that stand apart for a reason are read as they are.
    @Test(arguments: [
        ("On January 14 2025, the NIA said 610 million people crossed.", [dec("610000000")]),
        ("In 2024 3 new ports opened to 1.2 million travellers.", [3, dec("1200000")]),
        ("In 2024 3 million foreigners came.", [dec("3000000")]),
        ("inspected 1.41 100 million person-times", [dec("141000000")]),
    ])
    func spacedNumbersThatAreNotGarbles(_ text: String, _ values: [Decimal]) {
        #expect(mentions(text).filter { $0.kind == .figure }.map(\.value) == values)
    }

    // MARK: 5. A period between the noun and its figure

    static let periodBetween: [Case] = [
        Case(text: "Person-trips inspected in the second half came to 13.2 million.",
             facts: [Expect(metric: "people.total", value: "13200000", period: "2024-H2")]),
        Case(text: "On border management, the number of criminal cases in the first quarter stood at 1,020.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "1020", period: "2024-Q1")]),
        Case(text: "Ordinary passports issued in the first half of 2024 totalled 9.8 million.",
             facts: [Expect(metric: "documents.passports", value: "9800000", period: "2024-H1")]),
        Case(text: "Conveyances inspected in the fourth quarter numbered 2.4 million.",
             facts: [Expect(metric: "vehicles.total", value: "2400000", period: "2024-Q4")]),
        Case(text: "Inbound and outbound passengers during the Spring Festival holiday reached 2.1 million.",
             facts: [Expect(metric: "people.total", value: "2100000", period: "2024-01-20/2024-02-28")]),
        Case(text: "Foreigners inspected during the summer vacation numbered 7.4 million.",
             facts: [Expect(metric: "people.foreigners", value: "7400000", period: "2024-07-01/2024-08-31")]),
    ]

    @Test(arguments: periodBetween)
    func periodBetweenNounAndFigure(_ c: Case) throws {
        try c.check()
        // Whatever it is, it is never a figure of the release's year.
        #expect(try metricFacts(c.text).allSatisfy { !$0.period.isAnnual })
    }

    // MARK: 6. Chinese: 近万 is about ten thousand; 数万, 数十万, 上万 are no figure

    static let chineseAmounts: [Case] = [
        Case(text: "全年捣毁偷渡中转窝点近万个。", facts: [Expect(metric: "enforcement.transit_dens", value: "10000", qualifier: .approx)], language: "zh"),
        Case(text: "全国移民管理机构抓获犯罪嫌疑人近千名。", facts: [Expect(metric: "enforcement.suspects", value: "1000", qualifier: .approx)], language: "zh"),
        Case(text: "打掉偷渡犯罪团伙超千个。", facts: [Expect(metric: "enforcement.gangs", value: "1000", qualifier: .atLeast)], language: "zh"),
        Case(text: "全年抓获犯罪嫌疑人数万名。", facts: [], absent: ["enforcement.suspects"], language: "zh"),
        Case(text: "口岸查验出入境人员数十万人次。", facts: [], absent: ["people.total"], language: "zh"),
        Case(text: "捣毁中转窝点上万个。", facts: [], absent: ["enforcement.transit_dens"], language: "zh"),
        Case(text: "抓获犯罪嫌疑人几十万名。", facts: [], absent: ["enforcement.suspects"], language: "zh"),
        Case(text: "抓获犯罪嫌疑人十几万名。", facts: [], absent: ["enforcement.suspects"], language: "zh"),
    ]

    @Test(arguments: chineseAmounts)
    func chineseNearlyAndVagueAmounts(_ c: Case) throws {
        try c.check()
        // A vague amount is no figure at all, matched or not.
        if c.facts.isEmpty { #expect(try extract(c.text, language: c.language).isEmpty) }
    }

    /// 数 ends words too (人数, 总数): before digits it makes nothing vague.
    @Test(arguments: [("全年出入境人数5.8亿人次", "580000000"), ("旅客总数1.2万人", "12000"), ("签发证件件数10几万件", nil)])
    func vagueMarksLeaveWordsAlone(_ text: String, _ value: String?) {
        #expect(mentions(text, language: .zh).filter { $0.kind == .figure }.map(\.value) == (value.map { [dec($0)] } ?? []))
    }

    // MARK: 7. Years in Chinese numerals scope their sentence

    static let chineseYears: [Case] = [
        Case(text: "二〇二三年，全国移民管理机构查验出入境人员4.24亿人次。",
             facts: [Expect(metric: "people.total", value: "424000000", period: "2023")], language: "zh"),
        Case(text: "二零二三年一季度，全国移民管理机构查验出入境人员1.41亿人次。",
             facts: [Expect(metric: "people.total", value: "141000000", period: "2023-Q1")], language: "zh"),
        Case(text: "二〇二三年上半年，签发普通护照1065.2万本。",
             facts: [Expect(metric: "documents.passports", value: "10652000", period: "2023-H1")], language: "zh"),
        // A circle typed for 〇, as newspapers do.
        Case(text: "二○二一年，全国共签发普通护照335.6万本。",
             facts: [Expect(metric: "documents.passports", value: "3356000", period: "2021")], language: "zh", period: "2022"),
        // An earlier year's whole-year figure in a clause after the count: that year's.
        Case(text: "全年查验出入境人员2.31亿人次，而二○一九年全年为5.8亿人次。",
             facts: [Expect(metric: "people.total", value: "231000000", period: "2021"), Expect(metric: "people.total", value: "580000000", period: "2019")],
             language: "zh", period: "2021"),
    ]

    @Test(arguments: chineseYears)
    func chineseNumeralYears(_ c: Case) throws {
        try c.check()
        // The quote keeps the year as written.
        #expect(try extract(c.text, language: c.language).allSatisfy { $0.quote == c.text })
    }
}
