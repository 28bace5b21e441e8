import BriefingCore
import Foundation

/// The words a language uses to write figures, changes and periods (`Pipeline/grammar.json`).
/// Reading a new language, or a new wording, is an edit of that file.
public struct Grammar: Codable, Sendable {
    public static let format = "nia-grammar/1"
    public var format: String
    public var languages: [String: Lexicon]

    public struct UnitWord: Codable, Sendable, Hashable {
        public var unit: String
        public var factor: Double
    }

    public struct Lexicon: Codable, Sendable {
        public var atLeast: [String]
        public var approx: [String]
        /// Qualifiers written after the figure: 余, 多, 以上 ("1200余起"); "or more".
        public var atLeastAfter: [String]
        /// 左右 ("3万人左右"); "or so".
        public var approxAfter: [String]
        /// A scale word with the qualifier a machine translation writes after it ("9 ten thousand
        /// more": 9万余 word for word); "more" alone after a figure is no qualifier ("3 million more visitors").
        public var atLeastWithScale: [String]?
        /// Measure words that follow a figure and belong to it but say nothing of its unit:
        /// 人次, 架次, 本, 张(件)次, 起, 名, 个 (a figure with a counter is still a plain count).
        public var counters: [String]
        /// Words for the year before the release ("last year", 去年): the figure is that year's.
        public var previousYearMarkers: [String]
        /// "the", "its": words before a previous-year marker that make it no year counted back from
        /// the release ("the last year before the pandemic").
        public var determiners: [String]?
        /// Words that, next to a previous-year marker, name the release's own part of that year
        /// (去年同期 in a first-quarter release: last year's first quarter).
        public var samePeriodWords: [String]?
        public var scales: [String: Double]
        /// Abbreviated scales that count only written against the figure's digits ("424.2m",
        /// "540k"): spaced from a number, "m" or "k" is another word.
        public var attachedScales: [String: Double]?
        public var numberWords: [String: Int]
        public var numberWordsWithScaleOnly: [String: Int]
        /// "half a billion", "a quarter of a million": a fraction before "a" and a scale multiplies it.
        public var fractionsOfScale: [String: Decimal]?
        /// "nine point six tonnes": the word for the decimal point of a number in words, and the
        /// digits that may follow it.
        public var decimalPoints: [String]?
        public var decimalDigits: [String: Int]?
        /// "up 14.9, 10.9, 3.4 and 10.9 percent": what parts the numbers of a list.
        public var listJoiners: [String]?
        /// "uh", "um": a speaker's hesitations, which a transcript keeps and which mean nothing.
        public var fillers: [String]?
        /// "by contrast", "however": a writer's aside set off by commas, which links sentences and
        /// says nothing of the figures; dropped like a filler ("Foreign nationals, by contrast, made …").
        public var discourseAsides: [String]?
        public var units: [String: UnitWord]
        public var currencyPrefixes: [String: String]
        public var rateMarkers: [String]
        public var ratePrefixes: [String]
        public var up: [String]
        public var down: [String]
        public var yoyAnchors: [String]
        public var otherBases: [String]
        public var respectively: [String]
        public var annualMarkers: [String]
        public var campaignOpeners: [String]
        public var months: [String: Int]
        public var nameMarkers: [String]
        /// Words that number what follows them ("Slide 6", "Page 12"): the number names, it counts nothing.
        public var nameLabels: [String]?
        /// Words that may stand between a figure and what it counts ("291 million were mainland residents").
        public var copulas: [String]
        /// "rose 17.2 percent to 398 million", "up 5%, reaching 31.7 million", 增长12%，达: words between a
        /// change and the level it reached; the change is that level's.
        public var changeLevelWords: [String]?
        /// "提高到51.6%", "rose to 51.6%": after a direction, the word that makes the percentage after
        /// it the level reached, no change (not 达: 增长达12% is a change).
        public var levelPrepositions: [String]?
        /// The verbs among them that may stand between a list of figures and the list of what each
        /// counts ("331 million, 283 million and 83 million were mainland residents, …").
        public var listCopulas: [String]?
        /// "trips by mainland residents and those by foreign nationals": words that repeat the counted
        /// noun between two subjects of a list of names, so the list still names one figure each.
        public var nameRepeats: [String]?
        /// Words that end the noun a figure counts ("18 measures to facilitate foreigners": not foreigners).
        public var subjectStops: [String]
        /// Words joined by a stop word that together modify one noun ("inbound and outbound means of
        /// transport", "entry and exit personnel"): the noun a figure counts reads past their "and".
        public var pairedModifiers: [String]?
        /// "Of the", "Among the": words opening a sentence's lead that names the whole its figures are
        /// parts of ("Of the visa-free entries, 2.3 million …"); the whole's exclusions rule out the parts'.
        public var wholeLeads: [String]?
        /// Words that, right after a figure, open another clause, so that no noun after them is the
        /// figure's ("top 11 million as foreign visitors surge", "… 9.4 million, while foreigners …").
        public var figureClauseOpeners: [String]?
        /// Words that may link a subject written before the figure to it ("a satisfaction rate of 97.3%");
        /// empty means any words may (Chinese puts the subject first as a rule).
        public var subjectLinks: [String]
        /// "205 million trips were made by mainland residents", "183 million by foreigners":
        /// what the figure counts follows the marker.
        public var agentMarkers: [String]
        /// "Visas issued to foreign nationals in China totalled 1.94 million": after one of
        /// `participles`, a phrase opened by one of `phrasePrepositions` and closed by one of
        /// `totalVerbs` says to whom or where; it links the subject before it to the figure and
        /// names no subject of its own.
        public var participles: [String]?
        public var phrasePrepositions: [String]?
        public var totalVerbs: [String]?
        /// "Foreign nationals crossing the border numbered …", "… who entered China totalled …": a
        /// phrase opened right after the subject by one of these (alone, or after "who"/"that") and
        /// closed by one of `totalVerbs` says how the subject travelled; it names no subject of its own.
        public var movementWords: [String]?
        /// A machine translation keeps the Chinese order "verb object figure": "Provided identity
        /// verification services to Hong Kong, Macao and Taiwan residents, overseas Chinese and
        /// foreigners 15.3 million times", "issued permits for … residents to and from the mainland
        /// 1.33 million". A figure matching nothing that closes its clause is matched on the words
        /// from one of `participles` opening its clause, subject unlinked, when none of these words
        /// stands between (they open a clause of their own: "were", "which").
        public var verbFirstStops: [String]?
        /// Those of `verbFirstStops` that open a restrictive relative clause ("who", "that"): right
        /// after a word (no comma) they are part of the object's noun ("investigated foreigners who
        /// illegally entered 6,800 people") and keep nothing from its figure.
        public var verbFirstRelatives: [String]?
        /// Words that may stand between a subject named before its change and the change
        /// ("港澳台居民则同比下降3.0%", the count's noun: "案件数同比上升64%", "aircraft inspections fell 72.3%").
        public var changeLinks: [String]?
        /// A direction written after a change ("43.9 percent more than in 2023").
        public var upAfter: [String]
        public var downAfter: [String]
        /// Nouns of time: a number before one is a span ("the first three quarters"), not a figure.
        public var timeNouns: [String]
        /// Parts of a year ("first quarter", 上半年, "summer vacation"): figures of a sentence naming one belong to it.
        /// A period is "Q1"/"H1", "MM-DD/MM-DD", or "months 1-8" for a run of whole months (a February's end differs by year).
        public var partsOfYear: [PartOfYear]
        /// Dated windows: "from … to …", "between … and …", 自…至…, "since …".
        public var windowOpeners: [String]
        public var windowJoiners: [String]
        public var sinceWords: [String]
        /// "On September 15, China introduced …. Since then, 560,000 …": words that open a window at
        /// the day the sentence before names; with one of `yearEnds` ("until the end of the year")
        /// it closes at that year's end, else at the release.
        public var sinceAnaphors: [String]?
        public var yearEnds: [String]?
        /// Verbs after which "in December" dates an event, not the figures ("held in January").
        public var eventVerbs: [String]
        /// Words before a year that make a sentence that year's ("In 2023, …"; 继2025年全年…达到…之后,
        /// "following 2025's …", dates the figure to 2025, not to the release's year).
        public var yearPrepositions: [String]
        /// Holidays and other stretches inside the period ("during the Spring Festival", "during the
        /// month", 单日): their figures are not the period's.
        public var subPeriodMarkers: [String]
        /// Words that start a campaign at the date after them ("launched on November 1", "since the
        /// launch of … on June 1"), and words before its end date ("as of August 31", "by the end of
        /// December"): the campaign's figures belong to that window.
        public var campaignStarts: [String]?
        public var windowEnds: [String]?
        /// "since its establishment (in April 2018)", 组建以来: a total since the body's founding, never
        /// the period's.
        public var foundingMarkers: [String]?
        /// Words before two years joined by "and" ("between 2019 and 2020", "the two years 2019 and
        /// 2020", "across 2022 and 2023") that make them one stretch: its figures are totals over both.
        public var yearPairOpeners: [String]?
        /// Words after two years joined by "and" ("2020 and 2021 together", "combined"), or before
        /// them and a comma ("the two years together, 2020 and 2021"): the pair is one stretch.
        public var yearPairClosers: [String]?
        /// A word before two numbers and the joiner between them ("between 1.2 and 1.3 million"):
        /// a range the writer gives instead of a value; neither end is a figure of its metric.
        public var valueRangeOpeners: [String]?
        public var valueRangeJoiners: [String]?
        /// Words opening an aside between the first year of a range and its joiner ("from 2018,
        /// when the administration was founded, to 2020"): the range holds all the same.
        public var yearRangeAsides: [String]?
        /// Nouns after a month name that make it that month's window without a preposition: the
        /// machine-translated "The December month, …" (12月份).
        public var monthNouns: [String]?
        /// Words naming a province, station or single port (全省, 边检总站, "general station",
        /// "in the province"), and words naming the whole country (全国, "nationwide"); a figure
        /// ruled by a local one is not the national metric. Markers inside `scopeNeutral`
        /// phrases (占全国总量; a comparison with the nation, 增速高于全国, "faster than the
        /// country's") say nothing.
        public var localMarkers: [String]?
        public var nationalMarkers: [String]?
        /// "…, the Guangdong General Station … said on Thursday": verbs of saying in a later clause
        /// whose subject is a local marker; the marker then rules the figures before it.
        public var attributionVerbs: [String]?
        /// "Russian citizens made 2.16 million trips", "560,000 Russians entered": travellers of one
        /// nationality, a part of the foreigners, never the national figure. A nationality word
        /// (adjective) before one of `nationalityNouns`, or a plural of `nationalityPlurals` alone;
        /// such a marker rules a figure as a local one does.
        public var nationalityWords: [String]?
        public var nationalityNouns: [String]?
        public var nationalityPlurals: [String]?
        public var scopeNeutral: [String]?
        /// Bodies below the national administration (边检总站, 省公安厅): a release whose publisher,
        /// title or opening sentence names one speaks for it, so its figures are local unless
        /// their paragraph names a national marker (据国家移民管理局通报，全国…).
        public var localBodies: [String]?
        /// "Guangdong ports inspected …", "Shanghai ports alone recorded …": a capitalised name right
        /// before one of `portNouns` is a place, so its figure is local, unless the name is one of
        /// `portNonPlaces` ("China's ports", "All ports", "Border ports").
        public var portNouns: [String]?
        public var portNonPlaces: [String]?
        /// Words that may stand between the name and the port noun ("Beijing Daxing international
        /// airports", "Shenzhen land ports").
        public var portModifiers: [String]?
        /// Chinese has no capitals: a place is known by name (深圳, 广东, 浦东). One right before a
        /// port noun (深圳各口岸, 广州白云机场), or before it with one of `placeSuffixes` (深圳湾口岸,
        /// 广东省各口岸), makes the figure local, even around a national word (各口岸).
        public var placeNames: [String]?
        public var placeSuffixes: [String]?
        /// 深圳罗湖、福田、深圳湾等陆路口岸: a word closing a list of places (等) that a few words
        /// of the port's kind may follow before the port noun; the listed places make it local.
        public var placeListEnds: [String]?
        /// 出境, 入境: words that make a figure count one direction only, unless inside one of
        /// `bothWayMarkers` (出入境); such a figure is none of the catalog's `bothDirections` metrics.
        public var oneWayMarkers: [String]?
        /// Nouns that, written right after a figure and not joined to their opposite ("142.5
        /// million exits for private purposes", not "entries and exits"), count one direction only.
        public var oneWayNouns: [String]?
        public var bothWayMarkers: [String]?
        /// 累计, "a cumulative": with a "since" that names no date (党的十八大以来, "since the policy
        /// took effect"), the figure is a total since that event, no period's.
        public var cumulativeWords: [String]?
        /// "a total of", 共计: after a "since" naming an event ("Since the outbreak of the epidemic, a
        /// total of 105 officers …"), a total since that event; without one, a period's total.
        public var sinceTotalWords: [String]?
        /// 季, 期, 月: the last character of a time before 以来 (冬季以来, 暑期以来); a "since" after any
        /// other words that opens its sentence (抗疫以来，…, 疫情发生以来，…) names an event, and its
        /// sentence's figures are totals since it, no period's, with no cumulative word too.
        public var sinceTimeEnds: [String]?
        /// "more", "fewer": right after a count with "than" after them in its clause, the count is a
        /// difference ("3,000 more criminal suspects than in 2023"), no count of its own.
        public var differenceWords: [String]?
        /// "the", "that", "as": right after "N times", the words open a level the figure is a multiple
        /// of ("2.3 times the 2023 level", "three times as many as a year earlier").
        public var multipleOpeners: [String]?
        /// "double", "twice": a multiple written as a word; before one of `multipleOpeners` and a
        /// level of the year before ("double the 2022 figure"), it reads as "2 times", a change of +100%.
        public var wordMultiples: [String: Decimal]?
        /// "last year's", "the year-earlier": a level of the year before that a multiple may be of.
        public var previousYearLevels: [String]?
        /// "in millions" → 1,000,000: inside a bracket of the prose right before a table ("(trips in
        /// millions; …)"), the scale of the table's bare figures.
        public var tableScaleNotes: [String: Double]?
        /// "the quarter" → quarter: words that refer back to the last part of the year named, of that kind.
        public var partAnaphors: [String: String]?
        /// 上季度: right before a figure (上季度为1.86亿人次), the quarter before the sentence's.
        public var previousPartMarkers: [String]?
        /// 仅, 单: before a month opening its clause (仅12月一个月，…), a word singling it out.
        public var monthLeads: [String]?
        /// 去年, "last year": previous-year markers counted from the release's date, not from the
        /// year of the figure they stand beside (上年, "the previous year").
        public var releaseRelativeYearMarkers: [String]?
        /// "in", "out of": between two small whole numbers ("three out of four foreigners", "one in
        /// ten crossings"), a proportion; neither number is a count.
        public var proportionLinks: [String]?
        /// "a number that was flat", ", unchanged from 2023": a change of zero in words, said of the figure
        /// right before it (a relative pronoun or a comma first; never "basically flat", no exact zero).
        public var zeroChanges: [String]?
        /// 翻一番 (+100), 翻两番 (+300), 减半 (-50): a change written in words, in percent, signed.
        public var wordChanges: [String: Decimal]?
        /// "rose by a fifth", "fell by half": the size of a change in words, in percent; the verb
        /// before it gives the direction, as for "rose by 20%".
        public var fractionChanges: [String: Decimal]?
        /// "Read more:", "Related:", 相关阅读：: a line that links to another story; its headline is
        /// not the release's text.
        public var linkLabels: [String]?
        /// "that should be 8.2 million, not 82 million", 应为820万本，而不是8200万本: a speaker corrects a
        /// figure given earlier; the first is the figure, the one after the negation was a slip.
        public var correctionMarkers: [String]?
        /// "up from 35.47 million the year before": words right after a figure that make it the
        /// previous year's, as "in 2023" does.
        public var yearBefore: [String]?
        /// "in the previous quarter", "a quarter earlier": words right after a figure in a release on a
        /// quarter that make it the quarter before's ("up from 5.81 million in the previous quarter").
        public var quarterBefore: [String]?
        /// Words right after a year that make it the base of a comparison ("63% of the 2019 level",
        /// "below the 2019 peak", "restored to the 2019 same period 56.5%" from 恢复至2019年同期的):
        /// not the year of the sentence's parts of the year.
        public var baseYearTrails: [String]?
        /// "double", "twice", "three times": before "the" and a part of the year ("double the fourth
        /// quarter of 2023"), that part is the base of a ratio, not the figures' own.
        public var ratioWords: [String]?
        /// "rose roughly a third to 610,000": a change written as a fraction between a level link's
        /// verb and its "to".
        public var changeFractions: [String]?
        public var correctionNegations: [String]?
        /// "not 600 million, but 697 million", 不是6亿，而是6.97亿: after a negation before the figure
        /// taken back, the word that gives the right figure.
        public var correctionContrasts: [String]?
        /// "An earlier version of this story said", 此前版本: words before a figure that give it as a
        /// superseded version had it; a correction marker before a later figure of the sentence ("the
        /// correct figure is") gives the figure in its place.
        public var correctionPriors: [String]?
        /// "76,000 suspects -- let me correct that, 67,000", 7.6万名，更正一下，应为6.7万名: words
        /// right after a figure (or opening the sentence after it) by which the speaker takes it
        /// back; the figure of its kind after them stands in its place.
        public var retractionMarkers: [String]?
        /// "the 2022 totals first published in January 2023 were 115.7 million": words before a
        /// figure that give it as it stood before a revision; the restated figure beside it is the
        /// one in force, so the superseded one is no figure of its metric.
        public var supersededMarkers: [String]?
        /// "Of the total, …", 其中: opening a paragraph's first sentence, the words that make its figures
        /// parts of the total the paragraph before ended on.
        public var previousTotalOpeners: [String]?
        /// Words before a part of the year that make it the base of a comparison ("compared with
        /// the first half", 较二季度): not the figures' own period.
        public var baseMarks: [String]?
        /// "compared with 2021", "than in 2019", "since 2015": words before a year that make it the
        /// base a change is measured from (year on year only when it is the year before).
        public var yearBaseWords: [String]?
        /// "2019 year is 670 million person-times": the word a word-for-word translation writes for
        /// 年 right after a year.
        public var literalYearWords: [String]?
        /// "The busiest quarter was the third, with 22.9 million": a part of the period its sentence
        /// names by rank, not by name; when nothing else dates the sentence, a stretch inside the period.
        /// "10.8% more than in the same quarter of 2025 (161.0 million)": besides `comparisonOpeners`, the
        /// words before an earlier period whose figure a bracket after it gives (a change's base).
        public var bracketedBaseLeads: [String]?
        /// "1. 424 million" / "That is how many people were inspected …": words opening the caption of
        /// a listed figure that refer to it; the caption reads without them.
        public var captionLeads: [String]?
        /// "the numbers … in those four years were 397, 455, 518 and 604": words referring back to the
        /// years the sentence before listed.
        public var yearListReferences: [String]?
        /// "…侦办案件数占全年总数的56%", "56% of the year's total": words before a period marker that make
        /// it the whole a share is taken of, not the figures' period.
        public var shareLeads: [String]?
        /// "四个季度查验外国人分别为…", "in the four quarters … respectively": the quarters of the
        /// release's year, one for each of four counts listed.
        public var quarterListReferences: [String]?
        /// "net increase 0.18 hundred million person-times", 净增1800万人次: words before a count that make
        /// it the difference between two counts, neither of them.
        public var differenceLeads: [String]?
        /// "62 million foreign crossings a year have yet to return": words later in a count's clause
        /// that make it a shortfall against an earlier level, no count of its own.
        public var shortfallTrails: [String]?
        public var unnamedStretches: [String]?
        /// "“十四五”时期", "the 13th Five-Year Plan period": a stretch of whole years known by name (a
        /// five-year plan's), phrase → its first and last year; its figures are totals over it.
        public var namedStretches: [String: [Int]]?
        /// "Through September, …", "By the end of June, …": opening a clause before a month, the
        /// year so far up to that month's end.
        public var monthToDateLeads: [String]?
        /// "criminal case 41,000 more than, …" (4.1万余起 word for word): at-least qualifiers after a
        /// figure, read only where its clause ends ("3,000 more than in 2019" is a difference).
        public var closingAtLeastAfter: [String]?
        /// "doubled in five years", "up 40% over the past decade": a span of several years after a
        /// change makes it no year-on-year change ("years" counts only after a number above one).
        public var multiYearSpans: [String]?
        /// Arrows an infographic writes a change with ("Taiwan ▲ 6.2%"): in the clause of the figure
        /// before it, the change is that figure's, even after a name its label holds.
        public var changeArrows: [String]?
        /// Words right before a year that make it the base of a change ("than in the same quarter
        /// of 2018", "the same period in 2019"): not the year of the sentence's parts of the year.
        public var baseYearLeads: [String]?
        /// Words right before a year that make the sentence's figures that whole year's ("For the
        /// whole of 2025, …", "Across all of 2024, …"), in a quarterly release too; after a figure and
        /// a preposition ("651m for the whole of 2018", "722.6m in full-year 2025"), that figure's only.
        public var wholeYearLeads: [String]?
        /// Words right after "in 2019" that go on about that year, not the next figure ("670 million
        /// crossings recorded in 2019 before the pandemic"): the year still dates the figure before it.
        public var yearTrails: [String]?
        /// Words between "since" (or a comparison's mark) and its year ("since early 2020", "than at the
        /// end of 2019"): the year is still that since's or base's, never the sentence's own.
        public var yearLeadModifiers: [String]?
        /// "a", "an": before a whole-year part ("consistent with a full year a little below 680m"),
        /// a year spoken of in general, which dates no figure.
        public var indefiniteArticles: [String]?
        /// Words after a date that make it the start of a campaign window (11月下旬启动的"冬季行动"中).
        public var campaignLaunches: [String]?
        /// Verbs that launch a campaign a few words after the date that opens a sentence without
        /// figures ("2024年11月底，我们部署开展'冬季攻势'专项行动。"): the campaign runs from that date.
        public var campaignLaunchVerbs: [String]?
        /// "Now" as the end of a window (2025年11月中旬至今, "from June to date"): the release date.
        public var nowWords: [String]?
        /// Words between a month's name and a month noun ("June single month"): the month still.
        public var monthNounModifiers: [String]?
        /// Words opening a clause about an event ("after the resumption of issuance in February"):
        /// a month named in that clause dates the event, not the figures.
        public var eventOpeners: [String]?
        /// ", and the number …", ", while …": a comma and conjunction that open a clause of a long
        /// sentence; a part of the year named in that clause dates only the figures from there on.
        public var clauseJoins: [String]?
        /// "the highest since its founding", 创…以来新高: a founding marker that dates a record, not a total;
        /// "the highest monthly figure since February 2020": a "since" that dates no figure.
        public var recordWords: [String]?
        /// "the busiest month in the first half", 上半年单月最高: a record of a stretch shorter than the
        /// part of the year named after it; that part frames the record, it dates no figure.
        public var recordStretches: [String]?
        /// "since the beginning of this year", "so far this year": the release's year up to the
        /// release (or an "as of" date). Chinese 今年以来 is read with the dated windows.
        public var yearToDate: [String]?
        /// Words that make a number written against them vague (数万, 数十万, 几十万, 十几万, 上万):
        /// no figure at all.
        public var vagueNumbers: [String]?
        /// Words that refer back to the holiday last named ("during the holiday", "the festival"):
        /// its stretch, dated when an earlier sentence dated it.
        public var holidayAnaphors: [String]?
        /// "-day", "-day-long": the ends of a word giving a stretch's length, which may stand inside a
        /// holiday anaphor ("over the eight-day holiday").
        public var lengthSuffixes: [String]?
        /// The days a holiday named without its dates can fall on, by its phrase among
        /// `subPeriodMarkers` (`MM-DD/MM-DD`): its figures' window, never the whole year.
        public var holidayWindows: [String: String]?
        /// 达到, 为: the verb a clause opening with its own part of the year may put before its figure
        /// ("；四季度达到1.36亿人次"), its subject left to the clause before.
        public var periodClauseVerbs: [String]?
        /// 而: a word that may join a clause of another year to the one before ("…958.7万架次，而2019年为…").
        public var yearClauseJoiners: [String]?
        /// 以, 至, 同, 比: what may follow a year with 年 that opens no clause of that year but a stretch or a
        /// comparison (2012年以来, 2019年同期, 2018年至2020年); a number after it is a date (2019年1月).
        public var yearClauseStops: [String]?
        /// 较: after a comma, before a part of the year and 的, opens that period's figure, the base of a change
        /// ("，较一季度的1.41亿人次环比增长3.5%").
        public var periodBaseMarks: [String]?
        /// "the precise count was": words that restate the previous sentence's rounded figure exactly.
        public var restatements: [String]?
        /// "the quarterly total was", "the total had been": words before a count that make it the
        /// release's earlier total (of a catalog sum) in another period.
        public var totalReferences: [String]?
        /// "last year's total of": words right before a count that make it the whole previous year's
        /// total (the year before the release's, as "last year" is), counted as `totalReferences` say.
        public var previousYearTotals: [String]?
        /// "the previous year's total of": the same, but the year before the sentence's own year
        /// ("In 2023 … above the previous year's total of 115.7 million": 2022's).
        public var priorYearTotals: [String]?
        /// "a year earlier", "a year ago": before ", when …" they date the clause to the release's stretch a year before.
        public var yearEarlierWords: [String]?
        /// "which", "who": a relative clause set off by commas between a subject and its figure, as an
        /// aside ("Port visas, which are granted on arrival, numbered …").
        public var relativeOpeners: [String]?
        /// "交通运输工具：查验958.3万架次": a verb between a label's colon and its figure, no part of the label.
        public var labelVerbs: [String]?
        /// "分季度看", "by quarter": a sentence opening so breaks the previous sentence's count down by
        /// parts of the period.
        public var breakdownLeads: [String]?
        /// "including", "covering": a list set off by commas, commas and all, between a subject and its
        /// figure, as an aside ("Total crossings, including mainland residents and foreigners, rose to …",
        /// "Conveyances inspected, covering aircraft, trains and ships, rose 8% to …").
        public var listAsideOpeners: [String]?
        /// "were", "was": the verb after a figure set off by commas ("Half of those, over 290 million,
        /// were mainland residents") that links it to the subject after it; after a clause's opening
        /// earlier year (", 2017 was 216 million"), the verb that labels the figure as that year's.
        public var appositionCopulas: [String]?
        /// 飞机、列车、船舶、机动车等3538.2万架（列、艘、辆）次: a word closing a list of subjects before
        /// the figure; the figure counts them together, the total of a catalog sum they are parts of.
        public var subjectListEnds: [String]?
        /// 合计, 总计: a word opening the clause of a figure right after the counts of the parts of a
        /// catalog sum ("飞机…、机动车辆3416.5万辆次，合计3587.7万架（列、艘、辆）次"): the figure is their total
        /// when it is their sum.
        public var sumLeads: [String]?
        /// "the quarter", "the half-year": a period named back, which may stand between a subject and its figure.
        public var periodAnaphors: [String]?
        /// "the busiest day", "the peak day": a single day's figure, that day when the sentence
        /// dates it ("The busiest day was Jan. 25, when …").
        public var dayMarkers: [String]?
        /// After a comma, words that go on with the clause of the figure before ("358,000 vehicles,
        /// including 16,700 aircraft, were inspected during the holiday").
        public var clauseContinuers: [String]?
        /// "expects … to exceed", "will reach", "is forecast": a figure in a forecast, never a
        /// reported fact.
        public var forecastMarkers: [String]?
        /// "~30M expected": words that make a forecast only after the figure ("As expected, …" does not).
        public var forecastMarkersAfter: [String]?
        /// "Base case:", "Upside:", "Outlook:": a label opening a line (a bullet's) that makes every
        /// figure of the line a forecast, past its semicolons too.
        public var forecastLabels: [String]?
        /// Other bodies than the immigration administration ("the Ministry of Public Security",
        /// "the General Administration of Customs") and the administration's own names ("the NIA",
        /// "immigration authorities"): a figure whose nearest body is another one is that body's.
        public var otherAgencies: [String]?
        /// Words of a speaker's label that make the turn a reporter's ("Reuters:", "China Daily:",
        /// "Question:", 记者：): the figures a question quotes are not the release's.
        public var askerLabels: [String]?
        /// Titles before a name in a list of speakers ("Mr.", "Ms."): "Ms. Peng Yaru, deputy director-general
        /// of …, General Administration of Customs" makes Peng Yaru's turns that body's.
        public var honorifics: [String]?
        public var ownAgencies: [String]?
        /// Other bodies that kept the administration's statistics before it was founded, with the last
        /// year they did (公安部, whose exit-entry and border bureaus published them up to 2017): a figure
        /// they give for that year or an earlier one is the administration's.
        public var predecessorAgencies: [String: Int]?
        /// Chinese names the body as the subject that opens the clause ("据公安部介绍，…", "海关总署…
        /// 监管进出境旅客…"): with `agenciesLead` the first body before a figure in its segment rules
        /// it, together with the bodies joined to it by `agencyJoiners` (公安部、国家移民管理局 is a
        /// joint figure; 公安部会同国家移民管理局 is the ministry's).
        public var agenciesLead: Bool?
        public var agencyJoiners: [String]?
        /// What joins the kinds of rows a table's heading lists ("证件签发及口岸签证情况", "Visas and port
        /// visas"): a kind listed so rules out no row whose own label names its metric.
        public var kindJoiners: [String]?
        /// Words before a body that make it a partner, not the subject (联合海关, 协同海关, 配合公安部).
        public var agencyPartners: [String]?
        /// "according to": words citing the body a sentence's figures come from ("…, with 12,400
        /// trains, according to China State Railway Group"): another body cited so, with none of the
        /// administration's names in the sentence, speaks for all its figures.
        public var sourceLeads: [String]?
        /// A pronoun and a verb of saying opening a sentence (他表示，…; "He said …"): the speaker of the
        /// sentence before goes on. When another body opened that sentence (公安部刑事侦查局副局长李正华
        /// 介绍，…), this one's figures are that body's too, even where it names the administration as
        /// a partner ("公安机关与移民管理机构密切协作，…打掉…团伙312个"); only another body it names changes that.
        public var speakerPronouns: [String]?
        /// The label of a table's unit line (单位：万人次、起; "Unit: 10,000 person-trips"), and the
        /// catalog unit each measure word of such a line counts (人次: person-trips): which scale
        /// a bare figure of a row below takes.
        public var tableUnitLabels: [String]?
        public var counterUnits: [String: String]?
        /// Measure words of `counterUnits` that count nothing else (起: cases): a figure counted in one
        /// is a figure of a metric of that unit only ("涉枪案件203起" counts cases, not guns). 人 and 名
        /// count persons, never trips (人次): "在华工作的外国人约90万人" is a head count, no crossings.
        public var strictCounters: [String]?
        /// The heading of a table's column of year-on-year changes in percent ("Change", "Change (%)",
        /// "% change"), compared without brackets, "%" and spaces.
        public var tableChangeHeadings: [String]?
        /// Words a change column's heading names its base year after ("Change on 2014 (%)", "2018 vs
        /// 2017 (%)", 2016年比2015年增长): a heading naming the year before its own year this way heads
        /// the year-on-year changes of that year's figures.
        public var tableChangeBaseWords: [String]?
        /// The heading of a column of the whole year beside columns of its quarters or halves
        /// ("Full year", 全年), compared without spaces.
        public var tableYearHeadings: [String]?
        /// The heading of a column of a part of the year with a word of its own ("上半年累计", "H1
        /// cumulative") beside the release's own column: that part of the release's year.
        public var tablePartHeadings: [PartOfYear]?
        /// What follows a month's number in a column's heading ("4月", "5月份"): the column of one
        /// month, no figure of the release's period.
        public var tableMonthSuffixes: [String]?
        /// A word closing a column's heading of a run of months ("1—9月累计", "Jan-Sep cumulative"):
        /// the column holds the figures of those months of the release's year.
        public var tableRunSuffixes: [String]?
        /// The word a table's title starts with, before its number ("Table 2  Documents issued", 表1).
        /// "Total", "All": a table row's label that names no subject of its own but the sum of what the
        /// table's heading counts ("Table 1. Persons inspected" / "| Total | 424.0 |"); the row reads
        /// on from the heading's last line.
        public var tableTotalLabels: [String]?
        public var tableTitles: [String]?
        /// "pct", "percent": a word closing a column's heading that makes its bare figures percentages.
        public var tablePercentWords: [String]?
        /// Words a sentence cannot end with ("and", "of", "the"; the line joiner's list too): a table
        /// row's label wrapped after one ("Permits to the mainland for residents of" over "Hong Kong,
        /// Macao and Taiwan   196.4") goes on on the next line.
        public var lineOpenWords: [String]?
        /// The word of a line that only numbers the next page or slide ("[Slide 6]", "Page 3"): the
        /// table and the section before it end there.
        public var pageMarkers: [String]?
        /// Headings of a table's column of row numbers ("No.", 序号): the number is no figure.
        public var tableIndexHeadings: [String]?
        /// Headings of a spreadsheet's column of remarks ("remark", 备注): words, never figures.
        public var tableRemarkHeadings: [String]?
        /// Marks after a column's year that make its figures a forecast ("2025F", "2026E",
        /// "2025 (forecast)", 2025年（预测）): no figure of the column is reported.
        public var tableForecastMarks: [String]?
        /// Words of a column heading that make its figures shares of another figure ("2023 as % of
        /// 2019", "Share of total"), no counts of the row's metric: the column is skipped.
        public var tableShareMarks: [String]?
        /// "Of these", "among them": a sentence whose figures are parts of the previous sentence's
        /// total, and share its period when they name none of their own.
        public var partsOfPrevious: [String]?
        /// "Of the", "out of the": opening a clause, before a figure closed by a comma ("Of the 9.2
        /// million, 4.1 million were …"), words that restate a whole counted before as the frame of
        /// the parts after it: that figure is no count of its own.
        public var wholeReferenceLeads: [String]?
        /// "1.2 million of those crossings": right after a figure, words that make it a part of the
        /// count they name (see `SentenceReader`).
        public var partsAfterFigure: [String]?
        /// "smashed 1,100 more than criminal gangs" (1100余个 word for word), "captured 4100 remaining
        /// criminal suspects" (4100余名): right after a figure, words that make it at least that many
        /// of the noun closing its clause.
        public var atLeastBeforeNoun: [String]?
        /// Headings of a table column that gives each row's period ("metric,period,value,unit,yoy").
        public var tablePeriodHeadings: [String]?
        /// Headings of a table's column of qualifiers ("qualifier"): its cell qualifies the row's figure.
        public var tableQualifierHeadings: [String]?
        /// Headings of a table column of each row's figure for the year before the release's
        /// ("prev_year_value", "previous year"): its cells are that year's figures.
        public var tablePreviousYearHeadings: [String]?
        /// 其中: a figure after it that counts what a figure before it in the sentence counts is a
        /// part of that one (共298.6万本，其中台胞证61.2万本), not the metric's total.
        public var partMarkers: [String]?
        /// 这一数字: the figure after it counts what the previous sentence's count counted, in the
        /// other period its own sentence names (而2019年全年，这一数字为6.71亿人次).
        public var figureReferences: [String]?
        /// "the corresponding figures were": the figures after it count, in order, what the previous
        /// sentence's counts counted, in the period their own sentence names.
        public var figureListReferences: [String]?
        /// "Mainland residents accounted for 78.11 million, …" after a sentence counting the total of a
        /// part of the year: verbs that make the counts of a sentence (before their first figure) parts of
        /// the count before, of its period, when together they do not exceed it.
        public var partVerbs: [String]?
        /// "They": a pronoun opening a sentence in place of the subject the short sentence before it names.
        /// "Their crossings rose …": a possessive opening a sentence, read as the subject before it
        /// and an apostrophe ("Foreign nationals' crossings").
        public var possessivePronouns: [String]?
        public var subjectPronouns: [String]?
        /// 此类案件: words that refer back to the kind named in the sentence before (一是严打妨害国（边）境
        ///管理犯罪。全年共侦办此类案件…): that sentence, when it holds no figure, is read as the heading of this one.
        public var kindReferences: [String]?
        /// "2025 in review", "2023 at a glance", 2024年回顾: words that make a heading line naming one
        /// earlier year the heading of that year's section (a bare year in any other heading, "Back
        /// in 2019", may be a comparison's).
        public var reviewHeadingWords: [String]?
        /// Words that refer back to a campaign or window named earlier ("the operation", "such
        /// cases"): a window named as an aside carries only to sentences that hold one.
        public var campaignReferences: [String]?
        /// Nouns that name an operation ("the 'Clean Border' special operation from 1 April to 30
        /// June"): the stretch its sentence dates is the operation's, even when it is exactly a
        /// quarter, never that quarter's figures. (Chinese releases keep 4月以来…截至6月底 as the quarter.)
        public var campaignNouns: [String]?
        /// The ordinals of a list of parts of the year ("in the first, second and third quarters",
        /// "…, 19.6 million in the second"), with their number.
        public var partOrdinals: [String: Int]?
        /// The nouns of a part of the year, plural or not, with the part they name ("quarters":
        /// "quarter", "halves": "half").
        public var partNouns: [String: String]?
        /// A change verb with the level it reached ("aircraft fell to 214,000", "visas dropped to
        /// 781,000"): it links the subject before it to the figure, as `subjectLinks` do.
        public var levelLinks: [String]?
        /// A change verb with the level it started from ("trips rose from 598 million in 2017 to …"): it
        /// links the subject before it to a figure dated by a year of its own right after it.
        public var startLinks: [String]?
        /// "rose steadily from", "have grown every year from": words that may stand between a start
        /// link's verb and its "from".
        public var startLinkAdverbs: [String]?
        /// "In Guangxi alone", "Shenzhen alone handled …": a capitalised name (not the sentence's
        /// first word) right before one of these words is a place singled out from the nation, so
        /// its figure is local, unless the name is one of `portNonPlaces`, a month, or a word of a
        /// holiday or part of the year ("In December alone", "during the Spring Festival alone").
        public var soleWords: [String]?
        /// "Hainan received 1.3 million visa-free visitors", "Guangdong's ports …": a province or
        /// port city named first in a sentence is its subject, so its figures are local. Not the
        /// capital, nor Hong Kong, Macao or Taiwan, which name residents.
        public var openingPlaces: [String]?
        /// Words that may open a sentence before one of `openingPlaces` ("In Yunnan, …", "Along the
        /// Yunnan border, …"): the place is still the sentence's subject.
        public var openingPlaceLeads: [String]?
        /// Words that may stand between the comma or semicolon opening a later clause and one of
        /// `openingPlaces` that is that clause's subject (", and the Guangxi border police caught …").
        public var clausePlaceLeads: [String]?
        /// Measure words of trips that may stand between a figure and a copula naming what it counts
        /// ("4,712.5 ten thousand person-times were inland residents"); not nouns that are a subject
        /// of their own ("140 cases were put under supervision").
        public var measureWordsBeforeCopulas: [String]?
        /// Verbs that link a year of a series to its level (2023年回升至4.24亿人次, 由2017年的1.2万起上升至
        /// 2020年的5.2万起), besides the copulas: a figure after one, its year and list glue only, right
        /// after a figure, continues that figure's series and counts what it counts.
        public var seriesLinks: [String]?
        /// "1.2 million foreigners entered Hainan visa-free": one of `openingPlaces` right after one
        /// of these verbs is where the figure's travellers went, so the figure is local; so is one
        /// after "ports in", "port of" ("Ports in Hainan inspected 5.8 million people").
        public var placeEntries: [String]?
        /// "They issued 30.5 million passports that year": the sentence shares the previous
        /// sentence's period (read like `partsOfPrevious`).
        public var previousPeriodReferences: [String]?
        /// "The following year brought 597.8 million": the sentence is of the year after the previous
        /// sentence's year (a year-by-year account), not of the release's.
        public var followingYearReferences: [String]?
        /// "This year" in a year-ender dated inside the year it reviews: the release's own year,
        /// which ends a window carried from an earlier sentence. Read only in an annual release
        /// dated in its own year (one published the next January means the new year by it).
        public var currentYearMarkers: [String]?
        /// "compared with 25,600 in 2018", "up from 610 million in 2024", "after 55.2 million in the first
        /// half": a figure after one of these,
        /// dated to an earlier year and naming no subject of its own, counts what the figure before it counts.
        public var comparisonOpeners: [String]?
        /// Words that weigh a base figure after its opener ("compared with just 1.07 million"): see `PeriodScope.comparedWith`.
        public var comparisonAdverbs: [String]?
    }

    public static func load(from url: URL) throws -> Grammar {
        let g = try JSONFiles.read(Grammar.self, from: url, format: Grammar.format)
        for lang in Language.allCases where g.languages[lang.rawValue] == nil {
            throw PipelineError(url.path, "no lexicon for language \(lang.rawValue)")
        }
        return g
    }

    public func lexicon(_ language: Language) -> Lexicon { languages[language.rawValue]! }
}

extension Grammar.Lexicon {
    /// Month names short for a longer name of the same month ("jan", "sept"), which a full stop
    /// may follow ("Jan. 24"); "may" is no abbreviation.
    var monthAbbreviations: Set<String> {
        Set(months.filter { m in months.contains { $0.value == m.value && $0.key.count > m.key.count } }.keys)
    }
}
