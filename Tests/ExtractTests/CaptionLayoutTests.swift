import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// A Chinese infographic's text version (一图读懂): each figure with its unit on a line, its label on
/// the next (a list joined by 、, quoted names, a hotline's number opening it), or figure and label on
/// one line; sections headed by titles such as "口岸查验"; a provincial report quoting the nation's
/// figures beside its own; a quarterly release looking back to the year before. Every text is invented.
struct CaptionLayoutTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: A figure, then its label on the next line

    static let labelBelow: [Case] = [
        // A list's 、 inside the label: the figure closes the whole label, not its first item.
        Case(text: "打击整治\n\n2.4万名\n查处非法入境、非法居留、非法就业外国人\n", facts: [Expect(metric: "enforcement.illegal_foreigners", value: "24000")]),
        // Bodies joined by 、 open the label.
        Case(text: "打击整治\n\n95起\n公安部、国家移民管理局挂牌督办重大案件\n", facts: [Expect(metric: "enforcement.major_cases", value: "95")]),
        // A hotline's number opens the label; a percentage alone is a figure too.
        Case(text: "服务\n\n97.6%\n12367服务平台群众满意度\n\n301.2万个\n12367服务平台接听中外人员来电\n",
             facts: [Expect(metric: "services.hotline_satisfaction", value: "97.6"), Expect(metric: "services.hotline_calls", value: "3012000")]),
        // A quoted operation's name opens the label.
        Case(text: "打击整治\n\n88名\n“猎狐”行动抓获外逃“蛇头”\n", facts: [Expect(metric: "enforcement.fugitives", value: "88")]),
        // A part's label alone under a section titled 口岸查验: the title names the ports' work, no place.
        Case(text: "第一屏　口岸查验\n\n5120.3万人次\n港澳台居民\n\n366.1万人次\n外国人\n",
             facts: [Expect(metric: "people.hkmt", value: "51203000"), Expect(metric: "people.foreigners", value: "3661000")]),
    ]

    @Test(arguments: labelBelow)
    func aLabelBelowItsFigureReadsAsItsRow(_ c: Case) throws { try c.check() }

    // MARK: A figure, a space, its label on the same line

    static let labelAfter: [Case] = [
        Case(text: "查验出入境交通运输工具\n\n15.6万架次　飞机\n3.2万列次　列车（同比增长12.5%）\n877.4万辆次　机动车辆\n",
             facts: [Expect(metric: "vehicles.aircraft", value: "156000"), Expect(metric: "vehicles.trains", value: "32000", yoy: "12.5"),
                     Expect(metric: "vehicles.motor", value: "8774000")]),
    ]

    @Test(arguments: labelAfter)
    func aLabelAfterItsFigureOnItsLineReadsAsItsRow(_ c: Case) throws { try c.check() }

    @Test func aFigureThenLabelLineIsWrittenLabelFirst() {
        #expect(LineJoiner.join("8.1万艘次　船舶\n") == "船舶：8.1万艘次\n")
        // A date, or a figure without a unit, opens no caption.
        #expect(LineJoiner.join("3.05　2020年\n") == "3.05　2020年\n")
    }

    // MARK: A province's growth compared with the nation's

    static let comparedWithNation: [Case] = [
        // 高于全国 compares the province's rate with the nation's: the figure after it stays the province's.
        Case(text: "全国出入境人员达到5.8亿人次，其中外国人出入境8800万人次。本省口岸出入境人员3100万人次，增速高于全国6.2个百分点；其中外国人出入境980万人次，占全国的11.1%。",
             facts: [Expect(metric: "people.total", value: "580000000"), Expect(metric: "people.foreigners", value: "88000000")]),
        Case(text: "The province's ports handled 31 million crossings, growing faster than the country's average; of these, foreigners made 9.8 million.",
             facts: [], absent: ["people.foreigners", "people.total"]),
    ]

    @Test(arguments: comparedWithNation)
    func aComparisonWithTheNationLeavesTheFigureLocal(_ c: Case) throws { try c.check() }

    // MARK: "继2025年…之后": following an earlier year's figure

    static let followingYear: [Case] = [
        Case(text: "继2023年全年签发普通护照2150万本之后，今年以来护照签发量继续增长。",
             facts: [Expect(metric: "documents.passports", value: "21500000", period: "2023")], period: "2024-Q1"),
    ]

    @Test(arguments: followingYear)
    func aYearAfterFollowingDatesItsFigure(_ c: Case) throws { try c.check() }
}
