import BriefingCore
import Foundation

/// What tables need of the grammar: the words of a unit line ("单位：万人次、万架（列、艘、辆）次、起",
/// "(Unit: 10,000 person-trips)"), which scale and which catalog unit each of its entries gives,
/// the words that head a column of year-on-year changes (同比（％）, "Change year on year (%)"), and
/// the words a change is written with.
struct TableWords: Sendable {
    /// One entry of a unit line: its scale (万: 10000, none: 1) and the catalog unit its measure
    /// word counts (人次: person-trips), nil when the grammar does not know the word.
    struct UnitEntry: Sendable, Equatable {
        var scale: Decimal
        var unit: String?
        /// The currency word written before the scale ("cny" of "CNY 100m").
        var currency: String? = nil
    }

    private let labels: [String]
    /// The first character of each label: most lines are no unit line at their first character.
    private let labelLeads: Set<Unicode.Scalar>
    private let scales: [(word: String, scale: Decimal)]
    private let counterUnits: [String: String]
    /// Units that start like a scale (千克): never read as one.
    private let unitWords: [String]
    let changeHeadings: [String]
    /// Whole headings of a change column ("change"), squeezed.
    private let changeWords: Set<String>
    /// Words a label cannot end with ("and", "of"), lowercased: grammar `lineOpenWords`.
    private let openWords: Set<String>
    /// Words a table's title starts with ("table", 表), lowercased.
    let titles: [String]
    /// Labels of a row giving the sum of what the heading counts ("total", "all"), lowercased: grammar `tableTotalLabels`.
    private let totalLabels: Set<String>
    /// Words of a line that only numbers a page or slide ("slide", "page"), lowercased.
    private let pageMarkers: Set<String>
    /// Currency words written before an amount ("cny", "rmb"), lowercased, with their unit.
    private let currencies: [String: String]
    let up: [Language: String], down: [Language: String]
    /// Every language's words a change column's heading names its base year after ("on", "vs", 比),
    /// as tokens' texts, longest first: grammar `tableChangeBaseWords`.
    private let changeBaseWords: [[String]]
    /// The words of parts of the year and months ("q4", "fourth", "quarter", "december"), lowercased.
    private let periodWords: Set<String>
    /// Column headings naming a part of the release's year without its year ("Q1", "First half",
    /// 一季度, 上半年, "Full year", 全年), squeezed, with the part they name.
    private let partHeadings: [String: Period.Kind]
    /// What opens a part of the count before it ("of which", 其中: grammar `partMarkers`), squeezed,
    /// longest first: a column heading may open with one ("其中：二季度", "Of which: Q2").
    private let partMarkers: [String]
    /// Words a row of changes of another base than the year before is labelled with ("Quarter-on-quarter
    /// change", 环比, "Share of"), lowercased.
    private let otherChanges: [String]
    /// What follows a month's number in a column's heading: see `isMonthHeading`.
    private let monthSuffixes: [String]
    /// What may close a heading of a run of months (累计, "cumulative"), and the one-word joiners of
    /// its two months (至, "to"): see `partHeading`.
    private let runSuffixes: [String], runJoiners: [String]
    /// Headings of a column of each row's period ("period", "year"): see `periodCell`.
    private let periodHeadings: Set<String>
    private let percentWords: Set<String>
    /// Headings of a column of each row's qualifier ("qualifier"): see `TableHeading`.
    private let qualifierHeadings: Set<String>
    /// Headings of a column of each row's figure for the year before ("prev_year_value"): see `TableHeading`.
    private let previousYearHeadings: Set<String>
    /// Headings of a column of remarks ("remark", 备注): see `TableHeading`.
    private let remarkHeadings: Set<String>
    /// Headings of a column of row numbers ("No.", "#"): see `TableHeading`.
    private let indexHeadings: Set<String>
    /// Marks after a column's year that make it a forecast's ("2025F"): see `isForecastHeading`.
    private let forecastMarks: Set<String>
    /// Words of a column heading that make its figures shares of another figure: see `isShareHeading`.
    private let shareMarks: [String]
    /// Each language's words of a qualifier before a figure ("more than", "about", 约), as tokens'
    /// texts, longest first.
    private let qualifierPhrases: [Language: [[String]]]
    /// English words a period cell is read as: each month's name, each part's phrase ("Q3": "third
    /// quarter"), and the words opening and joining a window ("from", "to").
    private let monthNames: [Int: String], partPhrases: [String: String], windowWords: (open: String, join: String)?
    /// Every month's names, lowercased ("jan", "june"): see `isMonthRun`.
    /// Month names and short forms, lowercased, with their numbers.
    private let monthWords: [String: Int]
    /// The grammar's unit words, lowercased, with the catalog unit each gives ("tonnes": tonnes).
    private let measureUnits: [String: String]

    init(grammar: Grammar) {
        var labels: [String] = [], scales: [(String, Decimal)] = [], counters: [String: String] = [:], changes: [String] = []
        var up: [Language: String] = [:], down: [Language: String] = [:]
        var unitWords: [String] = [], changeWords: Set<String> = [], titles: [String] = [], currencies: [String: String] = [:]
        var periodWords: Set<String> = [], pageMarkers: Set<String> = []
        var partHeadings: [String: Period.Kind] = [:], otherChanges: [String] = [], monthSuffixes: [String] = []
        var partMarkers: [String] = [], runSuffixes: [String] = [], runJoiners: [String] = []
        for l in Language.allCases {
            let lex = grammar.lexicon(l)
            partMarkers += (lex.partMarkers ?? []).map(Self.squeezed)
            // (A window's kind holds year 2000's dates: see `TableHeading.inYear`.)
            for p in lex.partsOfYear {
                if let kind = p.period(in: 2000)?.kind { partHeadings[Self.squeezed(p.phrase)] = kind }
            }
            for h in lex.tableYearHeadings ?? [] { partHeadings[Self.squeezed(h)] = .year }
            for p in lex.tablePartHeadings ?? [] {
                if let kind = p.period(in: 2000)?.kind { partHeadings[Self.squeezed(p.phrase)] = kind }
            }
            monthSuffixes += lex.tableMonthSuffixes ?? []
            runSuffixes += (lex.tableRunSuffixes ?? []).map(Self.squeezed)
            runJoiners += lex.windowJoiners
            otherChanges += lex.otherBases.map { $0.lowercased() }
            for p in lex.partsOfYear.map(\.phrase) + Array(lex.months.keys) + Array((lex.partNouns ?? [:]).keys) + Array((lex.partOrdinals ?? [:]).keys) {
                periodWords.formUnion(Phrase(p).parts)
            }
            unitWords += lex.units.keys.map { $0.lowercased() }
            labels += (lex.tableUnitLabels ?? []).map { $0.lowercased() }
            scales += lex.scales.map { ($0.key.lowercased(), Decimal($0.value)) }
            // "CNY 100m": a scale written onto its number.
            scales += (lex.attachedScales ?? [:]).map { ($0.key.lowercased(), Decimal($0.value)) }
            changeWords.formUnion((lex.tableChangeHeadings ?? []).map(Self.squeezed))
            titles += (lex.tableTitles ?? []).map { $0.lowercased() }
            pageMarkers.formUnion((lex.pageMarkers ?? []).map { $0.lowercased() })
            for (k, v) in lex.currencyPrefixes where k.allSatisfy(\.isLetter) { currencies[k.lowercased()] = v }
            for (k, v) in lex.counterUnits ?? [:] { counters[Self.squeezed(k)] = v }
            changes += lex.yoyAnchors.map { $0.lowercased() }
            up[l] = lex.up.first; down[l] = lex.down.first
        }
        self.labels = labels.sorted { $0.count > $1.count }
        labelLeads = Set(labels.compactMap { $0.unicodeScalars.first })
        self.scales = scales.sorted { $0.0.count > $1.0.count }
        counterUnits = counters
        self.unitWords = unitWords
        changeHeadings = changes
        self.changeWords = changeWords
        self.titles = titles.sorted { $0.count > $1.count }
        totalLabels = Set(Language.allCases.flatMap { grammar.lexicon($0).tableTotalLabels ?? [] }.map(Self.squeezed))
        self.pageMarkers = pageMarkers
        openWords = Set(Language.allCases.flatMap { grammar.lexicon($0).lineOpenWords ?? [] }.map { $0.lowercased() })
        self.currencies = currencies
        self.up = up; self.down = down
        self.periodWords = periodWords
        self.partHeadings = partHeadings
        self.partMarkers = partMarkers.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        self.otherChanges = otherChanges
        self.monthSuffixes = monthSuffixes.sorted { $0.count > $1.count }
        self.runSuffixes = runSuffixes.sorted { $0.count > $1.count }
        // (Joiners of letters, "to", would cut words once spaces are squeezed out: only 至, 到.)
        self.runJoiners = runJoiners.filter { $0.unicodeScalars.allSatisfy { !$0.isASCII } }
        let en = grammar.lexicon(.en)
        /// Every language's headings of one kind of column, lowercased.
        func headings(_ list: KeyPath<Grammar.Lexicon, [String]?>) -> Set<String> {
            Set(Language.allCases.flatMap { grammar.lexicon($0)[keyPath: list] ?? [] }.map { $0.lowercased() })
        }
        periodHeadings = headings(\.tablePeriodHeadings)
        percentWords = Set(Language.allCases.flatMap { grammar.lexicon($0).tablePercentWords ?? [] })
        qualifierHeadings = headings(\.tableQualifierHeadings)
        previousYearHeadings = headings(\.tablePreviousYearHeadings)
        remarkHeadings = headings(\.tableRemarkHeadings)
        indexHeadings = headings(\.tableIndexHeadings)
        forecastMarks = headings(\.tableForecastMarks)
        shareMarks = Array(headings(\.tableShareMarks))
        var qualifiers: [Language: [[String]]] = [:]
        for l in Language.allCases {
            let lex = grammar.lexicon(l)
            qualifiers[l] = (lex.atLeast + lex.approx).map { p in
                let s = Array(p.unicodeScalars)
                return Tokenizer.tokenize(s, 0..<s.count).map(\.text)
            }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        qualifierPhrases = qualifiers
        changeBaseWords = Language.allCases.flatMap { grammar.lexicon($0).tableChangeBaseWords ?? [] }.map { p in
            let s = Array(p.lowercased().unicodeScalars)
            return Tokenizer.tokenize(s, 0..<s.count).map(\.text)
        }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var months: [Int: String] = [:]
        for (name, m) in en.months where name.count > (months[m]?.count ?? 0) { months[m] = name }
        monthNames = months
        monthWords = Dictionary(Language.allCases.flatMap { grammar.lexicon($0).months.map { ($0.key.lowercased(), $0.value) } }, uniquingKeysWith: { a, _ in a })
        var measures: [String: String] = [:]
        for l in Language.allCases { for (k, v) in grammar.lexicon(l).units { measures[k.lowercased()] = v.unit } }
        measureUnits = measures
        var parts: [String: String] = [:]
        for p in en.partsOfYear where parts[p.period] == nil && p.phrase.contains(" ") { parts[p.period] = p.phrase }
        partPhrases = parts
        windowWords = en.windowOpeners.first.flatMap { o in en.windowJoiners.first.map { (o, $0) } }
    }

    /// Whether a wrapped label's line ends with a word no label ends with ("… Macao and", "… residents
    /// of"): the next line goes on with it, whatever its case.
    func endsOpen(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var e = line.upperBound
        while e > line.lowerBound, Tokenizer.isSpace(text[e - 1]) { e -= 1 }
        var s = e
        while s > line.lowerBound, Tokenizer.isLetter(text[s - 1]) { s -= 1 }
        return s < e && openWords.contains(ScalarWriter.string(text, s..<e).lowercased())
    }

    /// Whether a line only numbers a page or slide: "[Slide 6]", "Slide 6", "(Page 3)", "— page 12 —".
    private static let pageMarkerTrim = CharacterSet(charactersIn: "[]()【】（）-—–:： \t")
    func isPageMarker(_ line: String) -> Bool {
        let s = line.lowercased().trimmingCharacters(in: Self.pageMarkerTrim)
        guard let space = s.firstIndex(of: " ") else { return false }
        let number = s[s.index(after: space)...].trimmingCharacters(in: .whitespaces)
        return pageMarkers.contains(String(s[..<space])) && !number.isEmpty && number.count <= 4 && number.allSatisfy(\.isNumber)
    }

    /// Whether a column heading names the column of each row's period ("Period", "Year").
    /// "jan-jun", "january-march": a run of months written as one word.
    func isMonthRun(_ word: String) -> Bool { monthRun(word) != nil }

    /// The first and last month of a run written as one word ("jan-sep"), nil for any other word.
    func monthRun(_ word: String) -> (Int, Int)? {
        let p = word.split(separator: "-")
        guard p.count == 2, let a = monthWords[String(p[0])], let b = monthWords[String(p[1])], a < b else { return nil }
        return (a, b)
    }

    /// The month a word names ("march", "mar"), if any.
    func monthNumber(_ word: String) -> Int? { monthWords[word.lowercased()] }

    /// A column's heading naming one month alone ("4月", "5月份", "April", "Jun").
    func isMonthHeading(_ cell: String) -> Bool { month(Self.squeezed(cell)) != nil }

    /// The month a squeezed heading names ("4月", "5月份", "april", "jun"), nil for any other; `bare`: a
    /// month's number alone ("1" of "1—9月") names it too.
    private func month(_ s: String, bare: Bool = false) -> Int? {
        if let n = monthWords[s] { return n }
        let suffix = monthSuffixes.first { s.hasSuffix($0) }
        guard suffix != nil || bare, let n = Int(s.dropLast(suffix?.count ?? 0)), (1...12).contains(n) else { return nil }
        return n
    }

    func isPeriodHeading(_ cell: String) -> Bool { periodHeadings.contains(Self.heading(cell)) }

    /// "pct", "percent": a word closing a column's heading that makes its figures percentages.
    func isPercentWord(_ word: String) -> Bool { percentWords.contains(word.lowercased()) }

    /// A word that names a part of the year or a month ("feb", "quarter").
    func isPeriodWord(_ text: String) -> Bool { periodWords.contains(text) }
    func isQualifierHeading(_ cell: String) -> Bool { qualifierHeadings.contains(Self.heading(cell)) }
    func isPreviousYearHeading(_ cell: String) -> Bool { previousYearHeadings.contains(Self.heading(cell)) }

    func isRemarkHeading(_ cell: String) -> Bool { remarkHeadings.contains(Self.heading(cell)) }

    func isIndexHeading(_ cell: String) -> Bool { indexHeadings.contains(Self.heading(cell)) }

    /// "2023 as % of 2019", "Share of total (%)", 占比: a column of shares of another figure, no counts.
    func isShareHeading(_ cell: String) -> Bool {
        let h = Self.heading(cell)
        return shareMarks.contains { h.contains($0) }
    }

    /// "2025F", "2026E", "2025 (forecast)", 2025年（预测）: a column heading of a year with a mark of a
    /// forecast after it.
    func isForecastHeading(_ tokens: [Token]) -> Bool {
        guard let y = tokens.firstIndex(where: { $0.kind == .number }), tokens[y].writtenYear != nil else { return false }
        return tokens[(y + 1)...].contains { $0.kind != .punct && forecastMarks.contains($0.text.lowercased()) }
    }

    /// A column heading as the heading lists write it: trimmed, lowercased.
    private static func heading(_ cell: String) -> String { cell.trimmingCharacters(in: .whitespaces).lowercased() }

    /// Where the first qualifier of `language` ("about", "more than") stands among `tokens`; nil without one.
    func qualifier(in tokens: [Token], language: Language) -> Range<Int>? {
        for k in tokens.indices {
            for p in qualifierPhrases[language] ?? [] where k + p.count <= tokens.count {
                if p.indices.allSatisfy({ tokens[k + $0].isText(p[$0]) }) { return k..<(k + p.count) }
            }
        }
        return nil
    }

    /// A cell of a period column written in the facts' notation ("2026", "2026-H1", "2026-12",
    /// "2026-02-15/2026-02-23", "2026-11/2026-12"), as the English words a sentence names that
    /// period with ("first half 2026", "december 2026", "from 15 february 2026 to 23 february
    /// 2026"); nil for any other cell.
    func periodCell(_ cell: String) -> [String]? {
        let t = cell.trimmingCharacters(in: .whitespaces).uppercased()
        // "2026-12": a month; "2026-02-15": a day.
        func date(_ s: Substring) -> [String]? {
            let p = s.split(separator: "-", omittingEmptySubsequences: false)
            guard p.count >= 2, p.count <= 3, p[0].count == 4, Int(p[0]) != nil, p[1].count == 2, let m = Int(p[1]), let name = monthNames[m] else { return nil }
            if p.count == 2 { return [name, String(p[0])] }
            guard p[2].count == 2, let d = Int(p[2]), (1...31).contains(d) else { return nil }
            return [String(d), name, String(p[0])]
        }
        if let slash = t.firstIndex(of: "/") {
            guard let (open, join) = windowWords, let a = date(t[..<slash]), let b = date(t[t.index(after: slash)...]) else { return nil }
            return [open] + a + [join] + b
        }
        if let d = date(Substring(t)) { return d }
        guard let p = Period(t) else { return nil }
        switch p.kind {
        case .year: return [String(p.year)]
        case .quarter(let q): return partPhrases["Q\(q)"].map { $0.split(separator: " ").map(String.init) + [String(p.year)] }
        case .half(let h): return partPhrases["H\(h)"].map { $0.split(separator: " ").map(String.init) + [String(p.year)] }
        case .window: return nil
        }
    }

    /// The part of the year a column heading names alone ("Q2", "Second half", 三季度, "Full year"): nil for any other.
    /// A part marker may open it ("其中：二季度", "Of which: Q2"): the column still holds that part's figures.
    func partHeading(_ cell: String) -> Period.Kind? {
        let s = Self.squeezed(cell)
        if let k = partHeadings[s] ?? monthRunHeading(s) { return k }
        guard let m = partMarkers.first(where: { s.hasPrefix($0) }) else { return nil }
        let rest = s.dropFirst(m.count).drop { $0.isPunctuation }
        return rest.isEmpty ? nil : partHeadings[String(rest)]
    }

    /// "1—9月累计", "1月至9月", "jan-sep", "January-September cumulative": a run of months of the
    /// release's year heading a column, as a window of year 2000 (or its quarter or half).
    private func monthRunHeading(_ squeezed: String) -> Period.Kind? {
        var s = squeezed
        if let suffix = runSuffixes.first(where: { s.hasSuffix($0) && s.count > $0.count }) { s.removeLast(suffix.count) }
        for j in runJoiners { s = s.replacingOccurrences(of: j, with: "-") }
        let ends = s.split(whereSeparator: { $0 == "-" || $0 == "—" || $0 == "–" || $0 == "~" || $0 == "～" }).map(String.init)
        // (The first month may go without its suffix, "1—9月"; the last may not.)
        guard ends.count == 2, let a = month(ends[0], bare: true), let b = month(ends[1]), a < b else { return nil }
        return Period.months(2000, a, b).canonical.kind
    }

    /// A row label of changes ("Year-on-year change, people inspected (%)", 环比增长（％）): `true` for
    /// changes on the year before, `false` for changes on another base, nil for a label of no change.
    func changeLabel(_ label: String) -> Bool? {
        let s = label.lowercased()
        if otherChanges.contains(where: { s.contains($0) }) { return false }
        if changeHeadings.contains(where: { s.contains($0) }) { return true }
        return nil
    }

    /// The words of a row label that name its subject: without brackets, change words and marks
    /// ("Year-on-year change, people inspected (%)" → "people inspected"), squeezed.
    func subjectOfLabel(_ label: String) -> String {
        var s = label.lowercased()
        while let open = s.lastIndex(where: { $0 == "(" || $0 == "（" }),
              let close = s[open...].firstIndex(where: { $0 == ")" || $0 == "）" }) { s.removeSubrange(open...close) }
        for w in (changeHeadings + otherChanges + Array(changeWords)).sorted(by: { $0.count > $1.count }) { s = s.replacingOccurrences(of: w, with: " ") }
        return Self.squeezed(String(s.filter { $0.isLetter || $0.isNumber || $0 == " " }))
    }

    /// A row label that names only a period ("Q4 2023", "December", "First half 2024"): words of
    /// parts of the year and months, and years; no subject.
    func isPeriodLabel(_ tokens: [Token]) -> Bool {
        var sawPart = false
        for (k, t) in tokens.enumerated() {
            if t.writtenYear != nil { continue }
            // "Q4", "H1": the letter and its digit, written together.
            if t.kind == .number, k > 0, t.start == tokens[k - 1].end, tokens[k - 1].kind == .word, periodWords.contains(tokens[k - 1].text) { continue }
            guard t.kind == .word, periodWords.contains(t.text) else { return false }
            sawPart = true
        }
        return sawPart
    }

    /// The entries of a unit line, nil for any other line: a short line that starts (after an
    /// opening bracket) with a unit label and a colon, its entries parted by 、，; or "/".
    func unitLine(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [UnitEntry]? {
        guard range.count <= 120, let lead = text[range].first(where: { $0 != " " && $0 != "(" && $0 != "[" }),
              labelLeads.contains(Character(lead).lowercased().unicodeScalars.first!) else { return nil }
        var s = ScalarWriter.string(text, range).trimmingCharacters(in: .whitespaces).lowercased()
        if s.hasPrefix("(") || s.hasPrefix("[") { s.removeFirst(); if s.hasSuffix(")") || s.hasSuffix("]") { s.removeLast() } }
        guard let label = labels.first(where: { s.hasPrefix($0) }) else { return nil }
        var rest = s.dropFirst(label.count).drop { $0 == " " }
        guard let colon = rest.first, colon == ":" || colon == "：" else { return nil }
        rest = rest.dropFirst()
        var entries: [UnitEntry] = []
        let parts = Self.split(String(rest)).map { $0.trimmingCharacters(in: .whitespaces) }
        var k = 0
        while k < parts.count {
            if let (e, end) = joinedEntry(parts, from: k) {
                entries += Array(repeating: e, count: end - k)
                k = end
                continue
            }
            let entry = parts[k]
            k += 1
            if entry.isEmpty { continue }
            guard let e = parseEntry(entry) else { return nil }
            entries.append(e)
        }
        return entries.isEmpty ? nil : entries
    }

    /// "万架、列、艘、辆次": one measure word written in parts, the scale on the first and 次 on the
    /// last, as 万架(列、艘、辆)次 is: the entry the grammar knows that form by, and where its parts end.
    private func joinedEntry(_ parts: [String], from k: Int) -> (UnitEntry, end: Int)? {
        var j = k + 1
        while j < parts.count, (1...2).contains(parts[j].count), parts[j].allSatisfy(\.isLetter), !parts[j].allSatisfy(\.isASCII) { j += 1 }
        while j > k + 1 {
            let last = parts[j - 1]
            let inner = parts[(k + 1)..<(j - 1)] + [String(last.prefix(1))]
            if let e = parseEntry(parts[k] + "(" + inner.joined(separator: "、") + ")" + last.dropFirst()), e.unit != nil { return (e, j) }
            j -= 1
        }
        return nil
    }

    /// The scale the unit line gives a bare figure of a metric counted in `unit`: that of the
    /// entries that count in it, when they agree; when none does, that of every entry, when all
    /// agree ("单位：万人次"); else nil (万人次、起: a count of cases is not in 万).
    static func scale(for unit: String?, in entries: [UnitEntry]) -> Decimal? {
        let fitting = entries.filter { $0.unit != nil && $0.unit == unit }
        let scales = Set((fitting.isEmpty ? entries : fitting).map(\.scale))
        return scales.count == 1 ? scales.first : nil
    }

    /// Whether a row's label is only a total's ("Total", "All"), its bullets and marks aside.
    func isTotalLabel(_ label: [Token]) -> Bool {
        let words = label.filter { $0.kind != .punct }
        return !words.isEmpty && isTotalSubject(words.map(\.text).joined(separator: " "))
    }

    /// `isTotalLabel` of a label's subject (`subjectOfLabel`: "合计" of "合计比上年增长(%)").
    func isTotalSubject(_ subject: String) -> Bool { totalLabels.contains(Self.squeezed(subject)) }

    /// The year whose year-on-year changes a column's heading names by its base, the year before,
    /// after a base word: "Change on 2014 (%)" → 2015, "2018 vs 2017 (%)" → 2018, 2016年比2015年增长（%）
    /// → 2016. Without a year of its own before the base, a change word or "%" must say the column
    /// holds changes ("Passengers from 2014" is no change). Nil for any other heading, and for a
    /// base that is not the year before ("2018 vs 2016").
    func changeOnYearBefore(_ tokens: [Token]) -> Int? {
        for (k, t) in tokens.enumerated() where k > 0 {
            guard let base = t.writtenYear,
                  let p = changeBaseWords.first(where: { p in p.count <= k && p.indices.allSatisfy { tokens[k - p.count + $0].isText(p[$0]) } })
            else { continue }
            let before = tokens[..<(k - p.count)]
            if let own = before.last(where: { $0.writtenYear != nil })?.writtenYear { return own == base + 1 ? own : nil }
            let saysChange = tokens.contains { $0.is("%") || $0.is("％") || changeWords.contains($0.text) }
            return saysChange ? base + 1 : nil
        }
        return nil
    }

    /// Whether a column heading names the column of year-on-year changes: "Change", "Change (%)",
    /// "% change", 同比（％）.
    func isChangeHeading(_ cell: String) -> Bool {
        let s = cell.lowercased()
        if changeHeadings.contains(where: { s.contains($0) }) { return true }
        return changeWords.contains(Self.squeezed(s).filter { !"()（）%％".contains($0) })
    }

    /// Whether a unit cell is a unit the numbers read after a figure ("tonnes", "%"), not a
    /// counted noun ("persons", "cases") that would read as the row's subject.
    /// "(tonnes)" closing a row's label: a unit word of a count, or "(%)" of a rate (群众满意率（%）), in
    /// brackets; not percentage points.
    func bracketedMeasure(_ cell: String) -> Bool {
        let s = cell.trimmingCharacters(in: .whitespaces).lowercased()
        guard s.hasPrefix("(") || s.hasPrefix("（"), s.hasSuffix(")") || s.hasSuffix("）") else { return false }
        let inner = String(s.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        return measureUnits[inner].map { $0 != "percentage points" } ?? false
    }

    func isMeasure(_ cell: String) -> Bool {
        unitWords.contains(cell.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Whether a column heading names the column of each row's unit ("Unit").
    /// A Chinese heading may be spaced out to the column's width (单　位).
    func isUnitHeading(_ cell: String) -> Bool {
        labels.contains(cell.trimmingCharacters(in: .whitespaces).lowercased()) || labels.contains(Self.squeezed(cell))
    }

    /// At most this many characters in a unit cell.
    private static let unitCellLength = 40

    /// A unit written in a cell of a units row ("(10,000)", "(CNY 100m)", "(%)") or of a unit column
    /// ("persons", "tonnes", "10,000"): its scale and catalog unit; nil for an empty cell or
    /// an entry that is no unit.
    func cellUnit(_ cell: String) -> UnitEntry? {
        var s = cell.trimmingCharacters(in: .whitespaces).lowercased()
        if s.hasPrefix("(") || s.hasPrefix("（") {
            guard s.hasSuffix(")") || s.hasSuffix("）") else { return nil }
            s = String(s.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        // ("ten thousand vehicle-times (sorties)": a literal translation's unit in words runs long.)
        guard !s.isEmpty, s.count <= Self.unitCellLength else { return nil }
        if s == "%" || s == "％" { return UnitEntry(scale: 1, unit: "percent") }
        return parseEntry(s)
    }

    /// "万架(列、艘、辆)次" → scale 万, measure word 架(列、艘、辆)次; "10,000 person-trips" → 10000,
    /// person-trips; "起" → 1, 起.
    private func parseEntry(_ entry: String) -> UnitEntry? {
        var rest = Substring(entry)
        var scale: Decimal = 1
        // A currency before its scale ("cny 100m", "rmb 100 million").
        var currency: String?
        if let space = rest.firstIndex(of: " "), currencies[String(rest[..<space])] != nil,
           rest[rest.index(after: space)...].first?.isNumber == true
            // "cny million": the scale in words.
            || scales.contains(where: { rest[rest.index(after: space)...] == $0.word }) {
            currency = String(rest[..<space])
            rest = rest[rest.index(after: space)...]
        }
        // "('000)", "(’000s)": thousands, as statistical tables abbreviate them.
        if let mark = rest.first, mark == "'" || mark == "’", case let zeros = rest.dropFirst().prefix(while: { $0 == "0" }),
           zeros.count == 3 || zeros.count == 6, rest.dropFirst(1 + zeros.count).allSatisfy({ $0 == "s" || $0 == " " }) {
            return UnitEntry(scale: zeros.count == 3 ? 1000 : 1_000_000, unit: nil)
        }
        let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ",") }
        if !digits.isEmpty {
            // A scale is a power of ten ("10,000", "100"): "(2023)" is a year, no scale.
            let plain = digits.replacingOccurrences(of: ",", with: "")
            guard plain.first == "1", plain.dropFirst().allSatisfy({ $0 == "0" }), let n = Decimal(string: plain) else { return nil }
            scale = n
            rest = rest.dropFirst(digits.count).drop { $0 == " " }
        }
        // "(thousands)", "(millions)": a scale word's plural alone is the scale too.
        if let (word, s) = scales.first(where: { rest.hasPrefix($0.word) }),
           !unitWords.contains(where: { $0.count > word.count && rest.hasPrefix($0) }),
           rest.count == word.count || !(rest.dropFirst(word.count).first?.isLetter == true && word.first?.isASCII == true)
               || (word.first?.isASCII == true && rest.dropFirst(word.count) == "s") {
            scale *= s
            rest = rest.dropFirst(word.count).drop { $0 == " " }
        }
        let counter = Self.squeezed(String(rest))
        if counter.isEmpty, scale == 1 { return nil }
        // "100m CNY": the currency written after its scale.
        if currency == nil, scale != 1, let unit = currencies[counter] { return UnitEntry(scale: scale, unit: unit, currency: counter) }
        if let currency, counter.isEmpty { return UnitEntry(scale: scale, unit: currencies[currency], currency: currency) }
        return UnitEntry(scale: scale, unit: counter.isEmpty ? nil : counterUnits[counter])
    }

    /// The entries of a unit line: parted by 、，; or "/" outside brackets (架(列、艘、辆)次 is one),
    /// and by a comma not inside a number ("10,000 person-trips").
    private static func split(_ s: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            if c == "(" || c == "[" { depth += 1 } else if c == ")" || c == "]" { depth = max(0, depth - 1) }
            let inNumber = c == "," && i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber
            if depth == 0, "、，;；/".contains(c) || (c == "," && !inNumber) {
                parts.append(current); current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        return parts
    }

    /// A measure word compared without spaces: "person-trips", "架(列、艘、辆)次".
    private static func squeezed(_ s: String) -> String {
        s.lowercased().filter { !$0.isWhitespace }
    }
}
