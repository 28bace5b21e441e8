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
}
