import BriefingCore
import Foundation

/// The heading of the table a line belongs to. A short line naming the rows' subject ("Border
/// inspections (person-trips)", "Conveyances inspected:", 出入境人员（人次）) gives its words to the
/// label/value rows below it ("Mainland residents: 291 million", "Aircraft .... 612,000 (+9.1%)",
/// "| Foreigners | 64.88 million | +82.9% |") as context and exclusions, never as their subject:
/// "Mainland residents" under a documents heading are not people crossing the border. Heading
/// lines in a row add up (a title, then a table's header row); the first line of prose ends the table.
struct TableHeading {
    /// Text ranges of the heading's lines.
    private(set) var lines: [Range<Int>] = []
    private var lastWasHeading = false
    /// The year each column of the table is headed by ("| Category | 2018 | 2017 | Change |"),
    /// nil for a column without one; nil when the table has no such header row.
    private var columnYears: [Int?]?
    /// The mark of the bulleted list being read ("◆"): a line with another mark starts another list.
    private var bulletMark: String?
    /// The heading is the first line of a bulleted list ("■ 查验交通运输工具…"), for the rows after it.
    private var bulletLead = false
    /// The last line of prose, a sentence ending its line ("共查验出入境人员1.78亿人次，同比上升14.8%！"):
    /// the bulleted lines right after it ("🔹内地居民：8960万人次") are its parts.
    private var proseLine: Range<Int>?
    /// The bulleted rows the next row may hang from, each with its indentation: "  - Aircraft: 540k
    /// (+302.9%)" under "- Conveyances inspected: 27.51m" reads with that row as a heading line,
    /// whose words say what the sub-item's label counts.
    private var parents: [(line: Range<Int>, indent: Int)] = []
    /// The one half or quarter every year column's heading names ("Q1 2023  Q1 2024"): the other
    /// year's column is that part of its year.
    private(set) var columnPart: Period.Kind?
    /// The part of the release's year each column is headed by alone ("| Indicator | Q1 | Q2 | Q3 |
    /// Q4 | Full year |", 一季度, 上半年, 全年), nil for a column without one; nil when fewer than two are.
    private var columnKinds: [Period.Kind?]?
    /// The facts each row of the table gave, by the subject its label names: a row of changes
    /// naming that subject ("Year-on-year change, people inspected (%)") gives them their changes.
    private var rowFacts: [String: [Int]] = [:]
    /// The subject the label of the row read last names.
    private var lastRowSubject: String?
    /// The subject of the table's first row of figures (its total, as a rule).
    private var firstRowSubject: String?
    /// A row of year-on-year changes under columns of periods: each column's period and change, and
    /// the facts of the row above it names (those of that period take the change).
    private(set) var rowChanges: [(period: Period, change: Decimal, facts: [Int])] = []
    /// The column headed as the year-on-year change (指标　数值　同比（％）): its cells are the changes
    /// of the row's figure, written as bare signed numbers.
    private var changeColumn: Int?
    /// The year the change column's heading names its changes of by their base ("Change on 2014 (%)":
    /// 2015); nil when it names none. A release of another year reads no change from it.
    private var changeColumnYear: Int?
    /// Columns the row reads no figure of: a month's ("| 月份 | 4月 | 5月 | 6月 |") and changes on
    /// another base (环比, "q/q").
    private var skippedColumns: Set<Int> = []
    /// The column of changes right after a column of a part of the year ("| 二季度 | 同比 | 上半年累计 |
    /// 上半年同比 |"), by that part's column: each is the change of its part's figure.
    private var partChanges: [Int: Int] = [:]
    /// The columns headed as year-on-year changes (同比（％）), each the change of the figure column
    /// before it in a row of a period ("一季度　16350.0　15.8　1780.2　35.6" under "季度　出入境人员　同比（%）
    /// 外国人　同比（%）"), where every figure column is the row's period's.
    private var changeHeaded: Set<Int> = []
    /// The column headed as each row's period ("metric,period,value,unit,yoy"): its cell ("2026-H1")
    /// names the period of the row's figures.
    private var periodColumn: Int?
    /// The column headed as each row's qualifier ("metric,value,unit,qualifier"): its cell ("more
    /// than", "approx") qualifies the row's figures as the same words before them would.
    private var qualifierColumn: Int?
    /// The column of each row's remark ("remark", 备注): free words, never a figure; the qualifier it
    /// writes ("约3.1万 / about", "more than") qualifies the row's figures.
    private var remarkColumn: Int?
    /// The first column is headed as the rows' numbers ("No.", "#", 序号): a row's number is no
    /// figure, the cell after it is the label.
    private var numberedRows = false
    /// How many columns of ids or row numbers open the table ("dataset_id,row_id,indicator_name"):
    /// the label is the cell after them.
    private var idColumns = 0
    /// The column headed as each row's figure for the year before the release's ("prev_year_value").
    private var previousYearColumn: Int?
    /// The table's unit line (单位：万人次、万本（张、件）、起): the scale of the bare figures of its rows.
    private(set) var units: [TableWords.UnitEntry]?
    /// The unit a section's heading line gives in its closing brackets ("一、出入境人员查验（单位：万人次）"):
    /// the scale of the bare figures of the paragraphs under it, prose or not, until the next heading line.
    private(set) var sectionUnits: [TableWords.UnitEntry]?
    private let words: TableWords
    /// The value each metric and period took in an earlier row of the table.
    private var rowValues: [String: Decimal] = [:]
    /// Where each column of the header row lies on its line (offsets from the line's start), for
    /// placing the cells of a units row under it.
    private var columnSpans: [Range<Int>] = []
    /// The scale a units row under the header row ("(10,000)  (10,000)  (%)") gives each column's
    /// bare figures; nil without a units row.
    private var columnScales: [Decimal?]?
    /// The column headed as each row's unit ("Item  Unit  2021  2020"): its cell ("persons",
    /// "tonnes", "10,000", "CNY 100m") gives the row's figures their unit or scale.
    private var unitColumn: Int?
    /// A row's label wrapped onto a line of its own ("Permits for mainland residents" over
    /// "  to/from HK, Macao and Taiwan   412.9 …"), with its indentation: the next row, indented
    /// deeper, continues it.
    private var pendingLabel: (range: Range<Int>, indent: Int)?
    /// The category cell of the row read last under a category column and a label column: the
    /// category of the rows below whose category cell is blank (merged in the sheet they came from).
    private var mergedCategory: Range<Int>?
    /// The labels of the rows of year columns the next row may hang from, with their indentation:
    /// "  Aircraft   21.93 …" indented under "Means of transport inspected   813.6 …" reads with
    /// that label as a heading line.
    /// A parent's scale (its label's "(million)") is that of the rows under it that write none.
    private var rowParents: [(label: Range<Int>, indent: Int, scale: Decimal?, unit: [Token])] = []
    /// The header row's cells ("| Quarter | People inspected | YoY |"): a row labelled only by a
    /// period ("| Q4 2023 | 127 million |") counts what its value column's heading names.
    private var columnHeads: [Range<Int>] = []
    /// The label column's heading names the period ("Year", 年份): its rows may be bare years.
    private var labelColumnIsPeriod = false
    /// The scale of the bare figures in each stretch of the last row's tokens (its cells under a
    /// scaled column or with a scaled unit cell).
    private(set) var cellScales: [(tokens: Range<Int>, scale: Decimal)] = []
    /// The scales the document's units rows wrote in brackets ("(10,000)"): its notes write a
    /// figure in the same notation ("3,309.8 (10,000)").
    private var bracketScales: Set<Decimal> = []

    init(words: TableWords) { self.words = words }

    /// The tokens without their years, and without the month and day written with a year
    /// (2024年12月31日, "December 31, 2024").
    func withoutDates(_ tokens: [Token]) -> [Token] {
        var drop = Set<Int>()
        for (k, t) in tokens.enumerated() where t.writtenYear != nil {
            drop.insert(k)
            var e = k + 1
            if e < tokens.count, tokens[e].is("年") {
                drop.insert(e); e += 1
                while e + 1 < tokens.count, tokens[e].kind == .number, tokens[e + 1].is("月") || tokens[e + 1].is("日") || tokens[e + 1].is("号") {
                    drop.insert(e); drop.insert(e + 1); e += 2
                }
            }
            // "December 31, 2024": a day and a month name before it.
            var b = k - 1
            if b >= 0, tokens[b].is(",") { b -= 1 }
            if b >= 1, tokens[b].kind == .number, tokens[b - 1].kind == .word, words.isMonthHeading(tokens[b - 1].text) {
                drop.formUnion((b - 1)..<k)
            }
        }
        return tokens.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    /// The same part of a year in two years: the same quarter or half, or a window over the same
    /// months and days ("Jan-Sep 2023", "Jan-Sep 2024").
    /// A column's part of the year in year `y`: a window headed without its year (前三季度, "1—9月累计")
    /// holds year 2000's dates until a row gives its year.
    static func inYear(_ kind: Period.Kind, _ y: Int) -> Period {
        let p = Period(year: y, kind: kind)
        guard case .window(let a, _) = kind, a.hasPrefix("2000-") else { return p }
        return Period(year: 2000, kind: kind).sameDays(inYear: y)
    }

    static func samePart(_ a: Period.Kind?, _ b: Period.Kind) -> Bool {
        guard let a else { return false }
        if case .window(let s1, let e1) = a, case .window(let s2, let e2) = b {
            return s1.dropFirst(4) == s2.dropFirst(4) && e1.dropFirst(4) == e2.dropFirst(4)
        }
        return a == b
    }

    /// A heading line is short and does not end like a sentence.
    static let maxLength = 80
    /// A table's title, opened by a title word and its number, may run longer: a paper's titles
    /// name what the table holds, its years and its unit ("Table A1. Persons … issued, 2016-2018 (thousands)").
    static let titleMaxLength = 160
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "。", "!", "！", "?", "？"]
    /// What stands between a row's label and its value.
    static let labelSeparators = TokenSet([":", "：", "|", ".", "…", "-"])

    /// Lines the sentence splitter kept apart as names (short lines without a full stop) between
    /// two sentences: each is a heading line.
    mutating func skipped(_ text: [Unicode.Scalar], from: Int, to: Int) {
        pageBreak = false
        var a = from
        while a < to {
            var b = a
            while b < to, text[b] != "\n" { b += 1 }
            var s = a, e = b
            while s < e, Tokenizer.isSpace(text[s]) { s += 1 }
            while e > s, Tokenizer.isSpace(text[e - 1]) { e -= 1 }
            if e > s, pageMarker(text, s..<e) {
                pageBreak = true
            } else if e > s, !Self.isRule(text, s..<e), !title(text, s..<e), !unitLine(text, s..<e), !header(text, s..<e), !wrappedLabel(text, s..<e) {
                if Self.isBracketedSection(text, s..<e) { prose() }
                section(text, s..<e)
                heading(s..<e)
            }
            a = b + 1
        }
    }

    /// A section's heading in lenticular brackets, alone on its line after a bullet or emoji, if any
    /// ("📘【证件办了多少？】", "【严打不手软】"): it opens a section of its own, so the lines above it (a
    /// remark "小编去年国庆在罗湖口岸排了半小时队…" that ends on no sentence mark) head none of its rows.
    static func isBracketedSection(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard text[range.upperBound - 1] == "】",
              let open = text[range].firstIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "【" }),
              text[open] == "【" else { return false }
        return !text[(open + 1)..<(range.upperBound - 1)].contains("【")
    }

    /// The text `skipped` read last held a line numbering a page or slide ("[Slide 6]").
    private(set) var pageBreak = false

    /// A line that only numbers the next page or slide ("[Slide 6]", "Page 3") ends the heading and
    /// lists above it and heads nothing: the lines after it are the next slide's. The rows read so
    /// far still tell a later slide's row of the same metric and period for a part (`repeats`).
    private mutating func pageMarker(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        // (A page marker holds a space between its word and number: a line without one is none, and
        // no string is built to check it.)
        guard range.count <= 16, text[range].contains(" "), words.isPageMarker(ScalarWriter.string(text, range)) else { return false }
        lines = []; lastWasHeading = false; sectionUnits = nil; pendingLabel = nil
        proseLine = nil; bulletMark = nil; bulletLead = false; parents = []; rowParents = []
        return true
    }

    /// A sentence without figures: a heading when it is a short line of its own that does not end
    /// like a sentence, else prose.
    mutating func noFigures(_ text: [Unicode.Scalar], _ range: Range<Int>, wholeLine: Bool) {
        if Self.isRule(text, range) { return }
        if wholeLine, pageMarker(text, range) { pageBreak = true; return }
        if wholeLine, header(text, range) { return }
        // A table's header row ("| Category | Trips | Change |") is a heading line however padded.
        if wholeLine, text[range.lowerBound] == "|" { heading(range); return }
        if wholeLine, range.count <= Self.maxLength, let last = text[range].last, !Self.sentenceEnds.contains(last) {
            if Self.isBracketedSection(text, range) { prose() }
            section(text, range)
            heading(range)
        } else {
            prose()
        }
        // "• Operation Spring (1 March – 30 April):" heads the items indented under it ("  – 46 gangs").
        if wholeLine, case let t = Tokenizer.tokenize(text, range), Self.bulletEnd(t) > 0 { _ = hang(text, t, range) }
    }

    /// A heading line opens a section: the unit its closing brackets give, or none.
    private mutating func section(_ text: [Unicode.Scalar], _ range: Range<Int>) {
        sectionUnits = nil
        // ("… (millions)[4]", "… (million)¹": a footnote's mark closing the heading is no part of it.)
        var range = range
        while range.count > 1, Tokenizer.isSuperscriptDigit(text[range.upperBound - 1]) { range = range.lowerBound..<(range.upperBound - 1) }
        if range.count > 3, text[range.upperBound - 1] == "]", let open = text[range].lastIndex(of: "["), open > range.lowerBound,
           (open + 1..<(range.upperBound - 1)).allSatisfy({ Tokenizer.isDigit(text[$0]) }) { range = range.lowerBound..<open }
        // "Table 1. People inspected, million person-trips": a scale and its measure word after the
        // heading's last comma give the unit as a bracket would.
        if let comma = text[range].lastIndex(where: { $0 == "," || $0 == "，" }), comma + 1 < range.upperBound,
           let e = words.cellUnit(ScalarWriter.string(text, (comma + 1)..<range.upperBound)), e.scale != 1 {
            sectionUnits = [e]
            return
        }
        guard let last = text[range].last, last == ")" || last == "）",
              let open = Self.closingBracketOpens(text, range) ?? text[range].lastIndex(where: { $0 == "(" || $0 == "（" }),
              open >= range.lowerBound else { return }
        sectionUnits = words.unitLine(text, (open + 1)..<(range.upperBound - 1))
        // "Table 1. Persons inspected (million person-trips)", "… (thousand)": a bracket holding
        // nothing but a scale and its measure word gives the unit without a unit label.
        if sectionUnits == nil, let e = words.cellUnit(ScalarWriter.string(text, open..<range.upperBound)), e.scale != 1 {
            sectionUnits = [e]
        }
    }

    /// A table's rule line ("|-----|:---:|", "+----+"): no heading, no prose.
    static func isRule(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        text[range].allSatisfy { "|-:+=_ \t".unicodeScalars.contains($0) }
    }

    /// A line of words only inside a table of year columns: the first line of a
    /// wrapped label, held until the next row shows whether it continues it.
    private mutating func wrappedLabel(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard columnYears != nil, Self.cells(text, r, minimum: 2) == nil,
              !text[r].contains(where: Tokenizer.isDigit), let indent = Self.indentation(text, r.lowerBound) else { return false }
        if let p = pendingLabel {
            // "Exit-entry permits and endorsements" / "  issued to mainland residents for travel" / "  to and
            // from …   160,420": a label wrapped over three lines or more, each further line indented
            // deeper and going on in lower case.
            guard indent > p.indent, text[r.lowerBound].properties.isLowercase || words.endsOpen(text, p.range) else { return false }
            pendingLabel = (p.range.lowerBound..<r.upperBound, p.indent)
            return true
        }
        pendingLabel = (r, indent)
        return true
    }

    private mutating func heading(_ r: Range<Int>) {
        if let p = pendingLabel { pendingLabel = nil; heading(p.range) }
        if !lastWasHeading { lines = [] }
        lines.append(r)
        lastWasHeading = true
        proseLine = nil
        bulletMark = nil; bulletLead = false; parents = []; rowParents = []
    }

    mutating func prose() {
        // ("Table 1. … (million)" over a table of year columns: prose after the table is past its section.)
        if columnYears != nil { sectionUnits = nil }
        lines = []; lastWasHeading = false; columnYears = nil; changeColumn = nil; units = nil; rowValues = [:]
        columnKinds = nil; rowFacts = [:]; firstRowSubject = nil
        columnScales = nil; unitColumn = nil; pendingLabel = nil; rowParents = []; mergedCategory = nil
        bulletMark = nil; bulletLead = false; parents = []; proseLine = nil
    }

    /// Whether an earlier row of the table gave `metric` for `period` another value: a later row
    /// for the same metric is a part of it (其中：12月　出入境人员, 其中：深圳湾口岸　出入境人员).
    mutating func repeats(_ metric: String, _ period: Period, _ value: Decimal) -> Bool {
        let key = "\(metric) \(period)"
        if let v = rowValues[key] { return v != value }
        rowValues[key] = value
        return false
    }

    /// A unit line ("单位：万人次、万架（列、艘、辆）次、起、名", "(Unit: 10,000 person-trips)"): its scales
    /// hold for the bare figures of the rows below it until the table ends. A heading line too.
    mutating func unitLine(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let entries = words.unitLine(text, range) else { return false }
        heading(range)
        units = entries
        rowValues = [:]
        columnYears = nil; changeColumn = nil; columnScales = nil; unitColumn = nil
        return true
    }

    /// A heading line closed by a labelled unit with a figure in brackets ("Entry-exit personnel,
    /// January-June 2021 (unit: ten thousand person-times)"): the scale is no figure of its own; as
    /// a unit line's, it holds for the table's rows below until prose ends the table.
    /// `firstFigure`: where the line's first figure starts; none may stand outside the bracket.
    mutating func unitHeading(_ text: [Unicode.Scalar], _ range: Range<Int>, firstFigure: Int) -> Bool {
        guard range.count <= Self.maxLength, let open = Self.closingBracketOpens(text, range), open > range.lowerBound, firstFigure > open,
              let entries = words.unitLine(text, (open + 1)..<(range.upperBound - 1)) else { return false }
        prose()
        heading(range)
        units = entries
        return true
    }

    /// A table's title ("Table 2  Exit-entry documents issued", "Table 3: Enforcement", 表1　出入境人员):
    /// its number is no figure. It ends the table before it and heads the next.
    mutating func title(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count <= Self.titleMaxLength, let last = text[range].last, !Self.sentenceEnds.contains(last) else { return false }
        if Tokenizer.isDigit(text[range.lowerBound]) { return range.count <= Self.maxLength && numberedTitle(text, range) }
        guard words.titles.contains(where: { $0.unicodeScalars.first == text[range.lowerBound].properties.lowercaseMapping.unicodeScalars.first })
        else { return false }
        let line = ScalarWriter.string(text, range).lowercased()
        guard let word = words.titles.first(where: { line.hasPrefix($0) }) else { return false }
        var rest = line.dropFirst(word.count)
        let latin = word.unicodeScalars.first.map { $0.isASCII } ?? false
        // "Table: People and conveyances inspected by quarter (million)": a title word and a colon, no number.
        let unnumbered = rest.first == ":" || rest.first == "："
        if !unnumbered {
            if latin { guard rest.first == " " else { return false } }
            rest = rest.drop { $0 == " " }
            let number = rest.prefix { $0.isLetter && $0.isASCII || $0.isNumber || $0 == "." || $0 == "-" }
            guard number.contains(where: \.isNumber), number.count <= 6 else { return false }
            rest = rest.dropFirst(number.count)
            guard rest.isEmpty || rest.first == " " || rest.first == ":" || rest.first == "：" || rest.first == "　" || !latin else { return false }
        }
        prose()
        // "表1　出入境人员查验情况（单位：万人次）": the unit closing a title holds for the rows of its table.
        section(text, range)
        heading(range)
        return true
    }

    /// A yearbook's table title numbered by chapter and table without a title word ("2-1　出入境人员检查情况",
    /// "3-2 Documents issued (2016)"): the number, two numbers joined by a hyphen, then words whose
    /// only numbers are years. As a titled line, it ends the table before it and heads the next.
    private mutating func numberedTitle(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound, Tokenizer.isDigit(text[k]) { k += 1 }
        guard k - range.lowerBound <= 2, k < range.upperBound, text[k] == "-" || text[k] == "–" else { return false }
        k += 1
        let second = k
        while k < range.upperBound, Tokenizer.isDigit(text[k]) { k += 1 }
        guard k > second, k - second <= 2, k < range.upperBound, Tokenizer.isSpace(text[k]) else { return false }
        let rest = Tokenizer.tokenize(text, k..<range.upperBound)
        guard let first = rest.first, first.kind == .han || first.kind == .word,
              rest.allSatisfy({ $0.kind != .number || $0.writtenYear != nil }) else { return false }
        prose()
        section(text, range)
        heading(range)
        return true
    }

    /// A paragraph ending with a colon ("Conveyances inspected in 2018 totalled 30.215 million,
    /// up 4.7% year on year:", "… The breakdown by residence is as follows:") heads the rows
    /// that follow it, as a heading line does.
    mutating func intro(_ sentences: [Range<Int>]) {
        lines = sentences
        lastWasHeading = true
        columnYears = nil; changeColumn = nil; columnScales = nil; unitColumn = nil; pendingLabel = nil
        bulletLead = false
    }

    /// The cells of a line of columns: between pipes ("| a | b |"), tabs, or runs of two or more
    /// spaces; with the place of the separator before each (nil for the first cell of a line
    /// without a leading pipe). Nil for a line of fewer than `minimum` cells.
    static func cells(_ text: [Unicode.Scalar], _ range: Range<Int>, minimum: Int = 3) -> [(cell: Range<Int>, separator: Int?)]? {
        guard range.count > 2 else { return nil }
        // "Item | 2024 | 2025 | Change": pipes between the cells, none at the line's ends, part it too.
        // One pass over the line: most lines are prose with no separator at all.
        var pipes = 0, gap = false, commas = 0
        for k in range {
            let c = text[k]
            if c == "|" { pipes += 1 } else if c == "\t" || c == " " && k + 1 < range.upperBound && text[k + 1] == " " { gap = true } else if c == "," { commas += 1 }
        }
        let piped = text[range.lowerBound] == "|" || pipes >= 2
        // "V02,  aircraft,万架次,8.6": a spreadsheet's row, its label cell indented by spaces.
        // (A row of comma-separated cells has three commas or more: a line with fewer is not read for one.)
        if !piped, !gap || (commas >= 3 && CommaSeparatedRow.commas(text, range) != nil) { return commas >= 3 ? csvCells(text, range, minimum: minimum) : nil }
        var out: [(cell: Range<Int>, separator: Int?)] = []
        var start = range.lowerBound, separator: Int? = nil
        var i = range.lowerBound
        func close(_ end: Int) {
            var a = start, b = end
            while a < b, Tokenizer.isSpace(text[a]) { a += 1 }
            while b > a, Tokenizer.isSpace(text[b - 1]) { b -= 1 }
            // An empty cell between pipes keeps its column ("|  | 2018 | 2017 |").
            if b > a || (piped && separator != nil && end < range.upperBound) { out.append((a..<b, separator)) }
        }
        while i < range.upperBound {
            let c = text[i]
            let isSeparator = piped ? c == "|" : c == "\t" || (c == " " && i + 1 < range.upperBound && text[i + 1] == " ")
            if isSeparator {
                close(i)
                separator = i
                i += 1
                if !piped { while i < range.upperBound, text[i] == " " || text[i] == "\t" { i += 1 } }
                start = i
            } else {
                i += 1
            }
        }
        close(range.upperBound)
        if !piped { joinSpacedOut(text, &out) }
        // "| Result | Jan-Jun 2024 |": a line opening and closing on a pipe is a table's row with two cells too.
        let framed = text[range.lowerBound] == "|" && text[range.upperBound - 1] == "|"
        return out.count >= (framed ? min(minimum, 2) : minimum) ? out : nil
    }

    /// A Chinese heading spaced out to its column's width ("指　　标", "口　　岸"): cells of one Han
    /// character each, parted by spaces only, are one cell, or the header has a column more than its rows.
    private static func joinSpacedOut(_ text: [Unicode.Scalar], _ cells: inout [(cell: Range<Int>, separator: Int?)]) {
        func single(_ c: Range<Int>) -> Bool { c.count == 1 && text[c.lowerBound].isHan }
        /// Han characters each standing alone between spaces ("指", "指  标").
        func spacedOut(_ c: Range<Int>) -> Bool {
            c.indices.allSatisfy { k in text[k] == " " ? true : text[k].isHan && (k == c.lowerBound || text[k - 1] == " ") }
        }
        var k = 1
        while k < cells.count {
            let a = cells[k - 1].cell, b = cells[k].cell
            if single(b), spacedOut(a), text[a.upperBound..<b.lowerBound].allSatisfy({ $0 == " " }) {
                cells[k - 1].cell = a.lowerBound..<b.upperBound
                cells.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    /// The cells of a row under `count` columns. A spreadsheet row of one cell too many, with one
    /// comma between a digit and a group of three ("Guns seized,2024,1,217,guns" under four columns): a figure's
    /// thousands separator left unquoted, its two halves one cell again ("1,217"; a garbled
    /// "8.37,000" stays one doubtful figure).
    static func cells(_ text: [Unicode.Scalar], _ range: Range<Int>, fitting count: Int) -> [(cell: Range<Int>, separator: Int?)]? {
        guard var cells = Self.cells(text, range) else { return nil }
        if cells.count < count, let padded = tabbedCells(text, range, cells, count: count) { return padded }
        guard cells.count == count + 1 else { return cells }
        func isDigit(_ k: Int) -> Bool { k >= range.lowerBound && k < range.upperBound && text[k].value >= 48 && text[k].value <= 57 }
        let split = cells.indices.dropFirst().filter { k in
            guard let sep = cells[k].separator, text[sep] == "," else { return false }
            // The half after the comma is a group of three digits ("1,318", not "2024,1").
            return isDigit(sep - 1) && cells[k - 1].cell.upperBound == sep && cells[k].cell.lowerBound == sep + 1
                && cells[k].cell.count == 3 && cells[k].cell.allSatisfy(isDigit)
        }
        guard split.count == 1, let k = split.first else { return cells }
        cells[k - 1].cell = cells[k - 1].cell.lowerBound..<cells[k].cell.upperBound
        cells.remove(at: k)
        return cells
    }

    /// The cells of a row under the header's `count` columns. A row of a table laid out with spaces
    /// that leaves a cell blank ("Mainland residents   million   288.48            11.6" under
    /// "Unit   2016   2015   Growth") has its cells placed under the header's columns by where they
    /// stand on the line, the blank ones empty; nil when two cells fall under one column.
    func rowCells(_ text: [Unicode.Scalar], _ range: Range<Int>, count: Int) -> [(cell: Range<Int>, separator: Int?)]? {
        guard var cells = Self.cells(text, range, fitting: count) else { return nil }
        if cells.count < count, let split = figureClosingLabel(text, range, cells[0].cell) {
            cells[0].cell = cells[0].cell.lowerBound..<split.space
            cells.insert((split.figure, split.space), at: 1)
        }
        guard cells.count < count, cells.count >= 2, columnSpans.count == count, text[range.lowerBound] != "|",
              cells.dropFirst().allSatisfy({ $0.separator.map { text[$0] == " " } ?? false }),
              let indent = Self.indentation(text, range.lowerBound) else { return cells }
        let lineStart = range.lowerBound - indent
        var placed: [(cell: Range<Int>, separator: Int?)?] = Array(repeating: nil, count: count)
        placed[0] = cells[0]
        var last = 0
        for c in cells.dropFirst() {
            // A figure stands where its digits do, a note after it ("4,52,000 (units)") aside.
            var end = c.cell.upperBound
            if Tokenizer.isDigit(text[c.cell.lowerBound]), let space = c.cell.firstIndex(where: { text[$0] == " " }) { end = space }
            let mid = c.cell.lowerBound + end - 2 * lineStart
            guard let column = columnSpans.indices.min(by: {
                abs(columnSpans[$0].lowerBound + columnSpans[$0].upperBound - mid) < abs(columnSpans[$1].lowerBound + columnSpans[$1].upperBound - mid)
            }), column > last, placed[column] == nil else { return cells }
            placed[column] = c; last = column
        }
        var out: [(cell: Range<Int>, separator: Int?)] = []
        for p in placed {
            if let p { out.append(p); continue }
            let at = out.last?.cell.upperBound ?? range.lowerBound
            out.append((at..<at, at))
        }
        return out
    }

    /// "Hong Kong, Macao, Taiwan residents 247.1    250.5": a label too long for its column runs into
    /// the first figure with one space between. A figure closing the label cell, after words, that
    /// stands under a column of figures is that column's cell: where it starts, and the space before it.
    private func figureClosingLabel(_ text: [Unicode.Scalar], _ range: Range<Int>, _ label: Range<Int>) -> (space: Int, figure: Range<Int>)? {
        guard columnSpans.count > 1, let space = text[label].lastIndex(of: " "), space > label.lowerBound,
              Tokenizer.isLetter(text[space - 1]), text[(space + 1)..<label.upperBound].allSatisfy({ Tokenizer.isDigit($0) || $0 == "." || $0 == "," }),
              text[(space + 1)..<label.upperBound].contains(where: Tokenizer.isDigit),
              let indent = Self.indentation(text, range.lowerBound) else { return nil }
        let lineStart = range.lowerBound - indent
        let mid = space + 1 + label.upperBound - 2 * lineStart
        guard let column = columnSpans.indices.min(by: {
            abs(columnSpans[$0].lowerBound + columnSpans[$0].upperBound - mid) < abs(columnSpans[$1].lowerBound + columnSpans[$1].upperBound - mid)
        }), column > 0 else { return nil }
        return (space, (space + 1)..<label.upperBound)
    }

    /// A spreadsheet's row pasted with its tabs (each tab two spaces), short of `count` cells: its
    /// blank cells left runs of tabs ("mainland residents\t\t\t29,650,000" under "Q1  Q2  H1") and
    /// a merged label cell a leading tab. Every gap an even run of spaces, one of them wider than a
    /// tab: each tab past the first is an empty cell, and the cells still missing open the row (the
    /// merged column). Nil when the row is no such row or the cells do not come to `count`.
    static func tabbedCells(_ text: [Unicode.Scalar], _ range: Range<Int>, _ cells: [(cell: Range<Int>, separator: Int?)],
                            count: Int) -> [(cell: Range<Int>, separator: Int?)]? {
        var out: [(cell: Range<Int>, separator: Int?)] = [cells[0]]
        var wide = false
        for c in cells.dropFirst() {
            guard let sep = c.separator, text[sep] == " " else { return nil }
            let gap = c.cell.lowerBound - sep
            guard gap >= 2, gap % 2 == 0, text[sep..<c.cell.lowerBound].allSatisfy({ $0 == " " }) else { return nil }
            if gap > 2 { wide = true }
            for _ in 0..<(gap / 2 - 1) { out.append((sep..<sep, sep)) }
            out.append(c)
        }
        guard wide, out.count <= count, out.count >= count - 1 else { return nil }
        if out.count < count { out.insert((range.lowerBound..<range.lowerBound, nil), at: 0); out[1].separator = range.lowerBound }
        return out
    }

    /// The cells of a spreadsheet's comma-separated row (`CommaSeparatedRow`), trimmed and
    /// unquoted; empty cells keep their column.
    private static func csvCells(_ text: [Unicode.Scalar], _ range: Range<Int>, minimum: Int) -> [(cell: Range<Int>, separator: Int?)]? {
        guard let commas = CommaSeparatedRow.commas(text, range), commas.count + 1 >= minimum else { return nil }
        var out: [(cell: Range<Int>, separator: Int?)] = []
        var start = range.lowerBound, separator: Int? = nil
        for end in commas + [range.upperBound] {
            var a = start, b = end
            while a < b, Tokenizer.isSpace(text[a]) { a += 1 }
            while b > a, Tokenizer.isSpace(text[b - 1]) { b -= 1 }
            // A quoted cell's quotes are no part of its value (RFC 4180).
            if b - a >= 2, text[a] == "\"", text[b - 1] == "\"" { a += 1; b -= 1 }
            out.append((a..<b, separator))
            separator = end; start = end + 1
        }
        return out
    }

    /// A row of column headings naming years ("| Category | 2018 | 2017 | Change |", 指标\t2024年\t2023年\t同比)
    /// or a column of year-on-year changes (指标　数值　同比（％）): notes each column's year and the
    /// change column, and keeps the heading lines above it. False for any other line.
    mutating func header(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        if columnYears != nil, lastWasHeading, columnScales == nil, unitsRow(text, range) { return true }
        if columnYears != nil, lastWasHeading, notesRow(text, range) { return true }
        if columnYears != nil, lastWasHeading, headingsContinue(text, range) { return true }
        guard var cells = Self.cells(text, range) else { return false }
        // "                          Unit      2018      2017    Change": a header row indented far,
        // over the rows' labels, heads no label column; that column comes first, unheaded.
        if text[range.lowerBound] != "|", let indent = Self.indentation(text, range.lowerBound), indent >= 16 {
            cells.insert((range.lowerBound..<range.lowerBound, nil), at: 0)
            cells[1].separator = range.lowerBound
        }
        var years: [Int?] = []
        var changeYear: Int?
        var change: Int?, unit: Int?, periodCells: Int?, qualifierCells: Int?, remarkCells: Int?, previous: Int?
        var changeHeads = Set<Int>()
        var parts = Set<Period.Kind>()
        var kinds: [Period.Kind?] = []
        var yearParts: [Int: Period.Kind] = [:], partedCells = Set<Int>(), namedYears: [Int: Set<Int>] = [:]
        // "Documents issued (million)  2018  2019": a scale in brackets closing the label column's
        // heading holds for the bare figures of every year column; its number is no year's.
        var labelScale: Decimal?, labelEnd = cells[0].cell.upperBound
        if let (open, scale) = bracketedScale(text, cells[0].cell) {
            labelScale = scale; labelEnd = open
        }
        // "| 项目 | 数量（万人次） | 同比（%） |": a scale in brackets closing a value column's heading
        // holds for the bare figures of that column.
        var headScales = [Decimal?](repeating: nil, count: cells.count)
        var skipped = Set<Int>(), heads: [String] = []
        for (i, c) in cells.enumerated() {
            let cell = ScalarWriter.string(text, c.cell).lowercased()
            heads.append(cell)
            // "value,unit,prev_year_value": the year before the release's, known when a row is read.
            if i > 0, words.isPreviousYearHeading(cell) { previous = i; years.append(nil); kinds.append(nil); continue }
            // "dataset_id,row_id,indicator_name,…": a column of ids or row numbers holds no figure.
            if i > 0, words.isIndexHeading(cell) { skipped.insert(i); years.append(nil); kinds.append(nil); continue }
            if i > 0, words.changeLabel(cell) == false { skipped.insert(i); years.append(nil); kinds.append(nil); continue }
            if i > 0, words.isMonthHeading(cell) { skipped.insert(i); years.append(nil); kinds.append(nil); continue }
            // "2025F", "2026 (forecast)": a forecast's column; "2023 as % of 2019": a column of shares.
            if i > 0, words.isForecastHeading(Tokenizer.tokenize(text, c.cell)) || words.isShareHeading(cell) {
                skipped.insert(i); years.append(nil); kinds.append(nil); continue
            }
            // "Change on 2014 (%)", "2018 vs 2017 (%)": the changes of one year's figures on the year before.
            if i > 0, let y = words.changeOnYearBefore(Tokenizer.tokenize(text, c.cell)) {
                if change == nil { change = i; changeYear = y }
                years.append(nil); kinds.append(nil); continue
            }
            if i > 0, words.isChangeHeading(cell) { changeHeads.insert(i) }
            if i > 0, change == nil, words.isChangeHeading(cell) { change = i }
            if i > 0, change != i, let (_, scale) = bracketedScale(text, c.cell) { headScales[i] = scale }
            if i > 0, unit == nil, words.isUnitHeading(cell) { unit = i; years.append(nil); kinds.append(nil); continue }
            if i > 0, periodCells == nil, words.isPeriodHeading(cell) { periodCells = i; years.append(nil); kinds.append(nil); continue }
            if i > 0, qualifierCells == nil, words.isQualifierHeading(cell) { qualifierCells = i; years.append(nil); kinds.append(nil); continue }
            if i > 0, remarkCells == nil, words.isRemarkHeading(cell) { remarkCells = i; years.append(nil); kinds.append(nil); continue }
            // "2021H1_yoy", "2021-Q2 yoy": the change column of that period's figures, no figures of its own.
            if i > 0, words.isChangeHeading(cell), !skipped.contains(i) { years.append(nil); kinds.append(nil); continue }
            // "Q3", "Second half", 三季度, "Full year": a part of the release's year, without its year.
            let kind = i > 0 ? words.partHeading(cell) : nil
            kinds.append(kind)
            if kind != nil { years.append(nil); continue }
            var tokens = Tokenizer.tokenize(text, i == 0 ? c.cell.lowerBound..<labelEnd : c.cell)
            // "H1 2024", "Q3 2023": the half or quarter's digit is no figure.
            var cellPart: Period.Kind?
            while tokens.count > 2, tokens[0].is("h") || tokens[0].is("q"), tokens[1].kind == .number,
                  tokens[1].text.count == 1, tokens[1].start == tokens[0].end {
                if let n = Int(tokens[1].text) { cellPart = tokens[0].is("q") ? .quarter(n) : .half(n); parts.insert(cellPart!); partedCells.insert(i) }
                tokens.removeFirst(2)
            }
            // "2021H1_value", "2021-Q2 value": the part written after its year.
            if i > 0, cellPart == nil, tokens.count > 2, tokens[0].writtenYear != nil,
               let k = tokens.indices.dropFirst().first(where: { k in (tokens[k].is("h") || tokens[k].is("q")) && k + 1 < tokens.count
                   && tokens[k + 1].kind == .number && tokens[k + 1].text.count == 1 && tokens[k + 1].start == tokens[k].end
                   && tokens[k - 1].end >= tokens[k].start - 1 }),
               let n = Int(tokens[k + 1].text) {
                cellPart = tokens[k].is("q") ? .quarter(n) : .half(n); parts.insert(cellPart!); partedCells.insert(i)
            }
            // "Whole year 2022", "Second half 2024", "2022年全年": a part heading with its year.
            if i > 0, cellPart == nil, tokens.filter({ $0.kind == .number }).count == 1,
               let at = tokens.firstIndex(where: { $0.writtenYear != nil }), tokens.count > 1 {
                var rest = tokens
                rest.remove(at: at)
                if at < rest.count, rest[at].is("年") { rest.remove(at: at) }
                if !rest.isEmpty, let k = words.partHeading(MetricMatcher.join(rest[...])) {
                    cellPart = k; partedCells.insert(i)
                    tokens = [tokens[at]]
                }
            }
            let numbers = tokens.indices.filter { k in
                tokens[k].kind == .number && !(k > 0 && tokens[k].text.count == 1 && tokens[k].start == tokens[k - 1].end
                                               && (tokens[k - 1].is("h") || tokens[k - 1].is("q")))
            }.map { tokens[$0] }
            if i > 0 { namedYears[i] = Set(numbers.compactMap(\.writtenYear)) }
            if let first = tokens.first, numbers.count == 1, tokens.count <= 6, let y = first.writtenYear {
                years.append(y)
                if i > 0, let cellPart { yearParts[i] = cellPart }
            } else if tokens.count == 2, let (a, b) = words.monthRun(tokens[0].text) ?? words.monthNumber(tokens[0].text).map({ ($0, $0) }),
                      let y = tokens[1].writtenYear {
                // ("March 2026": one month of a year, that month's column.)
                // "Jan-Jun 2024": the months of a year name that year's column, and its part of the year.
                years.append(y)
                if i > 0 { yearParts[i] = Period.months(y, a, b).canonical.kind; partedCells.insert(i) }
            } else if !numbers.isEmpty, numbers.allSatisfy({ $0.writtenYear != nil }), tokens.count <= 8 {
                years.append(nil)  // "Share of H1 2019 level": a heading naming a year, no year's column
            } else if !numbers.isEmpty, !(i > 0 && words.isPeriodHeading(heads[0]) && tokens.filter({ $0.kind == .word }).count >= 2) {
                // ("year | hotline 12367 satisfaction pct": under a period heading, words with a number name a column.)
                return false     // a row of figures, not of headings
            } else {
                years.append(nil)
            }
        }
        let partColumns = kinds.filter { $0 != nil }.count
        // ("Year   Total   Mainland residents   Foreign nationals": a label column headed as the rows'
        // periods heads columns of what each counts.)
        guard years.contains(where: { $0 != nil }) || change != nil || unit != nil || partColumns >= 2
                || headScales.contains(where: { $0 != nil }) || skipped.count >= 2 || cells.count >= 2 && words.isPeriodHeading(heads[0]) else { return false }
        columnKinds = partColumns >= 2 ? kinds : nil
        // "| Jan-Jun 2024 | Change y/y | Q2 2024 | Change q/q |": a column headed by a part with its
        // year, beside a column of that year headed without a part, is that part's figure, not the
        // release's period's.
        if columnKinds == nil {
            var own = kinds
            for (i, k) in yearParts {
                guard let y = years[i], namedYears.contains(where: { $0.key != i && !partedCells.contains($0.key) && $0.value.contains(y) }) else { continue }
                own[i] = k
                // "| Q4 2022 | 2022 |": beside the year's last part, a column of that year alone is the whole year.
                guard k == .quarter(4) || k == .half(2) else { continue }
                for j in years.indices where j != i && years[j] == y && !partedCells.contains(j) && own[j] == nil { own[j] = .year }
            }
            // "2021H1_value | 2021Q2_value": columns of two parts of the year, each its part's.
            if Set(yearParts.values).count >= 2 { for (i, k) in yearParts { own[i] = k } }
            if own.contains(where: { $0 != nil }) { columnKinds = own }
        }
        partChanges = [:]
        changeHeaded = changeHeads
        // (| 一季度 | 环比（%） | 同比（%） |: changes on another base may stand between.)
        for (i, k) in (columnKinds ?? []).enumerated() where k != nil {
            guard let j = heads.indices.dropFirst(i + 1).first(where: { !skipped.contains($0) }),
                  words.isChangeHeading(heads[j]), columnKinds?[j] == nil else { continue }
            partChanges[i] = j
        }
        // "| Q2 2025 | Q1 2025 | Q2 2024 | q-o-q % | y-o-y % |": a year-on-year change after the column of
        // a part whose next year's same part is a column too is that later column's (Q2 2024 is its base).
        for (i, j) in partChanges {
            guard let k = columnKinds?[i], let y = years[i],
                  let later = columnKinds?.indices.first(where: { Self.samePart(columnKinds?[$0], k) && years[$0] == y + 1 }),
                  partChanges[later] == nil else { continue }
            partChanges[i] = nil; partChanges[later] = j
        }
        skippedColumns = skipped
        rowFacts = [:]; firstRowSubject = nil
        // A row's own unit cell wins over a unit line above ("| 项目 | 数量 | 单位 |" after a table under 单位：万人次).
        if unit != nil { units = nil }
        columnYears = years
        columnPart = parts.count == 1 ? parts.first : nil
        changeColumn = change
        changeColumnYear = changeYear
        unitColumn = unit
        periodColumn = periodCells
        qualifierColumn = qualifierCells
        previousYearColumn = previous
        remarkColumn = remarkCells
        numberedRows = cells.count > 2 && words.isIndexHeading(String(String.UnicodeScalarView(text[cells[0].cell])))
        idColumns = 0
        while idColumns + 2 < heads.count, words.isIndexHeading(heads[idColumns]) { idColumns += 1 }
        columnScales = nil; rowParents = []
        columnHeads = cells.map(\.cell)
        labelColumnIsPeriod = words.isPeriodHeading(heads[0])
        if let p = pendingLabel { pendingLabel = nil; heading(p.range) }
        let lineStart = range.lowerBound - (Self.indentation(text, range.lowerBound) ?? 0)
        columnSpans = cells.map { ($0.cell.lowerBound - lineStart)..<($0.cell.upperBound - lineStart) }
        if !lastWasHeading { lines = [] }
        // The heading of the label column ("Documents issued  2024  2023") says what the rows count.
        let label = numberedRows ? cells[1].cell : cells[0].cell.lowerBound..<labelEnd
        if years[0] == nil, label.count > 0, !label.contains(where: { Tokenizer.isDigit(text[$0]) }) { lines.append(label) }
        if years[0] == nil, let labelScale { columnScales = years.map { $0 == nil ? nil : labelScale } }
        else if headScales.contains(where: { $0 != nil }), headScales.count == years.count { columnScales = headScales }
        lastWasHeading = true
        return true
    }

    /// A header row's headings wrapped onto the line under it ("Item   2015   Change on" over
    /// "                2014 (%)"): every cell of the line stands under a column other than the
    /// label's and holds words or years only. Each goes on with its column's heading, which may then
    /// name the change column ("Change on 2014 (%)") or its column's year.
    private mutating func headingsContinue(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count <= Self.maxLength, let years = columnYears, columnSpans.count == years.count, columnHeads.count == years.count,
              let indent = Self.indentation(text, range.lowerBound), indent > 0 else { return false }
        let cells = Self.cells(text, range, minimum: 1)?.map(\.cell) ?? [range]
        let lineStart = range.lowerBound - indent
        var placed: [(column: Int, cell: Range<Int>)] = []
        for c in cells {
            let t = Tokenizer.tokenize(text, c)
            guard !t.isEmpty, t.allSatisfy({ $0.kind != .number || $0.writtenYear != nil }) else { return false }
            let mid = c.lowerBound + c.upperBound - 2 * lineStart
            guard let column = columnSpans.indices.min(by: {
                abs(columnSpans[$0].lowerBound + columnSpans[$0].upperBound - mid) < abs(columnSpans[$1].lowerBound + columnSpans[$1].upperBound - mid)
            }), column > 0, !placed.contains(where: { $0.column == column }) else { return false }
            placed.append((column, c))
        }
        for (column, c) in placed {
            let tokens = Tokenizer.tokenize(text, columnHeads[column]) + Tokenizer.tokenize(text, c)
            let joined = String(String.UnicodeScalarView(text[columnHeads[column]])) + " " + ScalarWriter.string(text, c)
            if let y = words.changeOnYearBefore(tokens) {
                if changeColumn == nil { changeColumn = column; changeColumnYear = y }
                columnYears?[column] = nil
            } else if changeColumn == nil, words.isChangeHeading(joined) {
                changeColumn = column; changeColumnYear = nil
                columnYears?[column] = nil
            }
        }
        return true
    }

    /// The scale a bracket closing a label cell writes ("(million)", "(10,000 trips)"), not a
    /// percentage's or a currency's, and where the bracket opens; nil without one.
    private func bracketedScale(_ text: [Unicode.Scalar], _ cell: Range<Int>) -> (open: Int, scale: Decimal)? {
        guard let open = Self.closingBracketOpens(text, cell) ?? text[cell].lastIndex(where: { $0 == "(" || $0 == "（" }),
              let entry = words.cellUnit(ScalarWriter.string(text, open..<cell.upperBound)),
              entry.scale != 1, entry.unit != "percent", entry.currency == nil else { return nil }
        return (open, entry.scale)
    }

    /// Where the bracket closing `cell` opens, brackets inside it passed over ("（万架（列、艘、辆）次）");
    /// nil when the cell does not end with a closing bracket.
    static func closingBracketOpens(_ text: [Unicode.Scalar], _ cell: Range<Int>) -> Int? {
        guard let last = text[cell].last, last == ")" || last == "）" else { return nil }
        var depth = 0
        for k in cell.reversed() {
            let c = text[k]
            if c == ")" || c == "）" { depth += 1 } else if c == "(" || c == "（" { depth -= 1; if depth == 0 { return k } }
        }
        return nil
    }

    /// A row of notes under a spreadsheet's header row, its label cell empty, its cells words
    /// without figures (",,,(unit of value columns),per unit column,% vs same period 2020"): no row,
    /// no prose; the rows under it are the table's.
    private func notesRow(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let years = columnYears, let cells = Self.csvCells(text, range, minimum: 3), cells.count == years.count,
              cells[0].cell.isEmpty else { return false }
        var worded = false
        for c in cells {
            let t = Tokenizer.tokenize(text, c.cell)
            for (k, x) in t.enumerated() where x.kind == .number {
                // A year ("2020") or a part's digit ("2020Q2") only.
                guard x.writtenYear != nil || (k > 0 && x.text.count == 1 && x.start == t[k - 1].end && (t[k - 1].is("q") || t[k - 1].is("h"))) else { return false }
            }
            if t.contains(where: { $0.kind == .word || $0.kind == .han }) { worded = true }
        }
        return worded
    }

    /// A units row under the header row: every cell a bracketed unit ("(10,000)", "(CNY 100m)",
    /// "(%)"), each under the header's column nearest to it. Notes each column's scale; a change
    /// column whose unit is not "%" is no column of percentage changes.
    private mutating func unitsRow(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let cells = Self.cells(text, range, minimum: 1)?.map(\.cell) ?? [range]
        guard let years = columnYears, columnSpans.count == years.count else { return false }
        let lineStart = range.lowerBound - (Self.indentation(text, range.lowerBound) ?? 0)
        var scales = [Decimal?](repeating: nil, count: years.count), named = years
        for c in cells {
            let cell = ScalarWriter.string(text, c)
            // "This year  Last year" over "(2023)  (2022)": a bracketed year names its column's year.
            let inner = Tokenizer.tokenize(text, c)
            let year = inner.count == 3 && (inner[0].is("(") || inner[0].is("（")) ? inner[1].writtenYear : nil
            guard cell.hasPrefix("(") || cell.hasPrefix("（"), let entry = year == nil ? words.cellUnit(cell) : TableWords.UnitEntry(scale: 1, unit: nil) else { return false }
            let mid = c.lowerBound + c.upperBound - 2 * lineStart
            guard let column = columnSpans.indices.min(by: {
                abs(columnSpans[$0].lowerBound + columnSpans[$0].upperBound - mid) < abs(columnSpans[$1].lowerBound + columnSpans[$1].upperBound - mid)
            }), column > 0 else { return false }
            if let year {
                guard column != changeColumn, named[column] == nil || named[column] == year else { return false }
                named[column] = year
            } else if column == changeColumn {
                if entry.unit != "percent" { changeColumn = nil }
            } else if entry.unit != "percent" {
                scales[column] = entry.scale
                if entry.scale != 1, entry.currency == nil { bracketScales.insert(entry.scale) }
            }
        }
        columnScales = scales
        columnYears = named
        return true
    }

    /// A bare figure followed by a bracketed scale the document's units rows use ("3,309.8
    /// (10,000)" in the notes under a table in 10,000s) is in that scale; the bracket is no figure.
    func bracketedScales(_ tokens: [Token], _ mentions: inout [Mention]) {
        guard !bracketScales.isEmpty else { return }
        for k in mentions.indices {
            let m = mentions[k], e = m.end
            guard m.kind == .figure, m.unit == nil, !m.spelled, !m.isRate, e == m.number + 1, e + 2 < tokens.count,
                  tokens[e].is("("), tokens[e + 2].is(")"),
                  let inner = mentions.firstIndex(where: { $0.first == e + 1 && $0.end == e + 2 }),
                  mentions[inner].unit == nil, bracketScales.contains(mentions[inner].value) else { continue }
            mentions[k].value *= mentions[inner].value
            mentions[inner].kind = .ordinal
        }
    }

    /// A sentence with figures. When it is a row ("Label: value", "Label .... value", "| Label |
    /// value |") under a heading, returns the heading's tokens, each line closed by ";" so that no
    /// subject reaches across it, then the row's, with the heading's token range; else ends the table.
    ///
    /// A row of a table whose header row names years ("| Mainland residents | 316 million |
    /// 281.9 million | +12.1% |") reads without the cells of other years' columns; each of those
    /// follows as a segment of its own (the row's label, ":", the cell), returned in `years`
    /// with the year its figures belong to.
    ///
    /// A cell of the change column is read as the change it is (－６０．９ under 同比（％）: 下降60.9%).
    /// Under a unit line, a line of a label and one figure ("出入境人员　　26081.3") is a row too.
    /// `part`: the release's part of its year; the column of the year before's figures is that part's
    /// of the year before (上年同季度 in a quarter's release).
    mutating func row(_ text: [Unicode.Scalar], _ tokens: [Token], _ mentions: [Mention], range: Range<Int>, year: Int,
                      part: Period.Kind = .year, language: Language = .zh)
        -> (tokens: [Token], heading: Range<Int>, years: [(tokens: Range<Int>, year: Int, kind: Period.Kind?)])? {
        cellScales = []
        let rowAbove = lastRowSubject
        rowChanges = []; lastRowSubject = nil
        if let p = pendingLabel, columnYears.map({ rowCells(text, range, count: $0.count)?.count != $0.count }) ?? true { heading(p.range) }
        // ("2015    523.03", "Q1 2025    160.4" under "Persons inspected, 2015-2019 (million)": a line
        // of a period and one figure under a heading that gives a scale is a row of that heading too.)
        if columnYears == nil, units != nil || sectionUnits != nil, let cells = Self.cells(text, range, minimum: 2), cells.count == 2,
           case let label = Tokenizer.tokenize(text, cells[0].cell),
           units != nil ? label.contains(where: { $0.kind == .han || $0.kind == .word })
               : !label.isEmpty && (label.allSatisfy { $0.writtenYear != nil } || words.isPeriodLabel(label)),
           !Tokenizer.tokenize(text, cells[1].cell).contains(where: { $0.kind == .han || $0.kind == .word }) {
            lastWasHeading = false
            var out = headingTokens(text)
            // (A period's label reads as "2015: 523.03" after the heading's subject, no segment end
            // between; the heading's span of years, "2015-2019", is the rows', each row its own period's.)
            if units == nil, let last = out.last, last.is(";") {
                out = withoutDates(Array(out.dropLast())) + [Token(kind: .punct, start: last.start, end: last.end, text: ",")]
            }
            let heading = 0..<out.count
            out += label
            if let sep = cells[1].separator { out.append(Token(kind: .punct, start: sep, end: sep, text: units != nil ? "|" : ":")) }
            out += Tokenizer.tokenize(text, cells[1].cell)
            return (out, heading, [])
        }
        if var years = columnYears, let cells = rowCells(text, range, count: years.count), cells.count == years.count {
            if let p = previousYearColumn, p < years.count { years[p] = year - 1 }
            // "P02,  mainland residents,内地居民,…": a code opening a spreadsheet's row is no label, the
            // cell after it is; a label cell beside the label in the other script glosses it.
            var lc = codeLeads(text, cells) || (cells.count > 2 && cells[0].cell.isEmpty) ? 1 : 0
            if idColumns > 1, cells.count > idColumns + 1 { lc = idColumns }
            var gloss: Int?
            if lc + 1 < cells.count, isPlainColumn(lc + 1), let a = Language.dominant(in: text[cells[lc].cell]),
               let b = Language.dominant(in: text[cells[lc + 1].cell]), a != b { gloss = lc + 1 }
            // "Documents issued | Ordinary passports | 561,000 | …" under "Category | Indicator | Q1 2021 | …":
            // a second label column names the row, the first its category (a section, a region), read
            // before it; a row whose category cell is blank (merged in the sheet) is in the category above.
            var category: Range<Int>?
            if gloss == nil, lc == 0, cells.count > 3, isPlainColumn(1), !cells[0].cell.isEmpty, !cells[1].cell.isEmpty,
               case let t = Tokenizer.tokenize(text, cells[1].cell), t.contains(where: { $0.kind == .word || $0.kind == .han }),
               !t.contains(where: { $0.kind == .number }), isPlainColumn(0) {
                category = cells[0].cell; mergedCategory = category; lc = 1
            } else if lc == 1, cells[0].cell.isEmpty {
                category = mergedCategory
            } else {
                mergedCategory = nil
            }
            // The first line of a wrapped label: the label's start when this row is indented deeper
            // and goes on with it (in lower case, or after a comma); else a heading of the rows below.
            var wrapped: [Token] = []
            var indent = Self.indentation(text, range.lowerBound) ?? 0, labelRange = cells[lc].cell
            // "V02,  aircraft,…", "| 　内地居民 |": spaces opening a spreadsheet's or a ruled table's label
            // cell indent the row.
            if let sep = cells[lc].separator, text[sep] == "," || text[sep] == "|" {
                indent += text[(sep + 1)..<cells[lc].cell.lowerBound].prefix { $0 == " " || $0 == "\u{3000}" }.count
            }
            if let p = pendingLabel {
                pendingLabel = nil
                if indent > p.indent, text[cells[lc].cell.lowerBound].properties.isLowercase || text[p.range.upperBound - 1] == ","
                    || words.endsOpen(text, p.range) {
                    wrapped = Self.labelTokens(text, p.range)
                    indent = p.indent; labelRange = p.range.lowerBound..<labelRange.upperBound
                } else {
                    heading(p.range)
                }
            }
            // "| - Aircraft | 572,000 |": a bullet opening the label cell makes the row an item of the
            // row above without one.
            if Self.bulletEnd(Tokenizer.tokenize(text, cells[lc].cell)) > 0 { indent += 1 }
            lastWasHeading = false
            while let p = rowParents.last, p.indent >= indent { rowParents.removeLast() }
            var out = headingTokens(text, more: rowParents.map(\.label))
            // "Table 1. Selected indicators, 2020-2021" over columns of 2020 and 2021: the heading's years
            // span the columns, and each cell is its column's year's, not the span's.
            // (A date's month and day go with its year: "数据截至：2024年12月31日" dates no column.)
            if Set(years.compactMap { $0 }).count > 1 { out = withoutDates(out) }
            let totalRow = rowParents.isEmpty && words.isTotalLabel(Self.labelTokens(text, cells[lc].cell))
            let parentScale = rowParents.last?.scale, parentUnit = rowParents.last?.unit ?? []
            rowParents.append((labelRange, indent, nil, []))
            let heading = 0..<out.count
            // "Port visas issued (thousand) | 1,476 | 2,105": a scale in brackets closing the row's
            // label holds for its bare figures, as the label column's heading's does for every row;
            // the bracket's number is no figure.
            var labelCell = cells[lc].cell, labelRowScale: Decimal?, labelMeasure: [Token] = [], labelCurrency: String?
            if let (open, scale) = bracketedScale(text, labelCell) {
                labelRowScale = scale; labelCell = labelCell.lowerBound..<open
            } else if let open = Self.closingBracketOpens(text, labelCell), open > labelCell.lowerBound,
                      let entry = words.cellUnit(ScalarWriter.string(text, open..<labelCell.upperBound)),
                      let c = entry.currency, entry.scale != 1 {
                // "Value of smuggled goods (CNY million) | 310": an amount in that currency and scale.
                labelRowScale = entry.scale; labelCurrency = c; labelCell = labelCell.lowerBound..<open
            } else if let open = Self.closingBracketOpens(text, labelCell), open > labelCell.lowerBound,
                      words.bracketedMeasure(ScalarWriter.string(text, open..<labelCell.upperBound)) {
                // "Drugs seized (tonnes) | 3.9": the unit closing the label reads after each bare figure.
                labelMeasure = Tokenizer.tokenize(text, (open + 1)..<(labelCell.upperBound - 1))
                labelCell = labelCell.lowerBound..<open
            }
            // "Table 1. Persons inspected (million)" / "| Total | 424.0 | 115.9 |": a total's row counts what the
            // table's first heading line names; those words read before its label.
            let totalLead = totalRow ? headingSubject(text).map { $0.placed(at: labelCell.lowerBound) } : []
            let categoryTokens = category.map { Self.labelTokens(text, $0) } ?? []
            let label = (totalRow ? totalLead : wrapped) + categoryTokens + Self.labelTokens(text, labelCell)
            // The row's unit cell: a scale for its bare figures, or a unit written after each.
            var rowScale: Decimal?, unitWords: [Token] = [], currency: String?
            if let u = unitColumn {
                // "万人次 (10k person-trips)", "起 (cases)": a unit written in two scripts is the part
                // in the script the row is read in.
                var unitCell = cells[u].cell
                if let open = Self.closingBracketOpens(text, unitCell), open > unitCell.lowerBound {
                    var outer = unitCell.lowerBound..<open
                    while outer.upperBound > outer.lowerBound, Tokenizer.isSpace(text[outer.upperBound - 1]) { outer = outer.lowerBound..<(outer.upperBound - 1) }
                    let inner = (open + 1)..<(unitCell.upperBound - 1)
                    if let o = Language.dominant(in: text[outer]), let n = Language.dominant(in: text[inner]), o != n { unitCell = o == language ? outer : inner }
                }
                let cell = ScalarWriter.string(text, unitCell)
                let unitTokens = Tokenizer.tokenize(text, unitCell)
                // A Chinese unit cell (亿元, 万名, 吨) reads after the figure as it would be written: 18.7亿元.
                if !unitTokens.isEmpty, unitTokens.allSatisfy({ $0.kind == .han }) {
                    unitWords = unitTokens
                } else if let entry = words.cellUnit(cell), entry.scale != 1 {
                    rowScale = entry.scale; currency = entry.currency
                } else if words.isMeasure(cell) {
                    unitWords = unitTokens
                }
            }
            // A Chinese unit closing the label (普通护照（万本）) reads after each figure as it would be
            // written (2568.4万本): its measure word says what the figure counts.
            if unitColumn == nil, labelRowScale != nil, labelCell.upperBound < cells[lc].cell.upperBound {
                let inner = Tokenizer.tokenize(text, (labelCell.upperBound + 1)..<(cells[lc].cell.upperBound - 1))
                if inner.count > 1, inner.allSatisfy({ $0.kind == .han || $0.kind == .punct }) { unitWords = inner; labelRowScale = nil }
            }
            if rowScale == nil { rowScale = labelRowScale; currency = currency ?? labelCurrency }
            // "  of which: foreign nationals   35.53" under "People inspected (million)   424.48".
            // ("  内地居民  7,486" under "出入境人员（万人次）  15,160": the parent's unit word too.)
            if unitColumn == nil, rowScale == nil, labelMeasure.isEmpty, unitWords.isEmpty { rowScale = parentScale; unitWords = parentUnit }
            rowParents[rowParents.count - 1].scale = rowScale
            rowParents[rowParents.count - 1].unit = unitWords
            if unitWords.isEmpty { unitWords = labelMeasure }
            let labelText = String(String.UnicodeScalarView(text[cells[lc].cell]))
            // "一季度　16350.0　15.8　1780.2" under "季度　出入境人员　同比（%）　外国人": a row of a part of the
            // year, under a label column headed by the period, is that part of the release's year in
            // every figure column, as a column headed by it would be.
            // "2019年上半年", "2024 Q1" under 年份: a part of a year the label names with its year.
            let yearPart: (year: Int, kind: Period.Kind)? = {
                guard labelColumnIsPeriod, columnKinds == nil else { return nil }
                let t = labelText.trimmingCharacters(in: .whitespaces)
                guard t.count > 4, let y = Int(t.prefix(4)), (1949...2100).contains(y) else { return nil }
                let rest = t.dropFirst(4).drop { $0 == "年" || $0 == " " }
                return words.partHeading(String(rest)).map { (y, $0) }
            }()
            let rowKind = labelColumnIsPeriod && columnKinds == nil ? yearPart?.kind ?? words.partHeading(labelText) : nil
            // A column headed by a part of the year is that part of the release's year.
            func columnKind(_ i: Int) -> Period.Kind? {
                if let rowKind {
                    return i == lc || i == gloss || i == unitColumn || i == qualifierColumn || i == remarkColumn || i == periodColumn
                        || changeHeaded.contains(i) || skippedColumns.contains(i) ? nil : rowKind
                }
                if i == previousYearColumn { switch part { case .quarter, .half: return part; default: return nil } }
                return columnKinds.flatMap { i < $0.count ? $0[i] : nil }
            }
            // "| Year-on-year change, people inspected (%) | +18.3 | +10.1 |" under columns of periods: a row
            // of changes (signed numbers or dashes) gives no figure; a change on the year before goes to
            // the figure of its column in the row above that its label names ("People inspected (million)").
            if let yoy = words.changeLabel(labelText), cells.count > 1,
               case let inPercent = labelText.contains("%") || labelText.contains("％"),
               cells.indices.dropFirst().allSatisfy({ i in i == unitColumn || isChangeCell(text, cells[i].cell, unsignedToo: inPercent) }) {
                let subject = words.subjectOfLabel(labelText)
                // ("比上年增长(%)" right under its row names no subject; "合计比上年增长(%)" the table's total.)
                let target = subject.isEmpty ? rowAbove
                    : rowFacts[subject] == nil && words.isTotalSubject(subject) ? firstRowSubject : subject
                if yoy, let target, let facts = rowFacts[target] {
                    for i in cells.indices.dropFirst() where i != unitColumn && i != changeColumn {
                        guard let change = changeValue(text, cells[i].cell) else { continue }
                        let k = columnKind(i)
                        guard let y = years[i] ?? (k != nil ? year : nil) else { continue }
                        rowChanges.append((Self.inYear(k ?? .year, y), change, facts))
                    }
                }
                return (out + label, heading, [])
            }
            lastRowSubject = words.subjectOfLabel(labelText)
            // "| 2023 | 4.24 | 266.5 | 1864.3 |" under "| 年份 | 出入境人员（亿人次） | 同比（%） | …": rows of
            // years, under a label column headed by the period, are periods too.
            let labelTokens = Self.labelTokens(text, cells[lc].cell)
            let rowYear = labelColumnIsPeriod && labelTokens.count == 1 ? labelTokens[0].writtenYear : yearPart?.year
            let periodOnly = words.isPeriodLabel(labelTokens) || rowYear != nil || rowKind != nil
            // A row of a year: each figure column is that year's, as a column of a year would be.
            let cellYears: [Int?] = rowYear.map { y in
                cells.indices.map { i in i == lc || i == changeColumn || i == unitColumn || i == qualifierColumn || i == remarkColumn
                    || i == periodColumn || i == gloss || skippedColumns.contains(i) ? nil : y }
            } ?? years
            func value(_ i: Int, _ c: Range<Int>) {
                // "| Q4 2023 | 127 million |" under "| Quarter | People inspected |": the column's heading
                // says what the figure counts.
                // (A column headed "Total" names nothing: its figure is the sum of the row's parts, see
                // `Extractor.readAsWholeOfItsParts`.)
                // ("hotline 12367 satisfaction pct": a number naming the column is no figure; a percent
                // sign or word closing the heading is each bare figure's unit.)
                var percent = false, measure: [Token] = []
                if periodOnly, i < columnHeads.count, i != changeColumn {
                    let head = Tokenizer.tokenize(text, columnHeads[i])
                    let named = head.filter { $0.kind == .word || $0.kind == .han }
                    if !named.isEmpty, named.count >= 2 || !head.contains(where: { $0.kind == .number }),
                       !words.isTotalLabel(head) { out += head.filter { $0.kind != .number } }
                    percent = head.last.map { $0.is("%") || words.isPercentWord($0.text) } == true
                    // "Drugs seized (tonnes)", "Hotline satisfaction (%)": the measure closing the heading
                    // reads after each bare figure.
                    if let open = Self.closingBracketOpens(text, columnHeads[i]), open > columnHeads[i].lowerBound,
                       words.bracketedMeasure(String(String.UnicodeScalarView(text[open..<columnHeads[i].upperBound]))) {
                        measure = Tokenizer.tokenize(text, (open + 1)..<(columnHeads[i].upperBound - 1))
                    }
                }
                let start = out.count
                var cellTokens = Tokenizer.tokenize(text, c)
                if cellTokens.count == 1, cellTokens[0].kind == .number {
                    let at = cellTokens[0].end
                    if percent { cellTokens.append(Token(kind: .punct, start: at, end: at, text: "%")) }
                    else { cellTokens += measure.map { $0.placed(at: at) } }
                }
                // Placed where the figure starts, as the words would stand in a sentence.
                if let q = qualifierColumn, q < cells.count, cellTokens.first?.kind == .number {
                    out += Tokenizer.tokenize(text, cells[q].cell).map { $0.placed(at: c.lowerBound) }
                } else if let m = remarkColumn, m < cells.count, cellTokens.first?.kind == .number,
                          case let t = Tokenizer.tokenize(text, cells[m].cell), let q = words.qualifier(in: t, language: language) {
                    // "约3.1万 / about" in the remark column: only its qualifier, before the figure.
                    out += t[q].map { $0.placed(at: c.lowerBound) }
                }
                // "CNY 100m" of the unit column: the amount reads as "cny 31.6", scaled below.
                if let currency, cellTokens.count == 1, cellTokens[0].kind == .number {
                    out.append(Token(kind: .word, start: c.lowerBound, end: c.lowerBound, text: currency))
                }
                out += cellTokens
                // "2.1亿" under a unit column of 元: the scale is the figure's, the unit the cell's.
                if let end = cellTokens.last?.end, cellTokens.count == 1
                    || (cellTokens.count == 2 && cellTokens[0].kind == .number && cellTokens[1].kind == .han && unitWords.first?.kind == .han) {
                    out += unitWords.map { $0.placed(at: end) }
                }
                if let scale = columnScales?[i] ?? rowScale, scale != 1 { cellScales.append((start..<out.count, scale)) }
            }
            out += wrapped
            var labelStart: Int?
            for (i, (c, y)) in zip(cells, cellYears).enumerated() {
                if let y, y != year || rowYear != nil { continue }
                if columnKind(i) != nil { continue }   // a span of its own, with its period, below
                if i == unitColumn || i == qualifierColumn || skippedColumns.contains(i) || partChanges.values.contains(i) { continue }
                if i < lc || i == gloss { continue }
                if i == remarkColumn {
                    // A remark's words ("local port figure", "share") read after the row; its numbers are no figures,
                    // and its dates ("in operation since Feb 2019") no period of the row's figures.
                    let t = Tokenizer.tokenize(text, c.cell)
                    let q = words.qualifier(in: t, language: language) ?? 0..<0
                    let kept = t.indices.filter { k in !q.contains(k) && t[k].kind != .number && !(t[k].kind == .han && k > 0 && t[k - 1].kind == .number)
                        && !(t[k].kind == .word && words.isPeriodWord(t[k].text)) }
                    if !kept.isEmpty, let sep = c.separator {
                        out.append(Token(kind: .punct, start: sep, end: sep, text: "|"))
                        out += kept.map { t[$0] }
                    }
                    continue
                }
                // "2026-H1" under the period column: the words that name that period open the row
                // ("first half 2026, <label> | <value>"), as a sentence opens with its period.
                if i == periodColumn, language == .en, let named = words.periodCell(ScalarWriter.string(text, c.cell)) {
                    let at = labelStart ?? out.count
                    out.insert(contentsOf: named.map { Token(kind: Int($0) != nil ? .number : .word, start: c.cell.lowerBound, end: c.cell.lowerBound, text: $0) }
                        + [Token(kind: .punct, start: c.cell.lowerBound, end: c.cell.lowerBound, text: ",")], at: at)
                    continue
                }
                if i == changeColumn {
                    if let y = changeColumnYear, y != year { continue }
                    out += changeCell(text, c.cell, language: language)
                    continue
                }
                if let sep = c.separator { out.append(Token(kind: .punct, start: sep, end: sep, text: "|")) }
                if i == lc { labelStart = out.count; out += totalLead + categoryTokens + Self.labelTokens(text, labelCell) } else { value(i, c.cell) }
            }
            var spans: [(tokens: Range<Int>, year: Int, kind: Period.Kind?)] = []
            for (i, (c, y)) in zip(cells, cellYears).enumerated() {
                let k = columnKind(i)
                guard let y = y ?? (k != nil ? year : nil), y != year || k != nil || rowYear != nil else { continue }
                let start = out.count
                out.append(Token(kind: .punct, start: c.cell.lowerBound, end: c.cell.lowerBound, text: ";"))
                out += label
                out.append(Token(kind: .punct, start: c.cell.lowerBound, end: c.cell.lowerBound, text: "|"))
                value(i, c.cell)
                if let j = partChanges[i] ?? (rowYear != nil && changeColumn == i + 1 ? changeColumn : nil)
                    ?? (rowKind != nil && changeHeaded.contains(i + 1) ? i + 1 : nil) {
                    out += changeCell(text, cells[j].cell, language: language)
                }
                spans.append((start..<out.count, y, k.map { Self.inYear($0, y).kind }))
            }
            return (out, heading, spans)
        }
        // A Chinese list line without a separator ("内地居民3.46亿人次，同比增长3.3%" under a line 其中：): a
        // label of Chinese words only right before the figure, on a line that does not end like a
        // sentence, under a heading that ends with a colon.
        // A bulleted line ("◆ 港澳台居民4783.9万人次，同比下降18.6%", "● …", "- …") is such a row, sentence
        // end or not, under a heading line without digits too (【出入境查验】, not a dateline 新华社北京1月15日电)
        // or under its list's first line. (English bulleted rows have their label separator.)
        let bullet = tokens.contains(where: { $0.kind == .han }) ? Self.bulletEnd(tokens) : 0
        if bullet > 0 {
            let lead = proseLine
            if let mark = bulletMark, mark != tokens[0].text, !lastWasHeading { prose() }
            bulletMark = tokens[0].text
            if lines.isEmpty, let p = lead { lines = [p]; bulletLead = true }
        }
        proseLine = nil
        let headed: Bool = {
            guard let h = lines.last, h.upperBound > h.lowerBound else { return false }
            if text[h.upperBound - 1] == "：" || text[h.upperBound - 1] == ":" { return true }
            return bullet > 0 && (bulletLead || !text[h].contains(where: Tokenizer.isDigit))
        }()
        // A numbered line ("1. 内地居民2.05亿人次，同比上升217.2%；") under a heading that ends with a
        // colon (其中：) is such a row too, its number no part of the label.
        let number = bullet == 0 && headed ? Self.listNumberEnd(tokens, mentions) : 0
        let chineseRow: Bool = {
            let lead = max(bullet, number)
            guard let m = mentions.first(where: { $0.kind == .figure }), m.first > lead, let last = text[range].last,
                  lead > 0 || !Self.sentenceEnds.contains(last), headed else { return false }
            return tokens[lead..<m.first].allSatisfy { $0.kind == .han }
        }()
        // "* 2019: about 670 million" under "People inspected at the borders:": a label that is only a
        // year (a bullet before it) is a row of what the heading counts, in that year.
        let listed = !lines.isEmpty
        // ("2016年：5.71" under 图1 …（单位：亿人次）: the year with its 年.)
        func yearLabel(_ sep: Int) -> Bool {
            let b = Self.bulletEnd(tokens)
            return listed && b < tokens.count && tokens[b].writtenYear != nil && (sep == b + 1 || (sep == b + 2 && tokens[b + 1].is("年")))
        }
        guard let m = mentions.first(where: { $0.kind == .figure }), chineseRow || m.first > 1,
              chineseRow || Self.labelSeparators.contains(tokens[m.first - 1]),
              chineseRow || tokens[..<(m.first - 1)].contains(where: { $0.kind == .word || $0.kind == .han }) || yearLabel(m.first - 1) else {
            // A bulleted line of prose ("◆ 查处“三非”外国人6.9万人次，遣返4.4万人") keeps its list under its
            // heading; with none, it heads the bulleted rows after it ("■ 查验交通运输工具…", "■ 飞机70.1万架次").
            if bullet > 0 {
                if !headed { lines = [range]; bulletLead = true }
                lastWasHeading = false
                // "📊 …共查验出入境人员1.78亿人次！" heads the bullets of another mark after it too.
                if Self.endsLine(text, range) { proseLine = range }
            } else {
                // "- Conveyances inspected rose 4.1% to 33.1m" ends the table, but still heads the
                // items indented under it.
                let kept = parents
                prose()
                parents = kept
                let hanging = hang(text, tokens, range)
                if Self.endsLine(text, range) { proseLine = range }
                // "• Conveyances inspected: 9.41M" / "  – Aircraft 251K / trains 27.6K": an item of prose
                // indented under a bulleted line reads with that line as its heading.
                if !hanging.isEmpty, mentions.contains(where: { $0.kind == .figure }) {
                    let out = headingTokens(text, more: hanging)
                    return (out + tokens, 0..<out.count, [])
                }
            }
            return nil
        }
        lastWasHeading = false
        let hanging = hang(text, tokens, range)
        guard !lines.isEmpty || !hanging.isEmpty else {
            // "People inspected, H1 2018: 310 million" opening a slide: a label naming its period is
            // the title of the labelled rows under it ("Foreign nationals: 31.7 million"), as a
            // heading line is.
            if !chineseRow, bullet == 0, tokens[..<(m.first - 1)].contains(where: { $0.writtenYear != nil }) {
                lines = [range.lowerBound..<tokens[m.first - 1].start]
            }
            return nil
        }
        if !chineseRow, hanging.isEmpty, yearLabel(m.first - 1) {
            // Read as the sentence "In 2019, people inspected at the borders: about 670 million": the
            // year opens it as a period, the heading says what its figures count.
            let at = tokens[0].start, b = Self.bulletEnd(tokens)
            var out = language == .zh ? tokens[b..<(m.first - 1)].map { $0.placed(at: at) } + [Token(kind: .punct, start: at, end: at, text: "，")]
                : [Token(kind: .word, start: at, end: at, text: "in"), tokens[b].placed(at: at), Token(kind: .punct, start: at, end: at, text: ",")]
            // (The heading's own years, "2015–2021", span the rows; each row is its label's year. A Chinese
            // title's number and bracketed unit, 图1 …（单位：亿人次）, are no part of what it counts.)
            out += language == .zh ? headingSubject(text).map { $0.placed(at: at) } : Array(withoutDates(headingTokens(text)).dropLast())
            if let last = out.last, !Self.labelSeparators.contains(last) { out.append(tokens[m.first - 1]) }
            return (out + tokens[m.first...], 0..<0, [])
        }
        let out = headingTokens(text, more: hanging)
        // ("▶ 飞机：53.5万架次": the bullet is no part of the row's label.)
        let row = Self.bulletBeforeLabel(tokens) > 0 ? Array(tokens.dropFirst(bullet)) : tokens
        return (out + row, 0..<out.count, [])
    }

    /// Whether column `i` is neither a figure's nor a unit's, period's, qualifier's, remark's or change's.
    private func isPlainColumn(_ i: Int) -> Bool {
        guard let years = columnYears, i < years.count, years[i] == nil else { return false }
        if let k = columnKinds, i < k.count, k[i] != nil { return false }
        return ![unitColumn, periodColumn, qualifierColumn, remarkColumn, changeColumn].contains(i) && !skippedColumns.contains(i)
            && !partChanges.values.contains(i)
    }

    /// Whether a spreadsheet's row opens with a code ("P01", "E-05") before its label cell, or a
    /// numbered table's row with its number ("| 3 | - HK, Macao, Taiwan residents | 221 million |").
    private func codeLeads(_ text: [Unicode.Scalar], _ cells: [(cell: Range<Int>, separator: Int?)]) -> Bool {
        if numberedRows, cells.count > 2, isPlainColumn(1), cells[0].cell.allSatisfy({ Tokenizer.isDigit(text[$0]) || text[$0] == "." }),
           Tokenizer.tokenize(text, cells[1].cell).contains(where: { $0.kind == .word || $0.kind == .han }) { return true }
        guard cells.count > 2, let sep = cells[1].separator, text[sep] == ",", isPlainColumn(1), (2...8).contains(cells[0].cell.count),
              Tokenizer.tokenize(text, cells[1].cell).contains(where: { $0.kind == .word || $0.kind == .han }) else { return false }
        var letters = 0, digits = 0
        for k in cells[0].cell {
            let v = text[k].value
            if v >= 48 && v <= 57 { digits += 1 } else if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) { letters += 1 } else if !"-_.".unicodeScalars.contains(text[k]) { return false }
        }
        return letters > 0 && letters <= 3 && digits > 0 && !words.isPeriodLabel(Tokenizer.tokenize(text, cells[0].cell))
    }

    /// The language a spreadsheet's row is read in: its label cell's ("Criminal cases" beside
    /// 妨害国（边）境管理犯罪案件 reads in English); nil for any other line.
    func rowLanguage(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Language? {
        guard let years = columnYears, CommaSeparatedRow.commas(text, range) != nil,
              let cells = Self.cells(text, range, fitting: years.count), cells.count == years.count else { return nil }
        return Language.dominant(in: text[cells[codeLeads(text, cells) ? 1 : 0].cell])
    }

    /// A row's label is a name: a comma in it ("HK, Macao and Taiwan residents") parts no clauses.
    private static func labelTokens(_ text: [Unicode.Scalar], _ r: Range<Int>) -> [Token] {
        let tokens = Tokenizer.tokenize(text, r)
        // The bullet of a sub-item ("- Aircraft") is no part of its name.
        return tokens[bulletEnd(tokens)...].filter { !$0.is(",") }
    }

    /// A bulleted line hangs from the bulleted lines above it that are less indented: returns
    /// those, and notes the line as one the next may hang from. Any other line ends the nesting.
    private mutating func hang(_ text: [Unicode.Scalar], _ tokens: [Token], _ range: Range<Int>) -> [Range<Int>] {
        guard Self.bulletEnd(tokens) > 0, !tokens[0].is("|"), let indent = Self.indentation(text, range.lowerBound) else {
            parents = []
            return []
        }
        while let p = parents.last, p.indent >= indent { parents.removeLast() }
        let hanging = parents.map(\.line)
        parents.append((range, indent))
        return hanging
    }

    /// Whether only spaces follow the sentence on its line.
    private static func endsLine(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var e = range.upperBound
        while e < text.count, text[e] == " " || text[e] == "\t" { e += 1 }
        return e == text.count || text[e] == "\n"
    }

    /// The spaces and tabs between the start of the line and `start`; nil when `start` does not
    /// open its line (a second sentence on the line is no list item).
    static func indentation(_ text: [Unicode.Scalar], _ start: Int) -> Int? {
        var a = start
        while a > 0, text[a - 1] == " " || text[a - 1] == "\t" { a -= 1 }
        return a == 0 || text[a - 1] == "\n" ? start - a : nil
    }

    /// Marks that open a list item, not a label: brackets and quotes do not.
    static let notBullets = TokenSet(["(", "（", "【", "[", "“", "\"", "‘", "'", "《", "「", "『", "<", "〈"])

    /// Where the number that opens a list item ("1.", "2、", "3)") ends, when it was read as the
    /// item's number and not as a figure: 0 for a line without.
    /// ("(1) 内地居民…", "（一）内地居民…", "一、内地居民…": an outline's number in brackets, or in
    /// Chinese numerals, opens such a line too.)
    static func listNumberEnd(_ tokens: [Token], _ mentions: [Mention]) -> Int {
        let bracketed = tokens.first.map { $0.is("(") || $0.is("（") } == true
        let s = bracketed ? 1 : 0
        var e = s
        if e < tokens.count, tokens[e].kind == .number { e += 1 } else {
            while e < tokens.count, e - s < 3, tokens[e].kind == .han, NumberReader.isHanNumeral(tokens[e]) { e += 1 }
        }
        guard e > s, e + 1 < tokens.count, !mentions.contains(where: { $0.first == s && $0.kind == .figure }) else { return 0 }
        let close = tokens[e]
        guard close.is(")") || close.is("）") || (!bracketed && (close.is(".") || close.is("、"))) else { return 0 }
        return e + 1
    }

    /// Where the bullets opening a Chinese label end ("▶ 飞机：…", "▶ 2017年全国出入境人员：…"): the
    /// bullet marks, when a Han word or a year with its 年 follows them; 0 for any other line.
    static func bulletBeforeLabel(_ tokens: [Token]) -> Int {
        let b = bulletEnd(tokens)
        guard b > 0, b < tokens.count,
              tokens[b].kind == .han || (b + 1 < tokens.count && tokens[b].writtenYear != nil && tokens[b + 1].is("年")) else { return 0 }
        return b
    }

    /// Where the bullet marks that open a line ("◆", "●", "■", "▲", "-", "·") end: 0 for a line without.
    static func bulletEnd(_ tokens: [Token]) -> Int {
        var b = 0
        while b < tokens.count, tokens[b].kind == .punct, !notBullets.contains(tokens[b]) { b += 1 }
        return b
    }

    /// A cell of the change column as the words of a change: "-60.9" → ", 下降 60.9 %" (the
    /// language's first words for up and down; the number keeps its place in the text). Nothing
    /// for a cell that is not one signed number ("—", "/").
    private func changeCell(_ text: [Unicode.Scalar], _ cell: Range<Int>, language: Language) -> [Token] {
        guard let (_, down, number, percent) = Self.changeCellParts(text, cell), let verb = down ? words.down[language] : words.up[language] else { return [] }
        let at = cell.lowerBound
        let verbScalars = Array(verb.unicodeScalars)
        var out = [Token(kind: .punct, start: at, end: at, text: ",")]
        out += Tokenizer.tokenize(verbScalars, 0..<verbScalars.count).map { $0.placed(at: at) }
        out.append(number)
        out.append(percent ?? Token(kind: .punct, start: number.end, end: number.end, text: "%"))
        return out
    }

    /// The facts a row of columns gave (after `row`): a row of changes below naming its subject binds to them.
    mutating func noteRowFacts(_ facts: Range<Int>) {
        guard let subject = lastRowSubject, !subject.isEmpty, !facts.isEmpty else { return }
        if rowFacts.isEmpty { firstRowSubject = subject }
        rowFacts[subject, default: []] += Array(facts)
    }

    /// A cell of a row of changes: one signed number, with "%" or not ("+18.3", "-3.7%"), or a dash or nothing.
    /// `unsignedToo`: a row labelled in percent ("比上年增长(%)") writes its rises unsigned ("5.0").
    private func isChangeCell(_ text: [Unicode.Scalar], _ cell: Range<Int>, unsignedToo: Bool = false) -> Bool {
        let t = Tokenizer.tokenize(text, cell)
        if t.isEmpty || t.allSatisfy({ $0.kind == .punct }) { return true }
        guard let parts = Self.changeCellParts(text, cell) else { return false }
        return (parts.signed || unsignedToo) && Self.change(parts) != nil
    }

    /// The change a cell writes ("+18.3", "-3.7", "12.0%"), signed; nil for any other cell.
    private func changeValue(_ text: [Unicode.Scalar], _ cell: Range<Int>) -> Decimal? {
        Self.changeCellParts(text, cell).flatMap(Self.change)
    }

    private static func change(_ parts: (signed: Bool, down: Bool, number: Token, percent: Token?)) -> Decimal? {
        guard let v = Decimal(string: parts.number.text.replacingOccurrences(of: ",", with: "")) else { return nil }
        return parts.down ? -v : v
    }

    /// A cell writing one change: a sign or none, a number, a percent sign or none ("+18.3", "-3.7%",
    /// "12.0"); nil for any other cell.
    private static func changeCellParts(_ text: [Unicode.Scalar], _ cell: Range<Int>) -> (signed: Bool, down: Bool, number: Token, percent: Token?)? {
        var t = Tokenizer.tokenize(text, cell)[...]
        var signed = false, down = false
        if let f = t.first, f.kind == .punct, f.is("+") || f.is("-") { signed = true; down = f.is("-"); t.removeFirst() }
        guard let number = t.first, number.kind == .number else { return nil }
        t.removeFirst()
        let percent = t.first.flatMap { $0.is("%") || $0.is("％") ? $0 : nil }
        if percent != nil { t.removeFirst() }
        return t.isEmpty ? (signed, down, number, percent) : nil
    }

    /// The heading's tokens, each line closed by ";".
    /// The words of the first heading line without its table word and number, brackets and marks
    /// ("Table 1. Persons inspected (million person-trips)": "persons inspected").
    private func headingSubject(_ text: [Unicode.Scalar]) -> [Token] {
        guard let first = lines.first else { return [] }
        var out: [Token] = [], depth = 0
        for t in Tokenizer.tokenize(text, first) {
            if t.is("(") || t.is("（") { depth += 1 } else if t.is(")") || t.is("）") { depth = max(0, depth - 1) }
            else if depth == 0, t.kind == .word || t.kind == .han, !words.titles.contains(t.text) { out.append(t) }
        }
        return out
    }

    private func headingTokens(_ text: [Unicode.Scalar], more: [Range<Int>] = []) -> [Token] {
        var out: [Token] = []
        for r in lines + more {
            out += Tokenizer.tokenize(text, r)
            out.append(Token(kind: .punct, start: r.upperBound, end: r.upperBound, text: ";"))
        }
        return out
    }
}
