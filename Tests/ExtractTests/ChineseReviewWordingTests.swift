import Testing
@testable import Extract

/// Chinese reviews over several years and their datelines: shares that rise to a level, totals
/// over ten years, series from an earlier year to a later one, kind references (此类案件). Every
/// sentence is invented.
struct ChineseReviewWordingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let reviews: [Case] = [
        // 占比提高到51.6%: a share reached, no change of the count.
        Case(text: "内地居民出入境2.98亿人次，占比提高到48.3%。",
             facts: [Expect(metric: "people.mainland", value: "298000000", period: "2021")], language: "zh", period: "2021"),
        // 十年累计: a total over ten years, never the year's.
        Case(text: "普通护照年签发量由2012年的1320万本增至2019年的2870万本，十年累计签发普通护照1.76亿本。",
             facts: [Expect(metric: "documents.passports", value: "13200000", period: "2012"),
                     Expect(metric: "documents.passports", value: "28700000", period: "2019")], language: "zh", period: "2021"),
        // A part of the series before it carries its earlier year, and names its later one.
        Case(text: "出入境人员从2012年的3.6亿人次增长到2019年的6.5亿人次。其中，内地居民出入境人次由2012年的1.5亿人次增至2019年的3.3亿人次。",
             facts: [Expect(metric: "people.total", value: "360000000", period: "2012"), Expect(metric: "people.total", value: "650000000", period: "2019"),
                     Expect(metric: "people.mainland", value: "150000000", period: "2012"), Expect(metric: "people.mainland", value: "330000000", period: "2019")],
             language: "zh", period: "2021"),
        // 此类案件: what the sentence before counted, in the year this one names.
        Case(text: "2018年至2021年，全国移民管理机构累计侦办妨害国（边）境管理犯罪案件5.8万起。2021年，侦办此类案件1.62万起。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "58000", period: "2018-01-01/2021-12-31"),
                     Expect(metric: "enforcement.criminal_cases", value: "16200", period: "2021")], language: "zh", period: "2021"),
    ]

    @Test(arguments: reviews)
    func reviewsAreRead(_ c: Case) throws { try c.check() }

    /// A dateline naming the release's day heads no table and opens no month.
    @Test func aDatelineDatesNoFigure() throws {
        let text = "一图读懂｜2021年移民管理工作主要数据\n\n来源：国家移民管理局　发布时间：2022年1月14日\n\n外国人：411.2万人次"
        let facts = try extract(text, period: "2021", released: "2022-01-14", language: "zh").filter { $0.metric != nil }
        let f = try #require(facts.first { $0.metric == "people.foreigners" })
        #expect(f.period.description == "2021")
    }
}
