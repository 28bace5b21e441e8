import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Wordings of wire stories (a correction naming the earlier version, a fact box of years),
/// podcast transcripts (time stamps, a host's question between the figures and the answer,
/// counts said as "X were N") and machine translations. Every text is invented.
struct WireAndPodcastWordingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: A correction that names the version it corrects

    static let corrections: [Case] = [
        // The earlier version's figure is no figure; the corrected one stands.
        Case(text: "The NIA issued 3.2 million ordinary passports in 2024.\n\nAn earlier version of this article said the NIA issued 2.3 million ordinary passports; the correct figure is 3.2 million.",
             facts: [Expect(metric: "documents.passports", value: "3200000")]),
        Case(text: "Border police arrested 41,000 criminal suspects in 2024.\n\nA previous version of this story misstated the number of suspects arrested as 14,000 criminal suspects; the correct number is 41,000.",
             facts: [Expect(metric: "enforcement.suspects", value: "41000")]),
    ]

    @Test(arguments: corrections)
    func correctionsNamingTheEarlierVersion(_ c: Case) throws { try c.check() }

    // MARK: A fact box of years under a heading

    static let yearItems: [Case] = [
        Case(text: "Conveyances inspected at the borders, by year:\n\n* 2021: 8.1 million\n* 2022: 9.4 million",
             facts: [Expect(metric: "vehicles.total", value: "8100000", period: "2021"),
                     Expect(metric: "vehicles.total", value: "9400000", period: "2022")]),
        Case(text: "People inspected at the borders, according to the NIA:\n\n- 2019: about 670 million, of which foreign nationals 97.67 million\n- 2020: 242 million",
             facts: [Expect(metric: "people.total", value: "670000000", qualifier: .approx, period: "2019"),
                     Expect(metric: "people.foreigners", value: "97670000", period: "2019"),
                     Expect(metric: "people.total", value: "242000000", period: "2020")]),
    ]

    @Test(arguments: yearItems)
    func yearLabelledItemsCountWhatTheHeadingCounts(_ c: Case) throws { try c.check() }

    // MARK: "Trains were 210,000": a part said after its total

    static let copulaParts: [Case] = [
        Case(text: "Officers inspected 31.4 million conveyances in 2024. Trains were 210,000.",
             facts: [Expect(metric: "vehicles.total", value: "31400000"), Expect(metric: "vehicles.trains", value: "210000")]),
        // A noun after its figure names no part.
        Case(text: "Officers inspected 31.4 million conveyances in 2024. The airline ordered 30 aircraft.",
             facts: [Expect(metric: "vehicles.total", value: "31400000")]),
    ]

    @Test(arguments: copulaParts)
    func aPartOpeningItsSentenceOnACopula(_ c: Case) throws { try c.check() }

    // MARK: A count that closes its sentence, of another period

    static let closingCounts: [Case] = [
        Case(text: "Officers inspected 612 million people in 2024. The whole of 2023, by comparison, was 424 million.",
             facts: [Expect(metric: "people.total", value: "612000000"), Expect(metric: "people.total", value: "424000000", period: "2023")]),
        // A daily average is no count of the period.
        Case(text: "Officers inspected 612 million people in 2024. The daily average was 1.7 million.",
             facts: [Expect(metric: "people.total", value: "612000000")]),
        // A note's number closing a sentence is no count either.
        Case(text: "Officers inspected 612 million people in 2024. The total reached 91 per cent of the 2019 level.[2]",
             facts: [Expect(metric: "people.total", value: "612000000")]),
    ]

    @Test(arguments: closingCounts)
    func aCountClosingItsSentence(_ c: Case) throws { try c.check() }

    // MARK: A host's question between the figures and the answer

    static let questions: [Case] = [
        Case(text: "[00:03:10] HOST: Officers inspected 612 million people in 2024, up 12%.\n\n[00:03:21] GUEST: And the third quarter on its own?\n\n[00:03:25] HOST: The third quarter alone was 170.2 million.",
             facts: [Expect(metric: "people.total", value: "612000000", yoy: "12"),
                     Expect(metric: "people.total", value: "170200000", period: "2024-Q3")]),
        // Without the question, a new turn starts a new topic.
        Case(text: "HOST: Officers inspected 612 million people in 2024, up 12%.\n\nGUEST: The third quarter alone was 170.2 million.",
             facts: [Expect(metric: "people.total", value: "612000000", yoy: "12")]),
    ]

    @Test(arguments: questions)
    func anAnswerAfterAQuestion(_ c: Case) throws { try c.check() }

    // MARK: Subjects

    static let subjects: [Case] = [
        // "And" opening the sentence names no port.
        Case(text: "And port visas rose 4.1% to 610,000 in the year.",
             facts: [Expect(metric: "documents.port_visas", value: "610000", yoy: "4.1")]),
        // 通过免签政策入境的外国人, word for word.
        Case(text: "Through visa-free policy entry the foreigners 2.1 million person-times, year-on-year increase 50.2%.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "2100000", yoy: "50.2", period: "2024-Q2")], period: "2024-Q2"),
        // A year said aloud as one hyphenated word; "twenty-one" stays a number.
        Case(text: "Foreigners made 64.9 million crossings in twenty-nineteen, and twenty-one officers were honoured.",
             facts: [Expect(metric: "people.foreigners", value: "64900000", period: "2019")]),
        // "were thus up from": the level a change started from, dated by a part of a year.
        Case(text: "Foreign-national crossings were thus up from 9.5 million in the second quarter of 2023.",
             facts: [Expect(metric: "people.foreigners", value: "9500000", period: "2023-Q2")], period: "2024-Q2"),
    ]

    @Test(arguments: subjects)
    func subjectsOfTheseWordings(_ c: Case) throws { try c.check() }

    // MARK: A multiple written as a word

    static let wordMultiples: [Case] = [
        Case(text: "Police captured 412 fugitives, double the 2023 figure.",
             facts: [Expect(metric: "enforcement.fugitives", value: "412", yoy: "100")]),
        Case(text: "Police captured 412 fugitives, twice the previous year's number.",
             facts: [Expect(metric: "enforcement.fugitives", value: "412", yoy: "100")]),
        // A multiple of an earlier year is no change on the year before.
        Case(text: "Police captured 412 fugitives, twice the 2021 figure.",
             facts: [Expect(metric: "enforcement.fugitives", value: "412")]),
    ]

    @Test(arguments: wordMultiples)
    func aWordMultipleOfLastYearsLevel(_ c: Case) throws { try c.check() }

    // MARK: "…, and X were N": the words after the comma are the next figure's

    static let nextLabels: [Case] = [
        // A change naming foreigners is theirs, not the count before the comma's.
        Case(text: "Of the total, mainland residents were 301.2 million, and foreigners were 41.7 million. Foreigners grew 22.4% year on year.",
             facts: [Expect(metric: "people.mainland", value: "301200000"), Expect(metric: "people.foreigners", value: "41700000", yoy: "22.4")]),
        Case(text: "During the holiday from February 3 to 9, 1.2 million foreigners entered or left China, and visa-free entries reached 480,000.",
             facts: [Expect(metric: "people.foreigners", value: "1200000", period: "2024-02-03/2024-02-09"),
                     Expect(metric: "people.visa_free_foreigners", value: "480000", period: "2024-02-03/2024-02-09")]),
    ]

    @Test(arguments: nextLabels)
    func wordsAfterACommaLabelTheNextFigure(_ c: Case) throws { try c.check() }
}
