import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Natural English that avoids the release's "a total of X, up Y%; of these … respectively"
/// (invented sentences): verbs of crossing, "another", falls written as nouns after the change,
/// other verbs of issuing, a bracketed gloss before a participle, a table column of a part of the year.
struct NaturalVariantTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // Permits "for travelling to and from the mainland" are those of Hong Kong, Macao and Taiwan residents.
        Case(sentence: "Taiwan and Hong Kong residents obtained 1.09 million permits for travelling to and from the mainland.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "1090000")]),
        Case(sentence: "The administration issued 870,000 permits for travel to and from the mainland to residents of Macao and Hong Kong.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "870000")]),
        // The verification service named with its recipients, commas and all, before the figure.
        Case(sentence: "The identity verification service for Hong Kong, Macao and Taiwan residents, overseas Chinese and foreigners was provided 9.4 million times.",
             facts: [Expect(metric: "services.identity_verifications", value: "9400000")]),
        Case(sentence: "Identity verification services for Hong Kong, Macao and Taiwan residents, overseas Chinese and foreigners reached 15.2 million, up 8.3%.",
             facts: [Expect(metric: "services.identity_verifications", value: "15200000", yoy: "8.3")]),
        // "made up the largest group, with N": the group's subject is the figure's.
        Case(sentence: "Foreign nationals made up the smallest group, with 41.3 million trips, up 37.5 percent.",
             facts: [Expect(metric: "people.foreigners", value: "41300000", yoy: "37.5")]),
        Case(sentence: "Mainland residents were the largest group with 198 million crossings.",
             facts: [Expect(metric: "people.mainland", value: "198000000")]),
        Case(sentence: "Motor vehicles accounted for the largest share, with 28.7 million inspected.",
             facts: [Expect(metric: "vehicles.motor", value: "28700000")]),
        // "crossed N times": the travellers before the verb are the subject.
        Case(sentence: "Foreign nationals crossed 64.9 million times in 2024, up 82.9 percent.",
             facts: [Expect(metric: "people.foreigners", value: "64900000", yoy: "82.9")]),
        Case(sentence: "Mainland travellers crossed 290 million times, 11.5% more than a year earlier.",
             facts: [Expect(metric: "people.mainland", value: "290000000", yoy: "11.5")]),
        Case(sentence: "Hong Kong, Macao and Taiwan residents crossed 41.2 million times, a fall of 3.6 percent.",
             facts: [Expect(metric: "people.hkmt", value: "41200000", yoy: "-3.6")]),
        // "… and foreigners another 64 million": the second subject takes the second figure.
        Case(sentence: "Mainland residents accounted for 300 million trips and foreigners another 64 million.",
             facts: [Expect(metric: "people.mainland", value: "300000000"), Expect(metric: "people.foreigners", value: "64000000")]),
        Case(sentence: "Mainland residents made 310 million of the crossings and Hongkongers, Macanese and Taiwanese another 262 million.",
             facts: [Expect(metric: "people.mainland", value: "310000000"), Expect(metric: "people.hkmt", value: "262000000")]),
        // "contributed N crossings": the travellers before the verb are the subject.
        Case(sentence: "Visitors from Hong Kong, Macao and Taiwan contributed 251.3 million crossings, up 8.8%.",
             facts: [Expect(metric: "people.hkmt", value: "251300000", yoy: "8.8")]),
        Case(sentence: "Foreign nationals contributed 35 million trips.",
             facts: [Expect(metric: "people.foreigners", value: "35000000")]),
        // A label with a gloss in brackets still names what it counts.
        Case(text: "Ordinary passports (for Chinese citizens): 19.2 million",
             facts: [Expect(metric: "documents.passports", value: "19200000")]),
        Case(text: "| Document | 2024 | Change y/y |\n|---|---|---|\n| Ordinary passports (mainland citizens) | 19.2 million | +6.1% |",
             facts: [Expect(metric: "documents.passports", value: "19200000", yoy: "6.1")]),
        // Machine translation's present tense: "arrest criminal suspects 41,000 people".
        Case(sentence: "The border police arrest criminal suspects 41,000 people, up 5 percent.",
             facts: [Expect(metric: "enforcement.suspects", value: "41000", yoy: "5")]),
        Case(sentence: "Officers arrest 9,800 suspects in the campaign against smuggling.",
             facts: [Expect(metric: "enforcement.suspects", value: "9800")]),
        // A fall or a rise named after the change.
        Case(sentence: "Trains inspected fell to 82,000, a 12 percent slump.",
             facts: [Expect(metric: "vehicles.trains", value: "82000", yoy: "-12")]),
        Case(sentence: "Port visas issued dropped to 410,000, 6.5 percent fewer than in 2023.",
             facts: [Expect(metric: "documents.port_visas", value: "410000", yoy: "-6.5")]),
        Case(sentence: "Ships inspected came to 350,000, a 9 percent dip on the year.",
             facts: [Expect(metric: "vehicles.ships", value: "350000", yoy: "-9")]),
        // Other verbs and nouns of the services.
        Case(sentence: "Exit-entry offices handed out 21.3 million ordinary passports, 14 percent more than in 2023.",
             facts: [Expect(metric: "documents.passports", value: "21300000", yoy: "14")]),
        Case(sentence: "Surveyed callers rated the 12367 hotline 99.1 percent satisfactory.",
             facts: [Expect(metric: "services.hotline_satisfaction", value: "99.1")]),
        Case(text: "- Online services: the administration's service platform answered 61 million enquiries.",
             facts: [Expect(metric: "services.platform_requests", value: "61000000")]),
        // A gloss in brackets, then a participle, before the colon: the gloss lists what the label holds.
        Case(text: "- Conveyances (aircraft, trains, ships and motor vehicles) inspected: 31.7 million (+17.9%).",
             facts: [Expect(metric: "vehicles.total", value: "31700000", yoy: "17.9")]),
        Case(text: "Vehicles (planes, ships, trains and road vehicles) checked: 28.4 million",
             facts: [Expect(metric: "vehicles.total", value: "28400000")]),
        // "Mainland travellers crossed the border": no total of everyone.
        Case(text: "Mainland travellers crossed the border 290 million times.", facts: [], absent: ["people.total"]),
    ]

    @Test(arguments: cases)
    func sentenceGivesFacts(_ c: Case) throws { try c.check() }

    /// Named airports ("Pudong and Hongqiao airports") are a local figure; "China's airports", all of them, are not.
    @Test(arguments: [
        ("Pudong and Hongqiao airports together handled 12.6 million border crossings.", false),
        ("Capital and Daxing airports together: 8.9 million people inspected in the half.", false),
        ("The Baiyun and Bao'an airports recorded 9.1 million inbound and outbound trips.", false),
        ("China's airports handled 12.6 million border crossings.", true),
    ])
    func namedAirportsAreLocal(_ sentence: String, _ national: Bool) throws {
        let facts = try metricFacts(sentence).filter { $0.metric == "people.total" }
        #expect(facts.isEmpty != national, "\(facts.map { "\($0.value) \($0.period)" })")
    }

    /// "Over the three years from 2022": a total over a stretch dated from that year, never the release's year's.
    @Test(arguments: [
        "Over the three years from 2022, foreigners made about 120 million trips into and out of China.",
        "In the two years since 2023, foreign nationals crossed 100 million times.",
        "Over the four years from 2021, foreign nationals made 150 million crossings.",
    ])
    func yearsFromAnEarlierYearAreAWindow(_ sentence: String) throws {
        let facts = try extract(sentence).filter { $0.metric == "people.foreigners" }
        #expect(!facts.contains { $0.period.description == "2024" }, "\(facts.map { "\($0.value) \($0.period)" })")
        #expect(!facts.isEmpty && facts.allSatisfy { $0.period.isWindow })
    }

    /// "| Jan-Dec 2024 | Change y/y | Q4 2024 | Change q/q |": the column of a quarter with its year,
    /// beside the column of the year without a part, holds that quarter's figures; its
    /// quarter-on-quarter change is no year-on-year change.
    static let partColumns: [Case] = [
        Case(text: "| Indicator | Jan-Dec 2024 | Change y/y | Q4 2024 | Change q/q |\n|---|---|---|---|---|\n| People inspected | 610.0 million | +43.9% | 160.2 million | +2.1% |\n| - of which foreigners | 64.9 million | +82.9% | 18.0 million | +9.8% |",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.total", value: "160200000", period: "2024-Q4"),
                     Expect(metric: "people.foreigners", value: "64900000", yoy: "82.9"),
                     Expect(metric: "people.foreigners", value: "18000000", period: "2024-Q4")]),
        Case(text: "| Item | Full year 2024 | H2 2024 |\n|---|---|---|\n| Ordinary passports issued | 21.3 million | 11.0 million |",
             facts: [Expect(metric: "documents.passports", value: "21300000"),
                     Expect(metric: "documents.passports", value: "11000000", period: "2024-H2")]),
        // A change column headed "QoQ" is on the quarter before: no year-on-year change, even where
        // the YoY cell is empty.
        Case(text: "Table 2  Documents issued\n\n item                  |   value | YoY    | QoQ\n Port visas issued     |  27,800 |  n/a   | +38.5%\n Ordinary passports    | 4.9 million | +12.4% | -3.0%",
             facts: [Expect(metric: "documents.port_visas", value: "27800"),
                     Expect(metric: "documents.passports", value: "4900000", yoy: "12.4")]),
    ]

    /// A framed table of two columns ("| Result | Jan-Dec 2024 |"): its rows are cells under the
    /// year the months name; a label's commas stay inside its cell; a unit closing the label
    /// ("(tonnes)") reads after each bare figure.
    static let twoColumnTables: [Case] = [
        Case(text: "| Result | Jan-Dec 2024 |\n|---|---|\n| Foreigners investigated for illegal entry, residence or work | 68,000 |\n| Narcotics seized (tonnes) | 7.4 |",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "68000"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "7.4")]),
        Case(text: "| Service | 2024 |\n|---|---|\n| Identity verifications for residents of Hong Kong, Macao and Taiwan, overseas Chinese and foreigners | 36.1 million |\n| Precursor chemicals seized (tonnes) | 126.4 |",
             facts: [Expect(metric: "services.identity_verifications", value: "36100000"),
                     Expect(metric: "enforcement.precursors_tonnes", value: "126.4")]),
        Case(text: "| Item | January-December 2024 | Change y/y |\n|---|---|---|\n| Drugs seized (kg) | 7,400 | -3.1% |",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "7.4", yoy: "-3.1")]),
    ]

    @Test(arguments: twoColumnTables)
    func twoColumnTableRowsAreCells(_ c: Case) throws { try c.check() }

    @Test(arguments: partColumns)
    func aPartColumnHoldsThatPart(_ c: Case) throws { try c.check() }
}
