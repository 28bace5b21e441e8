import Foundation

/// Collects scalars as UTF-8 bytes: much faster than appending to a `String.UnicodeScalarView`.
public struct ScalarWriter {
    public private(set) var bytes: [UInt8] = []
    public init(capacity: Int) { bytes.reserveCapacity(capacity) }

    @inline(__always) public mutating func appendASCII(_ b: UInt8) { bytes.append(b) }

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
        var count = 0
        for k in range {
            let v = scalars[k].value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        // Written straight into the string's storage: no intermediate array.
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for k in range {
                let v = scalars[k].value
                if v < 0x80 { buffer[i] = UInt8(v); i += 1 }
                else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | (v >> 6)); buffer[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | (v >> 12)); buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | (v >> 18)); buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }
}

extension Unicode.Scalar {
    /// A CJK ideograph (basic block, extension A, compatibility ideographs): the script of Chinese releases.
    @inlinable public var isHan: Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
    }

    /// `properties.isAlphabetic`; see `CJKMarks`.
    @inlinable public var isAlphabetic: Bool {
        if let i = CJKMarks.index(value) { return CJKMarks.alphabetic[i] }
        return properties.isAlphabetic
    }

    /// `properties.isWhitespace`; see `CJKMarks`.
    @inlinable public var isWhitespace: Bool {
        if let i = CJKMarks.index(value) { return CJKMarks.whitespace[i] }
        return properties.isWhitespace
    }
}

/// The Unicode properties of the CJK symbols and punctuation and of the half- and full-width
/// forms (U+3000–U+303F, U+FF00–U+FFEF), looked up once: Chinese text has such a mark every
/// few characters, and a property lookup costs hundreds of instructions.
public enum CJKMarks {
    @inlinable static func index(_ v: UInt32) -> Int? {
        if v >= 0x3000 && v < 0x3040 { return Int(v - 0x3000) }
        if v >= 0xFF00 && v < 0xFFF0 { return Int(v - 0xFF00) + 0x40 }
        return nil
    }

    @usableFromInline static let scalars = (0x3000..<0x3040).map { Unicode.Scalar($0)! } + (0xFF00..<0xFFF0).map { Unicode.Scalar($0)! }
    @usableFromInline static let alphabetic = scalars.map(\.properties.isAlphabetic)
    @usableFromInline static let whitespace = scalars.map(\.properties.isWhitespace)
}

extension String {
    /// Whether `other`'s UTF-8 bytes occur in this string's: the stages compare normalised text, and
    /// Foundation's `contains` goes through CFString on Linux, many times slower.
    public func containsUTF8(_ other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard let first = y.first else { return true }
                guard y.count <= x.count else { return false }
                for i in 0...(x.count - y.count) where x[i] == first {
                    if memcmp(x.baseAddress! + i, y.baseAddress!, y.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// The scalars of the string as an array, decoded straight from its UTF-8 bytes: the stages
    /// index a release's text by scalar offset, and `Array(unicodeScalars)` counts, then copies.
    public var scalarArray: [Unicode.Scalar] {
        var copy = self
        return copy.withUTF8 { b in
            // Written in place (a scalar takes at least a byte): `append` checked uniqueness and
            // capacity per scalar.
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0
                while i < b.count {
                    let (v, n) = decodeUTF8(b, at: i)
                    out[count] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    count += 1; i += n
                }
            }
        }
    }
}

/// The scalar that starts at `i` in valid UTF-8, and its length in bytes.
@inline(__always) public func decodeUTF8(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let b0 = UInt32(b[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2) }
    if b0 < 0xF0 { return (((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3) }
    return (((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6) | (UInt32(b[i + 3]) & 0x3F), 4)
}
