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
    /// A 32-bit hash of `text` (see `Token.key(of:)`): phrases compare it before the text, so
    /// most mismatches cost one integer comparison (String's `==` is slow on Chinese characters).
    var key: UInt32
    /// The first scalar of `text`.
    var lead: UInt32

    /// The year the token writes (four digits, 1949 to 2100); nil for any other token.
    var writtenYear: Int? {
        guard kind == .number, text.utf8.count == 4, let y = Int(text), (1949...2100).contains(y) else { return nil }
        return y
    }

    init(kind: Kind, start: Int, end: Int, text: String) {
        self.init(kind: kind, start: start, end: end, text: text, key: Token.key(of: text), lead: text.unicodeScalars.first?.value ?? 0)
    }

    /// `key` and `lead` as `init(kind:start:end:text:)` computes them, computed by the caller
    /// on the scalars the text was made of.
    init(kind: Kind, start: Int, end: Int, text: String, key: UInt32, lead: UInt32) {
        self.kind = kind; self.start = start; self.end = end; self.text = text; self.key = key; self.lead = lead
    }

    /// The same word read as if written at `offset` of the text, taking none of it: a table cell's
    /// qualifier or unit set before or after the figure it belongs to.
    func placed(at offset: Int) -> Token {
        Token(kind: kind, start: offset, end: offset, text: text, key: key, lead: lead)
    }

    /// Same text as `s`, compared byte by byte: both sides are NFC, and String's `==` takes a
    /// slow Unicode path for every Chinese character. (Not by the string's stored bits: that
    /// layout is the standard library's to change.)
    @inline(__always) func isText(_ s: String) -> Bool {
        text.utf8.count == s.utf8.count && Token.sameBytes(text, s)
    }

    /// Same text as the literal `s` (`t.is("。")`). Most tokens differ from a literal in their
    /// first scalar, which the token holds (`lead`) and which is a constant of the literal once
    /// this is inlined: most checks compare two integers and read no byte of either text.
    /// Transparent, not `@inline(__always)`: the optimizer then inlines nothing more into the long
    /// readers (partOfYear, match), which call this 700 places over, copying the token each time
    /// (measured: extraction 7.2 against 6.6 MB/s in English, 2.6 against 2.2 in Chinese).
    /// (The literal's bytes are read through its pointer, not `withUTF8Buffer`, whose closure is
    /// not inlined.)
    @_transparent func `is`(_ s: StaticString) -> Bool {
        // A string literal is stored as UTF-8; a Unicode-scalar literal is not, and is compared as a String.
        guard s.hasPointerRepresentation else { return isText(s.description) }
        let literal = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
        guard !literal.isEmpty else { return text.isEmpty }
        let (first, width) = Token.firstScalar(literal)
        guard lead == first, text.utf8.count == literal.count else { return false }
        // One scalar of the same length as the token's first: the same text.
        if width == literal.count { return true }
        return text.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(literal) } ?? text.utf8.elementsEqual(literal)
    }

    /// The first scalar of non-empty, valid UTF-8 and its length in bytes.
    @_transparent static func firstScalar(_ b: UnsafeBufferPointer<UInt8>) -> (UInt32, Int) {
        let b0 = UInt32(b[0])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(b[1] & 0x3F) << 6 | UInt32(b[2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(b[1] & 0x3F) << 12 | UInt32(b[2] & 0x3F) << 6 | UInt32(b[3] & 0x3F), 4)
    }

    /// The UTF-8 of two strings compared in place: decoding `s`'s scalars or
    /// iterating `String.UTF8View` cost more than the whole comparison.
    @inline(__always) static func sameBytes(_ a: String, _ b: String) -> Bool {
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                guard x.count == y.count else { return false }
                for i in 0..<x.count where x[i] != y[i] { return false }
                return true
            }
        }
        if let same, let same { return same }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// FNV-1a over the scalars: cheap, and the same for a token and a phrase part of equal text.
    static func key(of text: String) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for s in text.unicodeScalars { h = (h ^ s.value) &* 0x0100_0193 }
        return h
    }

    /// `key(of:)` of the text of `text[a..<b]`.
    static func key(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for k in a..<b { h = (h ^ text[k].value) &* 0x0100_0193 }
        return h
    }

    /// A fixed-width table's column gap, two spaces or more, right before token `k` (tokens cover
    /// all but spaces, so the gap is the distance from the token before).
    static func columnGap(before k: Int, in tokens: [Token]) -> Bool {
        k > 0 && tokens[k].start - tokens[k - 1].end >= 2
    }

    /// Whether `s` holds the ASCII byte `b`, read in place (iterating `String.UTF8View` is slow).
    static func contains(_ s: String, byte b: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(b) } ?? s.utf8.contains(b)
    }
}

/// 4096 bits, one per value of a key's low 12 bits: says without hashing that most keys are
/// in no table (a `Set` or `Dictionary` lookup runs SipHash, about 80 instructions).
struct KeyFilter: Sendable {
    private var words = [UInt64](repeating: 0, count: 64)

    init(_ keys: some Sequence<UInt64>) {
        for k in keys { words[Int(k >> 6 & 63)] |= 1 << (k & 63) }
    }

    @inline(__always) func mayHold(_ k: UInt64) -> Bool { words[Int(k >> 6 & 63)] & (1 << (k & 63)) != 0 }
}

/// A dictionary by token key behind a `KeyFilter`.
struct KeyTable<Value: Sendable>: Sendable {
    private let table: [UInt32: Value]
    private let filter: KeyFilter

    init(_ table: [UInt32: Value]) {
        self.table = table
        filter = KeyFilter(table.keys.map(UInt64.init))
    }

    @inline(__always) subscript(_ k: UInt32) -> Value? { filter.mayHold(UInt64(k)) ? table[k] : nil }
}

/// A set of token keys behind a `KeyFilter`.
struct KeySet: Sendable {
    private let keys: Set<UInt32>
    private let filter: KeyFilter

    init(_ keys: some Sequence<UInt32>) {
        self.keys = Set(keys)
        filter = KeyFilter(self.keys.map(UInt64.init))
    }

    @inline(__always) func contains(_ k: UInt32) -> Bool { filter.mayHold(UInt64(k)) && keys.contains(k) }
}

/// A set of words or marks that tokens are tested against by key, then by text.
struct TokenSet: Sendable {
    private let byKey: KeyTable<[String]>

    init(_ words: some Sequence<String>) {
        var d: [UInt32: [String]] = [:]
        for w in words { d[Token.key(of: w), default: []].append(w) }
        byKey = KeyTable(d)
    }

    @inline(__always) func contains(_ t: Token) -> Bool {
        guard let words = byKey[t.key] else { return false }
        return words.contains { t.isText($0) }
    }
}

/// Which token keys a sentence holds, as a 256-bit mask: a phrase one of whose words is absent
/// need not be searched for. (64 bits were mostly set by a sentence's own words.)
struct KeyMask: Sendable {
    /// 512 bits: a Chinese sentence sets a bit for nearly every character, and at 256 bits most
    /// phrases passed the test they could not match.
    private var bits = SIMD8<UInt64>()

    init(_ tokens: [Token]) {
        for t in tokens { insert(t.key) }
    }

    /// The keys a phrase needs (see `Phrase.needs`).
    init(keys: [UInt32]) {
        for k in keys { insert(k) }
    }

    private mutating func insert(_ k: UInt32) {
        let (word, bit) = Self.place(of: k)
        bits[word] |= bit
    }

    @_transparent func mayHold(_ p: Phrase) -> Bool {
        // The first part's bit alone rules out most phrases, before all 512 bits are compared.
        !p.keys.isEmpty && bits[p.firstNeed.word] & p.firstNeed.bit != 0 && bits & p.needs.bits == p.needs.bits
    }

    /// Where key `k`'s bit is: the word of `bits` and the bit in it.
    static func place(of k: UInt32) -> (word: Int, bit: UInt64) { (Int(k >> 6 & 7), 1 << UInt64(k & 63)) }
}

enum Tokenizer {
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
            || (s.value > 0xBF && !s.isHan && s.isAlphabetic)
    }
    /// A number of one to three digits (`i..<j`, not after a digit, comma or point) followed by
    /// groups of exactly three digits, each after one space (or a no-break or thin space), the
    /// last not followed by another digit or a comma and digit: its text with commas for the
    /// spaces and its end; nil for anything else.
    static func spaceGrouped(_ text: [Unicode.Scalar], _ i: Int, _ j: Int, _ range: Range<Int>) -> (String, Int)? {
        guard j - i <= 3, j + 3 < range.upperBound, text[j] == " " || text[j] == "\u{A0}" || text[j] == "\u{202F}",
              isDigit(text[j + 1]), i == range.lowerBound || !(isDigit(text[i - 1]) || text[i - 1] == "," || text[i - 1] == ".")
        else { return nil }
        var e = j, groups = 0
        while e + 3 < range.upperBound, text[e] == " " || text[e] == "\u{A0}" || text[e] == "\u{202F}",
              isDigit(text[e + 1]), isDigit(text[e + 2]), isDigit(text[e + 3]) {
            let after = e + 4
            if after < range.upperBound, isDigit(text[after]) { return nil }
            if after + 1 < range.upperBound, text[after] == ",", isDigit(text[after + 1]) { return nil }
            e = after; groups += 1
        }
        guard groups > 0, !(e < range.upperBound && text[e] == " " && e + 1 < range.upperBound && isDigit(text[e + 1])) else { return nil }
        // "5 100 million person-times": a machine translation's 亿 ("100 million") after its
        // number, no group of thousands.
        // "43 100 of them were deported": only a scale word after it ("million", "mln") is 亿's.
        if groups == 1, text[j + 1] == "1", text[j + 2] == "0", text[j + 3] == "0", e + 1 < range.upperBound, text[e] == " ", isLetter(text[e + 1]),
           text[e + 1] == "m" || text[e + 1] == "M" { return nil }
        var out = string(text, i, j)
        var k = j
        while k < e { out += "," + string(text, k + 1, k + 4); k += 4 }
        // A decimal part after the last group ("1 234.5").
        if e + 1 < range.upperBound, text[e] == ".", isDigit(text[e + 1]) {
            var d = e + 1
            while d < range.upperBound, isDigit(text[d]) { d += 1 }
            out += string(text, e, d); e = d
        }
        return (out, e)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value == 32 || s.value == 10 || s.value == 9 || s.value == 13 || (s.value > 127 && s.isWhitespace)
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
            // A footnote opens on a bracket or a superscript, an analyst's code below on a digit: a
            // letter or a Chinese character (most tokens) is not asked.
            if c == "[" || isSuperscriptDigit(c), let e = footnoteEnd(text, i, range) { i = e; continue }
            if c == "(", let e = citationEnd(text, i, range) { i = e; continue }
            if let e = keycapEnd(text, i, end) {
                // "1️⃣ Visa-free entries …": a keycap emoji (a digit, its emoji style, the
                // enclosing keycap) numbers a list's item: a list mark, never a figure.
                tokens.append(Token(kind: .punct, start: i, end: e, text: "•"))
                i = e; continue
            }
            if isDigit(c), let (part, year, e) = partCode(text, i, range) {
                // "1H24", "2Q2024": an analyst's code for a part of a year reads as "H1 2024" (the
                // letter's token first, then the digit's, then the year's).
                for (k, (a, b, t)) in [(i, i + 1, part.prefix(1)), (i + 1, i + 2, part.dropFirst()), (i + 2, e, Substring(year))].enumerated() {
                    tokens.append(Token(kind: k == 0 ? .word : .number, start: a, end: b, text: String(t)))
                }
                i = e; continue
            }
            if isDigit(c), let (months, m, e) = monthsCode(text, i, range) {
                // "9M25", "8M2024": an analyst's code for the year's first months reads as "first nine
                // months 2025" (a figure written "9M" is nine million only without the year after).
                tokens.append(Token(kind: .word, start: i, end: m, text: "first"))
                tokens.append(Token(kind: .word, start: i, end: m, text: months))
                tokens.append(Token(kind: .word, start: m, end: m + 1, text: "months"))
                let year = string(text, m + 1, e)
                tokens.append(Token(kind: .number, start: m + 1, end: e, text: year.count == 2 ? "20" + year : year))
                i = e; continue
            }
            if c == "F" || c == "f", let (year, forecast, e) = fiscalYearCode(text, i, range) {
                // "FY24": an analyst's code for a whole year reads as the year. An estimate's code
                // ("FY25E", "FY2026F") reads as the word "forecast": its figures are none reported
                // (and a table column it heads is no year's).
                tokens.append(forecast == nil ? Token(kind: .number, start: i, end: e, text: year) : Token(kind: .word, start: i, end: e, text: "forecast"))
                i = e; continue
            }
            if isDigit(c) {
                var j = i + 1
                while j < end {
                    if isDigit(text[j]) { j += 1; continue }
                    if (text[j] == "," || text[j] == ".") && j + 1 < end && isDigit(text[j + 1]) { j += 1; continue }
                    break
                }
                // "620 000", "1 234 567" (a space between groups of thousands, as in Hong Kong's
                // releases): one number, read as if written with commas.
                if let (grouped, e) = spaceGrouped(text, i, j, range) {
                    tokens.append(Token(kind: .number, start: i, end: e, text: grouped))
                    i = e
                    continue
                }
                // "April 29th", "October 1st to 7th": an ordinal's suffix belongs to its number.
                let suffixEnd = ordinalSuffixEnd(text, digits: i..<j, end: end)
                tokens.append(Token(kind: .number, start: i, end: suffixEnd, text: string(text, i, j), key: Token.key(text, i, j), lead: c.value))
                i = suffixEnd
            } else if isLetter(c) {
                var j = i + 1, misread = false
                while j < end {
                    if isLetter(text[j]) { j += 1; continue }
                    if (text[j] == "-" || text[j] == "'") && j + 1 < end && isLetter(text[j + 1]) { j += 2; continue }
                    // "crimina1", "peop1e": a scan's 1 read for l is no figure.
                    if let e = misreadEnd(text, word: i..<j, end: end) { j = e; misread = true; continue }
                    break
                }
                // The word reads as written with its l's ("mi11ion" is "million").
                tokens.append(misread ? Token(kind: .word, start: i, end: j, text: String(lowercased(text, i, j).map { $0 == "1" ? "l" : $0 }))
                                      : word(text, i, j))
                i = j
            } else if c.isHan {
                // 二〇二三年 is the year 2023: one number, as if written in digits.
                if ChineseYear.digit(c.value) != nil, let year = ChineseYear.digits(text, at: i, end: end) {
                    tokens.append(Token(kind: .number, start: i, end: i + 4, text: year))
                    i += 4
                } else if let (value, e) = dateNumeral(text, i, range, after: tokens) {
                    // 六月, 十二月, 九月三十日: a month, or a day after a month, in Chinese numerals
                    // reads as if written in digits (6月, 12月, 9月30日).
                    tokens.append(Token(kind: .number, start: i, end: e, text: String(value)))
                    i = e
                } else {
                    tokens.append(Token(kind: .han, start: i, end: i + 1, text: String(Character(c)), key: Token.key(text, i, i + 1), lead: c.value))
                    i += 1
                }
            } else if isSpace(c) {
                // Between two Chinese characters a space separates headline parts
                // ("…2.87亿人次 外国人出入境同比增长…"): it ends a statement like "；".
                // So does one before a month opening the next part ("…超5亿人次 9月份免签入境…").
                if i > range.lowerBound, i + 1 < end, text[i - 1].isHan, text[i + 1].isHan || opensMonth(text, i + 1, end) {
                    tokens.append(Token(kind: .punct, start: i, end: i + 1, text: "；"))
                }
                i += 1
            } else if c.value == 0xFE0F || c.value == 0xFE0E {
                // The emoji or text style of the sign before ("⬆️10.5%"): no token of its own.
                i += 1
            } else if c == "&", i > range.lowerBound, i + 1 < end, isSpace(text[i - 1]), isSpace(text[i + 1]) {
                // "Visas & residence permits", "HK, Macao & Taiwan": an ampersand between words is "and"
                // (not in "R&D").
                tokens.append(Token(kind: .word, start: i, end: i + 1, text: "and"))
                i += 1
            } else if c == "." || c == "…" || c == "·", case let e = leaderEnd(text, i, end), e > i {
                // "Drug cases uncovered ........ 362": dot leaders join a label to its value, as a colon does.
                tokens.append(Token(kind: .punct, start: i, end: e, text: ":"))
                i = e
            } else if c == "." || c == "…", case let e = ellipsisEnd(text, i, end), e > i {
                // "1.59 hundred million person-times... foreigners 40.2% ↑": an ellipsis inside a
                // headline parts its items, as a comma does.
                tokens.append(Token(kind: .punct, start: i, end: e, text: "…"))
                i = e
            } else if c == "?", i + 2 < end {
                // "And foreigners? About 68 million …": a question inside a sentence heads the
                // answer after it, as a colon does.
                tokens.append(Token(kind: .punct, start: i, end: i + 1, text: ":"))
                i += 1
            } else {
                tokens.append(Token(kind: .punct, start: i, end: i + 1, text: String(Character(c)), key: Token.key(text, i, i + 1), lead: c.value))
                i += 1
            }
        }
        return tokens
    }

    /// Where a run of dot leaders starting at `i` ends (four dots or more, or two ellipses or more,
    /// with spaces between at most), when a figure follows it; `i` when none does. Three dots are
    /// an ellipsis.
    static func leaderEnd(_ text: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var j = i, dots = 0
        while j < end, text[j] == "." || text[j] == "…" || text[j] == "·" || text[j] == " " {
            if text[j] == "…" { dots += 3 } else if text[j] != " " { dots += 1 }
            j += 1
        }
        guard dots >= 4, j < end, isDigit(text[j]) || text[j] == "~" || text[j] == "≈" else { return i }
        while j > i, text[j - 1] == " " { j -= 1 }
        return j
    }

    /// Where an ellipsis starting at `i` ends ("…", or three dots), when a word follows it within
    /// the sentence; `i` when none does.
    static func ellipsisEnd(_ text: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var j = i
        if text[i] == "…" { j += 1 } else {
            while j < end, j - i < 3, text[j] == "." { j += 1 }
            guard j - i == 3 else { return i }
        }
        var k = j
        while k < end, text[k] == " " { k += 1 }
        // (Before a figure, three dots are a label's leader: "Visa-free entries ... 20.12 million".)
        guard k < end, k > j || text[i] == "…", text[k].properties.isAlphabetic else { return i }
        return j
    }

    /// Where a word ends that an OCR scan wrote with the digit 1 for the letter l, at the digits
    /// after the letters of `word` (`word.upperBound` a digit): ones between small letters
    /// ("peop1e", "i11egal"), or ending a word after two small letters or after one as two ones
    /// ("crimina1", "a11"). Nil for a figure written against letters: "Q1", "H1", "2bn", "rmb100",
    /// "covid19" (digits other than ones), "in2,400" and "up11%" (a figure going on after a comma
    /// or point, or a percentage). (The letter l for a digit, "l2,600", is the number reader's.)
    static func misreadEnd(_ text: [Unicode.Scalar], word: Range<Int>, end: Int) -> Int? {
        let j = word.upperBound
        func isSmall(_ s: Unicode.Scalar) -> Bool { s.value >= 97 && s.value <= 122 }
        guard j < end, isDigit(text[j]), isSmall(text[j - 1]) else { return nil }
        let small = word.reversed().prefix { isSmall(text[$0]) }.count
        return MisreadOnes.end(from: j, smallBefore: small) { $0 < end ? text[$0].value : nil }
    }

    /// A month (一 to 十二, then 月) or a day after a month (一 to 三十一, then 日 or 号) written in
    /// Chinese numerals at `i`: its value and where the numeral ends. Not part of a longer numeral
    /// (十二万, 三个月, 第一月), and a day only right after a month's 月 ("6", "月" in `after`).
    static func dateNumeral(_ text: [Unicode.Scalar], _ i: Int, _ range: Range<Int>, after tokens: [Token]) -> (Int, Int)? {
        let ten: UInt32 = 0x5341   // 十
        func digit(_ k: Int) -> Int? {
            guard k < range.upperBound, text[k].value != 0x3007, text[k].value != 0x96F6 else { return nil }   // 〇 零
            return ChineseYear.digit(text[k].value).map(Int.init)
        }
        guard digit(i) != nil || text[i].value == ten else { return nil }
        if i > range.lowerBound {
            let b = text[i - 1].value
            if ChineseYear.digit(b) != nil || b == ten || b == 0x7B2C || b == 0x767E || b == 0x5343 || b == 0x4E07 { return nil }   // 第 百 千 万
        }
        var k = i, value = 0
        if let d = digit(k) {
            value = d; k += 1
            if k < range.upperBound, text[k].value == ten { value *= 10; k += 1; if let u = digit(k) { value += u; k += 1 } }
        } else {
            value = 10; k += 1
            if let u = digit(k) { value += u; k += 1 }
        }
        guard k < range.upperBound, value >= 1 else { return nil }
        let mark = text[k]
        if mark == "月", value <= 12, !(k + 1 < range.upperBound && text[k + 1] == "份" && k + 2 < range.upperBound && text[k + 2] == "额") { return (value, k) }
        if mark == "日" || mark == "号", value <= 31, tokens.count >= 2, tokens[tokens.count - 1].is("月"),
           tokens[tokens.count - 2].kind == .number { return (value, k) }
        return nil
    }

    /// "9月份", "12月份" at `i`: a month with 份, in ASCII digits.
    private static func opensMonth(_ text: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, j - i < 2, ("0"..."9").contains(text[j]) { j += 1 }
        return j > i && j + 1 < end && text[j] == "月" && text[j + 1] == "份"
    }

    /// A part of a year written as analysts code it at `i`: the half or quarter's number, H or Q,
    /// and the year in two or four digits ("1H24", "2Q2024", "4q23"), standing alone: the part as
    /// a word ("h1", "q2"), the year in four digits, and where the code ends. Nil for anything else.
    static func partCode(_ text: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> (String, String, Int)? {
        let end = range.upperBound
        guard i + 3 < end, isDigit(text[i]), opensCode(text, i, range) else { return nil }
        let n = text[i].value - 48, l = text[i + 1]
        let kind: String
        if (l == "H" || l == "h") && (1...2).contains(n) { kind = "h" } else if (l == "Q" || l == "q") && (1...4).contains(n) { kind = "q" } else { return nil }
        var j = i + 2
        while j < end, isDigit(text[j]) { j += 1 }
        guard j - (i + 2) == 2 || j - (i + 2) == 4, j == end || !(isLetter(text[j]) || text[j] == "%") else { return nil }
        let digits = string(text, i + 2, j)
        return (kind + String(n), digits.count == 2 ? "20" + digits : digits, j)
    }

    /// Whether a code may start at `i`: no digit, letter, point or comma right before it ("1H24", not "21H24").
    private static func opensCode(_ text: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        i == range.lowerBound || !(isDigit(text[i - 1]) || isLetter(text[i - 1]) || text[i - 1] == "." || text[i - 1] == ",")
    }

    /// The year's first months as analysts code them at `i`: two to eleven, "M", and the year in two or
    /// four digits, standing alone ("9M25", "8M2024"): the months' number in words, where its "M"
    /// stands, and where the code ends. Nil for anything else.
    static func monthsCode(_ text: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> (String, Int, Int)? {
        let end = range.upperBound
        guard i + 3 < end, isDigit(text[i]), opensCode(text, i, range) else { return nil }
        var m = i
        while m < end, m - i < 2, isDigit(text[m]) { m += 1 }
        guard m < end, text[m] == "M" || text[m] == "m", let n = Int(string(text, i, m)), (2...11).contains(n) else { return nil }
        var j = m + 1
        while j < end, isDigit(text[j]) { j += 1 }
        guard j - (m + 1) == 2 || j - (m + 1) == 4, j == end || !(isLetter(text[j]) || text[j] == "%" || text[j] == "." && j + 1 < end && isDigit(text[j + 1])) else { return nil }
        let names = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
        return (names[n - 2], m, j)
    }

    /// A whole year written as analysts code it at `i`: "FY" and the year in two or four digits,
    /// then perhaps the letter of an estimate or forecast ("FY24", "FY2024", "FY25E", "FY26F"),
    /// standing alone: the year in four digits, where the estimate's letter stands (nil for a
    /// reported year), and where the code ends. Nil for anything else.
    static func fiscalYearCode(_ text: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> (String, Int?, Int)? {
        let end = range.upperBound
        guard i + 3 < end, text[i] == "F" || text[i] == "f", text[i + 1] == "Y" || text[i + 1] == "y",
              i == range.lowerBound || !(isDigit(text[i - 1]) || isLetter(text[i - 1])) else { return nil }
        var j = i + 2
        while j < end, isDigit(text[j]) { j += 1 }
        guard j - (i + 2) == 2 || j - (i + 2) == 4 else { return nil }
        let digits = string(text, i + 2, j)
        var forecast: Int? = nil
        if j < end, text[j] == "E" || text[j] == "F" || text[j] == "e" || text[j] == "f" { forecast = j; j += 1 }
        guard j == end || !(isLetter(text[j]) || isDigit(text[j]) || text[j] == "%") else { return nil }
        return (digits.count == 2 ? "20" + digits : digits, forecast, j)
    }

    /// Where a keycap emoji starting at `i` ends: a digit, "#" or "*", then U+20E3, with the emoji
    /// style U+FE0F between them or not ("1️⃣", "2⃣"). Nil for anything else.
    static func keycapEnd(_ text: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        guard isDigit(text[i]) || text[i] == "#" || text[i] == "*" else { return nil }
        var j = i + 1
        if j < end, text[j].value == 0xFE0F { j += 1 }
        guard j < end, text[j].value == 0x20E3 else { return nil }
        return j + 1
    }

    /// A footnote marker written against the word or number before it ("423.7 million[1]",
    /// "266.5%[1]", "passports¹", "foreign nationals²³"): where it ends, so that it makes no token
    /// (its digits are no figure). A bracketed number after a space ("[4] Derived …") is kept.
    static func footnoteEnd(_ text: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Int? {
        // Most tokens open with neither a bracket nor a superscript: asked first, it is cheap.
        guard i > range.lowerBound, text[i] == "[" || isSuperscriptDigit(text[i]) else { return nil }
        let before = text[i - 1]
        // "8.19 million crossings,[5] up 48.8%": a bracketed marker after a comma too.
        guard isLetter(before) || isDigit(before) || before == "%" || before == ")" || before == "）" || isSuperscriptDigit(before) || before == "]"
                || (text[i] == "[" && before == ",") else { return nil }
        if isSuperscriptDigit(text[i]) {
            var j = i + 1
            while j < range.upperBound, isSuperscriptDigit(text[j]) { j += 1 }
            return j
        }
        guard text[i] == "[", i + 2 < range.upperBound, isDigit(text[i + 1]) else { return nil }
        var j = i + 1
        while j < range.upperBound, j - i <= 3, isDigit(text[j]) { j += 1 }
        return j < range.upperBound && text[j] == "]" && j - i <= 3 ? j + 1 : nil
    }

    /// A scholarly citation in brackets ("(NIA, 2021)", "(NIA, 2022a, p. 2)", "(e.g. Howell, 2021;
    /// Yang and Pieke, 2021)"): where it ends, so that it makes no token. Its year is the cited
    /// work's, no period of the figures beside it.
    static func citationEnd(_ text: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Int? {
        let limit = min(range.upperBound, i + 90)
        guard let close = ((i + 1)..<limit).first(where: { text[$0] == ")" || text[$0] == "(" || text[$0] == "\n" }), text[close] == ")" else { return nil }
        // Every citation holds a comma (name, year): a bracket without one is none, and no string is built to check it.
        guard text[(i + 1)..<close].contains(",") else { return nil }
        var from = i + 1
        for k in (i + 1)...close where k == close || text[k] == ";" {
            guard isCitation(text, from..<k) else { return nil }
            from = k + 1
        }
        return close + 1
    }

    /// One citation: an author's name (capitalised, "e.g." or "see" before it at most), a comma, a
    /// year with its letter ("2022a"), and a page ("p. 2", "pp. 48-51") after a comma at most.
    private static func isCitation(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let s = ScalarWriter.string(text, r).trimmingCharacters(in: .whitespaces)
        var parts = s.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, parts.count <= 3 else { return false }
        if parts.count == 3 {
            let page = parts.removeLast()
            guard page.hasPrefix("p. ") || page.hasPrefix("pp. "), page.last?.isNumber == true else { return false }
        }
        var name = Substring(parts[0])
        for lead in ["e.g. ", "see ", "cf. "] where name.hasPrefix(lead) { name = name.dropFirst(lead.count) }
        guard let first = name.first, first.isUppercase, name.count <= 40,
              name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "&" || $0 == "-" || $0 == "'" }) else { return false }
        var year = Substring(parts[1])
        if let last = year.last, last.isLowercase, last.isLetter { year = year.dropLast() }
        guard year.count == 4, let y = Int(year), (1900...2099).contains(y) else { return false }
        return true
    }

    @inline(__always) static func isSuperscriptDigit(_ s: Unicode.Scalar) -> Bool {
        superscriptDigit(s) != nil
    }

    /// The digit a superscript digit stands for, nil for any other scalar (`SuperscriptDigit`).
    @inline(__always) static func superscriptDigit(_ s: Unicode.Scalar) -> Unicode.Scalar? { SuperscriptDigit.value(s) }

    /// Where "st", "nd", "rd" or "th" written against whole digits ends, or the digits' end.
    static func ordinalSuffixEnd(_ text: [Unicode.Scalar], digits: Range<Int>, end: Int) -> Int {
        let j = digits.upperBound
        guard j + 2 <= end else { return j }
        let a = text[j].value | 0x20, b = text[j + 1].value | 0x20   // ASCII lower case
        let isSuffix = (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
        guard isSuffix, text[j].value < 128, text[j + 1].value < 128, j + 2 == end || !isLetter(text[j + 2]),
              !text[digits].contains(where: { $0 == "," || $0 == "." }) else { return j }
        return j + 2
    }

    /// A word token. For ASCII (nearly every word) its key and lead are computed on the
    /// scalars as they are lower-cased, not on the new string.
    static func word(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> Token {
        var h: UInt32 = 0x811C_9DC5
        for k in a..<b {
            let v = text[k].value
            if v >= 128 { return Token(kind: .word, start: a, end: b, text: lowercased(text, a, b)) }
            h = (h ^ (v >= 65 && v <= 90 ? v + 32 : v)) &* 0x0100_0193
        }
        let v = text[a].value
        return Token(kind: .word, start: a, end: b, text: asciiLowercased(text, a, b), key: h, lead: v >= 65 && v <= 90 ? v + 32 : v)
    }

    /// Lower-cased text of a word; ASCII (nearly every word) written straight into the string.
    static func lowercased(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        for k in a..<b where text[k].value >= 128 { return string(text, a, b).lowercased() }
        return asciiLowercased(text, a, b)
    }

    /// `lowercased` of a stretch known to be ASCII.
    static func asciiLowercased(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        String(unsafeUninitializedCapacity: b - a) { buffer in
            for k in a..<b {
                let v = text[k].value
                buffer[k - a] = UInt8(v >= 65 && v <= 90 ? v + 32 : v)
            }
            return b - a
        }
    }

    static func string(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        ScalarWriter.string(text, a..<b)
    }
}

/// A phrase from the catalog or grammar, split the way the tokenizer splits text.
/// `*` stands for a gap of up to six tokens.
final class Phrase: Sendable {
    let parts: [String]
    /// Key of each part (see `Token.key`).
    let keys: [UInt32]
    let source: String
    let hasGap: Bool
    /// Which parts are the `*` gap.
    let gaps: [Bool]
    /// The keys a sentence must hold for the phrase to start in it: the first part's and
    /// every word's (a gap matches any tokens).
    let needs: KeyMask
    /// The first part's place in a `KeyMask` (every phrase needs its first part's key).
    let firstNeed: (word: Int, bit: UInt64)
    /// The scalar of each part written with one (a Chinese character, a mark), else `.max`.
    let singles: [UInt32]

    init(_ phrase: String) {
        source = phrase
        // ASCII is already NFC: Foundation's normalization is most of the cost of a phrase, and
        // readers are made for every document.
        let lower = phrase.lowercased()
        let scalars = Array((lower.utf8.allSatisfy { $0 < 0x80 } ? lower : lower.precomposedStringWithCanonicalMapping).unicodeScalars)
        parts = Tokenizer.tokenize(scalars, 0..<scalars.count).map(\.text)
        gaps = parts.map { $0 == "*" }
        hasGap = gaps.contains(true)
        keys = parts.map(Token.key(of:))
        var needed: [UInt32] = []
        for k in keys.indices where k == 0 || !gaps[k] { needed.append(keys[k]) }
        needs = KeyMask(keys: needed)
        firstNeed = KeyMask.place(of: keys.first ?? 0)
        singles = parts.map { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first!.value : .max }
    }

    /// The token at `t` reads like part `k`. A token is a part of one scalar exactly when it
    /// starts with that scalar and is as long: no byte comparison for Chinese characters.
    @inline(__always) private func fits(_ tokens: [Token], _ t: Int, _ k: Int) -> Bool {
        guard tokens[t].key == keys[k] else { return false }
        let c = singles[k]
        if c != .max { return tokens[t].lead == c && tokens[t].text.utf8.count == (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4) }
        return tokens[t].isText(parts[k])
    }

    /// The first token index in `tokens[range]` where the phrase starts, if it occurs there.
    func firstMatch(in tokens: [Token], _ range: Range<Int>) -> Int? {
        guard !parts.isEmpty, range.count > 0 else { return nil }
        let first = keys[0]
        var s = range.lowerBound
        while s < range.upperBound {
            if tokens[s].key == first, fits(tokens, s, 0), end(tokens, from: s, limit: range.upperBound) != nil { return s }
            s += 1
        }
        return nil
    }

    /// Whether the phrase starts at token `s` (`s` inside `..<limit`), as `firstMatch` finds it there.
    @inline(__always) func starts(_ tokens: [Token], at s: Int, limit: Int) -> Bool {
        !parts.isEmpty && tokens[s].key == keys[0] && fits(tokens, s, 0) && end(tokens, from: s, limit: limit) != nil
    }

    /// Every token index in `tokens[range]` where the phrase starts, in order (a match may start
    /// inside the one before).
    func matches(in tokens: [Token], _ range: Range<Int>) -> Matches {
        Matches(phrase: self, tokens: tokens, range: range, from: range.lowerBound)
    }

    /// The places a phrase starts, one after another; a struct, so that looking costs no allocation.
    struct Matches: Sequence, IteratorProtocol {
        let phrase: Phrase, tokens: [Token], range: Range<Int>
        var from: Int

        mutating func next() -> Int? {
            guard from < range.upperBound, let f = phrase.firstMatch(in: tokens, from..<range.upperBound) else { return nil }
            from = f + 1
            return f
        }
    }

    /// True when the phrase ends exactly at `end` (exclusive), gaps not allowed.
    /// Most phrases tried at a place fail on the word there: its key is compared inline, and
    /// only a phrase that passes is matched in full.
    @inline(__always) func endsAt(_ tokens: [Token], _ end: Int, lowerBound: Int) -> Bool {
        if end > 0, end <= tokens.count, let last = keys.last, tokens[end - 1].key != last { return false }
        return fullyEndsAt(tokens, end, lowerBound: lowerBound)
    }

    private func fullyEndsAt(_ tokens: [Token], _ end: Int, lowerBound: Int) -> Bool {
        guard !hasGap else { return false }
        let start = end - parts.count
        guard start >= lowerBound, start >= 0 else { return false }
        for k in parts.indices where !fits(tokens, start + k, k) { return false }
        return true
    }

    /// True when the phrase starts exactly at `start`; returns the end index.
    @inline(__always) func startsAt(_ tokens: [Token], _ start: Int, limit: Int) -> Int? {
        if start >= 0, start < tokens.count, let first = keys.first, tokens[start].key != first { return nil }
        return fullyStartsAt(tokens, start, limit: limit)
    }

    private func fullyStartsAt(_ tokens: [Token], _ start: Int, limit: Int) -> Int? {
        guard !hasGap, start + parts.count <= limit else { return nil }
        for k in parts.indices where !fits(tokens, start + k, k) { return nil }
        return start + parts.count
    }

    /// Where the phrase ends when it starts at `start` (gaps included), or nil.
    func end(_ tokens: [Token], from start: Int, part: Int = 0, limit: Int) -> Int? {
        var t = start
        var k = part
        while k < parts.count {
            if gaps[k] {
                k += 1
                if k == parts.count { return t }
                var g = t
                while g < min(limit, t + 7) {
                    if fits(tokens, g, k), let e = end(tokens, from: g, part: k, limit: limit) { return e }
                    g += 1
                }
                return nil
            }
            guard t < limit, fits(tokens, t, k) else { return nil }
            t += 1; k += 1
        }
        return t
    }
}

/// A list of phrases indexed by the key of their first word. Searching a sentence for every
/// phrase of a list scanned the sentence once per phrase; this scans it once, trying at each
/// token only the phrases that start with its word.
struct PhraseIndex: Sendable {
    let phrases: [Phrase]
    /// Indices into `phrases` by their first part's key, in list order.
    private let byFirst: KeyTable<[Int]>

    init(_ phrases: [Phrase]) {
        self.phrases = phrases
        byFirst = KeyTable(Dictionary(grouping: phrases.indices.filter { !phrases[$0].keys.isEmpty }, by: { phrases[$0].keys[0] }))
    }

    /// Every place a phrase of the list that `mask` may hold starts in `tokens`, as (phrase index,
    /// start), ordered by phrase and then start: the order of `phrase.matches` tried phrase by phrase.
    func matches(in tokens: [Token], mask: KeyMask) -> [(phrase: Int, start: Int)] {
        var out: [(phrase: Int, start: Int)] = []
        for s in tokens.indices {
            guard let candidates = byFirst[tokens[s].key] else { continue }
            for p in candidates where mask.mayHold(phrases[p]) && phrases[p].starts(tokens, at: s, limit: tokens.count) { out.append((p, s)) }
        }
        // Found token by token; a list that matched more than one phrase is put in phrase order.
        if out.count > 1 { out.sort { $0.phrase != $1.phrase ? $0.phrase < $1.phrase : $0.start < $1.start } }
        return out
    }
}
