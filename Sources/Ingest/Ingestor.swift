import BriefingCore
import Foundation

/// Reads releases: checks the bytes, parses the optional `# key: value` header, normalises the
/// text, splits it into sentences, and detects what the header does not give.
public enum Ingestor {
    /// Every `*.txt` of a folder, in file-name order.
    public static func sourceFiles(in folder: URL) throws -> [URL] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            throw PipelineError(folder.path, "no such folder")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    public static func read(_ file: URL, traditional: TraditionalCharacters = .standard, grammar: IngestGrammar = .standard) throws -> SourceDocument {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw PipelineError(file.path, "cannot read: \(error.localizedDescription)")
        }
        return try document(id: file.lastPathComponent, bytes: [UInt8](data), path: file.path, traditional: traditional, grammar: grammar)
    }

    /// Builds the document from a file's bytes; `path` names the file in errors. Traditional
    /// characters are read as the simplified ones `traditional` maps them to; `grammar` name
    /// the parts of the year a release without a period header may cover.
    public static func document(id: String, bytes: [UInt8], path: String, traditional: TraditionalCharacters = .standard,
                                grammar: IngestGrammar = .standard) throws -> SourceDocument {
        if bytes.isEmpty { throw PipelineError(path, "empty file") }
        if bytes.contains(0) { throw PipelineError(path, "binary file (NUL bytes), not a text release") }
        guard let raw = String(validating: bytes, as: UTF8.self) else {
            throw PipelineError(path, "not UTF-8 text (invalid byte at offset \(firstInvalidUTF8(bytes)))")
        }
        let controls = bytes.lazy.filter { $0 < 32 && $0 != 10 && $0 != 13 && $0 != 9 }.count
        if controls * 100 > bytes.count { throw PipelineError(path, "binary file (control characters), not a text release") }

        let normalized = TextNormalizer.normalizeCounting(raw, traditional: traditional)
        let (header, written) = try Header.split(normalized.text, path: path)
        // Layouts read as text first (columns, a chart's labels, a spreadsheet's rows, a program's
        // dump), then a scan's slips, wrapped table labels and wrapped lines.
        var laidOut = TwoColumnText.split(written)
        laidOut = YearSeriesText.labelRuns(YearSeriesText.csvRows(laidOut, periodHeadings: grammar.periodHeadings))
        laidOut = KeyValueDump.rewrite(laidOut, fields: grammar.records)
        var body = LineJoiner.join(WrappedRowLabels.mend(ScanText.mend(laidOut), openWords: grammar.lines.openWords), words: grammar.lines)
        guard body.contains(where: { $0.isLetter }) else { throw PipelineError(path, "no text after the header") }
        var detector = MetadataDetector(text: body, words: grammar, language: header.language)
        // An English release that kept a Chinese source's clause marks ("up 117.8％ year on year。Among
        // them，mainland residents"): they are the English marks there, and read as such.
        if detector.language == .en, let latin = TextNormalizer.latinClauseMarks(body) {
            body = latin
            detector = MetadataDetector(text: body, words: grammar, language: header.language)
        }
        // A translation whose sentence punctuation was lost: its breaks put back before anything reads sentences.
        if let breaks = grammar.lostBreaks[detector.language], let mended = RunOnText.repunctuate(body, breaks: breaks) {
            body = mended
            detector = MetadataDetector(text: body, words: grammar, language: header.language)
        }
        let language = detector.language
        guard let period = header.period ?? detector.period(language: language, released: header.released) else {
            throw PipelineError(path, "cannot find the period the release covers; add a header line such as \"# period: 2024\"")
        }
        var detected: [String] = []
        if header.language == nil { detected.append("language") }
        if header.period == nil { detected.append("period") }
        var released = header.released
        if released == nil, let r = detector.releaseDate(language: language, period: period) { released = r; detected.append("released") }
        var title = header.title
        if title == nil { title = detector.title; if title != nil { detected.append("title") } }
        let meta = DocumentMetadata(title: title, url: header.url, publisher: header.publisher, language: language,
                                    period: period, released: released, detected: detected,
                                    traditionalCharacters: normalized.converted > 0 ? normalized.converted : nil)
        return SourceDocument(id: id, contentHash: contentFingerprint(bytes), metadata: meta, text: body,
                              sentences: SentenceSplitter.split(body))
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): offset = consumed; consumed += UTF8.width(s)
            case .emptyInput: return consumed
            case .error: return offset == consumed ? consumed : consumed
            }
        }
    }
}

/// The optional `# key: value` header, ended by a blank line.
struct Header {
    var url, publisher, title, released: String?
    var language: Language?
    var period: Period?

    static let keys: Set<String> = ["url", "publisher", "language", "period", "released", "title"]

    /// The lowercased word before the colon of a `#` line, when one single word stands there.
    static func headerKey(of line: Substring) -> String? {
        let content = line.dropFirst().trimmingCharacters(in: .whitespaces)
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = content[..<colon].trimmingCharacters(in: .whitespaces)
        return key.isEmpty || key.contains(" ") ? nil : key.lowercased()
    }

    static func split(_ text: String, path: String) throws -> (Header, String) {
        var h = Header()
        guard text.hasPrefix("#") else { return (h, text) }
        // Only the header lines are looked at (through the UTF-8 view); the body stays one string.
        let utf8 = text.utf8
        var lines: [Substring] = []
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex, utf8[lineStart] == UInt8(ascii: "#") {
            let lineEnd = utf8[lineStart...].firstIndex(of: 10) ?? utf8.endIndex
            lines.append(text[lineStart..<lineEnd])
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        // "# Immigration data, third quarter of 2024": a Markdown heading opening the text is no
        // header. Lines of `#` are one when any of them opens on a key (a word and a colon); an
        // unknown key is then a mistake to report.
        guard lines.contains(where: { headerKey(of: $0) != nil }) else { return (h, text) }
        let blankEnd = utf8[lineStart...].firstIndex(of: 10) ?? utf8.endIndex
        var n = 0
        for line in lines {
            n += 1
            let content = line.dropFirst().trimmingCharacters(in: .whitespaces)
            guard let colon = content.firstIndex(of: ":") else {
                throw PipelineError(path, "header line \(n) is not \"# key: value\"")
            }
            let key = content[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard keys.contains(key) else {
                throw PipelineError(path, "header line \(n): unknown key \"\(key)\" (known: \(keys.sorted().joined(separator: ", ")))")
            }
            if value.isEmpty { continue }
            switch key {
            case "url": h.url = value
            case "publisher": h.publisher = value
            case "title": h.title = value
            case "language":
                guard let l = Language(rawValue: value.lowercased()) else {
                    throw PipelineError(path, "header line \(n): language \"\(value)\" is not en or zh")
                }
                h.language = l
            case "period":
                guard let p = Period(value) else {
                    throw PipelineError(path, "header line \(n): period \"\(value)\" is not like 2024, 2024-Q1, 2024-H1")
                }
                h.period = p
            case "released":
                guard Period.isISODateString(value) else {
                    throw PipelineError(path, "header line \(n): released \"\(value)\" is not a YYYY-MM-DD date")
                }
                h.released = value
            default: break
            }
        }
        if !text[lineStart..<blankEnd].trimmingCharacters(in: .whitespaces).isEmpty {
            throw PipelineError(path, "the header must end with a blank line")
        }
        return (h, blankEnd < utf8.endIndex ? String(text[utf8.index(after: blankEnd)...]) : "")
    }
}

extension Period {
    static func isISODateString(_ s: String) -> Bool { Period("\(s)/\(s)") != nil }
}
