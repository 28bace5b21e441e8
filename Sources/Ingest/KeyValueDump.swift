import Foundation

/// A record pasted as a program stored it (a JSON-like dump: `"persons_total": {"value": 457030000,
/// "unit": "person-trips", "yoy": "+40.6%"}`), read as the table it is: each nested object's key a
/// heading line, each record whose fields give a value a row ("Persons total: 457030000
/// person-trips, +40.6% year on year"). The field names come from the grammar (`recordFields`), so
/// a dump that names its fields otherwise is one edit. Lines of the dump that give no value (ids,
/// timestamps, a period's bounds) are dropped: their numbers are no figures. Text outside a dump,
/// and a dump of fewer than two records, stay as they are.
public enum KeyValueDump {
    /// The field names a record's value, unit, change and qualifier are stored under.
    public struct Fields: Sendable, Decodable {
        public var value: [String]
        public var unit: [String]?
        /// Year-on-year changes ("yoy": "+40.6%").
        public var change: [String]?
        /// The qualifier wording ("q": "more than").
        public var qualifier: [String]?
        /// The words the row writes after a change, saying what it is against.
        public var changeSuffix: String?

        public init(value: [String], unit: [String]? = nil, change: [String]? = nil, qualifier: [String]? = nil, changeSuffix: String? = nil) {
            self.value = value; self.unit = unit; self.change = change; self.qualifier = qualifier; self.changeSuffix = changeSuffix
        }
    }

    /// The text with each dump in it rewritten as heading lines and rows; the text itself when none.
    public static func rewrite(_ text: String, fields: Fields?) -> String {
        // (A byte scan first: almost no release holds a brace at all.)
        var bytes = text
        guard let fields, bytes.withUTF8({ $0.contains(0x7B) }), text.contains("{\"") || text.contains("{\n") else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [Substring] = []
        var i = 0
        var changed = false
        while i < lines.count {
            // A dump opens on a line that is only a brace.
            guard lines[i].trimmingCharacters(in: .whitespaces) == "{" else { out.append(lines[i]); i += 1; continue }
            var depth = 0, end = i
            repeat { depth += braceBalance(lines[end]); end += 1 } while end < lines.count && depth > 0
            let block = lines[i..<end]
            let rows = block.compactMap { line -> String? in record(line, fields: fields) }
            guard depth == 0, rows.count >= 2 else { out.append(contentsOf: block); i = end; continue }
            var rewritten: [Substring] = [""]
            for line in block.dropFirst() {
                let t = line.trimmingCharacters(in: .whitespaces)
                if let row = record(line, fields: fields) {
                    rewritten.append(Substring(row))
                } else if t.hasSuffix("{"), let key = leadingKey(Substring(t)) {
                    rewritten.append(contentsOf: ["", Substring(words(key))])
                } else if t.hasPrefix("}") {
                    if rewritten.last != "" { rewritten.append("") }
                }
            }
            if rewritten.last != "" { rewritten.append("") }
            out.append(contentsOf: rewritten)
            changed = true
            i = end
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// Opening minus closing braces of a line, those inside quoted strings not counted.
    static func braceBalance(_ line: Substring) -> Int {
        var n = 0, quoted = false, escaped = false
        for c in line.unicodeScalars {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "\"" { quoted.toggle() } else if !quoted {
                if c == "{" || c == "[" { n += 1 } else if c == "}" || c == "]" { n -= 1 }
            }
        }
        return n
    }

    /// The quoted key opening a line (`"inspections": {`), nil when it opens on none.
    static func leadingKey(_ t: Substring) -> String? {
        guard t.hasPrefix("\""), let close = t.dropFirst().firstIndex(of: "\"") else { return nil }
        let rest = t[t.index(after: close)...].drop { $0 == " " }
        guard rest.hasPrefix(":") else { return nil }
        return String(t[t.index(after: t.startIndex)..<close])
    }

    /// A key as words: "persons_total" is "Persons total", "hotline-calls" "Hotline calls".
    static func words(_ key: String) -> String {
        let spaced = String(key.map { $0 == "_" ? " " : $0 })
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// The row a record line writes (`"key": {"value": 26000, "unit": "cases", "q": "more than"}`
    /// is "Key: more than 26000 cases"), nil for a line that is no record with a numeric value.
    static func record(_ line: Substring, fields: Fields) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard let key = leadingKey(Substring(t)), let open = t.firstIndex(of: "{"), let close = t.lastIndex(of: "}"), open < close else { return nil }
        let pairs = flatPairs(t[t.index(after: open)..<close])
        func field(_ names: [String]?) -> String? {
            guard let names else { return nil }
            return pairs.first { p in names.contains { $0.caseInsensitiveCompare(p.key) == .orderedSame } }?.value
        }
        guard let value = field(fields.value), value.first.map({ $0.isNumber || $0 == "-" }) == true,
              value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "," }) else { return nil }
        var row = words(key) + ": "
        if let q = field(fields.qualifier), !q.isEmpty { row += q + " " }
        row += value
        if let unit = field(fields.unit), !unit.isEmpty { row += unit == "%" ? "%" : " " + unit }
        if let change = field(fields.change), change.contains(where: \.isNumber) {
            row += ", " + change + (fields.changeSuffix.map { " " + $0 } ?? "")
        }
        return row + "."
    }

    /// The `"key": value` pairs of a flat object's inside, unquoted; null values are dropped.
    static func flatPairs(_ s: Substring) -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        var rest = s[...]
        while let q = rest.firstIndex(of: "\"") {
            rest = rest[rest.index(after: q)...]
            guard let kEnd = rest.firstIndex(of: "\"") else { break }
            let key = String(rest[..<kEnd])
            rest = rest[rest.index(after: kEnd)...].drop { $0 == " " }
            guard rest.hasPrefix(":") else { continue }
            rest = rest.dropFirst().drop { $0 == " " }
            let value: String
            if rest.hasPrefix("\"") {
                rest = rest.dropFirst()
                guard let vEnd = rest.firstIndex(of: "\"") else { break }
                value = String(rest[..<vEnd])
                rest = rest[rest.index(after: vEnd)...]
            } else {
                let vEnd = rest.firstIndex { $0 == "," || $0 == "}" } ?? rest.endIndex
                value = rest[..<vEnd].trimmingCharacters(in: .whitespaces)
                rest = rest[vEnd...]
            }
            if value != "null" { pairs.append((key, value)) }
            rest = rest.drop { $0 == "," || $0 == " " }
        }
        return pairs
    }
}
