import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Wordings of the founding and pandemic years: totals since an inauguration beside the year's,
/// a window named in a sentence's later segment, changes whose verb is left out, a base year
/// after a change, parts of a count in its own sentence, a bracketed earlier year's value.
/// Every text is invented; each case is a wording, not a sentence to recognise.
struct FoundingYearsTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: 1. A total since an inauguration is no figure of the year

    static let sinceInauguration: [Case] = [
        Case(text: "Officers inspected 612 million travellers in 2024. Since the bureau was inaugurated on March 5, officers have inspected 480 million travellers.",
             facts: [Expect(metric: "people.total", value: "612000000"), Expect(metric: "people.total", value: "480000000", period: "2024-03-05/2025-01-14")]),
        Case(text: "Officers inspected 612 million travellers in 2024. Since its inauguration, the administration has inspected 1.9 billion travellers.",
             facts: [Expect(metric: "people.total", value: "612000000")]),
        Case(text: "Since the new agency was inaugurated, 31 million passports have been issued. Officers issued 18.4 million ordinary passports in 2024.",
             facts: [Expect(metric: "documents.passports", value: "18400000")]),
    ]

    @Test(arguments: sinceInauguration)
    func totalsSinceAnInaugurationAreNotTheYears(_ c: Case) throws { try c.check() }

    // MARK: 2. A window in a later segment does not carry

    static let windowInALaterSegment: [Case] = [
        Case(text: "Officers issued 18.4 million ordinary passports in the whole year; of these, 12.1 million were issued since May 6. They also issued 3.1 million port visas.",
             facts: [Expect(metric: "documents.passports", value: "18400000"), Expect(metric: "documents.port_visas", value: "3100000")]),
        Case(text: "In 2024, police cracked 3,400 criminal cases of obstructing border management; 1,200 of them were cracked since September 1. Police also arrested 5,100 criminal suspects.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "3400"), Expect(metric: "enforcement.suspects", value: "5100")]),
    ]

    @Test(arguments: windowInALaterSegment)
    func aWindowOfALaterSegmentDoesNotCarry(_ c: Case) throws { try c.check() }

    // MARK: 3. A change whose verb is left out

    static let ellipticChanges: [Case] = [
        Case(text: "Officers inspected 702,000 aircraft, 91,000 trains and 310,000 ships. The number of aircraft rose by 6.2 percent and trains by 4.5 percent.",
             facts: [Expect(metric: "vehicles.aircraft", value: "702000", yoy: "6.2"), Expect(metric: "vehicles.trains", value: "91000", yoy: "4.5"),
                     Expect(metric: "vehicles.ships", value: "310000")]),
        Case(text: "Officers inspected 702,000 aircraft, 91,000 trains and 310,000 ships. Aircraft fell 3.1 percent, and ships 2.2 percent.",
             facts: [Expect(metric: "vehicles.aircraft", value: "702000", yoy: "-3.1"), Expect(metric: "vehicles.trains", value: "91000"),
                     Expect(metric: "vehicles.ships", value: "310000", yoy: "-2.2")]),
        Case(text: "Officers inspected 702,000 aircraft, 91,000 trains and 310,000 ships. Trains grew 7.7 percent and ships 1.4 percent, while aircraft declined by 0.5 percent.",
             facts: [Expect(metric: "vehicles.aircraft", value: "702000", yoy: "-0.5"), Expect(metric: "vehicles.trains", value: "91000", yoy: "7.7"),
                     Expect(metric: "vehicles.ships", value: "310000", yoy: "1.4")]),
    ]

    @Test(arguments: ellipticChanges)
    func aChangeWithoutItsVerbGoesTheWayOfTheOneBefore(_ c: Case) throws { try c.check() }

    // MARK: 4. A base year after a change is not the quarter's

    static let baseAfterAChange: [Case] = [
        Case(text: "In the third quarter, 41.2 million travellers were inspected, up 18.3 percent year on year from the low base of 2023.",
             facts: [Expect(metric: "people.total", value: "41200000", yoy: "18.3", period: "2024-Q3")]),
        Case(text: "In the second quarter, officers inspected 36.5 million travellers, up 22.0 percent on a weak base in 2023.",
             facts: [Expect(metric: "people.total", value: "36500000", yoy: "22", period: "2024-Q2")]),
    ]

    @Test(arguments: baseAfterAChange)
    func aBaseYearIsNotThePartsYear(_ c: Case) throws { try c.check() }

    // MARK: 5. A part of a count in its own sentence

    static let partsInTheSentence: [Case] = [
        Case(text: "A total of 210,000 visas and residence documents were issued to foreigners, including 41,500 visas for business travellers.",
             facts: [Expect(metric: "documents.visas", value: "210000")]),
        Case(text: "Officers issued 18.4 million ordinary passports, of which 2.3 million were issued online.",
             facts: [Expect(metric: "documents.passports", value: "18400000")]),
        Case(text: "Police arrested 5,100 criminal suspects, among them 640 criminal suspects wanted abroad.",
             facts: [Expect(metric: "enforcement.suspects", value: "5100")]),
    ]

    @Test(arguments: partsInTheSentence)
    func aPartOfACountIsNotItsTotal(_ c: Case) throws { try c.check() }

    // MARK: 6. A bracketed earlier year's value

    static let bracketedEarlierYear: [Case] = [
        Case(text: "全年共查验出入境人员6.1亿人次，同比增长4.2%（2023年为5.85亿人次）。",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "4.2"), Expect(metric: "people.total", value: "585000000", period: "2023")],
             language: "zh"),
        Case(text: "全年签发普通护照1,840万本，同比增长13.6%（2023年为1,620万本）。",
             facts: [Expect(metric: "documents.passports", value: "18400000", yoy: "13.6"), Expect(metric: "documents.passports", value: "16200000", period: "2023")],
             language: "zh"),
        Case(text: "全年侦办妨害国（边）境管理犯罪案件3.4万起，同比上升5.1%（2023年是3.2万起）。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "34000", yoy: "5.1"), Expect(metric: "enforcement.criminal_cases", value: "32000", period: "2023")],
             language: "zh"),
    ]

    @Test(arguments: bracketedEarlierYear)
    func aBracketedEarlierYearsValueIsThatYears(_ c: Case) throws { try c.check() }

    // MARK: 7. Words before a list of subjects rule out what the list names

    static let leadOfAList: [Case] = [
        Case(text: "The platform served entry and exit personnel; provided identity verification services for Hong Kong, Macao and Taiwan residents, overseas Chinese, foreigners 7.2 million times.",
             facts: [Expect(metric: "services.identity_verifications", value: "7200000")], absent: ["people.foreigners"]),
        Case(text: "For entry and exit personnel, the administration offered identity authentication for mainland residents, foreigners 5.1 million times, up 9.0%.",
             facts: [], absent: ["people.foreigners", "people.mainland"]),
    ]

    @Test(arguments: leadOfAList)
    func wordsBeforeAListRuleOutItsLastItem(_ c: Case) throws { try c.check() }

    // MARK: 8. Round figures and changes on the quarter before

    static let roundAndQuarterOnQuarter: [Case] = [
        Case(text: "In the first quarter, officers inspected a total of 150.2 million person-times of entry and exit personnel, a year-on-year increase of 8.4%, a decrease of 2.5% from the previous quarter.",
             facts: [Expect(metric: "people.total", value: "150200000", yoy: "8.4", period: "2024-Q1")]),
        Case(text: "In the third quarter, 160.4 million people crossed the border, up 6.1% on the preceding quarter and up 11.0% year on year.",
             facts: [Expect(metric: "people.total", value: "160400000", yoy: "11", period: "2024-Q3")]),
        Case(text: "Some 610 million inbound and outbound trips were inspected in 2024. Of those, about 290 million were mainland residents and around 250 million were people from Hong Kong, Macao and Taiwan.",
             facts: [Expect(metric: "people.total", value: "610000000", qualifier: .approx), Expect(metric: "people.mainland", value: "290000000", qualifier: .approx),
                     Expect(metric: "people.hkmt", value: "250000000", qualifier: .approx)]),
        Case(text: "Foreign nationals made north of 60 million crossings, up about 40 percent.",
             facts: [Expect(metric: "people.foreigners", value: "60000000", yoy: "40", qualifier: .atLeast)]),
    ]

    @Test(arguments: roundAndQuarterOnQuarter)
    func roundFiguresAndQuarterOnQuarterChanges(_ c: Case) throws { try c.check() }

    // MARK: 9. A wire story's figures of other years

    static let wireStoryYears: [Case] = [
        Case(text: "People crossed China's borders 98.4 million times in 2024, just 15% of the 650 million crossings recorded in 2019 before the pandemic.",
             facts: [Expect(metric: "people.total", value: "98400000"), Expect(metric: "people.total", value: "650000000", period: "2019")]),
        Case(text: "Travellers crossed the border 98.4 million times in 2024. The number was down 7.5% from 106.4 million in 2023.",
             facts: [Expect(metric: "people.total", value: "98400000", yoy: "-7.5"), Expect(metric: "people.total", value: "106400000", period: "2023")]),
        Case(text: "Officers inspected 98.4 million inbound and outbound travellers in 2024. The figure was up 4.1% from 94.5 million in 2023.",
             facts: [Expect(metric: "people.total", value: "98400000", yoy: "4.1"), Expect(metric: "people.total", value: "94500000", period: "2023")]),
    ]

    @Test(arguments: wireStoryYears)
    func aWireStorysOtherYears(_ c: Case) throws { try c.check() }

    // MARK: 10. The border defence forces before the administration

    static let borderDefenceForces: [Case] = [
        Case(text: "全年有9名公安边防官兵因公牺牲，187名负伤。",
             facts: [Expect(metric: "personnel.deaths", value: "9"), Expect(metric: "personnel.injured", value: "187")], language: "zh"),
        Case(text: "全年共有14名边防官兵在执勤中英勇牺牲。",
             facts: [Expect(metric: "personnel.deaths", value: "14")], language: "zh"),
        Case(text: "一年来，212名公安边防官兵在执行任务中负伤。",
             facts: [Expect(metric: "personnel.injured", value: "212")], language: "zh"),
    ]

    @Test(arguments: borderDefenceForces)
    func borderDefenceForcesCasualties(_ c: Case) throws { try c.check() }

    // MARK: 11. A founding dated in an opening clause, the figure's own period named after it

    static let periodNamedAfterTheFounding: [Case] = [
        Case(text: "Since its establishment in March, the bureau has carried out its duties in full; in the first half of 2024, officers inspected 300 million travellers, up 4.1% year on year. Of these, 150 million were mainland residents and 20 million were foreigners.",
             facts: [Expect(metric: "people.total", value: "300000000", yoy: "4.1", period: "2024-H1"),
                     Expect(metric: "people.mainland", value: "150000000", period: "2024-H1"),
                     Expect(metric: "people.foreigners", value: "20000000", period: "2024-H1")]),
        Case(text: "Since the agency was founded in May, it has reformed its services, and in the third quarter of 2024, police arrested 2,300 criminal suspects.",
             facts: [Expect(metric: "enforcement.suspects", value: "2300", period: "2024-Q3")]),
        Case(text: "Since its establishment in February, the administration has worked hard; in 2024, it issued 18 million ordinary passports.",
             facts: [Expect(metric: "documents.passports", value: "18000000")]),
        // A total still: the founding's own clause dates it, or a cumulative word follows the year.
        Case(text: "Since its establishment in April 2018, the administration has issued a total of 120 million ordinary passports.",
             facts: [Expect(metric: "documents.passports", value: "120000000", period: "2018-04-01/2025-01-14")]),
        Case(text: "Since its founding in April 2018, by the end of 2024, the administration had issued a cumulative 120 million ordinary passports.",
             facts: [Expect(metric: "documents.passports", value: "120000000", period: "2018-04-01/2025-01-14")]),
    ]

    @Test(arguments: periodNamedAfterTheFounding)
    func aPeriodNamedAfterTheFoundingDatesTheFigure(_ c: Case) throws { try c.check() }

    /// A question asking for a total since the founding: the answer's figure is that total, not
    /// the release's period's; the same answer to a question on the year is the year's.
    @Test(arguments: [
        ("Reporter: How many foreigners have entered visa-free since the NIA was founded in 2018?\n\nOfficial: In total, more than 58 million foreigners have entered visa-free.", false),
        ("记者：国家移民管理局成立以来，免签入境的外国人一共有多少？\n\n负责人：截至11月底，累计有超过5800万人次外国人免签入境。", false),
        ("Reporter: How many foreigners have entered visa-free this year?\n\nOfficial: In total, more than 58 million foreigners have entered visa-free.", true),
    ])
    func answerToAQuestionSinceTheFounding(_ text: String, _ ofThePeriod: Bool) throws {
        let facts = try extract(text).filter { $0.metric == "people.visa_free_foreigners" && $0.value == 58_000_000 }
        #expect(facts.contains { $0.period.description == "2024" } == ofThePeriod, "\(facts.map(\.period))")
    }
}
