import Testing
@testable import Extract

/// Superscript digits have one table (`Tokenizer.superscriptDigit`): the tokenizer's footnote
/// markers and the extractor's note lines read them alike.
struct NoteMarkerTests {
    @Test func superscriptDigitsAndTheirValues() {
        let digits = "⁰¹²³⁴⁵⁶⁷⁸⁹".unicodeScalars.compactMap(Tokenizer.superscriptDigit)
        #expect(String(String.UnicodeScalarView(digits)) == "0123456789")
        #expect("0123456789ⁱ⁺aé的".unicodeScalars.allSatisfy { Tokenizer.superscriptDigit($0) == nil && !Tokenizer.isSuperscriptDigit($0) })
    }

    @Test func noteLinesAndMarkers() {
        let note = Array("¹² Including crew".unicodeScalars)
        #expect(Extractor.noteMarker(note, 0..<note.count) == "12")
        let bracketed = Array("[4] Up from 32.7 million in 2020.".unicodeScalars)
        #expect(Extractor.noteMarker(bracketed, 0..<bracketed.count) == "4")
        let sentence = Array("128.0 million¹ and 10.39 million[2] people".unicodeScalars)
        #expect(Extractor.noteMarkers(sentence, 0..<sentence.count).map(\.key) == ["1", "2"])
    }
}
