import BriefingCore

/// Mends English text read from a scanned page by OCR (optical character recognition).
///
/// A scan's text confuses the digit 1 with the letter l ("peop1e", "crimina1", "ca11s") and
/// capital I with l ("lMMIGRATION"), and spaces its words unevenly ("authorities  inspected  318
/// million"), which reads as a table's column gaps. Only a text that shows the confusion in
/// several words is mended, and only where no figure can be meant: ones between small letters
/// or ending a word of small letters become l, an l inside a word of capitals becomes I; an l
/// among a figure's digits ("l2,400") stays, for the extractor to doubt. A text that spaces its
/// words by two on several lines has every two spaces next to a small letter made one, on each
/// line that holds such spaces; wider gaps (a heading's columns) stay. A text that types a space
/// after a decimal point, again and again ("30. 41 million", "up 3. 8%"), has its figures written
/// whole. The result is the document text, so quotes point into the mended words.
public enum ScanText {
    /// Fewer misread words than this are typing slips, not a scan: the text is left as it is.
    static let minimumMisreadWords = 3
    /// Fewer lines with two or more words spaced by two than this: the gaps are a table's.
    static let minimumSpacedLines = 3

    public static func mend(_ text: String) -> String {
        var bytes = Array(text.utf8)
        let misread = misreadOnes(bytes)
        let lines = spacedLines(bytes)
        let spaced = lines.filter { $0.gaps >= 2 }.count >= minimumSpacedLines ? lines.map(\.line) : []
        let split = splitDecimals(bytes)
        if split.count >= minimumSplitDecimals {
            // "30. 41 million", "up 3. 8%": a space typed after a decimal point, in a text that does it
            // again and again; the figure is written whole.
            for k in split.reversed() { bytes.remove(at: k) }
            return mend(String(decoding: bytes, as: UTF8.self))
        }
        guard misread.count >= minimumMisreadWords || !spaced.isEmpty else { return text }
        if misread.count >= minimumMisreadWords {
            for k in misread { bytes[k] = UInt8(ascii: "l") }
            mendLetterL(&bytes)
        }
        if !spaced.isEmpty { bytes = collapsingDoubleSpaces(bytes, on: spaced) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Fewer split decimals than this are a sentence ending on a number and the next opening on one.
    static let minimumSplitDecimals = 2

    /// The offsets of the spaces right after a decimal point inside a figure: one to three digits
    /// (after no digit, comma or point, not opening a line), the point, one space, digits, then "%"
    /// or a space and a word.
    static func splitDecimals(_ b: [UInt8]) -> [Int] {
        var out: [Int] = []
        var k = 1
        while k + 3 < b.count {
            defer { k += 1 }
            guard b[k] == UInt8(ascii: "."), b[k + 1] == 0x20, isDigit(b[k - 1]), isDigit(b[k + 2]) else { continue }
            var s = k - 1
            while s > 0, isDigit(b[s - 1]) { s -= 1 }
            guard k - s <= 3, s == 0 || !(isDigit(b[s - 1]) || b[s - 1] == UInt8(ascii: ",") || b[s - 1] == UInt8(ascii: ".")) else { continue }
            // ("1. 697 million" opening a line numbers a list's item.)
            var lineStart = s
            while lineStart > 0, b[lineStart - 1] == 0x20 { lineStart -= 1 }
            if lineStart == 0 || b[lineStart - 1] == 0x0A { continue }
            var e = k + 2
            while e < b.count, isDigit(b[e]) { e += 1 }
            guard e < b.count else { continue }
            if b[e] == UInt8(ascii: "%") || (b[e] == 0x20 && e + 1 < b.count && (isSmall(b[e + 1]) || b[e + 1] == UInt8(ascii: "%"))) { out.append(k + 1) }
        }
        return out
    }

    @inline(__always) static func isSmall(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isCapital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isSmall(b) || isCapital(b) || isDigit(b) }

    /// The offsets of ones read for l: a run of ones after the small letters of a word that
    /// `MisreadOnes` reads as letters ("peop1e", "i11egal", "crimina1", "a11"; not "in2,400",
    /// "up11%"), nor after a capital ("Q1", "H1").
    static func misreadOnes(_ b: [UInt8]) -> [Int] {
        var out: [Int] = []
        var i = 1
        while i < b.count {
            guard b[i] == UInt8(ascii: "1"), isSmall(b[i - 1]) else { i += 1; continue }
            var k = i
            while k < b.count, b[k] == UInt8(ascii: "1") { k += 1 }
            defer { i = k }
            var small = 0
            while i - small - 1 >= 0, isSmall(b[i - small - 1]) { small += 1 }
            // Not letters after a figure's digits ("2nd1").
            if i - small - 1 >= 0, isAlphanumeric(b[i - small - 1]), !isCapital(b[i - small - 1]) { continue }
            if let e = MisreadOnes.end(from: i, smallBefore: small, { $0 < b.count ? UInt32(b[$0]) : nil }) { out.append(contentsOf: i..<e) }
        }
        return out
    }

    /// "lMMIGRATION", "ADMINISTRATlON": an l among capitals is a capital I. (An l among a
    /// figure's digits, "l2,400", is left for the extractor, which doubts the figure.)
    static func mendLetterL(_ b: inout [UInt8]) {
        let l = UInt8(ascii: "l")
        for i in b.indices where b[i] == l {
            let before = i > 0 ? b[i - 1] : 0x20, after = i + 1 < b.count ? b[i + 1] : 0x20
            if isCapital(after), !isSmall(before), i + 2 < b.count, isCapital(b[i + 2]) || isCapital(before) {
                b[i] = UInt8(ascii: "I")
            }
        }
    }

    /// The lines (start and end offsets) with two spaces next to a small letter ("destroyed  236",
    /// "410  criminal"), with how many of those stand between two small letters or a comma and
    /// one ("authorities  inspected", "people ,  up"): words spaced by a scan.
    static func spacedLines(_ b: [UInt8]) -> [(line: Range<Int>, gaps: Int)] {
        var out: [(line: Range<Int>, gaps: Int)] = []
        var start = 0
        var gaps = 0, touching = false
        for i in 0...b.count {
            if i == b.count || b[i] == 0x0A {
                if touching { out.append((start..<i, gaps)) }
                start = i + 1; gaps = 0; touching = false
                continue
            }
            guard i >= 1, i + 2 < b.count, b[i] == 0x20, b[i + 1] == 0x20, b[i + 2] != 0x20, b[i - 1] != 0x20 else { continue }
            let left = isSmall(b[i - 1]) || b[i - 1] == UInt8(ascii: ","), right = isSmall(b[i + 2])
            if left || right { touching = true }
            if left, right { gaps += 1 }
        }
        return out
    }

    /// `lines` with every run of exactly two spaces between two marks made one space.
    static func collapsingDoubleSpaces(_ b: [UInt8], on lines: [Range<Int>]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var next = 0
        for r in lines {
            out.append(contentsOf: b[next..<r.lowerBound])
            var i = r.lowerBound
            while i < r.upperBound {
                if b[i] == 0x20, i + 2 < r.upperBound, b[i + 1] == 0x20, b[i + 2] != 0x20, i > r.lowerBound, b[i - 1] != 0x20 {
                    out.append(0x20); i += 2
                    continue
                }
                out.append(b[i]); i += 1
            }
            next = r.upperBound
        }
        out.append(contentsOf: b[next...])
        return out
    }
}
