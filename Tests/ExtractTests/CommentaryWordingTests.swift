import Testing
@testable import Extract

/// Wordings of commentary on the figures (working papers, explainers, wire stories, glossaries):
/// totals over several years or since a month, a year stated far after its figure, another
/// body's figures an aside or a closing "it added" names, the year before's part, the year so far. Every text is invented.
struct CommentaryWordingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // Several years' combined total is no year's figure, beside the year's own.
        Case(text: "In 2021 inspectors processed 131 million entries and exits. Taken together, the two lockdown years saw a combined 262 million crossings.",
             facts: [Expect(metric: "people.total", value: "131000000", period: "2021")], period: "2021"),
        Case(text: "Border officers recorded 402 million entries and exits, while the three preceding years recorded a combined 611 million.",
             facts: [Expect(metric: "people.total", value: "402000000", period: "2023")], period: "2023"),
        // A year a few words of subject and verb after the figure dates it.
        Case(text: "By way of contrast, 598 million inbound and outbound travellers were checked in 2017.",
             facts: [Expect(metric: "people.total", value: "598000000", period: "2017")], period: "2018-H1"),
        // "…, it added." closing a sentence goes on with the other body that opened the one before.
        Case(text: "Customs officers filed 2,900 smuggling cases in the first half. Officers also seized 6.2 tonnes of drugs at ports, it added.",
             facts: [], absent: ["enforcement.drugs_tonnes"], period: "2023-H1"),
        // Another body set off as an appositive names no figure of the administration.
        Case(text: "Taiwan's National Immigration Agency, a body also abbreviated NIA, recorded 1.9 million visits by mainland residents.",
             facts: [], absent: ["people.mainland"], period: "2019"),
        // 自…至2019年底: a total from a month to a year's end is no year's figure, after a founding or not.
        Case(text: "自2018年4月至2019年底，全国移民管理机构累计查验出入境人员11.6亿人次。2019年查验出入境人员6.7亿人次。",
             facts: [Expect(metric: "people.total", value: "1160000000", period: "2018-04-01/2019-12-31"),
                     Expect(metric: "people.total", value: "670000000", period: "2019")], language: "zh", period: "2019"),
        Case(text: "自2018年4月国家移民管理局挂牌至2019年底，累计签发普通护照5230万本。",
             facts: [Expect(metric: "documents.passports", value: "52300000", period: "2018-04-01/2019-12-31")], language: "zh", period: "2019"),
        // Machine translations: a five-year plan's period is no year; "compared with 2024 the …" is the
        // base of the change; ", the December single month" opens a month's clause after a quarter's.
        Case(text: "During the \"14th Five-Year\" period, the immigration organs cumulatively inspected 19.75 100 million person-times. The national immigration management institutions inspected 6.97 100 million person-times, compared with 2024 the 6.1 100 million person-times increased 14.3%.",
             facts: [Expect(metric: "people.total", value: "697000000", yoy: "14.3", period: "2025"),
                     Expect(metric: "people.total", value: "610000000", period: "2024")], period: "2025"),
        Case(text: "The fourth quarter single quarter inspected entry and exit personnel 18213.7 ten thousand person-times, the December single month exceeded 6000 ten thousand person-times.",
             facts: [Expect(metric: "people.total", value: "182137000", period: "2025-Q4"),
                     Expect(metric: "people.total", value: "60000000", qualifier: .atLeast, period: "2025-12-01/2025-12-31")], period: "2025"),
        // 去年同期 opening a sentence dates it to the release's part of the year before; the parts after
        // it that add up to the count before it are that count's.
        Case(text: "一季度，全国移民管理机构共查验出入境人员1.52亿人次，同比上升12.6%。去年同期，这一数字为1.35亿人次。其中，内地居民7420.5万人次，港澳台居民6190.2万人次，外国人1589.3万人次。",
             facts: [Expect(metric: "people.total", value: "152000000", yoy: "12.6", period: "2025-Q1"),
                     Expect(metric: "people.total", value: "135000000", period: "2024-Q1"),
                     Expect(metric: "people.mainland", value: "74205000", period: "2025-Q1"),
                     Expect(metric: "people.hkmt", value: "61902000", period: "2025-Q1"),
                     Expect(metric: "people.foreigners", value: "15893000", period: "2025-Q1")], language: "zh", period: "2025-Q1"),
        // Wire stories: "the first half of last year" is the year before's, in a list of halves too;
        // "since the start of the year" at a conference after nine months is those months; "so far this
        // year" after a record names what it is measured against, not the period; an event dated after "on".
        Case(text: "Exit-entry administrations issued 7.4 million ordinary passports in the first half, up from 2.1 million in the first half of last year, the official said.",
             facts: [Expect(metric: "documents.passports", value: "7400000", period: "2025-H1"),
                     Expect(metric: "documents.passports", value: "2100000", period: "2024-H1")], period: "2025-H1"),
        Case(text: "The official said immigration authorities had investigated more than 21,000 criminal cases of obstructing national (border) management since the start of the year.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "21000", qualifier: .atLeast, period: "2024-01-01/2024-09-30")], period: "2024-01-01/2024-09-30"),
        Case(text: "In June alone, 58.2 million crossings were recorded, the highest monthly figure so far this year.",
             facts: [Expect(metric: "people.total", value: "58200000", period: "2024-06-01/2024-06-30")], period: "2024-H1"),
        Case(text: "Border officers at the bridge inspected some 1.26 million people between its opening on Oct. 24 and the end of December.",
             facts: [Expect(metric: "people.total", value: "1260000", qualifier: .approx, period: "2018-10-24/2018-12-31")], period: "2018"),
        // A WeChat post's dashed heading with the holiday's dates under it heads every block below it.
        Case(text: "——口岸查验——\n\n全国移民管理机构\n累计查验出入境人员\n1.61亿人次\n\n——国庆假期——\n（10月1日至8日）\n查验出入境人员\n1623.5万人次\n日均202.9万人次\n外国人\n132.6万人次\n",
             facts: [Expect(metric: "people.total", value: "161000000", period: "2025-01-01/2025-09-30"),
                     Expect(metric: "people.total", value: "16235000", period: "2025-10-01/2025-10-08"),
                     Expect(metric: "people.foreigners", value: "1326000", period: "2025-10-01/2025-10-08")], language: "zh", period: "2025-01-01/2025-09-30"),
        // A table's row of the full year written "FY 2020" below the quarters' rows.
        Case(text: "Table 1. Inspections by quarter (million person-trips)\n\n| Period | People inspected |\n|---|---:|\n| Q4 2020 | 67.1 |\n| FY 2020 | 257.0 |\n",
             facts: [Expect(metric: "people.total", value: "67100000", period: "2020-Q4"),
                     Expect(metric: "people.total", value: "257000000", period: "2020")], period: "2020"),
        // A campaign launched in a month, in a sentence without figures, dates the next sentence that
        // refers back to it (to the release), not a later one of the whole year.
        Case(text: "Since the special campaign was launched in March, police have kept up the pressure on smuggling rings. The campaign has so far arrested 7,860 suspects. Over the whole year, police arrested 29,800 criminal suspects.",
             facts: [Expect(metric: "enforcement.suspects", value: "7860", period: "2024-03-01/2025-01-14"),
                     Expect(metric: "enforcement.suspects", value: "29800", period: "2024")]),
        // "compared with last year same period the …" (与去年同期的…相比): the base of the change, a year before.
        Case(text: "The third quarter national immigration management institutions inspected entry and exit personnel 14727.1 ten thousand person-times, compared with last year same period the 11311.1 ten thousand person-times increased 30.2%.",
             facts: [Expect(metric: "people.total", value: "147271000", yoy: "30.2", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "113111000", period: "2023-Q3")], period: "2024-Q3"),
        // A holiday dated in a sentence without figures dates it when a later sentence names it again.
        Case(text: "From January 14 to February 22, immigration authorities inspected 69.86 million travellers. The eight-day Spring Festival holiday, from January 28 to February 4, was the busiest stretch of the season. During the holiday, 14.49 million people crossed the border.",
             facts: [Expect(metric: "people.total", value: "69860000", period: "2025-01-14/2025-02-22"),
                     Expect(metric: "people.total", value: "14490000", period: "2025-01-28/2025-02-04")], period: "2025-Q1"),
    ]

    @Test(arguments: cases)
    func totalsLateYearsAndOtherBodies(_ c: Case) throws { try c.check() }
}
