import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Machine translations of Chinese quarterly and half-year releases ("2.9 100 million", "same
/// ratio", 亿 rendered "billion", Chinese names left in the English) and short-form writing that
/// refers back to figures ("这一数字", "after … in the first half"). Every text is invented.
struct MachineTranslationAndShortFormTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: One scale word mistranslated in several parts of a sum

    /// Two parts "billion" (亿 read as billion) under a total they would exceed: the parts, divided
    /// by ten together, make the sum hold, so they are doubtful and the total stands.
    @Test func partsInflatedTogetherAreFlaggedNotTheTotal() throws {
        let facts = try extract("""
            In the first half of the year, the national immigration organs inspected entry and exit personnel 3.05 100 million person-times. \
            Among them, mainland residents 1.51 billion person-times, Hong Kong, Macao and Taiwan residents 1.33 billion person-times, \
            foreigners 2105.6 ten thousand person-times.
            """, period: "2024-H1").filter { $0.metric != nil }
        func status(_ m: String) -> FactStatus? { facts.first { $0.metric == m }?.status }
        #expect(status("people.total") == .reported)
        #expect(status("people.foreigners") == .reported)
        #expect(status("people.mainland") == .flagged)
        #expect(status("people.hkmt") == .flagged)
    }

    static let jointSums: [(members: [Decimal?], finding: Checks.SumFinding)] = [
        // Two parts a tenfold too big: only they fit.
        ([305, 1510, 1330, 21], .jointSlip(members: [1, 2], shift: "tenfold")),
        // Parts short of their total: the total is the likelier slip, no joint slip is read.
        ([2424, 204, 185, 35.5], .consistent),
        // Parts over the total that no set of them divided makes add up: the single slips that
        // would remove the excess name the suspects, as before.
        ([300, 260, 90, 70], .broken(suspects: [0, 1], shifted: true)),
    ]

    @Test(arguments: jointSums.indices)
    func jointSlipNeedsPartsOverTheTotal(_ i: Int) {
        let c = Self.jointSums[i]
        #expect(Checks.checkSum(c.members, tolerance: Checks.tolerance) == c.finding)
    }

    // MARK: A quarter's figure against the yearly most (maxPerYear)

    @Test func aQuartersFigureIsHeldToAQuarterOfTheYearlyMost() throws {
        let quarter = try metricFacts("In the second quarter, immigration organs inspected 1.47 billion person-times of entry and exit personnel.",
                                      period: "2024-Q2")
        #expect(quarter.first { $0.metric == "people.total" }?.status == .flagged)
        let year = try metricFacts("In 2024, immigration organs inspected 1.47 billion person-times of entry and exit personnel.")
        #expect(year.first { $0.metric == "people.total" }?.status == .reported)
    }

    // MARK: Periods written word for word

    static let periods: [Case] = [
        // 在一季度1.41亿人次的基础上: the part of the year right before the figure dates it.
        Case(text: "Second quarter single quarter, the organs inspected entry and exit personnel 1.6 100 million person-times, "
                 + "on the basis of the first quarter 1.41 100 million person-times continued to grow.",
             facts: [Expect(metric: "people.total", value: "160000000", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "141000000", period: "2024-Q1")], period: "2024-H1"),
        Case(text: "The third quarter checked entry and exit personnel 1.7 100 million person-times; together with the first half of the year "
                 + "2.94 100 million person-times, the first three quarters accumulated 4.64 100 million person-times.",
             facts: [Expect(metric: "people.total", value: "170000000", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "294000000", period: "2024-H1"),
                     Expect(metric: "people.total", value: "464000000", period: "2024-01-01/2024-09-30")], period: "2024-Q3"),
        // 恢复至2019年同期的87.2%: "the 2019 same period" is a base, not the figures' year.
        Case(text: "First half of the year, the organs inspected entry and exit personnel 2.9 100 million person-times, same ratio increased 40.1%, "
                 + "restored to the 2019 same period 87.2%.",
             facts: [Expect(metric: "people.total", value: "290000000", yoy: "40.1", period: "2024-H1")], period: "2024-H1"),
        // "after X in the first half": an earlier part's figure compared with counts what the count before it counts.
        Case(text: "In the first nine months, officers inspected 412.6 million people, after 268.3 million in the first half.",
             facts: [Expect(metric: "people.total", value: "412600000", period: "2024-01-01/2024-09-30"),
                     Expect(metric: "people.total", value: "268300000", period: "2024-H1")], period: "2024-01-01/2024-09-30"),
    ]

    @Test(arguments: periods)
    func periodsWrittenWordForWord(_ c: Case) throws { try c.check() }

    // MARK: Words left as the Chinese had them

    static let wordForWord: [Case] = [
        // 2600余名: "remaining" after the figure, the noun closing the clause.
        Case(text: "The agencies arrested 2600 remaining criminal suspects, and destroyed 88 criminal gangs.",
             facts: [Expect(metric: "enforcement.suspects", value: "2600", qualifier: .atLeast),
                     Expect(metric: "enforcement.gangs", value: "88")]),
        Case(text: "Of which, mainland residents 8123.5 ten thousand person-times, 港澳台居民5214.2万人次, foreigners 1502.3 ten thousand person-times.",
             facts: [Expect(metric: "people.mainland", value: "81235000", period: "2024-Q2"),
                     Expect(metric: "people.hkmt", value: "52142000", period: "2024-Q2"),
                     Expect(metric: "people.foreigners", value: "15023000", period: "2024-Q2")], period: "2024-Q2"),
        Case(text: "Issued mainland residents 往来港澳通行证 1733.8 ten thousand pieces, endorsements 4120.6 ten thousand pieces times.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "17338000", period: "2024-Q2"),
                     Expect(metric: "documents.mainland_hkmt_endorsements", value: "41206000", period: "2024-Q2")], period: "2024-Q2"),
        // 查处 as "investigated and dealt with": two participles joined between subject and verb.
        Case(text: "The \"three illegal\" foreigners investigated and dealt with were 23,500.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "23500")]),
        // A spoken "just under" rounds, as "about" does.
        Case(text: "Just under 31.6 million ordinary passports were issued in the year.",
             facts: [Expect(metric: "documents.passports", value: "31600000", qualifier: .approx)]),
        // 12367服务平台受理咨询求助…万人次: calls, whatever the measure word.
        Case(text: "The 12367 service platform accepted consultation and help 402.7 ten thousand person-times.",
             facts: [Expect(metric: "services.hotline_calls", value: "4027000", period: "2024-Q2")], period: "2024-Q2"),
    ]

    @Test(arguments: wordForWord)
    func wordsLeftAsTheChineseHadThem(_ c: Case) throws { try c.check() }

    // MARK: A part phrase right after a figure

    static let partsAfterFigures: [Case] = [
        // "of them" then the agent marker: the subject follows the marker.
        Case(text: "In 2024 the country logged 611 million crossings, 64.9 million of them by foreign nationals.",
             facts: [Expect(metric: "people.total", value: "611000000"), Expect(metric: "people.foreigners", value: "64900000")]),
        Case(text: "Officers checked 611 million entries and exits. 298 million of these crossings were made by mainland residents.",
             facts: [Expect(metric: "people.total", value: "611000000"), Expect(metric: "people.mainland", value: "298000000")]),
        // A year-in-numbers list: "— of which were …" after the figure.
        Case(text: "- **31.2 million** — conveyances inspected at ports of entry, up 12.4%.\n- **702,000** — of which were aircraft, a record.",
             facts: [Expect(metric: "vehicles.total", value: "31200000", yoy: "12.4"), Expect(metric: "vehicles.aircraft", value: "702000")]),
    ]

    @Test(arguments: partsAfterFigures)
    func partPhrasesAfterAFigure(_ c: Case) throws { try c.check() }

    // MARK: A reference back after a list of parts

    /// 这一数字 after a list of parts: a figure of the year before near the total, many times the
    /// part counted last, is the total's.
    @Test func aReferenceAfterPartsNearTheTotalIsTheTotals() throws {
        let c = Case(text: "2024年二季度，全国移民管理机构共查验出入境人员1.52亿人次，同比上升11.3%。其中，内地居民7610万人次、港澳台居民6120万人次、"
                         + "外国人1470万人次。去年同期，这一数字为1.37亿人次。",
                     facts: [Expect(metric: "people.total", value: "152000000", yoy: "11.3", period: "2024-Q2"),
                             Expect(metric: "people.mainland", value: "76100000", period: "2024-Q2"),
                             Expect(metric: "people.hkmt", value: "61200000", period: "2024-Q2"),
                             Expect(metric: "people.foreigners", value: "14700000", period: "2024-Q2"),
                             Expect(metric: "people.total", value: "137000000", period: "2023-Q2")],
                     language: "zh", period: "2024-Q2")
        try c.check()
    }
}
