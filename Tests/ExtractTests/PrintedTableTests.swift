import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Tables as printed bulletins and yearbooks lay them out in plain text: a Chinese heading spaced out
/// to its column's width (指　　标), tables numbered by chapter without a title word ("3-2　…"), a
/// header row wrapped onto a second line ("Change on" over "2021 (%)"), a change column headed by
/// its base year ("2022 vs 2021 (%)"), a unit after a title's comma, labels wrapped after "and" or
/// "of", a long label running into its first figure; and the prose of year-by-year accounts
/// ("The following year brought …", "doubling the 207 destroyed in 2021"). Every text is invented.
struct PrintedTableTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: Yearbook tables

    static let yearbooks: [Case] = [
        // 项　　目 is one heading: the rows' four cells fall under four columns, each row's unit cell scales it.
        Case(text: """
        3-1　签证证件签发情况（2022年）
        项　　目                          单位       2022年    比上年增长（%）
        签发外国人签证证件                万件        95.4         -12.1
        签发口岸签证                      万张         21.7          8.3
        """, facts: [Expect(metric: "documents.visas", value: "954000", yoy: "-12.1", period: "2022"),
                     Expect(metric: "documents.port_visas", value: "217000", yoy: "8.3", period: "2022")],
             language: "zh", period: "2022"),
        // "3-2　出入境…": the numbered title heads the table (its 出入境 says what is counted); its number is no figure.
        Case(text: """
        3-2　出入境交通运输工具查验情况
                                            单位：架次、列次、艘次、辆次
        项　　目                2021年         2022年    2022年比上年增长（%）
        交通运输工具合计      10452361       11308412          8.2
        """, facts: [Expect(metric: "vehicles.total", value: "11308412", yoy: "8.2", period: "2022"),
                     Expect(metric: "vehicles.total", value: "10452361", period: "2021")],
             language: "zh", period: "2022"),
    ]

    @Test(arguments: yearbooks)
    func yearbookTablesRead(_ c: Case) throws { try c.check() }

    // MARK: Printed bulletins' tables

    static let bulletins: [Case] = [
        // The change column's heading wraps onto a second line; labels wrap after "and" and "of".
        Case(text: """
        Table 4  Documents issued, 2022
                 (unit: 10,000 documents)

          Item                                   2022      Change on
                                                           2021 (%)
          ------------------------------------------------------------
          Exit-entry permits to Hong Kong, Macao and
            Taiwan for mainland residents        1,204.6      -8.4
          Permits to the mainland for residents of
            Hong Kong, Macao and Taiwan            102.3       5.5
          Port visas                                31.2      +12.0
        """, facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "12046000", yoy: "-8.4", period: "2022"),
                     Expect(metric: "documents.hkmt_resident_permits", value: "1023000", yoy: "5.5", period: "2022"),
                     Expect(metric: "documents.port_visas", value: "312000", yoy: "12.0", period: "2022")], period: "2022"),
        // The unit after the title's comma scales the cells; a label runs into its first figure.
        Case(text: """
        Table 2. Border crossings, million person-trips

          Group                                2020     2021     2022    2022 vs 2021 (%)
          Mainland residents                   75.3     70.1     78.9        +12.6
          Residents of Hong Kong, Macao, Taiwan 60.2    52.4     55.0         +5.0
        """, facts: [Expect(metric: "people.mainland", value: "78900000", yoy: "12.6", period: "2022"),
                     Expect(metric: "people.mainland", value: "70100000", period: "2021"),
                     Expect(metric: "people.mainland", value: "75300000", period: "2020"),
                     Expect(metric: "people.hkmt", value: "55000000", yoy: "5.0", period: "2022"),
                     Expect(metric: "people.hkmt", value: "52400000", period: "2021"),
                     Expect(metric: "people.hkmt", value: "60200000", period: "2020")], period: "2022"),
        // "2022 vs 2020 (%)": a change over two years is no year-on-year change.
        Case(text: """
        Table 3. Border crossings, million person-trips

          Group                          2020     2022    2022 vs 2020 (%)
          Foreign nationals              12.1     13.3        +9.9
        """, facts: [Expect(metric: "people.foreigners", value: "13300000", period: "2022"),
                     Expect(metric: "people.foreigners", value: "12100000", period: "2020")], period: "2022"),
    ]

    @Test(arguments: bulletins)
    func bulletinTablesRead(_ c: Case) throws { try c.check() }

    @Test func aChangeHeadingNamesItsYearByItsBase() {
        let words = TableWords(grammar: sharedExtractor.grammar)
        func year(_ s: String) -> Int? {
            let t = Array(s.unicodeScalars)
            return words.changeOnYearBefore(Tokenizer.tokenize(t, 0..<t.count))
        }
        #expect(year("Change on 2014 (%)") == 2015)
        #expect(year("2018 vs 2017 (%)") == 2018)
        #expect(year("2016年比2015年增长（%）") == 2016)
        #expect(year("2018 vs 2016 (%)") == nil)
        #expect(year("Passengers from 2014") == nil)
        #expect(year("2018") == nil)
    }

    // MARK: A figure describing what another counts

    @Test func aThresholdOfPortsIsNoCount() throws {
        let facts = try extract("2022年，年出入境人员超过500万人次的口岸有18个。", period: "2022", language: "zh")
        #expect(!facts.contains { $0.value == 5_000_000 })
        let whole = try extract("在全年4.2亿人次的出入境人员中，内地居民2.1亿人次。", period: "2022", language: "zh")
        #expect(whole.contains { $0.metric == "people.total" && $0.value == 420_000_000 })
        #expect(whole.contains { $0.metric == "people.mainland" && $0.value == 210_000_000 })
    }

    // MARK: Year-by-year accounts

    static let accounts: [Case] = [
        Case(text: "In 2020, frontier inspection authorities checked 270.1 million inbound and outbound journeys. The following year brought 127.5 million, down 52.8% year on year.",
             facts: [Expect(metric: "people.total", value: "270100000", period: "2020"),
                     Expect(metric: "people.total", value: "127500000", yoy: "-52.8", period: "2021")], period: "2022"),
        Case(text: "Border police destroyed 415 transit dens in 2022, doubling the 207 destroyed in 2021.",
             facts: [Expect(metric: "enforcement.transit_dens", value: "415", yoy: "100", period: "2022"),
                     Expect(metric: "enforcement.transit_dens", value: "207", period: "2021")], period: "2022"),
        Case(text: "Cases of obstructing national (border) frontier management investigated by the police rose from 5,200 in 2020 to 7,400 in 2021 and 9,100 in 2022.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "5200", period: "2020"),
                     Expect(metric: "enforcement.criminal_cases", value: "7400", period: "2021"),
                     Expect(metric: "enforcement.criminal_cases", value: "9100", period: "2022")], period: "2022"),
        Case(text: "Border units seized 7.2 tonnes of drugs in 2021; in 2022 the haul halved to 3.6 tonnes.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "7.2", period: "2021"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "3.6", yoy: "-50", period: "2022")], period: "2022"),
    ]

    @Test(arguments: accounts)
    func yearByYearAccountsRead(_ c: Case) throws { try c.check() }
}
