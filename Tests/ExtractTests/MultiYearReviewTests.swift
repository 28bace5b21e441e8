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
}
