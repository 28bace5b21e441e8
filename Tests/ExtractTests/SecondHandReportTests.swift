import BriefingCore
import Testing
@testable import Extract

/// Releases retold by others: written answers, consular news, word-for-word translations. Changes
/// named in other words than their counts, counts sharing one noun, months given "respectively",
/// bases that date nothing. Every text is invented.
struct SecondHandReportTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let lists: [Case] = [
        // A subject written in other words than the count's names it through its metric.
        Case(text: "Of these, 61.2 million trips were made by mainland residents, 52.4 million by residents of Hong Kong, Macao and Taiwan and 8.3 million by foreign nationals. Trips by mainland residents rose by 84.1% and those by Hong Kong, Macao and Taiwan residents by 120.6%, while trips by foreign nationals doubled compared with the first half of 2022.",
             facts: [Expect(metric: "people.mainland", value: "61200000", yoy: "84.1", period: "2023-H1"),
                     Expect(metric: "people.hkmt", value: "52400000", yoy: "120.6", period: "2023-H1"),
                     Expect(metric: "people.foreigners", value: "8300000", yoy: "100", period: "2023-H1")], period: "2023-H1"),
        // "and the second quarter for …": a clause of another part of the year counts the same thing.
        Case(text: "The first quarter accounted for 61.5 million trips and the second quarter for 70.2 million.",
             facts: [Expect(metric: "people.total", value: "61500000", period: "2023-Q1"),
                     Expect(metric: "people.total", value: "70200000", period: "2023-Q2")], period: "2023-H1"),
        // Months listed with "respectively": each count its month, the noun after the last count everyone's.
        Case(text: "In July, August and September, border officers inspected 40.2 million, 44.7 million and 39.9 million crossings respectively.",
             facts: [Expect(metric: "people.total", value: "40200000", period: "2024-07-01/2024-07-31"),
                     Expect(metric: "people.total", value: "44700000", period: "2024-08-01/2024-08-31"),
                     Expect(metric: "people.total", value: "39900000", period: "2024-09-01/2024-09-30")],
             period: "2024-01-01/2024-09-30"),
        // References to the same part of the year before and to the quarter before, paired with counts.
        Case(text: "In the second quarter, 151.3 million crossings were inspected. In the same period last year and the previous quarter, the figures were 120.8 million and 139.6 million respectively.",
             facts: [Expect(metric: "people.total", value: "151300000", period: "2025-Q2"),
                     Expect(metric: "people.total", value: "120800000", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "139600000", period: "2025-Q1")], period: "2025-Q2"),
        Case(text: "2025年二季度，全国移民管理机构共查验出入境人员1.51亿人次。上季度和去年同期，这一数字分别为1.40亿人次和1.21亿人次。",
             facts: [Expect(metric: "people.total", value: "151000000", period: "2025-Q2"),
                     Expect(metric: "people.total", value: "140000000", period: "2025-Q1"),
                     Expect(metric: "people.total", value: "121000000", period: "2024-Q2")], language: "zh", period: "2025-Q2"),
        // A listed part's count that names its own subject counts that, not the list's.
        Case(text: "Foreigners made 4.1 million crossings in the first quarter, and passports numbered 5.2 million in the second quarter.",
             facts: [Expect(metric: "people.foreigners", value: "4100000", period: "2023-Q1")], period: "2023-H1"),
        // Two clauses are no list: a daily average keeps no noun of the count after it.
        Case(text: "Over the Dragon Boat Festival holiday (June 10-12), average daily crossings reached 1.9 million, and 5.7 million crossings were inspected over the three days.",
             facts: [Expect(metric: "people.total", value: "5700000", period: "2024-06-10/2024-06-12")], period: "2024-H1"),
    ]

    @Test(arguments: lists)
    func listsAndNamedChangesAreRead(_ c: Case) throws { try c.check() }

    static let bases: [Case] = [
        // "on the same holiday last year" is the change's base; the carried holiday dates the count.
        Case(text: "The Mid-Autumn holiday ran from 15 to 17 September. The NIA said 5.9 million people crossed the border during the three days, and that crossings by foreigners were up 32.5% on the same holiday last year.",
             facts: [Expect(metric: "people.total", value: "5900000", period: "2024-09-15/2024-09-17")],
             period: "2024-01-01/2024-09-30"),
        // A word-for-word translation: "2019 year is …", "… more than," at a clause's end, "is N times of last year".
        Case(text: "2020 year inspected entry and exit personnel total 256 million person-times, 2019 year is 670 million person-times.",
             facts: [Expect(metric: "people.total", value: "256000000", period: "2020"), Expect(metric: "people.total", value: "670000000", period: "2019")],
             period: "2020"),
        Case(text: "Throughout the year investigated border management criminal case 38,000 more than, is 1.5 times of last year.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "38000", yoy: "50", qualifier: .atLeast, period: "2020")], period: "2020"),
        // Not at a clause's end, "more than" compares: a difference, no count.
        Case(text: "Border police cracked 38,000 criminal cases in 2020, 2,000 more than in 2019.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "38000", period: "2020")], period: "2020"),
    ]

    /// The year so far up to a month ("Through September"), a part of the year named by rank ("the
    /// busiest quarter"), one direction of travel ("outbound trips"): none is the year's figure.
    static let partsOfTheYear: [Case] = [
        Case(text: "Through August, officers had inspected 455.2 million crossings.",
             facts: [Expect(metric: "people.total", value: "455200000", period: "2025-01-01/2025-08-31")], period: "2025"),
        Case(text: "By the end of June 2025, 280.1 million crossings had been inspected.",
             facts: [Expect(metric: "people.total", value: "280100000", period: "2025-H1")], period: "2025"),
        Case(text: "From July through September, 186.4 million crossings were inspected.",
             facts: [Expect(metric: "people.total", value: "186400000", period: "2025-Q3")], period: "2025"),
        Case(text: "Outbound trips made by mainland residents reached 131 million, up 6.2%.", facts: [], absent: ["people.mainland"], period: "2025"),
        Case(text: "Inbound and outbound trips made by mainland residents reached 301 million, up 6.2%.",
             facts: [Expect(metric: "people.mainland", value: "301000000", yoy: "6.2", period: "2025")], period: "2025"),
    ]

    @Test(arguments: partsOfTheYear)
    func partsOfTheYearAreNotTheYear(_ c: Case) throws { try c.check() }

    /// "The busiest quarter was the third, with 22.9 million": the rank names no quarter the
    /// reader knows, but the figure is a stretch inside the year, never the year's.
    /// A part named by its rank's ordinal ("was the third, with …") is that part.
    @Test func partsNamedByOrdinalAfterARank() throws {
        try Case(text: "The strongest quarter was the second, with 19.8 million foreign crossings, followed by the third with 19.1 million.",
                 facts: [Expect(metric: "people.foreigners", value: "19800000", period: "2025-Q2"),
                         Expect(metric: "people.foreigners", value: "19100000", period: "2025-Q3")], period: "2025").check()
    }

    @Test(arguments: ["The busiest quarter was the third, with 21.3 million foreign crossings.",
                      "The busiest month was August, with 8.4 million foreign crossings."])
    func aFigureOfTheBusiestPartIsNoAnnualOne(_ text: String) throws {
        let facts = try extract(text, period: "2025", released: "2026-01-20")
        let f = try #require(facts.first { $0.metric == "people.foreigners" })
        #expect(f.period != Period(year: 2025))
        #expect(f.period.span.start >= "2025-01-01" && f.period.span.end <= "2025-12-31")
    }

    @Test(arguments: bases)
    func basesAndLiteralFormsAreRead(_ c: Case) throws { try c.check() }

    static let bodies: [Case] = [
        // A municipality's ports are a place; the next sentence naming the NIA is national again.
        Case(text: "Guangzhou remains the southern gateway. Ports in the municipality handled 3.4 million crossings by foreign nationals in the period. The NIA's 12367 hotline received 4.1 million calls in the period.",
             facts: [Expect(metric: "services.hotline_calls", value: "4100000", period: "2024-H1")], period: "2024-H1"),
        // An embassy's visas are not the administration's.
        Case(text: "The consular section of one embassy said it had issued 41,200 visas in the first half of the year.", facts: [], period: "2024-H1"),
    ]

    @Test(arguments: bodies)
    func placesAndBodiesAreTold(_ c: Case) throws { try c.check() }

    /// In another body's turn, a paragraph that cites the administration reports its figures, also
    /// in the sentences after the citation.
    @Test func aCitationInAnotherBodysTurnHoldsForItsParagraph() throws {
        let text = """
        Question for Home Office

        Answered on 20 July 2023 by the Minister for Immigration:

        The Home Office does not collect such data.

        In its release of 14 July 2023, the NIA stated that immigration authorities investigated 18,300 criminal cases of obstructing border management. They dismantled 640 criminal gangs and captured 190 fugitive "snakeheads".
        """
        try Case(text: text, facts: [Expect(metric: "enforcement.criminal_cases", value: "18300", period: "2023-H1"),
                                     Expect(metric: "enforcement.gangs", value: "640", period: "2023-H1"),
                                     Expect(metric: "enforcement.fugitives", value: "190", period: "2023-H1")], period: "2023-H1").check()
    }
}
