import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Tables and lists: columns headed by years, a paragraph ending with a colon that heads the rows
/// after it, numbered items under a section heading, labels with commas before their colon,
/// visa-free entries and the sub-counts of foreigners, measure words in machine translations.
/// Every text is invented; each case is a wording, not a sentence to recognise.
struct TableTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    // MARK: 1. Columns headed by years

    /// A fact sheet's "Label: figure (change)" lines: the label opens with what it counts, so it
    /// needs no verb; a label that names two things stays unread.
    static let factSheetLines: [Case] = [
        Case(text: "KEY FIGURES\n\nEndorsements for mainland residents to Hong Kong, Macao and Taiwan: 98.6 million (+4.2%)",
             facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "98600000", yoy: "4.2")]),
        Case(text: "KEY FIGURES\n\nDrug cases: 3,870", facts: [Expect(metric: "enforcement.drug_cases", value: "3870")]),
        // A Chinese statistics table: an indented label and a full-width colon right before the figure.
        Case(text: "四、主要数据\n\n出入境人员：1.52亿人次（+4.1%）\n　　外国人：2207万人次（+7.3%）",
             facts: [Expect(metric: "people.total", value: "152000000", yoy: "4.1"), Expect(metric: "people.foreigners", value: "22070000", yoy: "7.3")]),
        Case(text: "KEY FIGURES\n\nExit-entry permits for mainland residents to Hong Kong, Macao and Taiwan: 27.1 million (-3.0%)",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "27100000", yoy: "-3.0")]),
        // A bullet opening the line is no part of its label; a possessive is.
        Case(text: "Key figures\n\n- Endorsements for Hong Kong, Macao and Taiwan: 104.6 million (+6.3%)",
             facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "104600000", yoy: "6.3")]),
        Case(text: "Highlights\n\n• Drug cases: 2,940\n\n• Guns seized: 615",
             facts: [Expect(metric: "enforcement.drug_cases", value: "2940"), Expect(metric: "enforcement.guns", value: "615")]),
        Case(text: "DOCUMENTS\n\n* Mainland residents' permits for Hong Kong, Macao and Taiwan: 29.84 million (+2.2%)",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "29840000", yoy: "2.2")]),
        Case(text: "KEY FIGURES\n\nMainland residents’ travel permits: 28.3 million",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "28300000")]),
        // A label naming its platform first, then what it counts after a comma.
        Case(text: "SERVICES\n\nGovernment service platform, enquiries and services: 31.2 million (n/a, platform launched 2019)",
             facts: [Expect(metric: "services.platform_requests", value: "31200000")]),
        // The people inspected, called inspections.
        Case(text: "Key figures\n\n- Entry-exit inspections: 612 million (+5.1%)",
             facts: [Expect(metric: "people.total", value: "612000000", yoy: "5.1")]),
        Case(sentence: "Border officers carried out 598 million exit-entry inspections in 2024, up 4.4 percent.",
             facts: [Expect(metric: "people.total", value: "598000000", yoy: "4.4")]),
        Case(text: "Entry and exit inspections of vehicles reached 31.2 million in 2024.",
             facts: [Expect(metric: "vehicles.total", value: "31200000")], absent: ["people.total"]),
        // A permit for residents of Hong Kong is not a mainland resident's.
        Case(text: "KEY FIGURES\n\nPermits for Hong Kong and Macao residents to visit the mainland: 2.04 million",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2040000")], absent: ["documents.mainland_hkmt_permits"]),
    ]

    /// A spreadsheet's comma-separated export pasted as text: a header row naming the label,
    /// period, value, unit and change columns, then one row a line. Each row's period cell dates
    /// its figures (a year, a half, a month, a dated window), its unit cell scales them, its change
    /// cell is their change; an empty cell keeps its column.
    static let commaSeparatedRows: [(String, [ExpectedFact])] = [
        ("indicator,period,value,unit,yoy\nOrdinary passports issued,2024,2130.5,10k,9.4\nDrugs seized,2024,7.36,tonnes,\nPassengers checked,2023-H2,30112.4,10k person-times,12.0",
         [Expect(metric: "documents.passports", value: "21305000", yoy: "9.4"), Expect(metric: "enforcement.drugs_tonnes", value: "7.36"),
          Expect(metric: "people.total", value: "301124000", yoy: "12.0", period: "2023-H2")]),
        ("item,year,value,unit,yoy\nCriminal suspects arrested,2024,51230,persons,\nValue of smuggled goods,2024,12.4,100m CNY,\nPort visas issued,2023,117.2,10k,8.1",
         [Expect(metric: "enforcement.suspects", value: "51230"), Expect(metric: "enforcement.smuggling_value_cny", value: "1240000000"),
          Expect(metric: "documents.port_visas", value: "1172000", yoy: "8.1", period: "2023")]),
        // A cell in double quotes holds its commas; the rows after it are rows still.
        ("indicator,period,value,unit,yoy\nVisas issued to foreigners,2024,\"1,914,300\",documents,5.2\nCriminal suspects arrested,2024,51230,persons,\nGuns seized,2024,\"1,270\",guns,",
         [Expect(metric: "documents.visas", value: "1914300", yoy: "5.2"), Expect(metric: "enforcement.suspects", value: "51230"),
          Expect(metric: "enforcement.guns", value: "1270")]),
        // A thousands separator left unquoted gives the row one cell too many: its halves are one
        // figure again, and the rows after it stay rows.
        ("indicator,period,value,unit,yoy\nCriminal suspects arrested,2024,48760,persons,4.1\nGuns seized,2024,1,318,guns,\nPort visas issued,2024,96.2,10k,",
         [Expect(metric: "enforcement.guns", value: "1318"), Expect(metric: "enforcement.suspects", value: "48760", yoy: "4.1"),
          Expect(metric: "documents.port_visas", value: "962000")]),
        ("item,year,value,unit,yoy\nDrugs seized,2024,6.4,tonnes,\nBullets seized,2024,12,450,rounds,7.5\nGuns seized,2024,905,guns,",
         [Expect(metric: "enforcement.bullets", value: "12450", yoy: "7.5"), Expect(metric: "enforcement.drugs_tonnes", value: "6.4"),
          Expect(metric: "enforcement.guns", value: "905")]),
        // A gloss in brackets closing the label lists the total's parts, though a scope cell stands
        // between it and the figure: the total is no part, and the part's own row keeps its value.
        ("indicator,year,coverage,value,unit,yoy\n\"Vehicles checked (planes, trains, vessels, cars)\",2024,all ports,2741.6,10k trips,2.2\n\"Vehicles checked: cars\",2024,all ports,2630.9,10k trips,1.9",
         [Expect(metric: "vehicles.total", value: "27416000", yoy: "2.2"), Expect(metric: "vehicles.motor", value: "26309000", yoy: "1.9")]),
        ("metric,region,period,value,unit\n\"Means of transport inspected (aircraft, trains, ships and motor vehicles)\",nationwide,2021-H1,1311.4,10k",
         [Expect(metric: "vehicles.total", value: "13114000", period: "2021-H1")]),
        // The qualifier column's cell qualifies the row's figure; an empty one leaves it exact.
        ("indicator,period,value,unit,qualifier\nCriminal suspects arrested,2024,8200,persons,more than\nPort visas issued,2024,61.2,10k,approx\nGuns seized,2024,840,guns,",
         [Expect(metric: "enforcement.suspects", value: "8200", qualifier: .atLeast), Expect(metric: "documents.port_visas", value: "612000", qualifier: .approx),
          Expect(metric: "enforcement.guns", value: "840")]),
        ("item,qualifier,value,unit,yoy\nDeported foreigners,over,1.3,10k persons,\nDrugs seized,about,9.5,tonnes,-4.0",
         [Expect(metric: "enforcement.deported", value: "13000", qualifier: .atLeast),
          Expect(metric: "enforcement.drugs_tonnes", value: "9.5", yoy: "-4.0", qualifier: .approx)]),
    ]

    /// Each expected fact is among `facts` with its period, change and qualifier; returns the facts as seen.
    static func expectReported(_ facts: [Fact], _ expected: [ExpectedFact]) throws -> [String] {
        let seen = facts.map { "\($0.metric!)=\($0.value) \($0.period) yoy=\($0.yoyPct.map { "\($0)" } ?? "-") \($0.qualifier)" }
        for e in expected {
            let f = try #require(facts.first { $0.metric == e.metric && $0.value == dec(e.value) }, "\(e) not found; got \(seen)")
            #expect(f.period.description == e.period, "\(seen)")
            #expect(f.yoyPct == e.yoy.map(dec), "\(seen)")
            #expect(f.qualifier == e.qualifier, "\(e): \(f.qualifier)")
        }
        return seen
    }

    @Test(arguments: commaSeparatedRows)
    func commaSeparatedRowsAreCells(_ text: String, _ expected: [ExpectedFact]) throws {
        let facts = try extract(text).filter { $0.metric != nil && $0.status == .reported }
        let seen = try Self.expectReported(facts, expected)
        // No other value for a metric expected (a total read as its part).
        for f in facts where expected.contains(where: { $0.metric == f.metric }) {
            #expect(expected.contains { $0.metric == f.metric && dec($0.value) == f.value }, "\(f.metric!)=\(f.value) unexpected; got \(seen)")
        }
    }

    /// A statistics portal's export: a code column before the label, a label column in the other
    /// script beside it, a unit column in two scripts, a value and a change column per period named
    /// by a code ("2024H1_value", "2023-Q4 yoy"), a notes row under the header, sub-items indented
    /// inside their cell, and a remark column whose qualifier qualifies the row and whose numbers
    /// are no figures.
    static let exportedColumns: [(String, String, [ExpectedFact])] = [
        ("2024-H1", "id,indicator,指标,unit,2024H1_value,2024H1_yoy,2024Q2_value,2024Q2_yoy,remark\n,,,(unit),per unit column,% vs same period 2023,per unit column,% vs 2023Q2,\nA01,People inspected (total),出入境人员,万人次 (10k person-trips),30112.4,+5.2,15604.0,+6.1,\nA02,  foreigners,外国人,万人次 (10k person-trips),1503.0,+40.2,802.0,+38.0,\nB01,Conveyances inspected (total),交通运输工具,万架(列、艘、辆)次,1620.0,+3.1,,,\nB02,  ships,船舶,万艘次,15.2,-2.0,,,\nC05,Foreigners deported,遣返外国人,人 (persons),9100,,,,\"逾9100 / more than\"",
         [Expect(metric: "people.total", value: "301124000", yoy: "5.2", period: "2024-H1"), Expect(metric: "people.total", value: "156040000", yoy: "6.1", period: "2024-Q2"),
          Expect(metric: "people.foreigners", value: "15030000", yoy: "40.2", period: "2024-H1"), Expect(metric: "people.foreigners", value: "8020000", yoy: "38.0", period: "2024-Q2"),
          Expect(metric: "vehicles.total", value: "16200000", yoy: "3.1", period: "2024-H1"), Expect(metric: "vehicles.ships", value: "152000", yoy: "-2.0", period: "2024-H1"),
          Expect(metric: "enforcement.deported", value: "9100", qualifier: .atLeast, period: "2024-H1")]),
        ("2023-Q4", "No.,Item,项目,Unit,2023-Q3 value,2023-Q3 yoy,2023-Q4 value,2023-Q4 yoy,Remarks\nE1,Drug cases,毒品案件,起 (cases),1840,+12.0,1920,+9.5,\nE2,Bullets seized,子弹,发 (rounds),,,61000,,\"约6.1万 / about\"\nE3,12367 hotline calls,12367热线来电,万次 (10k calls),,,310.5,+2.2,\"12367 热线\"",
         [Expect(metric: "enforcement.drug_cases", value: "1840", yoy: "12.0", period: "2023-Q3"), Expect(metric: "enforcement.drug_cases", value: "1920", yoy: "9.5", period: "2023-Q4"),
          Expect(metric: "enforcement.bullets", value: "61000", qualifier: .approx, period: "2023-Q4"),
          Expect(metric: "services.hotline_calls", value: "3105000", yoy: "2.2", period: "2023-Q4")]),
    ]

    @Test(arguments: exportedColumns)
    func exportedColumnsOfPeriods(_ period: String, _ text: String, _ expected: [ExpectedFact]) throws {
        let facts = try extract(text, period: period).filter { $0.metric != nil && $0.status == .reported }
        let seen = try Self.expectReported(facts, expected)
        // Nothing else: no code, unit cell, remark or gloss read as a figure.
        #expect(facts.count == expected.count, "\(seen)")
    }

    /// A row whose period cell is a month or a window is no annual figure; a sentence with a few
    /// thousands separators and no spaces after its commas is no row.
    @Test func commaSeparatedMonthAndWindowRows() throws {
        let facts = try extract("metric,period,value,unit,yoy\nPeople inspected,2024-12,5911.3,10k person-times,3.3\nPeople inspected (National Day daily average),2024-10-01/2024-10-07,201.4,10k person-times,")
        #expect(!facts.contains { $0.metric != nil && $0.period.isAnnual && $0.status == .reported }, "\(facts.map { "\($0.metric ?? "-") \($0.period)" })")
        let prose = try metricFacts("Officers checked 1,203,000,000 travellers in all.")
        #expect(prose.first?.value == 1_203_000_000)
    }

    /// An unquoted garbled figure ("6.41,000") in a row of one cell too many is one doubtful figure,
    /// never a plain one; the rows after it are still read.
    @Test func commaSeparatedGarbledFigureIsFlagged() throws {
        let facts = try extract("indicator,period,value,unit,yoy\nGuns seized,2024,905,guns,\nVisas issued to foreigners,2024,6.41,000,documents,3.2\nPort visas issued,2024,96.2,10k,")
        #expect(!facts.contains { $0.metric == "documents.visas" && $0.status == .reported }, "\(facts.map { "\($0.metric ?? "-") \($0.value) \($0.status)" })")
        #expect(facts.contains { $0.metric == "documents.visas" && $0.status == .flagged })
        #expect(facts.contains { $0.metric == "documents.port_visas" && $0.value == 962000 && $0.status == .reported })
    }

    @Test(arguments: factSheetLines)
    func factSheetLine(_ c: Case) throws { try c.check() }

    /// A slide deck exported to text: a line numbering the slide ("[Slide 5]", "Slide 6") ends the
    /// last slide's heading (a founding date on it dates no figure of the next), and a slide's
    /// title line with its figure and its period ("People inspected, 2024: 598 million") heads the
    /// labelled rows under it.
    static let slideLines: [Case] = [
        Case(text: "[Slide 4]\nThe first full year since the office was set up on 3 March 2023\n\n[Slide 5]\nConveyances inspected, 2024: 31.4 million  ▲4.0%\nAircraft: 812,000  ▲9.1%\nShips: 301,000  ↓2.2%",
             facts: [Expect(metric: "vehicles.total", value: "31400000", yoy: "4.0"), Expect(metric: "vehicles.aircraft", value: "812000", yoy: "9.1"),
                     Expect(metric: "vehicles.ships", value: "301000", yoy: "-2.2")]),
        Case(text: "Slide 5\nFirst year since the service centre opened on 9 May 2023\n\nSlide 6\nVehicles inspected in 2024: 33.1 million\nTrains: 61,000\nMotor vehicles: 32.2 million",
             facts: [Expect(metric: "vehicles.total", value: "33100000"), Expect(metric: "vehicles.trains", value: "61000"),
                     Expect(metric: "vehicles.motor", value: "32200000")]),
        Case(text: "[Slide 3]\n2024 in brief\n598 million people inspected  ▲4.4%\n\n[Slide 4]\nPeople inspected, 2024: 598 million  ▲4.4%\nHong Kong, Macao and Taiwan residents: 250.1 million  ▲2.0%\nForeign nationals: 61.2 million  ▲80.1%",
             facts: [Expect(metric: "people.total", value: "598000000", yoy: "4.4"), Expect(metric: "people.hkmt", value: "250100000", yoy: "2.0"),
                     Expect(metric: "people.foreigners", value: "61200000", yoy: "80.1")]),
    ]

    @Test(arguments: slideLines)
    func slideLine(_ c: Case) throws { try c.check() }

    /// A data sheet's fields ("people_foreigners: 6120万人次"): a name in words joined by underscores,
    /// or one lower-case word, opening the line names the catalog metric whose id's words it holds,
    /// in a Chinese or an English sheet, under a section's heading or not (one word only before a
    /// figure written in Chinese). A name that holds the
    /// words of no metric, or of two as well, names none.
    static let dataSheetFields: [Case] = [
        Case(text: "出入境:\n  people_total: 5.12亿人次（同比上升9.1%）\n  people_foreigners: 6120万人次（同比上升21.0%）\n  vehicles_trains: 9.8万列次",
             facts: [Expect(metric: "people.total", value: "512000000", yoy: "9.1"), Expect(metric: "people.foreigners", value: "61200000", yoy: "21.0"),
                     Expect(metric: "vehicles.trains", value: "98000")]),
        Case(text: "enforcement:\n  drugs_seized_total: 4.2吨\n  guns: 730余支\n  smuggling_value: 8.9亿元\n  deaths_on_duty: 5人",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "4.2"), Expect(metric: "enforcement.guns", value: "730", qualifier: .atLeast),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "890000000"), Expect(metric: "personnel.deaths", value: "5")]),
        Case(text: "- port_visas: 640,000\n- hotline_12367_satisfaction: 99.1%\n- suspects: 5.2万名",
             facts: [Expect(metric: "documents.port_visas", value: "640000"), Expect(metric: "services.hotline_satisfaction", value: "99.1"),
                     Expect(metric: "enforcement.suspects", value: "52000")]),
        // One English word before a figure in English is a label, read by the phrase rules.
        Case(text: "Documents issued\nforeigners: 1.9 million", facts: []),
        // No metric's words, or a tie (permits and endorsements; a total of no named section): nothing.
        Case(text: "stats:\n  people_hainan: 980万人次\n  total: 3.1亿人次\n  mainland_hkmt_permits_and_endorsements: 9800万张（件）次\n  staff_trained: 1.2万人",
             facts: []),
    ]

    @Test(arguments: dataSheetFields)
    func dataSheetField(_ c: Case) throws { try c.check() }

    /// A plain-text table of regional rows: a label cell naming a province (with its suffix or
    /// not) makes the row that province's, a local figure; the national rows above stay national.
    @Test(arguments: [
        "地区          指标              单位      数值\n福建          抓获犯罪嫌疑人    名        3120\n广东省        缴获毒品          吨        2.45",
        "地区      项目                          单位    数值\n黑龙江    妨害国（边）境管理犯罪案件    起      860",
    ])
    func provinceRowsAreLocal(_ rows: String) throws {
        let text = "表2  全国执法数据\n\n指标              单位      数值\n抓获犯罪嫌疑人    名        41500\n\n表3  分地区数据\n\n" + rows
        let facts = try extract(text)
        #expect(facts.contains { $0.metric == "enforcement.suspects" && $0.value == 41_500 }, "\(facts.map { "\($0.metric ?? "-") \($0.value)" })")
        let local: Set<Decimal> = [3120, 2.45, 860]
        #expect(!facts.contains { $0.metric != nil && local.contains($0.value) }, "\(facts.map { "\($0.metric ?? "-") \($0.value)" })")
    }

    /// A statistics table's unit column and a drug-case row without a verb (毒品案件  起  N).
    static let unitColumnRows: [Case] = [
        Case(text: "表3  执法办案情况\n\n指标              单位      数值      比上年增长%\n毒品案件          起        1042      -4.1\n缴获毒品          吨        8.60      -9.5",
             facts: [Expect(metric: "enforcement.drug_cases", value: "1042", yoy: "-4.1"), Expect(metric: "enforcement.drugs_tonnes", value: "8.6", yoy: "-9.5")]),
        Case(sentence: "全年共查处毒品案件1130起。", facts: [Expect(metric: "enforcement.drug_cases", value: "1130")]),
    ]

    @Test(arguments: unitColumnRows)
    func unitColumnRow(_ c: Case) throws { try c.check() }

    static let yearColumns: [Case] = [
        // A label's unit with brackets inside its brackets (万架（列、艘、辆）次) scales every year's cell.
        Case(text: "附表：2024年主要数据\n\n项目\t2024年\t2023年\t同比增减\n出入境交通运输工具（万架（列、艘、辆）次）\t3152.4\t2890.7\t+9.1%",
             facts: [Expect(metric: "vehicles.total", value: "31524000", yoy: "9.1"),
                     Expect(metric: "vehicles.total", value: "28907000", period: "2023")]),
        // The measure word of the label's unit (万本) says what a row of documents counts: no verb needed.
        Case(text: "附表：2024年主要数据\n\n项目\t2024年\t2023年\t同比增减\n普通护照（万本）\t2184.6\t1950.2\t+12.0%\n外国人签证证件（万本（件）次）\t271.2\t230.5\t+17.7%",
             facts: [Expect(metric: "documents.passports", value: "21846000", yoy: "12.0"),
                     Expect(metric: "documents.passports", value: "19502000", period: "2023"),
                     Expect(metric: "documents.visas", value: "2712000", yoy: "17.7"),
                     Expect(metric: "documents.visas", value: "2305000", period: "2023")]),
        Case(text: "主要数据对比\n\n指标\t2023年\t2024年\t增幅\n查验交通运输工具（万架（列、艘、辆）次）\t2890.7\t3152.4\t+9.1%",
             facts: [Expect(metric: "vehicles.total", value: "31524000", yoy: "9.1"),
                     Expect(metric: "vehicles.total", value: "28907000", period: "2023")]),
        // The release's year column is the year's figure, with the change column; the other year's
        // figures are that year's; a "Total" row under an intro naming the subject is no part.
        Case(text: "In 2024, officers inspected 702.3 million inbound and outbound travellers, up 11.2% year on year. The figures by group were as follows:\n| Group | 2024 | 2023 | Change |\n|---|---|---|---|\n| Mainland residents | 350.1 million | 312.6 million | +12.0% |\n| Foreigners | 70.2 million | 51.9 million | +35.3% |\n| Total | 702.3 million | 631.6 million | +11.2% |",
             facts: [Expect(metric: "people.total", value: "702300000", yoy: "11.2"),
                     Expect(metric: "people.mainland", value: "350100000", yoy: "12.0"),
                     Expect(metric: "people.mainland", value: "312600000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "70200000", yoy: "35.3"),
                     Expect(metric: "people.foreigners", value: "51900000", period: "2023"),
                     // The total row reads with the intro's subject: its 2023 column is that year's total.
                     Expect(metric: "people.total", value: "631600000", period: "2023")]),
        // The earlier year first, the columns padded.
        Case(text: "Border inspection of people, by residence:\n|  Residence    |  2023         |  2024         |  Change   |\n|:--------------|--------------:|--------------:|----------:|\n|  Hong Kong, Macao and Taiwan residents | 201.4 million | 224.8 million | +11.6% |\n|  Foreign nationals | 51.9 million | 70.2 million | -2.4% |",
             facts: [Expect(metric: "people.hkmt", value: "224800000", yoy: "11.6"),
                     Expect(metric: "people.hkmt", value: "201400000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "70200000", yoy: "-2.4"),
                     Expect(metric: "people.foreigners", value: "51900000", period: "2023")]),
        // Tabs between the columns.
        Case(text: "Travellers inspected in 2024 (person-trips):\nGroup\t2024\t2023\tChange\nMainland residents\t350.1 million\t312.6 million\t+12.0%\nForeign nationals\t70.2 million\t51.9 million\t+35.3%",
             facts: [Expect(metric: "people.mainland", value: "350100000", yoy: "12.0"),
                     Expect(metric: "people.mainland", value: "312600000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "70200000", yoy: "35.3"),
                     Expect(metric: "people.foreigners", value: "51900000", period: "2023")]),
        // Runs of spaces between the columns.
        Case(text: "Conveyances inspected at the border were as follows:\nType              2024           2023           Change\nAircraft          702,000        650,000        +8.0%\nMotor vehicles    30.5 million   29.0 million   +5.2%",
             facts: [Expect(metric: "vehicles.aircraft", value: "702000", yoy: "8.0"),
                     Expect(metric: "vehicles.aircraft", value: "650000", period: "2023"),
                     Expect(metric: "vehicles.motor", value: "30500000", yoy: "5.2"),
                     Expect(metric: "vehicles.motor", value: "29000000", period: "2023")]),
        // Chinese headers.
        Case(text: "2024年，全国移民管理机构查验出入境人员6.1亿人次，同比上升43.9%。分类情况如下：\n| 指标 | 2024年 | 2023年 | 同比 |\n|---|---|---|---|\n| 内地居民 | 2.91亿人次 | 2.02亿人次 | +44.1% |\n| 外国人 | 6488万人次 | 3547万人次 | +82.9% |",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.mainland", value: "291000000", yoy: "44.1"),
                     Expect(metric: "people.mainland", value: "202000000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "64880000", yoy: "82.9"),
                     Expect(metric: "people.foreigners", value: "35470000", period: "2023")], language: "zh"),
        // An empty first heading cell keeps the columns in line.
        Case(text: "Inspections of people in 2024 (person-trips):\n|  | 2024 | 2023 | y/y |\n|---|---|---|---|\n| Mainland residents | 350.1 million | 312.6 million | +12.0% |",
             facts: [Expect(metric: "people.mainland", value: "350100000", yoy: "12.0"),
                     Expect(metric: "people.mainland", value: "312600000", period: "2023")]),
        // A padded header row without years is still the table's heading.
        Case(text: "Cross-border trips in 2024\n| Category                               | Trips              | Change  |\n|----------------------------------------|--------------------|---------|\n| Mainland residents                     | 291 million        | +41.3% |\n| Foreigners                             | 64.88 million      | +82.9% |",
             facts: [Expect(metric: "people.mainland", value: "291000000", yoy: "41.3"),
                     Expect(metric: "people.foreigners", value: "64880000", yoy: "82.9")]),
        // A header naming the half ("H1 2025") and a column measured against another year ("Share
        // of H1 2019 level"); labels whose subject is not next to the cell ("issued to foreign
        // nationals", "rate of the 12367 hotline"), a gloss in brackets closing a label.
        Case(text: "Main figures, in 2024:\n| Item | H1 2024 | Change | Share of H1 2019 level |\n|---|---|---|---|\n| Travellers checked entering and leaving (trips) | 301 million | +5.2% | 104.1% |\n| Visas and residence documents issued to foreign nationals | 1,230,000 | +11.1% | - |\n| Satisfaction rate of the 12367 service hotline | 99.6% | - | - |\n| Means of transport inspected (aircraft, ships, motor vehicles) | 16.2 million | +2.0% | 99.0% |",
             facts: [Expect(metric: "people.total", value: "301000000", yoy: "5.2"),
                     Expect(metric: "documents.visas", value: "1230000", yoy: "11.1"),
                     Expect(metric: "services.hotline_satisfaction", value: "99.6"),
                     Expect(metric: "vehicles.total", value: "16200000", yoy: "2.0")
             ]),
        Case(text: "Quarterly figures:\n| Indicator | Q1 2024 | y/y |\n|---|---|---|\n| Passengers inspected entering and leaving | 175 million | +14.0% |\n| Ordinary passports issued to citizens | 5.1 million | +3.3% |",
             facts: [Expect(metric: "people.total", value: "175000000", yoy: "14.0"),
                     Expect(metric: "documents.passports", value: "5100000", yoy: "3.3")
             ]),
        // Pipes only between the cells, none at the line's ends; the row label's bracketed scale
        // ("(thousand)", "(million trips)") holds for each of its bare cells; an indented sub-row too.
        Case(text: "Main figures compared:\n\nIndicator | 2023 | 2024 | Change\nOrdinary passports issued (thousand) | 19,850 | 23,320 | +17.5%\nTrips inspected at ports (million trips) | 424.0 | 610.0 | +43.9%\n  foreign nationals (million) | 35.47 | 64.88 | +82.9%",
             facts: [Expect(metric: "documents.passports", value: "23320000", yoy: "17.5"),
                     Expect(metric: "documents.passports", value: "19850000", period: "2023"),
                     Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.total", value: "424000000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "64880000", yoy: "82.9"),
                     Expect(metric: "people.foreigners", value: "35470000", period: "2023")]),
        Case(text: "Year-on-year comparison\n\nCategory|2024|2023|y/y\nPort visas issued (10,000)|61.5|42.1|+46.1%",
             facts: [Expect(metric: "documents.port_visas", value: "615000", yoy: "46.1"),
                     Expect(metric: "documents.port_visas", value: "421000", period: "2023")]),
        // "&" for "and" in a row's label, under a parent row that names what is counted.
        Case(text: "Key data.\n\n    Item                               2023      2024    Change\n    Travellers inspected (million)     424.0     610.0   +43.9%\n      HK, Macau & Taiwan residents (m)  201.4     224.8   +11.6%",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.total", value: "424000000", period: "2023"),
                     Expect(metric: "people.hkmt", value: "224800000", yoy: "11.6"),
                     Expect(metric: "people.hkmt", value: "201400000", period: "2023")]),
        // A numbered table: the row's number is no figure, the cell after it the label.
        Case(text: "Annex: main figures\n\n| # | Item | 2024 | Change |\n|---|---|---|---|\n| 1 | Border crossings inspected | 598 million | +6.2% |\n| 2 | - Foreign nationals | 52.3 million | +14.0% |\n| 3 | Guns seized | 790 | n/a |",
             facts: [Expect(metric: "people.total", value: "598000000", yoy: "6.2"),
                     Expect(metric: "people.foreigners", value: "52300000", yoy: "14.0"),
                     Expect(metric: "enforcement.guns", value: "790")]),
        Case(text: "附表　主要数据\n\n序号\t指标\t2024年\t同比\n1\t出入境人员（万人次）\t59800\t+6.2%\n2\t外国人（万人次）\t5230\t+14.0%",
             facts: [Expect(metric: "people.total", value: "598000000", yoy: "6.2"),
                     Expect(metric: "people.foreigners", value: "52300000", yoy: "14.0")]),
    ]

    @Test(arguments: yearColumns)
    func yearColumnsGiveEachYearItsFigure(_ c: Case) throws { try c.check() }

    /// An intro paragraph of several sentences heads the table after it: only its last sentence
    /// ("现将主要数据公布如下：") narrows the rows; a word of the work it reviews before ("打击…犯罪",
    /// "crimes") rules out no row whose own label names its metric.
    static let introParagraphs: [Case] = [
        Case(text: "2024年，全国移民管理机构严厉打击妨害国（边）境管理违法犯罪活动，全力维护出入境秩序。现将主要数据公布如下：\n\n项目\t本期\t同比\n出入境人员（亿人次）\t6.10\t+43.9%\n　其中：外国人（万人次）\t6488.2\t+82.9%",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.foreigners", value: "64882000", yoy: "82.9")], language: "zh"),
        Case(text: "In 2024 the administration cracked down hard on smuggling crimes and illegal entry, and deported many offenders. The main figures are as follows:\n\n| Item | 2024 | y/y |\n|---|---|---|\n| Travellers inspected (million) | 610.0 | +43.9% |\n| Ordinary passports issued (million) | 23.3 | +17.5% |",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "documents.passports", value: "23300000", yoy: "17.5")]),
        // The last sentence still narrows: rows under 非法入境外国人 are no travellers.
        Case(text: "全年工作成效明显。非法入境外国人查处情况如下：\n\n项目\t本期\t同比\n人员（万人）\t3.2\t+5.0%",
             facts: [], absent: ["people.total", "people.foreigners"], language: "zh"),
    ]

    @Test(arguments: introParagraphs)
    func onlyAnIntrosLastSentenceNarrowsItsRows(_ c: Case) throws { try c.check() }

    /// "(%)" closing a row's label makes its bare figures percentages: a rate's row (满意率（%）) is read,
    /// a share's matches no metric.
    static let percentLabels: [Case] = [
        Case(text: "项目\t本期\t同比\n12367服务平台接听来电（万通）\t712.5\t—\n群众平均满意率（%）\t99.2\t—",
             facts: [Expect(metric: "services.hotline_calls", value: "7125000"),
                     Expect(metric: "services.hotline_satisfaction", value: "99.2")], language: "zh"),
        Case(text: "| Item | 2024 | y/y |\n|---|---|---|\n| Calls answered by the 12367 hotline (10,000) | 680.2 | +4.1% |\n| Caller satisfaction rate (%) | 99.4 | - |\n| Foreigners, share of all trips (%) | 10.6 | - |",
             facts: [Expect(metric: "services.hotline_calls", value: "6802000", yoy: "4.1"),
                     Expect(metric: "services.hotline_satisfaction", value: "99.4")]),
        Case(text: "项目\t本期\t同比\n出入境人员（亿人次）\t6.10\t+43.9%\n外国人占比（%）\t10.6\t—",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9")], language: "zh"),
    ]

    @Test(arguments: percentLabels)
    func aPercentClosingALabelMakesARate(_ c: Case) throws { try c.check() }

    /// In a release of part of a year, the other year's column is neither the release's period nor a year's.
    @Test func otherYearColumnOfAPartOfTheYear() throws {
        let facts = try extract("People inspected in the first half, by residence:\n| Group | 2024 | 2023 | Change |\n| Mainland residents | 160.2 million | 130.5 million | +22.8% |",
                                period: "2024-H1").filter { $0.metric != nil }
        #expect(facts.count == 1, "\(facts.map { "\($0.metric!)=\($0.value) \($0.period)" })")
        let f = try #require(facts.first)
        #expect(f.metric == "people.mainland" && f.value == dec("160200000") && f.yoyPct == dec("22.8") && f.period.description == "2024-H1")
    }

    /// "Q3 2023  Q3 2024" in a release on the third quarter: the earlier column is that quarter of its year.
    @Test(arguments: [
        "Documents issued:\n\n    Item                     Q3 2023      Q3 2024\n    Ordinary passports     3,410,000    4,870,000\n    Port visas                62,000      195,000",
        "Documents issued:\n\n| Item | Q3 2024 | Q3 2023 |\n|---|---|---|\n| Ordinary passports | 4,870,000 | 3,410,000 |\n| Port visas | 195,000 | 62,000 |",
    ])
    func earlierQuarterColumn(_ text: String) throws {
        let facts = try extract(text, period: "2024-Q3").filter { $0.metric != nil }
        let got = Set(facts.map { "\($0.metric!)=\($0.value) \($0.period)" })
        #expect(got == ["documents.passports=4870000 2024-Q3", "documents.passports=3410000 2023-Q3",
                        "documents.port_visas=195000 2024-Q3", "documents.port_visas=62000 2023-Q3"], "\(got)")
    }

    /// 2024年一季度 | 2023年一季度 in a quarter's release: the earlier quarter's cells match no metric.
    @Test func otherQuarterColumnInChinese() throws {
        let facts = try extract("一季度，全国移民管理机构查验出入境人员1.41亿人次。分项如下：\n| 项目 | 2024年一季度 | 2023年一季度 | 同比 |\n| 内地居民 | 6988万人次 | 4520万人次 | +54.6% |\n| 外国人 | 1031万人次 | 342万人次 | +201.5% |",
                                period: "2024-Q1", language: "zh")
        let matched = facts.filter { $0.metric != nil }.map { "\($0.metric!)=\($0.value) \($0.yoyPct.map { "\($0)" } ?? "-") \($0.period)" }
        #expect(Set(matched) == ["people.total=141000000 - 2024-Q1", "people.mainland=69880000 54.6 2024-Q1", "people.foreigners=10310000 201.5 2024-Q1"], "\(matched)")
    }

    /// A quarter's release's table with the quarter's column, its 同比 and 环比, and the half's
    /// cumulative column with its own 同比: each change goes to the figure of the column before it,
    /// 环比 to none; the unit closing the table's title scales the bare figures.
    @Test(arguments: [
        "表2　出入境证件签发（单位：万本）\n\n| 证件 | 三季度 | 同比 | 环比 | 1-6月累计 | 同比 |\n|---|---|---|---|---|---|\n| 普通护照 | 512.5 | +12.4% | -3.0% | 980 | +20.5% |",
        "表2　出入境证件签发（单位：万本）\n| 证件 | 第三季度 | 同比（%） | 环比（%） | 上半年合计 | 上半年同比（%） |\n| 普通护照 | 512.5 | 12.4 | -3.0 | 980 | 20.5 |",
    ])
    func quarterColumnAndHalfColumnWithTheirChanges(_ text: String) throws {
        let facts = try extract(text, period: "2024-Q3", language: "zh")
        let matched = facts.filter { $0.metric != nil }.map { "\($0.metric!)=\($0.value) \($0.yoyPct.map { "\($0)" } ?? "-") \($0.period)" }
        #expect(Set(matched) == ["documents.passports=5125000 12.4 2024-Q3", "documents.passports=9800000 20.5 2024-H1"], "\(matched)")
    }

    /// Columns of single months ("| 月份 | 7月 | 8月 | 9月 |", "| Month | July | August |") give no figure of
    /// the release's quarter.
    @Test(arguments: [("表3　分月出入境人员（单位：万人次）\n| 月份 | 7月 | 8月 | 9月 |\n|---|---|---|---|\n| 出入境人员 | 5120 | 5480 | 4990 |", "zh"),
                      ("Table 3  Border crossings by month (10,000 person-trips)\n| Month | July | August | September |\n| People inspected | 5120 | 5480 | 4990 |", "en")])
    func monthColumnsGiveNoQuarterFigure(_ text: String, _ language: String) throws {
        let facts = try extract(text, period: "2024-Q3", language: language)
        #expect(!facts.contains { $0.metric == "people.total" && $0.period.description == "2024-Q3" }, "\(facts.map { "\($0.metric ?? "-")=\($0.value) \($0.period)" })")
    }

    // MARK: 2. A paragraph ending with a colon heads the rows after it

    static let colonIntros: [Case] = [
        Case(text: "Vehicles inspected in 2024 came to 31.6 million, up 5.2% year on year:\n  Aircraft ...... 640,000 (+8.0%)\n  Trains ...... 120,000 (+1.5%)\n  Motor vehicles ...... 30.5 million (+5.1%)",
             facts: [Expect(metric: "vehicles.total", value: "31600000", yoy: "5.2"),
                     Expect(metric: "vehicles.aircraft", value: "640000", yoy: "8.0"),
                     Expect(metric: "vehicles.trains", value: "120000", yoy: "1.5"),
                     Expect(metric: "vehicles.motor", value: "30500000", yoy: "5.1")]),
        Case(text: "The administration checked conveyances at all ports. The breakdown is given below:\nShips: 410,000, down 2.2%\nAircraft: 700,000, up 3.0%",
             facts: [Expect(metric: "vehicles.ships", value: "410000", yoy: "-2.2"),
                     Expect(metric: "vehicles.aircraft", value: "700000", yoy: "3.0")]),
        // An intro about documents: its rows are never people crossing.
        Case(text: "Documents issued to residents in 2024 are listed below:\nMainland residents: 20.1 million\nForeigners: 1.9 million",
             facts: [], absent: ["people.mainland", "people.foreigners", "people.total"]),
    ]

    @Test(arguments: colonIntros)
    func aColonIntroHeadsItsRows(_ c: Case) throws { try c.check() }

    // MARK: 2b. Bulleted Chinese lines: a label without a verb reads under its heading or the list's lead line

    static let bulletedLines: [Case] = [
        // Under a 【】 heading.
        Case(text: "【边检查验】\n◆ 全年查验出入境人员3.9亿人次，同比上升31.2%\n◆ 内地居民1.8亿人次，同比上升25.3%\n◆ 港澳台居民1.7亿人次，同比下降4.1%\n◆ 外国人4012.5万人次，同比上升52.6%",
             facts: [Expect(metric: "people.total", value: "390000000", yoy: "31.2"),
                     Expect(metric: "people.mainland", value: "180000000", yoy: "25.3"),
                     Expect(metric: "people.hkmt", value: "170000000", yoy: "-4.1"),
                     Expect(metric: "people.foreigners", value: "40125000", yoy: "52.6")], language: "zh"),
        // Another mark, a heading naming the ports, a line of prose between the rows.
        Case(text: "【口岸查验】\n● 查验出入境交通运输工具2650.3万架（列、艘、辆）次\n● 查处“三非”外国人3.1万人次，遣返1.6万人\n● 飞机80.2万架次，同比上升9.9%\n● 船舶35.7万艘次",
             facts: [Expect(metric: "vehicles.total", value: "26503000"),
                     Expect(metric: "enforcement.illegal_foreigners", value: "31000"),
                     Expect(metric: "enforcement.deported", value: "16000"),
                     Expect(metric: "vehicles.aircraft", value: "802000", yoy: "9.9"),
                     Expect(metric: "vehicles.ships", value: "357000")], language: "zh"),
        // No heading: the list's first line heads the rows after it; a new mark starts a new list.
        Case(text: "新华社北京1月15日电\n\n■ 全国口岸查验出入境人员3.9亿人次；\n■ 港澳台居民1.7亿人次；\n■ 外国人4012.5万人次。\n\n- 签发普通护照1850万本\n- 港澳台居民2.3万人次",
             facts: [Expect(metric: "people.total", value: "390000000"),
                     Expect(metric: "people.hkmt", value: "170000000"),
                     Expect(metric: "people.foreigners", value: "40125000"),
                     Expect(metric: "documents.passports", value: "18500000")], language: "zh"),
        // A sentence of prose ending its line (marked or not) heads the bulleted labels right after it.
        Case(text: "2024年，全国口岸共查验出入境人员3.1亿人次，同比上升20.4%！\n🔸内地居民：1.52亿人次，同比↑18.3%\n🔸外国人：2410万人次，同比+35.2%",
             facts: [Expect(metric: "people.total", value: "310000000", yoy: "20.4"),
                     Expect(metric: "people.mainland", value: "152000000", yoy: "18.3"),
                     Expect(metric: "people.foreigners", value: "24100000", yoy: "35.2")], language: "zh"),
        Case(text: "【要闻】今日发布数据\n✅2024年，全国口岸查验出入境人员6.2亿人次。\n▪️港澳台居民：2.6亿人次，同比↓3.1%\n▪️外国人：6500万人次",
             facts: [Expect(metric: "people.total", value: "620000000"),
                     Expect(metric: "people.hkmt", value: "260000000", yoy: "-3.1"),
                     Expect(metric: "people.foreigners", value: "65000000")], language: "zh"),
        // Rows under a documents heading are no people crossing.
        Case(text: "【证件签发】\n▲ 港澳台居民120.4万人次\n▲ 外国人15.2万人次",
             facts: [], absent: ["people.hkmt", "people.foreigners"], language: "zh"),
    ]

    @Test(arguments: bulletedLines)
    func bulletedLinesReadUnderTheirHeading(_ c: Case) throws { try c.check() }

    // MARK: 3. Numbered items under a section heading

    static let numberedItems: [Case] = [
        Case(text: "III. Documents issued\n  1. Ordinary passports: 18.4 million, up 4.2%.\n  2. Port visas: 510,000, down 1.1%.\n  3. Exit-entry permits for mainland residents travelling to and from Hong Kong and Macao: 25.2 million, an increase of 8.8%.",
             facts: [Expect(metric: "documents.passports", value: "18400000", yoy: "4.2"),
                     Expect(metric: "documents.port_visas", value: "510000", yoy: "-1.1"),
                     Expect(metric: "documents.mainland_hkmt_permits", value: "25200000", yoy: "8.8")]),
        Case(text: "2. Exit-entry documents issued\n(1) Passports: 9.6 million.\n(2) Permits for Taiwan residents travelling to and from the mainland: 1.2 million.",
             facts: [Expect(metric: "documents.passports", value: "9600000"),
                     Expect(metric: "documents.hkmt_resident_permits", value: "1200000")]),
        // A Chinese total whose parts follow on numbered lines under 其中：, each with its change.
        Case(text: "（二）全年查验出入境人员3.1亿人次，同比上升12.0%。其中：\n1. 内地居民1.6亿人次，同比上升10.2%；\n2. 外国人2,100万人次，同比上升30.5%。",
             facts: [Expect(metric: "people.total", value: "310000000", yoy: "12.0"),
                     Expect(metric: "people.mainland", value: "160000000", yoy: "10.2"),
                     Expect(metric: "people.foreigners", value: "21000000", yoy: "30.5")]),
        Case(text: "移民管理机构全年共查验出入境人员2.6亿人次。其中：\n1) 港澳台居民1.02亿人次；\n2) 内地居民1.35亿人次；\n3) 外国人2,300万人次。",
             facts: [Expect(metric: "people.total", value: "260000000"),
                     Expect(metric: "people.hkmt", value: "102000000"),
                     Expect(metric: "people.mainland", value: "135000000"),
                     Expect(metric: "people.foreigners", value: "23000000")]),
        Case(text: "二、出入境查验\n全年共查验出入境人员2.2亿人次，同比上升9.0%。其中：\n1、外国人1,900万人次，同比上升40.0%；\n2、港澳台居民9,100万人次。",
             facts: [Expect(metric: "people.total", value: "220000000", yoy: "9.0"),
                     Expect(metric: "people.foreigners", value: "19000000", yoy: "40.0"),
                     Expect(metric: "people.hkmt", value: "91000000")]),
        // A section heading's unit in brackets (（单位：万人次）) scales the bare figures of the numbered
        // paragraphs under it, prose and all, until the next heading; a bare four-digit figure with its
        // change in brackets is no year.
        Case(text: "一、人员查验（单位：万人次）\n\n1. 全年共查验出入境人员52310（同比增长18.2%）。\n\n2. 分人员类别：内地居民26020（同比增长15.0%）；外国人4120（同比增长60.3%）。\n\n3. 免签入境外国人2031（同比增长90.5%）。",
             facts: [Expect(metric: "people.total", value: "523100000", yoy: "18.2"),
                     Expect(metric: "people.mainland", value: "260200000", yoy: "15.0"),
                     Expect(metric: "people.foreigners", value: "41200000", yoy: "60.3"),
                     Expect(metric: "people.visa_free_foreigners", value: "20310000", yoy: "90.5")]),
        // A measure word written in parts (万架、列、艘、辆次) is one unit with its scale.
        Case(text: "二、交通运输工具查验（单位：万架、列、艘、辆次）\n\n4. 全年查验出入境交通运输工具2840（同比增长20.1%）。\n\n5. 分类别：飞机71.5（同比增长40.2%）。",
             facts: [Expect(metric: "vehicles.total", value: "28400000", yoy: "20.1"),
                     Expect(metric: "vehicles.aircraft", value: "715000", yoy: "40.2")]),
        Case(text: "四、执法办案（单位：起、名）\n\n9. 侦办妨害国（边）境管理犯罪案件2150起，抓获犯罪嫌疑人4630名。",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "2150"),
                     Expect(metric: "enforcement.suspects", value: "4630")]),
    ]

    @Test(arguments: numberedItems)
    func numberedItemsReadUnderTheirSection(_ c: Case) throws { try c.check() }

    @Test func listNumbersAreNoFigures() throws {
        let facts = try extract("IV. Services\n  1. Passports issued: 18.4 million.\n  12. Port visas: 510,000.")
        #expect(!facts.contains { [1, 12, 4].contains($0.value) }, "\(facts.map(\.value))")
        // A numbered section heading's number is none either: no doubtful 3.2 of border crossings.
        let sections = try extract("3.2 Border crossings\n\nOfficers inspected 598 million border crossings.\n\n4.1 Guns and ammunition\n\nThey seized 812 guns.")
        #expect(!sections.contains { [dec("3.2"), dec("4.1")].contains($0.value) }, "\(sections.map { "\($0.metric ?? "-") \($0.value) \($0.status)" })")
        #expect(sections.contains { $0.metric == "people.total" && $0.value == 598_000_000 && $0.status == .reported })
    }

    // MARK: 4. A label with commas before its colon is one label

    static let commaLabels: [Case] = [
        Case(text: "Identity verification services for Taiwan residents, overseas Chinese and foreigners: 8,120,000.",
             facts: [Expect(metric: "services.identity_verifications", value: "8120000")]),
        Case(text: "- Verification services provided to residents of Hong Kong, Macao and Taiwan, overseas Chinese, and foreign nationals: 7.3 million",
             facts: [Expect(metric: "services.identity_verifications", value: "7300000")]),
        Case(text: "* Foreign nationals illegally entering, staying or employed in China investigated: over 36,000",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "36000", qualifier: .atLeast)]),
    ]

    @Test(arguments: commaLabels)
    func aLabelKeepsItsCommas(_ c: Case) throws { try c.check() }

    // MARK: 5–6. Visa-free entries, and sub-counts that are not the total of foreigners

    static let visaFree: [Case] = [
        Case(text: "In 2024, 20.1 million foreign entries were made without a visa, up 112.3% year on year.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "20100000", yoy: "112.3")]),
        Case(text: "About 4.5 million foreign nationals entered the country visa-free in the first quarter, up 190 per cent on the same period last year.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "4500000", yoy: "190", qualifier: .approx, period: "2024-Q1")]),
        Case(text: "Some 8.2 million foreign visitors came in without a visa.", // "some": about
             facts: [Expect(metric: "people.visa_free_foreigners", value: "8200000", qualifier: .approx)]),
        // Sub-counts under a narrower policy or channel: neither all foreigners nor all visa-free entries.
        Case(text: "Of them, 1.3 million foreigners entered under the 144-hour transit policy, up 52%.",
             facts: [], absent: ["people.foreigners", "people.visa_free_foreigners"]),
        Case(text: "Among them, 900,000 foreign nationals came in via visa-free transit.",
             facts: [], absent: ["people.foreigners", "people.visa_free_foreigners"]),
    ]

    @Test(arguments: visaFree)
    func visaFreeEntriesAndTheirSubCounts(_ c: Case) throws { try c.check() }

    // MARK: 7–8. Machine-translated measure words; a malformed figure keeps its metric

    static let measureWords: [Case] = [
        Case(text: "Inspected transport vehicles 2,400.5 ten thousand times, year-on-year up 3.1%. Among which, aircraft 70.2 ten thousand sorties, trains 12.1 ten thousand columns, ships 40.3 ten thousand ship-times, motor vehicles 2,277.9 ten thousand vehicle-times.",
             facts: [Expect(metric: "vehicles.total", value: "24005000", yoy: "3.1"),
                     Expect(metric: "vehicles.aircraft", value: "702000"), Expect(metric: "vehicles.trains", value: "121000"),
                     Expect(metric: "vehicles.ships", value: "403000"), Expect(metric: "vehicles.motor", value: "22779000")]),
        // The measure word names what is counted when nothing else does.
        Case(text: "Inspected inbound and outbound conveyances (aircraft, trains, ships, motor vehicles) 31.2 million vehicle-times, up 2.0%.",
             facts: [Expect(metric: "vehicles.total", value: "31200000", yoy: "2.0")]),
    ]

    @Test(arguments: measureWords)
    func measureWordsNameNoMetricOfTheirOwn(_ c: Case) throws { try c.check() }

    /// A part of a list keeps its own metric though the total before it is doubtful.
    @Test func partsKeepTheirMetricBesideADoubtfulTotal() throws {
        let facts = try extract("Checked transport means 2,401 million times, up 3.1%; among which, aircraft 70.2 ten thousand sorties, motor vehicles 2,277.9 ten thousand vehicle-times.")
        let motor = try #require(facts.first { $0.metric == "vehicles.motor" })
        #expect(motor.value == dec("22779000") && motor.status == .reported)
        #expect(!facts.contains { $0.metric == "vehicles.total" && $0.status == .reported }, "\(facts.map { "\($0.metric ?? "-")=\($0.value) \($0.status)" })")
    }

    // MARK: 10. Key-figure lists of analysts and wires: abbreviated values, nested bullets

    static let keyFigureLists: [Case] = [
        // Dashes, sub-items indented under their total, a scale against the digits, "(+x% YoY)".
        Case(text: "Headline numbers:\n\n- Travellers inspected: 612.4m (+12.1% YoY)\n  - Mainland residents: 301.2m (+10.5%)\n  - Hong Kong, Macao and Taiwan residents: 240.7m (+9.8%)\n  - Foreign nationals: 70.5m (+30.2%)\n- Vehicles inspected: 33.1m (+6.0% YoY)\n  - Aircraft: 702k (+11.4%)\n  - Trains: 88k (-3.5%)\n- Port visas: 0.46m, +21%",
             facts: [Expect(metric: "people.total", value: "612400000", yoy: "12.1"),
                     Expect(metric: "people.mainland", value: "301200000", yoy: "10.5"),
                     Expect(metric: "people.hkmt", value: "240700000", yoy: "9.8"),
                     Expect(metric: "people.foreigners", value: "70500000", yoy: "30.2"),
                     Expect(metric: "vehicles.total", value: "33100000", yoy: "6.0"),
                     Expect(metric: "vehicles.aircraft", value: "702000", yoy: "11.4"),
                     Expect(metric: "vehicles.trains", value: "88000", yoy: "-3.5"),
                     Expect(metric: "documents.port_visas", value: "460000", yoy: "21")]),
        // A wire's asterisks, "mln", "pct", a deeper-indented sub-item, "44k+".
        Case(text: "MAIN FIGURES (2024, y/y):\n* Mainland residents: 301.2 mln, up 10.5 pct\n* Conveyances inspected: 33.1 mln, up 6 pct\n   * Ships: 421,000, down 2.2 pct\n   * Motor vehicles: 31.9 mln, up 6.3 pct\n* Suspects arrested: 44k+",
             facts: [Expect(metric: "people.mainland", value: "301200000", yoy: "10.5"),
                     Expect(metric: "vehicles.total", value: "33100000", yoy: "6"),
                     Expect(metric: "vehicles.ships", value: "421000", yoy: "-2.2"),
                     Expect(metric: "vehicles.motor", value: "31900000", yoy: "6.3"),
                     Expect(metric: "enforcement.suspects", value: "44000", qualifier: .atLeast)]),
        // A quarter's label, and two metrics on one line.
        Case(text: "Key numbers:\n- Q3 alone: 160.2m people inspected\n- 12367 hotline: 4.1m calls, 97.6% average satisfaction",
             facts: [Expect(metric: "people.total", value: "160200000", period: "2024-Q3"),
                     Expect(metric: "services.hotline_calls", value: "4100000"),
                     Expect(metric: "services.hotline_satisfaction", value: "97.6")]),
        // A wire's summary line: the subject, "make", the count, its change "y/y".
        Case(text: "* Foreigners make 70.5 mln entries, exits, up 30.2 pct y/y",
             facts: [Expect(metric: "people.foreigners", value: "70500000", yoy: "30.2")]),
        // Permits and endorsements written with a comma and "HK"; foreigners probed for illegal stay.
        Case(text: "Other data:\n* Permits, endorsements for mainland trips to HK and Macao: 151.2 mln, up 6.1 pct\n* Foreigners probed for illegal stay or work: 48,000",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "151200000", yoy: "6.1"),
                     Expect(metric: "enforcement.illegal_foreigners", value: "48000")]),
        // An item of prose still heads the items indented under it; the next item at its level does not hang.
        Case(text: "Highlights\n\n• Conveyances inspected rose 4.1% to 33.1 million\n    • Aircraft: 702k (+11.4%)\n    • Ships: 421,000 (-2.2%)\n• Port visas: 460k",
             facts: [Expect(metric: "vehicles.total", value: "33100000", yoy: "4.1"),
                     Expect(metric: "vehicles.aircraft", value: "702000", yoy: "11.4"),
                     Expect(metric: "vehicles.ships", value: "421000", yoy: "-2.2"),
                     Expect(metric: "documents.port_visas", value: "460000")]),
        // An item of prose indented under a bulleted line reads with that line as its heading; a spaced
        // slash parts its list as a comma does.
        Case(text: "• Conveyances checked: 8.62M, +6.4% YoY\n  – Aircraft 214K / trains 19.8K / ships 97K / motor vehicles 8.29M\n• Port visas: 233K",
             facts: [Expect(metric: "vehicles.total", value: "8620000", yoy: "6.4"), Expect(metric: "vehicles.aircraft", value: "214000"),
                     Expect(metric: "vehicles.trains", value: "19800"), Expect(metric: "vehicles.ships", value: "97000"),
                     Expect(metric: "vehicles.motor", value: "8290000"), Expect(metric: "documents.port_visas", value: "233000")]),
        Case(text: "- Conveyances inspected rose 3.2% to 30.4 million\n    - Aircraft 780,000, ships 390,000",
             facts: [Expect(metric: "vehicles.total", value: "30400000", yoy: "3.2"), Expect(metric: "vehicles.aircraft", value: "780000"),
                     Expect(metric: "vehicles.ships", value: "390000")]),
        Case(text: "Conveyances inspected: aircraft 702 thousand / trains 88 thousand / ships 401 thousand.",
             facts: [Expect(metric: "vehicles.aircraft", value: "702000"), Expect(metric: "vehicles.trains", value: "88000"),
                     Expect(metric: "vehicles.ships", value: "401000")]),
        // The unit in the label's brackets: "(million)", "(thousand)", "(%)" before a dash or a colon.
        Case(text: "Main data\n• Inbound and outbound travellers inspected (million) — 612.4 (+12.1%)\n   – Foreign nationals (million) — 70.5 (+30.2%)\n• Port visas issued (thousand): 460\n• 12367 hotline callers satisfied (%) - 97.6",
             facts: [Expect(metric: "people.total", value: "612400000", yoy: "12.1"),
                     Expect(metric: "people.foreigners", value: "70500000", yoy: "30.2"),
                     Expect(metric: "documents.port_visas", value: "460000"),
                     Expect(metric: "services.hotline_satisfaction", value: "97.6")]),
        // A figure with its own scale keeps it.
        Case(text: "Figures\n- Conveyances inspected (million) — 33.1 million",
             facts: [Expect(metric: "vehicles.total", value: "33100000")]),
        // A spaced dash parts a label from its figure as a colon does, whatever the label's length.
        Case(text: "Enforcement\n• Major cases listed for supervision — 115\n• Transit dens destroyed – 640\n• Auxiliary police injured on duty - 38",
             facts: [Expect(metric: "enforcement.major_cases", value: "115"),
                     Expect(metric: "enforcement.transit_dens", value: "640"),
                     Expect(metric: "personnel.injured", value: "38")]),
        // An infographic: a figure, its label and its arrowed change on three lines; dot-leader rows
        // with ▲/▼ changes; "t" for tonnes; "&" in a name.
        Case(text: "AT THE BORDER\n\n96.3m\ntravellers cleared at the border\n▲ 8.8% y/y\n\nCrossings by residence\nMainland residents ........ 48.1m  ▲ 6.2%\nForeign nationals ......... 12.4m  ▼ 2.5%\nHK, Macao & Taiwan residents .... 35.8m  ▲ 1.1%\n\nDOCUMENTS\n4.18m ordinary passports issued ↑ 3.9%\n15.7m permits & endorsements for trips to HK and Macao ▼ 1.2%\n\nSAFETY\n2.4 t of drugs seized\n310 t precursor chemicals seized",
             facts: [Expect(metric: "people.total", value: "96300000", yoy: "8.8"),
                     Expect(metric: "people.mainland", value: "48100000", yoy: "6.2"),
                     Expect(metric: "people.foreigners", value: "12400000", yoy: "-2.5"),
                     Expect(metric: "people.hkmt", value: "35800000", yoy: "1.1"),
                     Expect(metric: "documents.passports", value: "4180000", yoy: "3.9"),
                     Expect(metric: "documents.mainland_hkmt_combined", value: "15700000", yoy: "-1.2"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "2.4"),
                     Expect(metric: "enforcement.precursors_tonnes", value: "310")]),
        // An arrowed change after a name inside the figure's own label is the figure's; after a
        // comma and another subject it is that subject's, not the figure before.
        Case(text: "PAPERWORK\n19.6m permits & endorsements for mainland residents' trips to HK, Macao and Taiwan ▲ 4.8%",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "19600000", yoy: "4.8")]),
        Case(text: "OPEN DOORS\n151.2m cross-border trips, visa-free entries ▲ 41.7%",
             facts: [Expect(metric: "people.total", value: "151200000")]),
    ]

    @Test(arguments: keyFigureLists)
    func keyFigureListsReadEachLineWithItsChange(_ c: Case) throws { try c.check() }

    // MARK: Pages copied from the web: lines that link to other stories

    static let linkLines: [Case] = [
        Case(text: "Officers inspected 702.3 million travellers in 2024.\n\nRead more: Police seize 3.4 tons of drugs at a southern port\n\nThey also found 2,100 transit dens.",
             facts: [Expect(metric: "people.total", value: "702300000"),
                     Expect(metric: "enforcement.transit_dens", value: "2100")]),
        Case(text: "The administration issued 21.6 million passports in 2024.\n\nRelated: 1.2 million passports issued in the first quarter\n\nSee also: Ports handled 88,000 trains",
             facts: [Expect(metric: "documents.passports", value: "21600000")]),
        Case(text: "2024年，全国移民管理机构共签发普通护照2160万本。\n\n相关阅读：边检机关查获毒品3.4吨",
             facts: [Expect(metric: "documents.passports", value: "21600000")], language: "zh"),
        // A list of headlines under "Related Stories" or "See also"; the text after the list is the release's.
        Case(text: "Officers inspected 702.3 million travellers in 2024.\n\nRelated Stories\n- Ports handled 12 million travellers over the holiday\n- 3,100 suspects held in border sweep\nPolice arrested 41,000 criminal suspects.",
             facts: [Expect(metric: "people.total", value: "702300000"),
                     Expect(metric: "enforcement.suspects", value: "41000")]),
        Case(text: "Officers issued 21.6 million passports in 2024.\n\nSee also\n\n• Visa applications up 40% as 2.2 million visas issued\n\nThe hotline took 7.1 million calls.",
             facts: [Expect(metric: "documents.passports", value: "21600000"),
                     Expect(metric: "services.hotline_calls", value: "7100000")]),
        // A label in the middle of a sentence is no link line.
        Case(text: "Police seized 5.2 metric tons of drugs in 2024, related to 310 cases.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "5.2")]),
    ]

    @Test(arguments: linkLines)
    func linkLinesAreNotTheReleasesText(_ c: Case) throws { try c.check() }

    /// A sub-item hangs from the item above it: under documents issued, residents are no people crossing;
    /// an item as indented as the one before it hangs from nothing.
    @Test func subItemsHangFromTheirItem() throws {
        let facts = try extract("Key figures:\n- Documents issued: 30.2m\n  - Hong Kong, Macao and Taiwan residents: 1.1m (+12%)\n  - Foreign nationals: 0.9m (+8%)\n- Vehicles inspected: 33.1m\n- Foreign nationals: 2.2m")
        let seen = facts.map { "\($0.metric ?? "-")=\($0.value)" }
        #expect(!facts.contains { $0.metric == "people.hkmt" || $0.metric == "people.foreigners" }, "\(seen)")
    }

    // MARK: Unit lines and change columns

    /// A unit line (单位：万人次…) scales the bare figures of the rows below it, by the entry that
    /// counts in their metric's unit; a column headed 同比（％） holds each row's change; cells are
    /// parted by full-width spaces or tabs and may be written in full-width digits.
    static let unitLines: [Case] = [
        Case(text: "2024年移民管理主要数据\n\n单位：万人次、万本\n\n指标　　　　　　数值　　　　　同比（％）\n出入境人员　　　６１００２．５　　＋４３．９\n　其中：外国人　　6488.2　　　82.9\n\n二、证件签发\n普通护照　　　　2098.8　　　-5.0",
             facts: [Expect(metric: "people.total", value: "610025000", yoy: "43.9"),
                     Expect(metric: "people.foreigners", value: "64882000", yoy: "82.9"),
                     Expect(metric: "documents.passports", value: "20988000", yoy: "-5.0")]),
        // Tabs; a unit line of several measure words: cases (起) are not in 万, and a cell with its
        // own measure word keeps it.
        Case(text: "一、交通运输工具\n单位：万架（列、艘、辆）次、起\n指标\t数值\t同比（％）\n出入境交通运输工具\t3225.6\t-2.1\n其中：船舶\t12.3\t4.0\n\n二、打击违法犯罪\n指标\t数值\t同比（％）\n妨害国（边）境管理犯罪案件\t1234\t-8.8\n抓获犯罪嫌疑人\t2.2万名\t-1.5",
             facts: [Expect(metric: "vehicles.total", value: "32256000", yoy: "-2.1"),
                     Expect(metric: "vehicles.ships", value: "123000", yoy: "4.0"),
                     Expect(metric: "enforcement.criminal_cases", value: "1234", yoy: "-8.8"),
                     Expect(metric: "enforcement.suspects", value: "22000", yoy: "-1.5")]),
        // A row of a label and a figure, no header row; the table ends at prose.
        Case(text: "单位：万人次\n\n出入境人员　　　　42405.1\n其中：内地居民　　　　20816.4\n\n以上数据为快报数。全国移民管理机构查验外国人3547.8万人次。",
             facts: [Expect(metric: "people.total", value: "424051000"),
                     Expect(metric: "people.mainland", value: "208164000"),
                     Expect(metric: "people.foreigners", value: "35478000")]),
        // A month's or a port's row under the total is a part of it, not the year's total: the
        // month's row is June's, the port's no national figure.
        Case(text: "单位：万人次\n指标　　　　数值　　　同比（％）\n出入境人员　　42405.1　　　120.3\n　其中：6月　出入境人员　　3811.9　　　63.2\n　其中：拱北口岸　出入境人员　　1520.4　　　50.1",
             facts: [Expect(metric: "people.total", value: "424051000", yoy: "120.3"),
                     Expect(metric: "people.total", value: "38119000", yoy: "63.2", period: "2024-06-01/2024-06-30")]),
        // Full-width bars part the cells; a row indented with full-width spaces is a sub-item.
        Case(text: "一、人员查验\n单位：万人次\n｜类　别｜2024年｜同比｜\n｜出入境人员｜61002.5｜43.9%｜\n｜　港澳台居民｜23012.4｜-2.5%｜",
             facts: [Expect(metric: "people.total", value: "610025000", yoy: "43.9"),
                     Expect(metric: "people.hkmt", value: "230124000", yoy: "-2.5")]),
        // A later table with its own unit column (headed 单　位, spaced out) is not in the unit
        // line's 万: each row's unit cell wins.
        Case(text: "一、出入境交通运输工具查验\n单位：万架（列、艘、辆）次\n｜指标｜2024年｜增幅｜\n｜交通运输工具合计｜3225.6｜-2.1%｜\n\n二、执法办案\n｜指　标｜数　值｜单　位｜\n｜抓获犯罪嫌疑人｜45210｜名｜\n｜打掉犯罪团伙｜812｜个｜\n｜缴获各类毒品｜3.75｜吨｜",
             facts: [Expect(metric: "vehicles.total", value: "32256000", yoy: "-2.1"),
                     Expect(metric: "enforcement.suspects", value: "45210"),
                     Expect(metric: "enforcement.gangs", value: "812"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "3.75")]),
        Case(text: "三、证件签发情况\n单位：万本（张、件）\n| 项目 | 2024年 | 同比 |\n| 普通护照 | 1850.2 | 6.1% |\n\n| 项目 | 数量 | 单位 |\n| 捣毁偷渡中转窝点 | 604 | 个 |\n| 缴获枪支 | 1120 | 支 |",
             facts: [Expect(metric: "documents.passports", value: "18502000", yoy: "6.1"),
                     Expect(metric: "enforcement.transit_dens", value: "604"),
                     Expect(metric: "enforcement.guns", value: "1120")]),
        // A Chinese unit cell reads after the figure as it would be written (18.7亿元, 2.1亿元).
        Case(text: "四、打击违法犯罪\n项目\t数量\t单位\n抓获犯罪嫌疑人\t6.1\t万名\n查获走私案件案值\t18.7\t亿元",
             facts: [Expect(metric: "enforcement.suspects", value: "61000"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "1870000000")]),
        Case(text: "| 项目 | 数量 | 单位 |\n| 缴获制毒物品 | 120.5 | 吨 |\n| 查获走私案件案值 | 3.4亿 | 元 |",
             facts: [Expect(metric: "enforcement.precursors_tonnes", value: "120.5"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "340000000")]),
        // English.
        Case(text: "Main data of immigration management, 2024\n\n(Unit: 10,000 person-trips)\n\nItem\tNumber\tChange year on year (%)\nPeople inspected at the border\t61,002.5\t43.9\nForeign nationals inspected\t6,488.2\t-12.4",
             facts: [Expect(metric: "people.total", value: "610025000", yoy: "43.9"),
                     Expect(metric: "people.foreigners", value: "64882000", yoy: "-12.4")]),
    ]

    @Test(arguments: unitLines)
    func aUnitLineScalesItsRowsAndAChangeColumnGivesTheirChanges(_ c: Case) throws { try c.check() }

    /// Lines "label figure change" under a header of single-spaced words: a label ending with one
    /// metric's name, counted in the figure's counter, names it without a verb; a label naming a
    /// metric whose verb defines it (遣返), or one counted in another counter, names none.
    static let labelRows: [Case] = [
        Case(text: "一图读懂2024年数据\n\n项目 数值 同比\n出入境人员 6.1亿人次 +43.9%\n港澳台居民 2.3亿人次 +52.1%\n外国人 6488万人次 +82.9%\n交通运输工具 3200万架（列、艘、辆）次 +30.5%\n船舶 40.2万艘次 -3.0%",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"),
                     Expect(metric: "people.hkmt", value: "230000000", yoy: "52.1"),
                     Expect(metric: "people.foreigners", value: "64880000", yoy: "82.9"),
                     Expect(metric: "vehicles.total", value: "32000000", yoy: "30.5"),
                     Expect(metric: "vehicles.ships", value: "402000", yoy: "-3.0")]),
        Case(text: "证件签发一览\n\n类别 数量 增幅\n普通护照 1850万本 +12.4%\n往来港澳台证件签注 9800万张（件）次 +7.7%\n港澳台居民来往内地通行证 300.5万张 +2.0%\n外国人签证证件 250万件 +15.0%",
             facts: [Expect(metric: "documents.passports", value: "18500000", yoy: "12.4"),
                     Expect(metric: "documents.mainland_hkmt_combined", value: "98000000", yoy: "7.7"),
                     Expect(metric: "documents.hkmt_resident_permits", value: "3005000", yoy: "2.0"),
                     Expect(metric: "documents.visas", value: "2500000", yoy: "15.0")]),
        Case(text: "执法数据\n\n项目 数值\n外国人 5.2万名\n民警 12名",
             facts: [], absent: ["people.foreigners", "enforcement.deported", "personnel.deaths"]),
        // A Markdown row: the bar that opens the line is no part of the label.
        Case(text: "2024年数据一览\n\n| 项目 | 数值 | 同比 | 环比 |\n|---|---|---|---|\n| 出入境人员 | 3.2亿人次 | +15.2% | +3.1% |\n| 外国人 | 3100万人次 | +30.4% | +8.0% |\n| 列车 | 5.1万列次 | +6.3% | — |\n| 普通护照 | 1020万本 | +8.8% | — |",
             facts: [Expect(metric: "people.total", value: "320000000", yoy: "15.2"),
                     Expect(metric: "people.foreigners", value: "31000000", yoy: "30.4"),
                     Expect(metric: "vehicles.trains", value: "51000", yoy: "6.3"),
                     Expect(metric: "documents.passports", value: "10200000", yoy: "8.8")]),
        Case(text: "| 类别 | 2024年 |\n|---|---|\n| 港澳台居民来往内地通行证 | 310万张 |\n| 外国人签证证件 | 260万件次 |\n| 外国人 | 5.2万名 |",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "3100000"),
                     Expect(metric: "documents.visas", value: "2600000")], absent: ["people.foreigners"]),
    ]

    @Test(arguments: labelRows)
    func aRowsLabelNamesItsMetric(_ c: Case) throws { try c.check() }

    @Test(arguments: [
        ("单位：万人次、万架(列、艘、辆)次、起", [TableWords.UnitEntry(scale: 10000, unit: "person-trips"),
                                         TableWords.UnitEntry(scale: 10000, unit: "conveyance-trips"),
                                         TableWords.UnitEntry(scale: 1, unit: "cases")]),
        ("(单位：亿元)", [TableWords.UnitEntry(scale: 100_000_000, unit: nil)]),
        ("计量单位：本(张、件)", [TableWords.UnitEntry(scale: 1, unit: "documents")]),
        ("单位：千克", [TableWords.UnitEntry(scale: 1, unit: nil)]),
        ("(Unit: 10,000 person-trips)", [TableWords.UnitEntry(scale: 10000, unit: "person-trips")]),
        ("Units: million persons; cases", [TableWords.UnitEntry(scale: 1_000_000, unit: "persons"), TableWords.UnitEntry(scale: 1, unit: "cases")]),
        ("单位是万人次", nil),
        ("单位：", nil),
        ("出入境人员：42405.1万人次", nil),
    ] as [(String, [TableWords.UnitEntry]?)])
    func unitLineEntries(_ line: String, _ entries: [TableWords.UnitEntry]?) {
        let words = TableWords(grammar: sharedExtractor.grammar)
        let scalars = Array(line.unicodeScalars)
        #expect(words.unitLine(scalars, 0..<scalars.count) == entries)
    }

    @Test func aUnitLineScalesOnlyWhatItCounts() {
        let mixed = [TableWords.UnitEntry(scale: 10000, unit: "person-trips"), TableWords.UnitEntry(scale: 1, unit: "cases")]
        #expect(TableWords.scale(for: "person-trips", in: mixed) == 10000)
        #expect(TableWords.scale(for: "cases", in: mixed) == 1)
        // A figure of no entry's unit under a mixed line: no scale can be told.
        #expect(TableWords.scale(for: "documents", in: mixed) == nil)
        #expect(TableWords.scale(for: nil, in: mixed) == nil)
        // One scale for everything (单位：万人次): it holds for every row.
        #expect(TableWords.scale(for: "documents", in: [TableWords.UnitEntry(scale: 10000, unit: "person-trips")]) == 10000)
    }

    // MARK: Units rows, unit columns, wrapped labels

    /// A plain-text table of year columns: a units row under the header ("(10,000)", "(%)")
    /// scales its column's bare figures, a "Change" column holds each row's change (unless its
    /// unit is no "%"), a "Unit" column scales or measures its row, a label wrapped onto two
    /// lines is one label, an indented row hangs from the row above it, and "Table 2" is no figure.
    static let unitsRows: [Case] = [
        Case(text: "Table 1  Border inspections\n\nCategory                       2024         2023      Change\n                           (10,000)     (10,000)         (%)\n------------------------------------------------------------\nPeople inspected             61,002.5     42,405.1       +43.9\n  Foreign nationals           6,488.2      3,547.8       -12.4",
             facts: [Expect(metric: "people.total", value: "610025000", yoy: "43.9"),
                     Expect(metric: "people.total", value: "424051000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "64882000", yoy: "-12.4"),
                     Expect(metric: "people.foreigners", value: "35478000", period: "2023")]),
        // The earlier year first; the units row before the rule, with no unit under the change
        // column; a sub-row without a verb of its own hangs from its parent row.
        Case(text: "Item                          2023          2024    Change (%)\n                          (10,000)      (10,000)\nConveyances inspected      3,225.6       3,401.2          +5.4\n    Ships                     12.3          14.1         +14.6",
             facts: [Expect(metric: "vehicles.total", value: "34012000", yoy: "5.4"),
                     Expect(metric: "vehicles.total", value: "32256000", period: "2023"),
                     Expect(metric: "vehicles.ships", value: "141000", yoy: "14.6"),
                     Expect(metric: "vehicles.ships", value: "123000", period: "2023")]),
        // A change column in 10,000s is no percentage change; a title names its table.
        Case(text: "Table 4: Documents issued\n\nType                      2024       2023     Change\n                      (10,000)   (10,000)   (10,000)\nOrdinary passports     2,098.8    1,987.0     +111.8",
             facts: [Expect(metric: "documents.passports", value: "20988000"),
                     Expect(metric: "documents.passports", value: "19870000", period: "2023")]),
        // A Unit column: counted nouns, tonnes, an amount in CNY 100m, a scale of its own; labels
        // wrapped onto a second, indented line.
        Case(text: "Table 3  Enforcement\n\nIndicator                          Unit        2024        2023   Change\n-------------------------------------------------------------------------\nForeign nationals found staying\n  illegally                      persons      12,408      10,377     +19.6\nDrugs seized                      tonnes        4.75        6.10     -22.1\nValue of smuggled goods         CNY 100m        12.5         9.8     +27.6\nCriminal suspects arrested        10,000        1.82        1.64     +11.0",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "12408", yoy: "19.6"),
                     Expect(metric: "enforcement.illegal_foreigners", value: "10377", period: "2023"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "4.75", yoy: "-22.1"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "6.10", period: "2023"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "1250000000", yoy: "27.6"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "980000000", period: "2023"),
                     Expect(metric: "enforcement.suspects", value: "18200", yoy: "11.0"),
                     Expect(metric: "enforcement.suspects", value: "16400", period: "2023")]),
        // A wrapped label whose first line comes after a row; commas inside a label.
        Case(text: "Documents issued         2024         2023      Change\n                     (10,000)     (10,000)         (%)\nOrdinary passports      2,098.8      1,987.0        +5.6\nPermits for mainland residents\n  to/from HK, Macao and Taiwan    7,015.3    6,200.1    +13.1",
             facts: [Expect(metric: "documents.passports", value: "20988000", yoy: "5.6"),
                     Expect(metric: "documents.passports", value: "19870000", period: "2023"),
                     Expect(metric: "documents.mainland_hkmt_permits", value: "70153000", yoy: "13.1"),
                     Expect(metric: "documents.mainland_hkmt_permits", value: "62001000", period: "2023")]),
        // A line of words over indented rows that start anew (capitalised) heads them all.
        Case(text: "Type                         2024        2023     Change\n                         (10,000)    (10,000)        (%)\nConveyances inspected\n  Motor vehicles            757.4       698.2       +8.5\n  Trains                     11.8         9.0      +31.1",
             facts: [Expect(metric: "vehicles.motor", value: "7574000", yoy: "8.5"),
                     Expect(metric: "vehicles.motor", value: "6982000", period: "2023"),
                     Expect(metric: "vehicles.trains", value: "118000", yoy: "31.1"),
                     Expect(metric: "vehicles.trains", value: "90000", period: "2023")]),
        // A scale in brackets closing the label column's heading holds for every year column.
        Case(text: "Conveyances inspected (million)            2023       2024\nMotor vehicles                  11.42      17.36\nAircraft                         0.21       0.48",
             facts: [Expect(metric: "vehicles.motor", value: "17360000"),
                     Expect(metric: "vehicles.motor", value: "11420000", period: "2023"),
                     Expect(metric: "vehicles.aircraft", value: "480000"),
                     Expect(metric: "vehicles.aircraft", value: "210000", period: "2023")]),
        Case(text: "Documents issued (10,000)     2024      2023     Change (%)\nOrdinary passports          2,098.8   1,987.0        +5.6",
             facts: [Expect(metric: "documents.passports", value: "20988000", yoy: "5.6"),
                     Expect(metric: "documents.passports", value: "19870000", period: "2023")]),
        Case(text: "Travellers inspected (million person-trips)    2023    2024\nForeigners                                    35.48   64.88",
             facts: [Expect(metric: "people.foreigners", value: "64880000"),
                     Expect(metric: "people.foreigners", value: "35480000", period: "2023")]),
        // A change alone in the prose under the table goes to the one row of the period it names.
        Case(text: "Documents issued (million)        2023      2024\nOrdinary passports               18.20     20.99\nPort visas                        0.71      0.95\n\nThe number of ordinary passports issued grew by 15.3%, and most applications were handled online.",
             facts: [Expect(metric: "documents.passports", value: "20990000", yoy: "15.3"),
                     Expect(metric: "documents.passports", value: "18200000", period: "2023"),
                     Expect(metric: "documents.port_visas", value: "950000"),
                     Expect(metric: "documents.port_visas", value: "710000", period: "2023")]),
        // A note under the table writes its figures in the units row's notation.
        Case(text: "Category                 2024        2023     Change\n                     (10,000)    (10,000)        (%)\nPeople inspected       61,002.5    42,405.1      +43.9\n\nNotes\n1. Foreign nationals inspected in 2024 numbered 6,488.2 (10,000).",
             facts: [Expect(metric: "people.total", value: "610025000", yoy: "43.9"),
                     Expect(metric: "people.total", value: "424051000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "64882000")]),
        // Columns headed "This year" and "Last year" with their years in brackets below: the years
        // date the columns and scale nothing; the label's "(million …)" scales its row and the rows
        // indented under it; "(CNY million)" is an amount; "(%)" a rate whose change in "pp" is none.
        Case(text: "Indicator                          This year     Last year     Change\n                                      (2024)        (2023)\nTravellers checked (million person-trips)   598.20        411.05    +45.5%\n  of which: foreigners                       61.40         33.80    +81.7%\nGuns seized                                  1,904         2,233    -14.7%\nValue of smuggled goods (CNY million)          275           240    +14.6%\nPublic satisfaction rate (%)                  98.4          97.9    +0.5 pp",
             facts: [Expect(metric: "people.total", value: "598200000", yoy: "45.5"),
                     Expect(metric: "people.total", value: "411050000", period: "2023"),
                     Expect(metric: "people.foreigners", value: "61400000", yoy: "81.7"),
                     Expect(metric: "people.foreigners", value: "33800000", period: "2023"),
                     Expect(metric: "enforcement.guns", value: "1904", yoy: "-14.7"),
                     Expect(metric: "enforcement.guns", value: "2233", period: "2023"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "275000000", yoy: "14.6"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "240000000", period: "2023"),
                     Expect(metric: "services.hotline_satisfaction", value: "98.4"),
                     Expect(metric: "services.hotline_satisfaction", value: "97.9", period: "2023")]),
        Case(text: "Item                         Current       Previous      Change\n                              (2024)        (2023)\nGuns seized                   3,120         2,870        +8.7%\nVisas issued (thousand)       1,915         1,702       +12.5%",
             facts: [Expect(metric: "enforcement.guns", value: "3120", yoy: "8.7"),
                     Expect(metric: "enforcement.guns", value: "2870", period: "2023"),
                     Expect(metric: "documents.visas", value: "1915000", yoy: "12.5"),
                     Expect(metric: "documents.visas", value: "1702000", period: "2023")]),
    ]

    @Test(arguments: unitsRows)
    func aUnitsRowOrUnitColumnScalesItsFigures(_ c: Case) throws { try c.check() }

    /// An annex's "Label (10,000 person-trips): figure | YoY: change" lines: the scale in the label's
    /// brackets, written with digits, scales the line's figure; a year or a quarter set off at the
    /// label's end dates it; a pipe table's ">" reads as "more than".
    static let bracketedScaleLabels: [Case] = [
        Case(text: "1. Border checks\nTravellers checked, all ports (10,000 person-trips): 52,310.5 | YoY: +12.4\n  Foreign nationals (10,000 person-trips): 4,880.0 | YoY: -3.1",
             facts: [Expect(metric: "people.total", value: "523105000", yoy: "12.4"),
                     Expect(metric: "people.foreigners", value: "48800000", yoy: "-3.1")]),
        Case(text: "2. Documents\nPort visas issued (10,000): 92.4\nExit-entry permits for mainland residents travelling to and from Hong Kong and Macao (10,000 pieces): 2,710.6 | YoY: +4.0",
             facts: [Expect(metric: "documents.port_visas", value: "924000"),
                     Expect(metric: "documents.mainland_hkmt_permits", value: "27106000", yoy: "4.0")]),
        Case(text: "3. Services and enforcement\nEnquiries handled by the government service platform (million): 87\n12367 hotline, calls taken (10,000): 612.0\nValue of goods smuggled (RMB 100 million): 1.9",
             facts: [Expect(metric: "services.platform_requests", value: "87000000"),
                     Expect(metric: "services.hotline_calls", value: "6120000"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "190000000")]),
        Case(text: "Memorandum\nForeign nationals inspected, 2019 (10,000 person-trips): 9,100.0\nOrdinary passports issued, 2023 (10,000): 1,950.2\nTravellers inspected, Q3 2024 (10,000 person-trips): 15,200.0\nTravellers inspected, first half, 2024 (10,000 person-trips): 27,400.0",
             facts: [Expect(metric: "people.foreigners", value: "91000000", period: "2019"),
                     Expect(metric: "documents.passports", value: "19502000", period: "2023"),
                     Expect(metric: "people.total", value: "152000000", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "274000000", period: "2024-H1")]),
        Case(text: "Enforcement\nItem | Unit | Value\nSuspects detained | persons | >41,000\nGuns seized | guns | ≥1,500\nDrug cases | cases | 388",
             facts: [Expect(metric: "enforcement.suspects", value: "41000", qualifier: .atLeast),
                     Expect(metric: "enforcement.guns", value: "1500", qualifier: .atLeast),
                     Expect(metric: "enforcement.drug_cases", value: "388")]),
    ]

    @Test(arguments: bracketedScaleLabels)
    func aScaleInTheLabelsBracketsScalesItsLine(_ c: Case) throws { try c.check() }

    /// The multiplier in the brackets is never reported as a figure.
    @Test func theLabelsMultiplierIsNoFigure() throws {
        let facts = try extract("Annex\nPort visas (10,000): 147.6 | YoY: +87.3\nValue of smuggled goods (CNY 100 million): 3.6\nVisas issued to foreigners (10,000): 260.0")
        #expect(!facts.contains { [10000, 100_000_000].contains($0.value) }, "\(facts.map(\.value))")
    }

    @Test(arguments: [
        ("(10,000)", TableWords.UnitEntry(scale: 10000, unit: nil)),
        ("(CNY 100m)", TableWords.UnitEntry(scale: 100_000_000, unit: "CNY", currency: "cny")),
        ("RMB 100 million", TableWords.UnitEntry(scale: 100_000_000, unit: "CNY", currency: "rmb")),
        ("(%)", TableWords.UnitEntry(scale: 1, unit: "percent")),
        ("persons", TableWords.UnitEntry(scale: 1, unit: "persons")),
        ("(million person-trips)", TableWords.UnitEntry(scale: 1_000_000, unit: "person-trips")),
        ("(CNY million)", TableWords.UnitEntry(scale: 1_000_000, unit: "CNY", currency: "cny")),
        // A scale is a power of ten: a year in brackets is none.
        ("(2024)", nil),
        ("(1,500)", nil),
        ("", nil),
        ("(10,000", nil),
    ] as [(String, TableWords.UnitEntry?)])
    func unitCells(_ cell: String, _ entry: TableWords.UnitEntry?) {
        #expect(TableWords(grammar: sharedExtractor.grammar).cellUnit(cell) == entry)
    }

    @Test(arguments: [("Change", true), ("Change (%)", true), ("% change", true), ("y/y", true), ("同比（％）", true),
                      ("Exchange rate", false), ("2024", false), ("Item", false)])
    func changeHeadings(_ cell: String, _ isChange: Bool) {
        #expect(TableWords(grammar: sharedExtractor.grammar).isChangeHeading(cell) == isChange)
    }

    @Test(arguments: [
        "Investigated and punished \"three illegal\" foreigners 8.41,000 person-times, repatriated 3.1 ten thousand person-times.",
        "Investigated \"three illegals\" foreign nationals 8.41,000 person-times.",
    ])
    func aMalformedFigureKeepsItsMetricFlagged(_ text: String) throws {
        let facts = try extract(text)
        let f = try #require(facts.first { $0.metric == "enforcement.illegal_foreigners" }, "\(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
        #expect(f.status == .flagged && f.written == "8.41,000")
    }
}

/// Layouts of infographics, slides and statistics tables: a Chinese figure above its label, a
/// bulleted heading over figure blocks, cells of labelled figures parted by bars, a table's
/// numbered title, "&" for "and", and a short word for documents. Every text is invented.
struct LayoutTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // A Chinese infographic: the figure with its unit on its line, the label under it, the change
        // after the label or on the line after; the bulleted heading heads the blocks below it.
        Case(text: "📌 出入境人员\n\n3.05亿人次\n全国移民管理机构查验出入境人员\n同比上升9.8%\n\n1.42亿人次\n内地居民 ⬆️8.1%",
             facts: [Expect(metric: "people.total", value: "305000000", yoy: "9.8"), Expect(metric: "people.mainland", value: "142000000", yoy: "8.1")]),
        Case(text: "■ 证件签发\n\n2150万本\n签发普通护照，同比上升6.4%\n\n186万证次\n签发外国人签证证件 ⬇️2.2%",
             facts: [Expect(metric: "documents.passports", value: "21500000", yoy: "6.4"), Expect(metric: "documents.visas", value: "1860000", yoy: "-2.2")]),
        Case(text: "🔹 执法打击\n\n9100余起\n侦办妨害国(边)境管理犯罪案件\n\n2.3吨\n缴获各类毒品",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "9100", qualifier: .atLeast), Expect(metric: "enforcement.drugs_tonnes", value: "2.3")]),
        // The same in English: a figure with its scale word, its label in lower case under it.
        Case(text: "📌 Border crossings\n\n598.1 million\ntravellers inspected at ports\n▲ 6.3% y/y\n\n301.2m\nmainland residents ▲ 5.0%",
             facts: [Expect(metric: "people.total", value: "598100000", yoy: "6.3"), Expect(metric: "people.mainland", value: "301200000", yoy: "5.0")]),
        // A numbered table title names no figure; its unit line scales the rows, measure words in brackets too.
        Case(text: "表2  交通运输工具查验情况\n单位：万架（列、艘、辆）次\n\n指标                本期       同比增减(%)\n交通运输工具合计    1620.4       9.9\n  飞机                41.3      12.0",
             facts: [Expect(metric: "vehicles.total", value: "16204000", yoy: "9.9"), Expect(metric: "vehicles.aircraft", value: "413000", yoy: "12.0")]),
        Case(text: "附表1  证件签发情况\n\n指标          单位       本期      同比增减(%)\n普通护照      万本      1320.5       7.7\n往来港澳台通行证   万张    1610.2      4.1",
             facts: [Expect(metric: "documents.passports", value: "13205000", yoy: "7.7"), Expect(metric: "documents.mainland_hkmt_permits", value: "16102000", yoy: "4.1")]),
        // A title listing two kinds of rows (签证及口岸签证) rules neither out of a row whose label names it.
        Case(text: "表4  证件签发及口岸签证情况\n\n  项目                       数值          同比\n  外国人签证证件（万件）     88.2         +15.1%\n  口岸签证（万件）           33.7         +9.6%",
             facts: [Expect(metric: "documents.visas", value: "882000", yoy: "15.1"), Expect(metric: "documents.port_visas", value: "337000", yoy: "9.6")]),
        Case(text: "表2  外国人签证证件和口岸签证签发情况\n\n  项目                       数值（万人次）     同比\n  外国人签证证件              71.4             +8.8%",
             facts: [Expect(metric: "documents.visas", value: "714000", yoy: "8.8")]),
        Case(text: "Table 3  Visas and port visas issued\n\n  Item                          Number      Change\n  Visas issued to foreigners    1,120,000   +12.0%\n  Port visas                    402,000     +7.5%",
             facts: [Expect(metric: "documents.visas", value: "1120000", yoy: "12.0"), Expect(metric: "documents.port_visas", value: "402000", yoy: "7.5")]),
        // A title naming one kind alone still rules out what its rows would otherwise count.
        Case(text: "表1  外国人出入境情况\n\n  项目                    数值（万人次）     同比\n  出入境人员               3020             +21.0%",
             facts: [], absent: ["people.total"]),
        // "&" reads as "and", in a table row with its scale in brackets and in a fact sheet's label.
        Case(text: "    Indicator                           2023      2024    Change\n    Travellers inspected (million)     424.1     610.0   +43.8%\n      Macao & Taiwan residents (m)     190.2     254.0   +33.5%",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.8"), Expect(metric: "people.total", value: "424100000", period: "2023"),
                     Expect(metric: "people.hkmt", value: "254000000", yoy: "33.5"), Expect(metric: "people.hkmt", value: "190200000", period: "2023")]),
        Case(text: "KEY FIGURES\n\n• Visas & residence docs issued to foreigners: 1.2 million (+9.0%)",
             facts: [Expect(metric: "documents.visas", value: "1200000", yoy: "9.0")]),
        Case(text: "Documents\n\nThe administration issued 640,000 visa docs to foreigners in 2024.",
             facts: [Expect(metric: "documents.visas", value: "640000")]),
        // A slide's cells parted by bars: each label reads with its own figure.
        Case(text: "Slide 8\nEnforcement\n- Guns: 1,500+ | bullets: 80K+",
             facts: [Expect(metric: "enforcement.guns", value: "1500", qualifier: .atLeast), Expect(metric: "enforcement.bullets", value: "80000", qualifier: .atLeast)]),
        Case(text: "Slide 8\nEnforcement\n- Drug cases: 3,210 | Guns: 75",
             facts: [Expect(metric: "enforcement.drug_cases", value: "3210"), Expect(metric: "enforcement.guns", value: "75")]),
        // A label a verb-bound rule names alone ("individuals", arrested or inspected) is no label.
        Case(text: "Slide 10\nOur people\n- Commended units: 80+ | individuals: 240+", facts: [], absent: ["people.total", "enforcement.suspects"]),
    ]

    @Test(arguments: cases)
    func layout(_ c: Case) throws { try c.check() }

    /// A bulleted heading right above a figure opens its statement: the figure is of the month it names,
    /// never the release's quarter.
    @Test func subHeadingRightAboveAFigure() throws {
        let facts = try extract("📌 出入境人员\n\n1.71亿人次\n全国移民管理机构查验出入境人员\n\n✅ 2月单月\n5120万人次\n出入境人员", period: "2025-Q1", released: "2025-04-15", language: "zh")
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 171_000_000 && $0.period.description == "2025-Q1" })
        #expect(!facts.contains { $0.value == 51_200_000 && $0.period.description == "2025-Q1" }, "\(facts.map { "\($0.metric ?? "-")=\($0.value) \($0.period)" })")
    }

    /// A list written one count a line, then a line of changes alone (同比分别上升…, "up … respectively"):
    /// the changes go to those counts in order. Counts and changes that do not agree in number bind nothing.
    static let lineListChanges: [(text: String, language: String, yoy: [String: Decimal])] = [
        ("🔸全年共签发出入境证件情况如下👇\n▪️普通护照 2310.5万本\n▪️往来港澳台通行证 3120.4万本\n同比分别增长12.1%、8.4%", "zh",
         ["documents.passports": 12.1, "documents.mainland_hkmt_permits": 8.4]),
        ("其中：\n• 内地居民 3.01亿人次\n• 港澳台居民 2.55亿人次\n• 外国人 6488万人次\n同比分别上升8.9%、4.6%、下降1.2%", "zh",
         ["people.mainland": 8.9, "people.hkmt": 4.6, "people.foreigners": -1.2]),
        ("Of which:\n- Mainland residents: 301.2 million\n- Foreign nationals: 64.9 million\nUp 8.9% and 41.3% respectively", "en",
         ["people.mainland": 8.9, "people.foreigners": 41.3]),
        // Three changes for two counts: none is bound.
        ("其中：\n• 内地居民 3.01亿人次\n• 外国人 6488万人次\n同比分别上升8.9%、4.6%、1.2%", "zh",
         [:]),
    ]

    @Test(arguments: lineListChanges)
    func changesLineAfterOneCountALine(_ c: (text: String, language: String, yoy: [String: Decimal])) throws {
        let facts = try extract(c.text, language: c.language).filter { $0.metric != nil }
        let got = facts.reduce(into: [String: Decimal]()) { d, f in if let y = f.yoyPct { d[f.metric!] = y } }
        #expect(got == c.yoy, "got \(facts.map { "\($0.metric!)=\($0.value) \($0.yoyPct.map { "\($0)" } ?? "-")" })")
        #expect(facts.count >= 2)
    }

    /// "1.020万人次" written for 1,020万: read as that, flagged.
    @Test func garbledInfographicFigureIsFlagged() throws {
        let facts = try extract("📌 免签入境\n\n2.040万人次\n免签入境外国人，同比上升41.0%", period: "2025-Q1", released: "2025-04-15", language: "zh")
        let f = try #require(facts.first { $0.metric == "people.visa_free_foreigners" })
        #expect(f.value == 20_400_000 && f.status == .flagged)
    }

    // MARK: Columns headed by parts of the year

    /// A table whose columns are quarters or halves of the release's year ("Q1 … Q4 | Full year",
    /// 一季度 … 全年, "H1 | H2"): each column's figures are that part's, the whole year's column is the
    /// year's. A row of year-on-year changes gives each column's change to the row its label names;
    /// a row of changes on another base (quarter on quarter, 环比) gives nothing.
    static let partColumns: [Case] = [
        Case(text: """
            Crossings by quarter

            | Item | Q1 | Q2 | Q3 | Q4 | Full year |
            |---|---|---|---|---|---|
            | Border crossings inspected (million person-trips) | 141.2 | 143.6 | 160.3 | 165.0 | 610.1 |
            | Year-on-year change, border crossings inspected (%) | +61.0 | +48.1 | +40.2 | +32.7 | +43.9 |
            | Quarter-on-quarter change, border crossings inspected (%) | — | +1.7 | +11.6 | +2.9 | — |
            | Conveyances inspected (million) | 7.01 | 7.32 | 7.86 | 7.93 | 30.12 |
            """,
             facts: [Expect(metric: "people.total", value: "141200000", yoy: "61.0", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "143600000", yoy: "48.1", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "160300000", yoy: "40.2", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "165000000", yoy: "32.7", period: "2024-Q4"),
                     Expect(metric: "people.total", value: "610100000", yoy: "43.9"),
                     Expect(metric: "vehicles.total", value: "7010000", period: "2024-Q1"),
                     Expect(metric: "vehicles.total", value: "7320000", period: "2024-Q2"),
                     Expect(metric: "vehicles.total", value: "7860000", period: "2024-Q3"),
                     Expect(metric: "vehicles.total", value: "7930000", period: "2024-Q4"),
                     Expect(metric: "vehicles.total", value: "30120000")]),
        // A change row that names no row of the table binds to the row right above it.
        Case(text: """
            Documents by half-year

            | Documents | H1 | H2 |
            |---|---|---|
            | Ordinary passports issued (million) | 10.2 | 11.9 |
            | Year-on-year change (%) | +12.4 | +9.8 |
            """,
             facts: [Expect(metric: "documents.passports", value: "10200000", yoy: "12.4", period: "2024-H1"),
                     Expect(metric: "documents.passports", value: "11900000", yoy: "9.8", period: "2024-H2")]),
        Case(text: """
            分季度查验情况

            项目\t一季度\t二季度\t三季度\t四季度\t全年
            出入境人员（万人次）\t14120\t14360\t16030\t16500\t61010
            出入境人员同比（％）\t+61.0\t+48.1\t+40.2\t+32.7\t+43.9
            出入境人员环比（％）\t—\t+1.7\t+11.6\t+2.9\t—
            """,
             facts: [Expect(metric: "people.total", value: "141200000", yoy: "61.0", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "143600000", yoy: "48.1", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "160300000", yoy: "40.2", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "165000000", yoy: "32.7", period: "2024-Q4"),
                     Expect(metric: "people.total", value: "610100000", yoy: "43.9")]),
    ]

    @Test(arguments: partColumns)
    func columnsHeadedByPartsOfTheYear(_ c: Case) throws { try c.check() }

    /// A column headed by a part of the year after a part marker ("其中：二季度", "Of which: Q2") is
    /// that part's column, not the release's period's; its changes on another base (环比, q/q) are no
    /// year-on-year change.
    static let markedPartColumns: [(text: String, language: String)] = [
        ("""
            Half-year figures

            | Item | First half | Change y/y | Of which: Q2 | Change q/q |
            |---|---|---|---|---|
            | Ordinary passports issued (million) | 18.5 | +40.0% | 9.6 | +7.9% |
            | Conveyances inspected (million) | 14.2 | +20.1% | 7.4 | +8.8% |
            """, "en"),
        ("""
            Half-year figures

            | Item | H1 | YoY | of which, Q2 | QoQ |
            |---|---|---|---|---|
            | Ordinary passports issued (million) | 18.5 | +40.0% | 9.6 | +7.9% |
            | Conveyances inspected (million) | 14.2 | +20.1% | 7.4 | +8.8% |
            """, "en"),
        ("""
            表：上半年主要数据（单位：万）

            | 项目 | 上半年 | 同比 | 其中：二季度 | 环比 |
            | --- | --- | --- | --- | --- |
            | 签发普通护照（万本） | 1850 | +40.0% | 960 | +7.9% |
            | 交通运输工具（万架/列/艘/辆次） | 1420 | +20.1% | 740 | +8.8% |
            """, "zh"),
        ("""
            上半年数据一览

            项目\t上半年\t同比（％）\t其中二季度\t环比（％）
            签发普通护照（万本）\t1850\t40.0\t960\t7.9
            交通运输工具（万架/列/艘/辆次）\t1420\t20.1\t740\t8.8
            """, "zh"),
    ]

    @Test(arguments: markedPartColumns)
    func partColumnAfterAPartMarker(_ c: (text: String, language: String)) throws {
        let facts = try extract(c.text, period: "2024-H1", released: "2024-07-15", language: c.language).filter { $0.metric != nil }
        let seen = Set(facts.map { "\($0.metric!)=\($0.value) \($0.period) \($0.yoyPct.map { "\($0)" } ?? "-")" })
        #expect(seen == ["documents.passports=18500000 2024-H1 40", "documents.passports=9600000 2024-Q2 -",
                         "vehicles.total=14200000 2024-H1 20.1", "vehicles.total=7400000 2024-Q2 -"], "got \(seen)")
    }

    /// In a release on a quarter, that quarter's column is the release's own; the others are theirs.
    @Test func quarterColumnsInAQuarterlyRelease() throws {
        let text = """
            Crossings by foreign nationals, first half of 2024

            | Indicator | Q1 | Q2 | First half |
            |---|---|---|---|
            | Foreign nationals (million person-trips) | 8.9 | 9.6 | 18.5 |
            """
        let facts = try extract(text, period: "2024-Q2").filter { $0.metric != nil }
        let seen = Set(facts.map { "\($0.metric!)=\($0.value) \($0.period)" })
        #expect(seen == ["people.foreigners=8900000 2024-Q1", "people.foreigners=9600000 2024-Q2", "people.foreigners=18500000 2024-H1"], "got \(seen)")
    }
}
