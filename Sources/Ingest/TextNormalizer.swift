import BriefingCore
import Foundation

/// Plain, comparable text: no BOM, LF line ends, straight quotes, ASCII dashes and spaces,
/// half-width digits, percent signs, brackets and letters, NFC.
public enum TextNormalizer {
    public static func normalize(_ raw: String) -> String {
        var out = ScalarWriter(capacity: raw.utf8.count)
        // NFC only matters where combining marks occur; skip the costly pass otherwise.
        let needsNFC = raw.unicodeScalars.contains { $0.value >= 0x300 && $0.value <= 0x36F || (0x1100...0x11FF).contains($0.value) || (0x3099...0x309A).contains($0.value) }
        var scalars = (needsNFC ? raw.precomposedStringWithCanonicalMapping : raw).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var previousCR = false
        for s in scalars {
            if previousCR { previousCR = false; if s == "\n" { continue } }
            switch s.value {
            case 0x0D: out.append("\n"); previousCR = true
            case 0x2018, 0x2019, 0x201A, 0x2032: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x2033: out.append("\"")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: out.append("-")
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            case 0xFF10...0xFF19: out.append(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)   // full-width digits
            case 0xFF05, 0xFE6A: out.append("%")
            case 0xFF0E: out.append(".")   // full-width full stop inside figures: ５．８亿
            // Full-width brackets, letters and signs of Chinese text become ASCII, so that
            // 国（边）境 and 国(边)境, ＡＢＣ and ABC read alike. The Chinese clause and sentence
            // marks (，；：。！？、) stay: they are what Chinese sentences split on.
            case 0xFF08: out.append("(")
            case 0xFF09: out.append(")")
            case 0xFF0B: out.append("+")
            case 0xFF0D: out.append("-")
            case 0xFF0F: out.append("/")
            case 0xFF5E, 0x301C: out.append("~")
            case 0xFF21...0xFF3A, 0xFF41...0xFF5A: out.append(Unicode.Scalar(s.value - 0xFF21 + 0x41)!)
            case 0x2028, 0x2029, 0x0085: out.append("\n")
            case 0x09: out.append(" ")
            default: out.append(s)
            }
        }
        return out.string
    }
}
