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

    @Test(arguments: enforcementVerbs)
    func enforcementVerbGivesFacts(_ c: Case) throws { try c.check() }
}
