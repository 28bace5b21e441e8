import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Clauses whose marks a translation or a writer left out, forecast bullets, headline clauses and
/// named checkpoints. Every text is invented.
struct LostPunctuationTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: Figures parted by words only

    static let runsOfFigures: [Case] = [
        // Each noun follows its figure: the run opens on no label.
        Case(text: "Conveyances checked included 120,000 aircraft 30,000 trains 250,000 ships and 8.1 million motor vehicles.",
             facts: [Expect(metric: "vehicles.aircraft", value: "120000"), Expect(metric: "vehicles.trains", value: "30000"),
                     Expect(metric: "vehicles.ships", value: "250000"), Expect(metric: "vehicles.motor", value: "8100000")]),
        // Each label precedes its figure: the run opens on one right before its figure.
        Case(text: "Among them aircraft 71,000 trains 12,000 ships 93,000 were checked.",
             facts: [Expect(metric: "vehicles.aircraft", value: "71000"), Expect(metric: "vehicles.trains", value: "12000"),
                     Expect(metric: "vehicles.ships", value: "93000")]),
        // A verb, not a label, before the first figure.
        Case(text: "Over the year police handled 41,000 criminal cases of illegal border crossing caught 63,000 criminal suspects broke up 1,900 criminal gangs.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "41000"), Expect(metric: "enforcement.suspects", value: "63000"),
                     Expect(metric: "enforcement.gangs", value: "1900")]),
    ]

    @Test(arguments: runsOfFigures)
    func eachFigureKeepsItsNoun(_ c: Case) throws { try c.check() }

    // MARK: A count no list word joins opens its own clause

    static let ownClauses: [Case] = [
        Case(text: "The force sent 150,000 officers on patrols every week 7 officers died on duty and 90 were injured.",
             facts: [Expect(metric: "personnel.deaths", value: "7"), Expect(metric: "personnel.injured", value: "90")]),
        Case(text: "In the year 4 officers and 2 auxiliary officers died in the line of duty.",
             facts: [Expect(metric: "personnel.deaths", value: "4"), Expect(metric: "personnel.deaths", value: "2")]),
    ]

    @Test(arguments: ownClauses)
    func aLaterCountKeepsItsVerb(_ c: Case) throws { try c.check() }

    // MARK: Forecast labels, clause openers, checkpoints

    static let notTheYears: [Case] = [
        Case(text: "- Bear case: about 600 million crossings in 2024; foreigners ~60 million.", facts: []),
        Case(text: "Outlook: foreign nationals are set for some 70 million crossings.", facts: []),
        Case(text: "- Visitors: foreign nationals made 64 million crossings in 2024.",
             facts: [Expect(metric: "people.foreigners", value: "64000000")]),
        Case(text: "Holiday crossings pass 9 million as foreign tourists return", facts: [], absent: ["people.foreigners"]),
        Case(text: "Across the mountains, the Torugart checkpoint recorded 35,000 crossings in 2024.", facts: []),
        Case(text: "Traffic grew fast: 52,000 passenger crossings were logged at the Kazakh checkpoint in 2024.", facts: []),
    ]

    @Test(arguments: notTheYears)
    func noFigureOfTheYear(_ c: Case) throws { try c.check() }

    // MARK: A literal translation's document names

    static let literalNames: [Case] = [
        Case(text: "Issued Hong Kong Macao Taiwan residents coming-going inland (mainland) pass 180.5 ten thousand copies, rose 3.1%.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "1805000", yoy: "3.1")]),
    ]

    @Test(arguments: literalNames)
    func literalNamesMatch(_ c: Case) throws { try c.check() }

    // MARK: A run-on paragraph, read whole

    static let runOn: [Case] = [
        Case(text: "The administration held a press conference on the work of the whole year and the spokesperson praised the officers of every port for their hard work throughout the year the immigration authorities inspected 420 million inbound and outbound people up 8.5% year on year including 40,000 trains and 7.2 million motor vehiclesthe 12367 platform also answered questions for travellers in 2024 the platform served 30 million callers",
             facts: [Expect(metric: "people.total", value: "420000000", yoy: "8.5"), Expect(metric: "vehicles.trains", value: "40000"),
                     Expect(metric: "vehicles.motor", value: "7200000")], absent: ["services.platform_requests"]),
    ]

    @Test(arguments: runOn)
    func runOnParagraphsRead(_ c: Case) throws { try c.check() }
}
