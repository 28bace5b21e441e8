import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Wordings of English texts from official channels and state media: a counter followed by "of"
/// ("person-times of … means of transport"), a lead naming the whole ("Of the visa-free entries,
/// …"), bases "in the same quarter of last year" and "N times the …", "key numbers" boxes with the
/// caption under each figure. Every text is invented.
struct OfficialChannelWordingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: "N person-times of X": the noun after "of" names what is counted

    static let countersOf: [Case] = [
        Case(text: "Officers checked 3.3 million person-times of inbound and outbound vehicles in the quarter.",
             facts: [Expect(metric: "vehicles.total", value: "3300000", period: "2024-Q2")], period: "2024-Q2"),
        Case(text: "Border police inspected 12.6 million person-times of incoming and outgoing means of transport.",
             facts: [Expect(metric: "vehicles.total", value: "12600000")]),
        Case(text: "Border police inspected 45.2 million person-times of inbound and outbound personnel.",
             facts: [Expect(metric: "people.total", value: "45200000")]),
    ]

    @Test(arguments: countersOf)
    func theNounAfterOfNamesTheCount(_ c: Case) throws { try c.check() }

    // MARK: "Of the X, N …": the whole's exclusions rule out its parts

    static let wholeLeads: [Case] = [
        Case(text: "Of the visa-free arrivals in the half, 1.9 million person-times came under the 144-hour transit policy, up 12.0%.",
             facts: [], absent: ["people.total"], period: "2024-H1"),
        Case(text: "Of the 512 million people inspected, 244 million were mainland residents.",
             facts: [Expect(metric: "people.total", value: "512000000"), Expect(metric: "people.mainland", value: "244000000")]),
    ]

    @Test(arguments: wholeLeads)
    func aWholeRulesOutWhatItsPartsCannotBe(_ c: Case) throws { try c.check() }

    // MARK: Bases of the same part of last year, and multiples

    static let bases: [Case] = [
        Case(text: "Foreign nationals made 5.4 million visa-free entries in the second quarter, up 28.6% compared with 4.2 million person-times in the same quarter of last year.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "5400000", yoy: "28.6", period: "2024-Q2"),
                     Expect(metric: "people.visa_free_foreigners", value: "4200000", period: "2023-Q2")], period: "2024-Q2"),
        Case(text: "Ordinary passports issued reached 15.2 million, 4.1 times the 3.7 million issued in 2022.",
             facts: [Expect(metric: "documents.passports", value: "15200000", yoy: "310", period: "2023"),
                     Expect(metric: "documents.passports", value: "3700000", period: "2022")], period: "2023"),
        Case(text: "Visa-free entries by foreigners reached 20.1 million person-times in the whole of 2023.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "20100000", period: "2023")], period: "2024-Q1"),
    ]

    @Test(arguments: bases)
    func basesAndEarlierYearsAreDated(_ c: Case) throws { try c.check() }

    // MARK: "Key numbers" boxes: the caption under a figure names it

    static let boxes: [Case] = [
        Case(text: "The quarter in brief.\n\nFIGURES OF THE QUARTER\n\n61.7 million\n\nCrossings by foreign nationals, up 40.2%\n\n2.9 million\n\nCalls answered by the 12367 hotline\n\n97.2%\n\nSatisfaction rate of hotline users",
             facts: [Expect(metric: "people.foreigners", value: "61700000", yoy: "40.2", period: "2024-Q3"),
                     Expect(metric: "services.hotline_calls", value: "2900000", period: "2024-Q3"),
                     Expect(metric: "services.hotline_satisfaction", value: "97.2", period: "2024-Q3")], period: "2024-Q3"),
        // A label above its figure is no caption: the figure is not read with the next label.
        Case(text: "Border figures for the year.\n\nMainland residents\n\n291 million\n\nForeigners\n\n64.9 million",
             facts: [], absent: ["people.foreigners"]),
    ]

    @Test(arguments: boxes)
    func aCaptionUnderAFigureNamesIt(_ c: Case) throws { try c.check() }

    // MARK: Subjects and periods of service and enforcement figures

    static let wordings: [Case] = [
        Case(text: "The 12367 hotline answered 2.2 million calls in the first six months, and the satisfaction rate of callers reached 97.9%.",
             facts: [Expect(metric: "services.hotline_calls", value: "2200000", period: "2024-H1"),
                     Expect(metric: "services.hotline_satisfaction", value: "97.9", period: "2024-H1")], period: "2024-H1"),
        // A start dated by its month alone says when the hotline began; the part named is the period.
        Case(text: "The 12367 hotline, launched in March, answered 2.2 million calls in the first six months.",
             facts: [Expect(metric: "services.hotline_calls", value: "2200000", period: "2024-H1")], period: "2024-H1"),
        Case(text: "Some 31,000 foreigners involved in illegal entry or overstaying were investigated.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "31000", qualifier: .approx)]),
    ]

    @Test(arguments: wordings)
    func serviceAndEnforcementWordings(_ c: Case) throws { try c.check() }

    // MARK: Press-conference turns

    /// A reporter's question quotes figures (wrongly, often): they are no statement of the release.
    /// A TV reporter's report (记者：…) asks nothing and is read; a speaker whom the list of speakers
    /// places in another body speaks for that body, also when the label runs over several lines.
    @Test func aReportersQuestionStatesNothing() throws {
        let text = """
        Speakers: Wang Lin, spokesperson, National Immigration Administration; Zhao Min, deputy director of the Anti-Smuggling Bureau, General Administration of Customs

        Wang Lin:
        Officers inspected 288 million travellers in the half-year, up 12.4%.

        Global Times:
        You said earlier that 3.2 million visa-free entries were made. Is that right?

        Wang Lin:
        It was 2.3 million visa-free entries by foreigners.

        Zhao Min:
        Customs seized 4.1 tonnes of drugs and cracked 3,880 smuggling cases worth 5.2 billion yuan.
        """
        let facts = try extract(text, period: "2025-H1").filter { $0.metric != nil && $0.status == .reported }
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 288_000_000 })
        #expect(!facts.contains { $0.value == 3_200_000 })
        #expect(facts.contains { $0.metric == "people.visa_free_foreigners" && $0.value == 2_300_000 })
        #expect(!facts.contains { $0.metric == "enforcement.drugs_tonnes" && $0.period.description == "2025-H1" })

        let tv = try extract("主持人：我们来连线记者。\n\n记者：好的。今年上半年，全国移民管理机构查验出入境人员2.88亿人次，同比上升12.4%。", period: "2025-H1", language: "zh")
        #expect(tv.contains { $0.metric == "people.total" && $0.value == 288_000_000 })

        let stacked = """
        NIA press conference on the first quarter

        Reporter of Economic Daily
        Please tell us about the customs' work?
        General Administration of Customs
        Anti-smuggling Bureau deputy director
        Sun Li
        In the first quarter, the national customs seized drugs 2.2 tons.
        """
        #expect(try !extract(stacked, period: "2025-Q1").contains { $0.metric == "enforcement.drugs_tonnes" && $0.status == .reported && $0.period.description == "2025-Q1" })
    }
}
