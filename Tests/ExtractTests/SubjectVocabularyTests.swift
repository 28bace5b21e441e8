import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Subjects written in ways the catalog had to learn: names with commas between a subject and its
/// figure ("endorsements for visits to Hong Kong, Macao and Taiwan reached"), "… SAR, the Macao SAR
/// and Taiwan", "passport issuance", cases "of this kind", word-for-word translations ("crimes
/// cases", "identity verification service", "documents endorsement", "pass"), and a change in the
/// next sentence that names one earlier count. Invented sentences.
struct SubjectVocabularyTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // A name written with commas stands inside the subject.
        Case(sentence: "Endorsements issued for visits to Hong Kong, Macao and Taiwan reached 88.4 million, up 6.1 percent.",
             facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "88400000", yoy: "6.1")]),
        Case(sentence: "Passport issuance came to 6.2 million, while endorsements for trips to Hong Kong, Macau and Taiwan came to 31.7 million.",
             facts: [Expect(metric: "documents.passports", value: "6200000"),
                     Expect(metric: "documents.mainland_hkmt_endorsements", value: "31700000")]),
        Case(sentence: "Ordinary passport issuance totalled 14.9 million, up 8.8 percent year on year.",
             facts: [Expect(metric: "documents.passports", value: "14900000", yoy: "8.8")]),
        Case(sentence: "Mainland residents accounted for 150 million of the trips, residents of the Hong Kong SAR, the Macao SAR and Taiwan for about 120 million, and foreigners for 30 million.",
             facts: [Expect(metric: "people.mainland", value: "150000000"),
                     Expect(metric: "people.hkmt", value: "120000000", qualifier: .approx),
                     Expect(metric: "people.foreigners", value: "30000000")]),
        // Cases "such" or "of this kind" after a sentence that named them.
        Case(sentence: "Border police solved 3,120 such criminal cases, up 12 percent.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "3120", yoy: "12")]),
        Case(sentence: "More than 9,000 criminal cases of this type were handled, and 12,400 suspects were caught.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "9000", qualifier: .atLeast),
                     Expect(metric: "enforcement.suspects", value: "12400")]),
        Case(sentence: "Some 7,600 criminal cases of this kind were investigated.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "7600", qualifier: .approx)]),
        // Word-for-word machine translation.
        Case(sentence: "The organs handled hinder border management crimes cases 3.6 ten thousand, arrested criminal suspects 5.2 ten thousand people.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "36000"), Expect(metric: "enforcement.suspects", value: "52000")]),
        Case(sentence: "The platform provided overseas Chinese and foreigners identity verification service 1520.6 ten thousand times.",
             facts: [Expect(metric: "services.identity_verifications", value: "15206000")]),
        Case(sentence: "Issued mainland residents to and from Hong Kong, Macao and Taiwan documents endorsement 1.42 100 million pieces (pieces) times, a year-on-year increase of 12.3%.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "142000000", yoy: "12.3")]),
        Case(sentence: "Issued Taiwan residents to and from the mainland pass 41.2 ten thousand pieces.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "412000")]),
        // A change alone in the next sentence names which earlier count it belongs to.
        Case(text: "Officers inspected 2.4 million conveyances, among them 310,000 aircraft, 55,000 trains and 2.03 million motor vehicles. The number of trains inspected rose by 11.2 percent.",
             facts: [Expect(metric: "vehicles.total", value: "2400000"), Expect(metric: "vehicles.aircraft", value: "310000"),
                     Expect(metric: "vehicles.trains", value: "55000", yoy: "11.2"), Expect(metric: "vehicles.motor", value: "2030000")]),
        Case(text: "The administrations issued 9.1 million ordinary passports and 1.3 million visas. Passports were up 14 percent on the year before.",
             facts: [Expect(metric: "documents.passports", value: "9100000", yoy: "14"), Expect(metric: "documents.visas", value: "1300000")]),
        // Not to a count the sentence does not name.
        Case(text: "Officers inspected 310,000 aircraft and 55,000 trains. The number of ships grew by 4 percent.",
             facts: [Expect(metric: "vehicles.aircraft", value: "310000"), Expect(metric: "vehicles.trains", value: "55000")]),
    ]

    @Test(arguments: cases)
    func sentenceGivesFacts(_ c: Case) throws { try c.check() }

    /// A garbled figure after a learnt subject is still flagged, never reported.
    @Test func garbledPassFigureIsFlagged() throws {
        let facts = try metricFacts("Issued Hong Kong and Macao residents to and from the mainland pass 2,31.8 ten thousand pieces.")
        let f = try #require(facts.first { $0.metric == "documents.hkmt_resident_permits" })
        #expect(f.status == .flagged)
        #expect(f.written.contains("2,31.8"))
    }
}
