import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Chinese releases name the earlier period's figure beside the year's own: as the base of the
/// change (比上年的…), in brackets (上年为…, 上季度为…), after a reference (这一数字), or as what is
/// compared with (与2019年…相比, 超过2022年全年…总量（…）). The earlier figure is that period's, and
/// the sentence's own figures stay the release's. Every sentence is invented.
struct ChineseEarlierFiguresTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let labelled: [Case] = [
        Case(text: "全年共查验出入境交通运输工具3210.4万辆（架、列、艘）次，比上年的2895.6万辆（架、列、艘）次增长10.9%。",
             facts: [Expect(metric: "vehicles.total", value: "32104000", yoy: "10.9"),
                     Expect(metric: "vehicles.total", value: "28956000", period: "2023")], language: "zh"),
        Case(text: "全年签发普通护照2156.8万本，较上年增长12.4%（上年为1918.9万本）。",
             facts: [Expect(metric: "documents.passports", value: "21568000", yoy: "12.4"),
                     Expect(metric: "documents.passports", value: "19189000", period: "2023")], language: "zh"),
        Case(text: "全年查获“三非”外国人5.1万人次，比上年（4.6万人次）有所增加。",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "51000"),
                     Expect(metric: "enforcement.illegal_foreigners", value: "46000", period: "2023")], language: "zh"),
        Case(text: "全年签发口岸签证82.5万人次，同比上升40.2%，而前一年这一数字为58.8万人次。",
             facts: [Expect(metric: "documents.port_visas", value: "825000", yoy: "40.2"),
                     Expect(metric: "documents.port_visas", value: "588000", period: "2023")], language: "zh"),
        Case(text: "一季度查验外国人出入境1210.6万人次，环比上升6.1%（上季度为1141.0万人次），同比上升35.5%。",
             facts: [Expect(metric: "people.foreigners", value: "12106000", yoy: "35.5", period: "2025-Q1"),
                     Expect(metric: "people.foreigners", value: "11410000", period: "2024-Q4")], language: "zh", period: "2025-Q1"),
        Case(text: "二季度签发普通护照540.2万本，同比上升8.8%（去年同期为496.5万本）。",
             facts: [Expect(metric: "documents.passports", value: "5402000", yoy: "8.8", period: "2025-Q2"),
                     Expect(metric: "documents.passports", value: "4965000", period: "2024-Q2")], language: "zh", period: "2025-Q2"),
        Case(text: "上半年查验出入境人员1.2亿人次，较2019年同期下降70.3%（2019年同期为4.04亿人次）。",
             facts: [Expect(metric: "people.total", value: "120000000", period: "2021-H1"),
                     Expect(metric: "people.total", value: "404000000", period: "2019-H1")], language: "zh", period: "2021-H1"),
        // Issued and extended together are the visas issued; an extension alone is not.
        Case(text: "全年为在华外国人签发、延期签证证件68.4万人次。为外国人办理签证延期4.1万人次。",
             facts: [Expect(metric: "documents.visas", value: "684000")], language: "zh"),
    ]

    @Test(arguments: labelled)
    func anEarlierPeriodsLabelDatesItsFigure(_ c: Case) throws { try c.check() }

    static let comparedWith: [Case] = [
        Case(text: "出入境人员总量虽较2023年的4.24亿人次明显回升，但与2019年6.7亿人次相比仍有差距。",
             facts: [Expect(metric: "people.total", value: "424000000", period: "2023"),
                     Expect(metric: "people.total", value: "670000000", period: "2019")], language: "zh"),
        Case(text: "1—9月，全国累计查验出入境人员4.5亿人次，已超过2023年全年出入境人员总量（4.24亿人次）。",
             facts: [Expect(metric: "people.total", value: "450000000", period: "2024-01-01/2024-09-30"),
                     Expect(metric: "people.total", value: "424000000", period: "2023")], language: "zh"),
    ]

    @Test(arguments: comparedWith)
    func aFigureComparedWithIsItsYears(_ c: Case) throws { try c.check() }

    static let parts: [Case] = [
        // A month singled out, and parts listed after 、, date their own figures.
        Case(text: "全年免签入境外国人2011.5万人次。仅11月一个月，免签入境外国人就达210万人次。",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "20115000"),
                     Expect(metric: "people.visa_free_foreigners", value: "2100000", period: "2024-11-01/2024-11-30")], language: "zh"),
        Case(text: "前三季度查验出入境人员4.5亿人次，其中一季度1.41亿人次、二季度1.46亿人次、三季度1.63亿人次。",
             facts: [Expect(metric: "people.total", value: "450000000", period: "2024-01-01/2024-09-30"),
                     Expect(metric: "people.total", value: "141000000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "146000000", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "163000000", period: "2024-Q3")], language: "zh", period: "2024-01-01/2024-09-30"),
        // A station singled out by 其中 is an aside of its own clause.
        Case(text: "国家移民管理局通报：全年缴获各类毒品12.4吨，其中广西边检总站缴获毒品3.2吨；缴获各类枪支860余支。",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "12.4"),
                     Expect(metric: "enforcement.guns", value: "860", qualifier: .atLeast)], language: "zh"),
    ]

    @Test(arguments: parts)
    func partsAndAsidesDateTheirOwnFigures(_ c: Case) throws { try c.check() }

    /// A part of the year before (去年一季度), from the release's date; a bracket holding it with a
    /// figure is that figure's, not the sentence's.
    static let partsOfTheYearBefore: [Case] = [
        Case(text: "一季度，全国移民管理机构共查验出入境人员1.64亿人次（去年一季度为1.41亿人次）。\n\n● 其中外国人1822.6万人次。",
             facts: [Expect(metric: "people.total", value: "164000000", period: "2025-Q1"),
                     Expect(metric: "people.total", value: "141000000", period: "2024-Q1"),
                     Expect(metric: "people.foreigners", value: "18226000", period: "2025-Q1")], language: "zh", period: "2025-Q1"),
        Case(text: "数据显示，去年一季度全国查验出入境人员1.36亿人次，去年四季度为1.52亿人次。",
             facts: [Expect(metric: "people.total", value: "136000000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "152000000", period: "2024-Q4")], language: "zh", period: "2025-Q1"),
        // A year after its preposition, past the subject, dates its clause.
        Case(text: "普通护照签发量在2022年降至335.1万本，2024年签发2331.9万本。",
             facts: [Expect(metric: "documents.passports", value: "3351000", period: "2022"),
                     Expect(metric: "documents.passports", value: "23319000")], language: "zh"),
    ]

    @Test(arguments: partsOfTheYearBefore)
    func partsOfTheYearBeforeDateTheirFigures(_ c: Case) throws { try c.check() }

    /// Hong Kong and Taiwan papers' wording (read after the traditional characters are simplified):
    /// 首三季, 第三季 without 度, 按季 (on the quarter before: no year-on-year change); the same
    /// stretch of the year before (上年同期) of a nine-month release is those nine months a year
    /// earlier; a Hong Kong body's figures are not the administration's.
    static let hongKongWording: [Case] = [
        Case(text: "首三季全國移民管理機構共查驗出入境人員4.6億人次，按年上升12.1%，上年同期為4.1億人次。第三季單季查驗出入境人員1.71億人次，按季上升9.8%。",
             facts: [Expect(metric: "people.total", value: "460000000", yoy: "12.1", period: "2025-01-01/2025-09-30"),
                     Expect(metric: "people.total", value: "410000000", period: "2024-01-01/2024-09-30"),
                     Expect(metric: "people.total", value: "171000000", yoy: nil, period: "2025-Q3")],
             language: "zh", period: "2025-01-01/2025-09-30"),
        Case(text: "旅發局公布首季訪港旅客1,120萬人次，其中內地旅客860萬人次。",
             facts: [], absent: ["people.mainland", "people.total"], language: "zh", period: "2025-Q1"),
    ]

    @Test(arguments: hongKongWording)
    func hongKongWordingIsRead(_ c: Case) throws { try c.check() }

    /// Changes written in words (一成 a tenth, 一倍, 翻一番 doubled, 翻两番 quadrupled, 减半 halved);
    /// a base the year before labels between a count and its change, or bracketed after a
    /// comparison (仅为2019年（…）的), is the base's, and the change the count's; 去年同期的2.4倍 is the
    /// base of a multiple, no period of the sentence's; a semicolon after a clause of another year
    /// returns to the sentence's.
    static let changesAndBases: [Case] = [
        Case(text: "签发口岸签证41.2万人次，同比增长一成；打掉犯罪团伙312个，同比增长近一倍。",
             facts: [Expect(metric: "documents.port_visas", value: "412000", yoy: "10", period: "2023"), Expect(metric: "enforcement.gangs", value: "312", yoy: "100", period: "2023")],
             language: "zh", period: "2023"),
        Case(text: "抓获“蛇头”88名，同比翻了一番；签发口岸签证52万人次，同比翻两番；侦办妨害国（边）境管理犯罪案件1.1万起，同比减半。",
             facts: [Expect(metric: "enforcement.fugitives", value: "88", yoy: "100", period: "2023"), Expect(metric: "documents.port_visas", value: "520000", yoy: "300", period: "2023"),
                     Expect(metric: "enforcement.criminal_cases", value: "11000", yoy: "-50", period: "2023")],
             language: "zh", period: "2023"),
        Case(text: "政策一成不变。二季度，全国移民管理机构共查验出入境人员1.52亿人次，上年同期为1.2亿人次，同比增长26.7%。其中，外国人1740万人次，是去年同期的2.4倍。",
             facts: [Expect(metric: "people.total", value: "152000000", yoy: "26.7", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "120000000", period: "2023-Q2"),
                     Expect(metric: "people.foreigners", value: "17400000", yoy: "140", period: "2024-Q2")],
             language: "zh", period: "2024-Q2"),
        Case(text: "2022年共签发普通护照335.1万本，2021年这一数字为258.4万本；签发外国人签证证件41.6万本次。签发普通护照仅为2019年（1476万本）的22.7%。",
             facts: [Expect(metric: "documents.passports", value: "3351000", period: "2022"), Expect(metric: "documents.passports", value: "2584000", period: "2021"),
                     Expect(metric: "documents.visas", value: "416000", period: "2022"), Expect(metric: "documents.passports", value: "14760000", period: "2019")],
             language: "zh", period: "2022"),
    ]

    @Test(arguments: changesAndBases)
    func changesInWordsAndBases(_ c: Case) throws { try c.check() }

    /// Changes on another base may stand between a quarter's column and its year-on-year column.
    @Test func theYearOnYearColumnPastAnotherBase() throws {
        let table = "| 类别 | 二季度 | 环比（%） | 同比（%） |\n| 飞机（万架次） | 24.1 | +3.2 | +11.6 |\n| 船舶（万艘次） | 9.7 | -1.0 | +4.3 |"
        try Case(text: table, facts: [Expect(metric: "vehicles.aircraft", value: "241000", yoy: "11.6", period: "2025-Q2"),
                                      Expect(metric: "vehicles.ships", value: "97000", yoy: "4.3", period: "2025-Q2")],
                 language: "zh", period: "2025-Q2").check()
    }

    /// A monthly bulletin's title names its month; December's closes the year and reports all of it.
    @Test(arguments: [("国家移民管理局2025年3月移民管理业务统计月报", "2025-03-01/2025-03-31"),
                      ("2021年10月份全国移民管理主要数据", "2021-10-01/2021-10-31"),
                      ("2024年12月份全国移民管理主要数据", "2024")])
    func aMonthlyBulletinsPeriodIsItsMonth(_ title: String, _ period: String) throws {
        let text = title + "\n\n发布日期：2025年4月15日\n\n全国移民管理机构查验出入境人员5526.3万人次。"
        let doc = try Ingestor.document(id: "t.txt", bytes: Array(text.utf8), path: "t.txt")
        #expect(doc.metadata.period.description == period, "\(title)")
    }

    /// 两个月, 三个季度: a stretch of time, no count.
    @Test func aStretchOfMonthsIsNoCount() throws {
        try Case(text: "暑期两个月（7月1日至8月31日），全国移民管理机构累计查验出入境人员9138.2万人次。",
                 facts: [Expect(metric: "people.total", value: "91382000", period: "2024-07-01/2024-08-31")], language: "zh").check()
    }

    /// A yearbook's edition year is the year after the one it reports on.
    @Test(arguments: [("中国移民管理年鉴·2024", "2023"), ("2022年鉴　出入境边防检查", "2021"), ("China Immigration Yearbook 2021", "2020")])
    func aYearbooksEditionReportsOnTheYearBefore(_ title: String, _ period: String) throws {
        let body = title.hasPrefix("China") ? "In \(period), border authorities inspected 600 million people." : "\(period)年，全国边检机关共检查出入境人员6亿人次。"
        let doc = try Ingestor.document(id: "t.txt", bytes: Array((title + "\n\n" + body).utf8), path: "t.txt")
        #expect(doc.metadata.period.description == period, "\(title)")
    }
}
