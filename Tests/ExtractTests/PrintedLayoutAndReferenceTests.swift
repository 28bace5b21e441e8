import BriefingCore
import Foundation
import Testing
@testable import Extract
@testable import Ingest

/// Layouts of printed tables (labels wrapped over lines, a column gap for a colon, rows of years
/// under a "Year" heading, columns of month runs) and references across sentences and clauses (a
/// possessive, "Of the total" after a paragraph break, a named stretch of years, a relative
/// aside naming another body). Every text is invented.
struct PrintedLayoutAndReferenceTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: Fixed-width tables

    static let fixedWidth: [Case] = [
        // Labels wrapped below, above and around their figure: each row reads its whole label.
        Case(text: """
            Table 2  Documents issued

              Item                                          Jan.-Jun. 2025
              --------------------------------------------------------------
              Ordinary passports issued to mainland         11.42 million (+8.1%)
              residents
              Exit-entry permits and endorsements for
              mainland residents travelling to and from     48.36 million (+6.0%)
              Hong Kong, Macao and Taiwan
              Visas and residence permits issued to          1.22 million (+31.4%)
              foreign nationals
            """,
             facts: [Expect(metric: "documents.passports", value: "11420000", yoy: "8.1", period: "2025-H1"),
                     Expect(metric: "documents.mainland_hkmt_combined", value: "48360000", yoy: "6", period: "2025-H1"),
                     Expect(metric: "documents.visas", value: "1220000", yoy: "31.4", period: "2025-H1")],
             period: "2025-H1"),
        // A column gap parts label and figure as a colon does; the parts after the total are its parts.
        Case(text: """
            People inspected at ports                      301.6 million (+21.4%)
            Residents of Hong Kong, Macao and Taiwan       131.0 million (+18.2%)
            Foreign nationals                               33.9 million (+37.0%)
            Foreign nationals entering under visa-exemption policies      9.2 million (+72.0%)
            """,
             facts: [Expect(metric: "people.total", value: "301600000", yoy: "21.4"),
                     Expect(metric: "people.hkmt", value: "131000000", yoy: "18.2"),
                     Expect(metric: "people.foreigners", value: "33900000", yoy: "37"),
                     Expect(metric: "people.visa_free_foreigners", value: "9200000", yoy: "72")]),
    ]

    @Test(arguments: fixedWidth)
    func fixedWidthRowsReadTheirWholeLabel(_ c: Case) throws { try c.check() }

    @Test func wrappedLabelsJoinOnlyTablesOfOneFigureColumn() {
        let words: Set<String> = ["to", "and", "of", "for", "from"]
        let wrapped = "  Passports issued to            11.4 (+8.1%)\n  mainland residents\n  Visas issued                    1.2 (+31.4%)\n"
        #expect(WrappedRowLabels.mend(wrapped, openWords: words).contains("Passports issued to mainland residents    11.4 (+8.1%)"))
        // Two figure columns: the columns are read where they stand, so nothing moves.
        let twoColumns = "  Passports issued to            11.4      10.6\n  mainland residents\n  Visas issued                    1.2       0.9\n"
        #expect(WrappedRowLabels.mend(twoColumns, openWords: words) == twoColumns)
        // A heading line between rows, at a shallower indent, joins no row.
        let heading = "Documents\n  Passports                 11.4\n  Visas                     1.2\nServices\n  Hotline calls             4.3\n  Online requests           9.9\n"
        #expect(WrappedRowLabels.mend(heading, openWords: words) == heading)
    }

    // MARK: Tables of years and of month runs

    static let periodTables: [Case] = [
        // Rows of years under a "Year" heading: each column counts what its heading names, the
        // "Total" column the sum its parts add up to; the introducing line gives the scale.
        Case(text: """
            People inspected at the borders (million person-trips, entries and exits):

                Year    Total    Mainland residents    Hong Kong, Macao and Taiwan residents    Foreign nationals
                2021    128.1         67.5                    55.3                                   5.3
                2022    115.7         61.6                    50.7                                   3.4
            """,
             facts: [Expect(metric: "people.total", value: "128100000", period: "2021"),
                     Expect(metric: "people.mainland", value: "67500000", period: "2021"),
                     Expect(metric: "people.hkmt", value: "55300000", period: "2021"),
                     Expect(metric: "people.foreigners", value: "5300000", period: "2021"),
                     Expect(metric: "people.total", value: "115700000", period: "2022"),
                     Expect(metric: "people.mainland", value: "61600000", period: "2022"),
                     Expect(metric: "people.hkmt", value: "50700000", period: "2022"),
                     Expect(metric: "people.foreigners", value: "3400000", period: "2022")],
             period: "2022"),
        // Columns of a quarter and of month runs in two years; the change column is the later run's.
        Case(text: """
            | Indicator (million crossings) | Q2 2025 | Jan-Jun 2025 | Jan-Jun 2024 | YoY, Jan-Jun |
            |---|---:|---:|---:|---:|
            | All persons inspected | 166.0 | 330.0 | 287.0 | +15.0% |
            | Mainland residents | 80.0 | 160.0 | 137.5 | +16.4% |
            | Hong Kong, Macao and Taiwan residents | 70.0 | 135.0 | 120.2 | +12.3% |
            """,
             facts: [Expect(metric: "people.total", value: "166000000", period: "2025-Q2"),
                     Expect(metric: "people.total", value: "330000000", yoy: "15", period: "2025-H1"),
                     Expect(metric: "people.total", value: "287000000", period: "2024-H1"),
                     Expect(metric: "people.mainland", value: "80000000", period: "2025-Q2"),
                     Expect(metric: "people.mainland", value: "160000000", yoy: "16.4", period: "2025-H1"),
                     Expect(metric: "people.mainland", value: "137500000", period: "2024-H1"),
                     Expect(metric: "people.hkmt", value: "70000000", period: "2025-Q2"),
                     Expect(metric: "people.hkmt", value: "135000000", yoy: "12.3", period: "2025-H1"),
                     Expect(metric: "people.hkmt", value: "120200000", period: "2024-H1")],
             period: "2025-H1"),
    ]

    @Test(arguments: periodTables)
    func tablesOfYearsAndMonthRuns(_ c: Case) throws { try c.check() }

    // MARK: Labels that name more than one thing

    static let labels: [Case] = [
        // The label's own words rule out what its rules exclude.
        Case(text: "- Permits and endorsements for mainland residents travelling to and from Hong Kong, Macao and Taiwan: 78.1 million (+4.4%).",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "78100000", yoy: "4.4")]),
        // One modifier word may open a label.
        Case(text: "- Travel permits for Hong Kong, Macao and Taiwan residents to visit the mainland: 1.96 million.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "1960000")]),
        // An exclusion the subject holds ("foreign travellers") excludes nothing.
        Case(text: "A total of 142.6 million Chinese and foreign travellers were inspected nationwide in the year.",
             facts: [Expect(metric: "people.total", value: "142600000")]),
        // Flights a week are a rate, not a count of aircraft.
        Case(text: "- International flights: ~6,100 a week in May.", facts: [], absent: ["vehicles.aircraft"]),
    ]

    @Test(arguments: labels)
    func labelsNamingMoreThanOneThing(_ c: Case) throws { try c.check() }

    // MARK: References across sentences and clauses

    static let references: [Case] = [
        // A possessive opening the sentence stands for the subject of the sentence before.
        Case(text: "Foreign nationals were the smallest group. Their crossings rose from 13.0 million in 2021 to 26.9 million in 2022.",
             facts: [Expect(metric: "people.foreigners", value: "13000000", period: "2021"),
                     Expect(metric: "people.foreigners", value: "26900000", period: "2022")],
             period: "2022"),
        // "Of the total" opening a paragraph refers to the total the paragraph before ended on.
        Case(text: "Border officers checked 424 million travellers in 2023.\n\nOf the total, 204 million were mainland residents, 186 million were residents of Hong Kong, Macao and Taiwan, and 34 million were foreigners.",
             facts: [Expect(metric: "people.total", value: "424000000", period: "2023"),
                     Expect(metric: "people.mainland", value: "204000000", period: "2023"),
                     Expect(metric: "people.hkmt", value: "186000000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "34000000", period: "2023")],
             period: "2023"),
        // A list of nouns after the figure does not hide the year after it; "the figure" of the next clause.
        Case(text: "Officers checked 9.6 million aircraft, trains, ships and motor vehicles in 2022; in 2023 the figure was 19.2 million, up 100%.",
             facts: [Expect(metric: "vehicles.total", value: "9600000", period: "2022"),
                     Expect(metric: "vehicles.total", value: "19200000", yoy: "100", period: "2023")],
             period: "2023"),
        // A base "in the same period last year" is the same part of the year before.
        Case(text: "In the first half, officers inspected 287 million travellers, up 70.9 percent from 168 million in the same period last year.",
             facts: [Expect(metric: "people.total", value: "287000000", yoy: "70.9", period: "2024-H1"),
                     Expect(metric: "people.total", value: "168000000", period: "2023-H1")],
             period: "2024-H1"),
        // A body named inside a relative aside owns no figure; a month there dates the event.
        Case(text: "The NIA, which was established in April 2018 to take over border checks from the Ministry of Public Security, said its officers inspected 610 million people in 2024.",
             facts: [Expect(metric: "people.total", value: "610000000")]),
        // The capital's possessive opens a local subject; the nation's figure stands.
        Case(text: "Beijing's exit-entry administration issued 1.2 million ordinary passports in 2024. Nationwide, 23 million ordinary passports were issued.",
             facts: [Expect(metric: "documents.passports", value: "23000000")]),
    ]

    @Test(arguments: references)
    func referencesAcrossSentencesAndClauses(_ c: Case) throws { try c.check() }

    // MARK: Stretches of years known by name, and brackets of another year

    /// A total over a stretch known by name is that stretch's, never a year's.
    @Test(arguments: [
        ("During the 14th Five-Year Plan period, border officers inspected 3.1 billion travellers.", "en", "2025", "3100000000", "2021-01-01/2025-12-31"),
        ("“十三五”时期，全国边检机关累计查验出入境人员26.5亿人次。", "zh", "2020", "2650000000", "2016-01-01/2020-12-31"),
    ])
    func totalsOverANamedStretch(_ text: String, _ language: String, _ period: String, _ value: String, _ window: String) throws {
        let facts = try extract(text, period: period, language: language)
        let f = try #require(facts.first { $0.value == dec(value) })
        #expect(f.period.description == window)
        #expect(!facts.contains { $0.metric != nil && $0.period.isAnnual })
    }

    static let stretches: [Case] = [
        // The plan named as the year's context dates nothing.
        Case(text: "2025年是“十四五”规划收官之年，全年查验出入境人员6.83亿人次。",
             facts: [Expect(metric: "people.total", value: "683000000", period: "2025")], language: "zh", period: "2025"),
        // A bracket of another year's figure closes with the bracket; the clauses after are the year's.
        Case(text: "2024年，共侦办妨害国（边）境管理犯罪案件2.6万起，同比下降5.1%（2023年为2.74万起）；抓获\"蛇头\"512名；捣毁偷渡中转窝点640个。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "26000", yoy: "-5.1"),
                     Expect(metric: "enforcement.criminal_cases", value: "27400", period: "2023"),
                     Expect(metric: "enforcement.fugitives", value: "512"),
                     Expect(metric: "enforcement.transit_dens", value: "640")], language: "zh"),
        // A provincial border-defence corps is a local body: its figures are not the nation's.
        Case(text: "2017年，广西公安边防总队全年查验出入境人员3120万人次。全国边防检查机关全年查验出入境人员5.98亿人次。",
             facts: [Expect(metric: "people.total", value: "598000000", period: "2017")], language: "zh", period: "2017"),
    ]

    @Test(arguments: stretches)
    func namedStretchesAndBracketsOfAnotherYear(_ c: Case) throws { try c.check() }

    // MARK: Lists of years, listed figures, corrections and other bodies

    static let listsAndBodies: [Case] = [
        // Years listed before their counts, "respectively"; the next sentence's counts for "those years".
        Case(text: "In 2021, 2022 and 2023, officers investigated 19,700, 32,300 and 42,100 criminal cases of obstructing border management, respectively. The numbers of fugitive snakeheads captured in those three years were 121, 397 and 463.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "19700", period: "2021"),
                     Expect(metric: "enforcement.criminal_cases", value: "32300", period: "2022"),
                     Expect(metric: "enforcement.criminal_cases", value: "42100", period: "2023"),
                     Expect(metric: "enforcement.fugitives", value: "121", period: "2021"),
                     Expect(metric: "enforcement.fugitives", value: "397", period: "2022"),
                     Expect(metric: "enforcement.fugitives", value: "463", period: "2023")],
             period: "2023"),
        // Bulleted items under a paragraph naming an operation's window are that window's, never the year's.
        Case(text: "The \"Blue Shield\" operation ran from May 1 to October 31, 2024. During the operation the border police:\n\n  * uncovered 312 drug cases;\n  * seized 418 guns.\n\nOver the whole year, 2,050 guns were seized.",
             facts: [Expect(metric: "enforcement.drug_cases", value: "312", period: "2024-05-01/2024-10-31"),
                     Expect(metric: "enforcement.guns", value: "418", period: "2024-05-01/2024-10-31"),
                     Expect(metric: "enforcement.guns", value: "2050")]),
        // A numbered list of figures, each read with the paragraph after it.
        Case(text: "1. 610 million\n\nThat is how many people immigration officers inspected in 2024, up 43.9% year on year.\n\n2. 23.2 million\n\nOrdinary passports issued to Chinese citizens during the year.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"), Expect(metric: "documents.passports", value: "23200000")]),
        // A figure an earlier version gave is no fact; the corrected one stands.
        Case(text: "Some 6.2 million foreigners entered visa-free in the quarter.\n\nCorrection: An earlier version of this article said 2.6 million visa-free entries. The correct figure is 6.2 million.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "6200000", qualifier: .approx, period: "2025-Q1")], period: "2025-Q1"),
        // Another body's figures (customs, procuratorates) are not the administration's.
        Case(text: "Immigration police seized 6.3 tonnes of drugs in 2024. Customs anti-smuggling police separately seized 9.6 tonnes of drugs. Procuratorial organs prosecuted 14,320 people for obstructing border management.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "6.3")]),
        // A pronoun subject standing for a province's police makes its clause's figure the province's.
        Case(text: "Border police in Yunnan kept up pressure on trafficking. In 2024, they seized 12.6 tonnes of drugs.\n\nNationwide, immigration authorities seized 19.8 tonnes of drugs.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "19.8")]),
    ]

    @Test(arguments: listsAndBodies)
    func listsCorrectionsAndOtherBodies(_ c: Case) throws { try c.check() }

    // MARK: A data sheet dated to the year's last day

    static let yearEnd: [Case] = [
        // A heading's date goes with its year; the column of the year is the whole year's.
        Case(text: "数据截至：2024年12月31日\n\n指标\t单位\t2024年\t2023年\t增减(%)\n出入境人员\t万人次\t61,012.5\t42,425.6\t43.8",
             facts: [Expect(metric: "people.total", value: "610125000", yoy: "43.8"),
                     Expect(metric: "people.total", value: "424256000", period: "2023")], language: "zh"),
        // Up to the year's last day, its year written, is the whole year; an earlier day is the year so far.
        Case(text: "截至2024年12月31日，全年出入境人员6.1亿人次。", facts: [Expect(metric: "people.total", value: "610000000")], language: "zh"),
        Case(text: "As of November 30, 2024, officers had inspected 560 million people.",
             facts: [Expect(metric: "people.total", value: "560000000", period: "2024-01-01/2024-11-30")]),
    ]

    @Test(arguments: yearEnd)
    func aDataSheetDatedToTheYearsEnd(_ c: Case) throws { try c.check() }

    // MARK: Boxes of figures and typed decimals

    static let boxes: [Case] = [
        // Figures each on a line with the caption below, no heading above: every figure reads with its caption.
        Case(text: "Here is the year at the borders, by the numbers.\n\n612 million\nThe number of inbound and outbound trips checked by border inspection authorities in 2024, up 44.1 percent year on year.\n\n65.1 million\nTrips made by foreign nationals, up 82.9 percent.\n\n23.2 million\nOrdinary passports issued to Chinese citizens.",
             facts: [Expect(metric: "people.total", value: "612000000", yoy: "44.1"),
                     Expect(metric: "people.foreigners", value: "65100000", yoy: "82.9"),
                     Expect(metric: "documents.passports", value: "23200000")]),
        // A space typed after the decimal point, again and again: the figures are written whole.
        Case(text: "The NIA issued 23. 2 million ordinary passports, up 26. 5%. Border police seized 9. 6 tonnes of drugs.",
             facts: [Expect(metric: "documents.passports", value: "23200000", yoy: "26.5"), Expect(metric: "enforcement.drugs_tonnes", value: "9.6")]),
        // A part of the year closing its clause without a year is the release year's.
        Case(text: "Officers inspected 166.4 million people in the third quarter. The figure compares with 147.1 million in the second quarter.",
             facts: [Expect(metric: "people.total", value: "166400000", period: "2024-Q3"), Expect(metric: "people.total", value: "147100000", period: "2024-Q2")],
             period: "2024-Q3"),
    ]

    @Test(arguments: boxes)
    func boxesOfFiguresAndTypedDecimals(_ c: Case) throws { try c.check() }

    @Test func repeatedFigureLinesAreNoRunningHeaders() {
        let text = "AT A GLANCE\n\n295.6 million\ntrips inspected\n\n146.1 million\ntrips by mainland residents\n\n128.7 million\ntrips by Hong Kong, Macao and Taiwan residents\n"
        let joined = LineJoiner.join(text)
        for figure in ["295.6 million", "146.1 million", "128.7 million"] { #expect(joined.contains(figure)) }
    }

    // MARK: Word-for-word bases, differences, shares and quarters listed

    static let literalAndListed: [Case] = [
        // 比去年同期…净增… word for word: the base is the year before's same part, the difference no count.
        Case(text: "2019 year first quarter, organs total inspect entry-exit personnel 1.68 hundred million person-times, same-ratio rise 12.2%, than last year same period 1.50 hundred million person-times net increase 0.18 hundred million person-times.",
             facts: [Expect(metric: "people.total", value: "168000000", yoy: "12.2", period: "2019-Q1"),
                     Expect(metric: "people.total", value: "150000000", period: "2018-Q1")], period: "2019-Q1"),
        // A share of the year's total dates nothing: the window carried to the sentence stays.
        Case(text: "2020年6月1日至11月30日，开展“清源”专项行动。专项行动期间，共侦办妨害国(边)境管理犯罪案件4100余起，侦办案件数占全年总数的56%。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "4100", qualifier: .atLeast, period: "2020-06-01/2020-11-30")], language: "zh", period: "2020"),
        // Four counts after 四个季度 are the year's quarters in order.
        Case(text: "2025年，全国查验外国人7694.6万人次。四个季度查验外国人分别为1712.3万、1865.4万、2008.1万和2108.8万人次。",
             facts: [Expect(metric: "people.foreigners", value: "76946000", period: "2025"),
                     Expect(metric: "people.foreigners", value: "17123000", period: "2025-Q1"),
                     Expect(metric: "people.foreigners", value: "18654000", period: "2025-Q2"),
                     Expect(metric: "people.foreigners", value: "20081000", period: "2025-Q3"),
                     Expect(metric: "people.foreigners", value: "21088000", period: "2025-Q4")], language: "zh", period: "2025"),
        // "Part 1 |" numbers a section.
        Case(text: "Part 1 | People and vehicles crossing the border\n\nEntry and exit personnel: 451 million person-times in the first three quarters, a year-on-year increase of 39.7%.",
             facts: [Expect(metric: "people.total", value: "451000000", yoy: "39.7", period: "2024-01-01/2024-09-30")], period: "2024-01-01/2024-09-30"),
    ]

    @Test(arguments: literalAndListed)
    func literalBasesSharesAndListedQuarters(_ c: Case) throws { try c.check() }

    // MARK: Columns of month runs, asides and counts of other periods

    static let columnsAndClauses: [Case] = [
        // A column headed by a run of months is that window; indented rows take their parent's 万人次;
        // the month the intro line names dates no row.
        Case(text: """
            6月份查验出入境人员5,120万人次。主要数据见下表：

                                   第二季度      同比%      1—6月累计     同比%
            出入境人员（万人次）      14,830         9.1        28,760        11.4
              外国人                   1,602        21.5         3,055        25.0
            """,
             facts: [Expect(metric: "people.total", value: "51200000", period: "2024-06-01/2024-06-30"),
                     Expect(metric: "people.total", value: "148300000", yoy: "9.1", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "287600000", yoy: "11.4", period: "2024-H1"),
                     Expect(metric: "people.foreigners", value: "16020000", yoy: "21.5", period: "2024-Q2"),
                     Expect(metric: "people.foreigners", value: "30550000", yoy: "25", period: "2024-H1")],
             language: "zh", period: "2024-H1"),
        // ('000) is thousands; a Jan-Sep column is the nine months.
        Case(text: "Indicator\tQ3 2023\tYoY %\tJan-Sep 2023\tYoY %\nOrdinary passports issued ('000)\t5,214.6\t61.2\t14,380.1\t70.4\n",
             facts: [Expect(metric: "documents.passports", value: "5214600", yoy: "61.2", period: "2023-Q3"),
                     Expect(metric: "documents.passports", value: "14380100", yoy: "70.4", period: "2023-01-01/2023-09-30")],
             period: "2023-Q3"),
        // A later clause of its own period with no noun counts what the first count did.
        Case(text: "In the fourth quarter, 7.1 million conveyances were inspected; in the whole year, 25.3 million were inspected, up 12.5% year on year.",
             facts: [Expect(metric: "vehicles.total", value: "7100000", period: "2024-Q4"),
                     Expect(metric: "vehicles.total", value: "25300000", yoy: "12.5", period: "2024")], period: "2024-Q4"),
        // An aside between commas parts no subject from its verb; a base after "up from" is the same count.
        Case(text: "Foreign nationals, however, accounted for 40.2 million crossings, up from 31.6 million in 2023.",
             facts: [Expect(metric: "people.foreigners", value: "40200000"),
                     Expect(metric: "people.foreigners", value: "31600000", period: "2023")]),
        // A quarter in the possessive dates the figure after it.
        Case(text: "Crossings reached 150.3 million in the third quarter, above the second quarter's 141.2 million.",
             facts: [Expect(metric: "people.total", value: "150300000", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "141200000", period: "2024-Q2")], period: "2024-Q3"),
        // A bracketed year label after the figure's noun and year.
        Case(text: "Ports issued 812,000 port visas in 2024 (2023: 604,300).",
             facts: [Expect(metric: "documents.port_visas", value: "812000"),
                     Expect(metric: "documents.port_visas", value: "604300", period: "2023")]),
        // "Case 3:" numbers an example; "the number reached" refers back.
        Case(text: "Case 3: A smuggling ring broken up in Yunnan. Officers inspected 311 million trips in the first half. In the second quarter alone the number reached 162 million.",
             facts: [Expect(metric: "people.total", value: "311000000", period: "2024-H1"),
                     Expect(metric: "people.total", value: "162000000", period: "2024-Q2")], period: "2024-H1"),
        // A number a speaker breaks off and says again is a false start: the change is the second.
        Case(text: "Officers inspected six hundred and ten million people, up three point... three point nine percent on the year before.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "3.9")]),
        // A bracketed heading of an earlier year heads its lines; a heading writing a window's dates too.
        Case(text: "回顾近年数据。\n\n【2023年：复苏之年】\n\n全年：查验出入境人员4.24亿人次。\n\n自4月2日至9月30日\n签发普通护照1684.2万本\n",
             facts: [Expect(metric: "people.total", value: "424000000", period: "2023"),
                     Expect(metric: "documents.passports", value: "16842000", period: "2025-04-02/2025-09-30")], language: "zh", period: "2025"),
        // A bracket naming the same period last year; counts listed with their quarters after them.
        Case(text: "In the third quarter, officers inspected 181.4 million person-times, up 12.1% (the same period last year was 161.8 million person-times). Officers inspected 165.3 million trips in the first quarter, 170.2 million in the second quarter and 181.4 million in the third quarter.",
             facts: [Expect(metric: "people.total", value: "181400000", yoy: "12.1", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "161800000", period: "2023-Q3"),
                     Expect(metric: "people.total", value: "165300000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "170200000", period: "2024-Q2")], period: "2024-Q3"),
        // A year right after a compared figure dates that figure, not the whole year's part.
        Case(text: "In the whole year, a total of 4.6 million ordinary passports were issued, down 84.7% year-on-year, compared with the 30.1 million of 2019.",
             facts: [Expect(metric: "documents.passports", value: "4600000", yoy: "-84.7", period: "2020")], period: "2020"),
        // A window from 1 January carries to the next sentence of its paragraph.
        Case(text: "In the first nine months, officers inspected 480.2 million trips, up 9.6 percent. They also issued 1.9 million visas, up 8.0 percent.",
             facts: [Expect(metric: "people.total", value: "480200000", yoy: "9.6", period: "2024-01-01/2024-09-30"),
                     Expect(metric: "documents.visas", value: "1900000", yoy: "8", period: "2024-01-01/2024-09-30")], period: "2024-Q3"),
    ]

    @Test(arguments: columnsAndClauses)
    func monthRunColumnsAsidesAndOtherPeriodsOfACount(_ c: Case) throws { try c.check() }

    static let movementAndOutlines: [Case] = [
        // A phrase of how the subject travelled stands between it and its verb.
        Case(text: "Foreign nationals crossing the border fell to 12.4 million, while mainland residents who entered or left the country totalled 312.4 million.",
             facts: [Expect(metric: "people.foreigners", value: "12400000"), Expect(metric: "people.mainland", value: "312400000")]),
        // Adverbs between a start link's verb and its "from"; "the previous year's total" is the year before the sentence's.
        Case(text: "Persons inspected have risen every year from 424 million in 2022 to 610 million in 2023. In 2023 officers inspected 430 million people, well above the previous year's total of 115.7 million.",
             facts: [Expect(metric: "people.total", value: "424000000", period: "2022"),
                     Expect(metric: "people.total", value: "610000000", period: "2023"),
                     Expect(metric: "people.total", value: "430000000", period: "2023"),
                     Expect(metric: "people.total", value: "115700000", period: "2022")]),
        // An outline's bracketed or Chinese-numeral item number opens a row under a colon's heading.
        Case(text: "分类别看：\n（一）内地居民8540万人次，同比上升17.4%；\n(2)港澳台居民6963万人次，同比上升14.9%；\n三、外国人1597万人次，同比上升57.6%。\n",
             facts: [Expect(metric: "people.mainland", value: "85400000", yoy: "17.4", period: "2024-Q3"),
                     Expect(metric: "people.hkmt", value: "69630000", yoy: "14.9", period: "2024-Q3"),
                     Expect(metric: "people.foreigners", value: "15970000", yoy: "57.6", period: "2024-Q3")], language: "zh", period: "2024-Q3"),
        // Nouns joined by 、 after the figure's noun are counted together; a total since the founding is no year's.
        Case(text: "4月2日国家移民管理局挂牌。自挂牌至年底，共查验出入境人员4.9亿人次。全年有6名民警、辅警在执行任务中英勇牺牲。",
             facts: [Expect(metric: "personnel.deaths", value: "6", period: "2018")], language: "zh", period: "2018"),
        // A comparison line of an infographic counts the headline total in another year.
        Case(text: "查验出入境人员：1.28亿人次\n同比下降：49.4%\n对比：2019年为6.7亿人次\n",
             facts: [Expect(metric: "people.total", value: "128000000", yoy: "-49.4", period: "2021"),
                     Expect(metric: "people.total", value: "670000000", period: "2019")], language: "zh", period: "2021"),
        // The month a "busiest month" is said to be; two years taken together; another body's air passengers;
        // permits a group "received".
        Case(text: "The busiest month was July, when 63.4 million persons crossed the border.\n\nOver 2024 and 2025 together, foreigners made 48.55 million visa-free entries.\n\nThe civil aviation authority reported 48.1 million international air passenger trips, a figure not counted by border inspection.\n\nMainland residents received 20.31 million permits for travel to and from Hong Kong, Macao and Taiwan.",
             facts: [Expect(metric: "people.total", value: "63400000", period: "2025-07-01/2025-07-31"),
                     Expect(metric: "people.visa_free_foreigners", value: "48550000", period: "2024-01-01/2025-12-31"),
                     Expect(metric: "documents.mainland_hkmt_permits", value: "20310000", period: "2025")], period: "2025"),
        // A label's verb after its colon; a sentence breaking the count before down by quarter; a base
        // compared with in a sentence of its own.
        Case(text: "交通运输工具：查验958.3万架（列、艘、辆）次，同比上升7.7%。上半年累计查验出入境人员2.87亿人次，同比上升70.9%。分季度看，一季度查验1.41亿人次，二季度查验1.46亿人次，环比增长3.5%。与2023年同期的1.68亿人次相比，增加1.19亿人次。",
             facts: [Expect(metric: "vehicles.total", value: "9583000", yoy: "7.7", period: "2024-H1"),
                     Expect(metric: "people.total", value: "287000000", yoy: "70.9", period: "2024-H1"),
                     Expect(metric: "people.total", value: "141000000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "146000000", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "168000000", period: "2023-H1")], language: "zh", period: "2024-H1"),
        // "The last year before" counts back from no release; a change above a base of 2019 is no
        // year-on-year change, and that base is 2019's count.
        Case(text: "Officers inspected 712.6 million trips in 2025, up 16.8 percent from the 610 million recorded in 2024 and 5.9 percent above the 672.8 million of 2019, the last year before the pandemic. They inspected 37.8 million conveyances, up 16.1 percent and 10.8 percent above the 2019 figure.",
             facts: [Expect(metric: "people.total", value: "712600000", yoy: "16.8", period: "2025"),
                     Expect(metric: "people.total", value: "610000000", period: "2024"),
                     Expect(metric: "people.total", value: "672800000", period: "2019"),
                     Expect(metric: "vehicles.total", value: "37800000", yoy: "16.1", period: "2025")], period: "2025"),
        // A table titled "Table:" without a number takes the title's unit.
        Case(text: "Table: People inspected by quarter, 2019 (million)\n\nQuarter   People inspected   YoY\nQ1        163.4              +4.1%\nQ2        164.9              +3.8%\n",
             facts: [Expect(metric: "people.total", value: "163400000", yoy: "4.1", period: "2019-Q1"),
                     Expect(metric: "people.total", value: "164900000", yoy: "3.8", period: "2019-Q2")], period: "2019"),
        // Another body's speaker named with title and commas on a line of its own; customs as a sentence's
        // subject; police figures on fraud are no border crime.
        Case(text: "Sun Yu, deputy director-general of the Department of Market Management, MCT:\nOur survey estimates 35.8 million inbound visits in the quarter, of which 9.3 million were made by foreign visitors.\n\nIn the quarter, the customs seized 4.8 tonnes of drugs. Police cracked 52,000 cases of telecom network fraud.",
             facts: [], absent: ["people.foreigners", "enforcement.drugs_tonnes", "enforcement.criminal_cases"], period: "2026-Q1"),
        // A spreadsheet's rows of one year each, its field names in words, a percent column.
        Case(text: "Data (CSV)\n\nyear,ordinary_passports_issued,hotline_12367_satisfaction_pct\n2018,30460000,\n2019,31270000,95.1\n2020,4210000,96.4\n",
             facts: [Expect(metric: "documents.passports", value: "30460000", period: "2018"),
                     Expect(metric: "documents.passports", value: "31270000", period: "2019"),
                     Expect(metric: "documents.passports", value: "4210000", period: "2020"),
                     Expect(metric: "services.hotline_satisfaction", value: "95.1", period: "2019"),
                     Expect(metric: "services.hotline_satisfaction", value: "96.4", period: "2020")], period: "2022"),
        // A chart's data labels on one line, under its title naming the span and the unit.
        Case(text: "Chart 2: Foreign nationals inspected, 2017–2021 (million trips)\n2017: 89.9 | 2018: 95.5 | 2019: 97.7 | 2020: 12.4 | 2021: 1.5\nSource: National Immigration Administration\n",
             facts: [Expect(metric: "people.foreigners", value: "89900000", period: "2017"),
                     Expect(metric: "people.foreigners", value: "95500000", period: "2018"),
                     Expect(metric: "people.foreigners", value: "97700000", period: "2019"),
                     Expect(metric: "people.foreigners", value: "12400000", period: "2020"),
                     Expect(metric: "people.foreigners", value: "1500000", period: "2021")], period: "2021"),
        Case(text: "图1  2019—2021年全国出入境人员查验量（单位：亿人次）\n2019年：6.72 | 2020年：2.70 | 2021年：1.28\n数据来源：国家移民管理局\n",
             facts: [Expect(metric: "people.total", value: "672000000", period: "2019"),
                     Expect(metric: "people.total", value: "270000000", period: "2020"),
                     Expect(metric: "people.total", value: "128000000", period: "2021")], language: "zh", period: "2021"),
        // Rows of a half of a named year under 年份; a column's bracketed measure.
        Case(text: "表1  2019—2025年上半年出入境人员查验情况\n单位：万人次\n\n年份            出入境人员    其中：外国人\n2019年上半年      33,267         4,713\n2025年上半年      32,790         3,817\n",
             facts: [Expect(metric: "people.total", value: "332670000", period: "2019-H1"),
                     Expect(metric: "people.foreigners", value: "47130000", period: "2019-H1"),
                     Expect(metric: "people.total", value: "327900000", period: "2025-H1"),
                     Expect(metric: "people.foreigners", value: "38170000", period: "2025-H1")], language: "zh", period: "2025-H1"),
        Case(text: "Enforcement results of the immigration authorities:\n\nYear | Criminal cases investigated | Drugs seized (tonnes)\n2019 | 13,600 | 8.1\n2020 | 16,900 | 7.3\n",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "13600", period: "2019"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "8.1", period: "2019"),
                     Expect(metric: "enforcement.criminal_cases", value: "16900", period: "2020"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "7.3", period: "2020")], period: "2023"),
        // The same stretch of an earlier year opening the sentence; a figure alone in its bracket
        // counts the noun before it; a writer's planning assumption is no figure.
        Case(text: "For the same nine months of 2023 the NIA had counted 306.5 million crossings.\n\nHong Kong, Macao and Taiwan residents (188.9 million) again outnumber mainland residents (215.2 million) at the border.\n\nMy working assumption for full-year 2024 is around 600 million crossings, with foreign nationals at roughly 62 million.",
             facts: [Expect(metric: "people.total", value: "306500000", period: "2023-01-01/2023-09-30"),
                     Expect(metric: "people.hkmt", value: "188900000", period: "2024-01-01/2024-09-30"),
                     Expect(metric: "people.mainland", value: "215200000", period: "2024-01-01/2024-09-30")], period: "2024-01-01/2024-09-30"),
        // The same window of an earlier year after a figure of a nine-month release; a tourism
        // body's outbound trips; a port opening its sentence after "the".
        Case(text: "Overall, the nine-month total is about 59 per cent of the 503.3 million crossings logged in the same period of 2019.\n\nThe China Tourism Academy said mainland residents made 62.03 million outbound tourist trips.\n\nThe Luohu crossing handled about 62 million trips in the nine months.",
             facts: [Expect(metric: "people.total", value: "503300000", period: "2019-01-01/2019-09-30")], period: "2023-01-01/2023-09-30"),
        // "The quarterly total" after a daily rate refers back to the quarter's count; crossings the NIA
        // recorded; a pronoun's body's "passenger trips" stay unmatched.
        Case(text: "Officers handled 141.2 million entries and exits in the first quarter, up 117.5% from a year earlier.\n\nThat works out at roughly 1.55 million crossings a day, although the quarterly total was still about 8% below the 153.6 million recorded in the same period of 2019.\n\nFor the whole of 2023, the NIA recorded about 424 million crossings.\n\nHong Kong's Immigration Department said it recorded 312.4 million passenger trips.",
             facts: [Expect(metric: "people.total", value: "141200000", yoy: "117.5", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "153600000", period: "2019-Q1"),
                     Expect(metric: "people.total", value: "424000000", qualifier: .approx, period: "2023")], period: "2024-Q1"),
        // ", when …" after "a year earlier" dates its figure to the release's stretch a year before.
        Case(text: "Foreigners made 17.5 million crossings in the quarter, or nearly one in ten, compared with about one in thirteen a year earlier, when 12.5 million foreign crossings were recorded.",
             facts: [Expect(metric: "people.foreigners", value: "17500000", period: "2025-Q1"),
                     Expect(metric: "people.foreigners", value: "12500000", period: "2024-Q1")], period: "2025-Q1"),
        // A comma before another part of the year opens that part's clause.
        Case(text: "Looking at the stages, the first half of the year inspected 62.1 million person-times, the third quarter inspected 32.17 million person-times.",
             facts: [Expect(metric: "people.total", value: "62100000", period: "2021-H1"),
                     Expect(metric: "people.total", value: "32170000", period: "2021-Q3")], period: "2021-01-01/2021-09-30"),
        // A column headed by one month and its year is that month's, beside the quarter's run of months.
        Case(text: "| Indicator | March 2026 | YoY | January–March 2026 | YoY |\n|---|---|---|---|---|\n| People inspected (million) | 64.20 | +14.5% | 187.40 | +12.1% |\n",
             facts: [Expect(metric: "people.total", value: "64200000", yoy: "14.5", period: "2026-03-01/2026-03-31"),
                     Expect(metric: "people.total", value: "187400000", yoy: "12.1", period: "2026-Q1")], period: "2026-Q1"),
        // The part of the year a single month's record is measured within dates no figure; a record
        // of the part itself still does.
        Case(text: "In May alone, officers inspected 61.7 million trips, the busiest single month in the first half of the year.\n\nOfficers inspected 322.5 million trips, the highest in the first half of any year.",
             facts: [Expect(metric: "people.total", value: "61700000", period: "2026-05-01/2026-05-31"),
                     Expect(metric: "people.total", value: "322500000", period: "2026-H1")], period: "2026-H1"),
        // A paragraph opening without figures on a local subject (past a speaker's label) tells a local case; a national
        // marker in a later sentence still makes its figure the nation's.
        Case(text: "Host: Could you give an example?\n\nSpokesperson: In March, border police in Guangxi broke a people-smuggling ring in Pingxiang. Nine gangs were dismantled in the follow-up operation.\n\nLast year, officers in Xinjiang opened new lanes at Khorgos. Nationwide, 1,312 gangs were dismantled.",
             facts: [Expect(metric: "enforcement.gangs", value: "1312", period: "2025")], period: "2025"),
        // A footnote mark after a full stop ends the sentence (the next one's year is its own); a
        // shortfall against an earlier level and a projection are no counts; a retrospective written
        // after its year dates later years' figures by the year after them.
        Case(text: "In the second quarter of 2019 officers inspected 171.4 million crossings, including 25.2 million by foreigners.[3] Second-quarter crossings in 2023 were at 80% of that level.\n\nSome 58 million foreign crossings a year have yet to return. Our projection puts foreign crossings at around 71 million in 2025.\n\nBorder crossings fell to 231 million in 2020 and sank to a low of 115.7 million in 2022, before recovering to 424 million in 2023 and 610 million in 2024.",
             facts: [Expect(metric: "people.total", value: "171400000", period: "2019-Q2"),
                     Expect(metric: "people.foreigners", value: "25200000", period: "2019-Q2"),
                     Expect(metric: "people.total", value: "231000000", period: "2020"),
                     Expect(metric: "people.total", value: "610000000", period: "2024")], period: "2019"),
        // A column headed by a year with a forecast's mark holds no figure of that year.
        Case(text: "| Scenario | 2024 | 2025F | 2026 (forecast) |\n|---|---|---|---|\n| Persons inspected (m) | 610 | 698 | 745 |\n",
             facts: [Expect(metric: "people.total", value: "610000000", period: "2024")], period: "2024"),
        // A scholarly citation's year is the cited work's; two years taken together are one stretch.
        Case(text: "The NIA's release for 2018 recorded 651 million inbound and outbound crossings (NIA, 2019a, p. 3). In 2020 it issued only 1.46 million ordinary passports (e.g. Howell, 2021; Yang and Pieke, 2021).\n\nOver the closure years together, 2020 and 2021, officers inspected 313.3 million inbound and outbound travellers. In 2020 and 2021 combined, foreign nationals made 13.54 million crossings.",
             facts: [Expect(metric: "people.total", value: "651000000", period: "2018"),
                     Expect(metric: "documents.passports", value: "1460000", period: "2020"),
                     Expect(metric: "people.total", value: "313300000", period: "2020-01-01/2021-12-31"),
                     Expect(metric: "people.foreigners", value: "13540000", period: "2020-01-01/2021-12-31")], period: "2021"),
        // Dot leaders join a label to its value as a colon does, whatever verb closes the label.
        Case(text: "Main enforcement results, 2024\n\n  Drug cases uncovered ................ 1,362\n  Major cases listed for supervision ... ..... 241\n",
             facts: [Expect(metric: "enforcement.drug_cases", value: "1362"), Expect(metric: "enforcement.major_cases", value: "241")]),
        // A change after a base of the same period a year before is the figure's compared with it;
        // "over" after a change opens its base, no qualifier.
        Case(text: "Officers investigated 11,200 cases of obstructing border management, compared with 10,050 in the same period last year, an increase of 11.4%.\n\nThey arrested 27,300 criminal suspects, a rise of 6.2% over 25,700 in the first half of 2024.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "11200", yoy: "11.4", period: "2025-H1"),
                     Expect(metric: "enforcement.criminal_cases", value: "10050", period: "2024-H1"),
                     Expect(metric: "enforcement.suspects", value: "27300", yoy: "6.2", period: "2025-H1"),
                     Expect(metric: "enforcement.suspects", value: "25700", period: "2024-H1")], period: "2025-H1"),
        // A column of shares of another year's figure holds no count; the table's scale ends with its
        // section; a share of all crossings is no change.
        Case(text: "Table 2. Crossings by group (million)\n\n| Group | 2019 | 2023 | 2023 as % of 2019 | Change on 2022 (%) |\n|---|---|---|---|---|\n| Foreign nationals | 97.67 | 35.48 | 36.3 | +693.2 |\n\nSource: NIA releases.\n\nAircraft accounted for 541,000 of the conveyances. Mainland residents (205.96 million) made up 48.6% of all crossings.",
             facts: [Expect(metric: "people.foreigners", value: "97670000", period: "2019"),
                     Expect(metric: "people.foreigners", value: "35480000", yoy: "693.2", period: "2023"),
                     Expect(metric: "vehicles.aircraft", value: "541000", period: "2023"),
                     Expect(metric: "people.mainland", value: "205960000", period: "2023")], period: "2023"),
        // A bracket labels the count before the change with a part of an earlier year; lines of a
        // period and a figure under a heading with a scale (a footnote mark closing it, a year before
        // the bracket) are rows of that heading, each its own period's.
        Case(text: "Total crossings: 331.7 million, up 15.8% year on year (H1 2024: 286.5 million).\n\nPersons inspected at the border by quarter, 2025 (million)[2]\n\nQ1 2025    160.4\nQ2 2025    171.3\n",
             facts: [Expect(metric: "people.total", value: "331700000", yoy: "15.8", period: "2025-H1"),
                     Expect(metric: "people.total", value: "286500000", period: "2024-H1"),
                     Expect(metric: "people.total", value: "160400000", period: "2025-Q1"),
                     Expect(metric: "people.total", value: "171300000", period: "2025-Q2")], period: "2025-H1"),
        // A part of an earlier year after a ratio's noun is the ratio's base; a figure alone in brackets
        // after a period with its year is that period's.
        Case(text: "Port visas issued on arrival came to 184,000, double the figure for the third quarter of 2023.\n\nCrossings reached 171.2 million, 4.1% above the same quarter of 2019 (164.5 million).",
             facts: [Expect(metric: "documents.port_visas", value: "184000", yoy: "100", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "171200000", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "164500000", period: "2019-Q3")], period: "2024-Q3"),
        // "such cases" in another period than the release's, paragraphs after its count, counts what it counts.
        Case(text: "Officers cracked nearly 27,400 criminal cases of obstructing border management in 2022.\n\nMore than 62,000 suspects were caught.\n\nIn the first half of the year, the administration had reported 12,100 such cases.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "27400", qualifier: .approx, period: "2022"),
                     Expect(metric: "enforcement.suspects", value: "62000", qualifier: .atLeast, period: "2022"),
                     Expect(metric: "enforcement.criminal_cases", value: "12100", period: "2022-H1")], period: "2022"),
        // A scale written twice is garbled; people a reform benefited are no inspections; a contents
        // line's page number after its leader is below any nine months' count; Singapore's checkpoint
        // authority is another body; "and" with words before the next figure closes a year's clause.
        Case(text: "相关改革累计惠及出入境人员逾1亿人次。\n\n全国移民管理机构共查验出入境人员4.2亿人次。",
             facts: [Expect(metric: "people.total", value: "420000000", period: "2025-01-01/2025-09-30")],
             language: "zh", period: "2025-01-01/2025-09-30"),
        Case(text: "Singapore's Immigration and Checkpoints Authority cleared 55.7 million travellers.\n\nOfficers inspected just 128mn trips, down 52.6pc from 270mn in 2020 and less than a fifth of the 670mn recorded in 2019.",
             facts: [Expect(metric: "people.total", value: "128000000", yoy: "-52.6", period: "2021-01-01/2021-09-30"),
                     Expect(metric: "people.total", value: "270000000", period: "2020"),
                     Expect(metric: "people.total", value: "670000000", period: "2019")], period: "2021-01-01/2021-09-30"),
        // Two columns under a label column headed "Quarter" are a table; a line holding only a bracketed
        // scale under the caption gives the unit; a column of shares of the year holds no count.
        Case(text: "Table 3   Persons inspected by quarter, 2019\n          (million person-trips)\n\n   Quarter          Persons inspected        Share of year (%)\n   Q1                           160.3                     23.9\n   Q2                           163.8                     24.4\n",
             facts: [Expect(metric: "people.total", value: "160300000", period: "2019-Q1"),
                     Expect(metric: "people.total", value: "163800000", period: "2019-Q2")], period: "2019"),
        // Macao's police counts visitors to Macao, not the administration's inspections.
        Case(text: "全年全国移民管理机构查验内地居民3.3亿人次。另据治安警察局资料，去年经各口岸入境的旅客3580.4万人次，其中内地旅客2526.1万人次。",
             facts: [Expect(metric: "people.mainland", value: "330000000", period: "2018")], language: "zh", period: "2018"),
        Case(text: "5月查验出入境人员6170万人次，创上半年单月新高。",
             facts: [Expect(metric: "people.total", value: "61700000", period: "2026-05-01/2026-05-31")], language: "zh", period: "2026-H1"),
    ]

    @Test(arguments: movementAndOutlines)
    func movementPhrasesOutlineNumbersAndComparisonLines(_ c: Case) throws { try c.check() }

    /// A Chinese scale written twice (72.1万万本) is garbled, and a page number no count: flagged,
    /// never plain facts.
    @Test func aScaleWrittenTwiceAndAPageNumberAreFlagged() throws {
        let facts = try extract("签发外国人签证证件72.1万万本。", period: "2020", language: "zh").filter { $0.metric == "documents.visas" }
        #expect(facts.count == 1)
        #expect(facts.first?.status == .flagged)
        // A contents line's page number after its leader is below any nine months' count.
        let contents = try extract("Contents\n\n1. Persons inspected ............................ 2\n", period: "2021-01-01/2021-09-30")
        let counted = contents.filter { $0.metric != nil }
        #expect(!counted.isEmpty && counted.allSatisfy { $0.status == .flagged })
    }

    /// A paper that says which year it is about is on that year, whatever parts of other years its
    /// literature review names first.
    @Test func aPaperSayingWhichYearItCoversIsOnThatYear() throws {
        let text = "Journal of Border Studies, Vol. 4, No. 2 (May 2023), pp. 1-20\n\nThis paper examines 2022, the third year of closure. Officers inspected 78.3 million crossings in the first quarter of 2020 (Wu, 2021), before the closure took hold.\n"
        let doc = try Ingestor.document(id: "paper.txt", bytes: Array(text.utf8), path: "paper.txt")
        #expect(doc.metadata.period.description == "2022")
    }

    @Test func aReleaseOnTheFirstMonthsOfTheYearIsDatedByItsDay() throws {
        let text = "Border cases rise\n\nBEIJING, April 20, 2025 - Police handled 8,100 border cases in the first three months of the year, compared with 7,650 in the first quarter of 2024, and officers inspected 150 million trips.\n"
        let doc = try Ingestor.document(id: "wire.txt", bytes: Array(text.utf8), path: "wire.txt")
        #expect(doc.metadata.period.description == "2025-Q1")
        // An annual release out in January: "the first half of the year" is the year before's.
        let annual = "BEIJING, January 16, 2025 - In 2024, officers inspected 610 million trips; in the first half of the year, 287 million.\n"
        #expect(try Ingestor.document(id: "a.txt", bytes: Array(annual.utf8), path: "a.txt").metadata.period.description == "2024")
    }

    /// A release dated by a weekday or a line of its own, on a part of the year it names without the
    /// year, is on that part of its date's year, whatever earlier years its comparisons name.
    @Test func aPartNamedWithoutItsYearBeatsTheYearsOfComparisons() throws {
        let blog = "Markets Live Blog: China Q1 Border Data\n\nBloomberg Markets Live | Thursday, April 16, 2026\n\nThe administration put out its first-quarter numbers: 180.6 million trips in Q1, up 11.8% y/y.\n\nFor reference, it counted 697 million crossings in full-year 2025.\n"
        let doc = try Ingestor.document(id: "blog.txt", bytes: Array(blog.utf8), path: "blog.txt")
        #expect(doc.metadata.released == "2026-04-16")
        #expect(doc.metadata.period.description == "2026-Q1")
        let wire = "China's border traffic slows in Q3 as trade war weighs\n\nOctober 18, 2019 12:40 JST\n\nEntries and exits rose 4.2% to 176.9 million in the July-September quarter. It compares with 169.8 million in the third quarter of 2018, and 651 million crossings were made in 2018.\n"
        #expect(try Ingestor.document(id: "wire.txt", bytes: Array(wire.utf8), path: "wire.txt").metadata.period.description == "2019-Q3")
    }
}
