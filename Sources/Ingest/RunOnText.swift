import Foundation

/// A translation whose sentence punctuation was lost in conversion: "… throughout the year the
/// immigration authorities inspected 127.8 million …", "… 9.268 million motor vehiclesthe
/// immigration authorities issued …". Read as one sentence, such a paragraph lends every figure the
/// periods and verbs of all the others. In a long line with no clause or sentence mark at all, the breaks
/// that the grammar's `lostSentenceBreaks` find are put back as full stops, the next word
/// capitalised, and the lost commas of `lostClauseBreaks` as commas. Lines that keep their
/// punctuation are never touched.
public enum RunOnText {
    /// Regular expressions (ICU, matched ignoring case) whose two groups are the text before a lost
    /// sentence break and the text that opens the next sentence: a word glued to the end of another
    /// ("(vehicles)(the) immigration"), a clause reopened by its subject and verb
    /// ("(year) (the immigration authorities inspected)").
    /// `clauses` (`lostClauseBreaks`): the same for the lost commas between clauses, put back as
    /// commas ("(people) (down 45.2%)", "(residents)(59.2 million)").
    public struct Breaks: Sendable {
        let patterns: [NSRegularExpression]
        let clauses: [NSRegularExpression]
        public init(_ patterns: [NSRegularExpression] = [], clauses: [NSRegularExpression] = []) { self.patterns = patterns; self.clauses = clauses }
    }

    /// A line this long, in words, with no clause or sentence mark, has lost its punctuation.
    static let runOnWords = 40

    /// The text with the lost sentence breaks of its run-on lines put back; nil when none was.
    public static func repunctuate(_ text: String, breaks: Breaks) -> String? {
        guard !breaks.patterns.isEmpty || !breaks.clauses.isEmpty, mayHoldRunOn(text) else { return nil }
        var changed = false
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if isRunOn(line), let mended = mend(String(line), breaks) { lines.append(mended); changed = true } else { lines.append(String(line)) }
        }
        return changed ? lines.joined(separator: "\n") : nil
    }

    /// Whether some line of the text is run on, in one pass over its bytes: most texts have none,
    /// and splitting them into lines costs more than the pass.
    static func mayHoldRunOn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { holdsRunOnLine($0) }
    }

    /// Many words and not one clause or sentence mark (",", ";", ".", "!", "?") followed by a space:
    /// a long sentence of a release that kept its punctuation has commas at least.
    static func isRunOn(_ line: Substring) -> Bool { holdsRunOnLine(line.utf8) }

    /// Whether a line of `bytes` (lines parted by line feeds) is run on, as `isRunOn` says.
    private static func holdsRunOnLine<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var words = 0, marked = false, previous: UInt8 = 0x20
        for c in bytes {
            if c == 0x0A {
                if !marked && words >= runOnWords { return true }
                words = 0; marked = false
            } else if c == 0x20, !marked {
                // , ; . ! ? before the space: the line keeps its punctuation.
                if previous == 0x2C || previous == 0x3B || previous == 0x2E || previous == 0x21 || previous == 0x3F { marked = true }
                else if previous != 0x20 { words += 1 }
            }
            previous = c
        }
        return !marked && words >= runOnWords
    }

    private static func mend(_ line: String, _ breaks: Breaks) -> String? {
        let ns = line as NSString
        var cuts: [(at: Int, next: Int, sentence: Bool)] = []   // UTF-16 offsets: where the first group ends, where the second starts
        for (re, sentence) in breaks.patterns.map({ ($0, true) }) + breaks.clauses.map({ ($0, false) }) {
            for m in re.matches(in: line, range: NSRange(location: 0, length: ns.length)) where m.numberOfRanges >= 3 {
                let a = m.range(at: 1), b = m.range(at: 2)
                guard a.location != NSNotFound, b.location != NSNotFound, a.length > 0, b.length > 0 else { continue }
                cuts.append((a.location + a.length, b.location, sentence))
            }
        }
        guard !cuts.isEmpty else { return nil }
        var out = "", from = 0
        // A sentence break before a clause break at the same place.
        for cut in cuts.sorted(by: { ($0.at, $0.sentence ? 0 : 1) < ($1.at, $1.sentence ? 0 : 1) }) where cut.at >= from {
            // Two breaks in one word ("vehicles|the| immigration authorities issued"): the first only.
            if from > 0, !ns.substring(with: NSRange(location: from, length: cut.at - from)).contains(" ") { continue }
            out += ns.substring(with: NSRange(location: from, length: cut.at - from)) + (cut.sentence ? ". " : ", ")
            let first = ns.substring(with: NSRange(location: cut.next, length: 1))
            out += cut.sentence ? first.uppercased() : first
            from = cut.next + 1
        }
        out += ns.substring(from: from)
        return out
    }
}
