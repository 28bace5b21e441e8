/// Reads a page set in two columns of prose, as a PDF's text comes out with its layout kept
/// ("… immi-      17.64 million ordinary passports in the"): each printed line holds a line of the
/// left column, a gap of spaces, and a line of the right one. Read in order, every sentence would
/// alternate between the two. A run of such lines, the right column starting at one place, is
/// written as its left column, a blank line, then its right column.
///
/// Only prose is split: both sides of most lines must hold several words, each line at most one
/// gap, the right side starting at the same place (a table's rows have several gaps, or figures on
/// their right). Lines of the run with text on one side only (a column's last line, a heading
/// above the right column) keep to their side; a blank line is blank in both.
public enum TwoColumnText {
    /// At least this many lines with text in both columns make a two-column run.
    static let minimumPairedLines = 4
    /// A gap between columns is this many spaces at least.
    static let minimumGap = 3
    /// The right column starts this far into the line at least.
    static let minimumRightStart = 25
    /// Words on each side of a paired line, on average, for the run to be prose.
    static let minimumWordsPerSide = 3

    private enum Row {
        case blank
        case paired(leftEnd: Int, rightStart: Int)
        case leftOnly
        case rightOnly(rightStart: Int)
        case other
    }

    public static func split(_ text: String) -> String {
        // Most texts have no line with a wide gap inside it: one pass over the bytes decides.
        guard hasInnerGap(text) else { return text }
        let lines = LineJoiner.splitLines(text).map { Array($0.unicodeScalars) }
        let rows = lines.map(row)
        var out: [[Unicode.Scalar]] = []
        var changed = false
        var i = 0
        while i < lines.count {
            if let end = runEnd(from: i, rows, lines) {
                var left: [[Unicode.Scalar]] = [], rightColumn: [[Unicode.Scalar]] = []
                for k in i..<end {
                    let l = lines[k]
                    switch rows[k] {
                    case .blank: left.append([]); rightColumn.append([])
                    case let .paired(leftEnd, rightStart): left.append(Array(l[..<leftEnd])); rightColumn.append(Array(l[rightStart...]))
                    case .leftOnly: left.append(trimmedEnd(l))
                    case let .rightOnly(rightStart): rightColumn.append(Array(l[rightStart...]))
                    case .other: break
                    }
                }
                out += left + [[]] + rightColumn
                changed = true
                i = end
            } else {
                out.append(lines[i])
                i += 1
            }
        }
        guard changed else { return text }
        var s = String.UnicodeScalarView()
        for (k, l) in out.enumerated() {
            if k > 0 { s.append("\n") }
            s.append(contentsOf: l)
        }
        return String(s)
    }

    /// Whether some line holds `minimumGap` spaces between two non-spaces.
    private static func hasInnerGap(_ text: String) -> Bool {
        var spaces = 0, sawText = false
        for b in text.utf8 {
            if b == 0x0A { spaces = 0; sawText = false }
            else if b == 0x20 { spaces += 1 }
            else {
                if sawText, spaces >= minimumGap { return true }
                sawText = true; spaces = 0
            }
        }
        return false
    }

    private static func row(_ l: [Unicode.Scalar]) -> Row {
        guard let first = l.firstIndex(where: { $0 != " " }) else { return .blank }
        if l.contains("\t") { return .other }
        var gaps: [(start: Int, end: Int)] = []
        var k = first
        while k < l.count {
            if l[k] == " " {
                var e = k
                while e < l.count, l[e] == " " { e += 1 }
                if e < l.count, e - k >= minimumGap { gaps.append((k, e)) }
                k = e
            } else { k += 1 }
        }
        switch gaps.count {
        case 0: return first >= minimumRightStart ? .rightOnly(rightStart: first) : .leftOnly
        case 1: return first >= minimumRightStart ? .other : .paired(leftEnd: gaps[0].start, rightStart: gaps[0].end)
        default: return .other
        }
    }

    /// Where the run of two-column lines starting at `i` ends, if one starts there.
    private static func runEnd(from i: Int, _ rows: [Row], _ lines: [[Unicode.Scalar]]) -> Int? {
        guard case let .paired(_, start) = rows[i], start >= minimumRightStart else { return nil }
        func fits(_ s: Int) -> Bool { abs(s - start) <= 2 }
        var k = i, lastText = i, paired = 0, leftWords = 0, rightWords = 0
        while k < lines.count {
            switch rows[k] {
            case .blank: break
            case let .paired(leftEnd, rightStart):
                guard fits(rightStart) else { break }
                paired += 1; lastText = k
                leftWords += words(lines[k][..<leftEnd]); rightWords += words(lines[k][rightStart...])
                k += 1; continue
            case .leftOnly:
                guard lines[k].count < start else { break }
                lastText = k; k += 1; continue
            case let .rightOnly(rightStart):
                guard fits(rightStart) else { break }
                lastText = k; k += 1; continue
            case .other: break
            }
            // A blank line inside the run is blank in both columns; one the columns do not go on
            // after (a footer follows) ends it.
            if case .blank = rows[k] {
                var n = k + 1
                while n < rows.count, case .blank = rows[n] { n += 1 }
                if n < rows.count, case let .paired(_, rightStart) = rows[n], fits(rightStart) { k = n; continue }
            }
            break
        }
        guard paired >= minimumPairedLines, leftWords >= paired * minimumWordsPerSide, rightWords >= paired * minimumWordsPerSide else { return nil }
        return lastText + 1
    }

    /// The words of a side: runs of letters.
    private static func words(_ s: ArraySlice<Unicode.Scalar>) -> Int {
        var n = 0, inWord = false
        for c in s {
            let letter = c.properties.isAlphabetic
            if letter, !inWord { n += 1 }
            inWord = letter
        }
        return n
    }

    private static func trimmedEnd(_ l: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var e = l.count
        while e > 0, l[e - 1] == " " { e -= 1 }
        return Array(l[..<e])
    }
}
