/// Years written in Chinese digits (二〇二三年, 二零二四年): ingest and extract read them as the
/// years 2023 and 2024, four digits for four characters, so text offsets stay as they are.
public enum ChineseYear {
    /// The value of a Chinese digit (〇 零 一 二 … 九), or nil.
    @inlinable public static func digit(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x3007, 0x96F6, 0x25CB, 0x25EF: return 0   // 〇 零, and the circles ○ ◯ typed in its place
        case 0x4E00: return 1               // 一
        case 0x4E8C: return 2               // 二
        case 0x4E09: return 3               // 三
        case 0x56DB: return 4               // 四
        case 0x4E94: return 5               // 五
        case 0x516D: return 6               // 六
        case 0x4E03: return 7               // 七
        case 0x516B: return 8               // 八
        case 0x4E5D: return 9               // 九
        default: return nil
        }
    }

    /// "2023" when `s[i..<i+4]` are four Chinese digits followed by 年 (and no digit stands just
    /// before them), else nil.
    @inlinable public static func digits(_ s: [Unicode.Scalar], at i: Int, end: Int) -> String? {
        guard digit(s[i].value) != nil, i + 4 < end, s[i + 4] == "年", i == 0 || digit(s[i - 1].value) == nil else { return nil }
        var out = ""
        for k in i..<(i + 4) {
            guard let d = digit(s[k].value) else { return nil }
            out.unicodeScalars.append(Unicode.Scalar(48 + d)!)
        }
        return out
    }

    /// The text with every such year in Arabic digits.
    public static func arabic(_ text: String) -> String {
        guard text.unicodeScalars.contains("年") else { return text }
        var s = text.scalarArray
        var changed = false
        var i = 0
        while i < s.count {
            if let y = digits(s, at: i, end: s.count) {
                for (k, d) in y.unicodeScalars.enumerated() { s[i + k] = d }
                changed = true; i += 4
            } else {
                i += 1
            }
        }
        return changed ? ScalarWriter.string(s, 0..<s.count) : text
    }
}
