/// What is left of a web page in a release copied from a browser's source view or a CMS export:
/// character references (&nbsp;, &#8220;, &#x4E07;) and tags (<b>610</b> million, <br>, <p>).
/// A reference stands for its character; a tag is dropped, and one that breaks a line (p, br,
/// div, li, tr, h1…) becomes a line end, one that parts table cells (td, th) a column gap.
/// Only well-formed references and tags of HTML's own names count: "<5%" or "R&D" stay text.
enum HTMLMarkup {
    enum Tag { case inline, lineBreak, cell }

    /// The scalar a character reference at `i` (on its "&") stands for, and the bytes it takes.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int)? {
        var k = i + 1
        let limit = min(bytes.count, i + 12)
        while k < limit, bytes[k] != 0x3B { // ;
            let b = bytes[k]
            guard isLetter(b) || isDigit(b) || b == 0x23 else { return nil }   // #
            k += 1
        }
        guard k < limit, k > i + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<k]), as: UTF8.self)
        let scalar: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst())
        } else {
            scalar = named[name]
        }
        guard let v = scalar, v > 0, Unicode.Scalar(v) != nil else { return nil }
        return (v, k + 1 - i)
    }

    /// The kind of the tag at `i` (on its "<") and the bytes it takes, comments included.
    static func tag(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (tag: Tag, length: Int)? {
        var k = i + 1
        if bytes[k...].starts(with: "!--".utf8) {
            var e = k + 3
            while e + 2 < bytes.count, !(bytes[e] == 0x2D && bytes[e + 1] == 0x2D && bytes[e + 2] == 0x3E) { e += 1 }
            return e + 2 < bytes.count ? (.inline, e + 3 - i) : nil
        }
        if k < bytes.count, bytes[k] == 0x2F { k += 1 }   // </p>
        let nameStart = k
        while k < bytes.count, isLetter(bytes[k]) || (k > nameStart && isDigit(bytes[k])) { k += 1 }
        guard k > nameStart, k < bytes.count else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<k]), as: UTF8.self).lowercased()
        guard let kind = tags[name] else { return nil }
        // Attributes up to the closing ">", on the same line.
        let after = bytes[k]
        guard after == 0x3E || after == 0x20 || after == 0x2F || after == 0x09 else { return nil }
        let limit = min(bytes.count, i + 400)
        while k < limit, bytes[k] != 0x3E {
            if bytes[k] == 0x0A || bytes[k] == 0x3C { return nil }
            k += 1
        }
        return k < limit ? (kind, k + 1 - i) : nil
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static let tags: [String: Tag] = {
        var t: [String: Tag] = [:]
        for n in ["b", "strong", "i", "em", "u", "span", "a", "font", "sup", "sub", "small", "big", "mark", "abbr",
                  "code", "img", "label", "time", "s", "strike", "ins", "del", "cite", "q", "tbody", "thead", "tfoot",
                  "colgroup", "col", "o"] { t[n] = .inline }
        for n in ["p", "br", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
                  "section", "article", "header", "footer", "blockquote", "pre", "figure", "figcaption", "caption",
                  "nav", "center", "dl", "dt", "dd", "main", "aside", "html", "body", "head", "title"] { t[n] = .lineBreak }
        for n in ["td", "th"] { t[n] = .cell }
        return t
    }()

    private static let named: [String: UInt32] = [
        "nbsp": 0xA0, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
        "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019, "bdquo": 0x201E,
        "mdash": 0x2014, "ndash": 0x2013, "hellip": 0x2026, "middot": 0xB7, "bull": 0x2022,
        "times": 0xD7, "divide": 0xF7, "plusmn": 0xB1, "deg": 0xB0, "yen": 0xA5, "euro": 0x20AC,
        "pound": 0xA3, "cent": 0xA2, "sect": 0xA7, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122,
        "permil": 0x2030, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "shy": 0xAD, "laquo": 0xAB, "raquo": 0xBB,
    ]
}
