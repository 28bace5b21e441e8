import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// English literal and machine translations that keep the Chinese original's units and order:
/// "wan" and "yi" for 万 and 亿, "compared with 2023 (… person-times)" for 比2023年（…）, a
/// province opening a later clause, a table's unit written in its heading's brackets. Every
/// text is invented.
struct ChineseUnitsInEnglishTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: "wan" and "yi" are scales (grammar `scales`)

    static let pinyinScales: [Case] = [
        Case(text: "In 2024, the immigration organs inspected entry-exit personnel 6.1 yi person-times, up 43.9%.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9")]),
        Case(text: "Issued ordinary passports 2,332.4 wan books, increased 24.9%; investigated obstructing border management crime cases 2.1 wan qi.",
             facts: [Expect(metric: "documents.passports", value: "23324000", yoy: "24.9"),
                     Expect(metric: "enforcement.criminal_cases", value: "21000")]),
    ]

    @Test(arguments: pinyinScales)
    func pinyinScalesScale(_ c: Case) throws { try c.check() }

    // MARK: A measure word between a figure and its copula names nothing

    static let measureWordsBeforeCopulas: [Case] = [
        Case(text: "Of these, 3,210.5 ten thousand person-times were mainland residents and 210.3 ten thousand person-times were foreigners, up 10.2% and 85.1% respectively.",
             facts: [Expect(metric: "people.mainland", value: "32105000", yoy: "10.2"),
                     Expect(metric: "people.foreigners", value: "2103000", yoy: "85.1")]),
        // A participle after the copula: the noun before it is the subject.
        Case(text: "In 2024, 61,000 ten thousand person-times were inspected, up 43.9%.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9")]),
    ]

    @Test(arguments: measureWordsBeforeCopulas)
    func measureWordsBeforeCopulasNameNothing(_ c: Case) throws { try c.check() }

    // MARK: Documents counted in sheets and pieces (grammar `counters`; catalog exclusions)

    static let documentMeasures: [Case] = [
        // A possessive's apostrophe stays inside a verb-first object.
        Case(text: "In 2024, issued mainland residents' documents and endorsements for travelling to and from Hong Kong, Macao, Taiwan 9,461 ten thousand sheets (pieces), increased 42.2%.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "94610000", yoy: "42.2")]),
        Case(text: "In 2024, issued 2,100.5 ten thousand sheets of exit-entry permits to mainland residents for travelling to and from Hong Kong, Macao and Taiwan, up 30.1% year on year.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "21005000", yoy: "30.1")]),
        Case(text: "Issued mainland residents to and from Hong Kong, Macao, Taiwan documents 2,100.5 wan sheets, increased 30.1%.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "21005000", yoy: "30.1")]),
        // Sheets and pieces times (张(件)次) count the endorsements too: never the permits alone.
        Case(text: "Issued mainland residents to and from Hong Kong, Macao, Taiwan documents 9,461 wan sheets (pieces) times, increased 42.2%.",
             facts: [], absent: ["documents.mainland_hkmt_permits"]),
    ]

    @Test(arguments: documentMeasures)
    func documentMeasuresCount(_ c: Case) throws { try c.check() }

    // MARK: A word glossed in brackets reads without its gloss

    static let glosses: [Case] = [
        Case(text: "Unit: ten thousand person-times\nCategory | 2024 | Change\nMainland (inland) residents | 29,250.0 | +44.1%\nForeigners | 6,490.0 | +82.9%",
             facts: [Expect(metric: "people.mainland", value: "292500000", yoy: "44.1"),
                     Expect(metric: "people.foreigners", value: "64900000", yoy: "82.9")]),
        Case(text: "In 2024, issued Hong Kong, Macao, Taiwan residents to and from inland (mainland) passes 221.3 wan sheets, increased 8.1%.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2213000", yoy: "8.1")]),
        Case(text: "In 2024, issued Hong Kong, Macao, Taiwan residents' passes to and from inland (mainland) 221.3 ten thousand sheets, increased 8.1%.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2213000", yoy: "8.1")]),
        Case(text: "Hong Kong, Macao, Taiwan residents' passes: 221.3 ten thousand",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2213000")]),
    ]

    @Test(arguments: glosses)
    func glossesAreLeftOut(_ c: Case) throws { try c.check() }

    // MARK: The base compared with, in brackets, is the earlier period's

    static let bracketedBases: [Case] = [
        Case(text: "In 2024, the organs inspected entry-exit personnel 6.1 hundred million person-times, compared with 2023 (4.24 hundred million person-times) increased 43.9%.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.total", value: "424000000", period: "2023")]),
        Case(text: "Total crossings reached 610 million, up 43.9% compared with 2023 (424 million).",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.total", value: "424000000", period: "2023")]),
        Case(text: "In the first half, inspected entry-exit personnel 28,700 ten thousand person-times, compared with the same period of last year (16,800 ten thousand person-times) increased 70.8%.",
             facts: [Expect(metric: "people.total", value: "287000000", yoy: "70.8", period: "2024-H1"),
                     Expect(metric: "people.total", value: "168000000", period: "2023-H1")],
             period: "2024-H1"),
        // "in 2023 it was …": a reference to the figure stands for the copula of "in 2023 was …".
        Case(text: "In 2024, the organs inspected 610 million person-times, up 43.9% (in 2023 it was 424 million person-times).",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.total", value: "424000000", period: "2023")]),
        // A half-year's count referred to in the next sentence against an earlier whole year.
        Case(text: "Immigration authorities inspected 287 million person-times in the first half of 2024, up 70.8 percent. The figure compares with 4.24 yi (424 million) person-times for the whole of 2023.",
             facts: [Expect(metric: "people.total", value: "287000000", yoy: "70.8", period: "2024-H1"),
                     Expect(metric: "people.total", value: "424000000", period: "2023")],
             period: "2024-H1"),
    ]

    @Test(arguments: bracketedBases)
    func bracketedBasesAreTheEarlierPeriods(_ c: Case) throws { try c.check() }

    // MARK: A province opening a later clause makes its figures local (grammar `clausePlaceLeads`)

    static let clausePlaces: [Case] = [
        Case(text: "Among the border provinces, the Yunnan immigration organs cracked 3,200 criminal cases, the most in the country.",
             facts: []),
        Case(text: "Nationwide, immigration organs cracked 35,000 criminal cases, and the Guangxi border police caught 9,000 suspects.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "35000")]),
        // A list of places after a comma says where, not who.
        Case(text: "In 2024, 35,000 criminal cases of obstructing border management were cracked, Yunnan, Guangxi and Xinjiang being the main fronts.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "35000")]),
    ]

    @Test(arguments: clausePlaces)
    func placesOpeningClausesAreLocal(_ c: Case) throws { try c.check() }

    // MARK: A unit in a heading's brackets scales the table below, and only it

    static let unitHeadings: [Case] = [
        Case(text: """
             Document issuance by category, 2024 (unit: ten thousand pieces)
             Category | 2024 | Change
             Ordinary passports | 2,332.4 | +24.9%
             Visas issued to foreigners | 301.2 | +85.0%

             The organs also destroyed 316 smuggling dens.
             """,
             facts: [Expect(metric: "documents.passports", value: "23324000", yoy: "24.9"),
                     Expect(metric: "documents.visas", value: "3012000", yoy: "85.0"),
                     Expect(metric: "enforcement.transit_dens", value: "316")]),
        // A unit column's cell written out in words ("ten thousand vehicle-times (sorties)") still scales its row.
        Case(text: """
             Table 3  Conveyances
             Item | Unit | 2024 | Change
             Transport vehicles inspected, total | ten thousand vehicle-times (sorties) | 3,261.0 | +38.8%
               of which: aircraft | ten thousand sorties | 88.2 | +63.3%
             """,
             facts: [Expect(metric: "vehicles.total", value: "32610000", yoy: "38.8"),
                     Expect(metric: "vehicles.aircraft", value: "882000", yoy: "63.3")]),
        // Possessive labels of a literal translation's documents table name their metric.
        Case(text: """
             Table 4  Documents issued
             Item | Unit | 2024 | Change
             Inland residents' permits for travelling to and from Hong Kong, Macao, Taiwan | ten thousand sheets | 2,100.5 | +30.1%
             Foreigners' visa documents | ten thousand pieces | 301.2 | +85.0%
             """,
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "21005000", yoy: "30.1"),
                     Expect(metric: "documents.visas", value: "3012000", yoy: "85.0")]),
    ]

    @Test(arguments: unitHeadings)
    func unitHeadingsScaleTheirTable(_ c: Case) throws { try c.check() }
}
