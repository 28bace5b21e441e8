import Foundation

/// A table a Chinese page lays out with one ideographic space between its cells ("季度　出入境人员　同比（%）"
/// over "一季度　16350.0　15.8"). The normaliser writes U+3000 as one space, which would join the cells
/// into a line of prose; a tab, which it writes as two spaces, keeps them apart as a table's columns.
enum IdeographicTable {
    /// The raw text with the ideographic spaces between the cells of such a table written as tabs,
    /// nil when it has none. Its lines are two or more in a row of as many cells each, three or more,
    /// one of them with a digit: a title or dateline ("人民公安报　2020年1月9日　第3版") alone on its
    /// line, a speaker's label ("【主持人　…　江澄】") or a headline keep their spaces.
    static func cellsParted(_ raw: String) -> String? {
        // (UTF-8 of U+3000: most releases have none and are passed over in one scan of their bytes.)
        guard raw.utf8.withContiguousStorageIfAvailable({ Self.holdsIdeographicSpace($0) }) ?? raw.unicodeScalars.contains("\u{3000}")
        else { return nil }
        var lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let counts = lines.map(Self.cellCount)
        var changed = false
        var start = 0
        while start < lines.count {
            var end = start + 1
            while end < lines.count, counts[end] == counts[start] { end += 1 }
            if counts[start] >= 3, end - start >= 2,
               lines[start..<end].contains(where: { $0.contains { ("0"..."9").contains($0) || (0xFF10...0xFF19).contains($0.value) } }) {
                for k in start..<end { lines[k] = Self.parted(lines[k]) }
                changed = true
            }
            start = end
        }
        guard changed else { return nil }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    private static func holdsIdeographicSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return true }
            i += 1
        }
        return false
    }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    /// The trimmed line's cells parted by single ideographic spaces; 0 for a line without one, or
    /// with a wider gap (a table laid out to its columns' widths, whose runs of spaces part its cells
    /// as they are, and may hold a label's own single space: "其中：12月　出入境人员　　1861.4").
    private static func cellCount(_ line: [Unicode.Scalar]) -> Int {
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else { return 0 }
        var cells = 1
        for k in first...last where line[k] == "\u{3000}" {
            if line[k + 1] == "\u{3000}" || line[k + 1] == " " || line[k - 1] == " " { return 0 }
            cells += 1
        }
        return cells
    }

    /// The line with each ideographic space between its cells written as a tab; its indentation stays.
    private static func parted(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else { return line }
        var out = Array(line[..<first])
        var k = first
        while k <= last {
            out.append(line[k] == "\u{3000}" ? "\t" : line[k]); k += 1
        }
        out += line[(last + 1)...]
        return out
    }
}
