import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Wordings of business newsletters, broker notes and digests: bulleted labels without a colon,
/// earlier figures set beside the release's ("vs 280.1m in H1 2023 and 570.3m in full-year 2023"),
/// ports and other bodies named without a marker, and forecasts "pencilled in". Every text is invented.
struct DigestWordingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: Bulleted labels without a colon are parts after a bulleted part

    static let bulletLabels: [Case] = [
        Case(text: "- Mainland residents 120.4m (+5.5% y/y)\n- HK/Macao/Taiwan residents 96.1m (+4.2% y/y)\n- Foreign nationals 30.2m (+18.0% y/y)",
             facts: [Expect(metric: "people.mainland", value: "120400000", yoy: "5.5"),
                     Expect(metric: "people.hkmt", value: "96100000", yoy: "4.2"),
                     Expect(metric: "people.foreigners", value: "30200000", yoy: "18.0")]),
        // A colon label after a Hong Kong, Macao and Taiwan line: that line's context is the foreigners' too.
        Case(text: "- Hong Kong, Macao & Taiwan residents: 180.3m, +2.9%\n- Foreign nationals: 71.4m, +6.6%",
             facts: [Expect(metric: "people.hkmt", value: "180300000", yoy: "2.9"),
                     Expect(metric: "people.foreigners", value: "71400000", yoy: "6.6")]),
        // Verifications for foreigners are a service, no crossings of theirs.
        Case(text: "- Identity verifications for Taiwan residents, overseas Chinese and foreigners: 31.2 million",
             facts: [Expect(metric: "services.identity_verifications", value: "31200000")], absent: ["people.foreigners"]),
    ]

    @Test(arguments: bulletLabels)
    func bulletedLabelsRead(_ c: Case) throws { try c.check() }

    // MARK: An earlier period written after a figure dates that figure, not the sentence

    static let earlierAfterFigure: [Case] = [
        Case(text: "Border crossings of 310.2m in Jan-Jun compare with 590m for the whole of 2023, so a full year near 640m looks likely.",
             facts: [Expect(metric: "people.total", value: "310200000", period: "2024-H1"),
                     Expect(metric: "people.total", value: "590000000", period: "2023")], period: "2024-H1"),
        Case(text: "- People inspected: 301.5m (+6.1% y/y) vs 284.2m in H1 2023 and 570.3m in full-year 2023",
             facts: [Expect(metric: "people.total", value: "301500000", yoy: "6.1", period: "2024-H1"),
                     Expect(metric: "people.total", value: "284200000", period: "2023-H1"),
                     Expect(metric: "people.total", value: "570300000", period: "2023")], period: "2024-H1"),
        Case(text: "Offices issued 7.25 million ordinary passports in the first half, against 2.1m in the whole of 2022.",
             facts: [Expect(metric: "documents.passports", value: "7250000", period: "2023-H1"),
                     Expect(metric: "documents.passports", value: "2100000", period: "2022")], period: "2023-H1"),
        // ("+4.0% y/y." ends its sentence: the next one's months are its own.)
        Case(text: "Officers inspected 150.2m people in the first half, +4.0% y/y. Growth slowed in the second quarter: 61.8m crossings in April-June, +2.2% y/y.",
             facts: [Expect(metric: "people.total", value: "150200000", yoy: "4.0", period: "2024-H1"),
                     Expect(metric: "people.total", value: "61800000", yoy: "2.2", period: "2024-Q2")], period: "2024-H1"),
    ]

    /// "a full year" speaks of a year in general: the sentence's figures and the breakdown after keep the release's period.
    static let yearInGeneral: [Case] = [
        Case(text: "Crossings of 440.5m in Jan-Sep put the run-rate at a full year near 590m. Within the total, foreigners' crossings (51.3m, +7.7%) held up well.",
             facts: [Expect(metric: "people.total", value: "440500000", period: "2024-01-01/2024-09-30"),
                     Expect(metric: "people.foreigners", value: "51300000", yoy: "7.7", period: "2024-01-01/2024-09-30")],
             period: "2024-01-01/2024-09-30"),
    ]

    @Test(arguments: yearInGeneral)
    func aYearInGeneralDatesNoFigure(_ c: Case) throws { try c.check() }

    @Test(arguments: earlierAfterFigure)
    func earlierPeriodsAfterFigures(_ c: Case) throws { try c.check() }

    // MARK: A share's base counts what the share's own clause names

    static let shareBases: [Case] = [
        Case(text: "Traffic is at two-thirds of the 310m crossings recorded in the first half of 2019, and foreign nationals' crossings are at 41% of the 44.6m logged in the first half of 2019.",
             facts: [Expect(metric: "people.total", value: "310000000", period: "2019-H1"),
                     Expect(metric: "people.foreigners", value: "44600000", period: "2019-H1")], period: "2023-H1"),
    ]

    // MARK: "covering …" set off by commas is an aside inside the subject

    static let coveringAsides: [Case] = [
        Case(text: "Conveyances checked at ports, covering aircraft, trains, ships and motor vehicles, rose 12.5% y/y to 4.8 million, helped by cross-border lorries.",
             facts: [Expect(metric: "vehicles.total", value: "4800000", yoy: "12.5", period: "2023-H1")], period: "2023-H1"),
    ]

    @Test(arguments: coveringAsides)
    func coveringAsidesAreSkipped(_ c: Case) throws { try c.check() }

    @Test(arguments: shareBases)
    func shareBasesCountTheirClausesSubject(_ c: Case) throws { try c.check() }

    // MARK: Ports, other bodies, exhibit numbers and forecasts give no national figure

    static let notNational: [Case] = [
        Case(text: "Huanggang, the busiest road crossing into Hong Kong, handled 30.2m trips over the year.", facts: [], absent: ["people.total"]),
        Case(text: "Lo Wu, on the rail line to Kowloon, logged 70.1m crossings in 2024, the agency said.", facts: [], absent: ["people.total"]),
        Case(text: "Full-year CAAC international passenger trips 61.2m, +9.1%.", facts: [], absent: ["people.total"]),
        Case(text: "Exhibit 2: China border crossings, m, and y/y growth", facts: []),
        Case(text: "We pencil in 640m border crossings for full-year 2025, a record.", facts: [], absent: ["people.total"]),
        Case(text: "The agency said it expected crossings to reach about 650m for the year as a whole.", facts: [], absent: ["people.total"]),
        Case(text: "UPDATE 3-China border crossings rise 6% to 610m", facts: [Expect(metric: "people.total", value: "610000000", yoy: "6")]),
        Case(text: "- Outbound tourism: MCT counted 41.2m trips in the period by its own method.", facts: [], absent: ["people.total"]),
    ]

    @Test(arguments: notNational)
    func notNationalFigures(_ c: Case) throws { try c.check() }
}
