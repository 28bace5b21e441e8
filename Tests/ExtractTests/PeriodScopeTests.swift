import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest
import Ingest

/// Figures of a campaign window, a quarter or a half-year are never annual figures.
struct PeriodScopeTests {
    static let cases: [(String, String, String)] = [
        ("From the end of November 2024 to the end of February 2025, 2,811 criminal cases of obstructing border management were investigated.",
         "enforcement.criminal_cases", "2024-11-30/2025-02-28"),
        ("From early March to late May 2024, police seized 300 guns.", "enforcement.guns", "2024-03-01/2024-05-31"),
        ("From January to June, officers inspected 287 million inbound and outbound travellers.", "people.total", "2024-H1"),
        ("Between March and May, police seized 300 guns.", "enforcement.guns", "2024-03-01/2024-05-31"),
        ("In December alone, officers inspected 43.6 million inbound and outbound trips.", "people.total", "2024-12-01/2024-12-31"),
        ("Foreign nationals made 4.07 million trips in December, up 514.8 percent.", "people.foreigners", "2024-12-01/2024-12-31"),
        ("At the conference held in January, the NIA said 610 million people were inspected in 2024.", "people.total", "2024"),
        ("Since December 1, 2024, 9,985 criminal suspects have been arrested.", "enforcement.suspects", "2024-12-01/2025-01-14"),
        ("In the first quarter, 141 million people were inspected at the border.", "people.total", "2024-Q1"),
        ("In the first half of the year, 287 million people crossed the border and were inspected.", "people.total", "2024-H1"),
        ("In the first three quarters of 2024, 438 million people were inspected.", "people.total", "2024-01-01/2024-09-30"),
        ("During the summer vacation, 89 million people were inspected at ports.", "people.total", "2024-07-01/2024-08-31"),
        ("In 2023, the authorities issued 18.4 million ordinary passports.", "documents.passports", "2023"),
        ("Throughout the year, 35,000 criminal cases of obstructing border management were handled.", "enforcement.criminal_cases", "2024"),
        ("During the Spring Festival holiday, 13.5 million people crossed the border and were inspected.", "people.total", "2024-01-01/2024-12-31"),
        ("Officers inspected 610 million people, and the hotline stays open during the Spring Festival.", "people.total", "2024"),
    ]

    @Test(arguments: cases)
    func sentenceScope(_ sentence: String, _ metric: String, _ period: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == metric }, "\(metric) not found")
        #expect(f.period.description == period)
    }

    @Test func windowCarriesThroughItsParagraphOnly() throws {
        let facts = try metricFacts("""
            From the end of November 2024 to the end of February 2025, the administration carried out the winter operation. Since the launch of the operation, 2,811 criminal cases of obstructing border management have been investigated. The police also seized 60 guns.
            In 2024, more than 2,000 guns were seized.
            """)
        let guns = facts.filter { $0.metric == "enforcement.guns" }
        #expect(guns.first { $0.value == 60 }?.period.isAnnual == false)
        #expect(guns.first { $0.value == 2000 }?.period == Period(year: 2024))
        #expect(facts.first { $0.metric == "enforcement.criminal_cases" }?.period.description == "2024-11-30/2025-02-28")
    }

    @Test func quarterlyReleaseDefaultsToItsQuarter() throws {
        let facts = try metricFacts("Border police inspected 150 million people, up 10 percent year on year.", period: "2025-Q1")
        #expect(facts.first?.period.description == "2025-Q1")
    }
}

extension PeriodScopeTests {
    /// Parts of the year come from the grammar: a new one is a data edit, not code.
    @Test func aNewPartOfYearIsAGrammarEdit() throws {
        let sentence = "In the first four months, 180 million people were inspected at the border."
        #expect(try metricFacts(sentence).first?.period == Period(year: 2024))
        var grammar = sharedExtractor.grammar
        grammar.languages["en"]!.partsOfYear.append(.init(phrase: "first four months", period: "01-01/04-30"))
        let extractor = Extractor(catalog: sharedExtractor.catalog, grammar: grammar)
        let doc = try Ingestor.document(id: "t.txt", bytes: Array("# period: 2024\n\n\(sentence)".utf8), path: "t.txt")
        let f = try #require(extractor.extract(doc).facts.first { $0.metric == "people.total" })
        #expect(f.period.description == "2024-01-01/2024-04-30")
    }
}
