import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Anniversary features with totals over several years, bulletins that restate the year before,
/// machine translations that give two years in one sentence, and quarterly releases that name the
/// quarter before. Every text is invented.
struct RestatedAndTwoYearTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: Totals over several years or since an opening are no year's

    static let spans: [Case] = [
        Case(text: "Over the four years, officers captured 1,200 snakehead fugitives.", facts: [], absent: ["enforcement.fugitives"]),
        Case(text: "Over six years, 52 officers died in the line of duty.", facts: [], absent: ["personnel.deaths"]),
        Case(text: "The 12367 hotline has answered more than 9 million calls since it opened.", facts: [], absent: ["services.hotline_calls"]),
        // "Over the years" names no length: its figures stay the year's.
        Case(text: "In 2024 officers captured 310 snakehead fugitives, more than over the years before.",
             facts: [Expect(metric: "enforcement.fugitives", value: "310")]),
    ]

    @Test(arguments: spans)
    func spansOfYearsAreNoYears(_ c: Case) throws { try c.check() }

    // MARK: A year set off by commas after an opening time phrase

    static let appositiveYears: [Case] = [
        Case(text: "In its busiest year, 2019, border inspection authorities handled 670 million crossings.",
             facts: [Expect(metric: "people.total", value: "670000000", period: "2019")]),
        Case(text: "During the worst year, 2022, officers inspected 9.6 million vehicles.",
             facts: [Expect(metric: "vehicles.total", value: "9600000", period: "2022")]),
    ]

    @Test(arguments: appositiveYears)
    func anAppositiveYearDatesTheClause(_ c: Case) throws { try c.check() }

    // MARK: Figures as first published, before a restatement

    static let superseded: [Case] = [
        Case(text: "Note: the 2023 totals first published in January were 420.1 million crossings and 18.2 million passports.",
             facts: [], absent: ["people.total", "documents.passports"]),
        Case(text: "Before revision, 33.9 million foreign nationals were inspected in 2023.", facts: [], absent: ["people.foreigners"]),
    ]

    @Test(arguments: superseded)
    func supersededFiguresAreNotKept(_ c: Case) throws { try c.check() }

    // MARK: Bulletin tables: "Table 2." titles, a bare scale in brackets, a total row, years in the title

    static let bulletinTables: [Case] = [
        Case(text: "Table 3. Conveyances inspected (thousand)\n\n| Item | 2024 | 2023 | Change (%) |\n|---|---|---|---|\n| Total | 31,200 | 25,100 r | 24.3 |\n|   Aircraft | 610 | 520 | 17.3 |",
             facts: [Expect(metric: "vehicles.total", value: "31200000", yoy: "24.3"),
                     Expect(metric: "vehicles.total", value: "25100000", period: "2023"),
                     Expect(metric: "vehicles.aircraft", value: "610000", yoy: "17.3"),
                     Expect(metric: "vehicles.aircraft", value: "520000", period: "2023")]),
        Case(text: "Table 1. Persons inspected (million person-trips)\n\n| Item | 2024 | 2023 | Change (%) |\n|---|---|---|---|\n| All | 610.5 | 424.0 | 44.0 |\n|   Foreign nationals | 64.9 | 35.5 | 82.8 |",
             facts: [Expect(metric: "people.total", value: "610500000", yoy: "44.0"),
                     Expect(metric: "people.total", value: "424000000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "64900000", yoy: "82.8"),
                     Expect(metric: "people.foreigners", value: "35500000", period: "2023")]),
        // The title's years span the columns; each cell is its column's year's.
        Case(text: "Table 1. Key indicators, 2023-2024\n\nIndicator                      2023     2024     Change (%)\nPassports issued (million)     18.7     20.1     7.5",
             facts: [Expect(metric: "documents.passports", value: "20100000", yoy: "7.5"),
                     Expect(metric: "documents.passports", value: "18700000", period: "2023")]),
    ]

    @Test(arguments: bulletinTables)
    func bulletinTablesRead(_ c: Case) throws { try c.check() }

    // MARK: Two years in one sentence

    static let twoYears: [Case] = [
        Case(text: "Foreign nationals made 64.9 million person-times in 2024 and 35.5 million person-times in 2023, an increase of 82.8%.",
             facts: [Expect(metric: "people.foreigners", value: "64900000", yoy: "82.8"),
                     Expect(metric: "people.foreigners", value: "35500000", period: "2023")]),
        Case(text: "The ordinary passports issued were 20.1 million, 2023 was 18.7 million, up 7.5%.",
             facts: [Expect(metric: "documents.passports", value: "20100000", yoy: "7.5"),
                     Expect(metric: "documents.passports", value: "18700000", period: "2023")]),
        Case(text: "The whole year issued ordinary passports 20.1 million, in 2023 was 18.7 million, up 7.5%.",
             facts: [Expect(metric: "documents.passports", value: "20100000", yoy: "7.5"),
                     Expect(metric: "documents.passports", value: "18700000", period: "2023")]),
        // A part after a base compared with breaks down the sentence's own count.
        Case(text: "In 2024 the inspected transportation tools were 31.2 million vehicles (times), compared with 25.1 million in 2023, up 24.3%, of which aircraft 610,000 sorties.",
             facts: [Expect(metric: "vehicles.total", value: "31200000", yoy: "24.3"),
                     Expect(metric: "vehicles.total", value: "25100000", period: "2023"),
                     Expect(metric: "vehicles.aircraft", value: "610000")]),
        Case(text: "In 2024, the department caught 1,210 criminal gangs.",
             facts: [Expect(metric: "enforcement.gangs", value: "1210")]),
    ]

    @Test(arguments: twoYears)
    func twoYearsInOneSentence(_ c: Case) throws { try c.check() }

    // MARK: A count after one that gave a part, in the sentences of a paragraph

    static let sentencesOfParts: [Case] = [
        Case(text: "Mainland residents made 300 million crossings. Residents of Hong Kong, Macao and Taiwan made 250 million. Foreign nationals accounted for the remaining 60 million.",
             facts: [Expect(metric: "people.mainland", value: "300000000"),
                     Expect(metric: "people.hkmt", value: "250000000"),
                     Expect(metric: "people.foreigners", value: "60000000")]),
        Case(text: "In 2021, border inspection authorities handled 120 million crossings. Traffic climbed to 420 million in 2023, then kept rising.",
             facts: [Expect(metric: "people.total", value: "120000000", period: "2021"),
                     Expect(metric: "people.total", value: "420000000", period: "2023")]),
    ]

    @Test(arguments: sentencesOfParts)
    func countsReadOnFromTheSentenceBefore(_ c: Case) throws { try c.check() }

    // MARK: Stations of a place, and a clause with a holiday of its own

    static let stationsAndClauses: [Case] = [
        Case(text: "Border inspection stations in Zhuhai issued 40,000 port visas.", facts: [], absent: ["documents.port_visas"]),
        Case(text: "March alone saw 4.1 million crossings by foreign nationals, and over the five-day May Day holiday (1–5 May) crossings averaged 2.1 million a day.",
             facts: [Expect(metric: "people.foreigners", value: "4100000", period: "2024-03-01/2024-03-31")]),
    ]

    @Test(arguments: stationsAndClauses)
    func stationsAndClausesRead(_ c: Case) throws { try c.check() }

    // MARK: The quarter before, a part of the year the release came out in

    @Test func theQuarterBeforeIsNamedAfterItsFigure() throws {
        let facts = try extract("Officers issued 5.1 million ordinary passports, up from 4.6 million in the previous quarter.", period: "2024-Q2")
            .filter { $0.metric == "documents.passports" }
        #expect(facts.map { "\($0.value) \($0.period)" }.sorted() == ["4600000 2024-Q1", "5100000 2024-Q2"])
        let first = try extract("Officers issued 5.1 million ordinary passports, up from 4.9 million the quarter before.", period: "2024-Q1")
            .filter { $0.metric == "documents.passports" }
        #expect(first.map { "\($0.value) \($0.period)" }.sorted() == ["4900000 2023-Q4", "5100000 2024-Q1"])
    }

    @Test func aLaterYearsPartStandsWhenTheReleaseCameOutInIt() throws {
        let text = "In the first half of 2024, a further 12,000 foreign nationals were investigated for illegal entry, residence or employment."
        let later = try extract(text, period: "2023", released: "2024-08-20").filter { $0.metric == "enforcement.illegal_foreigners" }
        #expect(later.map(\.period.description) == ["2024-H1"])
    }
}
