import BriefingCore
import Foundation

/// Finds in a release's own words what its header does not say: language, period, release date, title.
struct MetadataDetector {
    let text: String
    /// The parts of the year each language names.
    let words: IngestGrammar
    /// The header's language, else the one the opening is written in.
    let language: Language
    /// The opening of the release, where the period and date are announced.
    private let head: String
    /// The opening's sentences, title first, lower-cased (English) and parted at full stops and lines.
    private let headSentences: [String]
    /// The release date the opening writes with its year, looked for once: several questions need it.
    private let statedRelease: String?

    init(text: String, words: IngestGrammar, language: Language? = nil) {
        self.text = text
        self.words = words
        // Years in Chinese digits (二〇二三年) read as 2023年.
        head = ChineseYear.arabic(String(text.prefix(6000)))
        self.language = language ?? Language.dominant(in: head.unicodeScalars) ?? .en
        headSentences = Self.sentences(of: Self.spellingPartCodes(head.lowercased()))
        statedRelease = Self.statedReleaseDate(head, patterns: words.dates[self.language]?.stated ?? [], months: words.months[self.language] ?? [:])
    }

    /// "1h25", "2q2024", "9m19": analysts' codes for a part of a year, written as the parts and years
    /// the patterns know ("h1 2025", "q2 2024", "first three quarters of 2019"), as extract's
    /// tokenizer reads them. Only a text with a digit right before h, q or m is searched.
    static func spellingPartCodes(_ text: String) -> String {
        let codeLetters: Set<UInt8> = [UInt8(ascii: "h"), UInt8(ascii: "q"), UInt8(ascii: "m")]
        guard zip(text.utf8, text.utf8.dropFirst()).contains(where: { (48...57).contains($0.0) && codeLetters.contains($0.1) }) else { return text }
        var out = text
        for (pattern, template) in partCodes {
            out = pattern.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
        }
        return out
    }

    private static let partCodes: [(NSRegularExpression, String)] = [
        (try! NSRegularExpression(pattern: #"(?<![\w.,])([12])h(?:20)?(\d\d)(?![\w%])"#), "h$1 20$2"),
        (try! NSRegularExpression(pattern: #"(?<![\w.,])([1-4])q(?:20)?(\d\d)(?![\w%])"#), "q$1 20$2"),
        (try! NSRegularExpression(pattern: #"(?<![\w.,])9m(?:20)?(\d\d)(?![\w%])"#), "first three quarters of 20$1"),
    ]

    /// The text parted at line ends, after each ". " (the space dropped) and after each "。",
    /// empty pieces left out. Bytes, not characters: every release passes here.
    private static func sentences(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [String] = []
            var start = 0, i = 0
            func cut(_ end: Int, next: Int) {
                if end > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = next; i = next
            }
            while i < bytes.count {
                if bytes[i] == 10 { cut(i, next: i + 1) }
                else if bytes[i] == 46, i + 1 < bytes.count, bytes[i + 1] == 32 { cut(i + 1, next: i + 2) }
                else if bytes[i] == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 { cut(i + 3, next: i + 3) }   // 。
                else { i += 1 }
            }
            cut(bytes.count, next: bytes.count)
            return out
        }
    }

    /// Whether `phrase` occurs in `s`, compared byte for byte (Foundation's `contains` is far slower).
    static func holds(_ s: String, _ phrase: String) -> Bool {
        var s = s, phrase = phrase
        return s.withUTF8 { hay in
            phrase.withUTF8 { needle in
                guard let first = needle.first, needle.count <= hay.count else { return needle.isEmpty }
                var i = 0
                while i + needle.count <= hay.count {
                    if hay[i] == first {
                        var k = 1
                        while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The first non-empty line, when it reads like a title; a portal's navigation path above it
    /// ("首页 > 政务公开 > 权威发布", "Home › News") is no title.
    var title: String? {
        // The first four non-empty lines, read from the head only: the text may be megabytes long.
        var lines: ArraySlice<String> = []
        var rest = text[...]
        while lines.count < 4, !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end].trimmingCharacters(in: .whitespaces)
            if !line.isEmpty { lines.append(line) }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        while lines.count > 1, let first = lines.first, Self.isNavigationPath(first) || Self.isDateline(first) { lines.removeFirst() }
        guard let line = lines.first, line.count <= 200 else { return nil }
        return line
    }

    /// A line of short parts joined by " > " (or ＞, ›, »): where a page sits on its site.
    static func isNavigationPath(_ line: String) -> Bool {
        let parts = line.split(whereSeparator: { ">＞›»".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count >= 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 24 && !$0.contains(where: \.isNumber) }
    }

    /// A line opening on a numeric date ("2026-01-15 10:58 Source: …", "2024/07/18 | 来源："): a
    /// portal's date and source line, no title.
    static func isDateline(_ line: String) -> Bool {
        match(#"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"#, line) != nil
    }

    /// `released`: the header's release date, when it gives one (else a dated line of the text).
    func period(language: Language, released: String? = nil) -> Period? {
        let dated = released ?? statedRelease
        let releaseYear = dated.flatMap { Int($0.prefix(4)) }
        if let p = statedPeriod(language: language, released: dated) { return p }
        // A dated release whose title names its part of the year without the year ("China's border traffic
        // slows in Q3") is on that part of the year of its date, whatever years its comparisons name.
        // (A headline of words: a first line that names a year or a figure is the body's own opening.)
        if dated != nil, let t = title, !t.contains(where: { $0 == "%" }), Self.match(#"\d{4}|\d[.,]\d"#, t) == nil,
           namesPartAlone(t.lowercased(), language: language), let p = undatedPart(language: language, released: dated) { return p }
        return evidence(language: language, releaseYear: releaseYear)
            ?? undatedPart(language: language, released: dated)
            ?? window(language: language, releaseYear: releaseYear)
    }

    /// A part of the year named with its year in `sentence`: "the first quarter of 2024", "H1 2025",
    /// 2024年上半年, 2023年前三季度 (the parts of grammar.json, longest first); "January-June 2025",
    /// 2025年1-6月 (a run of months).
    private func datedPart(_ sentence: String, language: Language) -> Period? {
        guard Self.namesYear(sentence) else { return nil }
        let patterns = words.patterns[language]
        // The part written first, not one a change is measured against (较2023年第四季度环比上升):
        // "2024年一季度，…，较2023年第四季度环比上升6.3%" is a release on 2024's first quarter.
        if let template = patterns?.partWithYear {
            var first: (at: Int, period: Period)?
            for part in words.parts[language] ?? [] where Self.holds(sentence, part.phrase.lowercased()) {
                guard let re = Self.regex(Self.around(part, template), [.caseInsensitive]) else { continue }
                for m in re.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) {
                    guard let r = Range(m.range(withName: "y"), in: sentence), let y = Int(sentence[r]), let p = part.period(in: y),
                          !isBase(yearEndingAt: r.upperBound, in: sentence, language: language) else { continue }
                    if m.range.location < first?.at ?? Int.max { first = (m.range.location, p) }
                    break
                }
            }
            if let p = first?.period { return p }
        }
        // "January–June 2025", "1 January 2025 - 30 June 2025", 2025年1-6月: a range of months.
        for pattern in patterns?.monthRanges ?? [] {
            if let f = fields(pattern, sentence, language), let y = f.year, let a = f.month("m1"), let b = f.month("m2") { return PartOfYear.months(a, b, year: y) }
        }
        for pattern in patterns?.singleMonths ?? [] {
            // December's bulletin closes the year and reports the whole of it beside the month.
            if let f = fields(pattern, sentence, language), let y = f.year, let a = f.month("m1"), (1...12).contains(a) { return a == 12 ? Period(year: y) : Period.months(y, a, a) }
        }
        return nil
    }

    /// A part-of-year template (`partWithYear`, `partAlone`) around the part's phrase.
    private static func around(_ part: PartOfYear, _ template: String) -> String {
        template.replacingOccurrences(of: "{part}", with: NSRegularExpression.escapedPattern(for: part.phrase))
    }

    /// The first sentence (title first) that names a period decides: a part of the year with its
    /// year, else the year of a statement of its figures. A part of a year whose figures an earlier
    /// sentence already opened on does not count.
    private func statedPeriod(language: Language, released: String?) -> Period? {
        let releaseYear = released.flatMap { Int($0.prefix(4)) }
        var openedYears = Set<Int>()
        let patterns = words.patterns[language]
        var partNamed = false   // an earlier sentence of a dated release named a part of the year without its year
        for sentence in headSentences {
            defer { if !partNamed, released != nil { partNamed = namesPartAlone(sentence, language: language) } }
            if let y = announcedYear(sentence, patterns: patterns, language: language, releaseYear: releaseYear) { return Period(year: y) }
            if let p = partOfThisYear(sentence, language: language, released: released) { return p }
            // Every pattern below needs a year: most sentences of an opening name none.
            guard Self.namesYear(sentence) else { continue }
            // A forecast ("预计2022年全年…将", "In the first quarter of 2025, … will") names no period of the release.
            if patterns?.forecasts.contains(where: { Self.match($0, sentence) != nil }) == true { continue }
            // ("… its first-quarter numbers: 180.6 million … For reference, … in full-year 2025": a whole
            // year named after the part the release is on is a comparison; the part's year is the release's.)
            // (So is a part of the year that ended long before the release: "… compares with 169.8 million in
            // the third quarter of 2018" in a release of October 2019 on "the July-September quarter".)
            if let p = datedPart(sentence, language: language), !openedYears.contains(p.year),
               !(partNamed && (p.isAnnual || released.map { Self.monthsBetween(p.span.end, $0) > Self.releaseLagMonths } == true)) { return p }
            for pattern in patterns?.statements ?? [] {
                if let y = firstYear(pattern, sentence) { return Period(year: y) }
            }
            for opener in patterns?.openers ?? [] { if let y = firstYear(opener, sentence) { openedYears.insert(y) } }
        }
        return nil
    }

    /// The year of a release that says it gives a whole year's figures ("released its first
    /// full-year statistics"; the `annual` patterns): the year the sentence names with it, else the
    /// title's ("Immigration management in 2018: …"), else the one the evidence points to. The
    /// months a body has worked since its founding ("April-December 2018, since it took office")
    /// are then a part of that year, not the release's period. Not in a plan ("will publish").
    private func announcedYear(_ sentence: String, patterns: IngestGrammar.ReleasePeriodPatterns?, language: Language, releaseYear: Int?) -> Int? {
        guard let list = patterns?.annual, let m = list.lazy.compactMap({ Self.match($0, sentence) }).first,
              patterns?.forecasts.contains(where: { Self.match($0, sentence) != nil }) != true else { return nil }
        // A year in the title that dates the release ("Jan 23, 2019", 2019年1月23日) is not the one reported on.
        let titleYear = title.flatMap { firstYear(#"(?<![\d.])(?<!\d, )(?<!\d )(20\d\d)(?![\d.%/-])(?!年\d{1,2}月)"#, ChineseYear.arabic($0)) }
        return m.compactMap { Int($0) }.first ?? titleYear ?? evidence(language: language, releaseYear: releaseYear)?.year
    }


    /// A release that names its part of the year but not the year ("in the first quarter of this
    /// year", "H1", 今年一季度, 1-3月): that part of the year of its release date, or of the year
    /// before when it was released before the part ended (a fourth-quarter report in January);
    /// without a release date, of the first year its opening names. The first sentence naming
    /// one decides. Only for releases that give no evidence of a year of their own.
    private func undatedPart(language: Language, released: String?) -> Period? {
        // "the full year" without its year says nothing of the part a release covers.
        let parts = (words.parts[language] ?? []).filter { $0.period(in: 2000)?.isAnnual != true }
        let template = words.patterns[language]?.partAlone ?? "{part}"
        var found: ((Int) -> Period?)?
        for sentence in headSentences where found == nil {
            if let part = parts.first(where: { Self.holds(sentence, $0.phrase.lowercased()) && Self.match(Self.around($0, template), sentence) != nil }) {
                found = { part.period(in: $0) }
            } else if let (a, b) = undatedMonths(sentence, language: language) {
                found = { PartOfYear.months(a, b, year: $0) }
            }
        }
        guard let make = found else { return nil }
        if let r = released, let y = Int(r.prefix(4)), let month = Int(r.dropFirst(5).prefix(2)), let part = make(y) {
            return month <= Self.endMonth(of: part) ? make(y - 1) : part
        }
        return (holidayYear(language: language, in: make) ?? firstNamedYear(language: language)).flatMap(make)
    }

    /// Months from one ISO date ("2018-09-30") to another ("2019-10-18"), by calendar month.
    static func monthsBetween(_ a: String, _ b: String) -> Int {
        func months(_ d: String) -> Int { (Int(d.prefix(4)) ?? 0) * 12 + (Int(d.dropFirst(5).prefix(2)) ?? 0) }
        return months(b) - months(a)
    }

    /// A release on a part of the year comes out within this many months of the part's end.
    static let releaseLagMonths = 6

    /// Whether `sentence` names a part of the year (not the whole year) without its year ("first-quarter numbers").
    private func namesPartAlone(_ sentence: String, language: Language) -> Bool {
        let template = words.patterns[language]?.partAlone ?? "{part}"
        return (words.parts[language] ?? []).contains { part in
            part.period(in: 2000)?.isAnnual != true && Self.holds(sentence, part.phrase.lowercased()) && Self.match(Self.around(part, template), sentence) != nil
        }
    }

    /// 今年前三季度, "the first half of this year": a part of the release's own year named in
    /// `sentence` (`partThisYear`), when the release is dated.
    /// (A part not over by the release's day is no release's period: "the first half of the year" in
    /// January's annual release is the year before's.)
    private func partOfThisYear(_ sentence: String, language: Language, released: String?) -> Period? {
        guard let released, let y = Int(released.prefix(4)), let template = words.patterns[language]?.partThisYear else { return nil }
        let parts = (words.parts[language] ?? []).filter { $0.period(in: 2000)?.isAnnual != true }
        guard let p = parts.first(where: { Self.holds(sentence, $0.phrase.lowercased()) && Self.match(Self.around($0, template), sentence) != nil })?.period(in: y),
              p.span.end < released else { return nil }
        return p
    }

    /// The first year the opening names; when it names it as the base of a comparison ("up 3.6
    /// percent on the same months of 2018"), the year after.
    private func firstNamedYear(language: Language) -> Int? {
        guard let re = Self.regex(#"(?<![\d.])(20\d\d)(?![\d%]|\.\d)"#, []),
              let m = re.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)), let r = Range(m.range(at: 1), in: head),
              let year = Int(head[r]) else { return nil }
        return isBase(yearEndingAt: r.upperBound, in: head, language: language) ? year + 1 : year
    }

    /// The year ending at `end` is the base of a comparison ("than 2023", 较2023年).
    private func isBase(yearEndingAt end: String.Index, in text: String, language: Language) -> Bool {
        let lead = String(text[..<end].suffix(Self.baseLeadReach))
        return (words.patterns[language]?.baseYears ?? []).contains { Self.match($0 + "$", lead) != nil }
    }

    /// How many characters before a year the words making it a comparison's base may take.
    private static let baseLeadReach = 48

    /// A release that names no year of its own but dates a holiday ("端午节假期（6月3日至5日）", "the
    /// Spring Festival holiday from January 21 to 27"): the one year of `holidayStarts` whose
    /// holiday began that day inside the release's part of the year (`part`); nil when none or
    /// several do (a forecast's holiday falls after the part).
    private func holidayYear(language: Language, in part: (Int) -> Period?) -> Int? {
        guard let calendar = words.patterns[language]?.holidayStarts, let ranges = words.patterns[language]?.dayRanges else { return nil }
        let body = language == .zh ? text : text.lowercased()
        var years = Set<Int>()
        for (name, starts) in calendar {
            var from = body.startIndex
            while let r = body.range(of: name, range: from..<body.endIndex) {
                from = r.upperBound
                let after = String(body[r.upperBound...].prefix(Self.holidayDatesReach))
                guard let f = ranges.lazy.compactMap({ self.fields($0, after, language) }).first, let m = f.month("m1"), let d = f.number("d1") else { continue }
                let day = String(format: "-%02d-%02d", m, d)
                for start in starts where start.hasSuffix(day) {
                    guard let y = Int(start.prefix(4)), let p = part(y), p.span.start <= start, start <= p.span.end else { continue }
                    years.insert(y)
                }
            }
        }
        return years.count == 1 ? years.first : nil
    }

    /// How many characters after a holiday's name its dates may stand ("假期（", " holiday from ").
    private static let holidayDatesReach = 40

    /// A run of whole months without a year that starts a quarter and ends one: "January-March",
    /// "April to June", 1-3月, 1至6月.
    private func undatedMonths(_ sentence: String, language: Language) -> (Int, Int)? {
        for pattern in words.patterns[language]?.monthRanges ?? [] {
            guard let f = fields(pattern, sentence, language), f.year == nil else { continue }
            guard let a = f.month("m1"), let b = f.month("m2"), a % 3 == 1, b % 3 == 0 else { return nil }
            return (a, b)
        }
        return nil
    }

    /// Otherwise the year the evidence points to, not the first year named ("In 2022, when …
    /// stood at" in a report on 2023): each "in 2023" counts (not "than in 2022", "the same
    /// period in 2019"), and each "last year" counts for the year before a dated release.
    /// (A plan, "In 2025, the administration will …", is no evidence; nor is the base of a
    /// change, 较去年, "than in 2022".) A title naming its year counts too; a date line is no title.
    private func evidence(language: Language, releaseYear: Int?) -> Period? {
        guard let patterns = words.patterns[language] else { return nil }
        // Years in Chinese digits read as years; English patterns are written in lower case.
        let body = language == .zh ? ChineseYear.arabic(text) : text.lowercased()
        var counts: [Int: Int] = [:]
        for pattern in patterns.yearEvidence ?? [] { counts.merge(yearCounts(pattern, body, unless: patterns.forecasts), uniquingKeysWith: +) }
        // A title is one line without a full stop: a short one in Chinese, a headline in English.
        if let t = title, t.count <= (language == .zh ? 40 : 100), !t.contains("。"), !t.contains(". "), t.last != "." {
            let line = ChineseYear.arabic(t)
            for pattern in patterns.titleYearEvidence ?? [] { counts.merge(yearCounts(pattern, line), uniquingKeysWith: +) }
            for pattern in patterns.titleEditionYears ?? [] {
                for (y, n) in yearCounts(pattern, line) { counts[y - 1, default: 0] += n }
            }
        }
        if let r = releaseYear {
            let last = (patterns.lastYear ?? []).reduce(0) { $0 + Self.count($1, body) }
            if last > 0 { counts[r - 1, default: 0] += last }
        }
        return Self.best(counts).map { Period(year: $0) }
    }

    /// The year with most evidence; a tie goes to the later year (earlier ones are comparisons).
    static func best(_ counts: [Int: Int]) -> Int? {
        counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    /// A release on a stretch of the year only ("during the 2023 summer vacation (July 1 to
    /// August 31)", 2023年暑期（7月1日至8月31日）): the first dated window of its opening (the
    /// title and the first sentences after it), in the year named beside it, else the release's
    /// year. Not the window of an operation (a campaign) the release reports on.
    private func window(language: Language, releaseYear: Int?) -> Period? {
        let patterns = words.patterns[language]?.dayRanges ?? []
        let operations = words.patterns[language]?.operations ?? []
        for sentence in headSentences.prefix(Self.openingSentences) where !operations.contains(where: { Self.match($0, sentence) != nil }) {
            let year = firstYear(#"(?<![\d.])(20\d\d)(?![\d.%])"#, sentence) ?? releaseYear
            guard let y = year, let f = patterns.lazy.compactMap({ self.fields($0, sentence, language) }).first,
                  let m1 = f.month("m1"), let d1 = f.number("d1"), let m2 = f.month("m2") ?? (f.has("m2") ? nil : m1), let d2 = f.number("d2"),
                  (1...12).contains(m1), (1...12).contains(m2), (1...31).contains(d1), (1...31).contains(d2), (m1, d1) <= (m2, d2) else { continue }
            return Period.window(String(format: "%04d-%02d-%02d", y, m1, d1), String(format: "%04d-%02d-%02d", y, m2, d2)).canonical
        }
        return nil
    }

    /// How many sentences (title first) make up the opening that names a release's window.
    static let openingSentences = 5

    /// A release date written with its year: "Updated: 2024-01-18 07:26", "Release time:
    /// 2023-09-05", "Date: January 17, 2023", "BEIJING, Jan. 17, 2024 (Xinhua)", 发布时间：2024-01-18.
    private static func statedReleaseDate(_ head: String, patterns: [String], months: [String: Int]) -> String? {
        for pattern in patterns {
            if let f = DateFields(pattern, head, months: months), let y = f.year, let mo = f.month("m"), let d = f.number("d"),
               (1...12).contains(mo), (1...31).contains(d) {
                return String(format: "%04d-%02d-%02d", y, mo, d)
            }
        }
        return nil
    }

    /// The years `pattern` finds in `s`, each as often as found; not one that a forecast
    /// (`unless`: "The NIA expects … in 2025", 预计2025年…) leads to in its sentence.
    private func yearCounts(_ pattern: String, _ s: String, unless forecasts: [String] = []) -> [Int: Int] {
        guard let re = Self.regex(pattern, [.anchorsMatchLines]) else { return [:] }
        var counts: [Int: Int] = [:]
        for m in re.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
            guard let r = Range(m.range(withName: "y"), in: s), let y = Int(s[r]) else { continue }
            if !forecasts.isEmpty {
                let lead = Self.sentenceLead(s, before: r.lowerBound)
                if forecasts.contains(where: { Self.match($0, lead) != nil }) { continue }
            }
            counts[y, default: 0] += 1
        }
        return counts
    }

    /// The words of `s`'s sentence before `end`: back to the last line end, ". " or "。".
    private static func sentenceLead(_ s: String, before end: String.Index) -> String {
        var i = end
        while i > s.startIndex {
            let j = s.index(before: i)
            let c = s[j]
            if c == "\n" || c == "。" || (c == "." && i < s.endIndex && s[i] == " ") { break }
            i = j
        }
        return String(s[i..<end])
    }

    static func count(_ pattern: String, _ s: String) -> Int {
        guard let re = regex(pattern, []) else { return 0 }
        return re.numberOfMatches(in: s, range: NSRange(s.startIndex..., in: s))
    }

    /// "Date: January 17, 2023", "2025年1月14日", or "on January 14" in a release on the year before.
    func releaseDate(language: Language, period: Period) -> String? {
        // A stated date that is not after the period began dates something else.
        func afterStart(_ y: Int) -> Bool { period.isAnnual ? y > period.year : y >= period.year }
        if let d = statedRelease, let y = Int(d.prefix(4)), afterStart(y) { return d }
        for pattern in words.dates[language]?.days ?? [] {
            guard let f = fields(pattern, head, language), let mo = f.month("m"), let d = f.number("d"), (1...12).contains(mo), (1...31).contains(d) else { continue }
            // Without its year: the year after an annual period, or after a part of the year that
            // ends later than the month; else the part's own year ("On July 17" after a first half).
            let y = f.year ?? (period.isAnnual || mo <= Self.endMonth(of: period) ? period.year + 1 : period.year)
            guard afterStart(y) else { continue }
            return String(format: "%04d-%02d-%02d", y, mo, d)
        }
        return nil
    }

    /// Whether `s` holds a year of this century, "20" and two more digits: the patterns that
    /// capture `(20\d\d)` cannot match otherwise, and checking is far cheaper than matching.
    static func namesYear(_ s: String) -> Bool {
        var run = 0, startsTwenty = false
        for b in s.utf8 {
            if b >= 48 && b <= 57 {
                if run == 0 { startsTwenty = b == 50 } else if run == 1, startsTwenty { startsTwenty = b == 48 }
                run += 1
                if run >= 4, startsTwenty { return true }
            } else { run = 0 }
        }
        return false
    }

    /// The last month of a period.
    private static func endMonth(of p: Period) -> Int { Int(p.span.end.dropFirst(5).prefix(2)) ?? 12 }

    private func fields(_ pattern: String, _ s: String, _ language: Language) -> DateFields? {
        DateFields(pattern, s, months: words.months[language] ?? [:])
    }

    private func firstYear(_ pattern: String, _ s: String) -> Int? {
        Self.match(pattern, s).flatMap { $0.compactMap { Int($0) }.first }
    }

    /// The pattern compiled, once per process: a release's opening is matched sentence by sentence
    /// against the same few dozen patterns (one per part of the year), and compiling a pattern costs
    /// far more than matching it.
    static func regex(_ pattern: String, _ options: NSRegularExpression.Options) -> NSRegularExpression? {
        compiled.regex(pattern, options)
    }
    private static let compiled = RegexCache()

    /// Captured groups of the first match (empty strings for groups that did not take part).
    static func match(_ pattern: String, _ s: String) -> [String]? {
        guard let re = regex(pattern, [.caseInsensitive]),
              let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return (1..<m.numberOfRanges).compactMap { Range(m.range(at: $0), in: s).map { String(s[$0]) } }
    }
}

/// The named groups of a date pattern's first match: `y` (year), `m`/`m1`/`m2` (a month, by
/// number or name), `d`/`d1`/`d2` (a day).
struct DateFields {
    private var groups: [String: String] = [:]
    private let months: [String: Int]

    init?(_ pattern: String, _ s: String, months: [String: Int]) {
        guard let re = MetadataDetector.regex(pattern, [.caseInsensitive]),
              let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        self.months = months
        for name in ["y", "m", "d", "m1", "d1", "m2", "d2"] where pattern.contains("(?<\(name)>") {
            if let r = Range(m.range(withName: name), in: s) { groups[name] = String(s[r]) }
        }
    }

    var year: Int? { number("y") }
    func number(_ name: String) -> Int? { groups[name].flatMap { Int($0) } }
    func has(_ name: String) -> Bool { groups[name] != nil }
    /// A month by number (7月) or by name ("July", "Jul.").
    func month(_ name: String) -> Int? { groups[name].flatMap { Int($0) ?? months[$0.lowercased()] } }
}

/// Compiled patterns by source and options, shared by every document of a run.
private final class RegexCache: @unchecked Sendable {   // the dictionary is only touched under the lock
    private var patterns: [String: NSRegularExpression] = [:]
    private let lock = NSLock()

    func regex(_ pattern: String, _ options: NSRegularExpression.Options) -> NSRegularExpression? {
        let key = "\(options.rawValue)|\(pattern)"
        lock.lock(); defer { lock.unlock() }
        if let r = patterns[key] { return r }
        guard let r = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
        patterns[key] = r
        return r
    }
}
