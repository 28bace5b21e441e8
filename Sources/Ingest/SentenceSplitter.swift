import BriefingCore

/// Splits a release into paragraphs (lines) and sentences, with speaker turns.
///
/// English sentences end at `.`, `!` or `?` followed by a space and a capital, digit or quote,
/// but not after an abbreviation ("10 a.m.", "No. 1", "etc.") or inside a figure ("43.9%").
/// Chinese sentences end at 。！？. Semicolons stay inside sentences on purpose: the "of these …
/// respectively" lists after a semicolon belong to the figure before it.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = ["a.m", "p.m", "no", "nos", "mr", "ms", "mrs", "dr", "e.g", "i.e", "etc", "vs",
                                             "u.s", "u.k", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                             "sept", "oct", "nov", "dec", "art", "para", "approx", "ca", "fig", "gen", "prof", "jr", "sr"]

    public static func split(_ text: String) -> [Sentence] {
        let s = text.scalarArray
        var out: [Sentence] = []
        var paragraph = 0
        var speaker: String?
        // Where the last speaker line ended: a name on the line right after it goes on the label
        // ("General Administration of Customs\nAnti-smuggling Bureau deputy director\nYin Haoran"),
        // past the release's opening lines (its title block, the publisher above the title).
        var speakerLineEnd: Int?
        var lineStart = 0
        while lineStart <= s.count {
            var lineEnd = lineStart
            while lineEnd < s.count, s[lineEnd] != "\n" { lineEnd += 1 }
            let line = trimmed(s, lineStart..<lineEnd)
            if !line.isEmpty {
                if let name = speakerName(s, line) {
                    speaker = speakerLineEnd == lineStart - 1 && speaker != nil && !out.isEmpty ? speaker! + " " + name : name
                    speakerLineEnd = lineEnd
                } else {
                    speakerLineEnd = nil
                    // Each labelled cell reads as a line of its own.
                    for cell in labelledCells(s, line) ?? [line] {
                        splitLine(s, cell, paragraph: paragraph, speaker: speaker, into: &out)
                        paragraph += 1
                    }
                }
            }
            lineStart = lineEnd + 1
        }
        return out
    }

    /// "[Xinhua News Agency]:" or a short line with no sentence punctuation (a name or role).
    static func speakerName(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String? {
        // Cheap tests first: most lines are long paragraphs.
        guard r.count <= 60 || s[r.lowerBound] == "[" else { return nil }
        // A line ending like a sentence, or holding a digit, is text, unless it is "[Name]:".
        if s[r.lowerBound] != "[" {
            if ".!?。！？:：;；".unicodeScalars.contains(s[r.upperBound - 1]) { return nil }
            if s[r].contains(where: { $0.value >= 48 && $0.value <= 57 }) { return nil }
        }
        let text = string(s, r)
        if text.hasPrefix("["), text.hasSuffix("]:") || text.hasSuffix("]") || text.hasSuffix("]："),
           let close = text.firstIndex(of: "]") {
            return String(text[text.index(after: text.startIndex)..<close])
        }
        // "- Died in the line of duty: six": a list's item, or a label with its value after a colon
        // ("Deaths on duty: six"), is text with a figure in words, never a name.
        if let first = text.unicodeScalars.first, ListBullets.signs.contains(first), text.dropFirst().first == " " { return nil }
        if let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }),
           text[text.index(after: colon)...].contains(where: { $0.isLetter }) { return nil }
        // "metric,period,value,unit,yoy": a spreadsheet's header row, no name.
        if CommaSeparatedRow.holds(text) { return nil }
        let words = text.split(separator: " ").count
        let endsSentence = [".", "!", "?", "。", "！", "？", ":", "：", ";", "；"].contains(text.last.map(String.init) ?? "")
        if !endsSentence, words <= 8, !text.contains(where: \.isNumber), r.count <= 60 { return text }
        return nil
    }

    static func splitLine(_ s: [Unicode.Scalar], _ r: Range<Int>, paragraph: Int, speaker: String?, into out: inout [Sentence]) {
        // "\"NOTES\",\"0\",\"Notes row - not data. Values are …\",,,": a spreadsheet's row of quoted
        // cells is one row, whatever sentences a cell holds.
        if isQuotedRow(s, r) {
            let t = trimmed(s, r)
            if !t.isEmpty { out.append(Sentence(range: TextRange(t.lowerBound, t.upperBound), paragraph: paragraph, speaker: speaker)) }
            return
        }
        var start = r.lowerBound
        var i = r.lowerBound
        // Whether the line is written all in lower case: asked only at a full stop before a small letter.
        var caselessLine: Bool?
        func caseless() -> Bool {
            if let known = caselessLine { return known }
            let found = isCaseless(s, r)
            caselessLine = found
            return found
        }
        while i < r.upperBound {
            let c = s[i]
            var end: Int?
            if c == "。" || c == "！" || c == "？" {
                end = i + 1
                while end! < r.upperBound, ["”", "\"", "」", "）", ")"].contains(s[end!]) { end! += 1 }
            } else if i + 1 < r.upperBound, s[i + 1] == " " || s[i + 1] == "\u{3000}", c.value >= 0x231A, c.properties.isEmojiPresentation,
                      i > r.lowerBound, !s[i - 1].properties.isWhitespace {
                // A social-media post ends its sentences with an emoji and a space ("…1.8吨🚫 3月份…").
                end = i + 1
            } else if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < r.upperBound {
                    if s[j] == "\"" || s[j] == "'" || s[j] == ")" { j += 1 }
                    else if let e = markupEnd(s, j, r.upperBound) { j = e }
                    else { break }
                }
                if j >= r.upperBound {
                    end = j
                } else if c == ".", runsOn(s, dot: i, next: j, r) {
                    end = j
                } else if s[j] == " ", j + 1 < r.upperBound, startsSentence(s[j + 1]) || (s[j + 1].properties.isLowercase && caseless())
                            || opensAfterEmoji(s, j + 1, r.upperBound),
                          !(c == "." && isAbbreviation(s, before: i, from: r.lowerBound)),
                          !(c == "." && isListNumber(s, r.lowerBound..<i)),
                          !(c == "." && isLeader(s, dot: i, from: r.lowerBound) && s[j + 1].properties.numericType != nil),
                          !(c == "?" && isLeadQuestion(s, start..<i)) {
                    end = j
                }
            }
            if let e = end {
                let t = trimmed(s, start..<e)
                if !t.isEmpty { out.append(Sentence(range: TextRange(t.lowerBound, t.upperBound), paragraph: paragraph, speaker: speaker)) }
                start = e; i = e
            } else {
                i += 1
            }
        }
        let t = trimmed(s, start..<r.upperBound)
        if !t.isEmpty { out.append(Sentence(range: TextRange(t.lowerBound, t.upperBound), paragraph: paragraph, speaker: speaker)) }
    }

    /// A line opening on two quoted cells parted by a comma (`"NOTES","0",…`).
    static func isQuotedRow(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count > 6, s[r.lowerBound] == "\"" else { return false }
        guard let close = s[(r.lowerBound + 1)..<r.upperBound].firstIndex(of: "\""), close + 2 < r.upperBound else { return false }
        return s[close + 1] == "," && s[close + 2] == "\""
    }

    /// "Guns: 2,000+ | bullets: 100K+", "护照：120万本 | 签证：30万件": a slide's line of labelled
    /// figures parted by bars, each cell a label, a colon and its figure: one sentence per cell.
    /// Nil for any other line (a table row, "| Foreigners | 64.88 million |", has no colon per cell).
    static func labelledCells(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>]? {
        guard s[r.lowerBound] != "|", s[r].contains("|") else { return nil }
        var cells: [Range<Int>] = [], start = r.lowerBound
        for i in r where s[i] == "|" {
            cells.append(trimmed(s, start..<i)); start = i + 1
        }
        cells.append(trimmed(s, start..<r.upperBound))
        let labelled = cells.allSatisfy { c in
            guard let colon = s[c].firstIndex(where: { $0 == ":" || $0 == "：" }), colon > c.lowerBound else { return false }
            return s[(colon + 1)..<c.upperBound].contains { $0.properties.numericType != nil }
        }
        guard labelled, cells.count >= 2 else { return nil }
        // "Port visas: 147.6 | YoY: +87.3": a cell whose value is a signed number alone is the
        // change of the figure before it, and stays in its sentence.
        var out: [Range<Int>] = []
        for c in cells {
            if let last = out.last, isSignedValue(s, c) { out[out.count - 1] = last.lowerBound..<c.upperBound } else { out.append(c) }
        }
        return out.count >= 2 ? out : [r]
    }

    /// A labelled cell whose value is one signed number ("YoY: +43.6", "Change: -2.1%").
    static func isSignedValue(_ s: [Unicode.Scalar], _ c: Range<Int>) -> Bool {
        guard let colon = s[c].firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let v = trimmed(s, (colon + 1)..<c.upperBound)
        guard let sign = v.first.map({ s[$0] }), "+-−－＋".unicodeScalars.contains(sign) else { return false }
        let rest = s[(v.lowerBound + 1)..<v.upperBound]
        return !rest.isEmpty && rest.allSatisfy { $0.properties.numericType != nil || $0 == "." || $0 == "%" || $0 == "％" }
    }

    /// A question of a few words naming a subject ("And foreigners? About 68 million …"): the
    /// answer that follows is its sentence, as after a colon.
    static func isLeadQuestion(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard !s[r].contains(where: { $0.properties.numericType != nil }) else { return false }
        let words = String(String.UnicodeScalarView(s[r])).split(whereSeparator: { $0 == " " })
        return (1...3).contains(words.count)
    }

    /// Dot leaders of a table row ("Aircraft .... 612,000"): a run of full stops before a figure
    /// joins a label to its value.
    static func isLeader(_ s: [Unicode.Scalar], dot: Int, from lower: Int) -> Bool {
        dot > lower && s[dot - 1] == "."
    }

    /// The number of a list item or section at the start of a line ("1. Ordinary passports: …",
    /// "II. Documents issued", a Markdown heading's "## 1. Inspections by quarter"), or of a table or
    /// part a capitalised word names ("Table 2. Means of transport inspected (thousand)", "Annex 3.",
    /// an appendix's "Table A1."): its full stop ends no sentence.
    static func isListNumber(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var r = r
        if r.count > 1, s[r.lowerBound] == "#" {
            while r.count > 1, s[r.lowerBound] == "#" || s[r.lowerBound] == " " { r = (r.lowerBound + 1)..<r.upperBound }
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
        if r.count > 3, s[r.lowerBound].properties.isUppercase, let space = s[r].firstIndex(of: " "),
           s[r.lowerBound..<space].allSatisfy({ $0.properties.isAlphabetic }), space + 1 < r.upperBound {
            var number = (space + 1)..<r.upperBound
            // "Table A1", "Figure B2": an appendix's letter before the number.
            if number.count > 1, ("A"..."Z").contains(s[number.lowerBound]), isDigit(s[number.lowerBound + 1]) { number = (number.lowerBound + 1)..<number.upperBound }
            if s[number].allSatisfy(isDigit) { r = number }
        }
        guard (1...4).contains(r.count) else { return false }
        let digits = s[r].allSatisfy { $0.value >= 48 && $0.value <= 57 }
        let roman = s[r].allSatisfy { "IVXL".unicodeScalars.contains($0) }
        return (digits && r.count <= 2) || roman
    }

    /// Wiki markup written right after a full stop: a reference tag ("<ref name=\"a\"/>",
    /// "<ref>…</ref>") or a template ("{{citation needed|date=March 2023}}"). Returns where it ends,
    /// nil when none starts at `j` or it does not close on the line.
    static func markupEnd(_ s: [Unicode.Scalar], _ j: Int, _ upper: Int) -> Int? {
        // "….[2] First-quarter …", "….¹⁴ The …": a footnote's mark, one to three digits or letters
        // in square brackets, or superscript digits.
        if s[j] == "[", let close = (j + 1..<min(upper, j + 5)).first(where: { s[$0] == "]" }), close > j + 1,
           s[(j + 1)..<close].allSatisfy({ $0.properties.isASCIIHexDigit || ("a"..."z").contains($0) }) { return close + 1 }
        if SuperscriptDigit.value(s[j]) != nil {
            var k = j
            while k < upper, SuperscriptDigit.value(s[k]) != nil { k += 1 }
            return k
        }
        if s[j] == "{", j + 1 < upper, s[j + 1] == "{" {
            var depth = 0, k = j
            while k + 1 < upper {
                if s[k] == "{", s[k + 1] == "{" { depth += 1; k += 2; continue }
                if s[k] == "}", s[k + 1] == "}" { depth -= 1; k += 2; if depth == 0 { return k }; continue }
                k += 1
            }
            return nil
        }
        guard s[j] == "<", j + 4 < upper, string(s, (j + 1)..<(j + 4)).lowercased() == "ref",
              let close = (j..<upper).first(where: { s[$0] == ">" }) else { return nil }
        if s[close - 1] == "/" { return close + 1 }
        // "<ref …>…</ref>": to the end of the closing tag.
        var k = close + 1
        while k + 5 < upper + 1 {
            if s[k] == "<", k + 5 < upper, s[k + 1] == "/", string(s, (k + 2)..<(k + 5)).lowercased() == "ref", s[k + 5] == ">" { return k + 6 }
            k += 1
        }
        return nil
    }

    /// A line written all in lower case, as a speech recognizer transcribes ("… were dismantled. um
    /// during the winter operation …"): its sentences start with a small letter. A label before the
    /// first ": " ("[00:03:10] SPEAKER 1:") is not looked at; the line needs a full stop followed by a
    /// small letter and enough letters to judge by.
    static func isCaseless(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var from = r.lowerBound
        if let colon = (r.lowerBound..<min(r.upperBound - 1, r.lowerBound + 40)).first(where: { s[$0] == ":" && s[$0 + 1] == " " }) { from = colon + 1 }
        var letters = 0, stopThenSmall = false
        for k in from..<r.upperBound {
            let c = s[k]
            if c.properties.isUppercase { return false }
            if c.properties.isLowercase { letters += 1 }
            if c == ".", k + 2 < r.upperBound, s[k + 1] == " ", s[k + 2].properties.isLowercase { stopThenSmall = true }
        }
        return stopThenSmall && letters >= 40
    }

    /// "… a 99.5% satisfaction rate. 📞 Year-to-date …": a post's emoji between a full stop and the
    /// next sentence's start.
    static func opensAfterEmoji(_ s: [Unicode.Scalar], _ i: Int, _ upper: Int) -> Bool {
        var k = i
        while k < upper, s[k].value >= 0x2190, s[k].properties.isEmoji || s[k].value == 0xFE0F || s[k].value == 0x200D { k += 1 }
        guard k > i, k < upper, s[k] == " " else { return false }
        while k < upper, s[k] == " " { k += 1 }
        return k < upper && startsSentence(s[k])
    }

    /// "… up 40.2%.In March, …", "… the crackdown.Of these, …", "… residents.issued visas …": a machine
    /// translation's sentences run together with no space after the full stop. The stop ends its
    /// sentence when it follows a word, figure, "%" or closing bracket or quote and a word opens right
    /// after it: a capital and small letters, or (after a word or mark, not a figure) three small
    /// letters or more. Never inside "U.S.Army", "No.1", "1.1万", "a.m.", "www.nia.gov.cn",
    /// "baidu.com", "report.pdf" or after an abbreviation.
    static func runsOn(_ s: [Unicode.Scalar], dot: Int, next j: Int, _ r: Range<Int>) -> Bool {
        guard dot > r.lowerBound, j + 1 < r.upperBound, s[j].properties.isUppercase || s[j].properties.isLowercase,
              s[j + 1].properties.isLowercase else { return false }
        let before = s[dot - 1]
        let figure = before.value >= 48 && before.value <= 57
        guard before.properties.isAlphabetic || figure || "%％)）]】\"”'’".unicodeScalars.contains(before) else { return false }
        // The word before: no abbreviation or single letter, and no dotted name ("nia.gov").
        var wordStart = dot
        if before.properties.isAlphabetic {
            if isAbbreviation(s, before: dot, from: r.lowerBound) { return false }
            while wordStart > r.lowerBound, s[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
            if wordStart > r.lowerBound, s[wordStart - 1] == "." || s[wordStart - 1] == "@" || s[wordStart - 1] == "/" { return false }
        }
        // The word after: letters up to a space or punctuation that is not a dot before a letter ("Nia.gov").
        var k = j + 1
        while k < r.upperBound, s[k].properties.isLowercase { k += 1 }
        if k + 1 < r.upperBound, s[k] == "." || s[k] == "@" || s[k] == "/", s[k + 1].properties.isAlphabetic { return false }
        // "Trip.Com Group": a web or file name's ending.
        if nameEndings.contains(string(s, j..<k).lowercased()) { return false }
        guard s[j].properties.isLowercase else { return true }
        // A small letter opens a sentence only after a word of three letters or more, or a mark,
        // and as a whole word of three letters or more.
        return !figure && (dot - wordStart >= 3 || !before.properties.isAlphabetic) && k - j >= 3 && k < r.upperBound && s[k] == " "
    }

    /// Endings of web and file names ("baidu.com", "report.pdf"): a full stop before them ends no sentence.
    static let nameEndings: Set<String> = ["com", "net", "org", "gov", "edu", "int", "mil", "info", "html", "htm", "php", "pdf",
                                           "doc", "docx", "xls", "xlsx", "csv", "txt", "jpg", "png", "zip"]

    static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || (c.value >= 48 && c.value <= 57) || c == "\"" || c == "[" || c == "(" || c.isHan
    }

    /// The word before a full stop is a known abbreviation or a single letter ("U.S.", "a.m."), but
    /// not the letter closing a ratio's slash ("+3.7% y/y. Growth …", "q/q.") nor a scale written
    /// against its figure ("below 680m. Within …", "45k."): those end the sentence.
    static func isAbbreviation(_ s: [Unicode.Scalar], before dot: Int, from lower: Int) -> Bool {
        var k = dot
        while k > lower, s[k - 1].properties.isAlphabetic || s[k - 1] == "." { k -= 1 }
        let word = string(s, k..<dot).lowercased()
        if word.count == 1, k > lower, s[k - 1] == "/" || (s[k - 1].value >= 48 && s[k - 1].value <= 57) { return false }
        return abbreviations.contains(word) || word.count == 1
    }

    static func trimmed(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        return a..<b
    }

    static func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String { ScalarWriter.string(s, r) }
}
