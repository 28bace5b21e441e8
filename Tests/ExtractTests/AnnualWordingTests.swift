import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Wordings of annual releases by wires and papers (subject-first verbs, "of them", phrases
/// between a subject and its verb, a province named by what it is), and Chinese releases that break
/// a total down after a lead (分类型看, 从人员构成看), refer back to a kind (此类案件) or date an event
/// inside a sentence of the year's figures: invented sentences in those styles.
struct AnnualWordingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let english: [Case] = [
        // A participle after the cases names the suspects caught with them.
        Case(sentence: "Officers handled 12,300 criminal cases of obstructing border management, apprehending 21,400 suspects.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "12300"), Expect(metric: "enforcement.suspects", value: "21400")]),
        Case(sentence: "Border police apprehended 8,700 criminal suspects throughout the year.",
             facts: [Expect(metric: "enforcement.suspects", value: "8700")]),
        // Foreigners as the subject that received the documents.
        Case(sentence: "Foreign nationals received 1.42 million visas and residence permits.",
             facts: [Expect(metric: "documents.visas", value: "1420000")]),
        Case(sentence: "Foreigners received 910,000 visas, up 8.3 percent.",
             facts: [Expect(metric: "documents.visas", value: "910000", yoy: "8.3")]),
        // "border-related" says which crimes.
        Case(sentence: "Police handled 27,500 border-related criminal cases, down 4.2%.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "27500", yoy: "-4.2")]),
        // Entries "made without a visa".
        Case(sentence: "Of these, 9.9 million were made without a visa, up 40.1 per cent.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "9900000", yoy: "40.1")]),
        Case(sentence: "Last year 7.35 million trips by foreign nationals were made visa-free.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "7350000")]),
        // "crossings were recorded" counts everyone who crossed.
        Case(sentence: "Nationwide, 602 million crossings were registered in 2024.",
             facts: [Expect(metric: "people.total", value: "602000000")]),
        Case(sentence: "In the third quarter, 141.2 million crossings were recorded, up 9.4% year on year.",
             facts: [Expect(metric: "people.total", value: "141200000", yoy: "9.4", period: "2024-Q3")]),
        // A mode that is a part "of them": the previous sentence's conveyances.
        Case(text: "Means of transport inspected totalled 30.2 million. Ships accounted for 410,000 of them.",
             facts: [Expect(metric: "vehicles.total", value: "30200000"), Expect(metric: "vehicles.ships", value: "410000")]),
        // "X inspections" with a level link or a total verb.
        Case(sentence: "Train inspections rose to 98,000, up 12.5 per cent.",
             facts: [Expect(metric: "vehicles.trains", value: "98000", yoy: "12.5")]),
        Case(sentence: "Aircraft inspections totalled 1.1 million.",
             facts: [Expect(metric: "vehicles.aircraft", value: "1100000")]),
        // A phrase opened by "by" after the participle names who did it, not the subject.
        Case(sentence: "Conveyances checked by frontier inspection officers reached 31.7 million.",
             facts: [Expect(metric: "vehicles.total", value: "31700000")]),
        // A long recipient phrase between the subject and its verb.
        Case(sentence: "Exit-entry permits and endorsements issued to mainland residents for trips to Hong Kong, Macao and Taiwan numbered 88.2 million.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "88200000")]),
        // The island province is one province, not the nation.
        Case(text: "About 92,000 foreigners entered the island province visa-free in 2024.",
             facts: [], absent: ["people.visa_free_foreigners"]),
        Case(text: "Visitors from 59 countries may enter the island province without visas; 260,000 foreigners did so in 2024.",
             facts: [], absent: ["people.visa_free_foreigners"]),
    ]

    @Test(arguments: english)
    func englishWordingsGiveTheirFacts(_ c: Case) throws { try c.check() }

    static let chinese: [Case] = [
        // A breakdown after a lead, each item with its own bare change.
        Case(text: "全年查验出入境交通运输工具2870.4万架（列、艘、辆）次。分类型看，飞机21.3万架次，增长4.1%；船舶30.5万艘次，下降2.2%。",
             facts: [Expect(metric: "vehicles.total", value: "28704000"), Expect(metric: "vehicles.aircraft", value: "213000", yoy: "4.1"),
                     Expect(metric: "vehicles.ships", value: "305000", yoy: "-2.2")], language: "zh"),
        Case(text: "全年共查验出入境人员5.8亿人次。从人员构成看，内地居民2.9亿人次，上升6.0%；外国人6100万人次，上升18.2%。",
             facts: [Expect(metric: "people.total", value: "580000000"), Expect(metric: "people.mainland", value: "290000000", yoy: "6.0"),
                     Expect(metric: "people.foreigners", value: "61000000", yoy: "18.2")], language: "zh"),
        // The day of the press conference dates the conference, not the year's figures.
        Case(text: "发言人在当日召开的新闻发布会上表示，全年共查验出入境人员5.8亿人次。",
             facts: [Expect(metric: "people.total", value: "580000000")], language: "zh"),
        // A launch date after 于 dates the launch; 全年 dates the figures.
        Case(text: "12367服务热线于2024年2月1日升级运行，全年接听来电430万个。",
             facts: [Expect(metric: "services.hotline_calls", value: "4300000")], language: "zh"),
        Case(text: "政务服务平台于3月15日正式上线，全年提供在线服务1600万人次。",
             facts: [Expect(metric: "services.platform_requests", value: "16000000")], language: "zh"),
        // 此类案件 refers back to the crime named in the heading sentence before it.
        Case(text: "二是严打妨害国（边）境管理犯罪。全年共立案侦办此类案件2.46万起，抓获犯罪嫌疑人3.9万名。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "24600"), Expect(metric: "enforcement.suspects", value: "39000")], language: "zh"),
        Case(text: "全年共查验出入境人员5.8亿人次。\n\n二、严厉打击妨害国（边）境管理违法犯罪活动\n\n全年侦办该类案件1.8万起。",
             facts: [Expect(metric: "people.total", value: "580000000"), Expect(metric: "enforcement.criminal_cases", value: "18000")], language: "zh"),
        // Another crime named before: not the border-management cases, nor their suspects.
        Case(text: "三是严打毒品犯罪。全年共侦办此类案件860起，抓获犯罪嫌疑人1100名。",
             facts: [], absent: ["enforcement.criminal_cases", "enforcement.suspects"], language: "zh"),
        // A part of the previous sentence's count in a quarter counts what that count counts.
        Case(text: "全年共侦办妨害国（边）境管理犯罪案件2.46万起。其中，第四季度侦办案件7030起。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "24600"),
                     Expect(metric: "enforcement.criminal_cases", value: "7030", period: "2024-Q4")], language: "zh"),
        // A range whose end is a bare day (2月4日至10日) is those days, not the month.
        Case(text: "清明节假期（4月4日至6日），全国口岸共查验出入境人员520万人次。",
             facts: [Expect(metric: "people.total", value: "5200000", period: "2024-04-04/2024-04-06")], language: "zh"),
        Case(text: "10月1日至7日，全国移民管理机构共查验出入境交通运输工具49.6万架（列、艘、辆）次。",
             facts: [Expect(metric: "vehicles.total", value: "496000", period: "2024-10-01/2024-10-07")], language: "zh"),
    ]

    @Test(arguments: chinese)
    func chineseWordingsGiveTheirFacts(_ c: Case) throws { try c.check() }

    /// A date opening the sentence ("1月1日，…") still dates its figures: they are never the year's.
    @Test(arguments: ["1月1日，全国口岸查验出入境人员190万人次。", "2024年10月1日，全国口岸查验出入境人员210万人次。"])
    func aDateOpeningTheSentenceIsNoYear(_ text: String) throws {
        let facts = try extract(text, language: "zh").filter { $0.metric == "people.total" }
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { !$0.period.isAnnual }, "\(facts.map(\.period))")
    }

    /// An English holiday a verb follows still dates its figures; a Chinese one is the event's (当日举行的).
    @Test func aHolidayThatBeganStillDatesItsFigures() throws {
        let facts = try extract("Since the National Day holiday began, 2.1 million people crossed the border.").filter { $0.metric == "people.total" }
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { !$0.period.isAnnual }, "\(facts.map(\.period))")
    }

    /// A quarter's part whose clause names a subject of two of the previous sentence's counts stays unread.
    @Test func aPartNamingTwoEarlierCountsStaysUnread() throws {
        let text = "全年共侦办妨害国（边）境管理犯罪案件2.46万起，破获公安部挂牌督办案件130起。其中，第四季度侦办案件7030起。"
        let facts = try extract(text, language: "zh").filter { $0.metric != nil }
        #expect(!facts.contains { $0.value == 7030 }, "\(facts.map { "\($0.metric!)=\($0.value)" })")
    }
}
