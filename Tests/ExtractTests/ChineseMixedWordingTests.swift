import BriefingCore
import Foundation
import Testing
@testable import Extract
@testable import Ingest

/// Chinese news and self-media wordings: a reporter's story where another body's speaker goes on
/// as 他, tables laid out with single ideographic spaces and rows of quarters, year series after
/// 分别 and a verb, a list of every conveyance before one figure, bracketed section headings after
/// a remark. Every text is invented.
struct ChineseMixedWordingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: 他表示: another body's speaker goes on

    static let pronounSpeakers: [Case] = [
        // The ministry's official opens the sentence before; 他表示 goes on with his figures, the
        // administration named only as a partner.
        Case(text: "海关总署口岸监管司副司长张明介绍，一季度全国海关共查获走私案件820起。他表示，海关与移民管理机构协同配合，一季度共打掉走私团伙57个。",
             facts: [], absent: ["enforcement.gangs"], language: "zh"),
        Case(text: "公安部新闻发言人李强介绍，全国公安机关共破获案件3.1万起。他说，公安机关与边检机关联合行动，打掉偷渡团伙208个。",
             facts: [], absent: ["enforcement.gangs"], language: "zh"),
        // The administration's own speaker: 他表示 keeps the figures the administration's.
        Case(text: "国家移民管理局新闻发言人介绍，全国移民管理机构共侦办妨害国(边)境管理犯罪案件3200起。他表示，全年共打掉犯罪团伙95个。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "3200"), Expect(metric: "enforcement.gangs", value: "95")], language: "zh"),
        // Not right after the other body's sentence: no carried body.
        Case(text: "公安部新闻发言人李强介绍，全国公安机关共破获案件3.1万起。国家移民管理局介绍，全国移民管理机构共打掉犯罪团伙132个。",
             facts: [Expect(metric: "enforcement.gangs", value: "132")], language: "zh"),
    ]

    @Test(arguments: pronounSpeakers)
    func aPronounSpeakerGoesOnWithTheBodyBefore(_ c: Case) throws { try c.check() }

    // MARK: A table parted by single ideographic spaces, rows of parts of the year

    static let quarterRows: [Case] = [
        Case(text: "表2　2023年分季度出入境人员（单位：万人次）\n季度　出入境人员　同比（%）　外国人　同比（%）\n一季度　9210.5　58.6　512.4　210.3\n二季度　10450.2　61.2　690.8　180.4\n全年　42400.0　266.5　3547.8　693.4",
             facts: [Expect(metric: "people.total", value: "92105000", yoy: "58.6", period: "2023-Q1"),
                     Expect(metric: "people.foreigners", value: "5124000", yoy: "210.3", period: "2023-Q1"),
                     Expect(metric: "people.total", value: "104502000", yoy: "61.2", period: "2023-Q2"),
                     Expect(metric: "people.foreigners", value: "6908000", yoy: "180.4", period: "2023-Q2"),
                     Expect(metric: "people.total", value: "424000000", yoy: "266.5", period: "2023"),
                     Expect(metric: "people.foreigners", value: "35478000", yoy: "693.4", period: "2023")],
             language: "zh", period: "2023"),
        // A title with one ideographic space, alone on its line, is no table.
        Case(text: "人民日报　2024年3月2日　第4版\n一季度，全国移民管理机构共查验出入境人员1.41亿人次。",
             facts: [Expect(metric: "people.total", value: "141000000", period: "2024-Q1")], language: "zh", period: "2024-Q1"),
    ]

    @Test(arguments: quarterRows)
    func rowsOfQuartersUnderAPeriodColumn(_ c: Case) throws { try c.check() }

    @Test func ideographicSpacesPartATablesCells() {
        let raw = "标题　一行\n季度　人员　外国人\n一季度　12.5　3.1\n二季度　13.0　3.4\n尾注　其一　其二"
        let parted = IdeographicTable.cellsParted(raw)
        #expect(parted == "标题　一行\n季度\t人员\t外国人\n一季度\t12.5\t3.1\n二季度\t13.0\t3.4\n尾注\t其一\t其二")
        // A table laid out to its columns' widths keeps its runs of spaces.
        #expect(IdeographicTable.cellsParted("指标　　数值\n人员　　12.5\n外国人　　3.1") == nil)
        #expect(IdeographicTable.cellsParted("no ideographic space at all\n1 2 3") == nil)
    }

    // MARK: 分别 before a series link or before the verb and its object

    static let yearSeries: [Case] = [
        Case(text: "2019年至2021年，全国出入境人员分别降至6.70亿、2.30亿和1.28亿人次。",
             facts: [Expect(metric: "people.total", value: "670000000", period: "2019"),
                     Expect(metric: "people.total", value: "230000000", period: "2020"),
                     Expect(metric: "people.total", value: "128000000", period: "2021")], language: "zh", period: "2024"),
        Case(text: "2021年至2023年，全国移民管理机构分别侦办妨害国（边）境管理犯罪案件1.97万起、2.6万起和3.87万余起。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "19700", period: "2021"),
                     Expect(metric: "enforcement.criminal_cases", value: "26000", period: "2022"),
                     Expect(metric: "enforcement.criminal_cases", value: "38700", qualifier: .atLeast, period: "2023")], language: "zh", period: "2024"),
        // A date before the years (2023年2月6日起) names no year of the list.
        Case(text: "2023年2月6日起，出境团队游全面恢复，2022年和2023年，出入境人员分别回升至1.16亿、4.24亿人次。",
             facts: [Expect(metric: "people.total", value: "116000000", period: "2022"),
                     Expect(metric: "people.total", value: "424000000", period: "2023")], language: "zh", period: "2024"),
    ]

    @Test(arguments: yearSeries)
    func aSeriesOfYearsAfterRespectively(_ c: Case) throws { try c.check() }

    // MARK: A list of every part of a sum before one figure

    static let wholeLists: [Case] = [
        Case(text: "全年共查验出入境飞机、列车、船舶、机动车辆约3200万架（列、艘、辆）次。",
             facts: [Expect(metric: "vehicles.total", value: "32000000", qualifier: .approx)], language: "zh"),
        // Some parts only: no total, and no single part either.
        Case(text: "全年查验内地居民、港澳台居民和外国人6.5亿人次。", facts: [], absent: ["people.total", "people.hkmt"], language: "zh"),
    ]

    @Test(arguments: wholeLists)
    func aListOfEveryPartIsTheTotal(_ c: Case) throws { try c.check() }

    // MARK: A bracketed section heading after a remark

    static let bracketedSections: [Case] = [
        Case(text: "🎉【假期有多忙？】\n✅端午假期（6月10日至12日）：出入境约500万人次\n我去年端午在拱北口岸等了一小时😂\n📘【证件办了多少？】\n📌普通护照：近2500万本",
             facts: [Expect(metric: "documents.passports", value: "25000000", qualifier: .approx)], language: "zh"),
    ]

    @Test(arguments: bracketedSections)
    func aBracketedSectionHeadsItsOwnRows(_ c: Case) throws { try c.check() }
}
