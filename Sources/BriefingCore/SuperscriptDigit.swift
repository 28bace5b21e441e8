/// Superscript digits ("¹", "²³", "⁴"): footnote marks that ingest (a mark ending a sentence) and
/// extract (a mark that is no figure, a note line's key) both read; the one table of them.
public enum SuperscriptDigit {
    /// The digit a superscript digit stands for ("¹" 1, "²" 2, "³" 3, "⁰" 0, "⁴"…"⁹" 4…9), nil for
    /// any other scalar.
    @inlinable public static func value(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        // Every scalar of a sentence with figures is asked: ASCII answers with one comparison.
        guard v >= 0xB2 else { return nil }
        switch v {
        case 0xB2, 0xB3: return Unicode.Scalar(UInt8(v - 0xB2 + 0x32))
        case 0xB9: return "1"
        case 0x2070, 0x2074...0x2079: return Unicode.Scalar(UInt8(v - 0x2070 + 0x30))
        default: return nil
        }
    }
}
