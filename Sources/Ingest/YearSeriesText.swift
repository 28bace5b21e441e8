/// Series over years written as a chart or a spreadsheet gives them, rewritten as the table or
/// list the extractor reads.
///
/// A comma-separated block of one row per year, as an open-data page or a spreadsheet export gives
/// it ("year,ordinary_passports_issued,hotline_12367_satisfaction_pct" then "2019,31270000,95.1"),
/// written as the column table it is: cells parted by wide gaps, field names in words
/// ("ordinary passports issued"), an empty cell as "-". Its rows of bare numbers would otherwise
/// read as one malformed figure ("2019,31270000,…"); as a table, each cell is its column's metric
/// in its row's year.
///
/// Only a block whose header opens with a period heading (`periodHeadings`: "year", 年份) and whose
/// every following line, to a blank line, has as many cells with a year in the first and numbers
/// (or nothing) in the rest is rewritten.
public enum YearSeriesText {
    static let gap = "    "

    public static func csvRows(_ text: String, periodHeadings: Set<String>) -> String {
        // (Most texts hold no line opening "year,": one pass over the bytes before any splitting.)
        guard opensLine(text, with: periodHeadings.map { Array(($0 + ",").utf8) }) else { return text }
        var lines = LineJoiner.splitLines(text).map(String.init)
        var changed = false
        var i = 0
        while i < lines.count {
            let head = cells(lines[i])
            guard head.count >= 2, periodHeadings.contains(head[0].lowercased()),
                  head.dropFirst().allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" || $0 == " " || ("0"..."9").contains($0) || $0 == "%" || $0 == "(" || $0 == ")" } })
            else { i += 1; continue }
            var end = i + 1
            while end < lines.count, case let row = cells(lines[end]), row.count == head.count, isYearRow(row) { end += 1 }
            guard end - i >= 3 else { i += 1; continue }
            lines[i] = head.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: gap)
            for k in (i + 1)..<end { lines[k] = cells(lines[k]).map { $0.isEmpty ? "-" : $0 }.joined(separator: gap) }
            changed = true
            i = end
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// Whether a line of `text` opens with one of `heads` (lower-case bytes), ASCII letters compared in any case.
    static func opensLine(_ text: String, with heads: [[UInt8]]) -> Bool {
        guard !heads.isEmpty else { return false }
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i < b.count {
                for h in heads where i + h.count <= b.count {
                    var k = 0
                    while k < h.count, (b[i + k] >= 65 && b[i + k] <= 90 ? b[i + k] + 32 : b[i + k]) == h[k] { k += 1 }
                    if k == h.count { return true }
                }
                // On to the next line.
                while i < b.count, b[i] != 0x0A { i += 1 }
                i += 1
            }
            return false
        }
    }

    /// The comma-separated cells of a line, trimmed.
    private static func cells(_ line: String) -> [String] {
        guard line.contains(",") else { return [] }
        return line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// A year, then numbers or nothing.
    private static func isYearRow(_ row: [String]) -> Bool {
        guard let y = Int(row[0]), (1949...2100).contains(y) else { return false }
        return row.dropFirst().allSatisfy { c in c.isEmpty || c.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "-" } }
    }

    /// A chart's data labels pasted as one line ("2015: 523.6M | 2016: 571.4M | 2017: 597.9M",
    /// "2016年：5.71 | 2017年：5.98 | …"): each label on a line of its own, as a list of years under
    /// the chart's title is read.
    public static func labelRuns(_ text: String) -> String {
        guard MetadataDetector.holds(text, " | ") else { return text }
        var lines = LineJoiner.splitLines(text).map(String.init)
        var changed = false
        for (k, line) in lines.enumerated() where line.contains(" | ") {
            let items = line.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
            guard items.count >= minimumLabels, items.allSatisfy(isYearLabel) else { continue }
            lines[k] = items.joined(separator: "\n")
            changed = true
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// At least this many "year: value" labels make a chart's line.
    static let minimumLabels = 3

    /// "2015: 523.6M", "2016年：5.71": a year, its colon, and a figure.
    private static func isYearLabel(_ item: String) -> Bool {
        let s = Array(item.unicodeScalars)
        guard LineJoiner.opensYearLabel(s), let y = Int(String(String.UnicodeScalarView(s.prefix(4)))), (1949...2100).contains(y) else { return false }
        var k = s[4] == "年" ? 6 : 5   // past the colon
        while k < s.count, s[k] == " " { k += 1 }
        return k < s.count && ("0"..."9").contains(s[k])
    }
}
