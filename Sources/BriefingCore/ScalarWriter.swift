/// Collects scalars as UTF-8 bytes: much faster than appending to a `String.UnicodeScalarView`.
public struct ScalarWriter {
    public private(set) var bytes: [UInt8] = []
    public init(capacity: Int) { bytes.reserveCapacity(capacity) }

    @inline(__always) public mutating func append(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x80 { bytes.append(UInt8(v)); return }
        if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F))); return
        }
        if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F))); return
        }
        bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The text of `scalars[range]`.
    public static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var w = ScalarWriter(capacity: range.count)
        for k in range { w.append(scalars[k]) }
        return w.string
    }
}
