import Testing
@testable import Extract
import Ingest

/// Slide handouts (a slide's counter, a review heading, rules between slides), tables comparing two
/// periods, and list wordings of official releases (a subject repeated by "those by", a figure set
/// off by commas, a same-period base in brackets). Every text is invented.
struct SlideAndListWordingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // A review heading naming an earlier year dates the bullets under it; the slide's counter is no
        // figure, a rule line ends no section, and the next slide's heading ends it.
        Case(text: "Quarterly briefing\n\nOfficers inspected 171.2 million people in the first quarter.\n\n──────────────────────────────────────────────────────────────────\nSlide 6 / 14      2024 at a glance\n──────────────────────────────────────────────────────────────────\n  • 41.3 million visa-free foreign entries\n  • 7.4 million ordinary passports issued\n\nSlide 7 / 14      Services, Q1 2025\n\n  • 1.9 million ordinary passports issued\n",
             facts: [Expect(metric: "people.total", value: "171200000", period: "2025-Q1"),
                     Expect(metric: "people.visa_free_foreigners", value: "41300000", period: "2024"),
                     Expect(metric: "documents.passports", value: "7400000", period: "2024"),
                     Expect(metric: "documents.passports", value: "1900000", period: "2025-Q1")], period: "2025-Q1"),
        // "Back in 2019" over a paragraph is no review heading: the figure stays the release's.
        Case(text: "Quarterly briefing\n\nBack in 2019\n\nOfficers issued 2.3 million ordinary passports.\n",
             facts: [Expect(metric: "documents.passports", value: "2300000", period: "2025-Q1")], period: "2025-Q1"),
        // A part's row under a total's row in a table of two quarters gives the part in both columns.
        Case(text: "Crossings compared\n\n| | Q2 2023 | Q2 2024 | YoY |\n|---|---|---|---|\n| Total crossings | 140.2 million | 146.1 million | +4.2% |\n| Foreign nationals | 9.8 million | 14.3 million | +45.9% |\n",
             facts: [Expect(metric: "people.total", value: "140200000", period: "2023-Q2"),
                     Expect(metric: "people.total", value: "146100000", yoy: "4.2", period: "2024-Q2"),
                     Expect(metric: "people.foreigners", value: "9800000", period: "2023-Q2"),
                     Expect(metric: "people.foreigners", value: "14300000", yoy: "45.9", period: "2024-Q2")], period: "2024-Q2"),
        // Beside the fourth quarter's column, a column of the year alone or headed "Full year" is the whole year.
        Case(text: "Main data\n\n| Indicator | Q4 2021 | Year-on-year | Full year 2021 |\n|---|---|---|---|\n| Persons inspected (million) | 31.2 | -4.1% | 128.6 |\n| Passports issued (million) | 0.41 | — | 1.68 |\n",
             facts: [Expect(metric: "people.total", value: "31200000", yoy: "-4.1", period: "2021-Q4"),
                     Expect(metric: "people.total", value: "128600000", period: "2021"),
                     Expect(metric: "documents.passports", value: "410000", period: "2021-Q4"),
                     Expect(metric: "documents.passports", value: "1680000", period: "2021")], period: "2021-Q4"),
        Case(text: "Main data\n\n| Indicator | Q4 2021 | 2021 |\n|---|---|---|\n| Persons inspected (million) | 31.2 | 128.6 |\n",
             facts: [Expect(metric: "people.total", value: "31200000", period: "2021-Q4"),
                     Expect(metric: "people.total", value: "128600000", period: "2021")], period: "2021-Q4"),
        // A column of the same quarter of the year before (上年同季度) beside the quarter's; the change column after it.
        Case(text: "序号,指标名称,计量单位,本季度,上年同季度,同比增长(%)\n1,出入境人员合计,万人次,3016.2,2744.8,9.9\n2,签发普通护照,万本,41.3,37.5,10.1\n",
             facts: [Expect(metric: "people.total", value: "30162000", yoy: "9.9", period: "2023-Q3"),
                     Expect(metric: "people.total", value: "27448000", period: "2022-Q3"),
                     Expect(metric: "documents.passports", value: "413000", yoy: "10.1", period: "2023-Q3"),
                     Expect(metric: "documents.passports", value: "375000", period: "2022-Q3")], language: "zh", period: "2023-Q3"),
        // A yearbook's columns of years; an unsigned row of changes in percent under its row, and one
        // naming the total; a month before an event (组建以前) dates no period.
        Case(text: "2018年4月国家移民管理局组建以前的数据，由原公安部出入境管理局提供。\n\n表1　出入境人员查验情况\n\n单位：万人次\n\n项　目              2018年      2019年\n出入境人员合计     65125.7     67002.3\n  其中：外国人      6900.6      7592.2\n合计比上年增长(%)       8.8         2.9\n\n表2　出入境交通运输工具查验情况\n\n单位：万辆（架、列、艘）次\n\n项　目                  2018年      2019年\n交通运输工具合计        3267.8      3305.1\n比上年增长(%)             4.8         1.1\n",
             facts: [Expect(metric: "people.total", value: "651257000", yoy: "8.8", period: "2018"),
                     Expect(metric: "people.total", value: "670023000", yoy: "2.9", period: "2019"),
                     Expect(metric: "people.foreigners", value: "69006000", period: "2018"),
                     Expect(metric: "people.foreigners", value: "75922000", period: "2019"),
                     Expect(metric: "vehicles.total", value: "32678000", yoy: "4.8", period: "2018"),
                     Expect(metric: "vehicles.total", value: "33051000", yoy: "1.1", period: "2019")], language: "zh", period: "2019"),
        // The country's frontier inspection stations are no named port.
        Case(text: "Frontier inspection stations across China checked 27.4 million means of transport, up 1.9 percent.",
             facts: [Expect(metric: "vehicles.total", value: "27400000", yoy: "1.9", period: "2016")], period: "2016"),
        // Subjects repeated by "those by" still list one figure each.
        Case(text: "Crossings by mainland residents came to 248 million, while those by Hong Kong, Macao and Taiwan residents and those by foreign nationals reached 209 million and 49 million, up 3.1 percent, 2.2 percent and 6.8 percent respectively.",
             facts: [Expect(metric: "people.mainland", value: "248000000", yoy: "3.1", period: "2016"),
                     Expect(metric: "people.hkmt", value: "209000000", yoy: "2.2", period: "2016"),
                     Expect(metric: "people.foreigners", value: "49000000", yoy: "6.8", period: "2016")], period: "2016"),
        // A figure set off by commas after the part it counts, in the sentence after its siblings.
        Case(text: "Officers checked 19.8 million means of transport, including 351,000 aircraft and 398,000 vessels. The number of trains, 79,000, went up 2.6 percent.",
             facts: [Expect(metric: "vehicles.total", value: "19800000", period: "2021"),
                     Expect(metric: "vehicles.aircraft", value: "351000", period: "2021"),
                     Expect(metric: "vehicles.ships", value: "398000", period: "2021"),
                     Expect(metric: "vehicles.trains", value: "79000", yoy: "2.6", period: "2021")], period: "2021"),
        // "The same period last year" in brackets: last year's same quarter, written in Chinese units.
        Case(text: "In the third quarter, officers inspected 16,340.2 ten thousand person-times, up 9.4% compared with the same period last year (14,936.2 ten thousand person-times).",
             facts: [Expect(metric: "people.total", value: "163402000", yoy: "9.4", period: "2019-Q3"),
                     Expect(metric: "people.total", value: "149362000", period: "2018-Q3")], period: "2019-Q3"),
    ]

    @Test(arguments: cases)
    func slideHeadingsPeriodTablesAndListWordings(_ c: Case) throws { try c.check() }

    static let runsCodesAndBases: [Case] = [
        // An ellipsis parts a headline's items: the figure before it counts no foreigners.
        Case(text: "Border police inspected 171.5 million people… foreigners made 14.2 million trips.",
             facts: [Expect(metric: "people.total", value: "171500000", period: "2025-Q1"),
                     Expect(metric: "people.foreigners", value: "14200000", period: "2025-Q1")], period: "2025-Q1"),
        // Another bureau's drug cases are not the NIA's.
        Case(text: "The provincial narcotics control bureau reported 38,000 drug cases solved in 2023.", facts: [], period: "2023"),
        // "to a peak of": the first figure keeps its own year.
        Case(text: "Suspects arrested rose from 51,200 in 2019 to a peak of 109,400 in 2021.",
             facts: [Expect(metric: "enforcement.suspects", value: "51200", period: "2019"),
                     Expect(metric: "enforcement.suspects", value: "109400", period: "2021")], period: "2023"),
        // The first N months, in words or digits, in English or Chinese: a run of whole months.
        Case(text: "Officers inspected 402.3 million people in the first eight months. They inspected 92.1 million people in the first 2 months.",
             facts: [Expect(metric: "people.total", value: "402300000", period: "2024-01-01/2024-08-31"),
                     Expect(metric: "people.total", value: "92100000", period: "2024-01-01/2024-02-29")], period: "2024"),
        Case(text: "前7个月，全国移民管理机构查验出入境人员3.46亿人次。",
             facts: [Expect(metric: "people.total", value: "346000000", period: "2024-01-01/2024-07-31")], language: "zh", period: "2024"),
        // An analyst's "8M24" is the first eight months of 2024, no figure of 8 million; "vs Jan-Aug
        // 2023" is the base.
        Case(text: "- Foreign crossings 8M24: 40.6M (+96.1% YoY, vs Jan-Aug 2023)",
             facts: [Expect(metric: "people.foreigners", value: "40600000", yoy: "96.1", period: "2024-01-01/2024-08-31")], period: "2024"),
        Case(text: "Cheat sheet (vs Jan-Jun 2023): in the first eight months of 2024 total crossings were 402.3m",
             facts: [Expect(metric: "people.total", value: "402300000", period: "2024-01-01/2024-08-31")], period: "2024"),
        // The figure a 与…相比 comparison opens on its year is that year's, and the change after it no change of its own.
        Case(text: "全年免签入境外国人2011.5万人次，同比上升112.3%。与2023年免签入境外国人947.7万人次相比，免签入境规模实现翻番。",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "20115000", yoy: "112.3", period: "2024"),
                     Expect(metric: "people.visa_free_foreigners", value: "9477000", period: "2023")], language: "zh", period: "2024"),
        // Ports "under its jurisdiction" (辖下) are a general station's, not the country's.
        Case(text: "上海边检总站表示，去年辖下各口岸共查验出入境人员4120万人次。", facts: [], language: "zh", period: "2019"),
        // "Its immigration check posts" are the other body's, named before.
        Case(text: "Japan's Immigration Services Agency cleared 41 million international passengers at its immigration checkpoints in 2019.", facts: [], period: "2019"),
        // "Its officers" go on for the other body that opened the sentence before; economic fugitives of
        // Fox Hunt are no snakeheads.
        Case(text: "The General Administration of Customs said it handled 4,100 smuggling cases in 2022. Its officers also intercepted 8.1 tonnes of drugs. Border police seized 5.2 tonnes of drugs.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "5.2", period: "2022")], period: "2022"),
        Case(text: "Immigration police also assisted the Fox Hunt 2022 operation, helping to capture 1,098 economic fugitives.", facts: [], period: "2022"),
        // "A year earlier, … in the same quarter" and "In the same quarter a year earlier": the quarter of the year before.
        Case(text: "In the second quarter, 14.1 million trips were inspected. A year earlier, 171.3 million trips were recorded in the same quarter.",
             facts: [Expect(metric: "people.total", value: "14100000", period: "2020-Q2"),
                     Expect(metric: "people.total", value: "171300000", period: "2019-Q2")], period: "2020-Q2"),
        Case(text: "In the third quarter, 36.2 million trips were inspected. In the same quarter a year earlier, 176.9 million trips were recorded.",
             facts: [Expect(metric: "people.total", value: "36200000", period: "2020-Q3"),
                     Expect(metric: "people.total", value: "176900000", period: "2019-Q3")], period: "2020-Q3"),
        // Parts a sentence says "accounted for" are of the quarter the sentence before counted, when they fit in it;
        // parts naming their own period keep it.
        Case(text: "Officers inspected 455.2 million trips in the first three quarters. In the third quarter alone, 161.7 million trips were processed. Mainland residents accounted for 78.1 million, Hong Kong, Macao and Taiwan residents 65.4 million, and foreigners 18.2 million.",
             facts: [Expect(metric: "people.total", value: "455200000", period: "2024-01-01/2024-09-30"),
                     Expect(metric: "people.total", value: "161700000", period: "2024-Q3"),
                     Expect(metric: "people.mainland", value: "78100000", period: "2024-Q3"),
                     Expect(metric: "people.hkmt", value: "65400000", period: "2024-Q3"),
                     Expect(metric: "people.foreigners", value: "18200000", period: "2024-Q3")], period: "2024-01-01/2024-09-30"),
        // A sentence referring back to the count gives its change and its base of an earlier year.
        Case(text: "Officers inspected 424 million people in 2023. It is up 266.5% year on year, up from 115.7 million in 2022.",
             facts: [Expect(metric: "people.total", value: "424000000", yoy: "266.5", period: "2023"),
                     Expect(metric: "people.total", value: "115700000", period: "2022")], period: "2023"),
    ]

    /// The month of an event the data is dated against (组建以前的数据) is no month the release is on.
    @Test func aMonthBeforeAnEventIsNoReleasePeriod() throws {
        let text = "统计年鉴（2016—2020年）\n\n2018年4月国家移民管理局组建以前的数据，由原公安部出入境管理局提供。\n\n2020年，全国查验出入境人员1.44亿人次。\n"
        let doc = try Ingestor.document(id: "yb.txt", bytes: Array(text.utf8), path: "yb.txt")
        #expect(doc.metadata.period.description == "2020")
    }

    @Test(arguments: runsCodesAndBases)
    func ellipsesMonthRunsAnalystCodesAndBases(_ c: Case) throws { try c.check() }
}
