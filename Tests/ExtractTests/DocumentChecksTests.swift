import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// The checks inside one release after matching (invented releases): a part larger than its
/// total, a total smaller than its parts, a count that is fractional or implausibly small for a
/// national figure. What they doubt is flagged, with the reason in the note and the figure as
/// written; what they cannot pin on one figure is left alone.
struct DocumentChecksTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var period: String = "2024"
        /// Metrics whose figure must be flagged, with words the note must contain.
        var flagged: [String: [String]] = [:]
        /// Metrics whose figure must stay a plain fact.
        var reported: [String] = []
        var description: String { name }
    }

    static let cases: [Case] = [
        // 1. A part larger than its total: the other parts agree with the total, the part is a
        //    power of ten off.
        Case(name: "motor vehicles tenfold, English",
             text: "Border officers checked 7.46 million conveyances, up 9 percent; of these, 152,000 were aircraft, 18,000 trains, 96,000 ships and 71.94 million motor vehicles.",
             flagged: ["vehicles.motor": ["tenfold", "7,194,000", "vehicles.total = "]],
             reported: ["vehicles.total", "vehicles.aircraft", "vehicles.trains", "vehicles.ships"]),
        Case(name: "mainland residents tenfold, first half",
             text: "In the first half, 190.2 million people were inspected at the border, including 1.021 billion mainland residents, 75.4 million residents of Hong Kong, Macao and Taiwan and 12.7 million foreigners.",
             period: "2024-H1",
             flagged: ["people.mainland": ["tenfold", "102,100,000"]],
             reported: ["people.total", "people.hkmt", "people.foreigners"]),
        Case(name: "motor vehicles tenfold, Chinese",
             text: "全国边检机关共查验出入境交通运输工具746万架（列、艘、辆）次，其中飞机15.2万架次、火车1.8万列次、船舶9.6万艘次、机动车7194万辆次。",
             flagged: ["vehicles.motor": ["tenfold"]],
             reported: ["vehicles.total", "vehicles.aircraft", "vehicles.ships"]),
        // 2. A total smaller than the sum of its parts: the scale word was dropped.
        Case(name: "total without its scale word, fractional",
             text: "A total of 1,024.6 conveyances were inspected, including 180,000 aircraft, 20,000 trains, 110,000 ships and 9.936 million motor vehicles.",
             period: "2024-Q2",
             flagged: ["vehicles.total": ["ten-thousandfold", "10,246,000"]],
             reported: ["vehicles.aircraft", "vehicles.trains", "vehicles.ships", "vehicles.motor"]),
        Case(name: "total without its scale word, whole",
             text: "Inspections covered 1,025 means of transport, of which 180,000 were aircraft, 20,000 trains, 110,000 ships and 9,936,000 motor vehicles.",
             flagged: ["vehicles.total": ["ten-thousandfold"]],
             reported: ["vehicles.aircraft", "vehicles.trains", "vehicles.ships", "vehicles.motor"]),
        // Two members whose slip would each remove the excess (the total, or a part written a hundredfold)
        // and a malformed part: with its reading the part's slip alone makes the sum hold.
        Case(name: "motor vehicles hundredfold beside a malformed ship count",
             text: "Inspected means of transport 12.3 million, of which aircraft 412,000, trains 38,000, ships 15.4,000 and motor vehicles 1169.6 million.",
             period: "2024-H1",
             flagged: ["vehicles.motor": ["hundredfold", "11,696,000"]],
             reported: ["vehicles.total", "vehicles.aircraft", "vehicles.trains"]),
        Case(name: "motor vehicles hundredfold beside a malformed ship count, whole year",
             text: "Border officers checked 30.5 million conveyances; of these, 980,000 were aircraft, 110,000 trains, 41.5,000 ships and 2899.5 million motor vehicles.",
             flagged: ["vehicles.motor": ["hundredfold"]],
             reported: ["vehicles.total", "vehicles.aircraft", "vehicles.trains"]),
        // Parts stated (one missing) exceed the total: only the figures whose slip would explain it.
        Case(name: "incomplete list exceeding its total",
             text: "Some 52.3 million people were inspected in the first quarter. Mainland residents made 270.5 million trips and foreigners 4.1 million.",
             period: "2024-Q1",
             flagged: ["people.total": ["people.total or people.mainland"], "people.mainland": ["more than the total"]],
             reported: ["people.foreigners"]),
        // Parts below the total are no contradiction: a list may leave some out.
        Case(name: "incomplete list below its total",
             text: "Officers inspected 150 million people; among them were 80 million mainland residents and 50 million residents of Hong Kong, Macao and Taiwan.",
             reported: ["people.total", "people.mainland", "people.hkmt"]),
        Case(name: "full list below its total, no single slip",
             text: "Officers inspected 150 million people; among them were 80 million mainland residents, 50 million residents of Hong Kong, Macao and Taiwan and 10 million foreign nationals.",
             reported: ["people.total", "people.mainland", "people.hkmt", "people.foreigners"]),
        // 3. Implausible magnitudes for a national figure, and fractional counts.
        Case(name: "hotline calls fractional",
             text: "The 12367 hotline received 455.3 calls from Chinese and foreign callers, with a satisfaction rate of 99.1 percent.",
             flagged: ["services.hotline_calls": ["whole numbers", "scale word"]],
             reported: ["services.hotline_satisfaction"]),
        Case(name: "hotline calls far too few for a year",
             text: "The 12367 service hotline handled 640 calls in 2024.",
             flagged: ["services.hotline_calls": ["least plausible national figure", "50,000 a year"]]),
        Case(name: "passports too few for a quarter",
             text: "In the first quarter, 2,031 ordinary passports were issued, up 8 percent year on year.",
             period: "2024-Q1",
             flagged: ["documents.passports": ["7,500 for 2024-Q1"]]),
        Case(name: "foreigners found illegally in the country, a figure read from a name",
             text: "In the first quarter, police investigated 3 \"three illegal\" foreigners who illegally entered, stayed or worked in China.",
             period: "2024-Q1",
             flagged: ["enforcement.illegal_foreigners": ["250 for 2024-Q1"]]),
        Case(name: "a real quarter's count of illegal foreigners",
             text: "In the first quarter, police investigated 9,300 foreigners who illegally entered, stayed or worked in China.",
             period: "2024-Q1",
             reported: ["enforcement.illegal_foreigners"]),
        Case(name: "a quarter's people scaled, not the year's",
             text: "In the first quarter, border police inspected 1.5 million people.",
             period: "2024-Q1",
             reported: ["people.total"]),
        Case(name: "real small figures stay plain",
             text: "Fifteen officers died in the line of duty. Police seized 6 guns, 7.8 tonnes of drugs and captured 121 snakehead fugitives.",
             reported: ["personnel.deaths", "enforcement.guns", "enforcement.drugs_tonnes", "enforcement.fugitives"]),
        Case(name: "a rate above its maximum",
             text: "The immigration service hotline answered 5.8 million calls, and callers' satisfaction reached 101.4 percent.",
             flagged: ["services.hotline_satisfaction": ["above 100", "cannot exceed 100%"]],
             reported: ["services.hotline_calls"]),
        // Bounds between metrics, as the aggregate stage applies them.
        Case(name: "visas above the foreigners who crossed",
             text: "Foreign nationals made 3.1 million trips. The administration issued 2.31 billion visas and documents to foreigners.",
             flagged: ["documents.visas": ["times people.foreigners", "cannot exceed"]],
             reported: ["people.foreigners"]),
        // Endorsements (alone, or with the permits) are trips out and back: never more than the crossings.
        Case(name: "endorsements above all crossings",
             text: "Border officers inspected 598 million people. The administration issued 830 million endorsements for mainland residents travelling to Hong Kong and Macao.",
             flagged: ["documents.mainland_hkmt_endorsements": ["times people.total", "crossings"]],
             reported: ["people.total"]),
        Case(name: "endorsements below the crossings",
             text: "Border officers inspected 598 million people. The administration issued 83 million endorsements for mainland residents travelling to Hong Kong and Macao.",
             reported: ["people.total", "documents.mainland_hkmt_endorsements"]),
        Case(name: "permits and endorsements above all crossings, Chinese",
             text: "全国边检机关共查验出入境人员1.41亿人次。签发内地居民往来港澳台证件及签注2.03亿本（件）次。",
             period: "2024-Q1",
             flagged: ["documents.mainland_hkmt_combined": ["times people.total"]],
             reported: ["people.total"]),
    ]

    @Test(arguments: cases)
    func doubtfulFiguresAreFlagged(_ c: Case) throws {
        let facts = try metricFacts(c.text, period: c.period)
        for (metric, words) in c.flagged {
            let f = try #require(facts.first { $0.metric == metric }, "\(metric) not extracted")
            #expect(f.status == .flagged, "\(metric) not flagged")
            for w in words { #expect(f.note?.contains(w) == true, "\(metric): \(f.note ?? "no note") lacks \(w)") }
            // The figure as written stays in the quote.
            #expect(f.quote.contains(f.written))
        }
        for metric in c.reported {
            let f = try #require(facts.first { $0.metric == metric }, "\(metric) not extracted")
            #expect(f.status == .reported, "\(metric): \(f.note ?? "")")
        }
    }

    /// A figure the reader already doubts (malformed) gains what the other members of its sum say.
    @Test func doubtedMemberLearnsWhatTheSumGives() throws {
        let facts = try metricFacts("In 2024, 398 million people were inspected; among them 200 million mainland residents, 16.55,000 residents of Hong Kong, Macao and Taiwan and 32.5 million foreigners.")
        let f = try #require(facts.first { $0.metric == "people.hkmt" })
        #expect(f.status == .flagged)
        #expect(f.note?.contains("give 165,500,000") == true, "\(f.note ?? "")")
    }

    /// A figure of a part of a period cannot exceed the whole's figure of the same metric: the part
    /// is flagged, the whole stays; a part below its whole, a percentage and a campaign window's
    /// whole judge nothing.
    @Test(arguments: [
        ("In the first half, 402 million people were inspected at the border. In the second quarter alone, 2.11 billion people were inspected.",
         "2024-H1", [Decimal(2_110_000_000)], [Decimal(402_000_000)]),
        ("In 2024, the police seized 3,120 guns. In the fourth quarter, 31,200 guns were seized.",
         "2024", [31_200], [3_120]),
        ("上半年，全国移民管理机构签发普通护照1120万本。其中二季度签发普通护照6210万本。",
         "2024-H1", [62_100_000], [11_200_000]),
        ("In the first half, 402 million people were inspected at the border. In the second quarter alone, 211 million people were inspected.",
         "2024-H1", [], [402_000_000, 211_000_000]),
        ("In the first half, more than 400 million people were inspected at the border. In the second quarter, 420 million people were inspected.",
         "2024-H1", [], [400_000_000, 420_000_000]),
        ("In the first half, the 12367 hotline answered 5.1 million calls with a satisfaction rate of 98.1%. In the second quarter, the 12367 hotline answered 2.6 million calls with a satisfaction rate of 99.3%.",
         "2024-H1", [], [5_100_000, 2_600_000, 98.1, 99.3]),
    ] as [(String, String, [Decimal], [Decimal])])
    func aPartCannotExceedItsWhole(_ text: String, _ period: String, _ flagged: [Decimal], _ reported: [Decimal]) throws {
        let facts = try metricFacts(text, period: period)
        for v in flagged {
            let f = try #require(facts.first { $0.value == v }, "\(v) not extracted")
            #expect(f.status == .flagged)
            #expect(f.note?.contains("it is part of") == true, "\(f.note ?? "")")
        }
        for v in reported {
            let f = try #require(facts.first { $0.value == v }, "\(v) not extracted")
            #expect(f.status == .reported, "\(v): \(f.note ?? "")")
        }
    }

    /// A malformed figure of a quarter or half ("7.76,000") that the other members of its sum prove
    /// is reconciled in its release, its note keeping what was written; a year's is left flagged for
    /// the aggregate stage to reconcile across releases.
    @Test(arguments: [
        ("In the second quarter, 8.12 million conveyances were inspected; among them, 231,000 aircraft, 27,000 trains, 96,000 ships and 7.76,000 motor vehicles.",
         "2024-H1", "vehicles.motor", Decimal(7_766_000), FactStatus.reconciled),
        ("In the first half, 198.4 million people were inspected, including 101.2 million mainland residents, 77.1 million residents of Hong Kong, Macao and Taiwan and 20.1,000 foreigners.",
         "2024-H1", "people.foreigners", 20_100_000, .reconciled),
        ("In 2024, 8.12 million conveyances were inspected; among them, 231,000 aircraft, 27,000 trains, 96,000 ships and 7.76,000 motor vehicles.",
         "2024", "vehicles.motor", 776_000, .flagged),
    ] as [(String, String, String, Decimal, FactStatus)])
    func malformedPartOfAQuarterIsReconciled(_ text: String, _ period: String, _ metric: String, _ value: Decimal, _ status: FactStatus) throws {
        let f = try #require(try metricFacts(text, period: period).first { $0.metric == metric })
        #expect(f.status == status)
        #expect(f.value == value)
        #expect(f.note?.contains("give") == true, "\(f.note ?? "")")
        #expect(f.quote.contains(f.written))
    }

    /// A bilingual release (Chinese, then its English): a figure the English gives a power of ten off
    /// the Chinese is flagged; the Chinese original's stands, reconciled. Agreeing ones stay plain.
    @Test(arguments: [
        ("全年共签发普通护照412.7万本。\nOrdinary passports issued during the year totalled 41.27 million.", "documents.passports", Decimal(4_127_000), Decimal(41_270_000)),
        ("全年共抓获犯罪嫌疑人6.3万名。\nOver the year, 630,000 criminal suspects were arrested.", "enforcement.suspects", 63_000, 630_000),
        ("全年查验出入境人员1.41亿人次。\nOfficers inspected 1.41 million inbound and outbound travellers.", "people.total", 141_000_000, 1_410_000),
    ] as [(String, String, Decimal, Decimal)])
    func translationBesideItsOriginalIsFlagged(_ text: String, _ metric: String, _ original: Decimal, _ translated: Decimal) throws {
        let facts = try metricFacts(text).filter { $0.metric == metric }
        let zh = try #require(facts.first { $0.value == original })
        let en = try #require(facts.first { $0.value == translated })
        #expect(zh.status == .reconciled)
        #expect(en.status == .flagged)
        #expect(en.note?.contains("Chinese original") == true, "\(en.note ?? "")")
    }

    @Test func agreeingTranslationStaysPlain() throws {
        let facts = try metricFacts("全年共签发普通护照412.7万本。\nOrdinary passports issued during the year totalled 4.127 million.")
        #expect(facts.filter { $0.metric == "documents.passports" }.count >= 1)
        #expect(facts.filter { $0.metric == "documents.passports" }.allSatisfy { $0.status == .reported })
    }

    /// A metric stated twice with different values in one period is ambiguous: no sum is judged on it.
    @Test func ambiguousTotalJudgesNothing() throws {
        let facts = try metricFacts("Officers inspected 42 million people, up from 39 million people the year before. Of these, 300 million were mainland residents.")
        #expect(facts.filter { $0.metric == "people.mainland" }.allSatisfy { $0.status == .reported })
    }
}
