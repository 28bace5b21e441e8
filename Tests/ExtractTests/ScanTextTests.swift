import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Text read from a scan by OCR: a digit 1 for the letter l inside words ("crimina1 gangs",
/// "peop1e"), the letter l for a digit ("l2367"). The digits of a misread word are no figure: a
/// count before it is never replaced by the word's "1".
struct ScanTextTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    /// The misread word is one word token; the digits around it stay figures.
    @Test(arguments: [
        ("dismantled 57 crimina1 rings", ["57"]),
        ("checked 2.4 million peop1e", ["2400000"]),
        ("the hot1ine took 880,000 ca11s", ["880000"]),
        ("held 1,300 for i11egal stay", ["1300"]),
        ("a11 96 ports", ["96"]),
        ("the tota1 was 4,100", ["4100"]),
    ] as [(String, [String])])
    func misreadWordsAreNoFigures(_ text: String, _ values: [String]) {
        let figures = mentions(text).filter { $0.kind == .figure }
        #expect(figures.map(\.value) == values.map(dec), "\(text): \(figures.map(\.value))")
    }

    /// Digits written against letters that are no misreading keep their reading.
    @Test(arguments: [
        ("Q1 2024 passports", "q"),
        ("h1 was busy at the ports", "h"),
        ("CNY220 million in fines", "cny"),
        ("3rd quarter visas", "3"),
        ("2bn yuan", "2"),
    ] as [(String, String)])
    func lettersBeforeDigitsStayApart(_ text: String, _ first: String) {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars, 0..<scalars.count)
        #expect(tokens.first?.text == first, "\(text): \(tokens.map(\.text))")
        #expect(tokens.contains { $0.kind == .number }, "\(text): \(tokens.map(\.text))")
    }

    static let misreadSentences: [Case] = [
        Case(text: "Police knocked out 285 crimina1 gangs and arrested 9,900 suspects.",
             facts: [Expect(metric: "enforcement.gangs", value: "285"), Expect(metric: "enforcement.suspects", value: "9900")]),
        Case(text: "They smashed 312 smugg1ing gangs and destroyed 140 transit dens.",
             facts: [Expect(metric: "enforcement.gangs", value: "312"), Expect(metric: "enforcement.transit_dens", value: "140")]),
    ]

    @Test(arguments: misreadSentences)
    func misreadWordsLeaveTheCountAlone(_ c: Case) throws { try c.check() }

    /// An l for the 1 that opens a figure ("l2,600") is read as 1, and the figure doubted: never
    /// the plain "2,600" after it.
    @Test(arguments: [
        ("Officers arrested l2,600 crimina1 suspects.", "enforcement.suspects", "12600"),
        ("Police smashed l45 gangs.", "enforcement.gangs", "145"),
        ("They destroyed l2O dens used for transit.", "enforcement.transit_dens", "120"),
    ])
    func anLOpeningAFigureIsDoubted(_ text: String, _ metric: String, _ value: String) throws {
        let facts = try metricFacts(text)
        let f = try #require(facts.first { $0.metric == metric }, "\(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
        #expect(f.value == dec(value))
        #expect(f.status == .flagged, "\(f.status)")
        #expect(facts.count == 1)
    }

    /// An l ending a figure or opening its decimals, and a blot for a smudged digit: the figure is
    /// doubted whole, never reported as the digits before or after the misread mark.
    @Test(arguments: [
        ("They cracked 1,2■4 drug cases in the year.", "enforcement.drug_cases"),
        ("Officers seized 5.l8 tonnes of drugs.", "enforcement.drugs_tonnes"),
        ("The NIA supervised 23l major cases.", "enforcement.major_cases"),
        ("Police issued 4 .■ 6 million endorsements for mainland residents to Hong Kong, Macao and Taiwan.", "documents.mainland_hkmt_endorsements"),
        ("Police smashed 1■45 gangs and arrested 9,100 suspects.", "enforcement.gangs"),
    ])
    func aMisreadMarkInsideAFigureDoubtsIt(_ text: String, _ metric: String) throws {
        let facts = try metricFacts(text)
        let f = try #require(facts.first { $0.metric == metric }, "\(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
        #expect(f.status == .flagged, "\(f.value) \(f.status)")
        #expect(!facts.contains { $0.metric == metric && $0.status == .reported })
    }

    /// A scale word misread with ones ("mi11ion") still scales its figure.
    @Test(arguments: [
        ("checked 222.3 mi11ion people", "222300000"),
        ("issued 4.5 mi11ion passports", "4500000"),
    ])
    func misreadScaleWordScales(_ text: String, _ value: String) {
        let figures = mentions(text).filter { $0.kind == .figure }
        #expect(figures.map(\.value) == [dec(value)], "\(text): \(figures.map(\.value))")
    }
}
