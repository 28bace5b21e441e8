import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Figures of a stretch that is not the release's year (a travel rush, a two-year total, a year a
/// reporter quotes, a window ended "this year"), and figures of one place, are never the year's
/// national figures.
struct WindowAndPlaceTests {
    /// A travel rush is a stretch inside the period, wherever the sentence names it.
    @Test(arguments: [
        "Border checkpoints issued 48,000 port visas during the travel rush.",
        "During the travel rush, ports issued 48,000 port visas to arriving foreigners.",
        "Ports issued 48,000 port visas to visitors without visas over the travel rush, chiefly at airports in Xiamen and Kunming.",
        "Over the Lunar New Year travel peak, 48,000 port visas were issued at the ports.",
        "春运期间，全国各口岸共签发口岸签证4.8万人次。",
    ])
    func travelRushIsNoYearFigure(_ sentence: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == "documents.port_visas" })
        #expect(f.value == 48_000)
        #expect(!f.period.isAnnual, "\(f.period)")
    }

    /// A Chinese window whose end has no year of its own (or 今年) ends after its start; 去年 dates the start.
    @Test(arguments: [
        ("专项行动中（2023年11月底至今年2月底），共抓获犯罪嫌疑人6,120名。", "2023-11-30/2024-02-29"),
        ("2023年11月底至2月底，共抓获犯罪嫌疑人6,120名。", "2023-11-30/2024-02-29"),
        ("“清边”行动（去年12月至今年3月）期间，共抓获犯罪嫌疑人6,120名。", "2023-12-01/2024-03-31"),
        ("今年4月至6月，全国移民管理机构共抓获犯罪嫌疑人6,120名。", "2023-Q2"),
        // 今年 at the end of a window in a dated release: the release's year.
        ("“春雷”行动（11月底至今年2月底）中，共抓获犯罪嫌疑人6,120名。", "2023-11-30/2024-02-29"),
    ])
    func chineseWindowEndsAfterItsStart(_ sentence: String, _ window: String) throws {
        let facts = try extract(sentence, period: "2023", released: "2024-03-20", language: "zh")
        let f = try #require(facts.first { $0.metric == "enforcement.suspects" })
        #expect(f.period.description == window)
    }

    /// An operation dated to exactly a quarter is still the operation's stretch, not the quarter's
    /// figures; the same stretch without an operation is the quarter.
    @Test(arguments: [
        ("Officers ran the \"Safe Coast 2024\" special operation from 1 April to 30 June, in which 1,870 criminal cases of obstructing border management were cracked.", "2024-04-01/2024-06-30"),
        ("During the crackdown from July 1 to September 30, police investigated 2,310 criminal cases of obstructing border management.", "2024-07-01/2024-09-30"),
        ("From 1 April to 30 June, police investigated 1,870 criminal cases of obstructing border management.", "2024-Q2"),
        // A spaced dash between a day-first date and the next day is the range's, no label's colon.
        ("In the \"Clear Sky\" operation (3 March – 12 May), police investigated 1,870 criminal cases of obstructing border management.", "2024-03-03/2024-05-12"),
        ("Operation Harbour, 10 July - 25 August: 640 criminal cases of obstructing border management were cracked.", "2024-07-10/2024-08-25"),
        // Bulleted items indented under a bullet that names an operation's dates are that operation's.
        ("Enforcement\n• 23,100 criminal cases cracked\n• \"Operation Falcon\" (5 February – 20 April):\n  – 1,870 criminal cases of obstructing border management", "2024-02-05/2024-04-20"),
        ("Enforcement\n• 23,100 criminal cases cracked\n• The \"Iron Gate\" campaign (May to July):\n  - 1,870 criminal cases of obstructing border management", "2024-05-01/2024-07-31"),
    ])
    func operationOfAQuarterStaysItsWindow(_ sentence: String, _ period: String) throws {
        let facts = try extract(sentence, period: "2024", released: "2025-01-15")
        let f = try #require(facts.first { $0.metric == "enforcement.criminal_cases" })
        #expect(f.period.description == period)
    }

    /// Two years joined by "and" after "years", "between" or "across" are one stretch: a total over both.
    @Test(arguments: [
        ("Over the two years 2021 and 2022, border officers inspected a combined 230 million trips.", "2021-01-01/2022-12-31"),
        ("In the years 2021 and 2022 together, border officers inspected 230 million inbound and outbound people.", "2021-01-01/2022-12-31"),
        ("Across 2021 and 2022, 230 million inbound and outbound people were inspected.", "2021-01-01/2022-12-31"),
    ])
    func twoYearsTogetherAreNoYear(_ sentence: String, _ window: String) throws {
        let f = try #require(try metricFacts(sentence, period: "2022").first { $0.metric == "people.total" })
        #expect(f.period.description == window)
    }

    /// "that year" after a figure is the year the sentence named before it, whatever word leads that year.
    @Test(arguments: [
        ("The 2021 bulletin said 4.1 million ordinary passports were issued that year.", "documents.passports", 2021),
        ("Spokesperson: Our 2022 figures showed 41,000 criminal suspects were arrested that year. What about now?", "enforcement.suspects", 2022),
        ("Back in 2020, the first pandemic year, officers inspected 260 million people in the same year.", "people.total", 2020),
    ])
    func thatYearIsTheYearNamedBefore(_ sentence: String, _ metric: String, _ year: Int) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == metric })
        #expect(f.period == Period(year: year))
    }

    /// Without "that year", or with a year only as the change's base, the release's year stands.
    @Test func thatYearWithoutAnEarlierYearKeepsTheRelease() throws {
        let facts = try metricFacts("Officers inspected 610 million people, up 43.9% over 2023, and that year set a record.")
        #expect(facts.first { $0.metric == "people.total" }?.period == Period(year: 2024))
    }

    /// "from late March to the end of the year": a window of the start's year, not the year.
    @Test(arguments: [
        ("From May to the end of the year, police arrested 3,400 criminal suspects.", "2024-05-01/2024-12-31"),
        ("Between early April and the end of this year, 3,400 criminal suspects were arrested.", "2024-04-01/2024-12-31"),
    ])
    func windowToTheYearsEnd(_ sentence: String, _ window: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == "enforcement.suspects" })
        #expect(f.period.description == window)
    }

    /// People intercepted crossing illegally are no inspected travellers.
    @Test(arguments: [
        "Frontier police intercepted 64,000 people along the border in 2024.",
        "Border police stopped 64,000 people trying to cross illegally, intercepting them in the mountains.",
        "In 2024, officers intercepted 64,000 people at unofficial crossing points.",
    ])
    func interceptedPeopleAreNoInspections(_ sentence: String) throws {
        #expect(try metricFacts(sentence).first { $0.metric == "people.total" } == nil)
    }

    /// An excluding word after the figure that is a later figure's verb rules nothing out.
    @Test(arguments: [
        "Officers inspected 580 million inbound and outbound people and intercepted 9,000 illegal crossers.",
        "Border police checked 580 million inbound and outbound travellers and arrested 9,000 suspects.",
    ])
    func laterFiguresVerbExcludesNothing(_ sentence: String) throws {
        #expect(try metricFacts(sentence).contains { $0.metric == "people.total" && $0.value == 580_000_000 })
        #expect(try metricFacts(sentence).first { $0.value == 9_000 }?.metric != "people.total")
    }

    /// "the ports of Shenzhen" (English) and a province opening a Chinese sentence (海南…) are one
    /// place: their figures are not the national metric, while the national figure beside them is.
    @Test(arguments: [
        ("The ports of Xiamen inspected 21 million people, while ports nationwide inspected 610 million people.", "people.total", 21_000_000, 610_000_000),
        ("Nationwide, 610 million people were inspected; the land ports of Zhuhai alone handled 150 million crossings.", "people.total", 150_000_000, 610_000_000),
        ("全国各口岸免签入境外国人2011.5万人次。云南实施边境通行便利措施，全年免签入境外国人86.3万人次。", "people.visa_free_foreigners", 863_000, 20_115_000),
        ("广西口岸通关持续提速，前三季度查验出入境人员1520万人次。全国共查验出入境人员4.6亿人次。", "people.total", 15_200_000, 460_000_000),
        // A province opening an answer after the speaker's label.
        ("Nationwide, 61.3 million foreign crossings were made.\n\nA: Hainan received 1.9 million foreign crossings, up 40%.", "people.foreigners", 1_900_000, 61_300_000),
        ("Nationwide, 61.3 million foreign crossings were made. Shanghai, the busiest gateway, handled 9.8 million trips by foreigners in the year.", "people.foreigners", 9_800_000, 61_300_000),
        ("Nationwide, 61.3 million foreign crossings were made. In Shanghai, foreigners made 9.8 million crossings, the city said.", "people.foreigners", 9_800_000, 61_300_000),
        // "仅X一省": one province's share of the national figure.
        ("全年共侦办妨害国（边）境管理犯罪案件3.7万起，其中仅广西一省就侦办5210起。", "enforcement.criminal_cases", 5210, 37_000),
        // Hong Kong's Immigration Department speaks for its control points; the mainland's figure it quotes stays.
        ("The Immigration Department (ImmD) released the figures today.\n\nA total of 301.2 million passenger trips were recorded at all control points.\n\nNationwide, the National Immigration Administration inspected 610 million people.", "people.total", 301_200_000, 610_000_000),
        // A province opening a note after its bracketed mark ("(c)", "(2)").
        ("Nationwide, 61.3 million foreign crossings were made.\n\nNotes\n(c) Hainan alone received 1.9 million foreign crossings.", "people.foreigners", 1_900_000, 61_300_000),
        ("Nationwide, 7,400 guns were seized.\n\n(2) Guangxi border police seized 2,200 guns.", "enforcement.guns", 2200, 7400),
    ])
    func placeFiguresAreLocal(_ text: String, _ metric: String, _ local: Int, _ national: Int) throws {
        let facts = try extract(text).filter { $0.metric == metric }
        #expect(!facts.contains { $0.value == Decimal(local) })
        #expect(facts.contains { $0.value == Decimal(national) })
    }

    /// "at the port and the border": every port and the frontier, no one place; "at the port of
    /// Tianjin" is one.
    @Test(arguments: [
        ("Holding the line against the epidemic at the port and the border, 7 officers died in the line of duty.", 7, true),
        ("At the ports and borders, 7 police officers sacrificed their lives on duty.", 7, true),
        ("On the front line at the port and border, 7 officers died on duty.", 7, true),
        ("At the port of Tianjin, 7 officers died on duty.", 7, false),
    ])
    func portAndBorderIsNational(_ sentence: String, _ value: Int, _ national: Bool) throws {
        let facts = try metricFacts(sentence).filter { $0.metric == "personnel.deaths" }
        #expect(facts.contains { $0.value == Decimal(value) } == national, "\(facts)")
    }
}

extension WindowAndPlaceTests {
    /// "since its establishment in April": from that April of the document's year to the release,
    /// never April alone.
    @Test(arguments: [
        "Since the bureau's establishment in April, 21,000 criminal suspects have been arrested.",
        "Since its founding in April, the administration has arrested 21,000 criminal suspects.",
        "Since the new agency's founding in April, police arrested 21,000 criminal suspects.",
    ])
    func sinceFoundingInAMonthRunsToTheRelease(_ sentence: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == "enforcement.suspects" })
        #expect(f.period.description == "2024-04-01/2025-01-14")
    }
}

/// Garbled figures of a machine translation are flagged, never read as plain facts.
struct StackedScaleTests {
    /// Two scale words in a row: the first is read, the figure doubted; "thousand million" is one scale.
    /// A number split by its scale words ("1.1 billion 20 million", 亿 and 万 translated apart) is one
    /// figure, its parts added and doubted; figures of a table's columns (spaced wider, the same
    /// scale, or a third one after) are not.
    @Test(arguments: [
        ("3.4 million million", "3400000", true),
        ("61.5 thousand ten thousand", "61500", true),
        ("2.05 billion hundred million", "2050000000", true),
        ("2.5 thousand million", "2500000000", false),
        ("7.3 million", "7300000", false),
        ("1.1 billion 20 million", "1120000000", true),
        ("3 billion 450 million", "3450000000", true),
        ("2.06 million 3 thousand", "2063000", true),
        ("24.03 million 20.1 million", "24030000", false),
        ("1.2 billion  980 million", "1200000000", false),
        ("1.2 billion 980 million 870 million", "1200000000", false),
    ])
    func stackedScalesAreDoubted(_ text: String, _ value: String, _ doubted: Bool) throws {
        let m = try #require(mentions(text).first)
        #expect(m.value == dec(value))
        #expect((m.doubt != nil) == doubted, "\(m.doubt ?? "-")")
    }

    @Test(arguments: [
        "Issued residence permits for Hong Kong, Macao and Taiwan residents 2.3 billion million.",
        "Ports issued port visas to 61.5 thousand ten thousand people.",
        "The government service platform provided 1.3 billion 40 million times of consultation and other services.",
        "The online platform handled 2 billion 150 million inquiries from users at home and abroad.",
    ])
    func stackedScaleFigureIsFlagged(_ sentence: String) throws {
        let f = try #require(try metricFacts(sentence).first)
        #expect(f.status == .flagged)
    }

    /// A million border-crime cases is a misread 万 (the catalog's `max`); tens of thousands are plain.
    @Test(arguments: [
        ("Police investigated 2.4 million cases of obstructing border management.", true),
        ("Handled a total of 1.9 million cases of obstruction of national (border) management crimes.", true),
        ("Handled a total of 19,000 cases of obstruction of national (border) management crimes.", false),
    ])
    func millionsOfCasesAreFlagged(_ sentence: String, _ flagged: Bool) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == "enforcement.criminal_cases" })
        #expect((f.status == .flagged) == flagged)
    }

    /// A total over several years since the body's founding (N年多来) is no year's figure.
    @Test(arguments: [
        "国家移民管理局组建五年多来，累计抓获犯罪嫌疑人32.4万名。",
        "两年多来，全国移民管理机构累计抓获犯罪嫌疑人32.4万名。",
        "移民管理机构成立4年多来共抓获犯罪嫌疑人32.4万名。",
    ])
    func severalYearsSinceFoundingAreNoYear(_ sentence: String) throws {
        let facts = try extract(sentence, period: "2022", released: "2023-01-12", language: "zh")
        #expect(!facts.contains { $0.metric == "enforcement.suspects" && $0.period.isAnnual && $0.status == .reported }, "\(facts.map { "\($0.metric ?? "-") \($0.period)" })")
    }

    /// Travellers of one nationality ("Japanese tourists", "Americans") are a part of the
    /// foreigners: their figure is no national one, whether the nationality stands before the
    /// figure or right after it. "Chinese citizens" are the national figure.
    @Test(arguments: [
        ("Japanese tourists made 1.42 million trips to China in 2024, up 31% on the year before.", "people.foreigners", "1420000", false),
        ("After the policy took effect, 730,000 Koreans entered the country visa-free.", "people.visa_free_foreigners", "730000", false),
        ("Some 2.3 million trips were made by Indonesian nationals during the year.", "people.foreigners", "2300000", false),
        ("According to the administration, 20.1 million foreigners entered China visa-free in 2024, up 112%.", "people.visa_free_foreigners", "20100000", true),
        ("In 2024, Chinese citizens received 21.3 million ordinary passports.", "documents.passports", "21300000", true),
    ])
    func oneNationalityIsNoNationalFigure(_ sentence: String, _ metric: String, _ value: String, _ national: Bool) throws {
        let facts = try extract(sentence).filter { $0.metric == metric && $0.value == dec(value) && $0.status == .reported }
        #expect(facts.isEmpty != national, "\(facts.map { "\($0.period)" })")
    }

    /// "Since then" refers to the day the sentence before names: a window from it, to the end of
    /// that year when the sentence says so, else to the release.
    @Test(arguments: [
        ("On 1 July 2024, the 240-hour transit policy took effect at 12 more ports. Since then and until the end of the year, 610,000 foreigners entered visa-free.", "2024-07-01/2024-12-31"),
        ("The new regime started on October 8, 2024. Since that date, 210,000 foreigners have entered China visa-free.", "2024-10-08/2025-01-14"),
    ])
    func sinceThenIsAWindowFromTheDayBefore(_ text: String, _ window: String) throws {
        let facts = try extract(text).filter { $0.metric == "people.visa_free_foreigners" }
        let f = try #require(facts.first, "\(facts)")
        #expect(f.period.description == window)
    }

    /// Months written with an apostrophe year ("Oct '23–Feb '24") or a full one, joined by a dash
    /// without "from": a window, not the release's quarter.
    @Test(arguments: [
        ("Aside: the winter operation, Oct '23-Feb '24, caught 141 snakeheads.", "2023-10-01/2024-02-29"),
        ("The winter operation (December 2023 - February 2024) caught 141 snakeheads.", "2023-12-01/2024-02-29"),
    ])
    func apostropheYearsMakeAWindow(_ text: String, _ window: String) throws {
        let f = try #require(try extract(text, period: "2024-Q1").first { $0.metric == "enforcement.fugitives" })
        #expect(f.period.description == window)
    }

    /// "N of those crossings were made by …": a part of a count named after "of those" is no figure of it.
    @Test(arguments: [
        "About 800,000 of those foreigners' crossings were made by tourists from our country, the embassy said.",
        "Some 2.2 million of those foreign-national crossings were business trips.",
    ])
    func aPartOfThoseIsNoCount(_ sentence: String) throws {
        let facts = try extract(sentence).filter { $0.metric == "people.foreigners" && $0.status == .reported }
        #expect(facts.isEmpty, "\(facts.map { "\($0.value)" })")
    }

    /// Chinese: a country's citizens (日本公民, 泰国籍旅客) are one nationality's travellers too, and
    /// "仅浙江一省" one province's figure; the whole of the foreigners is national.
    @Test(arguments: [
        ("2024年，日本公民免签入境188万人次，同比上升62%。", "people.visa_free_foreigners", "1880000", false),
        ("从国别看，泰国籍旅客免签入境95万人次。", "people.visa_free_foreigners", "950000", false),
        ("仅浙江一省全年就侦办妨害国（边）境管理犯罪案件4100起。", "enforcement.criminal_cases", "4100", false),
        ("2024年，全国免签入境外国人2012万人次，同比上升112.3%。", "people.visa_free_foreigners", "20120000", true),
    ])
    func chineseNationalityIsNoNationalFigure(_ sentence: String, _ metric: String, _ value: String, _ national: Bool) throws {
        let facts = try extract(sentence, period: "2024", released: "2025-01-14", language: "zh")
            .filter { $0.metric == metric && $0.value == dec(value) && $0.status == .reported }
        #expect(facts.isEmpty != national, "\(facts.map { "\($0.period)" })")
    }

    /// Another country's border agency counts its own crossings; a named border crossing is one port.
    @Test(arguments: [
        "Earlier, Russia's Federal Security Service said 1.9 million people crossed the border via its checkpoints during the year.",
        "The Federal Police recorded 38 000 unauthorised entries in the same year.",
        "The Erenhot border crossing, the busiest on the Mongolian border, handled 2.2 million crossings in 2024.",
        "A spokesman for the ImmD said 298.7 million passenger trips were recorded at all control points last year.",
    ])
    func foreignAgencyAndBorderCrossingAreNotNational(_ sentence: String) throws {
        let facts = try extract(sentence).filter { $0.metric != nil && $0.status == .reported }
        #expect(facts.isEmpty, "\(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
    }

    /// A province or city named with its suffix at the head of a clause is that clause's subject:
    /// a local figure. Named inside a clause (在上海市召开), it says nothing of the figures.
    @Test(arguments: [
        ("其中广东省全年签发往来港澳通行证310万张。", false),
        ("全年签发往来港澳通行证2100万张，浙江省签发310万张。", false),
        ("上海市一季度签发往来港澳通行证310万张。", false),
        ("国家移民管理局在上海市召开新闻发布会，全年签发往来港澳通行证310万张。", true),
    ])
    func provinceOpeningAClauseIsLocal(_ sentence: String, _ national: Bool) throws {
        let facts = try extract(sentence, period: "2022", released: "2023-01-12", language: "zh")
            .filter { $0.metric == "documents.mainland_hkmt_permits" && $0.value == 3_100_000 && $0.status == .reported }
        #expect(facts.isEmpty != national, "\(facts.map { "\($0.period)" })")
    }

    /// A year with 年 opening a clause dates that clause's figures (a reporter quoting past years),
    /// not the release's year.
    @Test(arguments: [
        ("请问，2019年全国出入境人员达到6.7亿人次，今年情况如何？", "2019"),
        ("有数据显示，2020年全国移民管理机构查验出入境人员2.6亿人次，2021年为1.3亿人次。", "2020"),
        ("回顾来看，2018年出入境人员6.5亿人次。", "2018"),
    ])
    func yearOpeningAClauseDatesIt(_ sentence: String, _ year: String) throws {
        let facts = try extract(sentence, period: "2022", released: "2023-01-12", language: "zh").filter { $0.metric == "people.total" && $0.status == .reported }
        let f = try #require(facts.first)
        #expect(f.period.description == year)
        #expect(!facts.contains { $0.period.description == "2022" })
    }

    /// In a half-year release, a window named after a paragraph's quarterly figures is an aside: the
    /// next sentence, which does not refer to it, is the half-year's again.
    @Test(arguments: [
        "Trips came to 88.1 million in the first quarter, while the second quarter saw 97.4 million. From 10 February to 30 June, 150.2 million trips were recorded. Officers also inspected 11.6 million aircraft, trains, ships and motor vehicles, up 40.2%.",
        "In the first quarter, ordinary passports issued totalled 4.1 million. Between 1 March and 15 June, 5.3 million passports were issued. Officers also inspected 11.6 million aircraft, trains, ships and motor vehicles, up 40.2%.",
    ])
    func windowAfterQuarterFiguresIsAnAside(_ text: String) throws {
        let facts = try extract(text, period: "2024-H1").filter { $0.metric != nil }
        let v = try #require(facts.first { $0.metric == "vehicles.total" })
        #expect(v.period.description == "2024-H1")
        #expect(facts.contains { $0.period.isWindow })
    }

    /// A record's "since" names what the record is measured against: the time after it dates no
    /// figure ("the lowest since the second half of 2020" is no figure of 2020).
    @Test(arguments: [
        ("Officers inspected 131.6 million people in the quarter, the highest quarterly volume since the first quarter of 2020.", "2024-Q3", "people.total", "2024-Q3"),
        ("In September alone, 47.2 million people crossed the border, the largest monthly figure since January 2020.", "2024-Q3", "people.total", "2024-09-01/2024-09-30"),
        ("Port visas fell to 41,200, their lowest level since the second half of 2019.", "2024-H1", "documents.port_visas", "2024-H1"),
        ("Foreigners made 3.2 million crossings in March, a record since December 2019, up 61%.", "2024-Q1", "people.foreigners", "2024-03-01/2024-03-31"),
    ])
    func aRecordsSinceDatesNoFigure(_ text: String, _ release: String, _ metric: String, _ period: String) throws {
        let f = try #require(try extract(text, period: release).first { $0.metric == metric }, "no \(metric)")
        #expect(f.period.description == period)
    }

    /// A "since" with no record before it still opens its window.
    @Test func aSinceWithoutARecordStillOpensItsWindow() throws {
        let f = try #require(try extract("Since December 1, 2024, the peak month, 1.2 million foreigners have entered visa-free.", period: "2024").first { $0.metric == "people.visa_free_foreigners" })
        #expect(f.period.description == "2024-12-01/2025-01-14")
    }

    /// A bracketed label opening a paragraph is a section's heading: the year it names dates the
    /// figures after it that name none, until the next label; a date in a label dates nothing.
    @Test func aBracketedLabelDatesItsSection() throws {
        let text = """
        [Looking back at 2023] In 2023, officers inspected 424 million travellers. Passports issued came to 18.7 million.

        [Travellers in 2024] Officers inspected 610 million travellers, up 43.9%.

        [Updated 2025-01-15 10:00] Port visas issued reached 1.48 million.
        """
        let facts = try extract(text).filter { $0.metric != nil }
        let periods = Dictionary(facts.map { ($0.metric!, $0.period.description) }, uniquingKeysWith: { a, _ in a })
        #expect(periods["documents.passports"] == "2023")
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 610_000_000 && $0.period.description == "2024" })
        #expect(periods["documents.port_visas"] == "2024")
    }

    /// A short heading line without digits (which ingest reads as a speaker's name) opens a
    /// section of the period it names; the next heading ends it.
    @Test func aHeadingWithoutDigitsOpensASection() throws {
        let text = """
        NIA publishes its figures

        Second half

        Ordinary passports issued came to 11.2 million, up 8.1%.

        Enforcement

        Officers cracked 21,400 criminal cases of obstructing border management.
        """
        let facts = try extract(text, period: "2023").filter { $0.metric != nil }
        #expect(facts.first { $0.metric == "documents.passports" }?.period.description == "2023-H2")
        #expect(facts.first { $0.metric == "enforcement.criminal_cases" }?.period.description == "2023")
    }

    /// An aside after a place's subject that calls it the country's largest gateway describes the
    /// place: the figure stays the place's. Travellers through self-service channels are a part of
    /// a residence group, also when the figure comes first.
    @Test func asidesAndChannelsKeepAFigureOffTheNation() throws {
        let port = try extract("Guangzhou's ports, the country's busiest southern gateway, handled 12.4 million trips by foreign nationals in the first half.", period: "2025-H1")
        #expect(!port.contains { $0.metric == "people.foreigners" && $0.status == .reported && $0.period.description == "2025-H1" })
        let national = try extract("Ports across the country handled 31.2 million trips by foreign nationals in the first half.", period: "2025-H1")
        #expect(national.contains { $0.metric == "people.foreigners" && $0.value == 31_200_000 })
        let gates = try extract("全年有9800万人次港澳台居民通过自助通道快捷通关，占总量的38.6%。", period: "2023", language: "zh")
        #expect(!gates.contains { $0.metric == "people.hkmt" && $0.status == .reported })
    }
}
