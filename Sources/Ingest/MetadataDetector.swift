import BriefingCore
import Foundation

/// Finds in a release's own words what its header does not say: language, period, release date, title.
struct MetadataDetector {
    let text: String
    /// The opening of the release, where the period and date are announced.
    private let head: String

    init(text: String) {
        self.text = text
        // Years in Chinese digits (二〇二三年) read as 2023年.
        head = ChineseYear.arabic(String(text.prefix(6000)))
    }

    var language: Language { Language.dominant(in: head.unicodeScalars) ?? .en }


    /// The first non-empty line, when it reads like a title.
    var title: String? {
        guard let line = text.split(separator: "\n", maxSplits: 1).first.map({ $0.trimmingCharacters(in: .whitespaces) }),
              line.count <= 200, !line.isEmpty else { return nil }
        return line
    }

    func period(language: Language) -> Period? {
        language == .zh ? chinesePeriod() : englishPeriod()
    }

    /// The first sentence (title first) that names a period decides: a quarter, half-year or
    /// "first three quarters" when it says so, else the year of its "main data … in 2024".
    private func englishPeriod() -> Period? {
        let sentences = head.lowercased().replacingOccurrences(of: ". ", with: ".\n").split(separator: "\n")
        for sentence in sentences.map(String.init) {
            if let y = firstYear(#"first three quarters of (20\d\d)"#, sentence) { return .window("\(y)-01-01", "\(y)-09-30") }
            for (pattern, q) in [(#"(?:first|1st) quarter,? (?:of )?(20\d\d)"#, 1), (#"(?:second|2nd) quarter,? (?:of )?(20\d\d)"#, 2),
                                 (#"(?:third|3rd) quarter,? (?:of )?(20\d\d)"#, 3), (#"(?:fourth|4th) quarter,? (?:of )?(20\d\d)"#, 4),
                                 (#"\bq([1-4]) (20\d\d)"#, 0)] {
                if let m = Self.match(pattern, sentence), let y = m.compactMap({ Int($0) }).last, y > 1900 {
                    return Period(year: y, kind: .quarter(q == 0 ? Int(m[0]) ?? 1 : q))
                }
            }
            if let y = firstYear(#"(?:first half|first six months) of (20\d\d)"#, sentence) { return Period(year: y, kind: .half(1)) }
            // "January–June 2025", "1 January 2025 - 30 June 2025": a range of months.
            if let m = Self.match(#"\b(january|april|july|october)\s*(?:\d{4}\s*)?(?:-|to|through)\s*(?:\d{1,2} )?(march|june|september|december),? (20\d\d)"#, sentence),
               m.count == 3, let y = Int(m[2]), let p = Self.monthRange(m[0], m[1], year: y) {
                return p
            }
            if let y = firstYear(#"(?:second half|last six months|second six months) of (20\d\d)"#, sentence) { return Period(year: y, kind: .half(2)) }
            // "main data of immigration management in 2024", "main data and achievements of 2022 immigration management"
            for pattern in [#"data[^.\n]{0,80}?\b(?:in|of|for) (20\d\d)\b"#, #"\b(20\d\d) immigration management (?:data|work)"#] {
                if let y = firstYear(pattern, sentence) { return Period(year: y) }
            }
        }
        // Otherwise the year the release keeps coming back to: "In 2024, ...", else "… in 2020".
        let lower = text.lowercased()
        return (mostFrequentYear(#"(?:^|[.\n]\s*)in (20\d\d),"#, lower) ?? mostFrequentYear(#"\bin (20\d\d)\b"#, lower)).map { Period(year: $0) }
    }

    /// January–March is Q1, January–June H1, January–September the first three quarters, and so on.
    static func monthRange(_ from: String, _ to: String, year y: Int) -> Period? {
        let months = ["january": 1, "april": 4, "july": 7, "october": 10, "march": 3, "june": 6, "september": 9, "december": 12]
        guard let a = months[from], let b = months[to], a < b else { return nil }
        switch (a, b) {
        case (1, 12): return Period(year: y)
        case (1, 6): return Period(year: y, kind: .half(1))
        case (7, 12): return Period(year: y, kind: .half(2))
        case _ where b - a == 2: return Period(year: y, kind: .quarter(b / 3))
        default: return .window(String(format: "%04d-%02d-01", y, a), String(format: "%04d-%02d-%02d", y, b, b == 6 || b == 9 ? 30 : 31))
        }
    }

    private func chinesePeriod() -> Period? {
        if let y = firstYear(#"(20\d\d)年前三季度"#, head) { return .window("\(y)-01-01", "\(y)-09-30") }
        for (pattern, q) in [(#"(20\d\d)年(?:第)?(?:一|1)季度"#, 1), (#"(20\d\d)年(?:第)?(?:二|2)季度"#, 2),
                             (#"(20\d\d)年(?:第)?(?:三|3)季度"#, 3), (#"(20\d\d)年(?:第)?(?:四|4)季度"#, 4)] {
            if let y = firstYear(pattern, head) { return Period(year: y, kind: .quarter(q)) }
        }
        if let y = firstYear(#"(20\d\d)年上半年"#, head) { return Period(year: y, kind: .half(1)) }
        if let y = firstYear(#"(20\d\d)年(?:全年)?(?:移民管理)?(?:主要)?(?:工作)?数据"#, head) { return Period(year: y) }
        // "发布2017年出入境管理工作情况": the year of the work reported on.
        if let y = firstYear(#"(20\d\d)年度?(?:全国)?(?:移民|出入境)管理工作(?:主要)?(?:情况|数据|成效)"#, head) { return Period(year: y) }
        if let y = firstYear(#"(20\d\d)年全年"#, head) { return Period(year: y) }
        // "2023年移民管理工作主要数据", "2023年度全国出入境管理数据"
        if let y = firstYear(#"(20\d\d)年度?(?:全国)?(?:移民管理|出入境)[^。，\n]{0,12}?数据"#, head) { return Period(year: y) }
        return mostFrequentYear(#"(20\d\d)年，"#, ChineseYear.arabic(text)).map { Period(year: $0) }
    }

    /// "Date: January 17, 2023", "2025年1月14日", or "on January 14" in a release on the year before.
    func releaseDate(language: Language, period: Period) -> String? {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
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
        // "on January 14, the ... held a press conference": no year, so the one after an annual period.
        if let m = Self.match(#"on (\#(monthAlt)) (\d{1,2})(?:, (20\d\d))?[^.]{0,120}?(?:press conference|held|released)"#, lower),
           let mo = months.firstIndex(of: m[0]), let d = Int(m[1]) {
            let y = m.count > 2 ? Int(m[2]) ?? period.year + 1 : period.year + 1
            return String(format: "%04d-%02d-%02d", y, mo + 1, d)
        }
        return nil
    }

    private func firstYear(_ pattern: String, _ s: String) -> Int? {
        Self.match(pattern, s).flatMap { $0.compactMap { Int($0) }.first }
    }

    private func mostFrequentYear(_ pattern: String, _ s: String) -> Int? {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { return nil }
        var counts: [Int: Int] = [:]
        for m in re.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
            if let r = Range(m.range(at: 1), in: s), let y = Int(s[r]) { counts[y, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    /// Captured groups of the first match (empty strings for groups that did not take part).
    static func match(_ pattern: String, _ s: String) -> [String]? {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return (1..<m.numberOfRanges).compactMap { Range(m.range(at: $0), in: s).map { String(s[$0]) } }
    }
}
