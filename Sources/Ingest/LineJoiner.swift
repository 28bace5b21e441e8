import BriefingCore

/// Mends English text copied from a PDF, where every printed line ends in a line break.
///
/// A line that does not end a sentence is joined to the next when the next continues it: it
/// starts in lower case ("down\n15.2 per cent" starts with a figure), or the line ends with a
/// comma or a word that cannot end a sentence ("Macao and\nTaiwan"). A word hyphenated across the
/// break ("air-\ncraft") is written whole, unless the text writes it with its hyphen elsewhere or
/// the hyphen is part of a compound ("year-\non-year"). Page numbers ("- 2 -", "Page 2 of 5") and
/// running headers (lines the text repeats) between the two halves of a sentence are dropped.
///
/// Lines stay apart when they are list items, table rows (column gaps, dot leaders), headings
/// ending their line, speaker turns or Chinese text: only a line that visibly stops mid-sentence
/// is joined. The result is the document text, so quotes still point into it.
public enum LineJoiner {
    /// Signs written before a figure: "¥480m" is a figure alone on its line.
    static let currencySigns: Set<Unicode.Scalar> = ["¥", "$", "€", "£", "￥"]

    /// Fewer characters than a printed line holds: a line this short that breaks off no word is
    /// a heading, a name or a row.
    static let minimumWidth = 40

    /// `words`: the grammar's arrows, Chinese units and change openings (see `LineWords`).
    public static func join(_ written: String, words: LineWords = IngestGrammar.standard.lines) -> String {
        let text = unwrappedChineseColumn(unquoted(written))
        let lines = splitLines(text).map { Line($0, words) }
        // Most releases hold no line that stops mid-sentence: they are returned as they are.
        guard lines.indices.dropLast().contains(where: { lines[$0].isOpen || chineseContinuation(after: $0, lines, continued: false) != nil
            || chineseLabel(after: $0, lines) != nil || chineseLabelBlock(at: $0, lines) != nil || chineseFigureThenLabel(lines[$0]) != nil })
            || lines.last.map({ chineseFigureThenLabel($0) != nil }) == true else { return text }
        // Running headers and footers, their page numbers aside ("Bulletin No. 3 - page 2"):
        // counted only when a page break asks.
        var repeatedLines: [String: Int]?
        func repeated() -> [String: Int] {
            if let r = repeatedLines { return r }
            var r: [String: Int] = [:]
            for l in lines where !l.isBlank && l.text.utf8.count <= 100 { r[l.furnitureKey, default: 0] += 1 }
            repeatedLines = r
            return r
        }
        var lowered: String?
        let width = shortWidth(lines)

        // The text is built as UTF-8 bytes: trimming and appending a String's scalars is slow.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        func append(_ s: Substring.UTF8View) {
            if s.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil { out.append(contentsOf: s) }
        }
        var i = 0
        var list = false    // after a line ending with a colon, up to a blank line: the rows of a list
        var blockEnd = -1   // the line right after the last label-above block joined
        while i < lines.count {
            // A bulleted heading over an infographic's figures ("📌 出入境人员", "✅ 3月单月"): with a blank
            // line after it, it heads the statements below as a list's opening line does ("📌 出入境人员："); right
            // above a figure, it opens that figure's statement ("✅ 3月单月，出入境人员6350万人次").
            if lines[i].isBulletHeading {
                var j = i + 1
                while j < lines.count, lines[j].isBlank { j += 1 }
                // "📌 Border crossings\n\n186.0m\npeople inspected": the same heading in English.
                if j > i + 1, j + 1 < lines.count, lines[j].isFigureOnly || lines[j].isScaledFigure, lines[j + 1].firstIsLower {
                    append(lines[i].text.utf8)
                    out.append(contentsOf: Array(":\n".utf8))
                    i += 1
                    continue
                }
                if j < lines.count, chineseLabel(after: j, lines) != nil {
                    let heading = lines[i].text
                    append((j == i + 1 ? heading.drop { !$0.isLetter && !$0.isNumber } : heading).utf8)
                    if j == i + 1 {
                        out.append(contentsOf: Array("，".utf8))
                    } else {
                        out.append(contentsOf: Array("：\n".utf8))
                    }
                    i += 1
                    continue
                }
            }
            if let (labelLines, end) = chineseLabelBlock(at: i, lines, afterBlock: blockEnd == i) {
                // "出入境人员\n1.40亿人次\n同比下降58.4%": the label, its figure, and the change, as one row
                // ("出入境人员：1.40亿人次，同比下降58.4%") under the section's heading.
                if labelLines == 2 { append(lines[i].text.utf8); i += 1 }
                append(lines[i].text.utf8); out.append(contentsOf: Array("：".utf8)); append(lines[i + 1].text.utf8)
                for j in (i + 2)..<max(i + 2, end) {
                    // (A change's words without their figure go on in the next line: "占入境外国人72.1%".)
                    if !lines[j - 1].startsWithChineseChange || lines[j - 1].endsWithFigure { out.append(contentsOf: Array("，".utf8)) }
                    append(lines[j].text.utf8)
                }
                if end < lines.count { out.append(0x0A) }
                i = end
                blockEnd = end
                continue
            }
            if let (figureEnd, labelStart, labelEnd) = chineseFigureThenLabel(lines[i]) {
                // "18.2万架次　飞机": the label, a colon, the figure, and the rest of the line.
                let line = lines[i].text
                append(line[labelStart..<labelEnd].utf8); out.append(contentsOf: Array("：".utf8))
                append(line[..<figureEnd].utf8); append(line[labelEnd...].utf8)
                if i + 1 < lines.count { out.append(0x0A) }
                i += 1
                continue
            }
            if let label = chineseLabel(after: i, lines) {
                // "1.86亿人次\n全国…查验出入境人员\n同比上升12.1%": the label, a colon (as a row parts its label
                // from its figure), the figure, the rest of the label's line, and a change opening the line after.
                let next = lines[i + 1].text
                append(next[..<label].utf8); out.append(contentsOf: Array("：".utf8)); append(lines[i].text.utf8); append(next[label...].utf8)
                i += 2
                if i < lines.count, lines[i].startsWithChineseChange {
                    out.append(contentsOf: Array("，".utf8)); append(lines[i].text.utf8)
                    i += 1
                }
                if i < lines.count { out.append(0x0A) }
                continue
            }
            append(lines[i].raw.utf8)
            // ("…1996.4万人次\n日均221.8万人次\n外国人\n168.3万人次": a statement of its own right after a
            // block, the next block goes on after it.)
            if i == blockEnd, lines[i].startsHan, lines[i].statesFigure { blockEnd = i + 1 }
            if lines[i].isBlank { list = false } else if lines[i].text.utf8.last == UInt8(ascii: ":") { list = true }
            var k = i
            while let (next, chinese) = chineseContinuation(after: k, lines, continued: k > i).map({ ($0, true) })
                    ?? (lines[k].isOpen ? continuation(after: k, lines, repeated: repeated, continued: k > i, list: list, width: width).map { ($0, false) } : nil) {
                while let c = out.last, c == 0x20 || c == 0x0C { out.removeLast() }
                if chinese {
                    // Chinese is written without spaces.
                } else if lines[k].endsHyphenated {
                    lowered = lowered ?? text.lowercased()
                    if lines[next].firstIsLower, !keepsHyphen(lines[k].text, lines[next].text, lowered!, words) { out.removeLast() }
                } else {
                    out.append(0x20)
                }
                let raw = lines[next].raw.utf8
                append(raw[(raw.firstIndex { $0 != 0x20 && $0 != 0x0C } ?? raw.endIndex)...])
                k = next
            }
            if k + 1 < lines.count { out.append(0x0A) }
            i = k + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a line's colons, if any, open words ("Note: the 2017 total …"), not a figure or a
    /// label's value ("people inspected: 1.316 billion").
    static func labelsNoFigure(_ text: Substring) -> Bool {
        var rest = text[...]
        while let colon = rest.firstIndex(of: ":") {
            let after = rest[rest.index(after: colon)...].drop { $0 == " " }
            guard let c = after.first, c.isLowercase else { return false }
            rest = after
        }
        return true
    }

    /// An e-mail's quoted block ("> In the first half, officers inspected\n> a total of …", ">> " or
    /// "> > " when quoted twice): the marks opening its lines are no part of the release, and a
    /// line of a mark alone (">") is a blank line. Only a text that quotes `minimumQuotedLines`
    /// lines or more is read as quoting: a lone "> 99%" is left as written.
    static func unquoted(_ text: String) -> String {
        let lines = splitLines(text)
        func isQuoted(_ l: Substring) -> Bool { l.utf8.first == UInt8(ascii: ">") }
        guard lines.lazy.filter(isQuoted).count >= minimumQuotedLines else { return text }
        return lines.map { l -> Substring in
            var t = l
            while t.utf8.first == UInt8(ascii: ">") {
                t = t.dropFirst()
                if t.utf8.first == 0x20 { t = t.dropFirst() }
            }
            return t
        }.joined(separator: "\n")
    }

    static let minimumQuotedLines = 3

    /// A Chinese article read off a long image (a phone screenshot's OCR) breaks every line at the
    /// column's width, inside words and figures ("外国人1367.\n3万人次", "同比上\n升117.8%", "（列、\n艘、辆）次").
    /// A text whose lines break off visibly `minimumColumnBreaks` times or more (a figure cut in two,
    /// a line ending on 、，（ or opening on 、，。）%) is such a column: each of its lines of Chinese as
    /// wide as the column at least (`columnShare` of its median width) goes on in the next, unless
    /// either is blank or spaced like a table's row. Shorter lines (a headline's figure, a
    /// paragraph's last line) end where they end.
    static func unwrappedChineseColumn(_ text: String) -> String {
        let lines = splitLines(text)
        guard lines.count >= 4 else { return text }
        func width(_ l: [Unicode.Scalar]) -> Int { l.reduce(0) { $0 + (isWide($1) ? 2 : 1) } }
        func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
        // (A paragraph's indent, "　　", spaces no cells.)
        func spaced(_ l: Substring) -> Bool { l.drop { $0 == " " || $0 == "\u{3000}" }.contains("  ") }
        func pairCounts(_ k: Int) -> Bool {
            !lines[k].isEmpty && !lines[k + 1].isEmpty && (lines[k].unicodeScalars.contains(where: \.isHan) || lines[k + 1].unicodeScalars.contains(where: \.isHan))
                && !spaced(lines[k]) && !spaced(lines[k + 1])
        }
        // The visible breaks first, from each line's ends alone: most texts have none, and reading
        // every line whole (its width, its Chinese) is left to those that do.
        var breaks = 0
        var midSentence: [Int] = []   // lines ending on a Chinese character, the next going on at once
        for k in lines.indices.dropLast() {
            let a = lines[k].unicodeScalars, b = lines[k + 1].unicodeScalars
            guard let last = a.last, let first = b.first else { continue }
            if last.isHan || isDigit(last), first.isHan || isDigit(first) { midSentence.append(k) }
            let beforeLast = a.index(a.endIndex, offsetBy: -2, limitedBy: a.startIndex).map { a[$0] }
            let second = b.index(b.startIndex, offsetBy: 1, limitedBy: b.endIndex).flatMap { $0 < b.endIndex ? b[$0] : nil }
            // "7120.\n5万", "1\n.2万", "135\n1.7万" (not "…5.71\n2017年：5.98", a chart's next label)
            let cutFigure = (isDigit(first) && (isDigit(last) || (last == "." && isDigit(beforeLast))) && !opensYearLabel(b))
                || (first == "." && isDigit(last) && isDigit(second))
            if cutFigure || "、，（(".unicodeScalars.contains(last) || "、，。；）)%".unicodeScalars.contains(first), pairCounts(k) { breaks += 1 }
        }
        // A PDF's text breaks every full line at the same width, mostly between two characters of a
        // word ("查验出入境交通运\n输工具"): lines of one width ending mid-sentence, again and again.
        func printedColumn() -> Bool {
            guard midSentence.count >= minimumUniformWraps else { return false }
            // (One width give or take a few columns: digits and Latin marks are narrower than characters.)
            // (Sorted, some run of `minimumUniformWraps` widths spans twice the slack at most.)
            let widths = midSentence.filter(pairCounts).map { width(Array(lines[$0].unicodeScalars)) }.filter { $0 >= minimumPrintedWidth }.sorted()
            let n = minimumUniformWraps - 1
            return widths.count > n && widths.indices.dropLast(n).contains { widths[$0 + n] - widths[$0] <= 2 * printedWidthSlack }
        }
        guard breaks >= minimumColumnBreaks || printedColumn() else { return text }
        let scalars = lines.map { Array($0.unicodeScalars) }
        var widths = lines.indices.dropLast().filter(pairCounts).map { width(scalars[$0]) }
        guard widths.count >= 5 else { return text }
        widths.sort()
        let column = widths[widths.count / 2]
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for k in lines.indices {
            out += lines[k]
            guard k + 1 < lines.count else { break }
            let a = scalars[k], b = scalars[k + 1]
            // (A line opening on an indent opens a paragraph; one opening on a year's label is a row.)
            let joins = !a.isEmpty && !b.isEmpty && a.contains(where: \.isHan) && !spaced(lines[k]) && !spaced(lines[k + 1]) && !opensYearLabel(b[...])
                && width(a) * columnShare.1 >= column * columnShare.0 && b[0] != " " && b[0] != "\u{3000}"
            if !joins { out += "\n" }
        }
        return out
    }

    static let minimumColumnBreaks = 3

    /// "2017年：5.98", "2019: 670M": a line opening on a year and its colon, a row of a chart's labels.
    static func opensYearLabel<S: Collection>(_ line: S) -> Bool where S.Element == Unicode.Scalar {
        let head = Array(line.prefix(6))
        guard head.count >= 5, head.prefix(4).allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        let k = head[4] == "年" ? 5 : 4
        return k < head.count && (head[k] == ":" || head[k] == "：")
    }
    /// Lines of one width ending mid-sentence that make a printed column.
    static let minimumUniformWraps = 5
    /// A printed page's line is this wide at least (twenty Chinese characters); an infographic's
    /// short lines of one width ("签发普通护照") are labels, not a wrapped paragraph.
    static let minimumPrintedWidth = 40
    static let printedWidthSlack = 4
    /// Three fifths of the column's median width.
    static let columnShare = (3, 5)

    /// Set two columns wide: Chinese characters, full-width marks and forms.
    static func isWide(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return c.isHan || (0x3000...0x303F).contains(v) || (0xFF00...0xFF60).contains(v) || (0x2E80...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v)
    }

    /// The lines of `text`, found on its UTF-8 bytes (splitting a String by Character is slow).
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        // Offsets of the line breaks, found on contiguous bytes; an index at an offset of a
        // native string's UTF-8 is found in constant time.
        let breaks: [Int] = utf8.withContiguousStorageIfAvailable { bytes in
            var out: [Int] = []
            for k in bytes.indices where bytes[k] == 0x0A { out.append(k) }
            return out
        } ?? utf8.indices.filter { utf8[$0] == 0x0A }.map { utf8.distance(from: utf8.startIndex, to: $0) }
        var start = utf8.startIndex
        for offset in breaks {
            let newline = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<newline])
            start = utf8.index(after: newline)
        }
        lines.append(text[start...])
        return lines
    }

    /// The line that continues line `i`, past page furniture and blank lines. `continued`: line `i`
    /// itself continues a line before it, so it ends a sentence's wrapped tail, whatever its length.
    /// `list`: line `i` follows a line ending with a colon, as a row of a list does.
    /// Below this many characters a line is short. A screenshot's narrow column wraps every line
    /// well before a page's width: there a line is short only against the column's own wrapped
    /// lines (open lines continued in lower case), at two thirds of their median length.
    static func shortWidth(_ lines: [Line]) -> Int {
        var wrapped: [Int] = []
        for k in lines.indices.dropLast() where lines[k + 1].firstIsLower && lines[k].isOpen { wrapped.append(lines[k].text.utf8.count) }
        guard wrapped.count >= 5 else { return minimumWidth }
        wrapped.sort()
        return min(minimumWidth, wrapped[wrapped.count / 2] * 2 / 3)
    }

    static func continuation(after i: Int, _ lines: [Line], repeated: () -> [String: Int], continued: Bool, list: Bool, width: Int = minimumWidth) -> Int? {
        let line = lines[i]
        // An infographic: a figure on a line of its own, its label on the next line
        // ("187.6m\nentries and exits inspected"), and its change on the line after that
        // ("▲ 14.2% y/y"): one statement.
        if i + 1 < lines.count {
            let next = lines[i + 1]
            if line.isFigureOnly || line.isScaledFigure, next.firstIsLower { return i + 1 }
            if next.startsWithChange { return i + 1 }
        }
        // A short line ("Zhang Hua", "foreigners 7 million") ends where it ends, unless it
        // visibly breaks off: a printed page's wrapped line is longer.
        let broken = line.endsHyphenated || line.endsOpen || line.leavesBracketOpen
        if !continued, !broken, list || line.text.utf8.count < width { return nil }
        var j = i + 1
        var gap = false, pageBreak = false
        while j < lines.count, j - i <= 8 {
            let l = lines[j]
            if l.raw.utf8.contains(0x0C) { pageBreak = true }
            if l.isBlank || l.isRule { gap = true }
            else if l.isPageNumber { gap = true; pageBreak = true }
            // (A figure alone on its line, "295.6 million", repeats its digit-free text in an infographic's
            // every item: it is no running header.)
            else if gap || pageBreak, !l.isFigureOnly && !l.isScaledFigure, (repeated()[l.furnitureKey] ?? 0) >= 2 || (pageBreak && l.endsWithPageLabel) {
                // "NIA ANNUAL REPORT 2023      11": a running header with its page number turns the page.
                gap = true
                if l.hasPageNumberAtEdge { pageBreak = true }
            }
            else { break }
            j += 1
        }
        guard j < lines.count, j - i <= 8 else { return nil }
        let next = lines[j]
        // (A bracket left open goes on, even onto a line opening on its date's month.)
        if !gap, line.leavesBracketOpen, next.startsLatin, !next.isListItem, !next.isTableLike { return j }
        guard next.startsLatin, !next.isListItem, !next.isSpeakerTurn, !next.isTableLike, !next.startsWithDateOrTime, !next.isYearLabel else { return nil }
        // Across blank lines or a running header with no page break: only a line in lower case.
        if gap, !pageBreak, !next.firstIsLower { return nil }
        if next.firstIsLower { return j }
        if line.endsClosing { return nil }
        if line.endsHyphenated { return next.firstIsUpperOrOpening ? j : nil }    // "China-\nEurope"
        if line.endsOpen, next.firstIsUpperOrOpening || next.firstIsDigit { return j }
        // "… were residents of the Hong Kong | (page turns) | SAR, the Macao SAR …": a wrapped line
        // that stops without a mark before a page break goes on over the page.
        if pageBreak, continued, line.lastIsLetterOrComma, line.text.utf8.count >= width, next.firstIsUpperOrOpening || next.firstIsDigit { return j }
        // "… 150 million were residents of Hong\nKong, Macao and Taiwan …": inside a paragraph wrapped
        // at a fixed width (line `i` continues a wrapped line, and is three quarters as long as it at least),
        // a line that stops on a word with no mark goes on, whatever the case of the next word.
        if !gap, continued, line.lastIsLetterOrComma, i > 0,
           line.text.utf8.count >= max(width, lines[i - 1].text.utf8.count * 3 / 4), next.firstIsUpperOrOpening { return j }
        // "Note: the 2017 total includes 11.6 million persons inspected during the Spring\nFestival holiday
        // (27 January to …", a paragraph's first line: a printed line's width that stops on a word, and
        // a next line as wide, are one paragraph wrapped.
        // (Prose only: no list item, time code or label line, "people inspected: 1.316 billion".)
        if !gap, !continued, line.lastIsLetterOrComma, line.text.utf8.count >= width, next.text.utf8.count >= width,
           next.firstIsUpperOrOpening, !line.isListItem, line.text.first?.isLetter == true, Self.labelsNoFigure(line.text) { return j }
        // "down\n15.2 per cent"; but "Press Conference\n16 January 2024" is a title and its date.
        // A figure alone on its line opens an infographic's next statement.
        if next.firstIsDigit, line.lastIsLetterOrComma, !next.startsWithDayOfMonth, !next.isFigureOnly { return j }
        // "…, of which 4\n6.59 million were …": a figure cut by the wrap. Joined, its split digits
        // are read as one doubtful figure, not the second half as a plain one.
        if next.firstIsDigit, line.endsWithCutFigure, !next.startsWithDayOfMonth { return j }
        return nil
    }

    /// A WeChat article sets a figure large on a line of its own, between its subject and its unit
    /// ("…共查验出入境人员\n6.97\n亿人次\n同比上升14.2%", "缴获毒品\n8.4\n吨"): the line before the
    /// figure ends in a character, the figure is alone on its line, the line after it starts with
    /// a unit or scale; a line after the unit that starts with the change goes with them.
    static func chineseContinuation(after i: Int, _ lines: [Line], continued: Bool) -> Int? {
        guard i + 1 < lines.count else { return nil }
        let line = lines[i], next = lines[i + 1]
        if line.lastIsHan, next.isFigureOnly, i + 2 < lines.count, lines[i + 2].startsWithUnit { return i + 1 }
        guard continued else { return nil }
        if line.isFigureOnly, next.startsWithUnit { return i + 1 }
        if i > 0, lines[i - 1].isFigureOnly, line.startsWithUnit, next.startsWithChineseChange { return i + 1 }
        return nil
    }

    /// A Chinese infographic sets a figure large with its unit on a line of its own and its label on
    /// the next ("1.86亿人次\n全国移民管理机构查验出入境人员\n同比上升12.1%", "8250万人次\n内地居民 ⬆10.5%"):
    /// the label is written before the figure with a colon, as a row parts its label from its figure
    /// ("内地居民：8250万人次 ⬆10.5%": the label names its metric, no verb or context word needed).
    /// The end of the label in line `i + 1` (at a space, a mark or an arrow), or nil. Not after a
    /// line of Chinese words that is not itself a figure's label: there the figure is that line's
    /// ("缴获毒品\n8.4吨\n…").
    static func chineseLabel(after i: Int, _ lines: [Line]) -> Substring.Index? {
        guard i + 1 < lines.count, lines[i].isChineseFigure else { return nil }
        if i > 0, lines[i - 1].startsHan, lines[i - 1].lastIsHan, i < 2 || !lines[i - 2].isChineseFigure { return nil }
        let next = lines[i + 1]
        guard next.opensChineseLabel, !next.startsWithChineseChange, !next.isChineseFigure else { return nil }
        return chineseLabelEnd(next.text[...])
    }

    /// Marks a caption's label may hold between its words: a list's 、 (查处非法入境、非法居留…外国人) and
    /// quotes (“猎狐”行动抓获外逃“蛇头”).
    static let labelInnerMarks: Set<Unicode.Scalar> = ["、", "\"", "“", "”", "‘", "’", "「", "」", "『", "』"]

    /// The end of the caption label that opens `text` (2 to 30 characters of Chinese words, the marks
    /// of `labelInnerMarks` and brackets between them; a hotline's number may open it: 12367服务平台…),
    /// at a space, a clause's mark or an arrow; nil when a figure of its own follows the words
    /// ("侦办案件1230起" is a statement, no label). A bracket opened before a figure is the label's
    /// aside, no part of it: "列车(同比增长18.6%)" labels 列车.
    static func chineseLabelEnd(_ text: Substring) -> Substring.Index? {
        let s = text.unicodeScalars
        var k = s.startIndex
        while k < s.endIndex, s[k].isASCII, s[k].properties.numericType != nil { k = s.index(after: k) }
        var openBracket: Substring.Index?
        while k < s.endIndex {
            let c = s[k]
            if c == "(" || c == "（" { openBracket = k } else if c == ")" || c == "）" { openBracket = nil }
            else if !(0x4E00...0x9FFF).contains(c.value), !labelInnerMarks.contains(c) { break }
            k = s.index(after: k)
        }
        var end = k
        if end < s.endIndex, s[end].properties.numericType != nil {
            guard let open = openBracket else { return nil }
            end = open
        }
        guard (2...30).contains(s.distance(from: s.startIndex, to: end)) else { return nil }
        return end
    }

    /// "18.2万架次　飞机", "4.9万列次　列车（同比增长18.6%）": a caption's figure with its unit, a space and
    /// its label on one line. The end of the figure, the label's start and end, or nil; joined, the
    /// label is written first ("飞机：18.2万架次"), as a row's label is.
    static func chineseFigureThenLabel(_ line: Line) -> (figureEnd: Substring.Index, labelStart: Substring.Index, labelEnd: Substring.Index)? {
        let text = line.text
        guard line.firstIsDigit, let space = text.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }),
              Line(text[..<space], line.words).isChineseFigure,
              let start = text[space...].firstIndex(where: { $0 != " " && $0 != "\u{3000}" }) else { return nil }
        let rest = Line(text[start...], line.words)
        guard rest.startsHan, !rest.startsWithChineseChange, let end = chineseLabelEnd(rest.text) else { return nil }
        return (space, start, end)
    }

    /// A Chinese infographic may set the label above its figure instead, each block set apart by
    /// blank lines ("出入境人员\n1.40亿人次\n同比下降58.4%", "抓获外逃“蛇头”\n126名"): a short line
    /// of words, not ending like a sentence or a list's opening, right after a blank line (or the
    /// text's start), then a figure alone with its unit, then at most a line opening with its
    /// change, then a blank line (or the text's end). Returns the index of the line after the
    /// block, or nil. (A figure first, its label below it, is `chineseLabel`'s.)
    ///
    /// A block may also open right under a section's bracketed heading (【证件签发】) or right after
    /// the block before (`afterBlock`: "侦办案件\n0.9万余起\n抓获犯罪嫌疑人\n1.8万余名"), and end on a
    /// line with a figure of its own ("占入境外国人总数的71.1%"), a heading, or the next such block;
    /// never on a line of words alone, which may be the figure's label set below it.
    static func chineseLabelAbove(at i: Int, _ lines: [Line], afterBlock: Bool = false) -> Int? {
        // (Cheap tests first: every line of every release is asked.)
        guard i + 1 < lines.count, lines[i + 1].isChineseFigure, lines[i].isChineseLabelLine, !lines[i].isSectionHeading,
              opensChineseBlock(at: i, lines, afterBlock: afterBlock) else { return nil }
        var end = i + 2
        // Its changes and shares, each on a line or on two ("同比上升41.7%", "占入境外国人\n72.1%",
        // "较2019年同期\n上升46.5%").
        while end < lines.count, lines[end].startsWithChineseChange {
            end += !lines[end].endsWithFigure && end + 1 < lines.count && (lines[end + 1].isChineseFigure || lines[end + 1].startsWithChineseChange) ? 2 : 1
        }
        if end == lines.count || lines[end].isBlank || lines[end].isSectionHeading { return end }
        // A figure after the line's first words ("平均满意度99.6%"): a statement of its own.
        if lines[end].statesFigure { return end }
        // The next block's label, on one line or two.
        guard lines[end].isChineseLabelLine, end + 1 < lines.count else { return nil }
        return lines[end + 1].isChineseFigure || end + 2 < lines.count && lines[end + 1].isChineseLabelLine && lines[end + 2].isChineseFigure ? end : nil
    }

    /// Whether an infographic's block may open at line `i`: at the text's start, after a blank line,
    /// a section's heading, or right after the block before.
    static func opensChineseBlock(at i: Int, _ lines: [Line], afterBlock: Bool) -> Bool {
        i == 0 || lines[i - 1].isBlank || lines[i - 1].isSectionHeading || afterBlock
            // (A heading's dates on the line under it: "——春节假期——\n（2月15日至23日）".)
            || i >= 2 && lines[i - 1].isBracketed && lines[i - 2].isSectionHeading
    }

    /// How a line introducing what follows ends (本季度数据如下): it is no part of a label.
    static let leadInEnds = ["如下", "以下"]

    /// A block of `chineseLabelAbove` at line `i`, its label on one line or on two
    /// ("全国移民管理机构\n累计查验出入境人员\n1.74亿人次", "其中\n内地居民\n2.06亿人次"): the label's
    /// lines and the index of the line after the block.
    static func chineseLabelBlock(at i: Int, _ lines: [Line], afterBlock: Bool = false) -> (labelLines: Int, end: Int)? {
        if let end = chineseLabelAbove(at: i, lines, afterBlock: afterBlock) { return (1, end) }
        guard i + 2 < lines.count, lines[i + 2].isChineseFigure, lines[i].isChineseLabelLine, opensChineseBlock(at: i, lines, afterBlock: afterBlock),
              !lines[i].isSectionHeading,
              !leadInEnds.contains(where: { lines[i].text.hasSuffix($0) }),
              // (Not a bracketed aside, "（2月15日至23日）", nor a line with a figure of its own, "日均221.8万人次";
              // a hotline's number may open the label: "12367服务热线".)
              lines[i].startsHan || lines[i].firstIsDigit,
              !lines[i].text.unicodeScalars.drop(while: { $0.isASCII && $0.properties.numericType != nil }).contains(where: { $0.isASCII && $0.properties.numericType != nil }),
              let end = chineseLabelAbove(at: i + 1, lines, afterBlock: true) else { return nil }
        return (2, end)
    }

    /// "air-\ncraft" is "aircraft"; "year-\non-year", "cross-\nborder", "Menglie-\nstyle" where the
    /// text writes "Menglie-style" elsewhere, and "entry-exit-\nrelated" keep their hyphen.
    static func keepsHyphen(_ line: Substring, _ next: Substring, _ lowered: String, _ words: LineWords) -> Bool {
        let head = line.dropLast()
        let first = head.reversed().prefix { $0.isLetter }
        let before = head.dropLast(first.count).last
        let second = next.prefix { $0.isLetter }
        let afterSecond = next.dropFirst(second.count).first
        let a = String(first.reversed()).lowercased(), b = second.lowercased()
        // "ex-\nit-entry" where the text writes "exit-entry" elsewhere: one word broken.
        if afterSecond == "-", before != "-", containsWord(lowered, a + b) { return false }
        if before == "-" || afterSecond == "-" { return true }
        if words.compoundHeads.contains(a), b.count >= 3, !words.compoundSuffixes.contains(b) { return true }
        return containsWord(lowered, a + "-" + b)
    }

    /// `word` stands in `text` with no letter touching it on either side.
    static func containsWord(_ text: String, _ word: String) -> Bool {
        var rest = text[...]
        while let r = rest.range(of: word) {
            let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
            let after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
            if !before.isLetter, !after.isLetter { return true }
            rest = text[r.upperBound...]
        }
        return false
    }

    /// One line of the text, with what the joining rules ask of it.
    struct Line {
        let raw: Substring
        /// Without the spaces around it.
        let text: Substring
        let words: LineWords

        init(_ raw: Substring, _ words: LineWords) {
            self.raw = raw
            self.words = words
            var t = raw
            while let f = t.first, f == " " || f == "\u{0C}" || f == "\r" { t = t.dropFirst() }
            while let l = t.last, l == " " || l == "\u{0C}" || l == "\r" { t = t.dropLast() }
            text = Self.withoutFootnoteMark(t)
        }

        /// "… inspected in total 362.4 million[1]", "… 651 million¹": a footnote mark written against
        /// the line's last word or figure says nothing of where the sentence ends; the line is read
        /// (not written) without it.
        static func withoutFootnoteMark(_ t: Substring) -> Substring {
            // (Most lines end on neither a bracket nor a superscript: one look at the last byte.)
            guard let b = t.utf8.last, b == UInt8(ascii: "]") || b >= 0x80 else { return t }
            var s = t.unicodeScalars[...]
            if s.last == "]", let open = s.lastIndex(of: "["), case let n = s[s.index(after: open)..<s.index(before: s.endIndex)],
               (1...2).contains(n.count), n.allSatisfy({ ("0"..."9").contains($0) }) {
                s = s[..<open]
            } else {
                while let l = s.last, "¹²³⁴⁵⁶⁷⁸⁹⁰".unicodeScalars.contains(l) { s = s.dropLast() }
            }
            guard s.endIndex < t.unicodeScalars.endIndex, let l = s.last, l.properties.isAlphabetic || ("0"..."9").contains(l) || l == "%" else { return t }
            return Substring(s)
        }

        var isBlank: Bool { text.isEmpty }
        /// "2015: 30.4": a chart's data label, a row of its own.
        var isYearLabel: Bool { LineJoiner.opensYearLabel(text.unicodeScalars) }
        /// "────", "______", "=====": a rule drawn across the page, as under a running header.
        var isRule: Bool { text.utf8.count >= 3 && text.unicodeScalars.allSatisfy { "-_=–—·*~".unicodeScalars.contains($0) || (0x2500...0x257F).contains($0.value) } }
        /// A section's heading over an infographic's blocks, alone on its line: bracketed (【证件签发】),
        /// between dashes, or opened by an emoji, as WeChat posts write them ("📊 口岸查验", "📅 12月单月").
        var isSectionHeading: Bool {
            guard text.count <= 20 else { return false }
            if text.hasPrefix("【") && text.hasSuffix("】") { return true }
            // "——口岸查验——", "— 证件签发 —" (dashes written as hyphens by then).
            if let f = first, let l = last, "-—".unicodeScalars.contains(f), "-—".unicodeScalars.contains(l),
               text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return true }
            guard let f = first, !f.isASCII, f.properties.isEmojiPresentation || f.properties.isEmoji else { return false }
            let rest = text.unicodeScalars.drop { !$0.isASCII && ($0.properties.isEmoji || $0.properties.isVariationSelector || $0.properties.isJoinControl) || $0 == " " }
            return rest.first.map { (0x4E00...0x9FFF).contains($0.value) || $0.properties.numericType != nil } ?? false
        }
        /// The line without its digits: a running header or footer with a page number is one line.
        var furnitureKey: String { String(decoding: text.utf8.filter { $0 < 48 || $0 > 57 }, as: UTF8.self) }
        private var first: Unicode.Scalar? { text.unicodeScalars.first }
        private var last: Unicode.Scalar? { text.unicodeScalars.last }
        var startsLatin: Bool { first.map { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "(" || $0 == "\"") } ?? false }
        var firstIsLower: Bool { first.map { $0.isASCII && $0.properties.isLowercase } ?? false }
        var firstIsDigit: Bool { first.map { $0.isASCII && $0.properties.numericType != nil } ?? false }
        var firstIsUpperOrOpening: Bool { first.map { $0.isASCII && ($0.properties.isUppercase || $0 == "(" || $0 == "\"") } ?? false }
        var lastIsLetterOrComma: Bool { last.map { $0 == "," || ($0.isASCII && $0.properties.isAlphabetic) } ?? false }

        /// Ends in a Chinese character, not a mark (…出入境人员, 缴获毒品).
        var lastIsHan: Bool { last.map { (0x4E00...0x9FFF).contains($0.value) } ?? false }
        var startsWithUnit: Bool { first.map { words.unitStarts.contains($0) } ?? false }
        /// A digit after the line's first Chinese character: a statement with a figure of its own
        /// ("平均满意度99.6%", "日均221.8万人次").
        var statesFigure: Bool {
            let s = text.unicodeScalars
            guard let han = s.firstIndex(where: { (0x4E00...0x9FFF).contains($0.value) }) else { return false }
            return s[han...].contains { $0.isASCII && $0.properties.numericType != nil }
        }
        /// Wholly in brackets: "（2月15日至23日）".
        var isBracketed: Bool { (first == "(" || first == "（") && (last == ")" || last == "）") }
        /// Ends on a figure ("同比上升41.7%", "…4218.6"), not on words ("占入境外国人", "较2019年同期").
        var endsWithFigure: Bool { last.map { $0 == "%" || $0 == "％" || ($0.isASCII && $0.properties.numericType != nil) } ?? false }
        var startsWithChineseChange: Bool { words.changeLeads.contains { text.unicodeScalars.starts(with: $0.unicodeScalars) } }
        var startsHan: Bool { first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false }
        /// Opens as a caption's label may: a Chinese word, an opening quote (“猎狐”行动…), or a number
        /// written against a word that is no unit (12367服务平台…).
        var opensChineseLabel: Bool {
            if startsHan { return true }
            guard let f = first else { return false }
            if "\"“‘「『".unicodeScalars.contains(f) { return true }
            guard firstIsDigit, let w = text.unicodeScalars.first(where: { !($0.isASCII && $0.properties.numericType != nil) }) else { return false }
            return (0x4E00...0x9FFF).contains(w.value) && !words.unitStarts.contains(w) && !"年月日号时".unicodeScalars.contains(w)
        }

        /// "内地居民", "12367服务平台受理来电", "抓获外逃“蛇头”": a short line of Chinese words that is no
        /// figure's line, no change's and no sentence (it ends on no mark of a sentence, clause or list).
        var isChineseLabelLine: Bool {
            // (Counting a long line's scalars costs: a label is short in bytes too.)
            let s = text.unicodeScalars
            guard text.utf8.count <= 120, let l = last, s.count <= 30, !isChineseFigure, !startsWithChineseChange,
                  !"。.！!？?：:；;，,、".unicodeScalars.contains(l), l.properties.numericType == nil else { return false }
            return s.contains { (0x4E00...0x9FFF).contains($0.value) }
        }

        /// "📌 出入境人员", "✅ 3月单月", "■ Documents": a short line of words opened by a bullet sign,
        /// ending without a mark.
        var isBulletHeading: Bool {
            let s = text.unicodeScalars
            guard let f = first, let l = last, !f.isASCII, !f.properties.isAlphabetic, f.properties.numericType == nil,
                  f.properties.isEmoji || "■□●○◆◇▶►★☆•·▪".unicodeScalars.contains(f),
                  s.count <= 30, !".!?。！？:：;；,，".unicodeScalars.contains(l) else { return false }
            return s.contains { $0.properties.isAlphabetic }
        }

        /// "186.0 million", "2.3 billion": a figure and a scale word (`scales`) alone on their line.
        var isScaledFigure: Bool {
            guard firstIsDigit, let space = text.firstIndex(of: " ") else { return false }
            let figure = text[..<space], rest = text[text.index(after: space)...].lowercased()
            return figure.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") } && words.scaleWords.contains(rest)
        }

        /// "1.86亿人次", "1012万架(列、艘、辆)次", "8600余起", "99.52%": a figure and its unit alone on
        /// their line, no date ("2026年", "3月").
        var isChineseFigure: Bool {
            // "约74.2万人次", "超过1万起": a qualifier may open it.
            // (Compared scalar by scalar: String's hasPrefix normalises, and every line asks.)
            let lead = words.figureLeads.first { text.unicodeScalars.starts(with: $0.unicodeScalars) }
            let s = text.unicodeScalars.dropFirst(lead?.unicodeScalars.count ?? 0)
            guard let f = s.first, f.isASCII, f.properties.numericType != nil else { return false }
            let rest = s.drop { $0.isASCII && ($0.properties.numericType != nil || $0 == "," || $0 == ".") }
            guard let u = rest.first, s[s.index(before: rest.startIndex)] != ".", rest.count <= 12 else { return false }
            if u == "%" { return rest.count == 1 }
            guard words.unitStarts.contains(u), !"年月日号时".unicodeScalars.contains(u) else { return false }
            return !rest.contains { ($0.isASCII && $0.properties.numericType != nil) || " ，,。；：:".unicodeScalars.contains($0) }
        }

        /// "187.6m", "¥480m", "99.47%", "21,600": a figure alone on its line.
        var isFigureOnly: Bool {
            let s = text.unicodeScalars.drop { LineJoiner.currencySigns.contains($0) }
            guard let f = s.first, f.isASCII, f.properties.numericType != nil else { return false }
            let rest = s.drop { $0.isASCII && ($0.properties.numericType != nil || $0 == "," || $0 == ".") }
            return rest.isEmpty || (rest.count == 1 && rest.first == "%") || (rest.count <= 2 && rest.allSatisfy { $0.isASCII && $0.properties.isAlphabetic })
        }

        /// "▲ 14.2% y/y", "▼3.1%": an arrow and the change of the figure on the line before.
        var startsWithChange: Bool {
            let s = text.unicodeScalars
            guard let f = s.first, words.arrows.contains(f) else { return false }
            let rest = s.dropFirst().drop { $0 == " " }
            return rest.first.map { $0.isASCII && $0.properties.numericType != nil } ?? false
        }

        /// "… of which 4", "… a total of 9.6": a short figure after a space ends the line, no year.
        var endsWithCutFigure: Bool {
            let bytes = text.utf8
            let word = bytes.reversed().prefix { $0 != 0x20 }
            guard word.count < bytes.count, let l = word.first, l >= 48 && l <= 57 else { return false }
            let digits = word.filter { $0 >= 48 && $0 <= 57 }.count
            guard word.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 0x2E }), digits == word.count || digits == word.count - 1, digits <= 3 else { return false }
            // "Enquiries and services (million): 130": the value after a row's label and colon is whole.
            let before = bytes.reversed().dropFirst(word.count).drop { $0 == 0x20 }.first
            return before != UInt8(ascii: ":")
        }

        /// "... air-": a word broken by a hyphen at the end of the line.
        var endsHyphenated: Bool {
            guard text.utf8.count >= 3, last == "-" else { return false }
            let s = text.unicodeScalars
            let before = s[s.index(before: s.index(before: s.endIndex))]
            return before.isASCII && before.properties.isLowercase
        }

        /// Stops where no sentence stops: after a word, figure or comma, not after . ! ? : ; or a
        /// closing bracket. Only Latin text: Chinese lines are left as they are.
        var isOpen: Bool {
            guard let l = last, l.isASCII else { return false }
            guard endsHyphenated || endsClosing || l.properties.isAlphabetic || l.properties.numericType != nil || l == "," || l == "%" else { return false }
            return !isTableLike && !isPageNumber
        }

        /// A bracket or quote closed after a word ("national (border)", "the \"Menglie\""): open,
        /// but continued only in lower case.
        var endsClosing: Bool {
            guard let l = last, l == ")" || l == "\"" || l == "'" else { return false }
            let s = text.unicodeScalars
            guard text.utf8.count >= 2 else { return false }
            let before = s[s.index(before: s.index(before: s.endIndex))]
            return before.isASCII && (before.properties.isAlphabetic || before.properties.numericType != nil)
        }

        /// "16 January 2024", "3 Feb. 2025": a date under a title.
        var startsWithDayOfMonth: Bool {
            let parts = text.prefix(20).split(separator: " ", maxSplits: 2)
            guard parts.count >= 2, (1...2).contains(parts[0].count), parts[0].allSatisfy(\.isNumber) else { return false }
            let month = parts[1].lowercased().prefix { $0.isLetter }
            return month.count >= 3 && words.monthNames.contains { $0.hasPrefix(month) }
        }

        /// "2020-01-05 15:32", "15:32": a dateline, not a sentence's continuation.
        var startsWithDateOrTime: Bool {
            let s = Array(text.unicodeScalars.prefix(5))
            let digits = s.prefix { $0.properties.numericType != nil }.count
            return (digits == 4 && s.count == 5 && s[4] == "-") || ((1...2).contains(digits) && digits < s.count && s[digits] == ":")
        }

        /// "… the May Day holiday (1–4" / "May), when …": a bracket opened and not closed on the line.
        var leavesBracketOpen: Bool {
            var depth = 0
            for b in text.utf8 { if b == 0x28 { depth += 1 } else if b == 0x29, depth > 0 { depth -= 1 } }
            return depth > 0
        }

        /// Ends with a comma or a word no sentence ends with ("Macao and").
        var endsOpen: Bool {
            if last == "," { return true }
            // The last word, in ASCII letters (every open word is one), after a space.
            let bytes = text.utf8
            let letters = bytes.reversed().prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.count
            guard letters > 0, letters < bytes.count, bytes.dropLast(letters).last == 0x20 else { return false }
            return words.openWords.contains(String(decoding: bytes.suffix(letters), as: UTF8.self).lowercased())
        }

        /// Column gaps, dot leaders, bars or dashes between cells: a row of a table.
        var isTableLike: Bool {
            var spaces = 0, dots = 0, dashes = 0
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for b in text.utf8 {
                if b == UInt8(ascii: "|") { return true }
                spaces = b == 0x20 ? spaces + 1 : 0
                dots = b == UInt8(ascii: ".") ? dots + 1 : 0
                if spaces == 2 || dots == 4 { return true }
                // " - " between cells, twice
                if b == 0x20, previous == UInt8(ascii: "-"), beforePrevious == 0x20 { dashes += 1; if dashes == 2 { return true } }
                beforePrevious = previous; previous = b
            }
            return isCommaSeparated
        }

        /// A spreadsheet's comma-separated row (`CommaSeparatedRow`).
        var isCommaSeparated: Bool { CommaSeparatedRow.holds(text) }

        /// A running header's page number: its first or last word, of one to three digits, apart
        /// from words ("NIA ANNUAL REPORT 2023      11", "12   Annual Report").
        var hasPageNumberAtEdge: Bool {
            let words = text.split(separator: " ")
            guard words.count > 1, words.contains(where: { $0.contains { $0.isLetter } }) else { return false }
            return [words.first!, words.last!].contains { w in (1...3).contains(w.count) && w.allSatisfy { $0.isASCII && $0.isNumber } }
        }

        /// A header printed once, right after a page's number: it ends with its own "Page 2" apart from
        /// its words ("NIA Press Release · First Half      Page 2").
        var endsWithPageLabel: Bool {
            let words = text.split(separator: " ")
            guard words.count > 2, let last = words.last, (1...3).contains(last.count), last.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            return words[words.count - 2].lowercased() == "page"
        }

        /// "- 2 -", "2", "Page 2", "Page 2 of 5", "2/5", "— 12 —", "– 3 –".
        var isPageNumber: Bool {
            guard text.utf8.count <= 20 else { return false }
            var t = text
            t = t.drop { $0 == "-" || $0 == "—" || $0 == "–" || $0 == " " }
            while let l = t.last, l == "-" || l == "—" || l == "–" || l == " " { t = t.dropLast() }
            if t.lowercased().hasPrefix("page") { t = t.dropFirst(4).drop { $0 == " " } }
            let digits = t.prefix { $0.isASCII && $0.isNumber }
            guard (1...3).contains(digits.count) else { return false }
            var rest = t.dropFirst(digits.count).drop { $0 == " " }
            if rest.isEmpty { return true }
            if rest.lowercased().hasPrefix("of") { rest = rest.dropFirst(2) } else if rest.first == "/" { rest = rest.dropFirst() } else { return false }
            rest = rest.drop { $0 == " " }
            return (1...3).contains(rest.count) && rest.allSatisfy { $0.isASCII && $0.isNumber }
        }

        /// "1. ", "2) ", "(3)", "a) ", "II. ", "- ", "• ": an item of a list starts a line of its own.
        var isListItem: Bool {
            let s = Array(text.unicodeScalars.prefix(8))
            guard let c = s.first else { return false }
            if "-*•·▪●○■□◆–—".unicodeScalars.contains(c) { return true }
            var k = c == "(" ? 1 : 0
            let start = k
            while k < s.count, s[k].properties.numericType != nil || "IVXLivx".unicodeScalars.contains(s[k]) { k += 1 }
            if k == start, k < s.count, s[k].properties.isAlphabetic { k += 1 }
            guard k > start, k - start <= 4, k < s.count else { return false }
            if c == "(" { return s[k] == ")" }
            return (s[k] == "." || s[k] == ")") && (k + 1 == s.count || s[k + 1] == " ")
        }

        /// "HOST: ...", "REPORTER (Reuters): ...": a speaker's name before a colon.
        var isSpeakerTurn: Bool {
            guard let colon = text.prefix(40).firstIndex(of: ":"), colon > text.startIndex else { return false }
            let name = text[..<colon]
            return name.split(separator: " ").count <= 4 && name.allSatisfy { $0.isLetter || $0 == " " || $0 == "(" || $0 == ")" || $0 == "." || $0 == "'" }
                && name.first?.isUppercase == true
        }
    }
}

/// The grammar's words the line joiner needs (`Pipeline/grammar.json`, read by `IngestGrammar`),
/// so that a unit or arrow the extractor learns is joined on as well.
public struct LineWords: Sendable {
    /// Arrows an infographic writes a change with (`changeArrows`): "▲ 14.2% y/y" on the line
    /// after a figure is that figure's change.
    public var arrows: Set<Unicode.Scalar>
    /// The first characters of Chinese scales, counters, units and the qualifiers written after a
    /// figure (亿人次, 万本, 吨, 起, 余): a line starting with one goes with the figure above it.
    public var unitStarts: Set<Unicode.Scalar>
    /// How a Chinese change opens (同比, 较上年, 环比, 上升): the line goes with the unit above it.
    public var changeLeads: [String]
    /// The qualifiers a Chinese figure may open with (`approx`, `atLeast`: 约, 超过): "约74.2万人次" alone
    /// on its line is an infographic's figure as "74.2万人次" is.
    public var figureLeads: [String]
    /// Words a sentence cannot end with (`lineOpenWords`: "and", "of", "the"): a line ending with
    /// one continues on the next line.
    public var openWords: Set<String>
    /// Words that head hyphenated compounds (`compoundHeads`: "cross-border", "visa-free"): broken
    /// after one, a word keeps its hyphen, unless what follows is only a suffix
    /// (`compoundSuffixes`: "cross-ings").
    public var compoundHeads: Set<String>
    public var compoundSuffixes: Set<String>
    /// Month names and their short forms (`months`): "16 January 2024" under a title is a date.
    public var monthNames: [String]
    /// Scale words written after a figure (`scales`: "million", "bn"), lowercased: "186.0 million"
    /// alone on its line is an infographic's figure.
    public var scaleWords: Set<String>

    public init(arrows: Set<Unicode.Scalar> = [], unitStarts: Set<Unicode.Scalar> = [], changeLeads: [String] = [], figureLeads: [String] = [],
                openWords: Set<String> = [], compoundHeads: Set<String> = [], compoundSuffixes: Set<String> = [], monthNames: [String] = [],
                scaleWords: Set<String> = []) {
        self.scaleWords = scaleWords
        self.arrows = arrows; self.unitStarts = unitStarts; self.changeLeads = changeLeads; self.figureLeads = figureLeads
        self.openWords = openWords; self.compoundHeads = compoundHeads; self.compoundSuffixes = compoundSuffixes; self.monthNames = monthNames
    }
}
