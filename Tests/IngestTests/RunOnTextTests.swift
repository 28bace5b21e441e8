import BriefingCore
import Foundation
import Testing
@testable import Ingest

/// Translations whose sentence punctuation was lost in conversion, and literal translations that
/// write the year before its part. Every text is invented.
struct RunOnTextTests {
    func doc(_ text: String) throws -> SourceDocument {
        try Ingestor.document(id: "t.txt", bytes: Array(text.utf8), path: "dir/t.txt")
    }

    func sentences(_ d: SourceDocument) -> [String] {
        let s = Array(d.text.unicodeScalars)
        return d.sentences.map { r in var v = String.UnicodeScalarView(); v.append(contentsOf: s[r.range.start..<r.range.end]); return String(v) }
    }

    /// A long line with no clause or sentence mark gets its lost breaks back: a word glued to a
    /// noun's end, a clause reopened by its subject and verb, "respectively", "in 2023 the … rose".
    @Test(arguments: [
        ("During the whole of the year under review the border officers kept up their routine work at all open ports across the country and throughout those twelve months the immigration authorities checked 500 million travellers up 10% from the year before which was a clear rise while 9 million vehicles passed through",
         ["During the whole of the year under review the border officers kept up their routine work at all open ports across the country and throughout those twelve months.",
          "The immigration authorities checked 500 million travellers, up 10% from the year before which was a clear rise while 9 million vehicles passed through"]),
        ("Officers at the ports looked at the papers of travellers from many lands over the twelve months under review and checked 3 million lorriesthe border police also took part in joint work with customs over the same twelve months and seized goods worth 2.1 billion yuanin the western regions the checks were the strictest of the year",
         ["Officers at the ports looked at the papers of travellers from many lands over the twelve months under review and checked 3 million lorries.",
          "The border police also took part in joint work with customs over the same twelve months and seized goods worth 2.1 billion yuan.",
          "In the western regions the checks were the strictest of the year"]),
        ("Some 300 million residents 200 million visitors and 50 million foreigners crossed the borders of the country during the twelve months under review up 5% 6% and 7% respectively the largest share of them went through the land ports of the south where most of the traffic of the whole year was recorded as in earlier years",
         ["Some 300 million residents 200 million visitors and 50 million foreigners crossed the borders of the country during the twelve months under review, up 5% 6% and 7% respectively.",
          "The largest share of them went through the land ports of the south where most of the traffic of the whole year was recorded as in earlier years"]),
    ])
    func lostBreaksComeBack(_ text: String, _ expected: [String]) throws {
        #expect(sentences(try doc("# period: 2023\n\n" + text)) == expected)
    }

    /// The lost commas come back too: before a change, between a year-on-year change and its base,
    /// before "of which" and "including", and between a word and a figure glued to it.
    @Test(arguments: [
        ("Over the twelve months under review the border officers at the open ports of the country checked 500 million travellers up 10% year on year compared with 450 million the year before of which 200 million were mainland residents250 million were visitors from Hong Kong Macao and Taiwan and 50 million were foreigners",
         ["Over the twelve months under review the border officers at the open ports of the country checked 500 million travellers, up 10% year on year, compared with 450 million the year before, of which 200 million were mainland residents, 250 million were visitors from Hong Kong Macao and Taiwan and 50 million were foreigners"]),
    ])
    func lostCommasComeBack(_ text: String, _ expected: [String]) throws {
        #expect(sentences(try doc("# period: 2023\n\n" + text)) == expected)
    }

    /// A line that keeps its commas or full stops is never touched, however long; nor is a short one.
    @Test(arguments: [
        "Throughout the whole year under review, the border officers at all the open ports of the country kept up their work, and throughout the year the immigration authorities checked 500 million travellers, up 10% from the year before, while 9 million vehicles and 3 million lorriesthe drivers of which were checked too passed through.",
        "Throughout the year the immigration authorities checked 500 million travellers",
    ])
    func punctuatedLinesStay(_ text: String) throws {
        #expect(sentences(try doc("# period: 2023\n\n" + text)) == [text])
    }

    /// A literal translation writes the year before its part: "2022 first half year".
    @Test(arguments: [
        ("Immigration Administration: 2022 first half year immigration management main data released\n\n2021 whole year, 600 million were inspected.", "2022-H1"),
        ("2023 third quarter national port main data\n\nPorts inspected 150 million people.", "2023-Q3"),
    ])
    func yearBeforeItsPart(_ text: String, _ period: String) throws {
        #expect(try doc(text).metadata.period.description == period)
    }
}
