import BriefingCore

/// A word, number, punctuation mark or Chinese character of a sentence, with its place in the text.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct, han }
    var kind: Kind
    /// Unicode-scalar offsets into the document text.
    var start: Int
    var end: Int
    /// Lower-cased text; for numbers, the digits and separators as written.
    var text: String
}

enum Tokenizer {
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
    }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
            || (s.value > 0xBF && s.properties.isAlphabetic && !isHan(s))
    }

    /// Splits `text[range]` into tokens. Numbers keep their internal `,` and `.` ("9,638,000",
    /// "31.49,000") so that a malformed figure is seen whole; words keep internal hyphens and
    /// apostrophes ("year-on-year", "country's").
    static func tokenize(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((range.count / 5) + 4)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = text[i]
            if isDigit(c) {
                var j = i + 1
                while j < end {
                    if isDigit(text[j]) { j += 1; continue }
                    if (text[j] == "," || text[j] == ".") && j + 1 < end && isDigit(text[j + 1]) { j += 1; continue }
                    break
                }
                tokens.append(Token(kind: .number, start: i, end: j, text: string(text, i, j)))
                i = j
            } else if isLetter(c) {
                var j = i + 1
                while j < end {
                    if isLetter(text[j]) { j += 1; continue }
                    if (text[j] == "-" || text[j] == "'") && j + 1 < end && isLetter(text[j + 1]) { j += 2; continue }
                    break
                }
                tokens.append(Token(kind: .word, start: i, end: j, text: string(text, i, j).lowercased()))
                i = j
            } else if isHan(c) {
                tokens.append(Token(kind: .han, start: i, end: i + 1, text: String(Character(c))))
                i += 1
            } else if c.properties.isWhitespace {
                i += 1
            } else {
                tokens.append(Token(kind: .punct, start: i, end: i + 1, text: String(Character(c))))
                i += 1
            }
        }
        return tokens
    }

    static func string(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[a..<b])
        return String(s)
    }
}

/// A phrase from the catalog or grammar, split the way the tokenizer splits text.
/// `*` stands for a gap of up to six tokens.
struct Phrase: Sendable, Hashable {
    var parts: [String]
    let source: String

    init(_ phrase: String) {
        source = phrase
        let scalars = Array(phrase.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars)
        parts = Tokenizer.tokenize(scalars, 0..<scalars.count).map(\.text)
    }

    /// The first token index in `tokens[range]` where the phrase starts, if it occurs there.
    func firstMatch(in tokens: [Token], _ range: Range<Int>) -> Int? {
        guard !parts.isEmpty, range.count > 0 else { return nil }
        var s = range.lowerBound
        while s < range.upperBound {
            if same(tokens[s].text, parts[0]), matches(tokens, from: s, part: 0, limit: range.upperBound) { return s }
            s += 1
        }
        return nil
    }

    /// True when the phrase ends exactly at `end` (exclusive), gaps not allowed.
    func endsAt(_ tokens: [Token], _ end: Int, lowerBound: Int) -> Bool {
        guard !parts.contains("*") else { return false }
        let start = end - parts.count
        guard start >= lowerBound, start >= 0 else { return false }
        for (k, p) in parts.enumerated() where !same(tokens[start + k].text, p) { return false }
        return true
    }

    /// True when the phrase starts exactly at `start`; returns the end index.
    func startsAt(_ tokens: [Token], _ start: Int, limit: Int) -> Int? {
        guard !parts.contains("*"), start + parts.count <= limit else { return nil }
        for (k, p) in parts.enumerated() where !same(tokens[start + k].text, p) { return nil }
        return start + parts.count
    }

    /// Byte equality: token texts and phrase parts are both NFC, and String's `==` takes its slow
    /// Unicode path for every Chinese character.
    @inline(__always) func same(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var i = a.utf8.makeIterator(), j = b.utf8.makeIterator()
        while let x = i.next() { if x != j.next() { return false } }
        return true
    }

    private func matches(_ tokens: [Token], from start: Int, part: Int, limit: Int) -> Bool {
        var t = start
        var k = part
        while k < parts.count {
            if parts[k] == "*" {
                k += 1
                if k == parts.count { return true }
                var g = t
                while g < min(limit, t + 7) {
                    if same(tokens[g].text, parts[k]), matches(tokens, from: g, part: k, limit: limit) { return true }
                    g += 1
                }
                return false
            }
            guard t < limit, same(tokens[t].text, parts[k]) else { return false }
            t += 1; k += 1
        }
        return true
    }
}
