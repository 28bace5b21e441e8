import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Figures copied out of data tools rather than written as prose: a scraper's key-value dump, a
/// spreadsheet pasted with its tabs (blank and merged cells), a comparison table with changes on
/// two bases, a portal's "Indicator: value (unit)" lines and an open-data CSV export with id
/// columns and a notes row. Every text is invented.
struct DataToolLayoutTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: A key-value dump reads as a table; its ids and timestamps are no figures

    static let dumps: [Case] = [
        Case(text: """
        {
          "source": "portal export",
          "border": {
            "people_crossings_total": {"value": 512340000, "unit": "person-trips", "yoy": "+12.5%"},
            "ordinary_passports": {"value": 20110000, "unit": "pieces", "q": "about"}
          },
          "services": {
            "hotline_12367_calls": {"value": 4200000, "unit": "calls"}
          },
          "exported_at": "2025-01-15T08:00:00"
        }
        """, facts: [Expect(metric: "people.total", value: "512340000", yoy: "12.5"),
                     Expect(metric: "documents.passports", value: "20110000", qualifier: .approx),
                     Expect(metric: "services.hotline_calls", value: "4200000")]),
        // One record is no dump: the line stays as it was written.
        Case(text: "{\n  \"note\": {\"value\": 3, \"unit\": \"items\"}\n}", facts: []),
    ]

    @Test(arguments: dumps)
    func keyValueDumpsRead(_ c: Case) throws { try c.check() }

    @Test func aDumpIsRewrittenAsHeadingsAndRows() {
        let fields = KeyValueDump.Fields(value: ["value"], unit: ["unit"], change: ["yoy"], qualifier: ["q"], changeSuffix: "year on year")
        let text = "Intro.\n{\n  \"a\": {\n    \"x_total\": {\"value\": 5, \"unit\": \"cases\", \"yoy\": \"-2%\"},\n    \"y\": {\"value\": 7, \"q\": \"over\"}\n  },\n  \"id\": 12\n}\nEnd."
        let out = KeyValueDump.rewrite(text, fields: fields)
        #expect(out.contains("X total: 5 cases, -2% year on year."))
        #expect(out.contains("Y: over 7."))
        #expect(!out.contains("12"))
        #expect(out.hasPrefix("Intro.") && out.hasSuffix("End."))
    }

    // MARK: A number right after a name's marker is the name

    static let names: [Case] = [
        Case(text: "Hotline 12367 calls: 4,200,000 calls.", facts: [Expect(metric: "services.hotline_calls", value: "4200000")]),
        // "three illegals" (三非): the jargon's number names the kind of case.
        Case(text: "Three illegals foreigners: over 38,000 persons.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "38000", qualifier: .atLeast)]),
    ]

    @Test(arguments: names)
    func numbersAfterNameMarkersAreNames(_ c: Case) throws { try c.check() }

    // MARK: A spreadsheet pasted with its tabs keeps its blank and merged cells

    static let tabbed: [Case] = [
        Case(text: "Category\tIndicator\tQ1 2024\tQ2 2024\tH1 2024\tH1 YoY %\tUnit\n"
             + "Border checks\tBorder crossings, total\t100,000,000\t110,000,000\t210,000,000\t5.0\tperson-trips\n"
             + "\tof which: foreigners\t\t\t20,000,000\t9.1\tperson-trips\n"
             + "Certificates\tOrdinary passports\t\t\t9,800,000\t4.4\tpieces\n"
             + "\tCriminal gangs broken up\t\t\t333\t12.0\tgangs",
             facts: [Expect(metric: "people.total", value: "100000000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "110000000", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "210000000", yoy: "5.0", period: "2024-H1"),
                     Expect(metric: "people.foreigners", value: "20000000", yoy: "9.1", period: "2024-H1"),
                     Expect(metric: "documents.passports", value: "9800000", yoy: "4.4", period: "2024-H1"),
                     Expect(metric: "enforcement.gangs", value: "333", yoy: "12.0", period: "2024-H1")],
             period: "2024-H1"),
    ]

    @Test(arguments: tabbed)
    func tabbedRowsKeepTheirColumns(_ c: Case) throws { try c.check() }

    // MARK: A year-on-year column after the base year's column is the later year's change

    static let twoBases: [Case] = [
        Case(text: "| Indicator | Q3 2024 | Q2 2024 | Q3 2023 | q/q % | y/y % |\n|---|--:|--:|--:|--:|--:|\n"
             + "| Border crossings, total | 180,000,000 | 170,000,000 | 150,000,000 | +5.9 | +20.0 |",
             facts: [Expect(metric: "people.total", value: "180000000", yoy: "20.0", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "170000000", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "150000000", period: "2023-Q3")],
             period: "2024-Q3"),
    ]

    @Test(arguments: twoBases)
    func yearOnYearGoesToTheLaterYear(_ c: Case) throws { try c.check() }

    // MARK: An analyst's estimate is a forecast

    static let estimates: [Case] = [
        Case(text: "Our estimate for total border crossings next year is 700 million.", facts: []),
    ]

    @Test(arguments: estimates)
    func estimatesAreForecasts(_ c: Case) throws { try c.check() }

    // MARK: A portal's scale and unit in brackets after the figure

    static let portal: [Case] = [
        Case(text: "Period    Indicator: value (unit)\n2024    Ordinary passports issued: 4.52 (million pieces)   YoY +10.2%\n"
             + "2024    Port visas issued: 71.5 (thousand pieces)\n2024    12367 hotline, average satisfaction: 99.1 (%)",
             facts: [Expect(metric: "documents.passports", value: "4520000", yoy: "10.2"),
                     Expect(metric: "documents.port_visas", value: "71500"),
                     Expect(metric: "services.hotline_satisfaction", value: "99.1")]),
    ]

    @Test(arguments: portal)
    func bracketedScalesRead(_ c: Case) throws { try c.check() }

    // MARK: An export's id columns and quoted notes row

    static let exports: [Case] = [
        Case(text: "dataset_id,row_id,indicator_name,period,value,unit,yoy_pct\n"
             + "\"NOTE\",\"0\",\"Read me first. Values are plain counts. Blank means not published.\",,,,\n"
             + "DS-1,1,\"Ordinary passports issued\",2024,20110000,pieces,7.5\nDS-1,2,\"Port visas issued\",2024,640000,pieces,",
             facts: [Expect(metric: "documents.passports", value: "20110000", yoy: "7.5"),
                     Expect(metric: "documents.port_visas", value: "640000")]),
    ]

    static let previousYear: [Case] = [
        Case(text: "indicator,value,unit,yoy_pct,prev_year_value\n\"Port visas issued\",640000,pieces,6.7,600000",
             facts: [Expect(metric: "documents.port_visas", value: "640000", yoy: "6.7"),
                     Expect(metric: "documents.port_visas", value: "600000", period: "2023")]),
    ]

    static let remarks: [Case] = [
        // A remark's date is the service's history, not the period of the row's figure.
        Case(text: "indicator,value,unit,qualifier,remarks\n\"12367 hotline - calls answered\",2800000,calls,about,\"line opened in March 2019\"",
             facts: [Expect(metric: "services.hotline_calls", value: "2800000", qualifier: .approx)]),
    ]

    @Test(arguments: remarks)
    func remarksNameNoPeriod(_ c: Case) throws { try c.check() }

    @Test(arguments: previousYear)
    func previousYearColumnsAreTheYearBefore(_ c: Case) throws { try c.check() }

    @Test(arguments: exports)
    func exportsReadPastIdsAndNotes(_ c: Case) throws { try c.check() }

    @Test func aQuotedRowIsOneSentence() {
        let text = "\"NOTE\",\"0\",\"First. Second sentence here.\",,\nNext line. Another one."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.count == 3)
    }

    // MARK: A fixed-width table copied from a PDF: unheaded label column, underscore rules,
    // labels wrapped over three lines, a blank cell

    static let fixedWidth: [Case] = [
        Case(text: """
                                                 Unit          2020        2019     Change
        ______________________________________________________________________________________
        Border crossings, total                  thousand      120,000     300,000     -60.0
        Exit-entry permits and endorsements
          issued to mainland residents for
          travel to Hong Kong, Macao, Taiwan     thousand       20,000      80,000     -75.0
          Port visas issued                      thousand          220                 -50.5
        """, facts: [Expect(metric: "people.total", value: "120000000", yoy: "-60.0", period: "2020"),
                     Expect(metric: "people.total", value: "300000000", period: "2019"),
                     Expect(metric: "documents.mainland_hkmt_combined", value: "20000000", yoy: "-75.0", period: "2020"),
                     Expect(metric: "documents.mainland_hkmt_combined", value: "80000000", period: "2019"),
                     Expect(metric: "documents.port_visas", value: "220000", yoy: "-50.5", period: "2020")],
             period: "2020"),
    ]

    @Test(arguments: fixedWidth)
    func fixedWidthTablesRead(_ c: Case) throws { try c.check() }

    @Test func aGarbledCellStaysUnderItsColumn() throws {
        let text = """
                                                 Unit          2020        2019     Change
        Border crossings, total                  thousand      120,000     300,000     -60.0
          Ships                                  thousand        3,10,000 (units)      -2.0
        """
        let ships = try metricFacts(text, period: "2020").filter { $0.metric == "vehicles.ships" }
        #expect(ships.count == 1)
        #expect(ships.first?.period.description == "2020")
        #expect(ships.first?.status == .flagged)
    }
}
