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

    /// `released`: the header's release date, when it gives one (else a dated line of the text).
    func period(language: Language, released: String? = nil) -> Period? {
        let dated = released ?? statedReleaseDate(language: language)
        let releaseYear = dated.flatMap { Int($0.prefix(4)) }
        return (language == .zh ? chinesePeriod(releaseYear: releaseYear) : englishPeriod(releaseYear: releaseYear))
            ?? undatedPart(language: language, released: dated)
            ?? window(language: language, releaseYear: releaseYear)
    }

    /// Parts of a year named without their year ("in the first quarter of this year", "H1",
    /// 今年一季度), with the period each stands for in a given year. The first sentence naming
    /// one decides.
    private static let englishParts: [(pattern: String, period: @Sendable (Int) -> Period)] = [
        (#"\bfirst (?:three quarters|nine months)\b|\bjanuary ?(?:-|–|to|through) ?september\b"#, { .window("\($0)-01-01", "\($0)-09-30") }),
        (#"\b(?:first|1st) quarter\b|\bq1\b|\bjanuary ?(?:-|–|to|through) ?march\b"#, { Period(year: $0, kind: .quarter(1)) }),
        (#"\b(?:second|2nd) quarter\b|\bq2\b|\bapril ?(?:-|–|to|through) ?june\b"#, { Period(year: $0, kind: .quarter(2)) }),
        (#"\b(?:third|3rd) quarter\b|\bq3\b|\bjuly ?(?:-|–|to|through) ?september\b"#, { Period(year: $0, kind: .quarter(3)) }),
        (#"\b(?:fourth|4th) quarter\b|\bq4\b|\boctober ?(?:-|–|to|through) ?december\b"#, { Period(year: $0, kind: .quarter(4)) }),
        (#"\bfirst (?:half|six months)\b|\bh1\b|\bjanuary ?(?:-|–|to|through) ?june\b"#, { Period(year: $0, kind: .half(1)) }),
        (#"\b(?:second half|last six months|second six months)\b|\bh2\b|\bjuly ?(?:-|–|to|through) ?december\b"#, { Period(year: $0, kind: .half(2)) }),
    ]
    private static let chineseParts: [(pattern: String, period: @Sendable (Int) -> Period)] = [
        (#"前三季度|1[-—至到]9月"#, { .window("\($0)-01-01", "\($0)-09-30") }),
        (#"(?:第)?[一1]季度|1[-—至到]3月"#, { Period(year: $0, kind: .quarter(1)) }),
        (#"(?:第)?[二2]季度|4[-—至到]6月"#, { Period(year: $0, kind: .quarter(2)) }),
        (#"(?:第)?[三3]季度|7[-—至到]9月"#, { Period(year: $0, kind: .quarter(3)) }),
        (#"(?:第)?[四4]季度|10[-—至到]12月"#, { Period(year: $0, kind: .quarter(4)) }),
        (#"上半年|1[-—至到]6月"#, { Period(year: $0, kind: .half(1)) }),
        (#"下半年"#, { Period(year: $0, kind: .half(2)) }),
    ]

    /// A release that names its part of the year but not the year ("in the first quarter of this
    /// year", 今年一季度): that part of the year of its release date, or of the year before when
    /// it was released before the part ended (a fourth-quarter report in January); without a
    /// release date, of the first year its opening names. Only for releases that give no
    /// evidence of a year of their own.
    private func undatedPart(language: Language, released: String?) -> Period? {
        let parts = language == .zh ? Self.chineseParts : Self.englishParts
        let sentences = head.lowercased().replacingOccurrences(of: ". ", with: ".\n").replacingOccurrences(of: "。", with: "。\n").split(separator: "\n")
        guard let make = sentences.lazy.compactMap({ s in parts.first { Self.match($0.pattern, String(s)) != nil }?.period }).first else { return nil }
        if let r = released, let y = Int(r.prefix(4)), let month = Int(r.dropFirst(5).prefix(2)) {
            let part = make(y)
            return month <= Self.endMonth(of: part) ? make(y - 1) : part
        }
        return firstYear(#"(?<![\d.])(20\d\d)(?![\d%]|\.\d)"#, head).map(make)
    }

    /// The first sentence (title first) that names a period decides: a quarter, half-year or
    /// "first three quarters" when it says so, else the year of its "main data … in 2024".
    private func englishPeriod(releaseYear: Int?) -> Period? {
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
        // Otherwise the year the evidence points to, not the first year named ("In 2022, when …
        // stood at" in a report on 2023): each "in 2023" counts (not "than in 2022", "the same
        // period in 2019"), and each "last year" counts for the year before a dated release.
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
        let sentences = head.replacingOccurrences(of: ". ", with: ".\n").replacingOccurrences(of: "。", with: "。\n").split(separator: "\n").map(String.init)
        for sentence in sentences {
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
            return .window(String(format: "%04d-%02d-%02d", y, m1, d1), String(format: "%04d-%02d-%02d", y, m2, d2))
        }
        return nil
    }

    /// A release date written with its year: "Updated: 2024-01-18 07:26", "Release time:
    /// 2023-09-05", "Date: January 17, 2023", "BEIJING, Jan. 17, 2024 (Xinhua)", 发布时间：2024-01-18.
    func statedReleaseDate(language: Language) -> String? {
        let lower = head.lowercased()
        if let m = Self.match(#"(?:date|released|published|updated|release time|posted|发布时间|更新时间|日期)\s*[:：]?\s*(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})"#, lower),
           let y = Int(m[0]), let mo = Int(m[1]), let d = Int(m[2]), (1...12).contains(mo), (1...31).contains(d) {
            return String(format: "%04d-%02d-%02d", y, mo, d)
        }
        // 2025年1月14日 opening a line: the day of the conference or of the news item.
        if language == .zh, let m = Self.match(#"(?:^|\n)\s*(20\d\d)年(\d{1,2})月(\d{1,2})日(?:\s*\n|[^。\n]{0,40}(?:举行|召开|发布|通报|新闻))"#, head),
           let y = Int(m[0]), let mo = Int(m[1]), let d = Int(m[2]), (1...12).contains(mo), (1...31).contains(d) {
            return String(format: "%04d-%02d-%02d", y, mo, d)
        }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if let m = Self.match(#"(?:date|released|published|updated|posted)[:\s]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (20\d\d)"#, lower)
            ?? Self.match(#"(?:^|\n)[a-z][a-z .]{1,30}, (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (20\d\d)\b"#, lower),
           let mo = months.firstIndex(of: m[0]), let d = Int(m[1]), let y = Int(m[2]) {
            return String(format: "%04d-%02d-%02d", y, mo + 1, d)
        }
        return nil
    }

    private func yearCounts(_ pattern: String, _ s: String) -> [Int: Int] {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { return [:] }
        var counts: [Int: Int] = [:]
        for m in re.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
            if let r = Range(m.range(at: 1), in: s), let y = Int(s[r]) { counts[y, default: 0] += 1 }
        }
        return counts
    }

    static func count(_ pattern: String, _ s: String) -> Int {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return 0 }
        return re.numberOfMatches(in: s, range: NSRange(s.startIndex..., in: s))
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
        default: return Period.months(y, a, b)
        }
    }

    private func chinesePeriod(releaseYear: Int?) -> Period? {
        if let y = firstYear(#"(20\d\d)年前三季度"#, head) { return .window("\(y)-01-01", "\(y)-09-30") }
        for (pattern, q) in [(#"(20\d\d)年(?:第)?(?:一|1)季度"#, 1), (#"(20\d\d)年(?:第)?(?:二|2)季度"#, 2),
                             (#"(20\d\d)年(?:第)?(?:三|3)季度"#, 3), (#"(20\d\d)年(?:第)?(?:四|4)季度"#, 4)] {
            if let y = firstYear(pattern, head) { return Period(year: y, kind: .quarter(q)) }
        }
        if let y = firstYear(#"(20\d\d)年上半年"#, head) { return Period(year: y, kind: .half(1)) }
        if let y = firstYear(#"(20\d\d)年(?:全年)?(?:移民管理)?(?:主要)?(?:工作)?数据"#, head) { return Period(year: y) }
        // "发布2017年出入境管理工作情况": the year of the work reported on.
        // "介绍一下2019年移民管理工作的总体情况": a few words may stand before 情况.
        if let y = firstYear(#"(20\d\d)年度?(?:全国)?(?:移民|出入境)管理工作[^。，？\n]{0,8}?(?:情况|数据|成效|成绩)"#, head) { return Period(year: y) }
        // Not a contrast with another year: "而2019年全年，这一数字为6.71亿人次".
        if let y = firstYear(#"(?<![而较比与同])(20\d\d)年全年"#, head) { return Period(year: y) }
        // "2023年移民管理工作主要数据", "2023年度全国出入境管理数据"
        if let y = firstYear(#"(20\d\d)年度?(?:全国)?(?:移民管理|出入境)[^。，\n]{0,12}?数据"#, head) { return Period(year: y) }
        // Otherwise the year the evidence points to: "2023年，…" counts, and so does each 去年 in a
        // dated release (not the base of a change: 较去年, 比去年, 去年同期).
        // "2019年全国移民管理机构共查验…" counts too: the year opens a statement of its figures.
        var counts = yearCounts(#"(?<![而较比与同])(20\d\d)年(?:全年)?(?:，|全国移民管理机构|全国边检机关|全国口岸)(?![^。\n]*将)"#, ChineseYear.arabic(text))
        // A title naming its year ("【年终盘点】2020，守护国门的非常之年") counts too.
        if let t = title, t.count <= 40, !t.contains("。") {
            for (y, n) in yearCounts(#"(?<![\d.])(20\d\d)(?![\d.%])"#, ChineseYear.arabic(t)) { counts[y, default: 0] += n }
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
        if let d = statedReleaseDate(language: language), let y = Int(d.prefix(4)), period.isAnnual ? y > period.year : y >= period.year { return d }
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
        if let m = Self.match(#"(?:^|\n)[a-z][a-z .]{1,30}, (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}) \("#, lower),
           let mo = months.firstIndex(where: { $0.hasPrefix(m[0]) }), let d = Int(m[1]) {
            let y = period.isAnnual || mo + 1 < Self.endMonth(of: period) ? period.year + 1 : period.year
            return String(format: "%04d-%02d-%02d", y, mo + 1, d)
        }
        return nil
    }

    /// The last month of a period.
    private static func endMonth(of p: Period) -> Int { Int(p.span.end.dropFirst(5).prefix(2)) ?? 12 }

    private func firstYear(_ pattern: String, _ s: String) -> Int? {
        Self.match(pattern, s).flatMap { $0.compactMap { Int($0) }.first }
    }

    /// Captured groups of the first match (empty strings for groups that did not take part).
    static func match(_ pattern: String, _ s: String) -> [String]? {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return (1..<m.numberOfRanges).compactMap { Range(m.range(at: $0), in: s).map { String(s[$0]) } }
    }
}
