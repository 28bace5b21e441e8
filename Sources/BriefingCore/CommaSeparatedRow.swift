/// "metric,period,value,unit,yoy", "Ordinary passports issued,2026,2784.5,10k,6.7": a
/// spreadsheet's comma-separated row, as ingest keeps it a line of its own and extract reads its
/// cells: three commas or more, none followed by a space, two or more not between two digits (a
/// number's thousands separators stand between digits). A cell in double quotes holds its commas
/// (RFC 4180). A label cell indented by spaces ("V02,  aircraft,万架次,8.6,-41.7") is no prose: a
/// few commas followed by a space stand among four or more, twice as many, not followed by one.
public enum CommaSeparatedRow {
    /// The places of the row's commas in `text`, or nil for a line that is no such row.
    public static func commas(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Int]? {
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
        var commas: [Int] = [], lettered = 0, quoted = false, spaced = 0
        for k in range {
            // A cell in double quotes ("6,07.8", "Hong Kong, Macao and Taiwan") holds its commas.
            if text[k] == "\"" { quoted.toggle(); continue }
            guard text[k] == ",", !quoted else { continue }
            if k + 1 < range.upperBound, text[k + 1].properties.isWhitespace { spaced += 1 }
            commas.append(k)
            if !(k > range.lowerBound && isDigit(text[k - 1]) && k + 1 < range.upperBound && isDigit(text[k + 1])) { lettered += 1 }
            else if !groupsThousands(text, comma: k, range) { lettered += 1 }
        }
        let unspaced = lettered - spaced
        return commas.count >= 3 && lettered >= 2 && (spaced == 0 || unspaced >= 4 && spaced * 2 <= unspaced) ? commas : nil
    }

    /// Whether a comma between digits could separate thousands: three digits after it, and no
    /// more than three before it back to the figure's start or the comma before ("9,638,000").
    /// "2019,31270000,28400000": cells of a row of numbers, not one figure.
    static func groupsThousands(_ text: [Unicode.Scalar], comma k: Int, _ range: Range<Int>) -> Bool {
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
        var a = k + 1
        while a < range.upperBound, isDigit(text[a]) { a += 1 }
        var b = k
        while b > range.lowerBound, isDigit(text[b - 1]) { b -= 1 }
        return a - (k + 1) == 3 && k - b <= 3
    }

    /// Whether `line` is such a row.
    public static func holds(_ line: some StringProtocol) -> Bool {
        let s = Array(line.unicodeScalars)
        return commas(s, 0..<s.count) != nil
    }
}
