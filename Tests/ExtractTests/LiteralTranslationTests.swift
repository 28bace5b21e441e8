import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Word-for-word translations of Chinese releases and the ways official English words a figure:
/// measure words kept as words ("rise" for 起, "a" for 个, "this" for 本), 牺牲 as "people
/// sacrificed", a part counted with "of which were", a figure written again in brackets, a figure
/// of another body cited as the sentence's source, a range of years around an aside, a province
/// opening a sentence after "in", and a figure referring back to a count of the same sentence.
/// Invented sentences.
struct LiteralTranslationTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // 破案…起, 抓获…名, 打掉…个 word for word.
        Case(sentence: "Strictly crack down on crimes obstructing border management, investigate crack case 2.71 ten thousand rise, arrest criminal suspect 3.9 ten thousand name, destroy criminal gang 860 a.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "27100"), Expect(metric: "enforcement.suspects", value: "39000"),
                     Expect(metric: "enforcement.gangs", value: "860")]),
        Case(sentence: "Investigate crack drug case 318 rise, seize all kinds drugs 4.1 tons.",
             facts: [Expect(metric: "enforcement.drug_cases", value: "318"), Expect(metric: "enforcement.drugs_tonnes", value: "4.1")]),
        Case(sentence: "Border police will destroy smuggling gangs; they smash 412 criminal gangs in the year.",
             facts: [Expect(metric: "enforcement.gangs", value: "412")]),
        // 牺牲 as "people sacrificed".
        Case(sentence: "The immigration police have 11 people sacrificed, 203 people injured on duty.",
             facts: [Expect(metric: "personnel.deaths", value: "11"), Expect(metric: "personnel.injured", value: "203")]),
        Case(sentence: "In the line of duty 6 people were sacrificed and 95 people were injured.",
             facts: [Expect(metric: "personnel.deaths", value: "6"), Expect(metric: "personnel.injured", value: "95")]),
        // 往来港澳台通行证 as "to and from Hong Kong Macao Taiwan passes", no commas.
        Case(sentence: "Sign issued to and from Hong Kong Macao Taiwan passes 1860 ten thousand this.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "18600000")]),
        // Permits issued to Hong Kong, Macao and Taiwan residents are theirs, not the mainland residents'.
        Case(sentence: "The authorities issued 870,000 travel permits to Hong Kong, Macao and Taiwan residents for visiting the mainland.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "870000")]),
        Case(sentence: "Officers issued 640,000 travel permits to Hong Kong and Macao residents for trips to and from the mainland.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "640000")]),
        // "entered the country through visa-free policies".
        Case(sentence: "Among the foreigners, 7.2 million person-times entered the country through visa-free policies, up 40% year on year.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "7200000", yoy: "40")]),
        Case(sentence: "Some 3.4 million foreign trips entered China under visa-free arrangements.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "3400000", qualifier: .approx)]),
        // The recipients between the documents and their figure.
        Case(sentence: "Issued visas and documents to foreigners 48.3 ten thousand pieces-times.",
             facts: [Expect(metric: "documents.visas", value: "483000")]),
        Case(sentence: "The administration issued visa documents to foreigners 702,000 pieces.",
             facts: [Expect(metric: "documents.visas", value: "702000")]),
        // Documents and endorsements together, named with their destinations: the combined count.
        Case(sentence: "Issued mainland residents documents and endorsements to and from Hong Kong, Macao and Taiwan 1,960 ten thousand pieces times.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "19600000")]),
        Case(sentence: "Issued certificates and endorsements to and from Hong Kong, Macao and Taiwan 21.3 million pieces.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "21300000")]),
        // "96 of which were major cases": a part and its subject after the copula.
        Case(sentence: "Officers investigated 9,400 criminal cases of obstructing border management, 71 of which were major cases listed for supervision.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "9400"), Expect(metric: "enforcement.major_cases", value: "71")]),
        Case(sentence: "A total of 15,200 cases of obstructing frontier management were handled, of which 130 were major cases put under supervision.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "15200"), Expect(metric: "enforcement.major_cases", value: "130")]),
        // "peaked at": the level of the subject before it.
        Case(sentence: "In 2023, before the rules changed, entries and exits peaked at 424 million.",
             facts: [Expect(metric: "people.total", value: "424000000", period: "2023")]),
        Case(sentence: "Inbound and outbound trips peaked at 1.9 million a day, and officers inspected 610 million people in the year.",
             facts: [Expect(metric: "people.total", value: "610000000")]),
        // 96.1万 with its digits in brackets: one figure, with its subject and change.
        Case(sentence: "It issued 88.4 万 (884,000) port visas, up 12.5%.",
             facts: [Expect(metric: "documents.port_visas", value: "884000", yoy: "12.5")]),
        Case(sentence: "Officers issued 2.3 million (2,300,000) ordinary passports, up 4% year on year.",
             facts: [Expect(metric: "documents.passports", value: "2300000", yoy: "4")]),
        Case(text: "全年签发口岸签证52.7万（527000）张，同比上升18.2%。",
             facts: [Expect(metric: "documents.port_visas", value: "527000", yoy: "18.2")]),
    ]

    @Test(arguments: cases)
    func sentenceGivesFacts(_ c: Case) throws { try c.check() }

    /// A figure written again in other digits in brackets is one mention; different digits are two.
    @Test(arguments: [
        ("96.1 万 (961,000) port visas", 1),
        ("1.2 million (1,200,000) passports", 1),
        ("1.2 million (1,100,000) passports", 2),
        ("1.2 million (up 5%) passports", 2),
    ])
    func restatementInBracketsIsOneFigure(_ text: String, _ count: Int) {
        #expect(mentions(text).filter { $0.kind == .figure }.count == count)
    }

    /// Another body cited as the sentence's source ("according to …") speaks for its figures; the
    /// administration cited so does not.
    @Test(arguments: [
        ("Freight trains crossing the border rose to 9,100, up 20 percent, according to China State Railway Group.", false),
        ("Trains crossing the border numbered 9,100, according to the Ministry of Transport.", false),
        ("Inspected trains numbered 9,100, according to the National Immigration Administration.", true),
        ("Inspected trains numbered 9,100.", true),
    ])
    func citedBodySpeaksForTheFigure(_ sentence: String, _ own: Bool) throws {
        #expect(try metricFacts(sentence).contains { $0.metric == "vehicles.trains" && $0.value == 9_100 } == own)
    }

    /// "From 2018, when …, to 2020": a range of years with an aside before its joiner is the stretch.
    @Test(arguments: [
        "From 2018, when the administration was founded, to 2022, police broke up 4,100 criminal gangs.",
        "From 2018 when the National Immigration Administration was set up to 2022, a total of 4,100 criminal gangs were destroyed.",
        "From 2018, which saw the reform of border management, to 2022, officers smashed 4,100 criminal gangs.",
    ])
    func rangeOfYearsAroundAnAside(_ sentence: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == "enforcement.gangs" })
        #expect(f.period.description == "2018-01-01/2022-12-31")
    }

    /// A province opening the sentence after "in", "along the": its figure is local, the national one stays.
    @Test(arguments: [
        "Nationwide, officers seized 6.2 tons of drugs. In Yunnan border, border inspection organs alone seized drugs 2.4 tons.",
        "Nationwide, officers seized 6.2 tons of drugs. Along the Guangxi border, officers seized 2.4 tons of drugs.",
        "Nationwide, officers seized 6.2 tons of drugs. On the Yunnan frontier, police seized 2.4 tons of drugs.",
    ])
    func provinceAfterALeadIsLocal(_ text: String) throws {
        let facts = try metricFacts(text).filter { $0.metric == "enforcement.drugs_tonnes" }
        #expect(facts.map(\.value) == [dec("6.2")])
    }

    /// 这一数字 after the sentence's own count, in another year: the same metric, that year.
    @Test(arguments: [
        ("2023年全年共查验出入境人员4.24亿人次，同比上升266.5%；2022年这一数字为1.16亿人次。", "people.total", 116_000_000, 2022),
        ("全年签发普通护照2000万本，而2022年全年这一数字为600万本。", "documents.passports", 6_000_000, 2022),
    ])
    func referenceToTheSentencesCount(_ text: String, _ metric: String, _ value: Int, _ year: Int) throws {
        let facts = try extract(text, period: "2023", released: "2024-01-15").filter { $0.metric == metric }
        let f = try #require(facts.first { $0.value == Decimal(value) }, "\(facts)")
        #expect(f.period == Period(year: year))
        #expect(facts.count == 2)
    }

    /// 万 read as million on permits for Hong Kong, Macao and Taiwan residents: more than the
    /// catalog's maximum, or more than those residents' crossings, is flagged.
    @Test(arguments: [
        "Issued Hong Kong, Macao and Taiwan residents to and from the mainland passes 126.5 million pieces.",
        "Hong Kong, Macao and Taiwan residents made 21.3 million crossings in the half-year. The administration issued 24.6 million travel permits to Hong Kong, Macao and Taiwan residents for visiting the mainland.",
    ])
    func residentPermitsBeyondBoundsAreFlagged(_ text: String) throws {
        let f = try #require(try extract(text, period: "2024-H1").first { $0.metric == "documents.hkmt_resident_permits" })
        #expect(f.status == .flagged)
    }
}
