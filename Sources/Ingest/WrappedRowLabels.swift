/// Mends a fixed-width table copied from a PDF whose row labels wrap over several lines:
///
///     Permits and endorsements issued to
///     mainland residents for travel to and          71.95 million (+10.2%)
///     from Hong Kong, Macao and Taiwan
///
/// becomes one row, "Permits and endorsements issued to mainland residents for travel to and from
/// Hong Kong, Macao and Taiwan   71.95 million (+10.2%)", so that the whole label names the figure.
///
/// A row is a line with words, a column gap (two spaces or more) and a cell opening on a digit or a
/// currency sign. A fragment is a line of words with no such cell, between rows of one block (lines
/// without a blank line or a rule between them), indented at least as far as the row it joins.
/// Where a PDF puts the figure (on the label's first, middle or last line) varies, so which row a
/// fragment belongs to is read from the words, as a reader does: a fragment ending on a word that
/// cannot end a label ("issued to", `openWords`) or a comma continues into the row below; one
/// opening in lower case or in a bracket, or after a row ending on such a word, continues the row
/// above; so does any other fragment after a row whose label was itself continued from above.
/// Anything else (a heading between rows, a sentence) is left alone.
enum WrappedRowLabels {
    static func mend(_ text: String, openWords: Set<String>) -> String {
        // Most texts hold no column gap before a figure: returned as they are, unread.
        guard hasGapBeforeFigure(text) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Line($0) }
        guard lines.contains(where: { $0.cell != nil }) else { return text }
        var changed = false
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count, !lines[end].breaksBlock { end += 1 }
            if end - start > 1, mendBlock(&lines, start..<end, openWords: openWords) { changed = true }
            start = end + 1
        }
        guard changed else { return text }
        return lines.compactMap(\.written).joined(separator: "\n")
    }

    /// Whether two spaces or more stand right before a digit somewhere, read on the UTF-8 bytes (a
    /// currency sign is no ASCII byte: "  ¥", "  €", "  ￥" are looked for by their lead bytes).
    static func hasGapBeforeFigure(_ text: String) -> Bool {
        func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            var spaces = 0
            for c in b {
                if c == 0x20 { spaces += 1; continue }
                if spaces >= 2, (c >= 0x30 && c <= 0x39) || c == 0x24 || c == 0xC2 || c == 0xE2 || c == 0xEF { return true }
                spaces = 0
            }
            return false
        }
        var copy = text
        return copy.withUTF8(scan)
    }

    /// One block's fragments joined to their rows; true when any was.
    private static func mendBlock(_ lines: inout [Line], _ block: Range<Int>, openWords: Set<String>) -> Bool {
        let rows = block.filter { lines[$0].cell != nil }
        // Only a table of one figure column: one of several columns is read by where its cells stand,
        // which a row rewritten with a longer label would move (its wrapped labels are read there).
        // So is a table with a column of words beside its labels ("Criminal cases …   cases   20,216").
        guard rows.count >= 2, !rows.contains(where: { lines[$0].hasSecondColumn || lines[$0].label.contains("  ") }) else { return false }
        var before: [Int: [Int]] = [:], after: [Int: [Int]] = [:]   // row → the fragments joined before / after its label
        var pending: [Int] = []   // fragments waiting for the row below
        var previousRow: Int?
        for i in block {
            let line = lines[i]
            if line.cell != nil {
                if !pending.isEmpty {
                    if pending.allSatisfy({ lines[$0].indent >= line.indent }) { before[i] = pending }
                    pending = []
                }
                previousRow = i
                continue
            }
            guard line.isFragment else { pending = []; previousRow = nil; continue }
            if !pending.isEmpty { pending.append(i); continue }
            let continuesDown = line.endsOpen(openWords) && rows.contains { $0 > i }
            if let p = previousRow, !continuesDown, line.indent >= lines[p].indent,
               line.opensLower || lines[p].endsOpen(openWords) || before[p] != nil || after[p] != nil {
                after[p, default: []].append(i)
            } else if continuesDown {
                pending = [i]
            } else {
                previousRow = nil
            }
        }
        guard !before.isEmpty || !after.isEmpty else { return false }
        for row in Set(before.keys).union(after.keys) {
            let pieces = (before[row] ?? []).map { lines[$0].label } + [lines[row].label] + (after[row] ?? []).map { lines[$0].label }
            let first = before[row]?.first.map { lines[$0] } ?? lines[row]
            lines[row].written = String(repeating: " ", count: first.indent) + pieces.joined(separator: " ") + "    " + (lines[row].cell ?? "")
            for f in (before[row] ?? []) + (after[row] ?? []) { lines[f].written = nil }
        }
        return true
    }

    private struct Line {
        /// The line as it will be written; nil once joined to its row.
        var written: String?
        let indent: Int
        /// The words before the column gap (a row's) or the whole line's (a fragment's), trimmed.
        let label: String
        /// A row's cell: from the first digit (or currency sign) after a column gap.
        let cell: String?
        let isBlank: Bool
        let isRule: Bool

        init(_ s: Substring) {
            written = String(s)
            let scalars = Array(s.unicodeScalars)
            indent = scalars.prefix { $0 == " " }.count
            let trimmed = s.trimmingSpaces
            isBlank = trimmed.isEmpty
            // "------", "______", "======", "- 1 -": rules and page numbers end a block.
            isRule = !trimmed.isEmpty && trimmed.unicodeScalars.allSatisfy { "-_=–—·. ".unicodeScalars.contains($0) || ("0"..."9").contains($0) }
            var cellStart: Int?
            var k = indent
            while k + 2 < scalars.count {
                if scalars[k] == " ", scalars[k + 1] == " " {
                    var j = k
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                    if j < scalars.count, Line.opensCell(scalars[j]) { cellStart = j; break }
                    k = j
                } else { k += 1 }
            }
            if let c = cellStart, scalars[indent..<c].contains(where: { $0.properties.isAlphabetic }) {
                cell = String(String.UnicodeScalarView(scalars[c...])).trimmingSpaces
                label = String(String.UnicodeScalarView(scalars[indent..<c])).trimmingSpaces
            } else {
                cell = nil
                label = trimmed
            }
        }

        /// A cell holding another column gap before a digit ("2,135     10.3", "thousand   645,700").
        var hasSecondColumn: Bool {
            guard let cell else { return false }
            let c = Array(cell.unicodeScalars)
            return c.indices.dropFirst().contains { k in c[k - 1] == " " && c[k] == " " && k + 1 < c.count && c[k + 1] != " " && Line.opensCell(c[k + 1]) }
        }
        var breaksBlock: Bool { isBlank || isRule }
        /// Words with no cell, no sentence's end and no heading's colon: a piece of a label.
        var isFragment: Bool {
            guard cell == nil, !isBlank, !isRule, label.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                  let last = label.unicodeScalars.last else { return false }
            return !".:;!?。：；".unicodeScalars.contains(last) && !label.contains("  ")
        }
        var opensLower: Bool {
            guard let first = label.unicodeScalars.first else { return false }
            return first.properties.isLowercase || first == "("
        }
        /// The label ends on a comma or a word that cannot end one ("issued to", "Macao and").
        func endsOpen(_ openWords: Set<String>) -> Bool {
            if label.hasSuffix(",") { return true }
            guard let last = label.split(separator: " ").last else { return false }
            return openWords.contains(last.lowercased())
        }

        static func opensCell(_ s: Unicode.Scalar) -> Bool {
            ("0"..."9").contains(s) || "¥$€£￥".unicodeScalars.contains(s)
        }
    }
}

private extension StringProtocol {
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        guard let a = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }), let b = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(String.UnicodeScalarView(scalars[a...b]))
    }
}
