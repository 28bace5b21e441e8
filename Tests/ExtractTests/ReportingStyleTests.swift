import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Newswire and fact-sheet phrasings: changes in brackets after a figure, lists of "name (figure,
/// change)", verbs of breaking up gangs and dens, numbers spelled out, British scale abbreviations,
/// markdown tables and daily ranges: invented sentences in those styles.
struct ReportingStyleTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    /// Verbs of breaking up gangs and tearing down dens.
    static let enforcementVerbs: [Case] = [
        Case(sentence: "Border police detained 21,500 suspects, breaking up 640 criminal gangs.",
             facts: [Expect(metric: "enforcement.suspects", value: "21500"), Expect(metric: "enforcement.gangs", value: "640")]),
        Case(sentence: "Over the year the force broke up 318 smuggling gangs and tore down 95 transit dens.",
             facts: [Expect(metric: "enforcement.gangs", value: "318"), Expect(metric: "enforcement.transit_dens", value: "95")]),
        Case(sentence: "Investigators cracked 77 transit dens hiding stowaways.",
             facts: [Expect(metric: "enforcement.transit_dens", value: "77")]),
        Case(sentence: "Officers have torn down 41 hideouts near the border.",
             facts: [Expect(metric: "enforcement.transit_dens", value: "41")]),
    ]

    /// A change in brackets after a figure, marked y/y, YoY or year-on-year; a figure restated in
    /// brackets with its change; a list of "name (figure, change)".
    static let bracketedChanges: [Case] = [
        Case(sentence: "Border police inspected 512 million travellers (+6.3% y/y).",
             facts: [Expect(metric: "people.total", value: "512000000", yoy: "6.3")]),
        Case(sentence: "Ordinary passports issued totalled 18.4 million (-2.1% YoY).",
             facts: [Expect(metric: "documents.passports", value: "18400000", yoy: "-2.1")]),
        Case(sentence: "Inspections of people reached 633 million this year (633 million, +9.9% year-on-year).",
             facts: [Expect(metric: "people.total", value: "633000000", yoy: "9.9")]),
        Case(sentence: "Some 30.5 million conveyances were inspected (+4.0% y/y): aircraft (880,000, +12.5% y/y), trains (95,000, -1.2% y/y) and motor vehicles (29.1 million, +3.8% yoy).",
             facts: [Expect(metric: "vehicles.total", value: "30500000", yoy: "4.0", qualifier: .approx),
                     Expect(metric: "vehicles.aircraft", value: "880000", yoy: "12.5"),
                     Expect(metric: "vehicles.trains", value: "95000", yoy: "-1.2"),
                     Expect(metric: "vehicles.motor", value: "29100000", yoy: "3.8")]),
        Case(sentence: "Of the trips, mainland residents made 250 million, and foreign nationals (41.2 million) made the rest.",
             facts: [Expect(metric: "people.mainland", value: "250000000"), Expect(metric: "people.foreigners", value: "41200000")]),
        // A multiple with its percentage in brackets: the percentage is the change, the multiple no count.
        Case(sentence: "Foreign nationals made 9.6 million trips, up 3.4 times (+240.6%).",
             facts: [Expect(metric: "people.foreigners", value: "9600000", yoy: "240.6")]),
        Case(text: "- Residents of Hong Kong, Macao and Taiwan: 61.2 million, up 2.1 times (+110.4%)\n- Mainland residents: 70.5 million, rose 1.6 fold (+63.0%)",
             facts: [Expect(metric: "people.hkmt", value: "61200000", yoy: "110.4"), Expect(metric: "people.mainland", value: "70500000", yoy: "63.0")]),
        Case(text: "签发普通护照862万本，同比增长23.2倍（2318.5%）。", facts: [Expect(metric: "documents.passports", value: "8620000", yoy: "2318.5")]),
        Case(text: "查验出入境交通运输工具1254万架（列、艘、辆）次，同比增长1.3倍（+131.2%）。", facts: [Expect(metric: "vehicles.total", value: "12540000", yoy: "131.2")]),
        // A multiple alone is no count beside the figure's subject.
        Case(text: "- Residents of Hong Kong, Macao and Taiwan: 61.2 million, up 2.1 times", facts: [Expect(metric: "people.hkmt", value: "61200000")]),
    ]

    @Test(arguments: bracketedChanges)
    func bracketedChangeGivesFacts(_ c: Case) throws { try c.check() }

    /// "such cases" after a figure in a sentence of another period: the kind the sentence before counted.
    static let kindReferences: [Case] = [
        Case(text: "Over the year, police investigated 27,600 criminal cases of obstructing border management. In the fourth quarter alone, 7,150 such cases were cracked (+3.3% y/y).",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "27600"),
                     Expect(metric: "enforcement.criminal_cases", value: "7150", yoy: "3.3", period: "2024-Q4")]),
        Case(text: "Border police smashed 512 criminal gangs during the year. In the third quarter, 140 such gangs were smashed.",
             facts: [Expect(metric: "enforcement.gangs", value: "512"), Expect(metric: "enforcement.gangs", value: "140", period: "2024-Q3")]),
        // In the same period "such" may name a part: no metric.
        Case(text: "Police investigated 27,600 criminal cases of obstructing border management. Some 3,100 such cases involved foreign nationals.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "27600")]),
    ]

    @Test(arguments: kindReferences)
    func kindReferenceGivesFacts(_ c: Case) throws { try c.check() }

    /// "the corresponding figures were X and Y" in a sentence of another period: in order, what the
    /// previous sentence's counts counted; with as many counts only.
    static let listReferences: [Case] = [
        Case(text: "Mainland residents made 301.2 million trips and foreign nationals made 64.9 million. In 2019, the corresponding figures were 346.0 million and 97.7 million.",
             facts: [Expect(metric: "people.mainland", value: "301200000"), Expect(metric: "people.foreigners", value: "64900000"),
                     Expect(metric: "people.mainland", value: "346000000", period: "2019"),
                     Expect(metric: "people.foreigners", value: "97700000", period: "2019")]),
        Case(text: "内地居民出入境3.01亿人次，外国人出入境6490万人次。2019年，相应数字分别为3.46亿人次和9770万人次。",
             facts: [Expect(metric: "people.mainland", value: "301000000"), Expect(metric: "people.foreigners", value: "64900000"),
                     Expect(metric: "people.mainland", value: "346000000", period: "2019"),
                     Expect(metric: "people.foreigners", value: "97700000", period: "2019")]),
        // Three figures after two counts: none is read.
        Case(text: "Mainland residents made 301.2 million trips and foreign nationals made 64.9 million. In 2019, the corresponding figures were 346.0 million, 97.7 million and 12 million.",
             facts: [Expect(metric: "people.mainland", value: "301200000"), Expect(metric: "people.foreigners", value: "64900000")]),
    ]

    @Test(arguments: listReferences)
    func listReferenceGivesFacts(_ c: Case) throws { try c.check() }

    /// "They" opening a sentence after a short sentence without figures that opens on a catalog
    /// subject stands for that subject.
    static let pronounSubjects: [Case] = [
        Case(text: "Foreign visitors were the fastest-growing group. They made 64.9 million trips, up 82.9% year on year.",
             facts: [Expect(metric: "people.foreigners", value: "64900000", yoy: "82.9")]),
        Case(text: "Mainland residents travelled more as well.\n\nMainland residents kept travelling. They made 301.2 million crossings in the year.",
             facts: [Expect(metric: "people.mainland", value: "301200000")]),
        // A sentence before that opens on no subject of the catalog stands for nothing.
        Case(text: "The recovery was uneven. They made 64.9 million trips.", facts: []),
    ]

    @Test(arguments: pronounSubjects)
    func pronounStandsForTheSubjectBefore(_ c: Case) throws { try c.check() }

    /// Subjects written as "people from …" and "… issued on arrival": the catalog's words.
    static let subjects: [Case] = [
        Case(sentence: "Mainland residents made 301.2 million of the trips, and travellers from Hong Kong, Macao and Taiwan made 198.7 million, up 4.4 percent and 2.9 percent respectively.",
             facts: [Expect(metric: "people.mainland", value: "301200000", yoy: "4.4"), Expect(metric: "people.hkmt", value: "198700000", yoy: "2.9")]),
        Case(sentence: "Border crossings by people from the Hong Kong and Macao special administrative regions and Taiwan came to 205 million.",
             facts: [Expect(metric: "people.hkmt", value: "205000000")]),
        Case(sentence: "Visas on arrival issued on request at the ports totalled 640,000, up 11.7 percent.",
             facts: [Expect(metric: "documents.port_visas", value: "640000", yoy: "11.7")]),
        Case(sentence: "Port visas issued on arrival came to 733,000.",
             facts: [Expect(metric: "documents.port_visas", value: "733000")]),
    ]

    @Test(arguments: subjects)
    func subjectGivesFacts(_ c: Case) throws { try c.check() }

    /// "two out of three foreigners", "one in ten crossings", "1 in 4 visitors": a proportion
    /// between small numbers is a share, and neither number a count.
    static let proportions: [Case] = [
        Case(sentence: "Foreign nationals made 41.5 million trips, up 18.3%, and roughly two out of three foreign visitors entered without a visa.",
             facts: [Expect(metric: "people.foreigners", value: "41500000", yoy: "18.3")]),
        Case(sentence: "Visa-free entries by foreigners reached 19.7 million, meaning about one in every three foreigners needed no visa.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "19700000")]),
        Case(sentence: "Mainland residents made 290 million trips; Nine in ten foreign nationals arrived by air.",
             facts: [Expect(metric: "people.mainland", value: "290000000")]),
        Case(sentence: "Foreign nationals made 36.2 million trips, and 1 in 4 foreigners came on business.",
             facts: [Expect(metric: "people.foreigners", value: "36200000")]),
        Case(sentence: "Ordinary passports issued rose to 23.9 million, with 3 out of 10 going to first-time applicants.",
             facts: [Expect(metric: "documents.passports", value: "23900000")]),
    ]

    /// "a figure that was flat compared with 2023", ", unchanged from 2023": a change of zero in words
    /// said of the figure before; "basically flat" is no exact zero, and a change on another base is none.
    static let zeroChanges: [Case] = [
        Case(sentence: "Officers issued 27.6 million ordinary passports, up 5.1% year on year, and 1.9 million port visas, a figure that was flat compared with 2023.",
             facts: [Expect(metric: "documents.passports", value: "27600000", yoy: "5.1"), Expect(metric: "documents.port_visas", value: "1900000", yoy: "0")]),
        Case(sentence: "Ordinary passports issued came to 21.8 million, which remained unchanged from a year earlier.",
             facts: [Expect(metric: "documents.passports", value: "21800000", yoy: "0")]),
        Case(sentence: "Ordinary passports issued came to 21.8 million, basically flat year on year.",
             facts: [Expect(metric: "documents.passports", value: "21800000")]),
        Case(sentence: "Ordinary passports issued came to 21.8 million, a level that was unchanged on the previous quarter.",
             facts: [Expect(metric: "documents.passports", value: "21800000")]),
        Case(sentence: "Ordinary passports issued came to 21.8 million, unchanged from 2023.",
             facts: [Expect(metric: "documents.passports", value: "21800000", yoy: "0")]),
        // Said of another subject, it is no change of the figure before.
        Case(sentence: "Ordinary passports issued came to 21.8 million, while port visas were unchanged.",
             facts: [Expect(metric: "documents.passports", value: "21800000")]),
    ]

    /// A bulleted digest of labelled lines: a part on its own line after the total's line is a part
    /// of that total, its context words on the line before.
    static let labelledParts: [Case] = [
        Case(text: "KEY FIGURES\n- Inbound and outbound trips: 142.6mn, +12.0% y/y\n- Foreigners: 13.9mn, +41.2% y/y\n- Ordinary passports issued: 5.2mn",
             facts: [Expect(metric: "people.total", value: "142600000", yoy: "12.0"), Expect(metric: "people.foreigners", value: "13900000", yoy: "41.2"),
                     Expect(metric: "documents.passports", value: "5200000")]),
        Case(text: "Border crossings: 612 million (+3.3%)\nForeign nationals: 52.4 million (+9.8%)",
             facts: [Expect(metric: "people.total", value: "612000000", yoy: "3.3"), Expect(metric: "people.foreigners", value: "52400000", yoy: "9.8")]),
    ]

    @Test(arguments: labelledParts)
    func labelledLineAfterTotalIsItsPart(_ c: Case) throws { try c.check() }

    /// "In the campaign against fugitive snakeheads, 412 were caught": a figure with no subject of its
    /// own counts what the campaign's opening phrase names; a phrase that names nothing counted gives none.
    static let campaignOpeners: [Case] = [
        Case(sentence: "In the special operation to track down fugitive snakeheads, 368 were returned to face trial.",
             facts: [Expect(metric: "enforcement.fugitives", value: "368")]),
        Case(sentence: "During the year-long crackdown on transit dens, 1,140 were torn down, and 96 snakeheads were captured.",
             facts: [Expect(metric: "enforcement.transit_dens", value: "1140"), Expect(metric: "enforcement.fugitives", value: "96")]),
        Case(sentence: "In the campaign to improve services at the border, 640 were praised by travellers.", facts: []),
    ]

    @Test(arguments: campaignOpeners)
    func campaignOpenerNamesTheSubject(_ c: Case) throws { try c.check() }

    /// A count with no subject before "of which" or "including" and a part of a catalog sum is that
    /// sum's total; before a part of nothing summed, it stays unnamed.
    static let wholesOfParts: [Case] = [
        Case(sentence: "The record came in 2023 with 588 million, of which 72.1 million were made by foreign nationals.",
             facts: [Expect(metric: "people.total", value: "588000000", period: "2023"), Expect(metric: "people.foreigners", value: "72100000", period: "2023")]),
        Case(sentence: "Officers checked 31.6 million, including 1.1 million aircraft and 29.4 million motor vehicles.",
             facts: [Expect(metric: "vehicles.total", value: "31600000"), Expect(metric: "vehicles.aircraft", value: "1100000"),
                     Expect(metric: "vehicles.motor", value: "29400000")]),
        Case(sentence: "The NIA counted 26.3 million, of which 21.8 million were ordinary passports.",
             facts: [Expect(metric: "documents.passports", value: "21800000")]),
    ]

    @Test(arguments: wholesOfParts)
    func countBeforeItsPartsIsTheirTotal(_ c: Case) throws { try c.check() }

    @Test(arguments: zeroChanges)
    func zeroChangeInWords(_ c: Case) throws { try c.check() }

    @Test(arguments: proportions)
    func proportionIsNoCount(_ c: Case) throws { try c.check() }

    /// A part of a total after "with … making" or "accounting for", and a total "processed" or
    /// "handled" by the administration.
    static let makingAndHandling: [Case] = [
        Case(sentence: "Officers processed 402.7 million crossings over the period, with mainland residents making 201.4 million of them, up 7.7%.",
             facts: [Expect(metric: "people.total", value: "402700000"), Expect(metric: "people.mainland", value: "201400000", yoy: "7.7")]),
        Case(sentence: "The ports handled 611 million border crossings, with foreign nationals accounting for 64.9 million.",
             facts: [Expect(metric: "people.total", value: "611000000"), Expect(metric: "people.foreigners", value: "64900000")]),
        Case(sentence: "For the year, the administration reports 598.3 million crossings, up 4.1%.",
             facts: [Expect(metric: "people.total", value: "598300000", yoy: "4.1")]),
    ]

    @Test(arguments: makingAndHandling)
    func partMadeOfTotalGivesFacts(_ c: Case) throws { try c.check() }

    /// "…, while the second quarter saw 98.1 million": a bare figure in a clause that names only its
    /// own part of the year (with a verb of having) counts what the clause before counts.
    static let partClauses: [Case] = [
        Case(sentence: "Inbound and outbound trips totalled 140.2 million in the first quarter, while the second quarter saw 151.6 million, up 4.4% on the previous quarter.",
             facts: [Expect(metric: "people.total", value: "140200000", period: "2024-Q1"), Expect(metric: "people.total", value: "151600000", period: "2024-Q2")]),
        Case(sentence: "Ordinary passports issued came to 5.2 million in the third quarter, and the fourth quarter recorded 4.8 million.",
             facts: [Expect(metric: "documents.passports", value: "5200000", period: "2024-Q3"), Expect(metric: "documents.passports", value: "4800000", period: "2024-Q4")]),
        Case(sentence: "Inbound and outbound trips totalled 140.2 million in the first quarter, while in the second quarter there were 151.6 million.",
             facts: [Expect(metric: "people.total", value: "140200000", period: "2024-Q1"), Expect(metric: "people.total", value: "151600000", period: "2024-Q2")]),
        // A noun after the figure says it counts something else.
        Case(sentence: "Ordinary passports issued came to 5.2 million in the third quarter, while the fourth quarter saw 4.8 million tourists travel.",
             facts: [Expect(metric: "documents.passports", value: "5200000", period: "2024-Q3")]),
    ]

    @Test(arguments: partClauses)
    func clauseOfItsOwnPartCountsTheSame(_ c: Case) throws { try c.check() }

    /// Numbers in words: a decimal point spelled out, and a change after a large spelled figure.
    static let spelledNumbers: [Case] = [
        Case(sentence: "Customs and border officers seized seven point four tonnes of drugs over the year.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "7.4")]),
        Case(sentence: "Border police seized one point zero five tonnes of drugs.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "1.05")]),
        Case(sentence: "Mainland residents made three hundred and ten million trips, up 6.5 percent.",
             facts: [Expect(metric: "people.mainland", value: "310000000", yoy: "6.5")]),
        Case(sentence: "The authorities issued about twenty-eight million ordinary passports, up 9.1 percent, and more than three million visas.",
             facts: [Expect(metric: "documents.passports", value: "28000000", yoy: "9.1", qualifier: .approx),
                     Expect(metric: "documents.visas", value: "3000000", qualifier: .atLeast)]),
        // A small number in words is no count a change binds to.
        Case(sentence: "Over two years, ordinary passports issued rose to 24.6 million, up 3.1 percent.",
             facts: [Expect(metric: "documents.passports", value: "24600000", yoy: "3.1")]),
        // A large count in words takes the change of the next sentence, alone or as a list; "of that
        // total" says the people named are parts of the crossings before.
        Case(text: "Officers checked some five hundred and eighty million people at the border. That was up nine point two percent on the year before.",
             facts: [Expect(metric: "people.total", value: "580000000", yoy: "9.2", qualifier: .approx)]),
        Case(text: "Of that total, mainland residents accounted for two hundred and ninety million and foreigners for sixty-one million. Up eight point one and twenty point five percent, respectively.",
             facts: [Expect(metric: "people.mainland", value: "290000000", yoy: "8.1"), Expect(metric: "people.foreigners", value: "61000000", yoy: "20.5")]),
        Case(text: "Of this total, ships numbered 402,000 and trains 97,000.",
             facts: [Expect(metric: "vehicles.ships", value: "402000"), Expect(metric: "vehicles.trains", value: "97000")]),
        // The hotline's number said aloud, digit by digit.
        Case(sentence: "Twelve-three-six-seven took just over six million calls last year.",
             facts: [Expect(metric: "services.hotline_calls", value: "6000000", qualifier: .atLeast)]),
        // Three ports in words are no count a change of the next sentence binds to.
        Case(text: "Passports issued rose to 24.6 million at three ports. That was up 3.1 percent.",
             facts: [Expect(metric: "documents.passports", value: "24600000", yoy: "3.1")]),
    ]

    @Test(arguments: spelledNumbers)
    func spelledNumberGivesFacts(_ c: Case) throws { try c.check() }

    /// A campaign of a stated length ("a 100-day crackdown"), undated: its figures are not the year's.
    @Test(arguments: [
        "In a 90-day crackdown launched in the spring, police seized 2.3 tonnes of drugs.",
        "During a three-month campaign, border police seized 1.7 tonnes of drugs.",
    ])
    func aCampaignOfStatedLengthIsNoYear(_ text: String) throws {
        let facts = try metricFacts(text)
        #expect(!facts.isEmpty && facts.allSatisfy { $0.period != Period(year: 2024) }, "\(facts.map { "\($0.metric!) \($0.period)" })")
    }

    /// A daily figure or range is no total of the period, both ends of the range.
    @Test(arguments: [
        "Between 2.1 million and 2.4 million people crossed the border on an average day, officials said.",
        "Ports cleared 1.7 to 2.0 million travellers (a day) during the year.",
        "From 1.9 million to 2.2 million people passed through the ports each day.",
        "On a typical day, 2.3 million people crossed the border.",
    ])
    func aDailyRangeIsNoTotal(_ text: String) throws {
        let facts = try extract(text)
        #expect(facts.allSatisfy { $0.metric == nil }, "\(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
    }

    /// British abbreviations of scales ("mn", "bn", "k") and the parts of a total listed in the
    /// sentence after it, with no verb of their own.
    static let britishNewswire: [Case] = [
        Case(sentence: "The agency issued 2.4mn ordinary passports and police seized 18k bullets.",
             facts: [Expect(metric: "documents.passports", value: "2400000"), Expect(metric: "enforcement.bullets", value: "18000")]),
        Case(sentence: "Smuggling cases uncovered at the border involved goods worth 2.3bn yuan.",
             facts: [Expect(metric: "enforcement.smuggling_value_cny", value: "2300000000")]),
        Case(text: "Border officers checked 14.2mn vehicles, up 2.5 per cent. Lorries and cars made up the majority at 13.1mn motor vehicles, alongside 402k aircraft, 96k trains and 610k ships.",
             facts: [Expect(metric: "vehicles.total", value: "14200000", yoy: "2.5"),
                     Expect(metric: "vehicles.motor", value: "13100000"), Expect(metric: "vehicles.aircraft", value: "402000"),
                     Expect(metric: "vehicles.trains", value: "96000"), Expect(metric: "vehicles.ships", value: "610000")]),
        Case(text: "Officers inspected 12.1mn vehicles at the border. Separately, the airline ordered 30 aircraft.",
             facts: [Expect(metric: "vehicles.total", value: "12100000")]),
    ]

    @Test(arguments: britishNewswire)
    func britishNewswireGivesFacts(_ c: Case) throws { try c.check() }

    /// Markdown tables: sub-items bulleted inside the label cell read under the row above them; a
    /// row labelled only by a period counts what its column's heading names, in that period.
    static let markdownTables: [Case] = [
        Case(text: "| Indicator | 2024 | Change |\n| --- | --- | --- |\n| Conveyances inspected | 31.2 million | +5.5% |\n| - Aircraft | 801,000 | +12.4% |\n| - Ships | 388,000 | -3.1% |\n| Port visas issued | 911,000 | +40.2% |",
             facts: [Expect(metric: "vehicles.total", value: "31200000", yoy: "5.5"), Expect(metric: "vehicles.aircraft", value: "801000", yoy: "12.4"),
                     Expect(metric: "vehicles.ships", value: "388000", yoy: "-3.1"), Expect(metric: "documents.port_visas", value: "911000", yoy: "40.2")]),
        Case(text: "| Item | 2024 | YoY |\n|---|---|---|\n| Border crossings inspected | 610 million | +43.9% |\n| • Mainland residents | 305 million | +40.1% |\n| • Foreign nationals | 64.9 million | +82.9% |",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9"), Expect(metric: "people.mainland", value: "305000000", yoy: "40.1"),
                     Expect(metric: "people.foreigners", value: "64900000", yoy: "82.9")]),
        Case(text: "| Period | People inspected | YoY |\n| --- | --- | --- |\n| Q3 2024 | 166 million | +18.2% |",
             facts: [Expect(metric: "people.total", value: "166000000", yoy: "18.2", period: "2024-Q3")]),
        Case(text: "| Quarter | Ordinary passports issued | Change |\n|---|---|---|\n| Second quarter | 4.9 million | +7.7% |",
             facts: [Expect(metric: "documents.passports", value: "4900000", yoy: "7.7", period: "2024-Q2")]),
    ]

    @Test(arguments: markdownTables)
    func markdownTableGivesFacts(_ c: Case) throws { try c.check() }

    /// A yearbook's numbered outline: an item's number ("2.1", "3.") is no figure, a "Label: figure."
    /// line ends with its full stop and still names its metric by the label, and a month opening a
    /// numbered memo item dates its figure.
    static let numberedOutlines: [Case] = [
        Case(text: "1. Travellers checked at the border: 540 million, up 5.0%.\n   1.1 Mainland residents: 270 million, up 6.1%.\n   1.2 Residents of Hong Kong, Macao and Taiwan: 190 million.\n2. Conveyances checked: 29.4 million.\n   2.1 Aircraft: 880,000.\n   2.2 Trains: 95,000.\n   2.3 Motor vehicles: 28.1 million.",
             facts: [Expect(metric: "people.total", value: "540000000", yoy: "5.0"), Expect(metric: "people.mainland", value: "270000000", yoy: "6.1"),
                     Expect(metric: "people.hkmt", value: "190000000"), Expect(metric: "vehicles.total", value: "29400000"),
                     Expect(metric: "vehicles.aircraft", value: "880000"), Expect(metric: "vehicles.trains", value: "95000"),
                     Expect(metric: "vehicles.motor", value: "28100000")]),
        // A second label after a semicolon heads its own figure.
        Case(text: "6. Permits for mainland residents to Hong Kong and Macao: 25.1 million; endorsements: 88.2 million.\n7. Guns seized: 1,240; bullets: 61,500.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "25100000"), Expect(metric: "documents.mainland_hkmt_endorsements", value: "88200000"),
                     Expect(metric: "enforcement.guns", value: "1240"), Expect(metric: "enforcement.bullets", value: "61500")]),
        Case(text: "Ships: 412,000.\n\nDrug cases: 3,870.",
             facts: [Expect(metric: "vehicles.ships", value: "412000"), Expect(metric: "enforcement.drug_cases", value: "3870")]),
        Case(text: "4. Passports issued: 20.5 million.\n5. Memo items:\n   5.1 November 2024, travellers checked: 52.3 million.",
             facts: [Expect(metric: "documents.passports", value: "20500000"),
                     Expect(metric: "people.total", value: "52300000", period: "2024-11-01/2024-11-30")]),
    ]

    @Test(arguments: numberedOutlines)
    func numberedOutlineGivesFacts(_ c: Case) throws { try c.check() }

    /// A thread's post numbers ("3/9", "1/5 🧵") open its posts: names, never figures.
    static let threadPosts: [Case] = [
        Case(text: "3/9 Conveyances inspected in the quarter: 8.8 million, up 4.2%.",
             facts: [Expect(metric: "vehicles.total", value: "8800000", yoy: "4.2")]),
        Case(text: "1/5 🧵 Police arrested 2,600 criminal suspects this year.\n\n5/5 Ordinary passports issued: 4.1 million.",
             facts: [Expect(metric: "enforcement.suspects", value: "2600"), Expect(metric: "documents.passports", value: "4100000")]),
        Case(text: "12/20 Port visas: 210,000 issued, up 31%.",
             facts: [Expect(metric: "documents.port_visas", value: "210000", yoy: "31")]),
    ]

    @Test(arguments: threadPosts)
    func threadPostNumbersAreNoFigures(_ c: Case) throws { try c.check() }

    @Test(arguments: enforcementVerbs)
    func enforcementVerbGivesFacts(_ c: Case) throws { try c.check() }
}
