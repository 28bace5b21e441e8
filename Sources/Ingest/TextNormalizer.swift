import BriefingCore
import Foundation

/// Plain, comparable text: no BOM, LF line ends, straight quotes, ASCII dashes and spaces,
/// half-width digits, percent signs, brackets and letters, NFC, and simplified characters for
/// traditional ones (one for one) when given a table.
public enum TextNormalizer {
    public static func normalize(_ raw: String, traditional: TraditionalCharacters = .none) -> String {
        normalizeCounting(raw, traditional: traditional).text
    }

    /// The normalised text and how many traditional characters became simplified ones.
    public static func normalizeCounting(_ raw: String, traditional: TraditionalCharacters) -> (text: String, converted: Int) {
        let raw = IdeographicTable.cellsParted(raw) ?? raw
        if let r = normalizeBytes(raw, allowCombining: false, traditional: traditional) { return r }
        // Combining marks: compose them first (NFC), a costly pass most releases never need.
        return normalizeBytes(raw.precomposedStringWithCanonicalMapping, allowCombining: true, traditional: traditional)!
    }

    /// Works on the UTF-8 bytes: ASCII (most of an English release) is copied as it is; other
    /// scalars are decoded, mapped and re-encoded. Returns nil on a combining mark when
    /// `allowCombining` is false.
    private static func normalizeBytes(_ raw: String, allowCombining: Bool,
                                       traditional: TraditionalCharacters) -> (text: String, converted: Int)? {
        var text = raw
        return text.withUTF8 { bytes -> (text: String, converted: Int)? in
            var out = ScalarWriter(capacity: bytes.count)
            var converted = 0
            var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    switch b {
                    case 0x0D:
                        out.append("\n")
                        if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                    case 0x09: out.append(" "); out.append(" ")   // two spaces: a tab still parts a table's columns
                    // Markdown bold, "**1.27亿**人次": the markers would part a figure from its unit.
                    case 0x2A where i + 1 < bytes.count && bytes[i + 1] == 0x2A:
                        while i + 1 < bytes.count, bytes[i + 1] == 0x2A { i += 1 }
                    // A web page's markup: "<b>610</b> million", "76.3&nbsp;million".
                    case 0x3C where i + 1 < bytes.count:
                        guard let (tag, length) = HTMLMarkup.tag(bytes, at: i) else { out.appendASCII(b); break }
                        switch tag {
                        case .inline: break
                        case .lineBreak: out.append("\n")
                        case .cell: out.append(" "); out.append(" ")
                        }
                        i += length
                        continue
                    case 0x26:
                        guard let (v, length) = HTMLMarkup.reference(bytes, at: i) else { out.appendASCII(b); break }
                        i += length
                        if v < 0x80 { out.appendASCII(UInt8(v)); continue }
                        if v == 0xAD { continue }
                        if let m = mapped(v) { out.append(Unicode.Scalar(m) ?? "\u{FFFD}") }
                        continue
                    default: out.appendASCII(b)
                    }
                    i += 1
                    continue
                }
                let (v, length) = decodeUTF8(bytes, at: i)
                i += length
                if !allowCombining, isCombining(v) { return nil }
                // A soft hyphen is invisible, except where a line breaks at it ("air\u{AD}\ncraft"):
                // there it is the hyphen the line joiner mends.
                if v == 0xAD {
                    if i < bytes.count, bytes[i] == 0x0A || bytes[i] == 0x0D { out.append("-") }
                    continue
                }
                // "１，２３４．５万": a full-width comma between a digit and a group of three digits
                // separates thousands; elsewhere it is the Chinese clause comma and stays.
                if v == 0xFF0C, let last = out.bytes.last, (0x30...0x39).contains(last), Self.threeDigitsFollow(bytes, at: i) {
                    out.appendASCII(0x2C)
                    continue
                }
                // "ﬁrst", "ﬂights": a PDF's ligature is its letters.
                if (0xFB00...0xFB06).contains(v) {
                    for l in Self.ligatures[Int(v - 0xFB00)].unicodeScalars { out.append(l) }
                    continue
                }
                if let s = traditional.simplified(v) {
                    converted += 1
                    out.append(Unicode.Scalar(s) ?? "\u{FFFD}")
                } else if let m = mapped(v) { out.append(Unicode.Scalar(m) ?? "\u{FFFD}") }
            }
            return (out.string, converted)
        }
    }

    /// The letters of the Latin ligatures U+FB00…U+FB06.
    private static let ligatures = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"]

    /// The text of an English release with the Chinese clause and sentence marks (，、；：。！？)
    /// written as the English ones, a space after each where a word or figure follows at once;
    /// a mark whose nearest letter before is a Chinese character (a name or line quoted in Chinese,
    /// "同比上升43.9%！") stays. Nil when none changed.
    public static func latinClauseMarks(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { latinMark($0.value) != nil }) else { return nil }
        var out = String.UnicodeScalarView()
        var changed = false, chinese = false
        var i = scalars.startIndex
        while i != scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            defer { i = next }
            // Most of a text is ASCII: its letters are told apart without Unicode's property tables.
            if c.isASCII ? isASCIILetter(c.value) : c.properties.isAlphabetic { chinese = c.isHan }
            guard let m = latinMark(c.value), !chinese else { out.append(c); continue }
            changed = true
            out.append(m)
            if next != scalars.endIndex {
                let n = scalars[next]
                if (n.isASCII ? isASCIILetter(n.value) : n.properties.isAlphabetic) || ("0"..."9").contains(n) || n == "(" { out.append(" ") }
            }
        }
        return changed ? String(out) : nil
    }

    /// The English mark for a Chinese clause mark (，、；：。！？), else nil.
    private static func latinMark(_ v: UInt32) -> Unicode.Scalar? {
        switch v {
        case 0xFF0C, 0x3001: return ","
        case 0xFF1B: return ";"
        case 0xFF1A: return ":"
        case 0x3002: return "."
        case 0xFF01: return "!"
        case 0xFF1F: return "?"
        default: return nil
        }
    }

    private static func isASCIILetter(_ v: UInt32) -> Bool { (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }

    /// Exactly three digits (ASCII or full-width) from byte `i`, then no digit.
    private static func threeDigitsFollow(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var k = i
        for n in 0...3 {
            guard k < bytes.count else { return n == 3 }
            let (v, length) = decodeUTF8(bytes, at: k)
            let digit = (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v)
            if digit != (n < 3) { return false }
            k += length
        }
        return true
    }

    private static func isCombining(_ v: UInt32) -> Bool {
        (0x300...0x36F).contains(v) || (0x1100...0x11FF).contains(v) || (0x3099...0x309A).contains(v)
    }

    /// The replacement of a non-ASCII scalar, or nil to drop it.
    private static func mapped(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x2018, 0x2019, 0x201A, 0x2032: return 0x27            // '
        case 0x201C, 0x201D, 0x201E, 0x2033: return 0x22            // "
        case 0x300C, 0x300D, 0x300E, 0x300F: return 0x22            // 「」『』, the quotation marks of Hong Kong and Taiwan
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return 0x2D   // -
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20          // space
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return nil     // invisible
        case 0xFF10...0xFF19: return v - 0xFF10 + 0x30              // full-width digits
        case 0xFF05, 0xFE6A: return 0x25                            // %
        case 0xFF0E: return 0x2E                                    // full-width full stop inside figures: ５．８亿
        // Full-width brackets, letters and signs of Chinese text become ASCII, so that
        // 国（边）境 and 国(边)境, ＡＢＣ and ABC read alike. The Chinese clause and sentence
        // marks (，；：。！？、) stay: they are what Chinese sentences split on.
        case 0xFF08: return 0x28
        case 0xFF09: return 0x29
        case 0xFF0B: return 0x2B
        case 0xFF0D: return 0x2D
        case 0xFF0F: return 0x2F
        case 0xFF5C: return 0x7C                                    // ｜, the bar of a full-width table's cells
        case 0xFF5E, 0x301C: return 0x7E
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A: return v - 0xFF21 + 0x41
        case 0x2028, 0x2029, 0x0085: return 0x0A
        default: return v
        }
    }
}
