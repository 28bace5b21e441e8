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
        headSentences = Self.sentences(of: head.lowercased())
        statedRelease = Self.statedReleaseDate(head, language: self.language)
    }

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
    private static func holds(_ s: String, _ phrase: String) -> Bool {
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

    /// The first non-empty line, when it reads like a title.
    var title: String? {
        guard let line = text.split(separator: "\n", maxSplits: 1).first.map({ $0.trimmingCharacters(in: .whitespaces) }),
              line.count <= 200, !line.isEmpty else { return nil }
        return line
    }

    /// `released`: the header's release date, when it gives one (else a dated line of the text).
    func period(language: Language, released: String? = nil) -> Period? {
        let dated = released ?? statedRelease
        let releaseYear = dated.flatMap { Int($0.prefix(4)) }
        return statedPeriod(language: language, releaseYear: releaseYear)
            ?? evidence(language: language, releaseYear: releaseYear)
            ?? undatedPart(language: language, released: dated)
            ?? window(language: language, releaseYear: releaseYear)
    }

    /// A part of the year named with its year in `sentence`: "the first quarter of 2024", "H1 2025",
    /// 2024年上半年, 2023年前三季度 (the parts of grammar.json, longest first); "January-June 2025",
    /// 2025年1-6月 (a run of months).
    private func datedPart(_ sentence: String, language: Language) -> Period? {
        guard Self.namesYear(sentence) else { return nil }
        for part in words.parts[language] ?? [] where Self.holds(sentence, part.phrase.lowercased()) {
            let phrase = NSRegularExpression.escapedPattern(for: part.phrase)
            let pattern = language == .zh ? #"(20\d\d)年(?:度)?(?:的)?"# + phrase : #"\b"# + phrase + #"\b,? (?:of )?(20\d\d)\b"#
            if let y = firstYear(pattern, sentence), let p = part.period(in: y) { return p }
        }
        if language == .zh {
            if let m = Self.match(#"(20\d\d)年(\d{1,2})月?(?:-|—|–|至|到|～|~)(\d{1,2})月"#, sentence), m.count == 3,
               let y = Int(m[0]), let a = Int(m[1]), let b = Int(m[2]) { return PartOfYear.months(a, b, year: y) }
            return nil
        }
        // "January–June 2025", "1 January 2025 - 30 June 2025": a range of months.
        let alt = Self.monthNames.joined(separator: "|")
        if let m = Self.match(#"\b(\#(alt))\s*(?:\d{4}\s*)?(?:-|–|to|through)\s*(?:\d{1,2} )?(\#(alt)),? (20\d\d)"#, sentence), m.count == 3,
           let y = Int(m[2]), let a = Self.monthNames.firstIndex(of: m[0]), let b = Self.monthNames.firstIndex(of: m[1]) {
            return PartOfYear.months(a + 1, b + 1, year: y)
        }
        return nil
    }

    /// The first sentence (title first) that names a period decides: a part of the year with its
    /// year, else the year of a statement of its figures. A part of a year whose figures an earlier
    /// sentence already opened on does not count.
    private func statedPeriod(language: Language, releaseYear: Int?) -> Period? {
        var openedYears = Set<Int>()
        let patterns = words.patterns[language]
        for sentence in headSentences {
            if let y = announcedYear(sentence, patterns: patterns, language: language, releaseYear: releaseYear) { return Period(year: y) }
            // Every pattern below needs a year: most sentences of an opening name none.
            guard Self.namesYear(sentence) else { continue }
            // A forecast ("预计2022年全年…将", "In the first quarter of 2025, … will") names no period of the release.
            if patterns?.forecasts.contains(where: { Self.match($0, sentence) != nil }) == true { continue }
            if let p = datedPart(sentence, language: language), !openedYears.contains(p.year) { return p }
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

    /// The year the evidence of the whole text points to.
    private func evidence(language: Language, releaseYear: Int?) -> Period? {
        language == .zh ? chineseEvidence(releaseYear: releaseYear) : englishEvidence(releaseYear: releaseYear)
    }

    /// A release that names its part of the year but not the year ("in the first quarter of this
    /// year", "H1", 今年一季度, 1-3月): that part of the year of its release date, or of the year
    /// before when it was released before the part ended (a fourth-quarter report in January);
    /// without a release date, of the first year its opening names. The first sentence naming
    /// one decides. Only for releases that give no evidence of a year of their own.
    private func undatedPart(language: Language, released: String?) -> Period? {
        // "the full year" without its year says nothing of the part a release covers.
        let parts = (words.parts[language] ?? []).filter { $0.period(in: 2000)?.isAnnual != true }
        var found: ((Int) -> Period?)?
        for sentence in headSentences where found == nil {
            if let part = parts.first(where: { Self.holds(sentence, $0.phrase.lowercased()) && Self.match(language == .zh ? NSRegularExpression.escapedPattern(for: $0.phrase)
                                                         : #"\b"# + NSRegularExpression.escapedPattern(for: $0.phrase) + #"\b"#, sentence) != nil }) {
                found = { part.period(in: $0) }
            } else if let (a, b) = undatedMonths(sentence, language: language) {
                found = { PartOfYear.months(a, b, year: $0) }
            }
        }
        guard let make = found else { return nil }
        if let r = released, let y = Int(r.prefix(4)), let month = Int(r.dropFirst(5).prefix(2)), let part = make(y) {
            return month <= Self.endMonth(of: part) ? make(y - 1) : part
        }
        return firstYear(#"(?<![\d.])(20\d\d)(?![\d%]|\.\d)"#, head).flatMap(make)
    }

    /// A run of whole months without a year: "January-March", "April to June", 1-3月, 1至6月.
    private func undatedMonths(_ sentence: String, language: Language) -> (Int, Int)? {
        if language == .zh {
            guard let m = Self.match(#"(?<![\d.年])(\d{1,2})月?(?:-|—|至|到)(\d{1,2})月"#, sentence), m.count == 2,
                  let a = Int(m[0]), let b = Int(m[1]), a == 1 || a % 3 == 1, b % 3 == 0 else { return nil }
            return (a, b)
        }
        let alt = Self.monthNames.joined(separator: "|")
        guard let m = Self.match(#"\b(\#(alt)) ?(?:-|–|to|through) ?(\#(alt))\b"#, sentence), m.count == 2,
              let a = Self.monthNames.firstIndex(of: m[0]), let b = Self.monthNames.firstIndex(of: m[1]),
              a == 0 || a % 3 == 0, (b + 1) % 3 == 0 else { return nil }
        return (a + 1, b + 1)
    }

    /// Otherwise the year the evidence points to, not the first year named ("In 2022, when …
    /// stood at" in a report on 2023): each "in 2023" counts (not "than in 2022", "the same
    /// period in 2019"), and each "last year" counts for the year before a dated release.
    private func englishEvidence(releaseYear: Int?) -> Period? {
        let lower = text.lowercased()
        // A plan ("In 2025, the administration will …") is no evidence.
        var counts = yearCounts(#"(?<!than |period |with |of )\b(?:in|throughout|during) (20\d\d)\b(?! (?:levels?|figures?|period))(?![^.\n]*\bwill\b)"#, lower)
        if let r = releaseYear {
            let last = Self.count(#"(?<!than |period |over |from |with |to )\blast year\b"#, lower)
            if last > 0 { counts[r - 1, default: 0] += last }
        }
        return Self.best(counts).map { Period(year: $0) }
    }

    /// English month names, lower case, January first: a month's number is its index + 1.
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]

    /// The year with most evidence; a tie goes to the later year (earlier ones are comparisons).
    static func best(_ counts: [Int: Int]) -> Int? {
        counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    /// A release on a stretch of the year only ("during the 2023 summer vacation (July 1 to
    /// August 31)", 2023年暑期（7月1日至8月31日）): the first dated window of its opening, in the
    /// year named beside it, else the release's year.
    private func window(language: Language, releaseYear: Int?) -> Period? {
        let months = Self.monthNames
        for sentence in headSentences {
            let year = firstYear(#"(?<![\d.])(20\d\d)(?![\d.%])"#, sentence) ?? releaseYear
            guard let y = year else { continue }
            var r: (Int, Int, Int, Int)?
            if language == .zh {
                if let m = Self.match(#"(\d{1,2})月(\d{1,2})日\s*(?:至|到|-|—|–|～|~)\s*(?:(\d{1,2})月)?(\d{1,2})日"#, sentence), m.count >= 3 {
                    let v = m.map { Int($0) }
                    if let m1 = v[0], let d1 = v[1], let d2 = v.last ?? nil { r = (m1, d1, v.count == 4 ? v[2] ?? m1 : m1, d2) }
                }
            } else {
                let alt = months.joined(separator: "|")
                if let m = Self.match(#"\b(\#(alt)) (\d{1,2})(?:, 20\d\d)? (?:to|through|until|-|–) (?:(\#(alt)) )?(\d{1,2})\b"#, sentence.lowercased()) {
                    let m1 = months.firstIndex(of: m[0]).map { $0 + 1 }
                    let m2 = m.count == 4 ? months.firstIndex(of: m[2]).map { $0 + 1 } : m1
                    if let a = m1, let b = m2, let d1 = Int(m[1]), let d2 = Int(m.last!) { r = (a, d1, b, d2) }
                } else if let m = Self.match(#"\b(\d{1,2}) (\#(alt)) (?:to|through|until|-|–) (\d{1,2}) (\#(alt))\b"#, sentence.lowercased()),
                          let a = months.firstIndex(of: m[1]), let b = months.firstIndex(of: m[3]), let d1 = Int(m[0]), let d2 = Int(m[2]) {
                    r = (a + 1, d1, b + 1, d2)
                }
            }
            guard let (m1, d1, m2, d2) = r, (1...12).contains(m1), (1...12).contains(m2), (1...31).contains(d1), (1...31).contains(d2),
                  (m1, d1) <= (m2, d2) else { continue }
            return Period.window(String(format: "%04d-%02d-%02d", y, m1, d1), String(format: "%04d-%02d-%02d", y, m2, d2)).canonical
        }
        return nil
    }

    /// A release date written with its year: "Updated: 2024-01-18 07:26", "Release time:
    /// 2023-09-05", "Date: January 17, 2023", "BEIJING, Jan. 17, 2024 (Xinhua)", 发布时间：2024-01-18.
    private static func statedReleaseDate(_ head: String, language: Language) -> String? {
        // The patterns ignore case: the opening is matched as written.
        if let m = Self.match(#"(?:date|released|published|updated|release time|posted|发布时间|更新时间|日期)\s*[:：]?\s*(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})"#, head),
           let y = Int(m[0]), let mo = Int(m[1]), let d = Int(m[2]), (1...12).contains(mo), (1...31).contains(d) {
            return String(format: "%04d-%02d-%02d", y, mo, d)
        }
        // 2025年1月14日 opening a line: the day of the conference or of the news item.
        if language == .zh, let m = match(#"(?m)^\s*(20\d\d)年(\d{1,2})月(\d{1,2})日(?:\s*\n|[^。\n]{0,40}(?:举行|召开|发布|通报|新闻))"#, head),
           let y = Int(m[0]), let mo = Int(m[1]), let d = Int(m[2]), (1...12).contains(mo), (1...31).contains(d) {
            return String(format: "%04d-%02d-%02d", y, mo, d)
        }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if let m = Self.match(#"(?:date|released|published|updated|posted)[:\s]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (20\d\d)"#, head)
            ?? Self.match(#"(?m)^[a-z][a-z .]{1,30}, (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (20\d\d)\b"#, head),
           let mo = months.firstIndex(of: m[0].lowercased()), let d = Int(m[1]), let y = Int(m[2]) {
            return String(format: "%04d-%02d-%02d", y, mo + 1, d)
        }
        return nil
    }

    private func yearCounts(_ pattern: String, _ s: String) -> [Int: Int] {
        guard let re = Self.regex(pattern, [.anchorsMatchLines]) else { return [:] }
        var counts: [Int: Int] = [:]
        for m in re.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
            if let r = Range(m.range(at: 1), in: s), let y = Int(s[r]) { counts[y, default: 0] += 1 }
        }
        return counts
    }

    static func count(_ pattern: String, _ s: String) -> Int {
        guard let re = regex(pattern, []) else { return 0 }
        return re.numberOfMatches(in: s, range: NSRange(s.startIndex..., in: s))
    }

    private func chineseEvidence(releaseYear: Int?) -> Period? {
        // Otherwise the year the evidence points to: "2023年，…" counts, and so does each 去年 in a
        // dated release (not the base of a change: 较去年, 比去年, 去年同期).
        // "2019年全国移民管理机构共查验…" counts too: the year opens a statement of its figures.
        var counts = yearCounts(#"(?<![而较比与同])(20\d\d)年(?:全年)?(?:，|是|全国移民管理机构|全国边检机关|全国口岸)(?![^。\n]*将)"#, ChineseYear.arabic(text))
        // A title naming its year ("【年终盘点】2020，守护国门的非常之年") counts too; a date
        // line (2024年10月18日) is no title.
        if let t = title, t.count <= 40, !t.contains("。") {
            for (y, n) in yearCounts(#"(?<![\d.])(20\d\d)(?![\d.%])(?!年\d{1,2}月)"#, ChineseYear.arabic(t)) { counts[y, default: 0] += n }
        }
        if let r = releaseYear {
            let last = Self.count(#"(?<![较比与同])去年(?!同期)"#, text)
            if last > 0 { counts[r - 1, default: 0] += last }
        }
        return Self.best(counts).map { Period(year: $0) }
    }

    /// "Date: January 17, 2023", "2025年1月14日", or "on January 14" in a release on the year before.
    func releaseDate(language: Language, period: Period) -> String? {
        // A stated date that is not after the period began dates something else.
        if let d = statedRelease, let y = Int(d.prefix(4)), period.isAnnual ? y > period.year : y >= period.year { return d }
        let months = Self.monthNames
        let lower = head.lowercased()
        if language == .zh {
            if let m = Self.match(#"(20\d\d)年(\d{1,2})月(\d{1,2})日"#, head), let y = Int(m[0]), let mo = Int(m[1]), let d = Int(m[2]), y > period.year || (y == period.year && !period.isAnnual) {
                return String(format: "%04d-%02d-%02d", y, mo, d)
            }
            return nil
        }
        let monthAlt = months.joined(separator: "|")
        if let m = Self.match(#"(?:date|released|published)[:\s]+(\#(monthAlt)) (\d{1,2}),? (20\d\d)"#, lower),
           let mo = months.firstIndex(of: m[0]), let d = Int(m[1]), let y = Int(m[2]) {
            return String(format: "%04d-%02d-%02d", y, mo + 1, d)
        }
        // "on January 14, the ... held a press conference": no year, so the one after an annual
        // period; "On July 17" after a first half is in the half's year.
        if let m = Self.match(#"on (\#(monthAlt)) (\d{1,2})(?:, (20\d\d))?[^.]{0,120}?(?:press conference|held|released)"#, lower),
           let mo = months.firstIndex(of: m[0]), let d = Int(m[1]) {
            let next = period.isAnnual || mo + 1 <= Self.endMonth(of: period) ? period.year + 1 : period.year
            let y = m.count > 2 ? Int(m[2]) ?? next : next
            return String(format: "%04d-%02d-%02d", y, mo + 1, d)
        }
        // A dateline without a year, "BEIJING, Jan 20 (Reuters) -", "Beijing, Jan. 17 (Xinhua)":
        // the first such date after the period's end.
        if let m = Self.match(#"(?m)^[a-z][a-z .]{1,30}, (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}) \("#, lower),
           let mo = months.firstIndex(where: { $0.hasPrefix(m[0]) }), let d = Int(m[1]) {
            let y = period.isAnnual || mo + 1 < Self.endMonth(of: period) ? period.year + 1 : period.year
            return String(format: "%04d-%02d-%02d", y, mo + 1, d)
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
