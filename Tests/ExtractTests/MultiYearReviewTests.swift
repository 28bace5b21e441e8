import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Chinese reviews of several years (white papers, five-year-plan summaries, year reviews): head
/// counts beside the crossings, series of yearly figures, totals and averages over the years.
/// Every sentence is invented.
struct MultiYearReviewTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: 人 and 名 count persons, never crossings (人次)

    static let headCounts: [Case] = [
        Case(text: "据统计，截至2024年底在华常住的外国人约110万人，其中留学生占比有所提高。", facts: [], language: "zh"),
        Case(text: "2024年，全国移民管理机构查验出入境外国人3120.5万人次，同比上升18.2%。",
             facts: [Expect(metric: "people.foreigners", value: "31205000", yoy: "18.2")], language: "zh"),
        Case(text: "2024年，查处“三非”外国人6.2万人，遣送出境1.8万名。",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "62000"),
                     Expect(metric: "enforcement.deported", value: "18000")], language: "zh"),
    ]

    @Test(arguments: headCounts)
    func headCountsAreNoCrossings(_ c: Case) throws { try c.check() }

    // MARK: A window from an event (自开通至2020年底) is no year's

    static let eventWindows: [Case] = [
        Case(text: "自启用至2023年底，该平台累计接听来电1260万余次。", facts: [], language: "zh", period: "2023"),
        Case(text: "从组建到现在，全国移民管理机构累计查验出入境人员20.5亿人次。", facts: [], language: "zh", period: "2023"),
        Case(text: "2023年，全国移民管理机构查验出入境人员4.2亿人次，同比上升266.5%。",
             facts: [Expect(metric: "people.total", value: "420000000", yoy: "266.5", period: "2023")], language: "zh", period: "2023"),
    ]

    @Test(arguments: eventWindows)
    func eventWindowsAreNoYears(_ c: Case) throws { try c.check() }

    // MARK: Calls a platform answered (接听来电) are the hotline's without its number

    static let platformCalls: [Case] = [
        Case(text: "2023年，平台接听来电612.4万次，平均满意率99.1%。",
             facts: [Expect(metric: "services.hotline_calls", value: "6124000", period: "2023"),
                     Expect(metric: "services.hotline_satisfaction", value: "99.1", period: "2023")], language: "zh", period: "2023"),
        Case(text: "全年共接听各类来电455万余次。",
             facts: [Expect(metric: "services.hotline_calls", value: "4550000", qualifier: .atLeast, period: "2023")], language: "zh", period: "2023"),
    ]

    @Test(arguments: platformCalls)
    func platformCallsAreTheHotlines(_ c: Case) throws { try c.check() }

    // MARK: Series of yearly figures

    static let series: [Case] = [
        // A run of years, then 分别 and as many figures.
        Case(text: "2019年至2022年，全国移民管理机构签发普通护照分别为1670.2万本、361.1万本、89.3万本和120.5万本。",
             facts: [Expect(metric: "documents.passports", value: "16702000", period: "2019"),
                     Expect(metric: "documents.passports", value: "3611000", period: "2020"),
                     Expect(metric: "documents.passports", value: "893000", period: "2021"),
                     Expect(metric: "documents.passports", value: "1205000", period: "2022")], language: "zh", period: "2022"),
        // Years listed, the subject in a clause of its own before 分别, the measure word on the last figure only;
        // an average growth over the years is no change of the last year.
        Case(text: "2018年、2019年和2020年，全国口岸查验出入境人员起伏较大，分别为6.51亿、6.70亿和2.30亿人次，年均下降40.6%。",
             facts: [Expect(metric: "people.total", value: "651000000", period: "2018"),
                     Expect(metric: "people.total", value: "670000000", period: "2019"),
                     Expect(metric: "people.total", value: "230000000", period: "2020")], language: "zh", period: "2020"),
        // Years and links after a colon, each year opening its clause.
        Case(text: "回顾近年来，全国查验出入境交通运输工具的走势是：2021年为1018.2万架（列、艘、辆）次，2023年回升至2512.4万架（列、艘、辆）次，2024年达到3256.6万架（列、艘、辆）次。",
             facts: [Expect(metric: "vehicles.total", value: "10182000", period: "2021"),
                     Expect(metric: "vehicles.total", value: "25124000", period: "2023"),
                     Expect(metric: "vehicles.total", value: "32566000")], language: "zh"),
        // From one year's level to another's.
        Case(text: "全国移民管理机构签发口岸签证由2022年的12.8万人次增至2024年的147.6万人次。",
             facts: [Expect(metric: "documents.port_visas", value: "128000", period: "2022"),
                     Expect(metric: "documents.port_visas", value: "1476000")], language: "zh"),
        // Figures of other subjects in a list are no series.
        Case(text: "2024年，全国移民管理机构缴获毒品3.1吨、枪支1520支。",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "3.1"),
                     Expect(metric: "enforcement.guns", value: "1520")], language: "zh"),
        // 分别 and a copula of two characters.
        Case(text: "2021年至2023年，全国移民管理机构抓获犯罪嫌疑人分别达到4.1万名、3.5万名和5.8万名。",
             facts: [Expect(metric: "enforcement.suspects", value: "41000", period: "2021"),
                     Expect(metric: "enforcement.suspects", value: "35000", period: "2022"),
                     Expect(metric: "enforcement.suspects", value: "58000", period: "2023")], language: "zh", period: "2023"),
        // Years listed in any order pair in the order written.
        Case(text: "2025年与2024年相比，全国移民管理机构签发口岸签证分别为196.3万人次和147.6万人次。",
             facts: [Expect(metric: "documents.port_visas", value: "1963000", period: "2025"),
                     Expect(metric: "documents.port_visas", value: "1476000", period: "2024")], language: "zh", period: "2025"),
        // Years that are not as many as the figures pair with none of them.
        Case(text: "2020年至2022年，全国口岸查验出入境人员分别为2.30亿和1.16亿人次。",
             facts: [], language: "zh", period: "2022"),
    ]

    @Test(arguments: series)
    func yearlySeriesGiveEachYear(_ c: Case) throws { try c.check() }

    // MARK: A Chinese paragraph's opening sentence without figures states its topic

    static let topics: [Case] = [
        Case(text: "2023年，全国移民管理机构深入开展打击妨害国（边）境管理违法犯罪活动。全年共侦办案件3.1万起，同比上升12.5%。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "31000", yoy: "12.5", period: "2023")], language: "zh", period: "2023"),
        // The topic names a place: no national heading.
        Case(text: "云南省边境管理支队深入开展打击妨害国（边）境管理违法犯罪活动。全年共侦办案件3100起。",
             facts: [], language: "zh", period: "2023"),
    ]

    @Test(arguments: topics)
    func topicSentencesGiveContext(_ c: Case) throws { try c.check() }

    // MARK: Officers who gave their lives (献出了宝贵生命)

    static let deaths: [Case] = [
        Case(text: "2023年，有11名民警辅警在执行任务中献出了宝贵生命，48名因公负伤。",
             facts: [Expect(metric: "personnel.deaths", value: "11", period: "2023"),
                     Expect(metric: "personnel.injured", value: "48", period: "2023")], language: "zh", period: "2023"),
    ]

    @Test(arguments: deaths)
    func officersWhoGaveTheirLives(_ c: Case) throws { try c.check() }
}
