import BriefingCore

/// The heading of the table a line belongs to. A short line naming the rows' subject ("Border
/// inspections (person-trips)", "Conveyances inspected:", 出入境人员（人次）) gives its words to the
/// label/value rows below it ("Mainland residents: 291 million", "Aircraft .... 612,000 (+9.1%)",
/// "| Foreigners | 64.88 million | +82.9% |") as context and exclusions, never as their subject:
/// "Mainland residents" under a documents heading are not people crossing the border. Heading
/// lines in a row add up (a title, then a table's header row); the first line of prose ends the table.
struct TableHeading {
    /// Text ranges of the heading's lines.
    private(set) var lines: [Range<Int>] = []
    private var lastWasHeading = false

    /// A heading line is short and does not end like a sentence.
    static let maxLength = 80
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "。", "!", "！", "?", "？"]
    /// What stands between a row's label and its value.
    static let labelSeparators = TokenSet([":", "：", "|", ".", "…", "-"])

    /// Lines the sentence splitter kept apart as names (short lines without a full stop) between
    /// two sentences: each is a heading line.
    mutating func skipped(_ text: [Unicode.Scalar], from: Int, to: Int) {
        var a = from
        while a < to {
            var b = a
            while b < to, text[b] != "\n" { b += 1 }
            var s = a, e = b
            while s < e, Tokenizer.isSpace(text[s]) { s += 1 }
            while e > s, Tokenizer.isSpace(text[e - 1]) { e -= 1 }
            if e > s { heading(s..<e) }
            a = b + 1
        }
    }

    /// A sentence without figures: a heading when it is a short line of its own that does not end
    /// like a sentence, else prose.
    mutating func noFigures(_ text: [Unicode.Scalar], _ range: Range<Int>, wholeLine: Bool) {
        if wholeLine, range.count <= Self.maxLength, let last = text[range].last, !Self.sentenceEnds.contains(last) {
            heading(range)
        } else {
            prose()
        }
    }

    private mutating func heading(_ r: Range<Int>) {
        if !lastWasHeading { lines = [] }
        lines.append(r)
        lastWasHeading = true
    }

    mutating func prose() { lines = []; lastWasHeading = false }

    /// A sentence with figures. When it is a row ("Label: value", "Label .... value", "| Label |
    /// value |") under a heading, returns the heading's tokens, each line closed by ";" so that no
    /// subject reaches across it, then the row's, with the heading's token range; else ends the table.
    mutating func row(_ text: [Unicode.Scalar], _ tokens: [Token], _ mentions: [Mention]) -> (tokens: [Token], heading: Range<Int>)? {
        guard let m = mentions.first(where: { $0.kind == .figure }), m.first > 1,
              Self.labelSeparators.contains(tokens[m.first - 1]),
              tokens[..<(m.first - 1)].contains(where: { $0.kind == .word || $0.kind == .han }) else {
            prose()
            return nil
        }
        lastWasHeading = false
        guard !lines.isEmpty else { return nil }
        var out: [Token] = []
        for r in lines {
            out += Tokenizer.tokenize(text, r)
            out.append(Token(kind: .punct, start: r.upperBound, end: r.upperBound, text: ";"))
        }
        let heading = 0..<out.count
        return (out + tokens, heading)
    }
}
