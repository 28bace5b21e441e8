import BriefingCore
import Extract
import Foundation
import Ingest
import Testing

// Chinese releases of the National Immigration Administration: numbers (万, 亿, counters,
// qualifiers, Chinese numerals, 百分之), "其中…分别" lists, changes (同比, 环比, a base year, a share
// of another period) and periods (全年, 一季度, 上半年, 前三季度, 暑期, campaign windows).
// Every sentence is invented in the style of the releases; no rule may be keyed to one of them.

private enum ZH {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let pipeline = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Pipeline")
    static let extractor: Extractor = { try! Extractor(pipeline: pipeline) }()

    /// A release from text: a header (language, period, release date) and the body.
    static func document(_ body: String, period: String = "2024", released: String = "2025-01-14", language: String = "zh",
                         id: String = "zh-test.txt") throws -> SourceDocument {
        let text = "# language: \(language)\n# period: \(period)\n# released: \(released)\n\n" + body + "\n"
        return try Ingestor.document(id: id, bytes: Array(text.utf8), path: id)
    }

    static func facts(_ body: String, period: String = "2024", released: String = "2025-01-14") throws -> [Fact] {
        try extractor.extract(document(body, period: period, released: released)).facts
    }

    static func fixture(_ name: String) throws -> SourceDocument {
        let url = root.appendingPathComponent("Fixtures/\(name)")
        return try Ingestor.document(id: name, bytes: [UInt8](Data(contentsOf: url)), path: url.path)
    }
}

/// One figure a sentence must yield: metric, period, value, qualifier and year-on-year change.
struct ZHExpect: Sendable, CustomStringConvertible {
    var metric: String
    var value: String
    var period: String
    var qualifier: Qualifier
    var yoy: String?

    init(_ metric: String, _ value: String, period: String = "2024", _ qualifier: Qualifier = .exact, yoy: String? = nil) {
        self.metric = metric; self.value = value; self.period = period; self.qualifier = qualifier; self.yoy = yoy
    }

    var description: String { "\(metric) \(period) \(value) \(qualifier.rawValue) yoy=\(yoy ?? "-")" }

    func matches(_ f: Fact) -> Bool {
        f.metric == metric && f.period.description == period && f.value == Decimal(string: value)!
            && f.qualifier == qualifier && f.yoyPct == yoy.map { Decimal(string: $0)! } && f.status == .reported
    }
}

struct ZHCase: Sendable, CustomTestStringConvertible {
    var text: String
    /// The release's period (header).
    var period: String = "2024"
    var expect: [ZHExpect]
    /// Metrics that must not be read as a figure of the whole year 2024 (window figures, rates).
    var notAnnual: [String] = []

    var testDescription: String { String(text.prefix(40)) }
}

private func E(_ metric: String, _ value: String, period: String = "2024", _ qualifier: Qualifier = .exact, yoy: String? = nil) -> ZHExpect {
    ZHExpect(metric, value, period: period, qualifier, yoy: yoy)
}

let chineseSentences: [ZHCase] = [
    // A headline in two halves split by a space: each figure keeps its own subject and change.
    ZHCase(text: "上半年全国出入境人员达2.87亿人次 外国人出入境同比增长152.7%", period: "2024-H1",
           expect: [E("people.total", "287000000", period: "2024-H1")]),
    // A space before a month opening the second half splits it too: the month's change is not the total's.
    ZHCase(text: "上半年全国出入境人员达2.87亿人次 6月份外国人出入境同比增长近六成", period: "2024-H1",
           expect: [E("people.total", "287000000", period: "2024-H1")]),
    ZHCase(text: "全年签发普通护照超2000万本 12月份签发量同比增长三成",
           expect: [E("documents.passports", "20000000", .atLeast)]),
    // A month in Chinese numerals with 份 is that month, not the release's quarter or year.
    ZHCase(text: "仅十一月份，全国口岸免签入境外国人就达到86.2万人次。", period: "2024-Q4",
           expect: [E("people.visa_free_foreigners", "862000", period: "2024-11-01/2024-11-30")], notAnnual: ["people.visa_free_foreigners"]),
    ZHCase(text: "其中二月份查验出入境人员五千二百万人次。", period: "2024-Q1",
           expect: [E("people.total", "52000000", period: "2024-02-01/2024-02-29")], notAnnual: ["people.total"]),
    // Foreigners who entered "through the visa-free policy".
    ZHCase(text: "上半年通过免签政策入境的外国人达到1020万人次，同比增长61.5%。", period: "2024-H1",
           expect: [E("people.visa_free_foreigners", "10200000", period: "2024-H1", yoy: "61.5")]),
    // 出入境外国人 holds 入境外国人, but counts both ways: foreigners crossing, not entries.
    ZHCase(text: "二季度，出入境外国人为1325.8万人次。", period: "2024-H1",
           expect: [E("people.foreigners", "13258000", period: "2024-Q2")]),
    ZHCase(text: "全年出入境外国人6488万人次，同比上升82.9%。",
           expect: [E("people.foreigners", "64880000", yoy: "82.9")]),
    // Arrows and signs after 同比 are changes.
    ZHCase(text: "全年签发普通护照2210.5万本，同比↑7.4%。",
           expect: [E("documents.passports", "22105000", yoy: "7.4")]),
    ZHCase(text: "查验出入境交通运输工具3012.6万架（列、艘、辆）次，同比+9.8%。",
           expect: [E("vehicles.total", "30126000", yoy: "9.8")]),
    ZHCase(text: "签发外国人签证证件88.1万人次，同比↓4.6%。",
           expect: [E("documents.visas", "881000", yoy: "-4.6")]),
    ZHCase(text: "全年入境外国人3244万人次。", expect: [], notAnnual: ["people.foreigners"]),
    // Totals with 万 / 亿, counters and a single change.
    ZHCase(text: "2024年，全国移民管理机构累计查验出入境人员5.8亿人次，同比上升43.9%。",
           expect: [E("people.total", "580000000", yoy: "43.9")]),
    ZHCase(text: "全国移民管理机构累计查验出入境交通运输工具3225.6万架（列、艘、辆）次，同比上升21.5%。",
           expect: [E("vehicles.total", "32256000", yoy: "21.5")]),
    ZHCase(text: "查验出入境交通运输工具8210.3万架(列、艘、辆)次，同比下降6.7%。",
           expect: [E("vehicles.total", "82103000", yoy: "-6.7")]),
    // 其中 lists, with and without 分别.
    ZHCase(text: "其中，飞机76.2万架次、列车8.9万列次、船舶30.4万艘次、机动车辆2980.3万辆次。",
           expect: [E("vehicles.aircraft", "762000"), E("vehicles.trains", "89000"), E("vehicles.ships", "304000"),
                    E("vehicles.motor", "29803000")]),
    ZHCase(text: "其中，内地居民2.47亿人次、港澳台居民2.6亿人次、外国人5217.4万人次，同比分别上升41.3%、38.8%、82.9%。",
           expect: [E("people.mainland", "247000000", yoy: "41.3"), E("people.hkmt", "260000000", yoy: "38.8"),
                    E("people.foreigners", "52174000", yoy: "82.9")]),
    ZHCase(text: "其中，内地居民2.9亿人次、港澳台居民2.5亿人次和外国人6488.2万人次，同比分别增长41.3%、38.8%和82.9%。",
           expect: [E("people.mainland", "290000000", yoy: "41.3"), E("people.hkmt", "250000000", yoy: "38.8"),
                    E("people.foreigners", "64882000", yoy: "82.9")]),
    ZHCase(text: "其中，飞机35.1万架次、船舶12.3万艘次，同比分别上升15.2%、下降3.4%。",
           expect: [E("vehicles.aircraft", "351000", yoy: "15.2"), E("vehicles.ships", "123000", yoy: "-3.4")]),
    // The parts of a total (or of a part) the sentence before gave, in a sentence whose verbs
    // (则有, 为, 占) name no subject of their own: read with that sentence as their heading.
    ZHCase(text: "全年全国移民管理机构查验出入境人员6.1亿人次。港澳台居民则有2.5亿人次，外国人为6490万人次。",
           expect: [E("people.total", "610000000"), E("people.hkmt", "250000000"), E("people.foreigners", "64900000")]),
    ZHCase(text: "全年全国移民管理机构查验出入境人员6.1亿人次，其中内地居民2.9亿人次。港澳台居民则有2.5亿人次，外国人为6490万人次。",
           expect: [E("people.mainland", "290000000"), E("people.hkmt", "250000000"), E("people.foreigners", "64900000")]),
    ZHCase(text: "全年查验出入境交通运输工具3220万架（列、艘、辆）次。飞机则有76万架次，船舶为30万艘次。",
           expect: [E("vehicles.total", "32200000"), E("vehicles.aircraft", "760000"), E("vehicles.ships", "300000")]),
    // A year after a look back (回望, 回顾) opening the sentence dates its figures, not the release's year.
    ZHCase(text: "回望2019年，全国出入境人员达6.7亿人次。", expect: [E("people.total", "670000000", period: "2019")]),
    ZHCase(text: "回顾2018年，全国移民管理机构查验出入境人员6.5亿人次。", expect: [E("people.total", "650000000", period: "2018")]),
    // Changes split by direction, each naming its subject: by subject, not by place in the list.
    ZHCase(text: "其中，内地居民1.92亿人次，港澳台居民1.64亿人次，外国人2703.6万人次，内地居民、外国人同比分别增长9.2%、31.4%，港澳台居民同比下降2.7%。",
           expect: [E("people.mainland", "192000000", yoy: "9.2"), E("people.hkmt", "164000000", yoy: "-2.7"),
                    E("people.foreigners", "27036000", yoy: "31.4")]),
    ZHCase(text: "其中，飞机88.4万架次、列车15.1万列次、船舶40.2万艘次、机动车辆2650.7万辆次，船舶同比下降6.1%，飞机、列车、机动车辆同比分别上升12.8%、3.6%、0.7%。",
           expect: [E("vehicles.aircraft", "884000", yoy: "12.8"), E("vehicles.trains", "151000", yoy: "3.6"),
                    E("vehicles.ships", "402000", yoy: "-6.1"), E("vehicles.motor", "26507000", yoy: "0.7")]),
    ZHCase(text: "内地居民出入境1.1亿人次，港澳台居民出入境9020.5万人次，外国人出入境1530.2万人次；港澳台居民同比增长4.4%，外国人同比减少1.9%，内地居民同比增长8.3%。",
           expect: [E("people.mainland", "110000000", yoy: "8.3"), E("people.hkmt", "90205000", yoy: "4.4"),
                    E("people.foreigners", "15302000", yoy: "-1.9")]),
    ZHCase(text: "其中，内地居民2.2亿人次，港澳台居民1.9亿人次，外国人3101.4万人次，港澳台居民同比下降0.6%，内地居民和外国人则同比分别上升17.5%、66.2%。",
           expect: [E("people.mainland", "220000000", yoy: "17.5"), E("people.hkmt", "190000000", yoy: "-0.6"),
                    E("people.foreigners", "31014000", yoy: "66.2")]),
    // The count's noun after the subject (案件数, 嫌疑人数量) names whose change it is.
    ZHCase(text: "共侦办妨害国（边）境管理犯罪案件2.8万起，抓获犯罪嫌疑人9.6万名，案件数同比上升21%。",
           expect: [E("enforcement.criminal_cases", "28000", yoy: "21"), E("enforcement.suspects", "96000")]),
    ZHCase(text: "全年侦办妨害国（边）境管理犯罪案件1.9万起，抓获犯罪嫌疑人4.4万名，犯罪嫌疑人数量同比下降8.5%。",
           expect: [E("enforcement.criminal_cases", "19000"), E("enforcement.suspects", "44000", yoy: "-8.5")]),
    ZHCase(text: "其中，内地居民2.2亿人次，港澳台居民1.9亿人次，外国人3101.4万人次，外国人同比上升66.2%，港澳台居民同比下降0.6%，内地居民也同比上升17.5%。",
           expect: [E("people.mainland", "220000000", yoy: "17.5"), E("people.hkmt", "190000000", yoy: "-0.6"),
                    E("people.foreigners", "31014000", yoy: "66.2")]),
    ZHCase(text: "其中，飞机76.2万架次、列车8.9万列次、船舶30.4万艘次、机动车辆2980.3万辆次，列车、船舶较上年分别下降1.2%、4.4%，飞机、机动车辆较上年分别增长12.1%、3.5%。",
           expect: [E("vehicles.aircraft", "762000", yoy: "12.1"), E("vehicles.trains", "89000", yoy: "-1.2"),
                    E("vehicles.ships", "304000", yoy: "-4.4"), E("vehicles.motor", "29803000", yoy: "3.5")]),
    // The changes in the next sentence, after the figures.
    ZHCase(text: "全年查验出入境人员3.9亿人次，其中内地居民1.8亿人次，港澳台居民1.7亿人次，外国人4012.5万人次。内地居民、外国人同比分别增长15.6%、52.3%，港澳台居民同比下降1.4%。",
           expect: [E("people.total", "390000000"), E("people.mainland", "180000000", yoy: "15.6"),
                    E("people.hkmt", "170000000", yoy: "-1.4"), E("people.foreigners", "40125000", yoy: "52.3")]),
    ZHCase(text: "其中，内地居民1.56亿人次，同比上升20.1%；港澳台居民1.32亿人次，同比上升18.4%；外国人2890.5万人次，同比上升95.7%。",
           expect: [E("people.mainland", "156000000", yoy: "20.1"), E("people.hkmt", "132000000", yoy: "18.4"),
                    E("people.foreigners", "28905000", yoy: "95.7")]),
    // Documents.
    ZHCase(text: "全年签发普通护照2098.8万本，同比上升18.6%。",
           expect: [E("documents.passports", "20988000", yoy: "18.6")]),
    ZHCase(text: "签发普通护照１２３４．５万本。",
           expect: [E("documents.passports", "12345000")]),
    ZHCase(text: "签发往来港澳台地区证件签注1.1亿张(件)次，同比下降3.2%。",
           expect: [E("documents.mainland_hkmt_combined", "110000000", yoy: "-3.2")]),
    ZHCase(text: "为港澳台居民签发来往内地（大陆）通行证512.3万张，同比上升9.7%。",
           expect: [E("documents.hkmt_resident_permits", "5123000", yoy: "9.7")]),
    ZHCase(text: "签发外国人签证证件217.6万件，同比增长百分之二十五点四。",
           expect: [E("documents.visas", "2176000", yoy: "25.4")]),
    ZHCase(text: "签发口岸签证63.8万人次。",
           expect: [E("documents.port_visas", "638000")]),
    ZHCase(text: "签发普通护照2098.8万本，与2023年相比增长18.6%。",
           expect: [E("documents.passports", "20988000", yoy: "18.6")]),
    // Services.
    ZHCase(text: "12367服务热线接听来电612.55万通，满意率99.41%。",
           expect: [E("services.hotline_calls", "6125500"), E("services.hotline_satisfaction", "99.41")]),
    // Subjects listed first without their own verbs: the list's verb (查处) is every item's.
    ZHCase(text: "全年妨害国（边）境管理犯罪案件、犯罪嫌疑人、犯罪团伙查处数量分别为2.1万起、5.6万名、930个。",
           expect: [E("enforcement.criminal_cases", "21000"), E("enforcement.suspects", "56000"), E("enforcement.gangs", "930")]),
    ZHCase(text: "全年查处犯罪团伙、犯罪嫌疑人分别为1200个、8.8万名，同比分别增长5.1%、7.3%。",
           expect: [E("enforcement.gangs", "1200", yoy: "5.1"), E("enforcement.suspects", "88000", yoy: "7.3")]),
    ZHCase(text: "12367服务热线平均满意率为99.88%。",
           expect: [E("services.hotline_satisfaction", "99.88")]),
    // The hotline's number is its name, also inside its marks or before 来电: never a count of calls.
    ZHCase(text: "旅客可拨打“12367”热线咨询相关政策。", expect: [], notAnnual: ["services.hotline_calls"]),
    ZHCase(text: "如有疑问，可通过#12367# 服务平台留言。", expect: [], notAnnual: ["services.hotline_calls"]),
    ZHCase(text: "全年受理12367来电530余万个。", expect: [E("services.hotline_calls", "5300000", .atLeast)]),
    // A year compared with (已超过2024年全年) is no period of the figure before it.
    ZHCase(text: "前三季度，查验出入境人员4.9亿人次；免签入境外国人累计1500万人次，已超过2024年全年。", period: "2025-Q3",
           expect: [E("people.visa_free_foreigners", "15000000", period: "2025-01-01/2025-09-30")]),
    ZHCase(text: "上半年，签发普通护照1320万本，相当于2023年全年的六成。", period: "2024-H1",
           expect: [E("documents.passports", "13200000", period: "2024-H1")]),
    ZHCase(text: "国家移民管理局政务服务平台提供咨询等服务2.3亿人次。",
           expect: [E("services.platform_requests", "230000000")]),
    ZHCase(text: "为港澳台居民、华侨、外国人提供身份核验服务1.4亿次。",
           expect: [E("services.identity_verifications", "140000000")]),
    // Enforcement, with qualifiers before (超过, 逾, 近, 约) and after (余, 多, 以上, 左右).
    ZHCase(text: "查处妨害国（边）境管理犯罪案件1.5万起，抓获犯罪嫌疑人2.6万名。",
           expect: [E("enforcement.criminal_cases", "15000"), E("enforcement.suspects", "26000")]),
    ZHCase(text: "打掉犯罪团伙超过800个，挂牌督办重大案件十五起。",
           expect: [E("enforcement.gangs", "800", .atLeast), E("enforcement.major_cases", "15")]),
    ZHCase(text: "打掉犯罪团伙200个以上。",
           expect: [E("enforcement.gangs", "200", .atLeast)]),
    ZHCase(text: "缴获毒品6.3吨、制毒物品188.6公斤、枪支93支、子弹1.2万发。",
           expect: [E("enforcement.drugs_tonnes", "6.3"), E("enforcement.precursors_tonnes", "0.1886"),
                    E("enforcement.guns", "93"), E("enforcement.bullets", "12000")]),
    ZHCase(text: "侦办走私案件案值5230万元。",
           expect: [E("enforcement.smuggling_value_cny", "52300000")]),
    ZHCase(text: "全年免签入境外国人逾2000万人次，同比上升112.3%。",
           expect: [E("people.visa_free_foreigners", "20000000", .atLeast, yoy: "112.3")]),
    ZHCase(text: "抓获在逃“蛇头”1200余名。",
           expect: [E("enforcement.fugitives", "1200", .atLeast)]),
    ZHCase(text: "抓获在逃“蛇头”一百零五名。",
           expect: [E("enforcement.fugitives", "105")]),
    ZHCase(text: "捣毁中转窝点近300个。",
           expect: [E("enforcement.transit_dens", "300", .approx)]),
    ZHCase(text: "捣毁中转窝点300个左右。",
           expect: [E("enforcement.transit_dens", "300", .approx)]),
    ZHCase(text: "查处“三非”外国人约6.8万人次，遣送出境非法移民3.1万人。",
           expect: [E("enforcement.illegal_foreigners", "68000", .approx), E("enforcement.deported", "31000")]),
    ZHCase(text: "侦破毒品案件2100多起，抓获犯罪嫌疑人2万余人。",
           expect: [E("enforcement.drug_cases", "2100", .atLeast), E("enforcement.suspects", "20000", .atLeast)]),
    ZHCase(text: "全年有六名民警辅警因公牺牲，87名民警辅警因公负伤。",
           expect: [E("personnel.deaths", "6"), E("personnel.injured", "87")]),
    // Changes: 倍, 较去年同期, 环比 (not a year-on-year change), a share of 2019.
    ZHCase(text: "免签入境外国人488.5万人次，同比增长1.2倍。",
           expect: [E("people.visa_free_foreigners", "4885000", yoy: "120")]),
    ZHCase(text: "查验出入境人员1.6亿人次，环比上升8.1%。",
           expect: [E("people.total", "160000000")]),
    ZHCase(text: "查验出入境人员1.41亿人次，达到2019年同期的80%。",
           expect: [E("people.total", "141000000")]),
    ZHCase(text: "查验外国人出入境1225.8万人次，较2019年同期下降12.6%。",
           expect: [E("people.foreigners", "12258000")]),
    // Periods.
    ZHCase(text: "2024年一季度，全国移民管理机构查验出入境人员1.41亿人次，同比上升117.8%。", period: "2024-Q1",
           expect: [E("people.total", "141000000", period: "2024-Q1", yoy: "117.8")]),
    ZHCase(text: "第一季度，签发普通护照512.4万本。", period: "2024-Q1",
           expect: [E("documents.passports", "5124000", period: "2024-Q1")]),
    ZHCase(text: "一季度，全国口岸查验出入境人员1.41亿人次，较去年同期增长117.8%。", period: "2024-Q1",
           expect: [E("people.total", "141000000", period: "2024-Q1", yoy: "117.8")]),
    ZHCase(text: "全国口岸查验出入境交通运输工具786.3万架（列、艘、辆）次，比去年同期增长12.1%。", period: "2024-Q1",
           expect: [E("vehicles.total", "7863000", period: "2024-Q1", yoy: "12.1")]),
    ZHCase(text: "2024年上半年，全国移民管理机构累计查验出入境人员2.87亿人次，同比上升70.9%。", period: "2024-H1",
           expect: [E("people.total", "287000000", period: "2024-H1", yoy: "70.9")]),
    ZHCase(text: "前三季度，全国移民管理机构查验出入境人员4.3亿人次。",
           expect: [E("people.total", "430000000", period: "2024-01-01/2024-09-30")], notAnnual: ["people.total"]),
    ZHCase(text: "暑期，全国口岸累计查验出入境人员1.1亿人次，同比上升16.2%。",
           expect: [E("people.total", "110000000", period: "2024-07-01/2024-08-31", yoy: "16.2")], notAnnual: ["people.total"]),
    ZHCase(text: "暑期（7月至8月），全国口岸查验出入境人员1.05亿人次。",
           expect: [E("people.total", "105000000", period: "2024-07-01/2024-08-31")], notAnnual: ["people.total"]),
    ZHCase(text: "2024年11月底至2025年2月底，全国移民管理机构开展“冬季行动”，累计查处妨害国（边）境管理犯罪案件3100余起，抓获犯罪嫌疑人5200余名。",
           expect: [E("enforcement.criminal_cases", "3100", period: "2024-11-30/2025-02-28", .atLeast),
                    E("enforcement.suspects", "5200", period: "2024-11-30/2025-02-28", .atLeast)],
           notAnnual: ["enforcement.criminal_cases", "enforcement.suspects"]),
    ZHCase(text: "2024年11月底至2025年2月底，国家移民管理局部署开展冬季行动。行动开展以来，共打掉犯罪团伙126个，捣毁中转窝点87个。",
           expect: [E("enforcement.gangs", "126", period: "2024-11-30/2025-02-28"),
                    E("enforcement.transit_dens", "87", period: "2024-11-30/2025-02-28")],
           notAnnual: ["enforcement.gangs", "enforcement.transit_dens"]),
    // A list of a sum's parts closed by 等 right before the figure: the figure is their total, not the last part's.
    ZHCase(text: "全年共查验出入境飞机、列车、船舶、机动车等3120.7万架（列、艘、辆）次，同比增长6.4%。其中机动车2998.1万辆次。",
           expect: [E("vehicles.total", "31207000", yoy: "6.4"), E("vehicles.motor", "29981000")]),
    ZHCase(text: "全国口岸共查验内地居民、港澳台居民、外国人等出入境人员5.9亿人次。",
           expect: [], notAnnual: ["people.mainland", "people.hkmt", "people.foreigners"]),
    ZHCase(text: "全年查验出入境船舶、机动车等交通运输工具3350万辆（艘）次。",
           expect: [E("vehicles.total", "33500000")]),
    ZHCase(text: "冬季行动期间，抓获在逃“蛇头”86名。",
           expect: [], notAnnual: ["enforcement.fugitives"]),
    // An event's "since" opening the sentence, no cumulative word after it: a total since the event, no year's.
    ZHCase(text: "疫情发生以来，全国移民管理机构有9名民警因公牺牲，42名民警负伤。",
           expect: [], notAnnual: ["personnel.deaths", "personnel.injured"]),
    ZHCase(text: "新冠疫情暴发以来，全国移民管理机构抓获妨害国（边）境管理犯罪嫌疑人2.1万名。",
           expect: [], notAnnual: ["enforcement.suspects"]),
    ZHCase(text: "抗击疫情以来，全国共有6名移民管理警察因公牺牲。",
           expect: [], notAnnual: ["personnel.deaths"]),
    // A time's "since" is no event: 今年以来 stays the year so far.
    ZHCase(text: "今年以来，全国移民管理机构有3名民警因公牺牲。",
           expect: [E("personnel.deaths", "3", period: "2025-01-01/2025-01-14")]),
    ZHCase(text: "2024年12月1日以来，全国口岸免签入境外国人1.2万人次。",
           expect: [E("people.visa_free_foreigners", "12000", period: "2024-12-01/2025-01-14")],
           notAnnual: ["people.visa_free_foreigners"]),
    ZHCase(text: "一季度，全国移民管理机构累计查验出入境人员1.41亿人次，同比上升117.8%，恢复至2019年同期的87.5%。", period: "2024-Q1",
           expect: [E("people.total", "141000000", period: "2024-Q1", yoy: "117.8")]),
    ZHCase(text: "查验出入境人员、交通运输工具分别为1.41亿人次、786.3万架（列、艘、辆）次，同比分别上升117.8%、12.1%。", period: "2024-Q1",
           expect: [E("people.total", "141000000", period: "2024-Q1", yoy: "117.8"),
                    E("vehicles.total", "7863000", period: "2024-Q1", yoy: "12.1")]),
    ZHCase(text: "1至3月，全国移民管理机构侦办妨害国（边）境管理犯罪案件3286起，抓获犯罪嫌疑人5012名。", period: "2024-Q1",
           expect: [E("enforcement.criminal_cases", "3286", period: "2024-Q1"), E("enforcement.suspects", "5012", period: "2024-Q1")]),
    ZHCase(text: "2024年1月1日至6月30日，签发普通护照1065.2万本。",
           expect: [E("documents.passports", "10652000", period: "2024-H1")], notAnnual: ["documents.passports"]),
    ZHCase(text: "12月份，全国口岸出入境人员5012.3万人次，环比上升6.2%。",
           expect: [E("people.total", "50123000", period: "2024-12-01/2024-12-31")], notAnnual: ["people.total"]),
    // Measure words of one kind parted by slashes (万本/件, 万本/张/件次) are alternatives, no rate;
    // a slash before another kind's word (件/人) still writes a rate.
    ZHCase(text: "签发外国人签证证件52.1万本/件，同比增长12.0%。",
           expect: [E("documents.visas", "521000", yoy: "12.0")]),
    ZHCase(text: "全年签发往来港澳通行证及签注6120.3万本/张/件次。",
           expect: [E("documents.mainland_hkmt_combined", "61203000")]),
    ZHCase(text: "窗口签发普通护照1.2万本/人。", expect: [], notAnnual: ["documents.passports"]),
    // A day written before 单日 (single day) is the figure's period, in a quarter or inside a holiday's
    // window: not its month's or the holiday's figure.
    ZHCase(text: "12月31日单日出入境人员达160.2万人次，创历史新高。", period: "2024-Q4",
           expect: [E("people.total", "1602000", period: "2024-12-31/2024-12-31")], notAnnual: ["people.total"]),
    ZHCase(text: "春节假期（2月10日至17日），全国边检机关日均保障出入境人员180.6万人次，其中2月17日单日出入境人员达210.5万人次。", period: "2024-Q1",
           expect: [E("people.total", "2105000", period: "2024-02-17/2024-02-17")], notAnnual: ["people.total"]),
    ZHCase(text: "国庆假期（10月1日至8日），全国口岸日均出入境人员180.2万人次，其中10月3日单日出入境人员达195.3万人次。", period: "2024-Q4",
           expect: [E("people.total", "1953000", period: "2024-10-03/2024-10-03")], notAnnual: ["people.total"]),
    // A month after 于 dates an event (于2024年3月开通, 于5月上线), not the figures after it.
    ZHCase(text: "移民管理服务平台于2024年3月开通运行，当年共接听群众来电约25万通。",
           expect: [E("services.hotline_calls", "250000", .approx)]),
    ZHCase(text: "新版服务热线于10月上线，全年共接听来电42.6万通。",
           expect: [E("services.hotline_calls", "426000")]),
    ZHCase(text: "12367服务平台累计提供服务326.5万次，群众满意率为99.72%。",
           expect: [E("services.hotline_calls", "3265000"), E("services.hotline_satisfaction", "99.72")]),
    ZHCase(text: "外国人入境586.4万人次，其中通过免签入境307.5万人次，同比上升266.1%。",
           expect: [E("people.visa_free_foreigners", "3075000", yoy: "266.1")], notAnnual: ["people.foreigners"]),
    ZHCase(text: "签发出入境证件9612.7万本（件、张）次，其中签发普通护照1012.3万本，同比增长10.2%；签发往来港澳通行证及签注5983.2万张次。", period: "2024-H1",
           expect: [E("documents.passports", "10123000", period: "2024-H1", yoy: "10.2"),
                    E("documents.mainland_hkmt_combined", "59832000", period: "2024-H1")]),
    ZHCase(text: "共侦办妨害国（边）境管理犯罪案件1.2万余起，抓获违法犯罪嫌疑人1.6万余名，打掉偷私渡犯罪团伙530余个。", period: "2024-H1",
           expect: [E("enforcement.criminal_cases", "12000", period: "2024-H1", .atLeast),
                    E("enforcement.suspects", "16000", period: "2024-H1", .atLeast),
                    E("enforcement.gangs", "530", period: "2024-H1", .atLeast)]),
    ZHCase(text: "2023年，全国移民管理机构查验出入境人员4.24亿人次，较2022年上升266.5%。两岸人员往来十分活跃。", period: "2023",
           expect: [E("people.total", "424000000", period: "2023", yoy: "266.5")]),
    ZHCase(text: "其中，内地居民、港澳台居民、外国人分别为5795.2万人次、5183.1万人次、597.2万人次。", period: "2022",
           expect: [E("people.mainland", "57952000", period: "2022"), E("people.hkmt", "51831000", period: "2022"),
                    E("people.foreigners", "5972000", period: "2022")]),
    ZHCase(text: "全年有15名民警辅警因公牺牲、66名民警辅警因公负伤。", period: "2022",
           expect: [E("personnel.deaths", "15", period: "2022"), E("personnel.injured", "66", period: "2022")]),
    ZHCase(text: "全年共抓获在逃“蛇头”二百六十一名，捣毁偷渡中转窝点四百余个。", period: "2022",
           expect: [E("enforcement.fugitives", "261", period: "2022"), E("enforcement.transit_dens", "400", period: "2022", .atLeast)]),
    ZHCase(text: "全国移民管理机构共查获各类毒品5.1吨，缴获枪支106支、子弹4000余发，查获走私案件涉案金额2.2亿元。", period: "2022",
           expect: [E("enforcement.drugs_tonnes", "5.1", period: "2022"), E("enforcement.guns", "106", period: "2022"),
                    E("enforcement.bullets", "4000", period: "2022", .atLeast), E("enforcement.smuggling_value_cny", "220000000", period: "2022")]),
    ZHCase(text: "全年查处非法入境、非法居留、非法就业外国人1.96万人，遣返9200人。", period: "2022",
           expect: [E("enforcement.illegal_foreigners", "19600", period: "2022"), E("enforcement.deported", "9200", period: "2022")]),
    // Words joined by 、 between the verb and the noun are one subject, not a list of figures.
    ZHCase(text: "查处“三非”外国人5.2万人次，遣返非法入境、居留、就业外国人2.2万人。", period: "2022",
           expect: [E("enforcement.illegal_foreigners", "52000", period: "2022"), E("enforcement.deported", "22000", period: "2022")]),
    ZHCase(text: "全年遣返非法入境、非法居留、非法就业外国人1.5万人。", period: "2022",
           expect: [E("enforcement.deported", "15000", period: "2022")], notAnnual: ["enforcement.illegal_foreigners"]),
    ZHCase(text: "查处非法入境、居留、就业外国人3.1万人次，遣送出境非法入境、居留外国人1.2万人。", period: "2022",
           expect: [E("enforcement.illegal_foreigners", "31000", period: "2022"), E("enforcement.deported", "12000", period: "2022")]),
    ZHCase(text: "全年签发普通护照335.4万本、外国人签证证件53.9万件。", period: "2022",
           expect: [E("documents.passports", "3354000", period: "2022"), E("documents.visas", "539000", period: "2022")]),
    ZHCase(text: "签发口岸签证20余万人次，12367服务热线群众满意率保持在99%以上。",
           expect: [E("documents.port_visas", "200000", .atLeast), E("services.hotline_satisfaction", "99", .atLeast)]),
    ZHCase(text: "春节假期，全国口岸日均出入境人员超过180万人次，共查验出入境人员1352.4万人次。", period: "2024-Q1",
           expect: [], notAnnual: ["people.total"]),
    ZHCase(text: "全国移民管理机构累计查验出入境人员6.1亿人次，同比上升43.9%。其中，内地居民2.9亿人次，港澳台居民2.5亿人次，外国人6488.2万人次，同比分别上升41.3%、38.8%、82.9%。",
           expect: [E("people.total", "610000000", yoy: "43.9"), E("people.mainland", "290000000", yoy: "41.3"),
                    E("people.hkmt", "250000000", yoy: "38.8"), E("people.foreigners", "64882000", yoy: "82.9")]),
    // Traditional characters (Hong Kong and Taiwan reprints) read like simplified ones; 按年 is 同比,
    // 宗 counts cases.
    ZHCase(text: "全國移民管理機構全年查驗出入境人員7.03億人次，按年上升15.1%。",
           expect: [E("people.total", "703000000", yoy: "15.1")]),
    ZHCase(text: "當中內地居民3.6億人次、港澳台居民2.9億人次、外國人6,321.7萬人次，按年分別增長12.4%、9.8%及21.5%。",
           expect: [E("people.mainland", "360000000", yoy: "12.4"), E("people.hkmt", "290000000", yoy: "9.8"),
                    E("people.foreigners", "63217000", yoy: "21.5")]),
    ZHCase(text: "出入境管理部門簽發普通護照3,120.6萬本，按年下降2.3%；簽發外國人簽證證件95.4萬本（件）。",
           expect: [E("documents.passports", "31206000", yoy: "-2.3"), E("documents.visas", "954000")]),
    ZHCase(text: "全年偵辦妨害國（邊）境管理犯罪案件2.1萬宗，抓獲犯罪嫌疑人3.2萬名，繳獲毒品4.5噸，查獲槍支860支。",
           expect: [E("enforcement.criminal_cases", "21000"), E("enforcement.suspects", "32000"),
                    E("enforcement.drugs_tonnes", "4.5"), E("enforcement.guns", "860")]),
    // Rates are not totals.
    ZHCase(text: "全年口岸日均查验出入境人员168万人次。",
           expect: [], notAnnual: ["people.total"]),
    // Identity verification services on the same platform are not platform requests (认证服务 vs 服务).
    ZHCase(text: "国家移民管理局政务服务平台为中外人员提供咨询、预约等政务服务9860.2万人次；为港澳台居民、华侨和外国人提供证件身份认证服务1544.6万次，同比上升35.2%。",
           expect: [E("services.platform_requests", "98602000"), E("services.identity_verifications", "15446000", yoy: "35.2")]),
    ZHCase(text: "政务服务平台全年提供服务1.2亿次，身份核验服务860万次。",
           expect: [E("services.platform_requests", "120000000"), E("services.identity_verifications", "8600000")]),
    // A gloss in brackets after the subject stays in its clause: the verb after it still decides.
    ZHCase(text: "全年有5名民警（辅警）因公牺牲，21名民警（含辅警）因公负伤。",
           expect: [E("personnel.deaths", "5"), E("personnel.injured", "21")]),
    ZHCase(text: "全年因公牺牲民警(辅警)4名。", expect: [E("personnel.deaths", "4")]),
    // A member's own minus sign after a list mark or a change word: still a member, negative.
    ZHCase(text: "其中，飞机72.4万架次、列车15.2万列次、船舶38.6万艘次和机动车辆2650万辆次，分别同比增长6.1%、3.2%、-2.5%和4.0%。",
           expect: [E("vehicles.aircraft", "724000", yoy: "6.1"), E("vehicles.trains", "152000", yoy: "3.2"),
                    E("vehicles.ships", "386000", yoy: "-2.5"), E("vehicles.motor", "26500000", yoy: "4.0")]),
    ZHCase(text: "全年查验出入境船舶41.3万艘次，同比增长-3.4%。", expect: [E("vehicles.ships", "413000", yoy: "-3.4")]),
    // Visa-free entries told with the policy between the subject and 入境.
    ZHCase(text: "下半年，外国人通过各类免签政策入境390.2万人次，占入境外国人总数的41.2%。", period: "2024-H2",
           expect: [E("people.visa_free_foreigners", "3902000", period: "2024-H2")]),
    // A 环比 list after a 同比 list: every member of it is on the other base, whatever direction it
    // repeats; the 同比 changes stay where they bound.
    ZHCase(text: "其中，内地居民3.12亿人次，港澳台居民2.64亿人次，外国人6420万人次，同比分别增长8.4%、7.9%、31.2%，环比分别增长3.3%、下降1.7%、增长6.6%。",
           expect: [E("people.mainland", "312000000", yoy: "8.4"), E("people.hkmt", "264000000", yoy: "7.9"),
                    E("people.foreigners", "64200000", yoy: "31.2")]),
    ZHCase(text: "签发普通护照512万本、往来港澳通行证740万张，同比分别上升4.2%、6.8%，环比分别上升9.1%、2.5%。",
           expect: [E("documents.passports", "5120000", yoy: "4.2"), E("documents.mainland_hkmt_permits", "7400000", yoy: "6.8")]),
    ZHCase(text: "查验飞机21.4万架次、船舶9.6万艘次，环比分别下降3.1%、上升0.8%，同比分别上升12.5%、4.4%。",
           expect: [E("vehicles.aircraft", "214000", yoy: "12.5"), E("vehicles.ships", "96000", yoy: "4.4")]),
    // A list's parts each in a short sentence of its own after 其中: the subject opening the sentence,
    // counted in its metric's measure word, names it as a row's label does.
    ZHCase(text: "全年查验出入境人员6.1亿人次。其中，内地居民3.0亿人次，同比上升12.1%。港澳台居民2.4亿人次，同比上升9.6%。外国人6500万人次，同比上升80.2%。",
           expect: [E("people.total", "610000000"), E("people.mainland", "300000000", yoy: "12.1"),
                    E("people.hkmt", "240000000", yoy: "9.6"), E("people.foreigners", "65000000", yoy: "80.2")]),
    ZHCase(text: "查验出入境交通运输工具3600万架（列、艘、辆）次。其中，飞机110万架次。列车20.5万列次。船舶42万艘次。",
           expect: [E("vehicles.total", "36000000"), E("vehicles.aircraft", "1100000"), E("vehicles.trains", "205000"),
                    E("vehicles.ships", "420000")]),
    // Changes told without 同比…分别上升: 多出, 高出 after a base of the year before; 增幅 or 降幅 with 分别 or
    // 依次 and a copula before the list; a base of 2019 is no year-on-year change.
    ZHCase(text: "一季度全国口岸查验出入境人员1.41亿人次，较去年同期多出12.2%。", period: "2024-Q1",
           expect: [E("people.total", "141000000", period: "2024-Q1", yoy: "12.2")]),
    // Casual 多了 and 少了.
    ZHCase(text: "上半年全国口岸一共查验出入境人员2.9亿人次，比去年同期多了9.4%。", period: "2024-H1",
           expect: [E("people.total", "290000000", period: "2024-H1", yoy: "9.4")]),
    ZHCase(text: "一季度签发普通护照520万本，比去年同期少了3.2%。", period: "2024-Q1",
           expect: [E("documents.passports", "5200000", period: "2024-Q1", yoy: "-3.2")]),
    ZHCase(text: "三季度，全国移民管理机构查验出入境人员1.6亿人次，这一数字比2023年同期高出9.6%。", period: "2024-Q3",
           expect: [E("people.total", "160000000", period: "2024-Q3", yoy: "9.6")]),
    ZHCase(text: "全年查验出入境人员6.1亿人次，同比增长43.9%，比疫情前的2019年高出0.9%。",
           expect: [E("people.total", "610000000", yoy: "43.9")]),
    ZHCase(text: "全年查验出入境人员6.1亿人次。内地居民3.0亿人次、港澳台居民2.4亿人次、外国人6500万人次，增幅依次为12.1%、9.6%和80.2%。",
           expect: [E("people.mainland", "300000000", yoy: "12.1"), E("people.hkmt", "240000000", yoy: "9.6"),
                    E("people.foreigners", "65000000", yoy: "80.2")]),
    ZHCase(text: "全年签发普通护照1800万本、往来港澳通行证2300万张，较上年同期的增幅分别是15.3%和7.7%。",
           expect: [E("documents.passports", "18000000", yoy: "15.3"), E("documents.mainland_hkmt_permits", "23000000", yoy: "7.7")]),
    ZHCase(text: "查验飞机21.4万架次、船舶9.6万艘次，降幅分别为3.1%、0.8%。",
           expect: [E("vehicles.aircraft", "214000", yoy: "-3.1"), E("vehicles.ships", "96000", yoy: "-0.8")]),
    // The changes of a list in the segment after it, which holds no count of its own.
    ZHCase(text: "全年查验出入境人员6.1亿人次。内地居民3.0亿人次，港澳台居民2.4亿人次，外国人6500万人次；与2023年相比，三类人员分别增长了12.1%、9.6%和80.2%。",
           expect: [E("people.mainland", "300000000", yoy: "12.1"), E("people.hkmt", "240000000", yoy: "9.6"),
                    E("people.foreigners", "65000000", yoy: "80.2")]),
    // An autonomous region's own figures (全区, 我区) are local; the national ones beside them are not.
    ZHCase(text: "2017年，全区各口岸查验出入境人员1254万人次，同比增长11.8%。我区共签发普通护照62.3万本。从全国看，全国共查验出入境人员5.98亿人次，同比增长4.2%。", period: "2017",
           expect: [E("people.total", "598000000", period: "2017", yoy: "4.2")], notAnnual: ["documents.passports"]),
    // A part of the year after a comma (or 而) opens a clause of its own: the clause before keeps its year.
    ZHCase(text: "2023年外国人出入境3547.8万人次，约占出入境人员总数的8.4%，第四季度外国人出入境1167.5万人次，环比上升18.6%。", period: "2023",
           expect: [E("people.foreigners", "35478000", period: "2023"), E("people.foreigners", "11675000", period: "2023-Q4")]),
    ZHCase(text: "全年签发普通护照1833万本，而四季度签发普通护照612万本。", period: "2023",
           expect: [E("documents.passports", "18330000", period: "2023"), E("documents.passports", "6120000", period: "2023-Q4")]),
    ZHCase(text: "上半年查获非法入境外国人1.2万人，二季度查获非法入境外国人7300人。", period: "2023-H1",
           expect: [E("enforcement.illegal_foreigners", "12000", period: "2023-H1"), E("enforcement.illegal_foreigners", "7300", period: "2023-Q2")]),
    // The base a change is measured from, written between the count and the change (比…的N): the
    // change is the count's, never the base's.
    ZHCase(text: "上半年，全国移民管理机构查验出入境人员2.87亿人次，比2023年上半年的1.68亿人次增长70.8%。", period: "2024-H1",
           expect: [E("people.total", "287000000", period: "2024-H1", yoy: "70.8")]),
    ZHCase(text: "一季度签发普通护照610万本，较去年同期的520万本增加17.3%。", period: "2024-Q1",
           expect: [E("documents.passports", "6100000", period: "2024-Q1", yoy: "17.3")]),
    ZHCase(text: "全年查获非法入境外国人3.1万人，与上一年的3.6万人相比下降13.9%。",
           expect: [E("enforcement.illegal_foreigners", "31000", yoy: "-13.9")]),
    // A multiple of the year before is a ratio: the change after it is the count's.
    ZHCase(text: "全年共查验了5.1亿人次的出入境人员，相当于上年的2.4倍，同比增长140.2%。",
           expect: [E("people.total", "510000000", yoy: "140.2")]),
    ZHCase(text: "全年查验出入境人员5.1亿人次，是上一年的2.4倍，同比增长140.2%，恢复到2019年的76.1%。",
           expect: [E("people.total", "510000000", yoy: "140.2")]),
    // A later clause of a sentence (after ，其中) naming its own stretch dates only its own figures.
    ZHCase(text: "全年共抓获在逃蛇头318名，其中6月至9月专项行动中抓获102名。",
           expect: [E("enforcement.fugitives", "318")]),
    // A sum word opening the clause after the counts of every part of a catalog sum: their total,
    // when it is their sum; after only some of the parts, no total.
    ZHCase(text: "全年查验飞机98.2万架次、列车9.6万列次、船舶41.3万艘次、机动车辆2981.5万辆次，合计3130.6万架（列、艘、辆）次，同比增长5.1%。",
           expect: [E("vehicles.aircraft", "982000"), E("vehicles.total", "31306000", yoy: "5.1")]),
    ZHCase(text: "全年查验飞机98.2万架次、列车9.6万列次、船舶41.3万艘次、机动车辆2981.5万辆次，总计为3130.6万架（列、艘、辆）次。",
           expect: [E("vehicles.total", "31306000")]),
    ZHCase(text: "全年查验飞机98.2万架次、机动车辆2981.5万辆次，合计3079.7万架（辆）次。",
           expect: [E("vehicles.aircraft", "982000")], notAnnual: ["vehicles.total"]),
    // A clause of only a period and a copula counts the subject of the clause before it.
    ZHCase(text: "外国人出入境人数持续攀升，全年达到6488万人次，增长82.9%。",
           expect: [E("people.foreigners", "64880000", yoy: "82.9")]),
    ZHCase(text: "免签入境外国人保持较快增长，一季度为620.5万人次，同比上升40.2%。", period: "2024-Q1",
           expect: [E("people.visa_free_foreigners", "6205000", period: "2024-Q1", yoy: "40.2")]),
    // A table whose value column's heading gives the scale in brackets.
    ZHCase(text: "表1  出入境人员查验情况\n\n| 项目 | 数量（万人次） | 同比（%） |\n| --- | --- | --- |\n| 出入境人员 | 28345.6 | 12.4 |\n| 外国人 | 2120.3 | -3.5 |",
           period: "2024-H1",
           expect: [E("people.total", "283456000", period: "2024-H1", yoy: "12.4"), E("people.foreigners", "21203000", period: "2024-H1", yoy: "-3.5")]),
]

@Suite("Chinese extraction")
struct ChineseExtractionTests {
    @Test(arguments: chineseSentences)
    func sentence(_ c: ZHCase) throws {
        let facts = try ZH.facts(c.text, period: c.period)
        for e in c.expect {
            #expect(facts.contains(where: e.matches), "\(e) not found in \(facts.map { "\($0.metric ?? "-") \($0.period) \($0.value) \($0.qualifier.rawValue) \($0.yoyPct.map { "\($0)" } ?? "-")" })")
        }
        for m in c.notAnnual {
            #expect(!facts.contains { $0.metric == m && $0.period.isAnnual }, "\(m) must not be a figure of the year")
        }
        // Every figure keeps the language of its quote, and a change is never a figure of its own.
        #expect(facts.allSatisfy { $0.language == .zh })
        let changes = Set(c.expect.compactMap(\.yoy).map { Decimal(string: $0)! })
        #expect(!facts.contains { $0.metric != nil && $0.unit != "percent" && changes.contains($0.value) })
    }

    /// A holiday named in a later segment of a sentence (after ；) dates that segment's figure, not
    /// the part of the year the sentence opened with.
    @Test(arguments: [
        ("四季度查验出入境人员1.52亿人次，创年内新高；国庆假期首日，全国口岸出入境人员达196万人次。", "1960000"),
        ("第四季度出入境人员1.48亿人次；元旦当天，各口岸出入境人员达205万人次。", "2050000"),
        ("四季度出入境人员1.5亿人次；国庆假期期间，全国口岸出入境人员1210万人次。", "12100000"),
    ])
    func holidayOfALaterSegment(_ text: String, _ holiday: String) throws {
        let facts = try ZH.facts(text)
        let day = try #require(facts.first { $0.value == Decimal(string: holiday)! }, "\(facts.map { "\($0.metric ?? "-") \($0.period) \($0.value)" })")
        #expect(day.period != Period(year: 2024, kind: .quarter(4)) && !day.period.isAnnual)
        #expect(facts.contains { $0.metric == "people.total" && $0.period == Period(year: 2024, kind: .quarter(4)) })
    }

    /// The stretch a clause after ，其中 names is its figure's only: the count before it keeps the year.
    @Test func aStretchAfterOfWhichIsItsOwn() throws {
        let facts = try ZH.facts("全年共抓获在逃蛇头318名，其中6月至9月专项行动中抓获102名。")
        #expect(facts.contains { $0.value == 318 && $0.period.isAnnual })
        #expect(facts.contains { $0.value == 102 && $0.period.description == "2024-06-01/2024-09-30" })
    }

    /// A figure counted in a measure word that counts only cases (起, 宗) is no figure of guns,
    /// drugs or people, whatever noun stands before it.
    @Test(arguments: [
        ("侦破涉枪案件150起，缴获各类枪支1,200支、子弹8.6万发。", "1200"),
        ("查办涉枪涉爆案件64宗，收缴枪支310支。", "310"),
    ])
    func casesAreNotGuns(_ text: String, _ guns: String) throws {
        let facts = try ZH.facts(text)
        #expect(facts.filter { $0.metric == "enforcement.guns" }.map(\.value) == [Decimal(string: guns)!], "\(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
    }

    /// 经各类免签政策入境: all visa-free entries; entries under one kind of policy (区域性, 单方面, 过境) are a subset.
    @Test func visaFreeEntriesUnderEveryPolicy() throws {
        for (text, value) in [("一季度经各类免签政策入境外国人600万人次，同比上升20.5%。", "6000000"),
                              ("全年依各类免签政策入境外国人1,520万人次。", "15200000")] {
            let facts = try ZH.facts(text)
            #expect(facts.contains { $0.metric == "people.visa_free_foreigners" && $0.value == Decimal(string: value)! }, "\(text)")
        }
        for text in ["适用区域性入境免签政策入境外国人30万人次。", "通过单方面免签政策入境外国人900万人次。", "中老班列列车1.1万列次。"] {
            let facts = try ZH.facts(text)
            #expect(!facts.contains { $0.metric == "people.visa_free_foreigners" || $0.metric == "vehicles.trains" }, "\(text): \(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
        }
    }

    /// A sentence that opens with a subject needs its measure word to be that metric's unit, and
    /// nothing but the subject before the figure, to do without a context word.
    @Test(arguments: [
        "外国人1.2万人。",
        "外国游客来华1200万人次。",
        "港澳台居民办证120万人次。",
    ])
    func anOpeningSubjectNeedsItsOwnMeasureWord(_ text: String) throws {
        let facts = try ZH.facts(text)
        #expect(!facts.contains { $0.metric?.hasPrefix("people.") == true }, "\(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
    }

    @Test func changesOnAnotherBaseAreNotFacts() throws {
        let facts = try ZH.facts("查验出入境人员1.6亿人次，环比上升8.1%。")
        #expect(!facts.contains { $0.value == Decimal(string: "8.1")! && $0.metric != nil })
        #expect(facts.first { $0.metric == "people.total" }?.yoyPct == nil)
    }

    /// Suspects of economic crimes caught abroad (“猎狐”) are not the border-crime suspects arrested.
    @Test func economicCrimeSuspectsAbroadAreNotBorderSuspects() throws {
        let facts = try ZH.facts("全年在“猎狐”行动中抓获潜逃出境的经济犯罪嫌疑人约830名。全年共侦办妨害国（边）境管理犯罪案件8900余起，抓获犯罪嫌疑人1.2万名。")
        #expect(facts.contains { $0.metric == "enforcement.suspects" && $0.value == 12000 })
        #expect(!facts.contains { $0.metric == "enforcement.suspects" && $0.value == 830 })
    }

    @Test func ingestDetectsChineseAndNormalises() throws {
        let text = "2024年一季度，全国移民管理机构查验出入境人员１．４１亿人次（同比上升１１７．８％）；其中，外国人９８７．６万人次。\n签发普通护照512.4万本！"
        let doc = try Ingestor.document(id: "q1.txt", bytes: Array(text.utf8), path: "q1.txt")
        #expect(doc.metadata.language == .zh)
        #expect(doc.metadata.period.description == "2024-Q1")
        #expect(doc.text.contains("1.41亿人次(同比上升117.8%)"))
        // 。 and ！ and the line break end sentences; the ； stays inside (it binds the 其中 list).
        #expect(doc.sentences.count == 2)
        let facts = ZH.extractor.extract(doc).facts
        #expect(facts.contains { $0.metric == "people.total" && $0.period.description == "2024-Q1" && $0.value == 141_000_000 && $0.yoyPct == Decimal(string: "117.8")! })
        #expect(facts.contains { $0.metric == "people.foreigners" && $0.value == 9_876_000 })
    }

    @Test func lastYearIsTheYearBeforeTheRelease() throws {
        let q1 = try ZH.facts("去年全年，全国移民管理机构累计查验出入境人员4.24亿人次。", period: "2024-Q1", released: "2024-04-18")
        #expect(q1.contains { $0.metric == "people.total" && $0.period.description == "2023" && $0.value == 424_000_000 })
        let annual = try ZH.facts("去年，全国移民管理机构累计查验出入境人员6.1亿人次，较去年同期上升43.9%。", period: "2024", released: "2025-01-14")
        #expect(annual.contains { $0.metric == "people.total" && $0.period.description == "2024" && $0.yoyPct == Decimal(string: "43.9")! })
    }

    @Test func monthsSinceAndYearToDateAreWindows() throws {
        let h1 = try ZH.facts("4月以来，全国移民管理机构开展专项行动，截至6月底，共破获妨害国(边)境管理犯罪案件1732起，抓获犯罪嫌疑人2908名。",
                              period: "2024-H1", released: "2024-07-18")
        // April to the end of June is exactly the second quarter.
        #expect(h1.contains { $0.metric == "enforcement.suspects" && $0.value == 2908 && $0.period.description == "2024-Q2" })
        let ytd = try ZH.facts("今年以来，全国移民管理机构累计查验出入境人员2.3亿人次。", period: "2025-Q1", released: "2025-04-20")
        #expect(ytd.contains { $0.metric == "people.total" && $0.period.description == "2025-01-01/2025-04-20" })
    }

    /// A campaign dated with a verb between its start and end (自6月开展至9月底, 自6月起至9月底),
    /// or open from its start (自6月1日启动以来, 从3月起): a window, never the quarter's figure.
    @Test(arguments: [
        ("“清边”专项行动自6月开展至9月底，共抓获外逃“蛇头”160名。", "2024-06-01/2024-09-30"),
        ("专项行动自6月起至9月底，共抓获外逃“蛇头”160名。", "2024-06-01/2024-09-30"),
        ("专项行动自7月10日部署至8月31日，共抓获外逃“蛇头”160名。", "2024-07-10/2024-08-31"),
        ("专项行动自6月1日启动以来，共抓获外逃“蛇头”160名。", "2024-06-01/2024-10-20"),
        ("从3月起，共抓获外逃“蛇头”160名。", "2024-03-01/2024-10-20"),
    ])
    func campaignWindowsWithAVerb(_ body: String, _ window: String) throws {
        let facts = try ZH.facts("三季度，共抓获外逃“蛇头”120名。" + body, period: "2024-Q3", released: "2024-10-20")
        #expect(facts.contains { $0.metric == "enforcement.fugitives" && $0.value == 120 && $0.period.description == "2024-Q3" })
        #expect(facts.contains { $0.metric == "enforcement.fugitives" && $0.value == 160 && $0.period.description == window },
                "\(facts.map { "\($0.value) \($0.period)" })")
    }

    /// In a release on the fourth quarter, a sentence whose year opens after a colon (…公布数据：2022年，…) gives
    /// its counts that year; the parts of its total in the next sentence (其中，…) are of that year too, not the quarter's.
    @Test(arguments: [
        "国家移民管理局16日公布数据：2022年，全国移民管理机构共查验出入境人员1.16亿人次，同比下降9.2%。其中，内地居民5890万人次，港澳台居民4960万人次，外国人750万人次。",
        "记者从国家移民管理局获悉：2022年全国口岸共查验出入境人员1.16亿人次。其中，内地居民5890万人次，港澳台居民4960万人次，外国人750万人次。",
        "四季度查验出入境人员3100万人次。国家移民管理局介绍：2022年，全国共查验出入境人员1.16亿人次。其中内地居民5890万人次，港澳台居民4960万人次，外国人750万人次。",
    ])
    func partsOfAYearOpenedAfterAColon(_ body: String) throws {
        let facts = try ZH.facts(body, period: "2022-Q4", released: "2023-01-16")
        for (metric, value) in [("people.total", 116_000_000), ("people.mainland", 58_900_000), ("people.hkmt", 49_600_000), ("people.foreigners", 7_500_000)] {
            #expect(facts.contains { $0.metric == metric && $0.value == Decimal(value) && $0.period.description == "2022" }, "\(metric)")
        }
    }

    /// A campaign that runs to the year's end (至年底, 至年末, 到今年年底), to a month's end or to now,
    /// with or without a verb after its start: a window of the year, never the year's figure.
    @Test(arguments: [
        ("“清边”专项行动自5月启动至年底，共抓获外逃“蛇头”160名。", "2024-05-01/2024-12-31"),
        ("专项行动自5月至年底，共抓获外逃“蛇头”160名。", "2024-05-01/2024-12-31"),
        ("专项行动从5月开展到今年年底，共抓获外逃“蛇头”160名。", "2024-05-01/2024-12-31"),
        ("专项行动自2024年5月中旬部署至年末，共抓获外逃“蛇头”160名。", "2024-05-11/2024-12-31"),
        ("专项行动5月至年底共抓获外逃“蛇头”160名。", "2024-05-01/2024-12-31"),
        ("专项行动自5月启动至10月底，共抓获外逃“蛇头”160名。", "2024-05-01/2024-10-31"),
        ("专项行动自5月开展至今，共抓获外逃“蛇头”160名。", "2024-05-01/2025-01-14"),
    ])
    func campaignWindowsToTheYearsEnd(_ body: String, _ window: String) throws {
        let facts = try ZH.facts("全年共抓获外逃“蛇头”410名。" + body, period: "2024", released: "2025-01-14")
        #expect(facts.contains { $0.metric == "enforcement.fugitives" && $0.value == 410 && $0.period.description == "2024" })
        #expect(facts.contains { $0.metric == "enforcement.fugitives" && $0.value == 160 && $0.period.description == window },
                "\(facts.map { "\($0.value) \($0.period)" })")
        #expect(!facts.contains { $0.value == 160 && $0.period.description == "2024" })
    }

    /// Periods inside one sentence: a colon before a year opens that year's statement; a whole
    /// year after a quarter's clause is the year, after a year's clause that same year; 全年 in a
    /// quarterly release's paragraph on the year before is that year.
    @Test(arguments: [
        ("2022", "与2019年相比，恢复程度差异明显：2019年，内地居民出入境3.46亿人次，外国人9767万人次。", "people.foreigners", 97_670_000, "2019"),
        ("2023", "四季度查验出入境人员1.2亿人次；全年查验出入境人员4.2亿人次。", "people.total", 420_000_000, "2023"),
        ("2023", "四季度查验出入境人员1.2亿人次；全年查验出入境人员4.2亿人次。", "people.total", 120_000_000, "2023-Q4"),
        ("2025-Q1", "2024年全年，全国移民管理机构共查验出入境人员6.08亿人次。全年免签入境外国人2008万人次，同比上升112.9%。",
         "people.visa_free_foreigners", 20_080_000, "2024"),
        ("2025-Q1", "2024年全年，全国移民管理机构共查验出入境人员6.08亿人次。\n\n一季度，免签入境外国人780万人次。",
         "people.visa_free_foreigners", 7_800_000, "2025-Q1"),
        // A clause opening with its own quarter and a verb (四季度达到, 四季度为) counts what the clause before counts.
        ("2023-H2", "三季度全国口岸出入境人员1.15亿人次；四季度达到1.32亿人次，同比上升280.5%。", "people.total", 132_000_000, "2023-Q4"),
        ("2023-H2", "三季度查验出入境交通工具820万架次；四季度为905万架次。", "vehicles.total", 9_050_000, "2023-Q4"),
        // After a look back over several years (过去五年：), a clause that names its own year is that year's.
        ("2024", "回顾过去五年：2023年全国查验出入境人员4.24亿人次。", "people.total", 424_000_000, "2023"),
        ("2022", "回看过去三年：2021年全国出入境人员1.19亿人次，2020年约为2.5亿人次。", "people.total", 119_000_000, "2021"),
        // A comma before a year (，2020年为) opens a clause of that year, its subject the clause's before.
        ("2022", "2021年全国出入境人员1.19亿人次，2020年为2.5亿人次。", "people.total", 250_000_000, "2020"),
        ("2022", "2021年全国出入境人员1.19亿人次；2020年为2.5亿人次。", "people.total", 250_000_000, "2020"),
        ("2022", "2022年共查验出入境交通运输工具912.4万架(列、艘、辆)次，而2019年为3520.1万架(列、艘、辆)次。", "vehicles.total", 35_201_000, "2019"),
        // A sentence naming no period, after its paragraph's quarter (第三季度，…。签发…).
        ("2024-01-01/2024-09-30", "第三季度，查验出入境交通运输工具801.2万架（列、艘、辆）次。签发普通护照580.3万本。", "documents.passports", 5_803_000, "2024-Q3"),
        // A paragraph opening on its quarter without figures (第三季度，受…影响，…。); a holiday named as
        // a cause after it dates nothing.
        ("2024-01-01/2024-09-30", "第三季度，受暑期出游带动，口岸客流持续攀升。全国查验出入境人员1.63亿人次，同比增长5.1%。", "people.total", 163_000_000, "2024-Q3"),
        ("2024-H1", "二季度，出入境客流稳步回升。全国共签发普通护照611.4万本。", "documents.passports", 6_114_000, "2024-Q2"),
        ("2024-01-01/2024-09-30", "第三季度，中外人员往来更加频繁。签发外国人签证证件52.6万证次。", "documents.visas", 526_000, "2024-Q3"),
        // A quarter named inside the paragraph (not opening it) carries to no later sentence.
        ("2024-01-01/2024-09-30", "前三季度，查验出入境人员4.2亿人次。第三季度，查验出入境人员1.5亿人次。查验出入境交通运输工具2500.4万架（列、艘、辆）次。",
         "vehicles.total", 25_004_000, "2024-01-01/2024-09-30"),
        ("2024-H1", "上半年，查验出入境人员2.9亿人次。其中二季度查验出入境人员1.5亿人次。签发普通护照1020.5万本。",
         "documents.passports", 10_205_000, "2024-H1"),
        // "，较一季度的…": the earlier quarter's figure, the base of the change.
        ("2024-Q2", "二季度全国共签发普通护照520万本，较一季度的480万本环比增长8.3%。", "documents.passports", 4_800_000, "2024-Q1"),
        ("2024-Q2", "二季度全国共签发普通护照520万本，较一季度的480万本环比增长8.3%。", "documents.passports", 5_200_000, "2024-Q2"),
        // 去年同期 in a quarterly release: the same quarter of the year before, not that whole year.
        ("2025-Q1", "一季度全国共签发普通护照610万本，同比增长8.0%。去年同期，这一数字为565万本。", "documents.passports", 5_650_000, "2024-Q1"),
        ("2025-H1", "上半年查验出入境人员3.1亿人次。去年同期查验出入境人员2.8亿人次。", "people.total", 280_000_000, "2024-H1"),
    ] as [(String, String, String, Decimal, String)])
    func periodsWithinASentence(_ period: String, _ body: String, _ metric: String, _ value: Decimal, _ expected: String) throws {
        let facts = try ZH.facts(body, period: period, released: "2025-04-20")
        #expect(facts.contains { $0.metric == metric && $0.value == value && $0.period.description == expected },
                "\(facts.map { "\($0.metric ?? "-") \($0.value) \($0.period)" })")
    }

    /// A clause of another quarter that names a place before its figure is the place's, not the
    /// nation's count the clause before gives.
    @Test(arguments: [
        "三季度全国口岸出入境人员1.05亿人次；四季度广东口岸达到3200万人次。",
        "三季度全国口岸出入境人员1.05亿人次；四季度本站达到3200万人次。",
        "三季度全国口岸出入境人员1.05亿人次；四季度广东3200万人次。",
        "三季度全国口岸出入境人员1.05亿人次；四季度深圳达到3200万人次。",
    ])
    func anotherQuartersPlaceIsNotTheNation(_ body: String) throws {
        let facts = try ZH.facts(body, period: "2023-H2", released: "2024-01-20")
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 105_000_000 })
        #expect(!facts.contains { $0.value == 32_000_000 && $0.metric != nil }, "\(facts.map { "\($0.metric ?? "-") \($0.value)" })")
    }

    /// 约为 before a figure makes it approximate; "2019年同期为" (the same period of a base year) is no
    /// clause of that year's own figure.
    @Test func aYearsClauseAfterAComma() throws {
        let facts = try ZH.facts("2022年全国出入境人员1.16亿人次，2020年约为2.6亿人次，2019年同期为6.7亿人次。", period: "2022", released: "2023-01-20")
        let seen = facts.map { "\($0.metric ?? "-") \($0.value) \($0.period) \($0.qualifier)" }
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 116_000_000 && $0.period.description == "2022" }, "\(seen)")
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 260_000_000 && $0.period.description == "2020" && $0.qualifier == .approx }, "\(seen)")
        // 2019年同期为…: the same period of a year written out labels its figure as that year's.
        #expect(facts.filter { $0.metric != nil && $0.value == 670_000_000 }.map(\.period.description) == ["2019"], "\(seen)")
        let base = try ZH.facts("2022年签发普通护照335万本，而2019年同期为3000万本。", period: "2022", released: "2023-01-20")
        #expect(base.filter { $0.metric == "documents.passports" && $0.value == 30_000_000 }.map(\.period.description) == ["2019"])
        let sameTime = try ZH.facts("二季度全国共签发普通护照520万本，较上年同期的480万本增长8.3%。", period: "2024-Q2", released: "2024-07-18")
        // The same quarter a year before, its figure labelled by 较上年同期的: that quarter's.
        #expect(sameTime.filter { $0.metric != nil && $0.value == 4_800_000 }.map(\.period.description) == ["2023-Q2"])
    }

    /// A total over several years stays unread, its clause naming no single year of its own.
    @Test(arguments: [
        "五年来，全国移民管理机构累计查验出入境人员25亿人次。",
        "回看过去三年：2020年至2022年三年累计出入境人员约5.04亿人次。",
    ])
    func severalYearsTotalIsNoYearsFigure(_ body: String) throws {
        let facts = try ZH.facts(body, period: "2022", released: "2023-01-20")
        #expect(!facts.contains { $0.metric == "people.total" }, "\(facts.map { "\($0.metric ?? "-") \($0.value) \($0.period)" })")
    }

    /// A port named with its kind (珠海公路口岸) is local; the embassy's own visas are another body's.
    @Test(arguments: [
        "三季度，港珠澳大桥珠海公路口岸验放车辆27.4万辆次。",
        "开通以来，深圳陆路口岸已验放出入境旅客217.6万人次。",
        "2024年，我馆及驻曼彻斯特总领馆共签发各类签证18.6万份。",
        "第三季度，我省各口岸共查验出入境人员7415万人次，同比增长9.8%，约占全国总量的四成。",
        "今年以来，我市口岸共签发口岸签证5.2万人次。",
        // 各口岸 right after a local marker (全省各口岸, 全市各口岸) is the local place's ports.
        "上半年，全省各口岸共查验出入境人员6200万人次，同比上升11.3%；查验出入境交通运输工具510万辆(架、艘)次。",
        "一季度，全市各口岸共验放出入境人员980万人次。",
        // 全国首批 ranks the port among the nation's: it says nothing of the figure's scope.
        "厦门高崎机场口岸作为全国首批实施过境免签政策的口岸之一，全年共有9.2万人次外国人通过过境免签入境。",
        "三亚凤凰机场口岸是全国首个试点口岸，前三季度共验放外国人12.4万人次。",
        // Hong Kong's own immigration department and control points (入境处, 管制站, 本港, 香港方面) count Hong Kong's crossings.
        "香港方面，入境处数据显示，全年经各管制站出入境旅客约2.9亿人次。",
        "入境处公布，2024年出入境旅客达2.1亿人次，同比上升18%。",
        "全年经各陆路管制站出入境人员1.9亿人次，同比上升18%。",
        "本港全年出入境旅客约3亿人次，其中访港旅客4450万人次。",
        "澳门方面，全年出入境旅客约1.5亿人次，日均41万人次。",
    ])
    func localPortOrEmbassyIsNoNationalFigure(_ body: String) throws {
        let facts = try ZH.facts(body, period: "2024")
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0.metric == nil }, "\(facts.map { "\($0.metric ?? "-") \($0.value)" })")
    }

    /// A paragraph opening with a place's figure (全省口岸…): the figures after it in the paragraph
    /// are the place's too (其中，外国人…), unless their sentence names the nation; the next
    /// paragraph is no longer the place's.
    @Test(arguments: [
        ("2024年，全省口岸共查验出入境人员2.4亿人次，同比上升30.2%。其中，外国人820万人次，同比上升66.1%；免签入境外国人260万人次。", [String: Decimal]()),
        ("上半年，广东口岸查验出入境人员1.6亿人次。内地居民7,400万人次，港澳台居民7,900万人次。", [:]),
        ("全年，全市各口岸共验放出入境人员5200万人次。全国移民管理机构共查验出入境人员6.1亿人次。", ["people.total": 610_000_000]),
        ("全年，全省口岸共查验出入境人员2.4亿人次。\n\n全年共签发普通护照2,300万本。", ["documents.passports": 23_000_000]),
        // A place's figure after the paragraph's first, national one, says nothing of the rest.
        ("全年共查验出入境人员6.1亿人次，其中广东口岸3.28亿人次。全年共签发普通护照2,300万本。",
         ["people.total": 610_000_000, "documents.passports": 23_000_000]),
    ])
    func figuresAfterAPlacesFirstFigureAreThePlaces(_ body: String, _ national: [String: Decimal]) throws {
        let facts = try ZH.facts(body, period: "2024").filter { $0.metric != nil }
        #expect(facts.count == national.count, "\(facts.map { "\($0.metric ?? "-") \($0.value)" })")
        for (metric, value) in national { #expect(facts.contains { $0.metric == metric && $0.value == value }) }
    }

    /// Endorsements of one kind (往来港澳 without 台, 赴台, 个人旅游, 团队旅游, 商务) are a part of the
    /// endorsements to Hong Kong, Macao and Taiwan, never the whole; the whole beside them stays.
    @Test(arguments: [
        ("全年签发内地居民往来港澳台证件1650万张、签注7900万件次。", Decimal?.some(79_000_000)),
        ("全年签发往来港澳签注6120万件次，同比上升6.3%。", nil),
        ("全年为内地居民签发赴港澳签注5810万件次。", nil),
        ("全年签发赴港澳“团队旅游”签注930万件次。", nil),
        ("全年签发赴港澳个人旅游签注3570万件次，赴港澳商务签注410万件次。", nil),
        ("全年签发赴台签注12万件次。", nil),
        ("全年签发内地居民往来港澳台签注7900万件次，其中往来港澳签注6120万件次。", Decimal?.some(79_000_000)),
    ])
    func endorsementsOfOneKindAreAPart(_ body: String, _ whole: Decimal?) throws {
        let endorsements = try ZH.facts(body).filter { $0.metric == "documents.mainland_hkmt_endorsements" }
        #expect(endorsements.map(\.value) == (whole.map { [$0] } ?? []), "\(endorsements.map { "\($0.value)" })")
    }

    /// A sentence opening as a part of the one before (其中, "Of these") that counts a metric the one
    /// before counted, in its period, gives a part of that count, never the whole: whatever kind it
    /// names. A part in another metric, or in a part of the period, stays what it is.
    @Test(arguments: [
        ("全年签发出入境签注7900万件次。其中，签发多次有效签注2310万件次。", "zh", ["documents.mainland_hkmt_endorsements": Decimal(79_000_000)]),
        ("全年共签发普通护照2100万本。其中，为首次申领人员签发1300万本。", "zh", ["documents.passports": 21_000_000]),
        ("全年共签发普通护照2100万本。其中，查验出入境人员6.1亿人次。", "zh",
         ["documents.passports": 21_000_000, "people.total": 610_000_000]),
        ("Immigration officers issued 79 million endorsements in 2024. Of these, 23.1 million endorsements were valid for several trips.", "en",
         ["documents.mainland_hkmt_endorsements": 79_000_000]),
        ("Some 21 million ordinary passports were issued in 2024. Of them, 13 million ordinary passports went to first-time applicants.", "en",
         ["documents.passports": 21_000_000]),
    ])
    func aPartOfThePreviousSentencesCountIsNoWhole(_ body: String, _ language: String, _ wholes: [String: Decimal]) throws {
        let facts = try ZH.extractor.extract(ZH.document(body, language: language)).facts.filter { $0.metric != nil }
        #expect(facts.count == wholes.count, "\(facts.map { "\($0.metric ?? "-") \($0.value)" })")
        for (metric, value) in wholes { #expect(facts.contains { $0.metric == metric && $0.value == value }) }
    }

    /// In a stretch of several years, a figure whose clause says it is a year's (全年, 年度, "in the
    /// year") is one year's, never the stretch's total; a total of the stretch stays its figure.
    @Test(arguments: [
        ("2020年至2022年疫情期间，全年出入境人员一度降至1.2亿人次。", "zh", Decimal?.none),
        ("2020年至2022年，年度查验出入境人员最少时仅1.2亿人次。", "zh", nil),
        ("Between 2020 and 2022, immigration authorities inspected as few as 120 million people in the year.", "en", nil),
        ("2019年至2023年，全国移民管理机构累计查验出入境人员16.1亿人次。", "zh", Decimal?.some(1_610_000_000)),
        ("From 2020 to 2022, immigration authorities inspected 120 million people.", "en", Decimal?.some(120_000_000)),
    ])
    func oneYearsFigureInAStretchIsNotTheStretchs(_ body: String, _ language: String, _ stretch: Decimal?) throws {
        let facts = try ZH.extractor.extract(ZH.document(body, period: "2023", language: language)).facts.filter { $0.metric == "people.total" }
        #expect(facts.map(\.value) == (stretch.map { [$0] } ?? []), "\(facts.map { "\($0.value) \($0.period)" })")
        #expect(facts.allSatisfy { !$0.period.isAnnual })
    }

    /// A campaign launched on a date (11月下旬启动的, 6月开展的) or running since one (11月下旬以来)
    /// is a window from that date, never the year's figure; 去年 counts from the release.
    @Test(arguments: [
        ("去年11月下旬启动的“冬季行动”中，截至目前已侦办相关刑事案件1,860起，抓获犯罪嫌疑人4,230名。", "2023-11-21/2024-01-18"),
        ("11月下旬以来，全国移民管理机构已抓获犯罪嫌疑人4,230名。", "2023-11-21/2024-01-18"),
        ("6月中旬开展的专项行动中，共抓获犯罪嫌疑人4,230名。", "2023-06-11/2024-01-18"),
        ("2023年9月部署开展的专项行动中，共抓获犯罪嫌疑人4,230名。", "2023-09-01/2024-01-18"),
    ])
    func campaignLaunchedOnADate(_ body: String, _ window: String) throws {
        let facts = try ZH.facts(body + "全年共抓获犯罪嫌疑人5.9万名。", period: "2023", released: "2024-01-18")
        #expect(facts.contains { $0.metric == "enforcement.suspects" && $0.value == 4230 && $0.period.description == window },
                "\(facts.map { "\($0.value) \($0.period)" })")
        #expect(facts.contains { $0.metric == "enforcement.suspects" && $0.value == 59_000 && $0.period.description == "2023" })
    }

    /// A release of Hong Kong's Immigration Department speaks for Hong Kong: its own figures are
    /// local; the national figures it quotes stay national.
    @Test func hongKongImmigrationDepartmentIsLocal() throws {
        let facts = try ZH.facts("# publisher: 香港特別行政區政府入境事務處\n\n2024年共有2.17億人次旅客經各出入境管制站進出香港，較2023年上升28.4%。\n\n國家移民管理局公布，2024年全國移民管理機構共查驗出入境人員6.1億人次。")
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 610_000_000 })
        #expect(!facts.contains { $0.metric != nil && $0.value == 217_000_000 })
    }

    /// 其中 opening the sentence after a quarter's total: its parts are the quarter's, in an annual release.
    @Test(arguments: ["四季度", "单看第四季度", "2024年第四季度"])
    func partsAfterAQuarterSentenceAreTheQuarters(_ quarter: String) throws {
        let facts = try ZH.facts("\(quarter)，全国移民管理机构查验出入境人员1.6亿人次。其中，内地居民8100万人次、外国人1900万人次，同比分别上升12.0%、30.5%。全年签发普通护照2000万本。")
        #expect(facts.contains { $0.metric == "people.foreigners" && $0.value == 19_000_000 && $0.period.description == "2024-Q4" && $0.yoyPct == dec("30.5") })
        #expect(facts.contains { $0.metric == "people.mainland" && $0.period.description == "2024-Q4" })
        #expect(!facts.contains { $0.metric?.hasPrefix("people.") == true && $0.period.isAnnual })
        #expect(facts.contains { $0.metric == "documents.passports" && $0.period.description == "2024" })
    }

    /// 截至N月底 in an annual release: January to that date, never the year's figure.
    @Test(arguments: [
        ("截至10月底，全国共侦办妨害国(边)境管理犯罪案件2.8万起。", "enforcement.criminal_cases", "2024-01-01/2024-10-31"),
        ("截至11月20日，全国移民管理机构累计查验出入境人员5.6亿人次。", "people.total", "2024-01-01/2024-11-20"),
        ("全国边检机关截止9月底共抓获犯罪嫌疑人4100名。", "enforcement.suspects", "2024-01-01/2024-09-30"),
    ])
    func asOfADateInAnAnnualReleaseIsTheYearSoFar(_ body: String, _ metric: String, _ window: String) throws {
        let facts = try ZH.facts(body, period: "2024", released: "2024-12-20")
        #expect(facts.contains { $0.metric == metric && $0.period.description == window }, "\(facts.map(\.period.description))")
        #expect(!facts.contains { $0.metric == metric && $0.period.isAnnual })
    }

    /// A release whose publisher or opening names a provincial body speaks for it: its figures are
    /// local, except in a paragraph that names the nation (据国家移民管理局通报，全国…).
    @Test(arguments: [
        ("# publisher: 福建出入境边防检查总站\n\n2024年，全省口岸通关顺畅。\n\n全年共查验出入境人员1200万人次。其中，外国人80万人次。\n\n据国家移民管理局通报，2024年全国移民管理机构共查验出入境人员6.1亿人次。",
         ["people.total": 610_000_000 as Decimal], [12_000_000, 800_000] as [Decimal]),
        ("\n1月8日，浙江省公安厅召开新闻发布会，通报2024年全省出入境管理工作。\n\n全年签发普通护照150万本，同比上升20%。\n\n全国形势。2024年全国签发普通护照2000万本。",
         ["documents.passports": 20_000_000], [1_500_000]),
        ("# title: 上海边检总站2024年工作情况\n\n全年侦办妨害国(边)境管理犯罪案件320起，抓获犯罪嫌疑人410名。",
         [:], [320, 410]),
        // 各口岸 after 全省 is the province's ports, and 占全国总量 compares: the paragraph names no nation.
        ("# publisher: 广西出入境边防检查总站\n\n全年，全省各口岸共查验出入境人员2100万人次，占全国总量的3.4%。查验出入境交通运输工具52万辆次，同比上升8.2%，其中机动车辆49万辆次。",
         [:], [520_000, 490_000]),
        ("# title: 云南边检总站2025年一季度口岸通关情况\n\n一季度，本省各口岸查验出入境人员640万人次。查验出入境交通运输工具88万辆次。",
         [:], [880_000]),
        // A provincial government's work report: the governor's byline, read as the speaker, names the body.
        ("\n政府工作报告\n\n四川省人民政府省长\n\n各位代表：\n\n打掉犯罪团伙31个。全年有2名民警因公牺牲。\n\n全国移民管理机构全年查验出入境人员6.1亿人次。",
         ["people.total": 610_000_000], [31, 2]),
        ("\n--2025年1月20日在广西壮族自治区第十四届人民代表大会上\n\n广西壮族自治区人民政府\n\n全年抓获犯罪嫌疑人1800名。",
         [:], [1800]),
        // A heading line naming the nation makes the paragraphs under it national, until the next heading.
        ("# publisher: 四川省公安厅\n\n一、全国出入境管理总体情况\n\n据国家移民管理局通报，全国共查验出入境人员6.1亿人次。\n\n12367服务平台接听来电700万通，群众满意率99.2%。\n\n二、全省工作情况\n\n12367服务平台接听来电35万通。",
         ["services.hotline_calls": 7_000_000, "services.hotline_satisfaction": 99.2], [350_000]),
        ("# publisher: 湖南省公安厅\n\n（一）全国移民管理工作情况\n\n为港澳台居民、华侨和外国人提供证件身份认证服务3100万次。\n\n（二）本省情况\n\n提供证件身份认证服务42万次。",
         ["services.identity_verifications": 31_000_000], [420_000]),
        // A heading naming no nation leaves the paragraphs under it the body's own.
        ("# publisher: 贵州省公安厅\n\n一、政务服务情况\n\n12367服务平台接听来电12万通。",
         [:], [120_000]),
    ])
    func aProvincialBodysReleaseHasLocalFigures(_ text: String, _ national: [String: Decimal], _ local: [Decimal]) throws {
        let doc = try Ingestor.document(id: "p.txt", bytes: Array(("# language: zh\n# period: 2024\n" + text + "\n").utf8), path: "p.txt")
        let facts = ZH.extractor.extract(doc).facts
        for (metric, value) in national { #expect(facts.contains { $0.metric == metric && $0.value == value }) }
        for v in local { #expect(facts.contains { $0.value == v && $0.metric == nil && $0.note?.contains("own body") == true }, "\(v)") }
    }

    /// A figure of a sentence that is not the metric's level though it counts the same thing: a
    /// part after 其中 of a count before it, or a count right after a change word whose base stands
    /// before that word (the change, not the level).
    @Test(arguments: [
        ("全年签发往来港澳通行证和台湾居民来往大陆通行证共310万本，其中台胞证58万本。", "documents.hkmt_resident_permits", 3_100_000, 580_000),
        ("全年签发普通护照1800万本，其中为在校学生签发普通护照420万本。", "documents.passports", 18_000_000, 4_200_000),
        ("共侦办妨害国(边)境管理犯罪案件3.2万起，其中偷渡案件1.1万起。", "enforcement.criminal_cases", 32_000, 11_000),
        ("全年共缴获各类枪支1900支，较上年增加了260支。", "enforcement.guns", 1900, 260),
        ("全年侦办妨害国(边)境管理犯罪案件2.1万起，比上年减少3000起。", "enforcement.criminal_cases", 21_000, 3000),
        ("全年签发普通护照1500万本，同比增加120万本。", "documents.passports", 15_000_000, 1_200_000),
    ] as [(String, String, Decimal, Decimal)])
    func aPartOrAChangeIsNotTheLevel(_ body: String, _ metric: String, _ level: Decimal, _ other: Decimal) throws {
        let facts = try ZH.facts(body)
        #expect(facts.contains { $0.metric == metric && $0.value == level })
        #expect(!facts.contains { $0.metric == metric && $0.value == other })
    }

    @Test func theLevelReachedAfterAChangeStays() throws {
        let facts = try ZH.facts("上述缴获枪支数量较上年增加到1900支。")
        #expect(facts.contains { $0.metric == "enforcement.guns" && $0.value == 1900 })
    }

    /// A figure in bold (**…**) keeps its unit outside the markers.
    @Test func boldFiguresKeepTheirUnits() throws {
        let facts = try ZH.facts("▶ 缴获各类毒品**5.4**吨、制毒物品**210.5**吨；查获走私案件涉案货物案值**2.7亿**元。")
        #expect(facts.contains { $0.metric == "enforcement.drugs_tonnes" && $0.value == Decimal(string: "5.4")! })
        #expect(facts.contains { $0.metric == "enforcement.precursors_tonnes" && $0.value == Decimal(string: "210.5")! })
        #expect(facts.contains { $0.metric == "enforcement.smuggling_value_cny" && $0.value == 270_000_000 })
    }

    /// 这一数字 in a sentence naming another period: the previous sentence's metric, in that period.
    @Test(arguments: [
        ("1至10月，全国口岸查验出入境人员2.9亿人次。而2019年全年，这一数字为6.7亿人次。", "people.total", "2019", 670_000_000),
        ("前三季度，全国签发普通护照900万本。2019年，该数字为2700万本。", "documents.passports", "2019", 27_000_000),
    ] as [(String, String, String, Decimal)])
    func thisFigureCountsThePreviousMetric(_ body: String, _ metric: String, _ period: String, _ value: Decimal) throws {
        let facts = try ZH.facts(body, period: "2021", released: "2021-12-20")
        #expect(facts.contains { $0.metric == metric && $0.period.description == period && $0.value == value }, "\(facts.map { ($0.metric, $0.period.description, $0.value) })")
        #expect(!facts.contains { $0.value == value && $0.period.description == "2021" && $0.metric != nil })
    }

    /// Without another period of its own, 这一数字 stays unread rather than become the release's figure.
    @Test func thisFigureWithoutItsOwnPeriodStaysUnread() throws {
        let facts = try ZH.facts("1至10月，全国口岸查验出入境人员2.9亿人次。据测算，这一数字约为3.5亿人次。", period: "2021", released: "2021-12-20")
        #expect(!facts.contains { $0.value == 350_000_000 && $0.metric != nil && $0.period.isAnnual })
    }

    /// A figure the words before it say counts one direction only (出境, 入境) is none of the
    /// metrics of both directions (people by residence, conveyances); 出入境 and 进出境 count both.
    @Test(arguments: [
        ("全年查验出入境人员6.1亿人次，其中内地居民出境1.5亿人次。", "people.total", 610_000_000, 150_000_000),
        ("全年内地居民出入境3.2亿人次；内地居民赴港澳出境1.1亿人次。", "people.mainland", 320_000_000, 110_000_000),
        ("外国人出入境6400万人次，同比上升8%；入境外国人3300万人次。", "people.foreigners", 64_000_000, 33_000_000),
        ("港澳台居民进出境2.1亿人次，其中港澳台居民入境1.05亿人次。", "people.hkmt", 210_000_000, 105_000_000),
        ("查验出入境交通运输工具3500万架（列、艘、辆）次；出境机动车辆1700万辆次。", "vehicles.total", 35_000_000, 17_000_000),
        // English: the noun right after the figure names one direction, not joined to the other.
        ("Mainland residents made 292 million trips in and out of the country and 142.5 million exits for private purposes.",
         "people.mainland", 292_000_000, 142_500_000),
        ("Foreign nationals made 64.9 million entries and exits, and 33 million arrivals, up 8 percent.", "people.foreigners", 64_900_000, 33_000_000),
    ] as [(String, String, Decimal, Decimal)])
    func oneWayFigureIsNoBothWayMetric(_ text: String, _ metric: String, _ both: Decimal, _ oneWay: Decimal) throws {
        let facts = try ZH.facts(text)
        #expect(facts.contains { $0.metric == metric && $0.value == both })
        #expect(facts.contains { $0.value == oneWay && $0.metric == nil }, "\(facts.map { "\($0.metric ?? "-") \($0.value)" })")
    }

    /// The administration's own release that mentions a station later stays national.
    @Test func theAdministrationsReleaseStaysNational() throws {
        let facts = try ZH.facts("1月17日，国家移民管理局召开新闻发布会。广东边检总站负责人介绍了口岸情况。\n\n全年共查验出入境人员6.1亿人次。")
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 610_000_000 })
    }

    @Test func periodDetectedFromChineseTitles() throws {
        for (title, period) in [("2024年上半年全国移民管理工作主要数据发布", "2024-H1"), ("国家移民管理局发布2023年移民管理工作主要数据", "2023"),
                                ("2024年前三季度移民管理数据", "2024-01-01/2024-09-30"), ("2025年第一季度移民管理主要数据", "2025-Q1")] {
            let text = title + "\n\n全国移民管理机构累计查验出入境人员1.41亿人次。"
            let doc = try Ingestor.document(id: "t.txt", bytes: Array(text.utf8), path: "t.txt")
            #expect(doc.metadata.language == .zh)
            #expect(doc.metadata.period.description == period, "\(title)")
        }
    }

    @Test func chineseQuoteInAnEnglishReleaseIsChinese() throws {
        let body = "In 2024, the agencies inspected 610 million people, up 43.9% year on year.\n原文：2024年，全国移民管理机构累计查验出入境人员6.1亿人次，同比上升43.9%。"
        let facts = ZH.extractor.extract(try ZH.document(body, language: "en")).facts.filter { $0.metric == "people.total" }
        #expect(facts.contains { $0.language == .en || $0.language == .zh })
        #expect(facts.allSatisfy { $0.value == 610_000_000 })
        let doc = try ZH.document("原文：2024年，全国移民管理机构累计查验出入境人员6.1亿人次，同比上升43.9%。", language: "en")
        #expect(ZH.extractor.extract(doc).facts.allSatisfy { $0.language == .zh })
    }

    // MARK: - The fixture pair

    /// Every figure of the invented 2023 annual release, as it must be read.
    static let annual2023: [ZHExpect] = [
        E("people.total", "424000000", period: "2023", yoy: "266.5"),
        E("people.mainland", "207000000", period: "2023", yoy: "218.7"),
        E("people.hkmt", "182000000", period: "2023", yoy: "296.4"),
        E("people.foreigners", "35478000", period: "2023", yoy: "693.1"),
        E("vehicles.total", "30326000", period: "2023", yoy: "135.4"),
        E("vehicles.aircraft", "762000", period: "2023", yoy: "174.1"),
        E("vehicles.trains", "81000", period: "2023"),
        E("vehicles.ships", "317000", period: "2023"),
        E("vehicles.motor", "29166000", period: "2023"),
        E("people.visa_free_foreigners", "4692000", period: "2023"),
        E("documents.passports", "16873000", period: "2023", yoy: "984.2"),
        E("documents.mainland_hkmt_combined", "93285000", period: "2023", yoy: "225.6"),
        E("documents.hkmt_resident_permits", "3987000", period: "2023", yoy: "87.3"),
        E("documents.visas", "1874000", period: "2023", yoy: "-4.3"),
        E("documents.port_visas", "436000", period: "2023"),
        E("services.platform_requests", "12185000", period: "2023"),
        E("services.identity_verifications", "247000000", period: "2023"),
        E("services.hotline_calls", "6125500", period: "2023"),
        E("services.hotline_satisfaction", "99.36", period: "2023"),
        E("enforcement.criminal_cases", "23000", period: "2023", yoy: "12.8"),
        E("enforcement.suspects", "36000", period: "2023"),
        E("enforcement.gangs", "1068", period: "2023"),
        E("enforcement.major_cases", "128", period: "2023"),
        E("enforcement.fugitives", "205", period: "2023"),
        E("enforcement.transit_dens", "326", period: "2023"),
        E("enforcement.illegal_foreigners", "64000", period: "2023"),
        E("enforcement.deported", "18000", period: "2023"),
        E("enforcement.drug_cases", "1435", period: "2023"),
        E("enforcement.drugs_tonnes", "6.3", period: "2023"),
        E("enforcement.precursors_tonnes", "0.1886", period: "2023"),
        E("enforcement.guns", "547", period: "2023"),
        E("enforcement.bullets", "39000", period: "2023"),
        E("enforcement.smuggling_value_cny", "52300000", period: "2023"),
        E("personnel.deaths", "6", period: "2023"),
        E("personnel.injured", "142", period: "2023"),
        E("enforcement.criminal_cases", "4728", period: "2023-11-30/2024-02-29"),
        E("enforcement.suspects", "6930", period: "2023-11-30/2024-02-29"),
        E("enforcement.gangs", "213", period: "2023-11-30/2024-02-29"),
    ]

    @Test func chineseAnnualFixtureYieldsItsFigures() throws {
        let doc = try ZH.fixture("zh-annual-2023.txt")
        #expect(doc.metadata.language == .zh)
        let facts = ZH.extractor.extract(doc).facts
        for e in Self.annual2023 {
            #expect(facts.contains(where: e.matches), "\(e)")
        }
        // Exactly these: no other matched figure, no figure read twice, nothing flagged.
        let matched = facts.filter { $0.metric != nil }
        #expect(matched.count == Self.annual2023.count, "\(matched.map { "\($0.metric!) \($0.period) \($0.value)" })")
        #expect(matched.allSatisfy { $0.status == .reported && $0.language == .zh })
        // The campaign window's figures are never figures of the year.
        for w in matched where w.period.description.contains("/") {
            #expect(!matched.contains { $0.metric == w.metric && $0.period.isAnnual && $0.value == w.value })
            #expect(!w.period.isAnnual)
        }
        // The daily average, the share of 2019 and the month-on-month change are not facts of a metric.
        #expect(!matched.contains { $0.value == 1_160_000 || $0.value == Decimal(string: "63.4")! || $0.value == Decimal(string: "6.1")! })
    }

    /// The machine translation garbles some figures: malformed groupings ("35.478,000",
    /// "31.7,000") and a scale word on a figure grouped in thousands ("2,916.6 million") must be
    /// flagged; tenfold and hundredfold shifts ("4.24 billion", "63 tons", "612.55 million calls")
    /// are well-formed and only a comparison with the original (or a constraint) reveals them.
    @Test func translationGarblesAreFlaggedOrDiffer() throws {
        let zh = ZH.extractor.extract(try ZH.fixture("zh-annual-2023.txt")).facts.filter { $0.metric != nil }
        let en = ZH.extractor.extract(try ZH.fixture("en-translation-2023.txt")).facts.filter { $0.metric != nil }
        func value(_ facts: [Fact], _ metric: String) -> Fact? { facts.first { $0.metric == metric && $0.period.isAnnual } }
        for metric in ["people.foreigners", "vehicles.ships", "vehicles.motor"] {
            #expect(value(en, metric)?.status == .flagged, "\(metric) should be flagged")
        }
        for metric in ["people.total", "enforcement.drugs_tonnes", "services.hotline_calls"] {
            let a = try #require(value(zh, metric)), b = try #require(value(en, metric))
            #expect(a.value != b.value, "\(metric): the translation shifts the scale")
            #expect(b.language == .en && a.language == .zh)
        }
        for metric in ["people.mainland", "documents.passports", "documents.visas", "enforcement.criminal_cases", "enforcement.gangs"] {
            #expect(value(zh, metric)?.value == value(en, metric)?.value, "\(metric)")
        }
    }
}

/// An infographic dump sets each label on the line above its figure ("出入境人员\n1.41亿人次\n同比上升…").
struct ChineseLabelAboveTests {
    /// The rows of such an infographic give their metrics under the section heading above them.
    @Test func infographicWithLabelsAboveGivesItsFigures() throws {
        let body = """
        【图解】2024年一季度移民管理主要数据

        —— 出入境查验 ——

        出入境人员
        1.41亿人次
        同比上升117.8%

        内地居民
        6958万人次

        —— 证件签发 ——

        签发普通护照
        491.4万本
        """
        let facts = try extract(body, period: nil, released: nil).filter { $0.metric != nil }
        let got = Dictionary(facts.map { ($0.metric!, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(got == ["people.total": 141_000_000, "people.mainland": 69_580_000, "documents.passports": 4_914_000], "\(got)")
        #expect(facts.first { $0.metric == "people.total" }?.yoyPct == 117.8)
        #expect(facts.allSatisfy { $0.period.description == "2024-Q1" })
    }
}
