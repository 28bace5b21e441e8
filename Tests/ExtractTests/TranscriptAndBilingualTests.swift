import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Wordings of press-conference transcripts and bilingual pages: stations of the whole country,
/// changes written as plural nouns, months listed for their quarter, quarters listed under a
/// half-year's total, "the total" referring back to the headline count. Every text is invented.
struct TranscriptAndBilingualTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: Border inspection stations are local only with a place

    static let stations: [Case] = [
        Case(text: "Border inspection stations issued 540,000 port visas in the year.",
             facts: [Expect(metric: "documents.port_visas", value: "540000")]),
        Case(text: "We granted 1.9 million visas to foreigners, and border inspection stations issued 702,000 port visas.",
             facts: [Expect(metric: "documents.visas", value: "1900000"), Expect(metric: "documents.port_visas", value: "702000")]),
        Case(text: "The Yunnan border inspection stations seized 1.7 tons of drugs.", facts: [], absent: ["enforcement.drugs_tonnes"]),
        Case(text: "Border inspection stations at Xiamen airport checked 3.2 million inbound and outbound travellers.",
             facts: [], absent: ["people.total"]),
    ]

    @Test(arguments: stations)
    func stationsOfThePlaceAreLocal(_ c: Case) throws { try c.check() }

    // MARK: Changes as plural nouns

    static let pluralChanges: [Case] = [
        Case(text: "Mainland residents made 140.2 million trips and foreigners 21.7 million, declines of 40.5 percent and 70.1 percent respectively.",
             facts: [Expect(metric: "people.mainland", value: "140200000", yoy: "-40.5"),
                     Expect(metric: "people.foreigners", value: "21700000", yoy: "-70.1")]),
        Case(text: "Mainland residents made 140.2 million trips and foreigners 21.7 million, drops of 4.5 percent and 7.1 percent respectively.",
             facts: [Expect(metric: "people.mainland", value: "140200000", yoy: "-4.5"),
                     Expect(metric: "people.foreigners", value: "21700000", yoy: "-7.1")]),
    ]

    @Test(arguments: pluralChanges)
    func pluralChangeNounsAreChanges(_ c: Case) throws { try c.check() }

    // MARK: The year of a "since" through its modifier; a change right after a base's year

    static let yearsAfterModifiers: [Case] = [
        Case(text: "Early in the year passport issuance picked up; the second quarter alone saw 141 million crossings, the most since late 2019.",
             facts: [Expect(metric: "people.total", value: "141000000", period: "2024-Q2")], period: "2024-01-01/2024-09-30"),
        Case(text: "In 2024, the authorities inspected 612 million entry and exit personnel, compared with 425 million in 2023 an increase of 44%.",
             facts: [Expect(metric: "people.total", value: "612000000", yoy: "44"),
                     Expect(metric: "people.total", value: "425000000", period: "2023")]),
    ]

    @Test(arguments: yearsAfterModifiers)
    func yearsAfterModifiersAndChanges(_ c: Case) throws { try c.check() }

    // MARK: Months listed in a row are their quarter

    static let listedMonths: [Case] = [
        Case(text: "In July, August and September, border officers checked 160.4 million inbound and outbound travellers, a rise of 3.4% over the third quarter of 2023.",
             facts: [Expect(metric: "people.total", value: "160400000", yoy: "3.4", period: "2024-Q3")]),
        Case(text: "In January, February and March 2023, the authorities checked 130.5 million inbound and outbound travellers.",
             facts: [Expect(metric: "people.total", value: "130500000", period: "2023-Q1")]),
    ]

    @Test(arguments: listedMonths)
    func monthsListedInARowAreTheirQuarter(_ c: Case) throws { try c.check() }

    // MARK: Quarters listed under a half-year's total

    static let quartersOfTheHalf: [Case] = [
        Case(text: "上半年，全国口岸共查验出入境人员3,210.4万人次。其中，一季度1,500.2万人次；二季度1,710.2万人次。",
             facts: [Expect(metric: "people.total", value: "32104000", period: "2024-H1"),
                     Expect(metric: "people.total", value: "15002000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "17102000", period: "2024-Q2")],
             language: "zh", period: "2024-H1"),
        Case(text: "In the first half, the authorities inspected 32.104 million crossings. Of these, 15.002 million were registered in the first quarter, and 17.102 million in the second quarter.",
             facts: [Expect(metric: "people.total", value: "32104000", period: "2024-H1"),
                     Expect(metric: "people.total", value: "15002000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "17102000", period: "2024-Q2")],
             period: "2024-H1"),
    ]

    @Test(arguments: quartersOfTheHalf)
    func quartersListedUnderAHalfCountItsTotal(_ c: Case) throws { try c.check() }

    // MARK: Catalog words: "counted", "trips handled", "on N occasions"; a purpose after the recipients

    static let catalogWords: [Case] = [
        Case(text: "The administration counted 98.2 million trips in the first quarter and 101.5 million in the second.",
             facts: [Expect(metric: "people.total", value: "98200000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "101500000", period: "2024-Q2")]),
        Case(text: "It stayed below the 150.3 million trips handled in the second quarter of 2019.",
             facts: [Expect(metric: "people.total", value: "150300000", period: "2019-Q2")], period: "2024-Q2"),
        Case(text: "The cross-border vehicle trips handled at the land crossings numbered 8.2 million.", facts: [], absent: ["people.total"]),
        Case(text: "The administration provided identity authentication services on 28.4 million occasions for Hong Kong and Macao residents and overseas Chinese.",
             facts: [Expect(metric: "services.identity_verifications", value: "28400000")]),
        Case(text: "Travel permits issued to Hong Kong, Macao and Taiwan residents for coming to the mainland totalled 2.95 million.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2950000")]),
    ]

    @Test(arguments: catalogWords)
    func catalogWordsRead(_ c: Case) throws { try c.check() }

    // MARK: "The total" refers back to the headline total

    static let totalReferences: [Case] = [
        Case(text: "In the first quarter, the authorities inspected 160.2 million inbound and outbound people. Conveyances inspected reached 8.8 million, including 240,000 aircraft. The quarterly total was 2.3 percent above the 156.6 million of the fourth quarter of 2023.",
             facts: [Expect(metric: "people.total", value: "160200000", period: "2024-Q1"),
                     Expect(metric: "vehicles.total", value: "8800000", period: "2024-Q1"),
                     Expect(metric: "vehicles.aircraft", value: "240000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "156600000", period: "2023-Q4")],
             period: "2024-Q1"),
        // After a count of no sum, "the total" is that count's.
        Case(text: "Ordinary passports issued totalled 20.1 million in 2024, up 12%. The 2019 total was 27.7 million.",
             facts: [Expect(metric: "documents.passports", value: "20100000", yoy: "12")], absent: ["people.total", "vehicles.total"]),
    ]

    @Test(arguments: totalReferences)
    func theTotalRefersToTheHeadlineCount(_ c: Case) throws { try c.check() }

    /// "last year's total of": the whole previous year's total, in a quarterly release of April.
    @Test func lastYearsTotalIsThePreviousYearsHeadline() throws {
        let facts = try extract("In the first quarter, the authorities inspected 160.2 million inbound and outbound people. "
            + "That was close to a quarter of last year's total of 612.4 million.", period: "2024-Q1", released: "2024-04-18")
            .filter { $0.metric != nil }
        #expect(facts.contains { $0.metric == "people.total" && $0.value == dec("612400000") && $0.period.description == "2023" },
                "\(facts.map { "\($0.metric!)=\($0.value) \($0.period)" })")
        #expect(facts.count == 2)
    }
}
