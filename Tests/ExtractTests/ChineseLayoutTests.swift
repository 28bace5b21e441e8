import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// How figures are laid out beyond prose: tables whose rows are years, bulleted "label：figure"
/// lines of an infographic, chart captions. Every text is invented.
struct ChineseLayoutTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    /// Rows of years under a label column headed by the period: each column's heading says what its
    /// figures count, the change column after a figure column is its change.
    @Test func rowsOfYearsUnderAPeriodColumn() throws {
        let table = """
        | 年份 | 出入境人员（亿人次） | 同比（%） | 普通护照签发（万本） |
        |------|------|------|------|
        | 2022 | 1.16 | -9.4 | 335.1 |
        | 2023 | 4.24 | 266.5 | 1864.3 |
        | 2024 | 6.10 | 43.9 | 2331.9 |
        """
        try Case(text: "国家移民管理局历年数据整理如下。\n\n" + table, facts: [
            Expect(metric: "people.total", value: "116000000", yoy: "-9.4", period: "2022"),
            Expect(metric: "people.total", value: "424000000", yoy: "266.5", period: "2023"),
            Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
            Expect(metric: "documents.passports", value: "3351000", period: "2022"),
            Expect(metric: "documents.passports", value: "18643000", period: "2023"),
            Expect(metric: "documents.passports", value: "23319000"),
        ], language: "zh").check()
    }

    @Test func englishRowsOfYears() throws {
        let table = "| Year | People inspected (million) | Change (%) |\n|---|---|---|\n| 2023 | 424.0 | 266.5 |\n| 2024 | 610.0 | 43.9 |"
        try Case(text: table, facts: [Expect(metric: "people.total", value: "424000000", yoy: "266.5", period: "2023"),
                                      Expect(metric: "people.total", value: "610000000", yoy: "43.9")]).check()
    }

    static let bulleted: [Case] = [
        Case(text: "国家移民管理局发布全年数据。\n\n▶ 飞机：61.2万架次\n▶ 列车：9.8万列次\n● 船舶：40.3万艘次",
             facts: [Expect(metric: "vehicles.aircraft", value: "612000"), Expect(metric: "vehicles.trains", value: "98000"),
                     Expect(metric: "vehicles.ships", value: "403000")], language: "zh"),
        // An earlier year opening the label dates the line.
        Case(text: "国家移民管理局发布全年数据。\n\n▶ 全国出入境人员：6.1亿人次\n▶ 2023年全国出入境人员：4.24亿人次",
             facts: [Expect(metric: "people.total", value: "610000000"), Expect(metric: "people.total", value: "424000000", period: "2023")], language: "zh"),
        // A chart's caption heads its lines; its number is no figure.
        Case(text: "国家移民管理局发布全年数据。\n\n图3 交通运输工具\n▶ 查验出入境交通运输工具：3256.6万辆（架、列、艘）次\n▶ 飞机：76.2万架次",
             facts: [Expect(metric: "vehicles.total", value: "32566000"), Expect(metric: "vehicles.aircraft", value: "762000")], language: "zh"),
    ]

    @Test(arguments: bulleted)
    func bulletedLabelsName(_ c: Case) throws { try c.check() }

    static let scopedAndCounted: [Case] = [
        // A port ranked "first in the country" is still the port: its figures are local.
        Case(text: "国家移民管理局公布全国数据。珠海口岸作为全国出入境客流量最大的口岸之一，全年查验出入境人员超过1.2亿人次。",
             facts: [], absent: ["people.total"], language: "zh"),
        // 通 counts calls only: a quarter's calls need no hotline word in their sentence; a topic's share of them is no count of calls.
        Case(text: "12367服务平台全年接听来电310.2万通。分季度看，一季度接听来电71.3万通；第四季度接听来电86.4万通。其中，涉及签证政策的咨询超过30万通。",
             facts: [Expect(metric: "services.hotline_calls", value: "3102000"),
                     Expect(metric: "services.hotline_calls", value: "713000", period: "2024-Q1"),
                     Expect(metric: "services.hotline_calls", value: "864000", period: "2024-Q4")], language: "zh"),
    ]

    @Test(arguments: scopedAndCounted)
    func localRanksAndCallCounters(_ c: Case) throws { try c.check() }
}
