import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Word-for-word machine translation (singular nouns, 起 as "rises", 名 as "name"), glosses in
/// brackets between a subject and its figure, and Chinese officers' casualties written with 、:
/// invented sentences in those styles.
struct PhrasingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // A figure set off by commas before "were": its subject follows the verb; "of which" is no such verb.
        Case(text: "Officers inspected 512 million crossings. About half of those, some 260 million, were mainland residents.",
             facts: [Expect(metric: "people.total", value: "512000000"), Expect(metric: "people.mainland", value: "260000000", qualifier: .approx)]),
        Case(text: "Border officers checked 431 million travellers. Of these, nearly a fifth, over 80 million, were foreign nationals.",
             facts: [Expect(metric: "people.total", value: "431000000"), Expect(metric: "people.foreigners", value: "80000000", qualifier: .atLeast)]),
        Case(text: "Visas and documents issued to foreigners: 2.2 million, of which port visas 640,000.",
             facts: [Expect(metric: "documents.visas", value: "2200000"), Expect(metric: "documents.port_visas", value: "640000")]),
        // A listicle: each line opens with the figure, a dash, then what it counts; a change on a line
        // of its own ("12.4% — the rise in …") is the line before's.
        Case(text: "412 million — inbound and outbound crossings inspected by border officers in 2024.\n\n12.4% — the rise in crossings compared with the previous year.",
             facts: [Expect(metric: "people.total", value: "412000000", yoy: "12.4")]),
        Case(text: "208.3 million — crossings by mainland residents, up 10.2%.\n\n96.5 million — crossings by residents of Hong Kong, Macao and Taiwan, down 1.8%.",
             facts: [Expect(metric: "people.mainland", value: "208300000", yoy: "10.2"), Expect(metric: "people.hkmt", value: "96500000", yoy: "-1.8")]),
        Case(text: "3.2 million: ordinary passports issued.\n\n7.5%: the drop in passports issued from the year before.",
             facts: [Expect(metric: "documents.passports", value: "3200000", yoy: "-7.5")]),
        // Singular nouns and measure words of a literal translation.
        Case(sentence: "Whole year investigated hinder national (border) border management crime case 18,000 rises, year-on-year rise 9.6%.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "18000", yoy: "9.6")]),
        Case(sentence: "Cracked drug case 960 rises, arrested criminal suspect 31,000 name.",
             facts: [Expect(metric: "enforcement.drug_cases", value: "960"), Expect(metric: "enforcement.suspects", value: "31000")]),
        Case(sentence: "The organs issued ordinary passport 2.71 million books, year-on-year decrease 40.5%.",
             facts: [Expect(metric: "documents.passports", value: "2710000", yoy: "-40.5")]),
        Case(sentence: "Whole year national port inspected in total 310 million people-times, year-on-year decrease 52.3%.",
             facts: [Expect(metric: "people.total", value: "310000000", yoy: "-52.3")]),
        // 起 as "starts", 打掉 as "hit off", 满意度 as "satisfaction degree", 国（边）境 as "(border) border".
        Case(sentence: "The organs investigated crime cases of hindering the nation (border) border management 12,600 starts, hit off crime gangs 412.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "12600"), Expect(metric: "enforcement.gangs", value: "412")]),
        Case(sentence: "Cracked drug case 310 starts, captured criminal suspect 8,300 names.",
             facts: [Expect(metric: "enforcement.drug_cases", value: "310"), Expect(metric: "enforcement.suspects", value: "8300")]),
        Case(sentence: "The 12367 platform answered calls, the masses satisfaction degree 98.76%.",
             facts: [Expect(metric: "services.hotline_satisfaction", value: "98.76")]),
        Case(sentence: "The national (border) border management organs inspected in total 310 million people-times.",
             facts: [Expect(metric: "people.total", value: "310000000")]),
        Case(sentence: "Five comrade sacrificed on the duty, 61 comrade injured on the duty.",
             facts: [Expect(metric: "personnel.deaths", value: "5"), Expect(metric: "personnel.injured", value: "61")]),
        // "rises" after a figure counts cases; a rise written as a change still reads as one.
        Case(sentence: "Border police cracked 5,200 criminal cases of obstructing border management, a rise of 8.1% year on year.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "5200", yoy: "8.1")]),
        Case(sentence: "Ordinary passports issued rose 12.4% year on year to 9.3 million.",
             facts: [Expect(metric: "documents.passports", value: "9300000", yoy: "12.4")]),
        // A gloss in brackets between the subject and its figure.
        Case(sentence: "Investigated \"three non\" foreigner (illegal entry, illegal residence, illegal employment) 27,000 person-times.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "27000")]),
        Case(sentence: "Inspections of means of transport (aircraft, trains and ships) reached 28.4 million, up 3.3 per cent year on year.",
             facts: [Expect(metric: "vehicles.total", value: "28400000", yoy: "3.3")]),
        Case(sentence: "Conveyances inspected (planes, trains, vessels and motor vehicles) totalled 31.05 million.",
             facts: [Expect(metric: "vehicles.total", value: "31050000")]),
        // Foreign nationals "for illegal entry …" are the three illegals; present participles of dismantling.
        Case(sentence: "Police investigated some 52,000 foreign nationals for illegal entry, residence or employment.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "52000", qualifier: .approx)]),
        Case(sentence: "Border police arrested 9,100 suspects, smashing 270 criminal gangs involved in smuggling.",
             facts: [Expect(metric: "enforcement.suspects", value: "9100"), Expect(metric: "enforcement.gangs", value: "270")]),
        Case(sentence: "Among them, 71.2 million were inland (mainland) residents, up 8.8%.",
             facts: [Expect(metric: "people.mainland", value: "71200000", yoy: "8.8")]),
        // Chinese: officers and auxiliary police joined by 、 before 牺牲 / 负伤, figures in either numeral.
        Case(text: "全年共有九名民警、辅警因公牺牲，73名民警、辅警因公负伤。",
             facts: [Expect(metric: "personnel.deaths", value: "9"), Expect(metric: "personnel.injured", value: "73")], language: "zh"),
        Case(text: "这一年，14名民警、辅警英勇牺牲，201名因公负伤。",
             facts: [Expect(metric: "personnel.deaths", value: "14"), Expect(metric: "personnel.injured", value: "201")], language: "zh"),
        // A fact sheet's bullets with the figure in words after the label's colon.
        Case(text: "PERSONNEL\n- Died in the line of duty: seven\n- Injured in the line of duty: 33",
             facts: [Expect(metric: "personnel.deaths", value: "7"), Expect(metric: "personnel.injured", value: "33")]),
        Case(text: "Officers who died on duty: eleven\nOfficers injured on duty: fifty",
             facts: [Expect(metric: "personnel.deaths", value: "11"), Expect(metric: "personnel.injured", value: "50")]),
        // Officers who were trained are not casualties.
        Case(text: "全年培训38名民警、辅警。", facts: [], absent: ["personnel.deaths", "personnel.injured"], language: "zh"),
        // A change alone on the line after a figure's line binds to that figure.
        Case(text: "全年签发普通护照2,480万本\n同比下降3.6%\n", facts: [Expect(metric: "documents.passports", value: "24800000", yoy: "-3.6")], language: "zh"),
        Case(text: "查验出入境交通运输工具2,905万架（列、艘、辆）次\n同比增长4.4%\n",
             facts: [Expect(metric: "vehicles.total", value: "29050000", yoy: "4.4")], language: "zh"),
        Case(text: "Border police inspected 512 million travellers.\n\nThat was up 6.1% year on year.\n",
             facts: [Expect(metric: "people.total", value: "512000000", yoy: "6.1")]),
        // Not across a line with its own change, nor onto a line of two counts.
        Case(text: "全年签发普通护照2,480万本，同比下降3.6%\n同比增长1.2%\n",
             facts: [Expect(metric: "documents.passports", value: "24800000", yoy: "-3.6")], language: "zh"),
        Case(text: "全年签发普通护照2,480万本、口岸签证61万人次\n同比增长1.2%\n",
             facts: [Expect(metric: "documents.passports", value: "24800000"), Expect(metric: "documents.port_visas", value: "610000")], language: "zh"),
        // Nor onto a count of another metric than the one the change's sentence names.
        Case(text: "- Ordinary passports issued: 2.3 million\n- Port visas issued: up 14.5% (no count given)\n",
             facts: [Expect(metric: "documents.passports", value: "2300000")]),
        Case(text: "全年签发普通护照2,480万本。外国人出入境同比增长四成多。",
             facts: [Expect(metric: "documents.passports", value: "24800000")], language: "zh"),
        Case(text: "Endorsements issued: 4.1 million.\n\nThe number of endorsements issued was up 9.2% year on year.\n",
             facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "4100000", yoy: "9.2")]),
        // Nor across a line without figures.
        Case(text: "全年签发普通护照2,480万本\n（二）口岸签证\n同比增长1.2%\n",
             facts: [Expect(metric: "documents.passports", value: "24800000")], language: "zh"),
        // List lines without a separator under a line ending with a colon take it as their heading.
        Case(text: "全年查验出入境人员5.9亿人次\n其中：\n内地居民3.01亿人次，同比增长4.1%\n港澳台居民2.12亿人次，同比下降1.5%\n外国人7,730万人次\n",
             facts: [Expect(metric: "people.total", value: "590000000"),
                     Expect(metric: "people.mainland", value: "301000000", yoy: "4.1"),
                     Expect(metric: "people.hkmt", value: "212000000", yoy: "-1.5"),
                     Expect(metric: "people.foreigners", value: "77300000")], language: "zh"),
        Case(text: "出入境人员构成如下：\n内地居民2.4亿人次\n外国人5,100万人次\n",
             facts: [Expect(metric: "people.mainland", value: "240000000"), Expect(metric: "people.foreigners", value: "51000000")], language: "zh"),
        // Not under a heading without a colon.
        Case(text: "（一）出入境人员\n内地居民3.01亿人次\n", facts: [], absent: ["people.mainland"], language: "zh"),
        // 签注 counted in 件次 is the endorsements issued, on a line of its own too; not without that measure.
        Case(text: "签发往来港澳台证件2,210万本\n签注9,870万件次\n",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "22100000"),
                     Expect(metric: "documents.mainland_hkmt_endorsements", value: "98700000")], language: "zh"),
        Case(text: "赴港澳签注平均办理时长缩短至5个工作日。", facts: [], absent: ["documents.mainland_hkmt_endorsements"], language: "zh"),
        Case(sentence: "Issued inland residents come and go Hong Kong Macao Taiwan certificate and endorsement 21.4 million books (pieces) times.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "21400000")]),
        // Text copied from a PDF: lines broken mid-sentence, words hyphenated at the line end, a
        // page number and running header inside a sentence.
        Case(text: "Annual Report on Border Administration\n\nIn 2024, border inspection officers checked 71.4 million travellers, up\n6.3 per cent year on year, and 5.02 million means of transport, including\n121,000 air-\ncraft and 26,000 trains.\n\nThe exit-entry administrations issued 2.65 million ordinary pass-\nports and 810,000 visas to foreign nationals. Police seized 1,210 guns and\n\n- 2 -\n\nAnnual Report on Border Administration\n\nmore than 47,000 rounds of ammunition.",
             facts: [Expect(metric: "people.total", value: "71400000", yoy: "6.3"), Expect(metric: "vehicles.total", value: "5020000"),
                     Expect(metric: "vehicles.aircraft", value: "121000"), Expect(metric: "vehicles.trains", value: "26000"),
                     Expect(metric: "documents.passports", value: "2650000"), Expect(metric: "documents.visas", value: "810000"),
                     Expect(metric: "enforcement.guns", value: "1210"), Expect(metric: "enforcement.bullets", value: "47000", qualifier: .atLeast)]),
        // A rate set off as an aside between the count and its change: the change is the count's.
        Case(sentence: "Officers checked 702 million crossings last year - roughly 1.9 million a day - a rise of 15.4% on the year before.",
             facts: [Expect(metric: "people.total", value: "702000000", yoy: "15.4")]),
        Case(sentence: "The ports handled 58.3 million inbound and outbound trips in 2024 (about 160,000 per day), up 21.7% year on year.",
             facts: [Expect(metric: "people.total", value: "58300000", yoy: "21.7")]),
        // Trips "recorded" with no other word of a crossing are crossings too.
        Case(sentence: "In 2024, 598 million trips were recorded nationwide.", facts: [Expect(metric: "people.total", value: "598000000")]),
        Case(sentence: "Last year 598 million trips were registered at the country's ports.", facts: [Expect(metric: "people.total", value: "598000000")]),
        // A change measured against a month is no year-on-year change.
        Case(text: "In October, 52.4 million trips were recorded, 6.2% more than in September.",
             facts: [Expect(metric: "people.total", value: "52400000", period: "2024-10-01/2024-10-31")]),
        // An earlier period's figure the count is compared with, dated after it or in a when-clause,
        // counts what the count counts.
        Case(sentence: "Foreigners made 52.3 million trips in 2024, still short of the 97.7 million recorded in 2019.",
             facts: [Expect(metric: "people.foreigners", value: "52300000"), Expect(metric: "people.foreigners", value: "97700000", period: "2019")]),
        Case(sentence: "The administrations issued 12.4 million ordinary passports, about 40% of the level of 2019, when 30.7 million were issued.",
             facts: [Expect(metric: "documents.passports", value: "12400000"), Expect(metric: "documents.passports", value: "30700000", period: "2019")]),
        Case(sentence: "In the second quarter, officers inspected 151.2 million trips, up 9.4% year on year, against 138.6 million in the first quarter.",
             facts: [Expect(metric: "people.total", value: "151200000", yoy: "9.4", period: "2024-Q2"),
                     Expect(metric: "people.total", value: "138600000", period: "2024-Q1")]),
        // A count of cases smaller than the part is not its whole.
        Case(sentence: "In 2024, police investigated 3,120 such criminal cases and listed 85 major cases for supervision; 1,040 of the cases were investigated in the fourth quarter.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "3120"), Expect(metric: "enforcement.major_cases", value: "85"),
                     Expect(metric: "enforcement.criminal_cases", value: "1040", period: "2024-Q4")]),
        // A part of another period "of the cases" counts what the one earlier count of cases counts.
        Case(sentence: "Police investigated 3,120 criminal cases of obstructing border management and arrested 4,100 suspects; 1,040 of the cases were handled in the fourth quarter.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "3120"), Expect(metric: "enforcement.suspects", value: "4100"),
                     Expect(metric: "enforcement.criminal_cases", value: "1040", period: "2024-Q4")]),
        // "Of these, X entered in the …": a part of the previous count in a part of its period.
        Case(text: "In the second half, 14.6 million foreigners entered China visa-free, up 41.2%. Of these, 8.1 million entered in the fourth quarter (up 37.5%).",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "14600000", yoy: "41.2", period: "2024-H2"),
                     Expect(metric: "people.visa_free_foreigners", value: "8100000", yoy: "37.5", period: "2024-Q4")]),
        Case(text: "In the first half, officers repatriated 21,300 foreigners. Of them, 11,800 were repatriated in the second quarter.",
             facts: [Expect(metric: "enforcement.deported", value: "21300", period: "2024-H1"),
                     Expect(metric: "enforcement.deported", value: "11800", period: "2024-Q2")]),
        // A list of counts given to a list of parts of the year, in order.
        Case(sentence: "Officers inspected 298 million and 312 million trips in the first and second halves, up 8.1% and 9.6% respectively.",
             facts: [Expect(metric: "people.total", value: "298000000", yoy: "8.1", period: "2024-H1"),
                     Expect(metric: "people.total", value: "312000000", yoy: "9.6", period: "2024-H2")]),
        Case(sentence: "Foreign nationals made 14.2 million trips in the first quarter, 15.8 million in the second, 17.1 million in the third and 16.4 million in the fourth.",
             facts: [Expect(metric: "people.foreigners", value: "14200000", period: "2024-Q1"),
                     Expect(metric: "people.foreigners", value: "15800000", period: "2024-Q2"),
                     Expect(metric: "people.foreigners", value: "17100000", period: "2024-Q3"),
                     Expect(metric: "people.foreigners", value: "16400000", period: "2024-Q4")]),
        // Words after the second of two counts joined by "and" complete the first's too.
        Case(sentence: "The administrations issued 18.4 million permits and 41.7 million endorsements to mainland residents for travel to and from Hong Kong, Macao and Taiwan.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "18400000"), Expect(metric: "documents.mainland_hkmt_endorsements", value: "41700000")]),
        Case(sentence: "They issued 18.4 million passports and 9.2 million permits for travel to and from Hong Kong and Macao.",
             facts: [Expect(metric: "documents.passports", value: "18400000"), Expect(metric: "documents.mainland_hkmt_permits", value: "9200000")]),
        Case(sentence: "Police arrested 4,300 criminal suspects in the fourth quarter, up from 3,900 in the third quarter.",
             facts: [Expect(metric: "enforcement.suspects", value: "4300", period: "2024-Q4"),
                     Expect(metric: "enforcement.suspects", value: "3900", period: "2024-Q3")]),
        // A list set off by ", including …," between the subject and its verb: what it lists is
        // inside the figure, neither its subject nor a reason to rule the subject out.
        Case(sentence: "Border crossings, including trips by mainland residents and by visitors from Hong Kong, Macao and Taiwan, rose 12.1% to 287 million.",
             facts: [Expect(metric: "people.total", value: "287000000", yoy: "12.1")]),
        Case(sentence: "Crossings, including those of foreigners, totalled 455 million.",
             facts: [Expect(metric: "people.total", value: "455000000")]),
        Case(sentence: "Conveyances inspected, including aircraft, trains and ships, numbered 8.4 million, up 6%.",
             facts: [Expect(metric: "vehicles.total", value: "8400000", yoy: "6")]),
        Case(text: "Crossings, excluding those of foreigners, rose to 250 million.", facts: [], absent: ["people.total"]),
        // A level link with a comma between its verb and its "to"; "also" between subject and verb.
        Case(sentence: "Port visas issued also fell, to 212,000, down 8.5% year on year.",
             facts: [Expect(metric: "documents.port_visas", value: "212000", yoy: "-8.5")]),
        Case(sentence: "The number of inbound and outbound conveyances inspected climbed, to 14.2 million.",
             facts: [Expect(metric: "vehicles.total", value: "14200000")]),
        Case(sentence: "Passports issued also rose to 6.3 million.",
             facts: [Expect(metric: "documents.passports", value: "6300000")]),
        // A figure in a clause opened by "even if" is a hypothesis.
        Case(text: "Even if foreign visits climb to 70 million this year, the effect would be small.", facts: [], absent: ["people.foreigners"]),
        Case(text: "Even if crossings reached 700 million, ports could cope.", facts: [], absent: ["people.total"]),
        // A named rail service's or freight trains are a subset of the trains inspected.
        Case(text: "More than 12,000 China-Laos Railway Express trains were cleared at the border.", facts: [], absent: ["vehicles.trains"]),
        Case(text: "Officers inspected some 9,000 cargo trains crossing the border.", facts: [], absent: ["vehicles.trains"]),
        // Word-for-word MT: "check" as an imperative, the permit called a "pass" after its destinations.
        Case(sentence: "Check the exit and entry means of transport 9.21 million frame times, year-on-year increase of 6.2%.",
             facts: [Expect(metric: "vehicles.total", value: "9210000", yoy: "6.2")]),
        Case(text: "Issued the mainland residents to and from Hong Kong, Macao and Taiwan pass 4.12 million pieces.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "4120000")], absent: ["people.mainland"]),
        Case(text: "The organs issued mainland residents to and from Hong Kong and Macao pass 2.3 million pieces.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "2300000")], absent: ["people.mainland"]),
        // A part's residents after "were trips by" / "were by"; endorsements that residents "received".
        Case(text: "Of the total, 205 million were trips by mainland residents.",
             facts: [Expect(metric: "people.mainland", value: "205000000")]),
        Case(text: "Of these, 205 million trips were by mainland residents, up 9.1 percent.",
             facts: [Expect(metric: "people.mainland", value: "205000000", yoy: "9.1")]),
        Case(text: "Mainland residents received 48.2 million endorsements for travel to Hong Kong and Macao.",
             facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "48200000")]),
        // A part of the year that "saw" its crossings.
        Case(text: "The fourth quarter alone saw about 160 million crossings.",
             facts: [Expect(metric: "people.total", value: "160000000", qualifier: .approx, period: "2024-Q4")]),
        Case(text: "The third quarter saw 150.2 million border crossings.",
             facts: [Expect(metric: "people.total", value: "150200000", period: "2024-Q3")]),
        // A change set off by a comma between the verb and the "to" of the level.
        Case(text: "Visa-free entries by foreigners more than doubled, up 104.6 per cent to 18.4mn.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "18400000", yoy: "104.6")]),
        Case(text: "Foreign arrivals without a visa jumped, rising 61.3% to 9.7 million.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "9700000", yoy: "61.3")]),
        Case(text: "Visa-free entries more than doubled to 18.4 million.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "18400000")]),
    ]

    /// A clause after a semicolon that opens with the cumulative period (前三季度累计 …) and names no
    /// subject counts what the clause before it counts, in that period.
    @Test(arguments: [
        ("第三季度经免签入境的外国人达640万人次，同比增长40.2%；前三季度累计1790万人次，同比增长45.1%。", "people.visa_free_foreigners", Decimal(17_900_000), "45.1"),
        ("三季度查验出入境交通运输工具812万架（列、艘、辆）次；前三季度共计2410万架（列、艘、辆）次。", "vehicles.total", 24_100_000, nil),
        ("第三季度签发普通护照540万本，同比增长7.7%；前三季度合计1620万本。", "documents.passports", 16_200_000, nil),
    ] as [(String, String, Decimal, String?)])
    func cumulativeClauseCountsWhatTheClauseBeforeCounts(_ text: String, _ metric: String, _ value: Decimal, _ yoy: String?) throws {
        let facts = try extract(text, period: "2024-Q3", language: "zh").filter { $0.metric != nil }
        let f = try #require(facts.first { $0.value == value }, "\(facts.map { "\($0.metric!)=\($0.value)" })")
        #expect(f.metric == metric)
        #expect(f.period.description == "2024-01-01/2024-09-30")
        #expect(f.yoyPct == yoy.map(dec))
    }

    /// A holiday written "May 1st" in quotes is a stretch inside the quarter, not the quarter.
    @Test(arguments: [
        "In the second quarter, the national ports checked 150 million people times. During the \"May 1st\" holiday, the national ports checked a total of 9.8 million people times.",
        "In the second quarter, 150 million people were inspected. Over the May 1st holiday, ports inspected 9.8 million people.",
    ])
    func mayFirstHolidayIsNotTheQuarter(_ text: String) throws {
        let facts = try extract(text, period: "2024-H1").filter { $0.metric != nil }
        let f = try #require(facts.first { $0.value == 9_800_000 })
        #expect(f.period.description != "2024-Q2" && f.period.description != "2024-H1", "\(f.period)")
    }

    @Test(arguments: cases)
    func sentenceGivesFacts(_ c: Case) throws { try c.check() }

    /// A figure in brackets that rounds the one before it, in other words or another scale, restates
    /// it: no second metric gets the rounded value. Lakh and crore are scales.
    @Test(arguments: [
        ("Foreign nationals made 35.48 million crossings (about 3.5 crore), up 12 per cent.", "people.foreigners", 35_480_000 as Decimal, 35_000_000 as Decimal),
        ("Officers issued 18.4 million ordinary passports (roughly 1.84 crore) to citizens.", "documents.passports", 18_400_000, 18_400_000),
        ("Mainland residents made 205.3 million trips (20.5 crore).", "people.mainland", 205_300_000, 205_000_000),
        ("Authorities issued 9.7 lakh port visas (970,000) at entry points.", "documents.port_visas", 970_000, 970_000),
    ])
    func roundedRestatementInBrackets(_ sentence: String, _ metric: String, _ value: Decimal, _ rounded: Decimal) throws {
        let facts = try metricFacts(sentence)
        #expect(facts.contains { $0.metric == metric && $0.value == value }, "\(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
        #expect(!facts.contains { $0.metric != metric })
        #expect(!facts.contains { $0.value == rounded && $0.metric != metric })
    }

    /// "…; 2,310 of the cases were …" after two counts of cases of different kinds: no kind is sure.
    @Test(arguments: [
        "Police listed 85 major cases for supervision and investigated 3,120 criminal cases of obstructing border management; 1,040 of the cases were handled in the fourth quarter.",
        "Over the year officers cracked 6,400 drug cases and 3,120 criminal cases of obstructing border management; 1,040 of the cases were cracked in the fourth quarter.",
        "In 2024, police investigated 3,220 criminal cases of obstructing border management and listed 1,850 major cases for supervision; 1,040 of the cases were investigated in the fourth quarter.",
    ])
    func aPartOfCasesOfSeveralKindsHasNoMetric(_ text: String) throws {
        #expect(try extract(text).filter { $0.value == 1040 && $0.metric != nil }.isEmpty)
    }

    /// A speaker who corrects a figure given earlier ("should be X, not Y"): the earlier statement
    /// takes the corrected figure, change and all; the slip is no fact.
    static let corrections: [Case] = [
        Case(text: "We issued 31 million ordinary passports, up 4.2%.\n\nQ: Is 31 million right?\n\nA: Apologies, that should be 3.1 million, not 31 million.",
             facts: [Expect(metric: "documents.passports", value: "3100000", yoy: "4.2")]),
        Case(text: "Police seized 640 guns in 2024. Correction: 64 guns rather than 640 guns.",
             facts: [Expect(metric: "enforcement.guns", value: "64")]),
        Case(text: "Officers arrested 44,000 criminal suspects. I meant 4,400, not 44,000.",
             facts: [Expect(metric: "enforcement.suspects", value: "4400")]),
        // Only the corrected count takes the figure: another metric's equal figure was no slip.
        Case(text: "Officers cracked 24,000 criminal cases of obstructing border management and arrested 24,000 criminal suspects. Correction: 42,000 suspects rather than 24,000 suspects.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "24000"), Expect(metric: "enforcement.suspects", value: "42000")]),
        Case(text: "Officers arrested 12,000 criminal suspects. They also dismantled 12,000 transit dens.\n\nQ: Is that right?\n\nA: Sorry, I meant 1,200, not 12,000.",
             facts: [Expect(metric: "enforcement.suspects", value: "12000"), Expect(metric: "enforcement.transit_dens", value: "1200")]),
        // "not X, but Y" (不是X，而是Y): the figure after the negation is the slip, the one after "but" the right one.
        Case(text: "Q: You checked about 520 million travellers, didn't you?\n\nA: Not 520 million, but 562 million. Officers checked 562 million travellers in all.",
             facts: [Expect(metric: "people.total", value: "562000000")]),
        Case(text: "Officers issued 3.3 million ordinary passports.\n\nQ: Was it 3.3 million?\n\nA: The passports issued were not 3.3 million but 3.8 million.",
             facts: [Expect(metric: "documents.passports", value: "3800000")]),
        Case(text: "全年共抓获犯罪嫌疑人5.4万名。\n\n记者：是5.4万名吗？\n\n发言人：不是5.4万名，而是4.5万名。",
             facts: [Expect(metric: "enforcement.suspects", value: "45000")], language: "zh"),
        // "X, not Y" in a later answer: the slip named after the negation, the change after it the corrected figure's.
        Case(text: "In all, 35.4 million people were checked; foreigners numbered 4.3 million.\n\nQ: One more question.\n\nA: Before that, a correction. The foreigners checked in 2024 were 3.4 million, not 4.3 million, down 21.5 percent year on year.",
             facts: [Expect(metric: "people.total", value: "35400000"), Expect(metric: "people.foreigners", value: "3400000", yoy: "-21.5")]),
        Case(text: "Officers seized 7.2 tonnes of drugs.\n\nA: I misread that: the drugs seized were 2.7 tonnes, not 7.2 tonnes.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "2.7")]),
        // Two figures after "should be" that correct nothing stay as they are.
        Case(text: "Officers arrested 44,000 criminal suspects. Procedures should be simpler, not slower, the spokesman said.",
             facts: [Expect(metric: "enforcement.suspects", value: "44000")]),
    ]

    @Test(arguments: corrections)
    func aCorrectedFigureReplacesTheSlip(_ c: Case) throws { try c.check() }

    /// A speaker who takes a figure back right after giving it (更正一下，应为…, "sorry, …"): the
    /// fact it was read as takes the figure given in its place, a change for a change, a count for
    /// a count; the figure given in place is no fact of its own.
    static let retractions: [Case] = [
        Case(text: "全年共签发普通护照2,260万本，同比增长62.0%——更正一下，应为同比增长26.0%。",
             facts: [Expect(metric: "documents.passports", value: "22600000", yoy: "26.0")], language: "zh"),
        Case(text: "全年共缴获毒品8.3吨，抓获犯罪嫌疑人5.4万名，我更正一下，是4.5万名；打掉犯罪团伙610个。",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "8.3"), Expect(metric: "enforcement.suspects", value: "45000"),
                     Expect(metric: "enforcement.gangs", value: "610")], language: "zh"),
        Case(text: "口岸签证共签发126万人次——纠正一下，应为162万人次，同比增长18.5%。",
             facts: [Expect(metric: "documents.port_visas", value: "1620000", yoy: "18.5")], language: "zh"),
        // An earlier statement of the figure taken back (a lead) takes the figure given in its place.
        Case(text: "全年签发口岸签证126万人次。\n\n答：口岸签证共签发126万人次，更正一下，应为162万人次。",
             facts: [Expect(metric: "documents.port_visas", value: "1620000")], language: "zh"),
        // The marker opening the sentence after the figure.
        Case(text: "全年查处“三非”外国人4.3万名。我说错了，应为3.4万名。",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "34000")], language: "zh"),
        Case(text: "Officers seized 310 guns -- sorry, 130 guns -- and 52,000 bullets.",
             facts: [Expect(metric: "enforcement.guns", value: "130"), Expect(metric: "enforcement.bullets", value: "52000")]),
        Case(text: "Ordinary passports issued rose 31.5% to 18.2 million. Let me correct that: 13.5%.",
             facts: [Expect(metric: "documents.passports", value: "18200000", yoy: "13.5")]),
        // Another count after the marker, or a figure of another unit, takes nothing back.
        Case(text: "全年共缴获毒品8.3吨，更正一下，应为查获毒品案件520起。",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "8.3"), Expect(metric: "enforcement.drug_cases", value: "520")], language: "zh"),
        Case(text: "全年抓获犯罪嫌疑人5.4万名；更正一下，打掉犯罪团伙610个。",
             facts: [Expect(metric: "enforcement.suspects", value: "54000"), Expect(metric: "enforcement.gangs", value: "610")], language: "zh"),
    ]

    @Test(arguments: retractions)
    func aFigureTakenBackGivesWayToTheNext(_ c: Case) throws { try c.check() }

}
