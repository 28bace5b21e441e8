import BriefingCore
import Foundation
import Testing
@testable import Ingest

struct IngestTests {
    func doc(_ text: String) throws -> SourceDocument {
        try Ingestor.document(id: "t.txt", bytes: Array(text.utf8), path: "dir/t.txt")
    }

    func sentences(_ d: SourceDocument) -> [String] {
        let s = Array(d.text.unicodeScalars)
        return d.sentences.map { r in var v = String.UnicodeScalarView(); v.append(contentsOf: s[r.range.start..<r.range.end]); return String(v) }
    }

    // MARK: bad input: one line naming the file and the problem

    @Test(arguments: [
        ([UInt8](), "empty file"),
        ([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14], "binary"),
        ([0x49, 0x6E, 0x20, 0xE9, 0x74, 0xE9], "not UTF-8"),
        (Array("In the period, nothing was said about any year at all.".utf8), "cannot find the period"),
        (Array("# period: 2024-Q7\n\nText.".utf8), "period"),
        (Array("# colour: blue\n\nIn 2024, text.".utf8), "unknown key"),
        (Array("# released: 14 January 2025\n\nIn 2024, text.".utf8), "YYYY-MM-DD"),
        (Array("# language: fr\n\nIn 2024, text.".utf8), "not en or zh"),
    ])
    func badInput(_ bytes: [UInt8], _ problem: String) {
        do {
            _ = try Ingestor.document(id: "t.txt", bytes: bytes, path: "dir/t.txt")
            Issue.record("accepted bad input; expected \(problem)")
        } catch let e as PipelineError {
            #expect(e.file == "dir/t.txt")
            #expect(e.problem.contains(problem), "\(e.problem)")
            #expect(!e.description.contains("\n"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// A portal's navigation path over the headline is no title: the headline after it is.
    @Test(arguments: [
        ("首页 > 新闻中心 > 政务动态\n\n2023年全国移民管理主要数据\n\n2023年，全国查验出入境人员4.24亿人次。", "2023年全国移民管理主要数据"),
        ("Home › News › Press releases\nBorder crossings rose in 2023\nIn 2023, 424 million people were inspected.", "Border crossings rose in 2023"),
        ("湖南省人民政府 ＞ 政务公开 ＞ 政策解读\n国家移民管理局发布2024年上半年数据\n上半年查验2.87亿人次。", "国家移民管理局发布2024年上半年数据"),
    ])
    func navigationPathIsNoTitle(_ text: String, _ title: String) throws {
        let d = try doc(text)
        #expect(d.metadata.title == title)
    }

    /// A portal's date and source line is no title, but dates the release; "2025 national …" in a
    /// machine translation (2025年全国…) is evidence of the year the release is on, over a quarter it
    /// names without its year.
    @Test(arguments: [
        ("Finance Portal > News > Macro\n2026-01-15 10:58 Source: News Network\n\nImmigration Administration: 2025 national entry and exit personnel 6.97 100 million person-times\n\nThe fourth quarter single quarter inspected 182 million person-times.",
         "Immigration Administration: 2025 national entry and exit personnel 6.97 100 million person-times", "2025", "2026-01-15"),
        ("2024/07/18 | 来源：国家移民管理局\n国家移民管理局发布2024年上半年数据\n上半年查验2.87亿人次。",
         "国家移民管理局发布2024年上半年数据", "2024-H1", "2024-07-18"),
    ])
    func datelineIsNoTitleButDatesTheRelease(_ text: String, _ title: String, _ period: String, _ released: String) throws {
        let d = try doc(text)
        #expect(d.metadata.title == title)
        #expect(d.metadata.period.description == period)
        #expect(d.metadata.released == released)
    }

    /// A headline with an arrow or a comparison sign stays the title.
    @Test func headlineWithSignStaysTitle() throws {
        let d = try doc("Crossings > 600 million in 2024\n\nIn 2024, 610 million people were inspected.")
        #expect(d.metadata.title == "Crossings > 600 million in 2024")
    }

    /// A Markdown heading opening the text is no header: the text, period and all, is read.
    @Test(arguments: [
        "# Immigration management data, third quarter of 2024\n\nIn the third quarter of 2024, 162 million people were inspected.",
        "# NIA figures\n## Third quarter of 2024\n\nIn the third quarter of 2024, 162 million people were inspected.",
    ])
    func markdownHeadingIsNoHeader(_ text: String) throws {
        let d = try doc(text)
        #expect(d.metadata.period.description == "2024-Q3")
        #expect(d.text.contains("# "))
    }

    @Test func headerGivesMetadata() throws {
        let d = try doc("# url: https://example.org/r\n# publisher: NIA\n# language: en\n# period: 2024-H1\n# released: 2024-07-18\n# title: Half-year data\n\nIn the first half, 287 million people were inspected.")
        #expect(d.metadata.url == "https://example.org/r")
        #expect(d.metadata.period.description == "2024-H1")
        #expect(d.metadata.released == "2024-07-18")
        #expect(d.metadata.detected.isEmpty)
        #expect(!d.text.contains("# url"))
    }

    @Test(arguments: [
        ("The report on the main data of immigration management in 2024 was released.", "2024"),
        ("Main data and achievements of 2022 immigration management.", "2022"),
        ("Immigration management data for the first quarter of 2023: 100 million people.", "2023-Q1"),
        ("In the first half of 2025, the border police were busy.", "2025-H1"),
        ("NIA data note: border crossings in the second half of 2023.", "2023-H2"),
        ("Statistics Bulletin: Immigration Management, January-June 2025.", "2025-H1"),
        ("Reporting period: 1 January 2025 - 30 June 2025.", "2025-H1"),
        ("The second quarter 2024 immigration management work main data.", "2024-Q2"),
        // 上半年 written word for word, "the first half of the year", before its year.
        ("State Immigration Administration: first half of the year 2023 border management main data released", "2023-H1"),
        ("The first quarter of the year 2025 exit and entry main figures.", "2025-Q1"),
        ("公安部出入境管理局发布2017年出入境管理工作情况。2018年，将继续推进改革。", "2017"),
        ("In the first three quarters of 2024, trips rose.", "2024-01-01/2024-09-30"),
        ("In 2021, trips fell. In 2021, cases rose. In 2020, nothing.", "2021"),
        ("Cross-border trips in China plunged 72.6 percent year on year to 184 million in 2020 as the pandemic hit.", "2020"),
        ("Main data of immigration management in 2023. In the first quarter of 2024, traffic is expected to grow.", "2023"),
        ("国家移民管理局发布2024年移民管理主要数据。", "2024"),
        ("2025年一季度，全国移民管理机构查验出入境人员1.4亿人次。", "2025-Q1"),
        ("2024年上半年，全国移民管理机构查验出入境人员2.87亿人次。", "2024-H1"),
        // Years written in Chinese numerals.
        ("国家移民管理局发布二〇二三年移民管理主要数据。", "2023"),
        ("二零二四年第一季度，全国移民管理机构查验出入境人员1.4亿人次。", "2024-Q1"),
        ("二〇二五年上半年全国移民管理工作主要数据", "2025-H1"),
        ("二〇二二年，全国移民管理机构查验出入境人员1.16亿人次。二〇二二年，签发普通护照335.4万本。", "2022"),
        // Evidence, not the first year named: a dated release's "last year" outweighs a comparison year.
        ("Border travel roars back\n\nBy A WRITER | Daily News | Updated: 2025-01-20 08:15\n\nOfficers checked 600 million travellers last year. In 2023, when travel was still recovering, the figure stood at 420 million. Visas issued last year rose. Last year was busy.", "2024"),
        ("Published: 2022-01-15\n\nIn 2020, when the pandemic hit, trips fell to 256 million. Trips rose again last year, and cases doubled last year.", "2021"),
        ("Ports reopen\n\nBEIJING, Feb. 2, 2024 (Xinhua) -- Trips totalled 420 million in 2023, up sharply. In 2022, when controls were tight, the number stood at 116 million. Visas rose in 2023.", "2023"),
        ("2024年1月1日起，新的便利措施实施。2023年，全国移民管理机构查验出入境人员4.2亿人次。去年签发护照2000万本。", "2023"),
        ("2025年1月16日\n\n去年，全国移民管理机构查验出入境人员6.1亿人次。2023年，这一数字为4.2亿人次。去年签发护照2000万本。", "2024"),
        // Plans are no evidence, nor the year a forecast names; a headline's own year is.
        ("Looking back: how 2023 changed travel across the border\n\nOfficers checked 424 million people in 2023. The agency expects arrivals to rise by a fifth in 2024.", "2023"),
        ("A year of reopening: 2023 at China's borders\n\nThe summer peak came in August. Analysts anticipate further growth in 2024.", "2023"),
        ("Review\n\nOfficers checked 424 million people in 2023. The NIA forecasts more foreign visitors in 2024.", "2023"),
        // A date on the first line is no headline's year.
        ("Transcript of the press conference held on 12 July 2025\n\nIn the first half of this year, officers inspected 300 million people.", "2025-H1"),
        ("Briefing notes, October 2025\n\nIn the first three quarters of this year, officers inspected 450 million people.", "2025-01-01/2025-09-30"),
        ("In 2024, officers checked 610 million travellers. In 2025, the administration will open more lanes. In 2025, it will also add staff.", "2024"),
        ("2024年，全国移民管理机构查验出入境人员6.1亿人次。2025年，国家移民管理局将继续优化政策。2025年，将推出更多便利措施。", "2024"),
        // A part of the year named without its year: the release's year, or the year before for
        // a part that had not ended when the release came out.
        ("BEIJING, April 18, 2025 (Xinhua) -- China saw 185 million inbound and outbound trips in the first quarter of this year, the administration said.", "2025-Q1"),
        ("NIA releases quarterly data\n\nReleased: 2025-04-18\n\nIn the first quarter, immigration authorities inspected 185 million people.", "2025-Q1"),
        ("The number of people crossing the border in January-March reached 185 million, the NIA said on April 18, 2025.", "2025-Q1"),
        ("Published: 2026-01-21\n\nIn the fourth quarter, officers inspected 160 million travellers, a quarterly record.", "2025-Q4"),
        ("Border data for H1 show that 300 million people were inspected, the agency said on July 17, 2025.", "2025-H1"),
        ("In the first nine months, 450 million people were inspected, the NIA said on 16 October 2025.", "2025-01-01/2025-09-30"),
        ("2025年4月18日，国家移民管理局发布今年一季度移民管理主要数据。一季度，全国移民管理机构查验出入境人员1.85亿人次。", "2025-Q1"),
        ("2025年7月16日，国家移民管理局召开新闻发布会。今年上半年，全国移民管理机构查验出入境人员3亿人次。", "2025-H1"),
        // A part of the year named without a year and without a release date: the one year whose
        // holiday began on the day the release dates it (not a comparison year named first).
        ("上半年出入境工作回顾\n\n1至6月，全国口岸查验出入境人员2000万人次，仅为2019年同期的一成。端午节假期（6月12日至14日），日均出入境9万人次。", "2021-H1"),
        ("First-quarter review\n\nIn the first quarter, about 5 per cent of the 2019 level, or 24 million people, were inspected. Over the Spring Festival holiday from January 31 to February 6, 110,000 people crossed each day.", "2022-Q1"),
        // Nor a date, nor any holiday: a year first named as a comparison's base is the year before.
        ("Third-quarter crossings up\n\nOct. 16 (Reuters) - Officers checked 170 million people between July and September, 4 percent more than in the same months of 2022. The agency was founded in April 2018.", "2023-Q3"),
        ("Quarterly update\n\nIn the second quarter, border checks rose 12% compared with 2023, to 150 million crossings.", "2024-Q2"),
        ("二季度数据\n\n二季度，全国口岸查验出入境人员1.5亿人次，比2018年同期增长3%。", "2019-Q2"),
        // A year named first that is no comparison's base stays the year.
        ("Second quarter\n\nIn the second quarter, which saw the 2023 summer rush begin, 150 million people crossed, up 12% over a year earlier.", "2023-Q2"),
        // A holiday outside the part (a forecast of the next one) dates nothing; one inside does.
        ("第二季度回顾\n\n二季度，全国口岸查验出入境人员1.2亿人次。端午节假期（6月22日至24日）日均出入境150万人次。下半年首个中秋节假期（9月15日至17日）预计日均出入境180万人次。", "2023-Q2"),
        // An interview on the year's work, a holiday's dates in its opening: the year, not the holiday.
        ("人民网北京1月15日电 2020年春运（1月10日至2月18日）即将启动。\n\n人民网：请介绍一下2019年移民管理工作的总体情况。\n\n负责同志：2019年全国移民管理机构共查验出入境人员6.71亿人次。", "2019"),
        ("春节假期（2月4日至2月10日）刚过。2018年全国边检机关共查验出入境人员6.5亿人次，2018年全国边检机关签发护照3000万本。", "2018"),
        // A release on a stretch of the year only: its window.
        ("During the 2024 winter holiday (January 20 to February 25), officers checked 60 million travellers, far more than the same period of 2019.", "2024-01-20/2024-02-25"),
        ("Over the 2022 summer travel season (1 July to 31 August), 10 million trips were made.", "2022-07-01/2022-08-31"),
        ("2024年寒假（1月20日至2月25日）期间，全国移民管理机构共查验出入境人员6000万人次。", "2024-01-20/2024-02-25"),
        // Traditional characters (a Hong Kong or Taiwan reprint) read as simplified ones.
        ("國家移民管理局公佈2019年移民管理工作主要數據。", "2019"),
        ("2023年上半年，全國移民管理機構查驗出入境人員1.68億人次。", "2023-H1"),
        ("2021年第一季度全國移民管理工作主要數據", "2021-Q1"),
        // A quarter named after a sentence opening on its year's figures is part of that year's release.
        ("China border figures\n\nIn 2023, officers inspected 424 million people, up 266.5 percent. In the fourth quarter of 2023, they inspected 120 million people.", "2023"),
        ("2023年，全国移民管理机构累计查验出入境人员4.24亿人次。其中，2023年第四季度查验1.2亿人次。", "2023"),
        ("国家移民管理局发布2023年移民管理工作主要数据\n\n2023年第四季度，查验出入境人员1.2亿人次。", "2023"),
        // …so is one after a sentence whose year opens after a colon (…发布数据：2023年，…), with a base year between.
        ("出入境人员回升\n\n国家移民管理局16日公布数据：2022年，全国移民管理机构共查验出入境人员1.16亿人次。2019年，全国出入境人员6.7亿人次。负责人介绍，2022年第四季度，全国口岸查验3200万人次。", "2022"),
        ("记者从国家移民管理局获悉：2024年全国口岸查验出入境人员6.1亿人次。负责人说，2024年第三季度，查验1.6亿人次。", "2024"),
        // Every part of the year of the grammar, with its year, in the forms releases write them.
        ("Border statistics, H1 2025: 300 million crossings.", "2025-H1"),
        ("In the first nine months of 2024, officers inspected 450 million people.", "2024-01-01/2024-09-30"),
        ("Q3 2023 border data: 110 million crossings.", "2023-Q3"),
        ("2024年1-6月，全国移民管理机构查验出入境人员2.87亿人次。", "2024-H1"),
        ("2024年7月至9月，全国移民管理机构查验出入境人员1.6亿人次。", "2024-Q3"),
        ("2023年暑期，全国移民管理机构查验出入境人员6000万人次。", "2023-07-01/2023-08-31"),
        ("二〇二四年前两季度全国移民管理工作数据", "2024-H1"),
        // A forecast names no period of the release; "2021年是…的一年" opens on its year.
        ("工作回顾\n\n2021年是不平凡的一年。全年共查验出入境人员1.28亿人次。2019年，全国出入境人员达6.7亿人次。预计2022年全年签发普通护照250万本左右。", "2021"),
        ("Review of the year\n\nIn 2024, officers inspected 610 million people. In the first quarter of 2025, traffic will grow by a tenth.", "2024"),
        ("Review of the year\n\nOfficers inspected 128 million trips in 2021, down 46.9 percent. Analysts expect travel to stay low in the first half of 2022.", "2021"),
        ("Border figures\n\nImmigration officers inspected 424 million people in 2023. In the fourth quarter of 2023, they inspected 120 million.", "2023"),
        ("Border crossings surge in 2024's first quarter\n\nIn the first quarter of 2024, officers inspected 141 million people, up 117 percent from 2023.", "2024-Q1"),
        ("Officers inspected 141 million people in the first quarter of 2024, up from 65 million in 2023.", "2024-Q1"),
        // A fact sheet naming its year, and a window that is the whole year, are the year.
        ("FACT SHEET\nImmigration statistics 2019\n\nFigures are for the calendar year 2019 (1 January to 31 December) unless stated otherwise.", "2019"),
        ("Notes\n\nThe figures below cover 1 January to 31 December 2021, as the administration published them.", "2021"),
        // Undated parts in other forms.
        ("Published: 2024-10-20\n\nIn July-September, 150 million people were inspected.", "2024-Q3"),
        ("2024年10月18日\n\n今年前三季度，全国移民管理机构查验出入境人员4.5亿人次。", "2024-01-01/2024-09-30"),
        // A year contrasted with the one reported on (而2019年全年) is not its period; a title naming its year is.
        ("【回眸】2021，不平凡的国门一年\n\n1至10月，全国边检机关查验出入境人员1.1亿人次。而2019年全年，这一数字为6.7亿人次。", "2021"),
        ("2022，移民管理工作交出答卷\n\n前10个月，全国口岸共查验出入境人员9000万人次，与2019年全年，差距仍大。", "2022"),
        ("年终回顾\n\n2023年，全国移民管理机构查验出入境人员4亿人次；较2019年全年，恢复约六成。", "2023"),
        // A release saying it gives the whole year's figures is on a year: the one named with it, else
        // the title's; the months since the body's founding are a part of it, not its period.
        ("Border control in 2019: the record year\n\nThe agency, set up in May 2018, published its full-year figures on Monday:\n\n- May-December 2018 (its first months): 450 million trips\n- Trips inspected: 670 million", "2019"),
        ("Data digest\n\nThe administration released its annual statistics for 2021 this week. The figures:\n\n- July-December 2021: 60 million trips\n- Passports issued: 3 million", "2021"),
        ("2022，国门答卷\n\n国家移民管理局日前发布全年数据。4月至12月，全国口岸查验出入境人员1亿人次。", "2022"),
        // "2020 in review" announces a year's review, over the table's rows of quarters; a subject line's
        // "DATA: crossings back to two-thirds of 2019" dates no release across its colon.
        ("Mobility note\n2020 in review: what the full-year data tell us\n\n| Q1 2020 | 98.6 |\n| Q2 2020 | 38.4 |", "2020"),
        ("SUBJ: CHINA - IMMIGRATION AGENCY'S 2023 DATA: CROSSINGS BACK TO TWO-THIRDS OF 2019\n\n1. The agency said 424 million people crossed in 2023.", "2023"),
        // A plan to publish them says nothing of the release's period.
        ("Quarterly data\n\nIn the first three quarters of 2024, 450 million people were inspected. The NIA will publish its full-year figures in January.", "2024-01-01/2024-09-30"),
        ("Border statistics\n\nThe agency will release its annual data next month. In April-June 2025, 150 million trips were inspected.", "2025-Q2"),
        // A bulletin, communiqué or report "for the year 2023" / "for 2023" is on the whole year,
        // not on a campaign window further down; one on a quarter or on months is not.
        ("EXIT-ENTRY ADMINISTRATION\nBULLETIN No. 3 (2024)\n\nStatistical Communique on Border Inspection for the Year 2023\n\n1. Travellers checked: 400 million (2022: 120 million).\n\n9. The \"Sky Net 2023\" campaign (1 March to 31 October 2023): 900 cases.", "2023"),
        ("Immigration Bulletin for 2022\n\nPersons checked: 115 million. A special campaign (10 April to 20 September) broke 300 gangs.", "2022"),
        ("Annual review\n\nA statistical report for the full year 2020 follows. Trips: 260 million.", "2020"),
        ("Statistical bulletin of immigration administration for the first quarter of 2024\n\nTrips: 140 million.", "2024-Q1"),
        ("Bulletin for January-June 2025\n\nTrips: 290 million.", "2025-H1"),
        // A machine translation's "2023 year" names the year reported on as "in 2023" does; the
        // body's founding year it recalls counts less.
        ("Bureau: last year inspection 424 million person-times\n\nThe bureau today informed 2023 year immigration management main data. 2023 year, the organs checked 424 million person-times. From the bureau establishment in 2018 to the end of 2023, they checked 1.9 billion person-times.", "2023"),
        ("Immigration data\n\n2021 whole year, the ports checked 128 million person-times; the 2019 year-end figure was 670 million.", "2021"),
        // The part written first is the release's; one a change is measured against (较…, "than …") is not.
        ("入境客流持续回升\n\n国家移民管理局日前公布，2025年二季度全国查验出入境人员1.6亿人次，比2024年第四季度增长3.1%。", "2025-Q2"),
        ("出入境数据\n\n上半年，全国查验出入境人员2.9亿人次，较2024年上半年增长15.4%，2025年上半年入境外国人1500万人次。", "2025-H1"),
        ("Border data\n\nIn the third quarter of 2025, officers inspected 178 million trips; in the second quarter of 2025 the figure had been 160 million.", "2025-Q3"),
        // A quarter naming the press conference (第四季度例行新闻发布会) is not the data's.
        ("国家移民管理局2024年第三季度例行新闻发布会实录\n\n主持人：下面通报2024年上半年移民管理工作主要数据。上半年全国查验出入境人员2.87亿人次。", "2024-H1"),
        ("2023年四季度新闻发布会\n\n今天通报2023年前三季度有关数据。全国共查验出入境人员4.2亿人次。", "2023-01-01/2023-09-30"),
        // A spreadsheet's column headings name the period as a code after its year ("2022H1_value",
        // "2025-Q3 value"); a later note naming another part's months does not decide.
        ("id,indicator,unit,2022H1_value,2022H1_yoy,2022Q2_value\nA1,People inspected,10k,9512.0,-3.1,4620.0\nnote,Q2 = April-June 2022. Values in 10k.", "2022-H1"),
        ("No.,Item,Unit,2025-Q3 value,2025-Q3 yoy\n1,Passports issued,10k,512.3,+4.0\nSee the notes: July-September 2025 only.", "2025-Q3"),
        // A quarter written with a hyphen ("third-quarter 2026 data") is a part of the year as "third quarter" is,
        // before the base a change is measured against.
        ("WEEKLY NOTE\n\nHEADLINE: Q3 crossings 171.0m\n\nThe agency released its third-quarter 2026 data on Monday: 171.0m crossings, up from 160.2m in the third quarter of 2025.", "2026-Q3"),
    ])
    func periodDetected(_ text: String, _ period: String) throws {
        let d = try doc(text)
        #expect(d.metadata.period.description == period)
        #expect(d.metadata.detected.contains("period"))
    }

    @Test func languageAndReleaseDateDetected() throws {
        let en = try doc("Date: January 17, 2023\n\nThe report on main data in 2022.")
        #expect(en.metadata.language == .en)
        #expect(en.metadata.released == "2023-01-17")
        let undated = try doc("At 10 a.m. on January 14, the administration held a press conference on the main data of immigration management in 2024.")
        #expect(undated.metadata.released == "2025-01-14")
        let zh = try doc("2025年1月14日，国家移民管理局举行新闻发布会，介绍2024年移民管理主要数据。")
        #expect(zh.metadata.language == .zh)
        #expect(zh.metadata.released == "2025-01-14")
    }

    /// A question of a few words ("And foreigners?") opens its answer's sentence; a longer one
    /// ends its own.
    @Test(arguments: [
        ("Most were Chinese. And foreigners? About 45 million trips.", ["Most were Chinese.", "And foreigners? About 45 million trips."]),
        ("Trips rose. The result? A record year.", ["Trips rose.", "The result? A record year."]),
        ("What did the figures show? Officers inspected 610 million people.", ["What did the figures show?", "Officers inspected 610 million people."]),
        ("Trips rose. Why 2024? Visa-free entry.", ["Trips rose.", "Why 2024?", "Visa-free entry."]),
    ])
    func shortQuestionOpensItsAnswer(_ text: String, _ expected: [String]) throws {
        #expect(sentences(try doc("# period: 2024\n\n" + text)) == expected)
    }

    /// A WeChat account's byline ("国家移民管理局 2025-04-16 09:30 发表于北京") states the release date.
    @Test(arguments: [
        ("图解：一季度移民管理数据\n\n国家移民管理局 2025-04-16 09:30 发表于北京\n\n一季度查验出入境人员1.8亿人次。", "2025-04-16"),
        ("一图读懂上半年数据\n\n移民局发布 2024-7-18 发表于北京\n\n上半年查验出入境人员2.9亿人次。", "2024-07-18"),
    ])
    func wechatBylineDatesTheRelease(_ text: String, _ released: String) throws {
        #expect(try doc(text).metadata.released == released)
    }

    /// "On July 17, … held a press conference" after a part of the year: the date after the
    /// part's end, in the part's year when the month comes after it.
    @Test(arguments: [
        ("Main data for the first half of 2025\n\nOn July 17, the administration held a press conference on the first half of 2025.", "2025-07-17"),
        ("Main data in the third quarter of 2024\n\nOn October 16, the administration held a press conference.", "2024-10-16"),
        ("Main data in the fourth quarter of 2024\n\nOn January 15, the administration held a press conference.", "2025-01-15"),
        ("Main data in the first quarter of 2026\n\nOn April 20, the administration released the figures.", "2026-04-20"),
    ])
    func undatedConferenceAfterAPart(_ text: String, _ released: String) throws {
        #expect(try doc(text).metadata.released == released)
    }

    /// A statistics bulletin's title (2019年…统计公报) and a whole year's dates (1月1日至12月31日) state
    /// the year reported on; a year listed for comparison (列出2018年数据以供比较) does not.
    @Test(arguments: [
        ("2019年出入境管理统计公报\n\n说明：本公报部分指标列出2018年数据以供比较。", "2019"),
        ("出入境管理统计资料\n\n说明：本资料数据为2020年1月1日至12月31日全年数据，部分指标列出2019年数据以供比较。", "2020"),
        ("2022年度移民管理统计公报（节选）\n\n2021年全国查验出入境人员1.28亿人次。", "2022"),
    ])
    func statisticsBulletinStatesItsYear(_ text: String, _ period: String) throws {
        #expect(try doc(text).metadata.period.description == period)
    }

    /// A part of "this year" (今年前三季度) is the release year's, whatever earlier years the text
    /// names more often; analysts' codes (1H25, 3Q24, 9M19) name parts of a year as words do.
    @Test(arguments: [
        ("# released: 2024-10-23\n\n专访\n\n问：平台运行情况如何？\n\n答：今年前三季度，平台提供服务9268.4万次。去年全年，平台共提供服务9810万次。2023年全年，热线受理来电592.4万个。", "2024-01-01/2024-09-30"),
        ("# released: 2025-07-20\n\nNote\n\nIn the first half of this year, crossings reached 330 million. In 2024 they were 610 million, and 2024 was a record.", "2025-H1"),
        ("SECTOR NOTE\n18 July 2025\n\n1H25 NIA data: inbound keeps compounding\n\nHeadline crossings were 329.8mn, +15.8% y/y.", "2025-H1"),
        ("Research\n\n3Q24 border data: foreigners +48% y/y\n\nCrossings 166mn.", "2024-Q3"),
        ("Research\n\n9M19 border data\n\nCrossings 510mn.", "2019-01-01/2019-09-30"),
    ])
    func partsOfThisYearAndCodes(_ text: String, _ period: String) throws {
        #expect(try doc(text).metadata.period.description == period)
    }

    @Test func windowPeriodFromReleaseYear() throws {
        let d = try doc("# released: 2024-05-08\n\nDuring the May Day holiday (May 1 to 5), officers checked 9 million travellers, a record.")
        #expect(d.metadata.period.description == "2024-05-01/2024-05-05")
        #expect(!d.metadata.period.isAnnual)
    }

    /// A run of days far into the body, or one that dates a campaign, is never the release's window.
    @Test(arguments: [
        "# released: 2024-12-20\n\nBorder news\n\nOfficers were busy.\n\nTrips rose.\n\nQueues were short.\n\nPorts reopened.\n\nShips came back.\n\nDuring the crackdown (March 3 to October 30), officers broke 120 gangs.",
        "# released: 2024-12-20\n\nBorder news\n\nThe joint campaign (3 March to 30 October) broke 120 gangs.",
        "# released: 2024-12-20\n\n边检动态\n\n“净边”专项行动（3月3日至10月30日）期间，共破获案件120起。",
    ])
    func operationWindowIsNoReleasePeriod(_ text: String) {
        // Without another period the release asks for a header rather than taking the window.
        #expect((try? doc(text))?.metadata.period.isWindow != true)
    }

    @Test(arguments: [
        ("Travel rebounds\n\nBy A REPORTER | Updated: 2024-01-18 07:26\n\nTrips rose last year.", "2024-01-18"),
        ("Release time: 2023-07-20 09:30   Source: NIA\n\nIn the first half of 2023, trips rose.", "2023-07-20"),
        ("BEIJING, Jan 20 (Reuters) - Border crossings rose 10% in 2025 to 700 million.", "2026-01-20"),
        ("Beijing, Jan. 17 (Xinhua) -- Officers checked 420 million travellers in 2023.", "2024-01-17"),
        ("SHANGHAI, July 18 (Wire) - Trips rose in the first half of 2024.", "2024-07-18"),
        ("2024年1月16日，国家移民管理局召开新闻发布会，介绍2023年移民管理工作主要数据。", "2024-01-16"),
    ])
    func releaseDateFromDateline(_ text: String, _ released: String) throws {
        #expect(try doc(text).metadata.released == released)
    }

    @Test func normalisation() throws {
        let d = try doc("\u{FEFF}# period: 2024\r\n\r\nThe \u{201C}Winter Operation\u{201D} \u{2014} it\u{2019}s on.\r\nFull\u{3000}width ５．８亿 and ４３．９％.")
        #expect(d.text == "The \"Winter Operation\" - it's on.\nFull width 5.8亿 and 43.9%.")
    }


    // A web page's markup: references stand for their characters, tags go (a line-breaking one
    // becomes a line end, a cell a column gap); what only looks like markup stays text.
    @Test(arguments: [
        ("inspected <b>161.2</b> million people", "inspected 161.2 million people"),
        ("A total of 4,<span class=\"num\">880</span>,000 foreigners", "A total of 4,880,000 foreigners"),
        ("investigated <b>9</b>,<B>870</B> cases", "investigated 9,870 cases"),
        ("76.3&nbsp;million, &#8220;quoted&#8221; &amp; R&D", "76.3 million, \"quoted\" & R&D"),
        ("answered 1.86&#44;000 calls; &#x4E07;", "answered 1.86,000 calls; 万"),
        ("first line<br>second<br/>third</p><p>fourth", "first line\nsecond\nthird\n\nfourth"),
        ("<tr><td>Passports</td><td>23.3</td></tr>", "Passports    23.3"),
        ("before<!-- a comment -->after", "beforeafter"),
        // Not markup: a comparison, an unknown name, a reference without its semicolon.
        ("growth <5% and a <b or <note>", "growth <5% and a <b or <note>"),
        ("AT&T and &nbsp without end", "AT&T and &nbsp without end"),
    ])
    func webPageMarkup(_ written: String, _ normalized: String) throws {
        #expect(try doc("# period: 2024\n\n" + written).text.trimmingCharacters(in: .whitespacesAndNewlines) == normalized)
    }

    // A full-width comma groups thousands only between a digit and exactly three digits.
    @Test(arguments: [
        ("人员１４，１０２．５万人次，同比上升", "人员14,102.5万人次，同比上升"),
        ("外国人1，307万人次。", "外国人1,307万人次。"),
        ("共计１，２３４，５６７人。", "共计1,234,567人。"),
        // Clause commas: after a percent, before a year, before two or four digits.
        ("上升１２％，３４５万人次", "上升12%，345万人次"),
        ("2019，2020年", "2019，2020年"),
        ("分别为7，12和15起", "分别为7，12和15起"),
        ("同比上升5%，2，其他", "同比上升5%，2，其他"),
    ])
    func fullWidthThousandsSeparator(_ written: String, _ normalized: String) throws {
        #expect(try doc("# period: 2024\n\n" + written).text == normalized)
    }
    // MARK: traditional characters are read as simplified ones, one for one

    @Test(arguments: [
        ("出入境人員7.03億人次，按年增長15.1%。", "出入境人员7.03亿人次，按年增长15.1%。"),
        ("簽發外國人簽證證件88.2萬本（件）；查獲槍支412支。", "签发外国人签证证件88.2万本(件)；查获枪支412支。"),
        ("護照、內地居民往來港澳通行證及簽註數據", "护照、内地居民往来港澳通行证及签注数据"),
        ("偵辦案件9,876宗，打掉團夥51個，繳獲毒品3.5噸。", "侦办案件9,876宗，打掉团伙51个，缴获毒品3.5吨。"),
        // Hong Kong quotation marks and variant forms (説, 綫).
        ("發言人説，「三非」外國人減少；邊境一綫", "发言人说，\"三非\"外国人减少；边境一线"),
        // Hong Kong's bodies and places read as the grammar writes them (入境处, 管制站).
        ("香港方面，入境處數據顯示，經各管制站出入境旅客約3億人次。", "香港方面，入境处数据显示，经各管制站出入境旅客约3亿人次。"),
        // Simplified text and Latin letters stay as they are.
        ("全国移民管理机构查验出入境人员6.1亿人次。Up 8%.", "全国移民管理机构查验出入境人员6.1亿人次。Up 8%."),
    ])
    func traditionalCharactersBecomeSimplified(_ traditional: String, _ simplified: String) throws {
        let d = try doc("# period: 2024\n\n" + traditional)
        #expect(d.text == simplified)
        // One character for one: the text keeps its length, so no offset moves.
        #expect(d.text.unicodeScalars.count == traditional.unicodeScalars.count)
        let changed = zip(traditional.unicodeScalars, simplified.unicodeScalars).filter { a, b in a != b && b.value >= 0x3400 }.count
        #expect(d.metadata.traditionalCharacters == (changed > 0 ? changed : nil))
    }

    /// The parts of the year come from the grammar: a wording added there is read in ingest too,
    /// and a part whose period is none of the written forms is refused with the file named.
    /// A social-media post ends its sentences with an emoji and a space.
    @Test func emojiAndSpaceEndASentence() throws {
        let d = try doc("# period: 2026-Q1\n\n一季度，全国查验出入境人员1.86亿人次🚫 3月份全国单月查验出入境人员6380万人次。🛫出入境🛫通道")
        let texts = d.sentences.map { String(String.UnicodeScalarView(Array(d.text.unicodeScalars)[$0.range.start..<$0.range.end])) }
        #expect(texts == ["一季度，全国查验出入境人员1.86亿人次🚫", "3月份全国单月查验出入境人员6380万人次。", "🛫出入境🛫通道"])
    }

    /// A post's emoji between a full stop and the next sentence ("… rate. 📞 Year-to-date …") ends
    /// the sentence before it; an emoji before a small letter does not.
    @Test(arguments: [
        ("Police held 310 suspects in May. 🚨 Year to date the total is 1,400.", ["Police held 310 suspects in May.", "🚨 Year to date the total is 1,400."]),
        ("Calls rose to 2 million. ☎️ In June alone, 700,000 came in.", ["Calls rose to 2 million.", "☎️ In June alone, 700,000 came in."]),
        ("Ports were busy. 👇 see the next post.", ["Ports were busy. 👇 see the next post."]),
    ])
    func emojiAfterAFullStopOpensTheNextSentence(_ line: String, _ sentences: [String]) throws {
        let d = try doc("# period: 2025\n\n" + line)
        let texts = d.sentences.map { String(String.UnicodeScalarView(Array(d.text.unicodeScalars)[$0.range.start..<$0.range.end])) }
        #expect(texts == sentences)
    }

    /// "+3.1% y/y." and "640m." end their sentences: the letter closing a ratio's slash, or a scale
    /// against its figure, is no initial ("U.S.").
    @Test(arguments: [
        ("Trips rose to 98.2m, +3.1% y/y. Growth slowed in May.", ["Trips rose to 98.2m, +3.1% y/y.", "Growth slowed in May."]),
        ("Calls were flat q/q. Satisfaction held at 99%.", ["Calls were flat q/q.", "Satisfaction held at 99%."]),
        ("Officials from the U.S. Embassy attended.", ["Officials from the U.S. Embassy attended."]),
        ("The year should land just under 640m. Within that, foreigners made 50m trips.", ["The year should land just under 640m.", "Within that, foreigners made 50m trips."]),
    ])
    func ratioLetterEndsASentence(_ line: String, _ sentences: [String]) throws {
        let d = try doc("# period: 2025\n\n" + line)
        let texts = d.sentences.map { String(String.UnicodeScalarView(Array(d.text.unicodeScalars)[$0.range.start..<$0.range.end])) }
        #expect(texts == sentences)
    }

    @Test func partsOfYearComeFromTheGrammar() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("period-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func grammar(_ enParts: String, statements: String = #""data[^.]{0,80}?\\b(?:in|of|for) (20\\d\\d)\\b""#) throws -> URL {
            let url = dir.appendingPathComponent("grammar-\(UUID().uuidString).json")
            let patterns = #"{"statements": [\#(statements)], "openers": [], "forecasts": ["\\bwill\\b"], "partWithYear": "\\b{part}\\b,? (?:of )?(?<y>20\\d\\d)\\b"}"#
            try Data(#"{"format": "nia-grammar/1", "languages": {"en": {"partsOfYear": [\#(enParts)], "releasePeriodPatterns": \#(patterns)}, "zh": {"partsOfYear": []}}}"#.utf8).write(to: url)
            return url
        }
        let text = Array("Border data for the opening quarter of 2025: 150 million crossings.".utf8)
        let plain = try IngestGrammar.load(from: grammar(#"{"phrase": "first quarter", "period": "Q1"}"#))
        #expect(try Ingestor.document(id: "q.txt", bytes: text, path: "q.txt", grammar: plain).metadata.period.description == "2025")
        let added = try IngestGrammar.load(from: grammar(#"{"phrase": "opening quarter", "period": "Q1"}"#))
        #expect(try Ingestor.document(id: "q.txt", bytes: text, path: "q.txt", grammar: added).metadata.period.description == "2025-Q1")
        let bad = try grammar(#"{"phrase": "opening quarter", "period": "Q5"}"#)
        #expect { try IngestGrammar.load(from: bad) } throws: { error in
            let e = error as? PipelineError
            return e?.description.contains(bad.path) == true && e?.description.contains("Q5") == true
        }
    }

    /// The line joiner's Chinese units and change openings are the grammar's: a counter added there
    /// joins a figure set on its own line with its unit; without it the lines stay apart.
    @Test func lineJoinerWordsComeFromTheGrammar() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("line-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func words(_ counters: String) throws -> LineWords {
            let url = dir.appendingPathComponent("grammar-\(UUID().uuidString).json")
            try Data(#"{"format": "nia-grammar/1", "languages": {"en": {"partsOfYear": [], "changeArrows": ["▲"]}, "zh": {"partsOfYear": [], "counters": [\#(counters)], "yoyAnchors": ["同比"]}}}"#.utf8).write(to: url)
            return try IngestGrammar.load(from: url).lines
        }
        let text = "全年查获走私马匹\n12\n匹\n同比上升5%\n"
        #expect(LineJoiner.join(text, words: try words(#""匹""#)) == "全年查获走私马匹12匹同比上升5%\n")
        #expect(LineJoiner.join(text, words: try words(#""头""#)) == text)
        #expect(try words("").arrows == ["▲"])
    }

    /// How a release announces its year is a pattern of the grammar too: a new wording is a grammar
    /// edit, a forecast names no period, and a pattern that is no regular expression with a group for
    /// the year is refused with the file named.
    @Test func releasePeriodPatternsComeFromTheGrammar() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("period-patterns-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func words(_ statements: String) throws -> (IngestGrammar, URL) {
            let url = dir.appendingPathComponent("grammar-\(UUID().uuidString).json")
            let patterns = #"{"statements": [\#(statements)], "openers": [], "forecasts": ["\\bwill\\b"]}"#
            try Data(#"{"format": "nia-grammar/1", "languages": {"en": {"partsOfYear": [], "releasePeriodPatterns": \#(patterns)}, "zh": {"partsOfYear": []}}}"#.utf8).write(to: url)
            return (try IngestGrammar.load(from: url), url)
        }
        func period(_ text: String, _ w: IngestGrammar) -> String? {
            (try? Ingestor.document(id: "y.txt", bytes: Array(text.utf8), path: "y.txt", grammar: w))?.metadata.period.description
        }
        let text = "Border review of the year 2021 (figures below). The inspections numbered 67 million."
        let (none, _) = try words("")
        #expect(period(text, none) == nil)
        let (added, _) = try words(#""\\breview of the year (20\\d\\d)\\b""#)
        #expect(period(text, added) == "2021")
        // The same wording in a plan ("will") says nothing of the release's own year.
        #expect(period("The border review of the year 2027 will follow. The inspections numbered 67 million.", added) == nil)
        for bad in [#""review (of""#, #""review of the year 20\\d\\d""#] {
            let url = dir.appendingPathComponent("bad-\(UUID().uuidString).json")
            try Data(#"{"format": "nia-grammar/1", "languages": {"en": {"partsOfYear": [], "releasePeriodPatterns": {"statements": [\#(bad)], "openers": [], "forecasts": []}}, "zh": {"partsOfYear": []}}}"#.utf8).write(to: url)
            #expect { try IngestGrammar.load(from: url) } throws: { error in
                (error as? PipelineError)?.description.contains(url.path) == true && "\(error)".contains("regular expression")
            }
        }
    }

    /// How a release dates itself, its runs of months and its windows are patterns of the grammar
    /// with named groups; month names come from its `months`. A new language or wording is a grammar
    /// edit, and a pattern without the groups it needs is refused with the file named.
    @Test func releaseDatePatternsComeFromTheGrammar() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("date-patterns-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func grammar(_ en: String) throws -> URL {
            let url = dir.appendingPathComponent("grammar-\(UUID().uuidString).json")
            try Data(#"{"format": "nia-grammar/1", "languages": {"en": {"partsOfYear": [], \#(en)}, "zh": {"partsOfYear": []}}}"#.utf8).write(to: url)
            return url
        }
        func metadata(_ text: String, _ url: URL) throws -> DocumentMetadata {
            try Ingestor.document(id: "d.txt", bytes: Array(text.utf8), path: "d.txt", grammar: try IngestGrammar.load(from: url)).metadata
        }
        let months = #""months": {"januar": 1, "jan": 1, "juli": 7, "august": 8}"#
        let patterns = #""releasePeriodPatterns": {"statements": [], "openers": [], "forecasts": [], "dayRanges": ["(?<m1>{month}) (?<d1>\\d{1,2}) bis (?<m2>{month}) (?<d2>\\d{1,2})"]}"#
        let dates = #""releaseDatePatterns": {"stated": ["Stand: (?<d>\\d{1,2})\\. (?<m>{month}) (?<y>20\\d\\d)"], "days": []}"#
        let url = try grammar([months, patterns, dates].joined(separator: ", "))
        let summer = try metadata("Stand: 3. Januar 2025\n\nIm Sommer (Juli 1 bis August 31) 2024 reisten 90 Millionen.", url)
        #expect(summer.released == "2025-01-03")
        #expect(summer.period.description == "2024-07-01/2024-08-31")
        // The standard grammar knows no German months: neither the date nor the window.
        #expect(try doc("# period: 2024\n\nStand: 3. Januar 2025\n\nIm Sommer (Juli 1 bis August 31) 2024 reisten 90 Millionen.").metadata.released == nil)
        for bad in [#""releaseDatePatterns": {"stated": ["Stand: (?<d>\\d+)\\. (?<m>{month})"], "days": []}"#,
                    #""releaseDatePatterns": {"stated": [], "days": ["on (?<m>{month}"]}"#,
                    #""releasePeriodPatterns": {"statements": [], "openers": [], "forecasts": [], "monthRanges": ["(?<m1>{month})-(?<mm>{month})"]}"#] {
            let url = try grammar([months, bad].joined(separator: ", "))
            #expect { try IngestGrammar.load(from: url) } throws: { error in
                "\(error)".contains(url.path) && "\(error)".contains("regular expression")
            }
        }
    }

    /// The release date in other wordings of the standard grammar: labels, short month names with
    /// a full stop, days after the period in its year or the next.
    @Test(arguments: [
        ("Posted: 2025/01/15\n\nIn 2024, officers checked 610 million people.", "2025-01-15"),
        ("Published: Sept. 3, 2024\n\nIn the first half of 2024, trips rose.", "2024-09-03"),
        ("Main data for 2024\n\nOn Jan. 14, the NIA held a press conference in Beijing.", "2025-01-14"),
        ("Main data in the first three quarters of 2025\n\nOn October 22, 2025, the administration released the figures.", "2025-10-22"),
        ("Main data for 2023\n\nDate: 2023-12-30\n\nOn January 16, the administration held a press conference.", "2024-01-16"),
        ("更新时间：2024年7月19日\n\n2024年上半年，全国移民管理机构查验出入境人员2.87亿人次。", "2024-07-19"),
        ("2026年4月21日，国家移民管理局发布2026年一季度移民管理主要数据。", "2026-04-21"),
    ])
    func releaseDateWordings(_ text: String, _ released: String) throws {
        #expect(try doc(text).metadata.released == released)
    }

    @Test(arguments: [
        ("國\t国\n", nil),
        ("# comment\n\n數\t数\n", nil),
        ("國国\n", "line 1"),
        ("國\t国\t囯\n", "line 1"),
        ("數\t数\n國家\t国家\n", "line 2"),
        ("# nothing\n", "no character pairs"),
    ] as [(String, String?)])
    func traditionalTableIsChecked(_ text: String, _ problem: String?) {
        do {
            let t = try TraditionalCharacters.parse(text, path: "t.tsv")
            #expect(problem == nil, "accepted a bad table; expected \(problem ?? "")")
            #expect(t.count >= 1)
        } catch let e as PipelineError {
            #expect(e.file == "t.tsv")
            #expect(problem.map { e.problem.contains($0) } == true, "\(e.problem)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func repositoryTableIsLoadedAndOneForOne() throws {
        let t = try TraditionalCharacters.load(from: TraditionalCharacters.defaultURL)
        #expect(t.count > 3000)
        #expect(TraditionalCharacters.standard.count == t.count)
        // Without a table nothing is converted.
        #expect(TextNormalizer.normalize("數據", traditional: .none) == "數據")
        #expect(TextNormalizer.normalize("數據", traditional: t) == "数据")
        // Japanese forms OCR and copied text put in Chinese releases read as the simplified ones.
        #expect(TextNormalizer.normalize("同比増长3.1%，検査人員", traditional: t) == "同比增长3.1%，检查人员")
    }

    /// A PDF's ligatures are their letters; a bracket left open at a line's end goes on onto the next
    /// line, even one opening on a month.
    @Test func ligaturesAreLettersAndAnOpenBracketJoinsItsLine() {
        #expect(TextNormalizer.normalize("the \u{FB01}rst half, \u{FB02}ights, e\u{FB03}cient") == "the first half, flights, efficient")
        let text = "Peak periods. The busiest stretch was the Golden Week (1-7\nOctober), when 14.9 million people crossed.\n"
        #expect(LineJoiner.join(text) == "Peak periods. The busiest stretch was the Golden Week (1-7 October), when 14.9 million people crossed.\n")
    }

    @Test func combiningMarksAreComposed() {
        #expect(TextNormalizer.normalize("Cafe\u{301} \u{201C}x\u{201D}\r\n") == "Caf\u{E9} \"x\"\n")
        // A tab becomes two spaces: it still parts a table's columns.
        #expect(TextNormalizer.normalize("\u{FEFF}a\rb\tc") == "a\nb  c")
        // A full-width bar parts a table's cells as "|" does.
        #expect(TextNormalizer.normalize("｜外国人｜447.3｜") == "|外国人|447.3|")
    }

    /// An English release with the Chinese clause marks of its source reads them as English ones;
    /// a Chinese release, or a mark after a Chinese word, keeps them.
    @Test(arguments: [
        ("On May 8，the administration said。Checks rose 12％；visas 3，200，000。", "On May 8, the administration said. Checks rose 12%; visas 3,200,000."),
        ("Of which trains 24，000，ships 9，100、motor vehicles 2.1 million：up。", "Of which trains 24,000, ships 9,100, motor vehicles 2.1 million: up."),
        ("Its name is 国家移民管理局，in English NIA.", "Its name is 国家移民管理局，in English NIA."),
        ("Trips rose (同比上升43.9%！) last year。", "Trips rose (同比上升43.9%！) last year."),
    ])
    func englishReleaseReadsChineseClauseMarks(_ raw: String, _ text: String) throws {
        #expect(try doc("# period: 2024\n\n" + raw).text == text)
        #expect(try doc("# period: 2024\n\n查验人员1，200万人次，同比上升12％。").text == "查验人员1,200万人次，同比上升12%。")
    }

    /// Markdown bold markers go; a single asterisk (a bullet, a footnote) stays.
    @Test(arguments: [
        ("缴获毒品**5.4**吨", "缴获毒品5.4吨"),
        ("▶ 查验**2.3亿**人次，同比上升**12%**。", "▶ 查验2.3亿人次，同比上升12%。"),
        ("**Passports:** 18.4 million", "Passports: 18.4 million"),
        ("* 1.2 million visas*", "* 1.2 million visas*"),
    ])
    func boldMarkersAreDropped(_ raw: String, _ plain: String) {
        #expect(TextNormalizer.normalize(raw) == plain)
    }

    @Test func sentencesKeepFiguresAbbreviationsAndNumbers() throws {
        let d = try doc("# period: 2024\n\nAt 10 a.m. on January 14, No. 1 port opened. Inspections rose 43.9% to 610 million. Calls, suggestions, etc. were answered; of these, 5 were kept! Was it U.S. style? Yes.\n出入境人员6.1亿人次。同比上升43.9%！")
        #expect(sentences(d) == [
            "At 10 a.m. on January 14, No. 1 port opened.",
            "Inspections rose 43.9% to 610 million.",
            "Calls, suggestions, etc. were answered; of these, 5 were kept!",
            "Was it U.S. style?",
            "Yes.",
            "出入境人员6.1亿人次。",
            "同比上升43.9%！",
        ])
    }

    /// A Markdown heading's section number ("## 2. Documents issued", "### 10. Outlook") ends no sentence.
    @Test func markdownHeadingNumberEndsNoSentence() throws {
        let d = try doc("# period: 2024\n\n## 2. Documents issued\n\nPassports rose.\n\n### 10. Outlook\n\nTrips will rise.")
        #expect(sentences(d) == ["## 2. Documents issued", "Passports rose.", "### 10. Outlook", "Trips will rise."])
    }

    /// Dot leaders join a table row's label to its figure; an ellipsis before prose still ends a sentence.
    @Test func dotLeadersKeepARowWhole() throws {
        let d = try doc("# period: 2024\n\nAircraft .... 612,000 (+9.1%)\nTrains ... 88,000\nIt rose... Then it fell.")
        #expect(sentences(d) == ["Aircraft .... 612,000 (+9.1%)", "Trains ... 88,000", "It rose...", "Then it fell."])
    }

    @Test func speakerTurns() throws {
        let d = try doc("# period: 2022\n\n[Xinhua News Agency]:\n\nWhat happened in 2022?\n\nLu Ning\nThanks for the question. It went well.")
        #expect(d.sentences.first?.speaker == "Xinhua News Agency")
        #expect(d.sentences.last?.speaker == "Lu Ning")
    }

    /// A short line with its figure in words is text, not a speaker's name: a list's item, or a
    /// label with its value after a colon.
    @Test(arguments: [
        "- Officers killed on duty: four",
        "• Deaths in the line of duty: nine",
        "Injured on duty: twenty",
        "* Gangs broken up: a dozen",
    ])
    func labelledValueInWordsIsNoSpeaker(_ line: String) throws {
        let d = try doc("# period: 2022\n\nPERSONNEL\n\(line)\nThe year ended calmly.")
        #expect(sentences(d).contains(line))
        #expect(d.sentences.allSatisfy { $0.speaker != line })
    }

    // MARK: text copied from a PDF: lines broken mid-sentence are joined

    @Test(arguments: [
        // A figure or a lower-case word continues the line before.
        ("Border officers checked 48.2 million inbound and outbound travellers, up\n9.6 per cent year on year.",
         "Border officers checked 48.2 million inbound and outbound travellers, up 9.6 per cent year on year."),
        ("The police seized 2,310 firearms and more than 41,000\nrounds of ammunition during the year.",
         "The police seized 2,310 firearms and more than 41,000 rounds of ammunition during the year."),
        // A line ending with a comma or a word no sentence ends with goes on, whatever the case.
        ("Trips were made by 12.1 million residents of Hong Kong, Macao and\nTaiwan and by 3.3 million foreigners.",
         "Trips were made by 12.1 million residents of Hong Kong, Macao and Taiwan and by 3.3 million foreigners."),
        ("The administration issued 410,000 residence permits to foreign nationals,\nChinese students returning home and their families.",
         "The administration issued 410,000 residence permits to foreign nationals, Chinese students returning home and their families."),
        ("Officers checked 61 million travellers in the period from\n1 January to 30 June, the administration said.",
         "Officers checked 61 million travellers in the period from 1 January to 30 June, the administration said."),
        // Words hyphenated at the line end are written whole.
        ("The inspections covered 92,000 air-\ncraft and 17,500 ves-\nsels in the first half, and the adminis-\ntration issued 880,000 pass-\nports.",
         "The inspections covered 92,000 aircraft and 17,500 vessels in the first half, and the administration issued 880,000 passports."),
        // Soft hyphens (copied from a web page or PDF) vanish, or break the line as a hyphen does.
        ("The ports handled 92,000 air\u{AD}craft and 17,500 vessels in the first half, and the ad\u{AD}\nministration issued 880,000 passports.",
         "The ports handled 92,000 aircraft and 17,500 vessels in the first half, and the administration issued 880,000 passports."),
        // A compound keeps its hyphen: a part hyphenated itself, or written so elsewhere in the text.
        ("Visa issuance climbed 14.2 per cent year-\non-year in the second quarter of the year.",
         "Visa issuance climbed 14.2 per cent year-on-year in the second quarter of the year."),
        ("Officers cleared 3,100 fast-track trucks a day and 41,000 fast-\ntrack buses in the year at the land ports.",
         "Officers cleared 3,100 fast-track trucks a day and 41,000 fast-track buses in the year at the land ports."),
        ("Officers cleared 41,000 buses and 3,100 cross-\nborder trucks in the year at the land ports, and 88,000 visa-\nfree entries were made at the border cross-\nings.",
         "Officers cleared 41,000 buses and 3,100 cross-border trucks in the year at the land ports, and 88,000 visa-free entries were made at the border crossings."),
        ("Officers cleared 3,100 freight trains on the China-\nEurope routes and 800 more besides.",
         "Officers cleared 3,100 freight trains on the China-Europe routes and 800 more besides."),
        // A word of a compound broken by the wrap, written whole elsewhere in the text, is one word.
        ("Entry-exit permits rose.\nThe office issued 4.2 million en-\ntry-exit permits and 310,000 visas in the year to the residents.",
         "Entry-exit permits rose.\nThe office issued 4.2 million entry-exit permits and 310,000 visas in the year to the residents."),
        ("Cross-border trucks were counted, and the officers cleared 8,800 cross-\nborder trucks and 41,000 cro-\nss-border buses at the ports.",
         "Cross-border trucks were counted, and the officers cleared 8,800 cross-border trucks and 41,000 cross-border buses at the ports."),
        // An infographic: a figure alone on its line, its label under it and its change under that.
        ("FIRST HALF\n\n96.3m\ntravellers cleared at the border\n▲ 8.8% y/y\n\nSERVICES",
         "FIRST HALF\n\n96.3m travellers cleared at the border ▲ 8.8% y/y\n\nSERVICES"),
        ("¥215m\nworth of smuggled goods seized\n▼ 3.5% on last year",
         "¥215m worth of smuggled goods seized ▼ 3.5% on last year"),
        ("4,870\nfirearms seized\n↑12% year on year\n62.4%\nof travellers used e-gates",
         "4,870 firearms seized ↑12% year on year\n62.4% of travellers used e-gates"),
        ("Foreign travellers made 8.1 million trips\n▲ 40.2%",
         "Foreign travellers made 8.1 million trips ▲ 40.2%"),
        // A figure cut by the wrap: its halves are joined, for the reader to doubt.
        ("Officers inspected a total of 61 million travellers, of which 3\n5.2 million were foreigners.",
         "Officers inspected a total of 61 million travellers, of which 3 5.2 million were foreigners."),
        ("The administration said that police had seized a total of 1.4\n27 tons of drugs in the year.",
         "The administration said that police had seized a total of 1.4 27 tons of drugs in the year."),
        // A screenshot's narrow column: lines shorter than a page's continue in lower case.
        ("Officers at the border inspected\nabout 61 million travellers in the\nfirst half of the year, an increase\nof 12 percent, and 5.2 million were\nforeign nationals, the administration\nsaid on Friday.\nIn the first half, 7.4 million\nvisas were issued to foreigners.",
         "Officers at the border inspected about 61 million travellers in the first half of the year, an increase of 12 percent, and 5.2 million were foreign nationals, the administration said on Friday.\nIn the first half, 7.4 million visas were issued to foreigners."),
        // A footnote mark against the last word leaves the line open; a rule under a running footer is page furniture.
        ("In the half, officers inspected in total 362.4 million[1]\npersons entering and exiting, up 9.7 percent on the year.",
         "In the half, officers inspected in total 362.4 million[1] persons entering and exiting, up 9.7 percent on the year."),
        ("In the fourth quarter alone, 181.6 million people were inspected. Conveyances\n\nMobility Monitor 1/2026          page 1\n──────────────────────\ninspected totalled 36.91 million, up 13.3% on the year.\n\nMobility Monitor 1/2026          page 2",
         "In the fourth quarter alone, 181.6 million people were inspected. Conveyances inspected totalled 36.91 million, up 13.3% on the year.\n\nMobility Monitor 1/2026          page 2"),
        // A Chinese page printed at one width: every full line goes on in the next; a heading and an indented paragraph stay apart.
        ("二、出入境证件签发情况\n　　上半年，全国移民管理机构共签发普通护照71.3万本，同比下\n降41.2%；签发往来港澳台证件签注558.7万本（件）次；为港澳台居\n民签发来往内地（大陆）通行证63.5万本；签发外国人签证证件31.2\n万人次，口岸签证1.2万人次；国家移民管理局12367服务平台共接听\n来电412.6万个，平均满意率为98.7%，同比上升0.2个百分点，各项\n服务平稳有序。\n三、打击妨害国（边）境管理违法犯罪情况\n　　上半年，全国移民管理机构共侦办案件1.3万余起。",
         "二、出入境证件签发情况\n  上半年，全国移民管理机构共签发普通护照71.3万本，同比下降41.2%；签发往来港澳台证件签注558.7万本(件)次；为港澳台居民签发来往内地(大陆)通行证63.5万本；签发外国人签证证件31.2万人次，口岸签证1.2万人次；国家移民管理局12367服务平台共接听来电412.6万个，平均满意率为98.7%，同比上升0.2个百分点，各项服务平稳有序。\n三、打击妨害国(边)境管理违法犯罪情况\n  上半年，全国移民管理机构共侦办案件1.3万余起。"),
    ])
    func brokenLinesJoin(_ body: String, _ joined: String) throws {
        #expect(try doc("# period: 2024\n\n" + body).text == joined)
    }

    /// A page set in two columns: the left column is read first, then the right; a table's rows
    /// (several gaps, figures on the right) are no columns.
    @Test func twoColumnPagesReadColumnByColumn() throws {
        let page = """
            1. Inspections at ports                           2. Documents
            From January to September, officers inspected     Exit-entry administrations issued 17.64
            451.6 million inbound and outbound persons,       million ordinary passports in the nine
            up 43.8% year on year, of which 47.5 million      months, up 31.2% year on year, and 1.90
            were foreign nationals.                           million visas to foreigners.

            Page 1
            """
        #expect(try doc("# period: 2024-Q3\n\n" + page).text == "1. Inspections at ports\nFrom January to September, officers inspected 451.6 million inbound and outbound persons, up 43.8% year on year, of which 47.5 million were foreign nationals.\n\n2. Documents\nExit-entry administrations issued 17.64 million ordinary passports in the nine months, up 31.2% year on year, and 1.90 million visas to foreigners.\n\nPage 1")
        let table = "Item                     2024        2023\nPersons inspected       451.6       310.2\nForeign nationals        47.5        25.9\nPassports issued        17.64       13.45\nVisas issued             1.90        1.27\n"
        #expect(TwoColumnText.split(table) == table)
    }

    /// An e-mail's quoted release: the quote marks go, the wrapped lines join, and a line of a mark
    /// alone parts paragraphs.
    @Test(arguments: [
        ("Forwarded below.\n\n> In the third quarter, officers inspected 98.2 million\n> people, up 7.1% on the year. Some 61.4 million of these\n> were mainland residents.\n>\n> Visas fell.",
         "Forwarded below.\n\nIn the third quarter, officers inspected 98.2 million people, up 7.1% on the year. Some 61.4 million of these were mainland residents.\n\nVisas fell."),
        (">> The administration issued 4.4 million ordinary passports\n>> in the quarter and 310,000 port visas to visitors,\n>> up 12 per cent.",
         "The administration issued 4.4 million ordinary passports in the quarter and 310,000 port visas to visitors, up 12 per cent."),
        ("> > Trips rose by a fifth.\n> > Visas fell.\n> > Passports rose.",
         "Trips rose by a fifth.\nVisas fell.\nPassports rose."),
    ])
    func quotedEmailLinesLoseTheirMarks(_ body: String, _ joined: String) throws {
        #expect(try doc("# period: 2024\n\n" + body).text == joined)
    }

    /// A wrapped paragraph's line that stops on a word goes on, even before a capital.
    @Test(arguments: [
        ("In the year, officers inspected a total of 512 million travellers, and 97 million\nof them were residents of the Hong Kong and Macao special administrative\nRegions, up 9.3 percent on the year before.",
         "In the year, officers inspected a total of 512 million travellers, and 97 million of them were residents of the Hong Kong and Macao special administrative Regions, up 9.3 percent on the year before."),
        ("Border police cracked 2,300 cases of smuggling people across the border and\nseized 1,200 guns in raids carried out with the Ministry of Public Security\nBureau in Yunnan Province, the ministry said.",
         "Border police cracked 2,300 cases of smuggling people across the border and seized 1,200 guns in raids carried out with the Ministry of Public Security Bureau in Yunnan Province, the ministry said."),
        // A short last line of a wrapped paragraph ends it, whatever opens the next line.
        ("Officers at the border inspected a total of 61 million travellers in the quarter\nand 5.2 million vehicles\nVisas issued to foreigners fell.",
         "Officers at the border inspected a total of 61 million travellers in the quarter and 5.2 million vehicles\nVisas issued to foreigners fell."),
    ])
    func wrappedLineGoesOnBeforeACapital(_ body: String, _ joined: String) throws {
        #expect(try doc("# period: 2024\n\n" + body).text == joined)
    }

    /// Page numbers and running headers between the halves of a sentence go; those elsewhere stay.
    @Test(arguments: [
        ("Quarterly Bulletin of Border Inspection\n\nIn the quarter, officers dismantled 188 gangs and\n\n- 7 -\n\nQuarterly Bulletin of Border Inspection\n\nseized 2.4 tonnes of drugs.",
         "Quarterly Bulletin of Border Inspection\n\nIn the quarter, officers dismantled 188 gangs and seized 2.4 tonnes of drugs."),
        ("In the quarter, the police dismantled 188 criminal gangs and\nPage 3 of 9\nHong Kong police helped with 12 of them.",
         "In the quarter, the police dismantled 188 criminal gangs and Hong Kong police helped with 12 of them."),
        ("Border Bulletin No. 4 | 1\n\nIn the quarter, officers dismantled 188 gangs and\n\nBorder Bulletin No. 4 - page 2\n\nseized 2.4 tonnes of drugs.\n\nBorder Bulletin No. 4 - page 3",
         "Border Bulletin No. 4 | 1\n\nIn the quarter, officers dismantled 188 gangs and seized 2.4 tonnes of drugs.\n\nBorder Bulletin No. 4 - page 3"),
        ("In the quarter, the police dismantled 188 criminal gangs and\n\u{0C}arrested 5,400 suspects.",
         "In the quarter, the police dismantled 188 criminal gangs and arrested 5,400 suspects."),
        ("Officers checked 3.1 million vehicles, down\n\n12\n\n4.4 per cent on the year.",
         "Officers checked 3.1 million vehicles, down 4.4 per cent on the year."),
        // A running header with its page number turns the page: a wrapped line that stops without a
        // mark goes on over it, whatever the case of the next word.
        ("In the year, the inspection stations across the country inspected\nmore than 210 million people, of whom 98.1 million were residents of Hong Kong\n\nBORDER YEARBOOK 2022            17\n\nSAR and 5.2 million were foreign nationals.\n\nBORDER YEARBOOK 2022            18\n\nVisas rose.",
         "In the year, the inspection stations across the country inspected more than 210 million people, of whom 98.1 million were residents of Hong Kong SAR and 5.2 million were foreign nationals.\n\nBORDER YEARBOOK 2022            18\n\nVisas rose."),
        ("5   Exit-Entry Review\n\nPolice across the country cracked down on smuggling and\ndismantled 1,200 gangs, breaking 310 rings in Yunnan Province\n\n6   Exit-Entry Review\n\nGuangxi and Guangdong, up 11 percent.",
         "5   Exit-Entry Review\n\nPolice across the country cracked down on smuggling and dismantled 1,200 gangs, breaking 310 rings in Yunnan Province Guangxi and Guangdong, up 11 percent."),
        // A page number between dashes ("— 4 —"), then a header printed once with its own "Page 5".
        ("Officers checked 2.87 million vessels and vehicles, up 6.1 per-\n\n— 4 —\n\nBorder Inspection Digest · Spring Edition          Page 5\n\ncent on the year.",
         "Officers checked 2.87 million vessels and vehicles, up 6.1 percent on the year."),
        ("In the half, police dismantled 214 smuggling gangs and\n– 9 –\narrested 3,050 suspects.",
         "In the half, police dismantled 214 smuggling gangs and arrested 3,050 suspects."),
        // Blank lines alone (a page break with no number) part a sentence before a lower-case word.
        ("Officers inspected 3.2 million vehicles at the land ports\n\nfrom the first of January to June.",
         "Officers inspected 3.2 million vehicles at the land ports from the first of January to June."),
    ])
    func pageFurnitureInsideASentenceIsDropped(_ body: String, _ joined: String) throws {
        #expect(try doc("# period: 2024\n\n" + body).text == joined)
    }

    /// Lines that end where a sentence may end, or that start an item of their own, stay apart.
    @Test(arguments: [
        "Trips rose by a fifth in the year.\nVisas issued to foreigners fell.",
        "Key figures (January-March 2024)\n\n1. 130 million trips inspected, up 8 per cent\n2. 9.1 million vehicles inspected\n(3) 22,000 cases",
        "Of these:\nmainland residents 61 million\nforeigners 7 million",
        "The trips were made by the following groups of people:\nmainland residents who travelled for study or work\nforeigners who came for business",
        "Main Data of Exit-Entry Administration\nfor the Year 2023",
        "Passports issued    1.2 million\nport visas issued    310,000",
        "Aircraft .... 210,000\ntrains .... 18,000",
        "Documents issued - 12.6 million - up 9%\nexit-entry permits - 8.1 million - up 4%",
        "II. Documents issued in the first half\n\nThe administrations issued 9 million passports.",
        "Zhang Hua\nThanks for the question, the figures rose.",
        "National Immigration Administration Press Conference\n16 January 2024\n\nIn 2023, trips rose.",
        "Hotline calls answered in the first half of the year\n2024-07-10 09:00  Source: NIA",
        "全国移民管理机构查验出入境人员\n1.2亿人次。",
        "In the quarter, the police dismantled 188 criminal gangs and\n\n- 3 -\n\n- Transit dens: 400",
        "In the quarter, the police dismantled 188 criminal gangs and\n\nHong Kong police helped with 12 of them.",
        // A line that wraps nothing before it may end a paragraph, even before a page's header.
        "The administrations issued 9.1 million passports to residents of Guangdong\n\nBORDER YEARBOOK 2022            17\n\nSAR figures follow in the annex.\n\nBORDER YEARBOOK 2022            18\n\nVisas rose.",
        // A figure alone before a heading or a blank line, and an arrow that opens a bullet's text.
        "Total trips\n96.3m\nPassports issued\n4.1m",
        "96.3m\n\ntravellers cleared at the border",
        "Trips rose by a fifth in the year.\n▲ Visas issued to foreigners fell.",
        // A row's value after its label's colon is whole: the next row may open with digits.
        "Enquiries answered online (million): 64\n12367 calls answered (10,000): 512.3",
        "Officers trained in the year, all grades: 930\n2,400 more are enrolled for the next course.",
        // One or two lines opening with ">" are no quoted e-mail.
        "Satisfaction with the hotline\n> 99% of callers\nVisas rose.",
    ])
    func linesThatMayEndStayApart(_ body: String) throws {
        #expect(try doc("# period: 2024\n\n" + body).text == body)
    }

    @Test func quotesOfJoinedLinesPointIntoTheText() throws {
        let d = try doc("# period: 2024\n\nThe administration issued 1.3 million ordinary pass-\nports, up\n- 2 -\n5.5 per cent.\nVisas fell.")
        #expect(sentences(d) == ["The administration issued 1.3 million ordinary passports, up 5.5 per cent.", "Visas fell."])
        #expect(d.sentences.map(\.paragraph) == [0, 1])
    }

    @Test func stageWritesAllOrNothing() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
        let src = dir.appendingPathComponent("src"), out = dir.appendingPathComponent("out")
        try fm.createDirectory(at: src, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        try Data("# period: 2024\n\nIn 2024, 5 ships were inspected.".utf8).write(to: src.appendingPathComponent("a.txt"))
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: src.appendingPathComponent("b.txt"))
        #expect(throws: PipelineError.self) { try IngestStage.run(sources: src, out: out) }
        #expect(!fm.fileExists(atPath: out.path))
        try fm.removeItem(at: src.appendingPathComponent("b.txt"))
        let s = try IngestStage.run(sources: src, out: out)
        #expect(s.documents == 1)
        #expect(try fm.contentsOfDirectory(atPath: out.path) == ["a.json"])
    }
}

/// The text ingest makes of a Chinese release's body (header: period 2024).
private func chineseText(_ body: String) throws -> String {
    try Ingestor.document(id: "w.txt", bytes: Array(("# period: 2024\n# language: zh\n\n" + body).utf8), path: "w.txt").text
}

/// A WeChat article sets a Chinese figure large on a line of its own, between its subject and its
/// unit: the lines are one statement, its change on the next line too; other lines stay apart.
struct ChineseFigureLineTests {
    @Test(arguments: [
        ("全年共签发普通护照\n**2331.9**\n万本\n同比上升**26.5%**\n\n其他",
         "全年共签发普通护照2331.9万本同比上升26.5%\n\n其他"),
        ("🔴查获枪支**1900余支**，缴获毒品\n**6.2**\n吨\n缴获制毒物品**310吨**",
         "🔴查获枪支1900余支，缴获毒品6.2吨\n缴获制毒物品310吨"),
        ("12367服务平台接听来电\n812\n万个\n平均满意率99.4%",
         "12367服务平台接听来电812万个\n平均满意率99.4%"),
        ("▶️ 查验出入境人员\n6.1\n亿人次，较上年增长43.9%",
         "▶️ 查验出入境人员6.1亿人次，较上年增长43.9%"),
    ])
    func figureJoinsItsSubjectAndUnit(_ body: String, _ joined: String) throws {
        #expect(try chineseText(body) == joined)
    }

    /// A figure line whose next line starts no unit, or a subject line ending in a mark, stays apart.
    @Test(arguments: [
        "出入境人员：\n6.1\n亿人次",
        "第一部分\n2024\n主要数据",
        "全国移民管理机构共查验出入境人员6.1亿人次。\n43.9\n是增幅",
    ])
    func otherLinesStayApart(_ body: String) throws {
        #expect(try chineseText(body) == body)
    }
}

/// A Chinese article read off a long image breaks every line at the column's width, inside words
/// and figures: its full-width lines go on in the next; its headline and short last lines do not.
struct ChineseColumnTests {
    static let column = "全年出入境人员\n6.3亿人次\n\n2025年，全国各口岸共查验出入境人员6.3亿\n人次，同比上升12.4%，其中内地居民3.1亿人\n次、港澳台居民2.5亿人次、外国人7120.\n5万人次。签发普通护照2480万本，同比\n上升8.2%。\n\n全年查办走私案件3400余起，抓获嫌疑人1\n.2万余名，缴获毒品5.6吨，查获枪支（\n长枪）310支。"

    @Test func fullWidthLinesGoOn() throws {
        #expect(try chineseText(Self.column) == "全年出入境人员：6.3亿人次\n\n2025年，全国各口岸共查验出入境人员6.3亿人次，同比上升12.4%，其中内地居民3.1亿人次、港澳台居民2.5亿人次、外国人7120.5万人次。签发普通护照2480万本，同比上升8.2%。\n\n全年查办走私案件3400余起，抓获嫌疑人1.2万余名，缴获毒品5.6吨，查获枪支(长枪)310支。")
    }

    /// Fewer than three visible breaks, or lines spaced like a table's rows: nothing is joined.
    @Test(arguments: [
        "内地居民3.1亿人次\n港澳台居民2.5亿人次\n外国人7120.5万人次\n签发普通护照2480万本\n缴获毒品5.6吨",
        "全国各口岸共查验出入境人员6.3亿\n人次，同比上升12.4%，其中内地居民3.1亿人\n次。签发普通护照2480万本，同比\n上升8.2%。",
        "指标          数值\n内地居民      3.1亿人次、\n港澳台居民    2.5亿人次、\n外国人        7120.\n5万人次",
    ])
    func otherLinesStayApart(_ body: String) throws {
        #expect(try chineseText(body) == body)
    }
}

/// A Chinese infographic sets a figure with its unit large on a line of its own and its label on
/// the next: the label is written before the figure with a colon, as a row's, the change after; a bulleted heading heads the
/// blocks (a colon) or, right above a figure, opens its statement. Other lines stay as they are.
struct ChineseInfographicTests {
    @Test(arguments: [
        ("3.05亿人次\n全国移民管理机构查验出入境人员\n同比上升9.8%", "全国移民管理机构查验出入境人员：3.05亿人次，同比上升9.8%"),
        ("1.42亿人次\n内地居民 ⬆️8.1%\n6100万人次\n港澳台居民 ⬆️7.0%", "内地居民：1.42亿人次 ⬆️8.1%\n港澳台居民：6100万人次 ⬆️7.0%"),
        ("📌 证件签发\n\n2150万本\n签发普通护照，同比上升6.4%", "📌 证件签发：\n\n签发普通护照：2150万本，同比上升6.4%"),
        ("✅ 五一假期\n1120万人次\n全国口岸出入境人员", "五一假期，全国口岸出入境人员：1120万人次"),
        ("99.41%\n平均满意率", "平均满意率：99.41%"),
        // English keeps its order; the heading takes a colon, a scale word stays with its figure.
        ("📌 Documents\n\n2.31 million\nvisas issued to foreigners ▲ 4.0%", "📌 Documents:\n\n2.31 million visas issued to foreigners ▲ 4.0%"),
    ])
    func labelGoesBeforeItsFigure(_ body: String, _ joined: String) throws {
        #expect(try chineseText(body) == joined)
    }

    /// The label above its figure, each block set apart by blank lines: one row, label, colon,
    /// figure, and the change when a line opening with it closes the block (dashes and quotes
    /// come out normalised).
    @Test(arguments: [
        ("出入境人员\n2.13亿人次\n同比上升11.5%\n\n外国人\n1820万人次", "出入境人员：2.13亿人次，同比上升11.5%\n\n外国人：1820万人次"),
        ("—— 打击犯罪 ——\n\n抓获外逃“蛇头”\n93名\n\n捣毁偷渡中转窝点\n240个", "-- 打击犯罪 --\n\n抓获外逃\"蛇头\"：93名\n\n捣毁偷渡中转窝点：240个"),
        ("12367服务平台受理来电\n180.2万个\n\n群众满意率\n98.7%", "12367服务平台受理来电：180.2万个\n\n群众满意率：98.7%"),
        ("其中第四季度签发普通护照\n512.6万本\n同比下降3.2%", "其中第四季度签发普通护照：512.6万本，同比下降3.2%"),
        // Right under a bracketed section heading; blocks one after another; a qualifier opening
        // the figure; a line with its own figure closing the block.
        ("【证件签发】\n签发普通护照\n388.1万本\n同比上升6.4%", "【证件签发】\n签发普通护照：388.1万本，同比上升6.4%"),
        ("【打击犯罪】\n侦办偷渡案件\n0.7万余起\n抓获偷渡人员\n1.2万余名", "【打击犯罪】\n侦办偷渡案件：0.7万余起\n抓获偷渡人员：1.2万余名"),
        ("签发口岸签证\n约31.5万人次\n\n其他", "签发口岸签证：约31.5万人次\n\n其他"),
        ("【政务服务】\n12367平台受理来电\n188.3万通\n群众满意率98.9%", "【政务服务】\n12367平台受理来电：188.3万通\n群众满意率98.9%"),
        // A WeChat post's emoji heading, a lone 其中 over the parts, a label on two lines.
        ("📊 口岸查验\n全年查验出入境人员\n3.87亿人次\n同比上升12.4%", "📊 口岸查验\n全年查验出入境人员：3.87亿人次，同比上升12.4%"),
        ("其中\n内地居民\n1.95亿人次\n外国人\n3120.6万人次", "其中内地居民：1.95亿人次\n外国人：3120.6万人次"),
        ("全国移民管理机构\n累计查验出入境人员\n1.52亿人次\n同比上升8.8%", "全国移民管理机构累计查验出入境人员：1.52亿人次，同比上升8.8%"),
        // A dashed heading; a share's words and figure on two lines; the heading's dates on the line
        // under it; a statement of its own between two blocks.
        ("——证件签发——\n签发普通护照\n1620.4万本", "--证件签发--\n签发普通护照：1620.4万本"),
        ("免签入境外国人\n512.3万人次\n同比上升38.2%\n占入境外国人\n70.4%", "免签入境外国人：512.3万人次，同比上升38.2%，占入境外国人70.4%"),
        ("——国庆假期——\n（10月1日至8日）\n查验出入境人员\n1623.5万人次\n日均202.9万人次\n外国人\n132.6万人次",
         "--国庆假期--\n(10月1日至8日)\n查验出入境人员：1623.5万人次\n日均202.9万人次\n外国人：132.6万人次"),
    ])
    func labelAboveItsFigure(_ body: String, _ joined: String) throws {
        #expect(try chineseText(body) == joined)
    }

    /// Not a block of its own: the figure's line goes on, the label ends like a sentence or a list's
    /// opening, or a line of text stands right before the label.
    @Test(arguments: [
        "缴获毒品\n8.4吨\n其中冰毒\n",
        "全年查验出入境人员：\n6.1亿人次\n\n其他",
        "查验工作平稳有序。\n6.1亿人次\n\n其他",
        "本季度数据如下\n出入境人员\n1.9亿人次\n\n其他",
        // The figure's label may be the line of words below it.
        "【出入境人员】\n出入境人员\n1.9亿人次\n全国口岸查验\n",
    ])
    func labelAboveNeedsItsOwnBlock(_ body: String) throws {
        #expect(try chineseText(body) == body)
    }

    /// A figure right under a line of Chinese words is that line's; a date is no figure; a line
    /// with its own figure is no label.
    @Test(arguments: [
        "缴获毒品\n8.4吨\n其中冰毒",
        "2024年\n主要数据",
        "86起\n侦办案件1230起",
        "全年查验出入境人员6.1亿人次。\n同比上升43.9%",
    ])
    func otherLinesStayApart(_ body: String) throws {
        #expect(try chineseText(body) == body)
    }

    /// A slide's labelled figures parted by bars are sentences of their own; a table row is not split.
    @Test(arguments: [
        ("- Guns: 60 | bullets: 2,055", ["- Guns: 60", "bullets: 2,055"]),
        ("护照：120万本 | 签证：30万件", ["护照：120万本", "签证：30万件"]),
        ("| Foreigners | 64.88 million | +82.9% |", ["| Foreigners | 64.88 million | +82.9% |"]),
        ("Air | 612,000 | up 9%", ["Air | 612,000 | up 9%"]),
        // A cell of a signed number alone is the change of the figure before it.
        ("Passports (10,000): 1,204.0 | YoY: +5.2", ["Passports (10,000): 1,204.0 | YoY: +5.2"]),
        ("- Guns: 60 | Change: -4% | bullets: 2,055", ["- Guns: 60 | Change: -4%", "bullets: 2,055"]),
        ("签证：30万件 | 同比：+12.5", ["签证：30万件 | 同比：+12.5"]),
    ])
    func labelledCellsAreSentences(_ line: String, _ sentences: [String]) {
        let split = SentenceSplitter.split(line).map { s in String(String.UnicodeScalarView(Array(line.unicodeScalars)[s.range.start..<s.range.end])) }
        #expect(split == sentences)
    }
    /// A line written all in lower case, as speech recognition transcribes, has its sentences start
    /// with a small letter; a line with capitals keeps them, and abbreviations end no sentence.
    @Test(arguments: [
        ("[00:12:40] SPEAKER 2: so the ports were busy all year. um we checked more people than ever before, and the queues were short.",
         ["[00:12:40] SPEAKER 2: so the ports were busy all year.", "um we checked more people than ever before, and the queues were short."]),
        ("well the figures are out. the total rose again this year and we expect growth. that is all.",
         ["well the figures are out.", "the total rose again this year and we expect growth.", "that is all."]),
        ("we met at 10 a.m. on monday and discussed the new rules for the ports of entry in detail.",
         ["we met at 10 a.m. on monday and discussed the new rules for the ports of entry in detail."]),
        ("The Ports were busy. the total rose again this year and we expect growth to continue.",
         ["The Ports were busy. the total rose again this year and we expect growth to continue."]),
    ])
    func lowerCaseTranscriptsSplitAtFullStops(_ line: String, _ sentences: [String]) {
        let split = SentenceSplitter.split(line).map { s in String(String.UnicodeScalarView(Array(line.unicodeScalars)[s.range.start..<s.range.end])) }
        #expect(split == sentences)
    }
    /// A machine translation runs its sentences together with no space after the full stop; a capital
    /// opening a word right after a stop that follows a word, figure, "%" or bracket starts a new
    /// sentence, but abbreviations, decimals, "No.5", dotted names and figures with 万 stay whole.
    @Test(arguments: [
        ("Passports rose 12.5%.In June, visas fell by 3.1%.",
         ["Passports rose 12.5%.", "In June, visas fell by 3.1%."]),
        ("Trips reached 8410.2 ten thousand.Of these, residents made up half.",
         ["Trips reached 8410.2 ten thousand.", "Of these, residents made up half."]),
        ("The \"sky net\" (skynet) operation.Over the summer, 1.2万 cases were solved.",
         ["The \"sky net\" (skynet) operation.", "Over the summer, 1.2万 cases were solved."]),
        ("The checks came back to normal levels (2019).Among them, ships rose.",
         ["The checks came back to normal levels (2019).", "Among them, ships rose."]),
        ("Its ports served travellers well.Yes.", ["Its ports served travellers well.", "Yes."]),
        // A sentence opened with a small letter, after a word or a mark.
        ("Permits were issued to Taiwan residents.issued visas to foreigners 2.1 million.",
         ["Permits were issued to Taiwan residents.", "issued visas to foreigners 2.1 million."]),
        ("Crossings rose 8.2%.among them, ships fell.", ["Crossings rose 8.2%.", "among them, ships fell."]),
        // No sentence ends here.
        ("U.S.Customs and No.5 port checked 3.2万 people at 9 a.m.Monday.", ["U.S.Customs and No.5 port checked 3.2万 people at 9 a.m.Monday."]),
        ("See www.nia.Gov.cn or mail info@nia.Gov for 2.5 million visas.", ["See www.nia.Gov.cn or mail info@nia.Gov for 2.5 million visas."]),
        ("The Ph.D.Candidates and the J.R.Smith report, etc.Done, rose 4.5.", ["The Ph.D.Candidates and the J.R.Smith report, etc.Done, rose 4.5."]),
        ("Version 2.0.NIA app users rose.", ["Version 2.0.NIA app users rose."]),
        ("Bookings on Trip.Com Group's app and at Ctrip.Com rose 38.5%.", ["Bookings on Trip.Com Group's app and at Ctrip.Com rose 38.5%."]),
        ("Apply at baidu.com or nia.gov for a form.pdf with i.e.the list of 2.5.three ports at 9 p.m.and the No.5 gate.",
         ["Apply at baidu.com or nia.gov for a form.pdf with i.e.the list of 2.5.three ports at 9 p.m.and the No.5 gate."]),
    ])
    func runTogetherSentencesSplitAtAFullStopBeforeACapital(_ line: String, _ sentences: [String]) {
        let split = SentenceSplitter.split(line).map { s in String(String.UnicodeScalarView(Array(line.unicodeScalars)[s.range.start..<s.range.end])) }
        #expect(split == sentences)
    }
    /// Wiki markup right after a full stop (a reference tag, a template) ends the sentence with it.
    @Test(arguments: [
        ("Arrivals peaked in 2018.<ref name=\"stats\"/> The pandemic cut them sharply.",
         ["Arrivals peaked in 2018.<ref name=\"stats\"/>", "The pandemic cut them sharply."]),
        ("Visas fell by half.<ref>Annual report, p. 4.</ref><ref name=\"b\"/> Passports fell too.",
         ["Visas fell by half.<ref>Annual report, p. 4.</ref><ref name=\"b\"/>", "Passports fell too."]),
        ("About 2 million were refused.{{citation needed|date=May 2021}} Appeals rose.",
         ["About 2 million were refused.{{citation needed|date=May 2021}}", "Appeals rose."]),
    ])
    func wikiMarkupAfterAFullStopEndsTheSentence(_ line: String, _ sentences: [String]) {
        let split = SentenceSplitter.split(line).map { s in String(String.UnicodeScalarView(Array(line.unicodeScalars)[s.range.start..<s.range.end])) }
        #expect(split == sentences)
    }

    // MARK: text read from a scan (OCR)

    /// A scan's ones for l inside words and l for capital I are mended, and its words spaced by
    /// two are spaced by one, so that wrapped lines join; figures and headings' wide gaps stay.
    @Test(arguments: [
        ("Border officers checked 205 million peop1e in tota1 , and the\nhot1ine took 1.2 million ca11s .",
         "Border officers checked 205 million people in total , and the\nhotline took 1.2 million calls ."),
        ("THE lMMIGRATION BUREAU\nlts crimina1 cases fe11 , a11 ports reported .",
         "THE IMMIGRATION BUREAU\nlts criminal cases fell , all ports reported ."),
        // Figures against letters are no words: "Q1", "up11%", "in2,400", and an l among digits.
        ("In Q1 the a11 - time high was up11% , in2,400 cases ; l2,400 peop1e ha1ted .",
         "In Q1 the all - time high was up11% , in2,400 cases ; l2,400 people halted ."),
        // Fewer misread words than a scan makes: typing slips, left alone.
        ("The tota1 was 5,000 people .", "The tota1 was 5,000 people ."),
    ])
    func scanLettersAreMended(_ text: String, _ mended: String) {
        #expect(ScanText.mend(text) == mended)
    }

    @Test func scanSpacingIsMendedAndWrappedLinesJoin() throws {
        let d = try Ingestor.document(id: "t.txt", bytes: Array("""
            # period: 2024

            The  bureau  said  that  in  2024  its  officers  inspected  some
            612  million  travellers  at  the  ports , while the  police  arrested
            4,100  criminal  suspects  and  smashed  310  gangs  of  smugglers
            across  the  country .
            REPORT  2024                  page  2
            """.utf8), path: "dir/t.txt")
        let scalars = Array(d.text.unicodeScalars)
        let sentences = d.sentences.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
        #expect(sentences == [
            "The bureau said that in 2024 its officers inspected some 612 million travellers at the ports , while the police arrested 4,100 criminal suspects and smashed 310 gangs of smugglers across the country .",
            "REPORT 2024                  page 2"])
    }

    /// An item number opening a line ("1. 697 million") is no decimal split by a space; one inside a
    /// line is, when the text does it again and again.
    @Test func itemNumbersOpeningLinesAreNoSplitDecimals() {
        let list = "1. 697 million\nThat is how many crossings.\n  2. 81 million\nForeign crossings.\n3. 12 percent\nThe rise.\n"
        #expect(ScanText.mend(list) == list)
        #expect(ScanText.mend("Visas rose 3. 8% to 30. 41 million.\n") == "Visas rose 3.8% to 30.41 million.\n")
    }

    /// Two spaces between small words on a line or two are a table's gaps: left as they are.
    @Test func fewSpacedLinesAreNoScan() {
        let text = "Item  total  change\npassports  issued  18.4 million\nvisas  2.1 million\n"
        #expect(ScanText.mend(text) == text)
    }
}
