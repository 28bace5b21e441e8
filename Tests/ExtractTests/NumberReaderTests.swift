import BriefingCore
import Foundation
import Testing
@testable import Extract

/// How releases write numbers, including the garbles of machine translation.
struct NumberReaderTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var value: String
        var unit: String?
        var qualifier: Qualifier = .exact
        var doubtful = false
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "inspected 9,638,000 vehicles", value: "9638000"),
        // 万 translated word for word, hyphen and all.
        Case(text: "seized 8.7 ten-thousand rounds", value: "87000"),
        Case(text: "issued 45 ten-thousand visas", value: "450000"),
        Case(text: "a total of 115.7 million passengers", value: "115700000"),
        Case(text: "64.882 million foreigners", value: "64882000"),
        Case(text: "1.3 billion yuan", value: "1300000000", unit: "CNY"),
        Case(text: "398 million persons", value: "398000000"),
        // A fraction before "a" and a scale.
        Case(text: "half a billion crossings", value: "500000000"),
        Case(text: "a quarter of a million visas", value: "250000"),
        Case(text: "three quarters of a million trips", value: "750000"),
        Case(text: "87.6 million travellers", value: "87600000"),
        Case(text: "612,000 flights", value: "612000"),
        Case(text: "Fifteen auxiliary police officers", value: "15"),
        Case(text: "Six comrades died", value: "6"),
        Case(text: "twenty-one officers", value: "21"),
        Case(text: "two hundred and forty guns", value: "240"),
        // Compound number words: "one" and "a" count before "hundred"; a scale inside the number.
        Case(text: "one hundred and sixty-three officers", value: "163"),
        Case(text: "a hundred and twelve cases", value: "112"),
        Case(text: "One hundred guns were seized", value: "100"),
        Case(text: "nine hundred and five gangs", value: "905"),
        Case(text: "two thousand three hundred and forty suspects", value: "2340"),
        Case(text: "one thousand and fifty rounds", value: "1050"),
        Case(text: "some four thousand two hundred trips", value: "4200", qualifier: .approx),
        Case(text: "seven hundred thousand calls", value: "700000"),
        Case(text: "fifty-two thousand suspects", value: "52000"),
        Case(text: "two thousand a year", value: "2000"),
        Case(text: "one million visitors", value: "1000000"),
        // Spoken numbers: tens and units apart, hundreds with "and", "point" decimals, scales.
        Case(text: "checked six hundred and ninety seven million travellers", value: "697000000"),
        Case(text: "about ninety two point one million foreign nationals", value: "92100000", qualifier: .approx),
        Case(text: "thirty-six point one two million conveyances", value: "36120000"),
        Case(text: "thirty four point five four six million cars", value: "34546000"),
        Case(text: "rose fourteen point three percent", value: "14.3", unit: "percent"),
        Case(text: "a rate of ninety nine point four one percent", value: "99.41", unit: "percent"),
        Case(text: "more than eighty two thousand suspects", value: "82000", qualifier: .atLeast),
        Case(text: "over eighty-two thousand suspects", value: "82000", qualifier: .atLeast),
        Case(text: "one hundred and one point two million permits", value: "101200000"),
        Case(text: "one hundred and forty five million inquiries", value: "145000000"),
        Case(text: "twenty one officers", value: "21"),
        Case(text: "seven million two hundred thousand calls", value: "7200000"),
        Case(text: "twenty five hundred rounds", value: "2500"),
        // Number words that make no one number: never read silently one way.
        Case(text: "some two three million trips", value: "3000000", qualifier: .approx, doubtful: true),
        Case(text: "inspected ninety seven five million people", value: "5000000", doubtful: true),
        Case(text: "up 43.9% year on year", value: "43.9", unit: "percent"),
        Case(text: "an increase of 228 percent", value: "228", unit: "percent"),
        Case(text: "a rate of 97.3 per cent", value: "97.3", unit: "percent"),
        Case(text: "rose 1.2 percentage points", value: "1.2", unit: "percentage points"),
        Case(text: "more than 35,000 criminal cases", value: "35000", qualifier: .atLeast),
        Case(text: "over 3 million calls", value: "3000000", qualifier: .atLeast),
        Case(text: "exceeding 100 million", value: "100000000", qualifier: .atLeast),
        Case(text: "the value exceeded CNY 1.5 billion", value: "1500000000", unit: "CNY", qualifier: .atLeast),
        Case(text: "calls topped 2.3 million", value: "2300000", qualifier: .atLeast),
        Case(text: "at least 40 officers", value: "40", qualifier: .atLeast),
        Case(text: "nearly 10,000 people", value: "10000", qualifier: .approx),
        Case(text: "about 2.5 million trips", value: "2500000", qualifier: .approx),
        Case(text: "approximately 7,200 ships", value: "7200", qualifier: .approx),
        Case(text: "some 300 windows", value: "300", qualifier: .approx),
        Case(text: "c. 4,500 suspects", value: "4500", qualifier: .approx),
        Case(text: "ca. 12 tons", value: "12", unit: "tonnes", qualifier: .approx),
        Case(text: "circa 860 cases", value: "860", qualifier: .approx),
        Case(text: "~4.1 million calls", value: "4100000", qualifier: .approx),
        Case(text: "≈ 2,300 suspects", value: "2300", qualifier: .approx),
        Case(text: "7.8 tons of various drugs", value: "7.8", unit: "tonnes"),
        Case(text: "712.52 tonnes of precursors", value: "712.52", unit: "tonnes"),
        Case(text: "254.9 kilograms of drugs", value: "0.2549", unit: "tonnes"),
        Case(text: "600 kg of heroin", value: "0.6", unit: "tonnes"),
        Case(text: "2.4 t of heroin", value: "2.4", unit: "tonnes"),
        Case(text: "310 t precursor chemicals seized", value: "310", unit: "tonnes"),
        Case(text: "CNY 220 million", value: "220000000", unit: "CNY"),
        Case(text: "RMB 1.5 billion of goods", value: "1500000000", unit: "CNY"),
        Case(text: "77.6 million yuan", value: "77600000", unit: "CNY"),
        Case(text: "a 240-hour visa-free transit", value: "240", unit: "hours"),
        Case(text: "saving 343,000 hours", value: "343000", unit: "hours"),
        Case(text: "0.5 million permits", value: "500000"),
        Case(text: "1,544 criminal gangs", value: "1544"),
        Case(text: "12 thousand bullets", value: "12000"),
        // Garbles: never read silently one way.
        Case(text: "31.49,000 motor vehicles", value: "3149000", doubtful: true),
        Case(text: "1.476,000 port visas", value: "1476000", doubtful: true),
        Case(text: "2,597 million visas", value: "2597000000", doubtful: true),
        Case(text: "12,34 cases", value: "1234", doubtful: true),
        Case(text: "1,23,456 people", value: "123456", doubtful: true),
        Case(text: "4,1234 trains", value: "41234", doubtful: true),
        Case(text: "1.2.3 million", value: "123000000", doubtful: true),
        // 亿 and 万 left as "100 million" and "10,000" after the figure by a machine translation.
        // A figure with decimals before "100 million" is how the translation writes 1.41亿; a whole
        // number may be two numbers side by side. "612.55 10,000" is no English scale, but no two
        // numbers side by side read so either: read, with a note (`reading`), not doubted.
        Case(text: "inspected 1.41 100 million person-times", value: "141000000"),
        Case(text: "answered 612.55 10,000 calls", value: "6125500"),
        Case(text: "issued 20568.3 10,000 pieces", value: "205683000"),
        Case(text: "issued ordinary passports 1082.4 10,000 books", value: "10824000"),
        Case(text: "checked foreigners 2210.6 10,000 person-times", value: "22106000"),
        Case(text: "checked foreigners 480 10,000 person-times", value: "4800000", doubtful: true),
        Case(text: "inspected 2,310.6 10,000 person-times", value: "23106000", doubtful: true),
        Case(text: "will exceed 5 100 million person-times", value: "500000000", doubtful: true),
        // An English scale and 万 left as "10,000" after it: stacked, a guess.
        Case(text: "motor vehicles 12.305 million 10,000 vehicles times", value: "12305000", doubtful: true),
        Case(text: "arrested suspects 2.4 million 10,000 people", value: "2400000", doubtful: true),
        // A percent sign before the number.
        Case(text: "satisfaction rate %97.6 this year", value: "97.6", unit: "percent"),
        Case(text: "growth % 4.1 on the year", value: "4.1", unit: "percent"),
        // Text recognition's O for 0 and l or I for 1 against digits.
        Case(text: "3O1 drug cases were cracked", value: "301", doubtful: true),
        Case(text: "seized 1l5 guns", value: "115", doubtful: true),
        Case(text: "arrested 4OO suspects", value: "400", doubtful: true),
        Case(text: "caught 2O6O fugitives", value: "2060", doubtful: true),
        // A lone l ending the figure, or opening its decimals: the figure read whole, doubted.
        Case(text: "police listed 34l cases for supervision", value: "341", doubtful: true),
        Case(text: "seized 7.l2 tonnes of heroin", value: "7.12", unit: "tonnes", doubtful: true),
        Case(text: "calls rose 3.l% in the year", value: "3.1", unit: "percent", doubtful: true),
        Case(text: "checked 6.l million vehicles", value: "6100000", doubtful: true),
        // A blot printed for a smudged digit: never the digits after it alone.
        Case(text: "cracked 2,4■7 smuggling cases", value: "247", doubtful: true),
        Case(text: "issued 5 .■ 2 million permits", value: "5200000", doubtful: true),
        Case(text: "caught 8■1 fugitives", value: "81", doubtful: true),
        Case(text: "arrested 1,2□5 suspects", value: "125", doubtful: true),
        // An l for 1 opening the figure, before its thousands separator.
        Case(text: "缴获子弹l,3O5发", value: "1305", doubtful: true),
        Case(text: "seized l,24O rounds", value: "1240", doubtful: true),
        Case(text: "签发护照2,O45万本", value: "20450000", doubtful: true),
        // A thousandth that is zero before 万 or 亿: the point stands for a thousands separator.
        Case(text: "免签入境外国人2.040万人次", value: "20400000", doubtful: true),
        Case(text: "签发普通护照1.350亿本", value: "135000000000", doubtful: true),
        Case(text: "接听来电1.025万个", value: "10250"),
        Case(text: "1.020 million permits", value: "1020000"),
        Case(text: "cracked 4,l20 cases", value: "4120", doubtful: true),
        // A figure cut by a line wrap, its halves joined: split digits, doubted.
        Case(text: "residents, 4 6.59 million were", value: "4659000000", doubtful: true),
        Case(text: "answered 612 10,000 calls", value: "6120000", doubtful: true),
        Case(text: "answered 1,612.5 10,000 calls", value: "16125000", doubtful: true),
        // 万 and 亿 left untranslated in an English text.
        Case(text: "foreigners 4,512.3万 person-times", value: "45123000"),
        Case(text: "issued 803.6万 ordinary passports", value: "8036000"),
        Case(text: "a total of 2.35亿 person-times", value: "235000000"),
        // 万余 / 万多 word for word: "more" after the scale is "more than"; "more than" after it compares.
        Case(text: "seized bullets 7 ten thousand more rounds", value: "70000", qualifier: .atLeast),
        Case(text: "arrested suspects 3.4 ten thousand more names", value: "34000", qualifier: .atLeast),
        Case(text: "inspected 1.2 hundred million more person-times", value: "120000000", qualifier: .atLeast),
        Case(text: "1.5 ten thousand more than in 2023", value: "15000"),
        // Measure words of a machine translation (名, 件次, 架(列、艘、辆)次) belong to the figure.
        Case(text: "arrested 412 names", value: "412"),
        Case(text: "documents 7,104.2 ten thousand piece (piece) times", value: "71042000"),
        Case(text: "tools 2,415.6 ten thousand (frame, column, ship, vehicle) times", value: "24156000"),
        // Analysts' and wires' abbreviations: a scale against the digits, "mln", "bln", "pct", "k+".
        Case(text: "travellers: 612.4m (+12.1% YoY)", value: "612400000"),
        Case(text: "trains: 18k (-2.0%)", value: "18000"),
        Case(text: "ports handled 3.2bn trips", value: "3200000000"),
        Case(text: "visas 0.46m, +210%", value: "460000"),
        Case(text: "officers made 74 mln checks", value: "74000000"),
        Case(text: "fines of 2.05 bln yuan", value: "2050000000", unit: "CNY"),
        Case(text: "up 7.4 pct y/y", value: "7.4", unit: "percent"),
        Case(text: "a share up 1.6 pct points", value: "1.6", unit: "percentage points"),
        Case(text: "satisfaction gained 0.4 ppt", value: "0.4", unit: "percentage points"),
        Case(text: "a rise of +2,305.8%", value: "2305.8", unit: "percent"),
        Case(text: "suspects held: 44k+", value: "44000", qualifier: .atLeast),
        Case(text: "cases: 1,200+ in the year", value: "1200", qualifier: .atLeast),
        // The unit in the label's brackets right before the figure.
        Case(text: "seized 4.6 metric tons of drugs", value: "4.6", unit: "tonnes"),
        Case(text: "Vehicles checked (million) - 33.1 (+6%)", value: "33100000"),
        Case(text: "Permits granted (thousand): 812", value: "812000"),
        Case(text: "Callers satisfied (%) — 97.6", value: "97.6", unit: "percent"),
        Case(text: "Arrests (nationwide) - 4,410", value: "4410"),
        Case(text: "Ports (million) were busy - 12", value: "12"),
        // A bracket that writes its scale with digits: the multiplier is no figure, its unit (CNY) the figure's.
        Case(text: "Travellers checked (10,000 person-trips): 5,230.5", value: "52305000"),
        Case(text: "Permits granted (10,000): 88.1", value: "881000"),
        Case(text: "Goods seized (RMB 100 million): 2.4", value: "240000000", unit: "CNY"),
        Case(text: "Trips, all ports (100 million person-trips): 6.7", value: "670000000"),
        // No power of ten, no scale: the bracket's number stays a figure of its own.
        Case(text: "Patrol boats (12 units): 40", value: "12"),
        // A signed bare number after a change's label is a change in percent.
        Case(text: "Passports: 1,204 | YoY: +5.2", value: "1204"),
        // Signs written onto the digits: at least; a sign spaced from them opens a quoted line.
        Case(text: "suspects | persons | >41,000", value: "41000", qualifier: .atLeast),
        Case(text: "guns: ≥1,500", value: "1500", qualifier: .atLeast),
        Case(text: "> 610 million travellers crossed", value: "610000000"),
        // Groups of thousands parted by a space (or a no-break space), as Hong Kong writes them.
        Case(text: "issued 845 000 visas to foreign nationals", value: "845000"),
        Case(text: "a total of 3 106 420 trips", value: "3106420"),
        Case(text: "arrested 12\u{A0}500 criminal suspects", value: "12500"),
        Case(text: "handled 2 417.5 thousand vehicles", value: "2417500"),
        // Three zeros after the only point: a translation's thousands separator, a guess.
        Case(text: "issued port visas 458.000 pieces", value: "458000", doubtful: true),
        Case(text: "answered 2.000 calls", value: "2000", doubtful: true),
        Case(text: "seized 4.500 tonnes of drugs", value: "4.5", unit: "tonnes"),
        Case(text: "inspected 12.050 million trips", value: "12050000"),
    ]

    @Test(arguments: cases)
    func readsFigure(_ c: Case) throws {
        let figures = mentions(c.text).filter { $0.kind == .figure }
        let m = try #require(figures.first, "no figure in \(c.text)")
        #expect(m.value == dec(c.value), "value of \(c.text)")
        #expect(m.unit == c.unit, "unit of \(c.text)")
        #expect(m.qualifier == c.qualifier, "qualifier of \(c.text)")
        #expect((m.doubt != nil) == c.doubtful, "doubt of \(c.text): \(m.doubt ?? "none")")
    }

    /// The multiplier in a label's brackets is never a figure; a change's label makes its signed number a percentage.
    @Test(arguments: [
        ("Port visas (10,000): 147.6", ["1476000"], [nil]),
        ("Arrivals (10,000 person-trips): 88.0 | Change: -3.5", ["880000", "3.5"], [nil, "percent"]),
        ("Callers (million): 4.2 | y/y: +0.6", ["4200000", "0.6"], [nil, "percent"]),
    ] as [(String, [String], [String?])])
    func labelScalesAreNoFigures(_ text: String, _ values: [String], _ units: [String?]) {
        let figures = mentions(text).filter { $0.kind == .figure }
        #expect(figures.map(\.value) == values.map(dec), "\(text)")
        #expect(figures.map(\.unit) == units, "\(text)")
    }

    /// A measure word ends the figure: what follows is the next item, not what the figure counts.
    @Test(arguments: [
        "arrested 412 names, destroyed dens 88",
        "documents 7,104.2 ten thousand piece (piece) times, up 3%",
        "tools 2,415.6 ten thousand (plane, train, ship, car) times, up 8%",
        "motor vehicles 1,102.5 ten thousand vehicle times.",
        "checked 96.4 ten thousand frame times; trains",
    ])
    func measureWordsBelongToTheFigure(_ text: String) throws {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars, 0..<scalars.count)
        let m = try #require(mentions(text).first { $0.kind == .figure })
        #expect(m.end < tokens.count && tokens[m.end].kind == .punct, "\(text): figure ends before \(m.end < tokens.count ? tokens[m.end].text : "the end")")
    }

    /// Numbers that are not figures: years, dates, times, ordinals, names, and "one" alone.
    @Test(arguments: [
        ("In 2024, the work went on.", Mention.Kind.year),
        ("on January 14, the conference", .date),
        ("at 10 a.m. on that day", .time),
        ("the 20th CPC National Congress", .ordinal),
        ("the 12367 service hotline received calls", .name),
        ("Since December 1, 2024, the policy", .date),
        ("at 14 January the release", .date),
        ("dealt with 3 non-foreigners in key regions", .name),
        ("the \"three non\" foreigners who stayed", .name),
        ("cases of \"three illegal\" foreigners", .name),
        ("Q3 alone: a busy quarter", .name),
        ("in H2 the ports were busier", .name),
        ("Slide 9 · Passports & visas", .name),
        ("as shown on page 14, visas rose", .name),
        ("Annex 3: Port visas", .name),
        // Said aloud: a year, and a hotline's digits one by one.
        ("in twenty twenty five the ports were busy", .year),
        ("since nineteen ninety nine the rules stood", .year),
        ("callers dial one two three six seven for help", .name),
        // A transcript's time stamp: hours, minutes and seconds.
        ("[00:12:45] HOST: welcome back", .time),
    ])
    func notFigures(_ text: String, _ kind: Mention.Kind) {
        let ms = mentions(text)
        #expect(!ms.isEmpty, "nothing read in \(text)")
        #expect(ms.first?.kind == kind, "\(text): \(ms.map(\.kind))")
        #expect(!ms.contains { $0.kind == .figure && $0.value > 2 && $0.value != 10 }, "\(text) yields a figure")
    }

    /// A year said aloud as one hyphenated word becomes that year's number token; other
    /// hyphenated number words stay words.
    @Test(arguments: [("in twenty-nineteen the ports", "2019"), ("by twenty-twenty-five the ports", "2025"), ("twenty-one officers", nil)])
    func hyphenatedSpokenYears(_ text: String, _ year: String?) {
        let scalars = Array(text.unicodeScalars)
        var tokens = Tokenizer.tokenize(scalars, 0..<scalars.count)
        NumberReader(sharedExtractor.grammar.lexicon(.en)).joinSpokenYears(&tokens)
        #expect(tokens.first { $0.kind == .number }?.text == year, "\(tokens.map(\.text))")
    }

    /// Digits after a space that are no group of thousands stay numbers of their own.
    @Test(arguments: [("codes 12 3456 apart", "12"), ("rooms 4 56 and 7", "4"), ("ranked 1 000 1", "1"), ("will exceed 7 100 million person-times", "700000000")])
    func aSpaceJoinsOnlyGroupsOfThree(_ text: String, _ first: String) {
        #expect(mentions(text).first?.value == dec(first), "\(text)")
    }

    @Test func spansOfTimeAreNoFigures() {
        #expect(mentions("in the first three quarters").allSatisfy { $0.kind != .figure })
        #expect(mentions("over the past five years").allSatisfy { $0.kind != .figure })
    }

    @Test func oneWithoutScaleIsNoFigure() {
        #expect(mentions("a one-stop service at one window").filter { $0.kind == .figure }.isEmpty)
        #expect(mentions("one million visitors").first?.value == 1_000_000)
    }

    /// Chinese numerals with inner units: the amount after 万 or 亿 belongs to the figure.
    @Test(arguments: [
        ("依法遣返约二万七千人", "27000", Qualifier.approx),
        ("签发口岸签证一千二百余万人次", "12000000", .atLeast),
        ("抓获犯罪嫌疑人三万五千名", "35000", .exact),
        ("查验交通运输工具十二万三千四百架次", "123400", .exact),
        ("缴获子弹两千零五十发", "2050", .exact),
        ("查验出入境人员一亿二千万人次", "120000000", .exact),
        ("查处非法就业外国人2万7千人", "27000", .exact),
        ("查验出入境人员5亿3千万人次", "530000000", .exact),
        ("办理证件二十万零五百件", "200500", .exact),
        ("遣返外国人两万三千余人", "23000", .atLeast),
        ("接受咨询四亿零五百万次", "405000000", .exact),
    ])
    func chineseNumeralsWithInnerUnits(_ text: String, _ value: String, _ qualifier: Qualifier) throws {
        let figures = mentions(text, language: .zh).filter { $0.kind == .figure }
        #expect(figures.count == 1, "\(text): \(figures.map(\.value))")
        let m = try #require(figures.first, "no figure in \(text)")
        #expect(m.value == dec(value), "value of \(text)")
        #expect(m.qualifier == qualifier, "qualifier of \(text)")
        #expect(m.doubt == nil)
    }

    /// After a scale only an amount with a place word or a smaller scale is read on: a single
    /// numeral starts a word (一季度, 三非), and a fraction is already whole.
    @Test(arguments: [
        ("全年查验2亿一季度同比上升", ["200000000"]),
        ("查处三万三非外国人", ["30000"]),
        ("签发证件1.2万3千件", ["12000", "3000"]),
        ("办结1万，三千余件待办", ["10000", "3000"]),
    ])
    func scaleEndsBeforeAnotherWord(_ text: String, _ values: [String]) {
        #expect(mentions(text, language: .zh).filter { $0.kind == .figure }.map(\.value) == values.map(dec), "\(text)")
    }

    /// "m" and "k" are scales only written against the digits; "+" after a figure qualifies it
    /// only against it and before no number.
    @Test(arguments: [
        ("a 5 m wide lane and 40 k of road", ["5", "40"]),
        ("flights rose from 300 +5% to more", ["300", "5"]),
        ("a 5mb file", ["5"]),
    ])
    func abbreviationsNeedTheirFigure(_ text: String, _ values: [String]) {
        let figures = mentions(text).filter { $0.kind == .figure }
        #expect(figures.map(\.value) == values.map(dec), "\(text): \(figures.map(\.value))")
        #expect(figures.allSatisfy { $0.qualifier == .exact }, "\(text)")
    }

    /// Bare numbers listed right before a percentage share its unit; a number with a word after it does not.
    @Test(arguments: [
        ("rose 6.2, 3.1% and 4.4 % respectively", ["percent", "percent", "percent"]),
        ("up fourteen point two, nine point one and three percent respectively", ["percent", "percent", "percent"]),
        ("rose 12 and 7.5%", ["percent", "percent"]),
        ("checked 45 ships and 3% more trains", [nil, "percent"]),
        ("in 2024, 58% more", ["percent"]),
    ] as [(String, [String?])])
    func listedNumbersShareThePercent(_ text: String, _ units: [String?]) {
        let figures = mentions(text).filter { $0.kind == .figure }
        #expect(figures.map(\.unit) == units, "\(text): \(figures.map(\.value))")
    }

    @Test func averageIsARate() throws {
        let m = try #require(mentions("inspected an average of 501,000 travelers").first)
        #expect(m.isRate)
    }

    /// A release that writes every decimal with a comma ("12,4 million", "3,1 percent") reads
    /// them so; one that also writes a decimal point, or a comma before three digits, keeps its
    /// commas as thousands separators or flags them.
    @Test(arguments: [
        ("Officers checked 12,4 million travellers, up 3,1 percent. Passports issued reached 4,75 million.", "people.total", "12400000", "3.1", false),
        ("Officers checked 12,4 million travellers, up 3,1 percent. Passports issued reached 4.75 million.", "people.total", "12400000", nil, true),
        ("Officers checked 12,4 million travellers, up 3,1 percent. Police investigated 9,870 criminal cases of obstructing border management.", "enforcement.criminal_cases", "9870", nil, false),
    ] as [(String, String, String, String?, Bool)])
    func decimalCommasOfAWholeRelease(_ text: String, _ metric: String, _ value: String, _ yoy: String?, _ doubtful: Bool) throws {
        let facts = try extract(text).filter { $0.metric == metric }
        let f = try #require(facts.first, "\(facts)")
        #expect(doubtful ? f.status == .flagged : (f.value == dec(value) && f.status == .reported), "\(f.value) \(f.status)")
        if let yoy, !doubtful { #expect(f.yoyPct == dec(yoy)) }
    }

    /// The text-level test that spares tokenising a whole release: two decimal commas and no
    /// decimal point between digits.
    @Test(arguments: [
        ("12,4 million and 3,1 percent", true),
        ("12,45 million and 3,1 percent, No. 4", true),
        ("12,4 million and 3,1 percent and 4.75 million", false),
        ("only 12,4 million", false),
        ("9,870 cases and 1,234,567 trips", false),
        ("", false),
    ])
    func decimalCommaPrecheck(_ text: String, _ may: Bool) {
        #expect(NumberReader.mayWriteDecimalCommas(Array(text.unicodeScalars)) == may)
    }

    /// Groups of thousands parted by spaces ("43 100 of them") are one number; only "100" before
    /// a scale word is a translation's 亿.
    @Test(arguments: [
        ("43 100 of them were deported", "43100"),
        ("some 27 100 foreigners", "27100"),
        ("5 100 million person-times", "500000000"),
    ])
    func spacedThousandsBeforeAWord(_ text: String, _ first: String) {
        let figures = mentions(text).filter { $0.kind == .figure }
        #expect(figures.first?.value == dec(first), "\(text): \(figures.map(\.value))")
    }
}
