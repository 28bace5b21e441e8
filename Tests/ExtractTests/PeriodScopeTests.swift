import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest
import Ingest

/// Figures of a campaign window, a quarter or a half-year are never annual figures.
struct PeriodScopeTests {
    static let cases: [(String, String, String)] = [
        ("From the end of November 2024 to the end of February 2025, 2,811 criminal cases of obstructing border management were investigated.",
         "enforcement.criminal_cases", "2024-11-30/2025-02-28"),
        ("From early March to late May 2024, police seized 300 guns.", "enforcement.guns", "2024-03-01/2024-05-31"),
        ("From January to June, officers inspected 287 million inbound and outbound travellers.", "people.total", "2024-H1"),
        ("Officers inspected 122.4 million inbound and outbound travellers in the July-to-September quarter.", "people.total", "2024-Q3"),
        ("In the April-June quarter, police seized 300 guns.", "enforcement.guns", "2024-Q2"),
        ("The tally for April to June showed that foreigners made 9.1 million trips in and out of the country.", "people.foreigners", "2024-Q2"),
        ("Traffic stayed low, lower even than in 2022, when 115.7 million inbound and outbound trips were inspected.", "people.total", "2022"),
        ("Between March and May, police seized 300 guns.", "enforcement.guns", "2024-03-01/2024-05-31"),
        ("In December alone, officers inspected 43.6 million inbound and outbound trips.", "people.total", "2024-12-01/2024-12-31"),
        ("Foreign nationals made 4.07 million trips in December, up 514.8 percent.", "people.foreigners", "2024-12-01/2024-12-31"),
        // A month named before an apposition that calls it a month.
        ("August, the peak month of the summer, saw 54.3 million inbound and outbound trips.", "people.total", "2024-08-01/2024-08-31"),
        ("At the conference held in January, the NIA said 610 million people were inspected in 2024.", "people.total", "2024"),
        // … or the body's founding, its marker written before the month in the same clause.
        ("Officers inspected 610 million people in the whole year, the first full-year figure since the founding of the administration in April.", "people.total", "2024"),
        ("In 2024, the hotline took 5.2 million calls, a record since the bureau was set up in May.", "services.hotline_calls", "2024"),
        ("Since December 1, 2024, 9,985 criminal suspects have been arrested.", "enforcement.suspects", "2024-12-01/2025-01-14"),
        ("In the first quarter, 141 million people were inspected at the border.", "people.total", "2024-Q1"),
        ("In the first half of the year, 287 million people crossed the border and were inspected.", "people.total", "2024-H1"),
        ("In the first three quarters of 2024, 438 million people were inspected.", "people.total", "2024-01-01/2024-09-30"),
        ("During the summer vacation, 89 million people were inspected at ports.", "people.total", "2024-07-01/2024-08-31"),
        ("In 2023, the authorities issued 18.4 million ordinary passports.", "documents.passports", "2023"),
        ("Throughout the year, 35,000 criminal cases of obstructing border management were handled.", "enforcement.criminal_cases", "2024"),
        ("During the Spring Festival holiday, 13.5 million people crossed the border and were inspected.", "people.total", "2024-01-20/2024-02-28"),
        ("Officers inspected 610 million people, and the hotline stays open during the Spring Festival.", "people.total", "2024"),
        // Dated ranges without "from", and ranges ending on a bare day.
        ("May 10 to June 20, police ran a border sweep and arrested 1,250 criminal suspects.", "enforcement.suspects", "2024-05-10/2024-06-20"),
        ("During the Qingming holiday (4 April to 6 April), officers inspected 4.1 million inbound and outbound travellers.", "people.total", "2024-04-04/2024-04-06"),
        ("During the Dragon Boat Festival holiday from June 8 to 10, 5.3 million people were inspected.", "people.total", "2024-06-08/2024-06-10"),
        ("Over the Labour Day break (May 1 to 5), border officers inspected 8.9 million people.", "people.total", "2024-05-01/2024-05-05"),
        // Days written as ordinals.
        ("During the May Day holiday from April 29th to May 3rd, 9.1 million people were inspected.", "people.total", "2024-04-29/2024-05-03"),
        ("From October 1st to 7th, officers checked 12.2 million inbound and outbound travellers.", "people.total", "2024-10-01/2024-10-07"),
        ("Between January 28th and February 4th, 14 million people crossed the border and were inspected.", "people.total", "2024-01-28/2024-02-04"),
        ("From the 22nd of June to the 2nd of July, police arrested 410 criminal suspects.", "enforcement.suspects", "2024-06-22/2024-07-02"),
        // Days alone in brackets, dashed: the holiday's dates.
        ("During the National Day holiday (1-7 October), officers inspected 11.8 million inbound and outbound travellers.", "people.total", "2024-10-01/2024-10-07"),
        ("Over the Qingming break (4–6 April), 3.9 million people were inspected.", "people.total", "2024-04-04/2024-04-06"),
        // A year that is a comparison's base ("the 2019 level") is not the year of the quarter.
        ("In the fourth quarter, officers inspected 160 million people, about 90% of the 2019 level.", "people.total", "2024-Q4"),
        ("In the third quarter, 150 million people were inspected, still below the 2019 peak.", "people.total", "2024-Q3"),
        // A part of the year that a ratio is of ("double the …", 是…的2倍) is not the figure's own.
        ("In the third quarter, visa-free entries rose to 4.5 million, double the second quarter of 2023.", "people.visa_free_foreigners", "2024-Q3"),
        ("In the second quarter, mainland residents made 70 million trips, three times the first quarter.", "people.mainland", "2024-Q2"),
        ("三季度，免签入境外国人450万人次，是去年二季度的2倍。", "people.visa_free_foreigners", "2024-Q3"),
        // Two months alone in brackets after a campaign's name.
        ("In the \"Clean Border\" operation (April to May), police arrested 2,340 criminal suspects.", "enforcement.suspects", "2024-04-01/2024-05-31"),
        ("During the winter sweep (November to January 2025), 880 criminal suspects were arrested.", "enforcement.suspects", "2024-11-01/2025-01-31"),
        // A year said aloud dates the window as its digits do.
        ("during the winter sweep from the end of november twenty twenty four to the end of january twenty twenty five, police arrested nine hundred and twelve criminal suspects.",
         "enforcement.suspects", "2024-11-30/2025-01-31"),
        ("In the operation from March twenty twenty four to the end of May, 1,120 criminal suspects were arrested.", "enforcement.suspects", "2024-03-01/2024-05-31"),
        // A range ending at the end of a later year is a window over those years.
        ("From June 2019 to the end of 2024, a total of 530 snakehead fugitives were caught abroad and returned.", "enforcement.fugitives", "2019-06-01/2024-12-31"),
        ("Between March 2021 and the end of 2024, officers arrested 98,000 criminal suspects.", "enforcement.suspects", "2021-03-01/2024-12-31"),
        // Early, mid and late in a month: its first, fifteenth and twenty-first day at a range's start;
        // its first, fifteenth and last at the end (a hyphened "mid-May" is one token).
        ("From early March to mid-May, police arrested 1,300 criminal suspects.", "enforcement.suspects", "2024-03-01/2024-05-15"),
        ("Between mid-June and late August, 21 million people were inspected.", "people.total", "2024-06-15/2024-08-31"),
        ("From late January to the middle of March, officers arrested 600 criminal suspects.", "enforcement.suspects", "2024-01-21/2024-03-15"),
        // A campaign dated by its start and its end.
        ("In the crackdown launched on September 15, 640 criminal cases of obstructing border management had been investigated by the end of November.",
         "enforcement.criminal_cases", "2024-09-15/2024-11-30"),
        ("Since the launch of the autumn sweep on August 1, as of October 31, police arrested 820 criminal suspects.", "enforcement.suspects", "2024-08-01/2024-10-31"),
        ("In the campaign that began in May, 960 criminal suspects have been arrested.", "enforcement.suspects", "2024-05-01/2025-01-14"),
        // Started "at the end of" a month, and ended by a joiner right after the start.
        ("Since the \"spring sweep\" was launched at the end of March 2024 to the end of June 2024, 1,150 criminal suspects have been arrested.",
         "enforcement.suspects", "2024-03-31/2024-06-30"),
        ("Since the summer action was launched in early July to the end of August, police arrested 350 criminal suspects.", "enforcement.suspects", "2024-07-01/2024-08-31"),
        ("The operation launched at the end of September had seen 470 criminal suspects arrested by the end of December.", "enforcement.suspects", "2024-09-30/2024-12-31"),
        // A month's edge after "at" dates the start too.
        ("In the \"Clean Coast\" drive, which started at the end of October, police had arrested 1,240 criminal suspects.", "enforcement.suspects", "2024-10-31/2025-01-14"),
        ("During the sweep that was launched at the beginning of September, 530 criminal suspects were caught.", "enforcement.suspects", "2024-09-01/2025-01-14"),
        // The year so far.
        ("Since the beginning of this year, officers have inspected 500 million people.", "people.total", "2025-01-01/2025-01-14"),
        ("So far this year, as of January 10, officers have inspected 12 million people.", "people.total", "2025-01-01/2025-01-10"),
        // A total since an event its clause dates to an earlier year: a stretch from that year.
        ("Since the \"Menglie\" campaign was launched in 2019, it said, more than 90,000 border crimes have been cracked.", "enforcement.criminal_cases", "2019-01-01/2025-01-14"),
        ("Since the operation started in 2021, police have arrested 14,000 criminal suspects.", "enforcement.suspects", "2021-01-01/2025-01-14"),
        ("Since the launch of the campaign in 2022, 3,300 snakehead fugitives have been caught.", "enforcement.fugitives", "2022-01-01/2025-01-14"),
        // A total since the body's founding, dated.
        ("Since its establishment in April 2018, the administration has issued a total of 100 million ordinary passports.", "documents.passports", "2018-04-01/2025-01-14"),
        ("Since the founding of the administration on April 10, 2018, it has issued 99 million ordinary passports.", "documents.passports", "2018-04-10/2025-01-14"),
        ("Since the administration established in April 2018, it cumulatively issued 95 million ordinary passports.", "documents.passports", "2018-04-01/2025-01-14"),
        // The body's "listing" (挂牌) is its founding.
        ("Since the listing of the administration in April 2018, a total of 95 million ordinary passports have been issued.", "documents.passports", "2018-04-01/2025-01-14"),
        ("Since the listing of the bureau in March this year, a total of 9,000 criminal suspects have been arrested.", "enforcement.suspects", "2024-03-01/2025-01-14"),
        // "from … establishment in …": a machine translation's 自…成立以来.
        ("From the administration establishment in April 2018 to now, officers cumulatively issued 93 million ordinary passports.",
         "documents.passports", "2018-04-01/2025-01-14"),
        ("From its founding in April 2018, the bureau has issued 97 million ordinary passports.", "documents.passports", "2018-04-01/2025-01-14"),
        // A month written with "month" (machine-translated 12月份), with or without "the".
        ("The December month, national port inspected entry-exit personnel 40 million people-times.", "people.total", "2024-12-01/2024-12-31"),
        ("November month, officers inspected 38 million inbound and outbound travellers.", "people.total", "2024-11-01/2024-11-30"),
        ("In the March month, the border police arrested 800 criminal suspects.", "enforcement.suspects", "2024-03-01/2024-03-31"),
        ("August single month, officers inspected 52 million inbound and outbound travellers.", "people.total", "2024-08-01/2024-08-31"),
        ("The October whole month, border police arrested 700 criminal suspects.", "enforcement.suspects", "2024-10-01/2024-10-31"),
        ("In the July one month, officers inspected 51 million inbound and outbound travellers.", "people.total", "2024-07-01/2024-07-31"),
        ("The September one month, border police arrested 650 criminal suspects.", "enforcement.suspects", "2024-09-01/2024-09-30"),
        // "accumulated" alone is no founding total: 全年累计 is the year's.
        ("In 2023, national port accumulated inspected entry-exit personnel 424 million people-times.", "people.total", "2023"),
        // Months shortened with a full stop.
        ("From Sept. 30 to Oct. 7, 11 million people were inspected at the border.", "people.total", "2024-09-30/2024-10-07"),
        ("Between 28 Jan. and 4 Feb. 2025, police arrested 730 criminal suspects.", "enforcement.suspects", "2025-01-28/2025-02-04"),
        // A single day, dated in the sentence.
        ("The busiest day was Oct. 3, when 1.9 million people crossed the border and were inspected.", "people.total", "2024-10-03/2024-10-03"),
        ("On the peak day, 17 February, officers inspected 2.1 million inbound and outbound travellers.", "people.total", "2024-02-17/2024-02-17"),
        ("The single-day peak came on August 15, with 2.3 million people inspected at the border.", "people.total", "2024-08-15/2024-08-15"),
        // A range of whole years: a total over them.
        ("Over the 2019-2023 period, officers inspected a combined 2.6 billion people.", "people.total", "2019-01-01/2023-12-31"),
        ("Between 2020 and 2024, a total of 95 million ordinary passports were issued.", "documents.passports", "2020-01-01/2024-12-31"),
        ("From 2021 to 2025, police seized 4,200 guns.", "enforcement.guns", "2021-01-01/2025-12-31"),
        // A year the part of the year is compared with is not its year.
        ("Officers inspected 140 million people, the busiest first quarter since 2019.", "people.total", "2024-Q1"),
        ("In the first half, 300 million people were inspected, more than in 2019.", "people.total", "2024-H1"),
        ("In the first quarter of 2023, 50 million people were inspected.", "people.total", "2023-Q1"),
        // A bare day, then a date of the same month.
        ("During the Qingming holiday from 4 to 6 April, officers inspected 4.1 million inbound and outbound travellers.", "people.total", "2024-04-04/2024-04-06"),
        ("From 1 to 7 October, police arrested 240 criminal suspects.", "enforcement.suspects", "2024-10-01/2024-10-07"),
        // A total since an earlier year: from that year's first day to the release.
        ("2015年以来，全国口岸累计查验出入境人员40亿人次。", "people.total", "2015-01-01/2025-01-14"),
        ("自2013年以来，全国移民管理机构累计签发普通护照1.3亿本。", "documents.passports", "2013-01-01/2025-01-14"),
        ("Since 2016, immigration authorities have inspected a total of 4 billion inbound and outbound travellers.", "people.total", "2016-01-01/2025-01-14"),
        ("Since the end of 2019, police have arrested a total of 60,000 criminal suspects.", "enforcement.suspects", "2019-12-31/2025-01-14"),
        // The year's own total, the year so far, a campaign and a record keep their periods.
        ("全年累计查验出入境人员6.1亿人次，同比上升43.9%。", "people.total", "2024"),
        ("今年以来，全国口岸累计查验出入境人员3亿人次。", "people.total", "2025-01-01/2025-01-14"),
        // A month of the year since which a campaign ran, up to a 截至 date; a bare month opening a clause.
        ("今年6月以来，全国移民管理机构共侦办妨害国（边）境管理犯罪案件4318起。", "enforcement.criminal_cases", "2024-06-01/2025-01-14"),
        ("今年3月以来，专项行动截至9月底共抓获犯罪嫌疑人8906名。", "enforcement.suspects", "2024-03-01/2024-09-30"),
        ("分月看，7月查验出入境人员6213.5万人次，同比上升13.9%。", "people.total", "2024-07-01/2024-07-31"),
        ("11月，全国口岸查验出入境人员5020万人次。", "people.total", "2024-11-01/2024-11-30"),
        ("2024年12月查验出入境人员5500万人次。", "people.total", "2024-12-01/2024-12-31"),
        ("全年查验出入境人员6.1亿人次，创2019年以来新高。", "people.total", "2024"),
        ("下半年以来，累计查验出入境人员3.2亿人次。", "people.total", "2024-H2"),
        ("Officers inspected 610 million inbound and outbound travellers, the busiest year since 2019.", "people.total", "2024"),
        ("Since this year, national port accumulated inspected entry-exit personnel 610 million people-times.", "people.total", "2024"),
        // A run of months opening a row's label, without a preposition; a hyphen keeps it one word.
        ("- July-September (the peak season): 170 million inbound and outbound trips inspected", "people.total", "2024-Q3"),
        ("May-December 2024, since the new rules: officers inspected 400 million inbound and outbound travellers.", "people.total", "2024-05-01/2024-12-31"),
        ("October through December: 160 million people were inspected at the border.", "people.total", "2024-Q4"),
        // The first month of the year, and the summer months, are no year.
        ("In the first month alone, 38.2 million people were inspected at the border.", "people.total", "2024-01-01/2024-01-31"),
        ("Officers inspected 38.2 million inbound and outbound travellers in the first month of the year.", "people.total", "2024-01-01/2024-01-31"),
        ("Over the summer months, 98 million inbound and outbound trips were inspected.", "people.total", "2024-07-01/2024-08-31"),
        ("During the summer months (July and August), ports inspected 98 million inbound and outbound travellers.", "people.total", "2024-07-01/2024-08-31"),
        // A total counted up to a date inside the year, opening the sentence: the year so far.
        ("By the end of October, police had arrested 2,140 criminal suspects.", "enforcement.suspects", "2024-01-01/2024-10-31"),
        ("By the end of August it had caught 2,140 criminal suspects in all.", "enforcement.suspects", "2024-01-01/2024-08-31"),
        ("As of September 15, 2,140 criminal suspects had been arrested.", "enforcement.suspects", "2024-01-01/2024-09-15"),
        ("By the end of the year, police had arrested 21,400 criminal suspects.", "enforcement.suspects", "2024"),
        // A row labelled with a month and its year.
        ("- Nov 2024 only: 1.9M visa-free entries", "people.visa_free_foreigners", "2024-11-01/2024-11-30"),
        ("- March 2024: 12.1 million inbound and outbound trips inspected", "people.total", "2024-03-01/2024-03-31"),
        ("Dec. 2024 alone: 2.2 million visa-free entries", "people.visa_free_foreigners", "2024-12-01/2024-12-31"),
        // A run of months in brackets, written with a dash (one word once normalised), a remark after it.
        ("The border sweep (May–August) cracked 9,300 criminal cases.", "enforcement.criminal_cases", "2024-05-01/2024-08-31"),
        ("- Autumn crackdown (August–November, across two quarters): 9,300 border-management criminal cases", "enforcement.criminal_cases", "2024-08-01/2024-11-30"),
        ("The border sweep (May to August, the busiest months) cracked 9,300 criminal cases.", "enforcement.criminal_cases", "2024-05-01/2024-08-31"),
    ]

    @Test(arguments: cases)
    func sentenceScope(_ sentence: String, _ metric: String, _ period: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == metric }, "\(metric) not found")
        #expect(f.period.description == period)
    }

    /// "Year to date, January-September": the part of the year named bounds the stretch, and a
    /// change on the same part of the year before is year on year, under a heading of another
    /// period too. A period named in a writer's comment after a spaced dash dates no figure.
    @Test(arguments: [
        ("Year to date, January-September: 612.4 million persons inspected, up 21.5% on the first three quarters of 2023.",
         "people.total", "2024-01-01/2024-09-30", "21.5"),
        ("SUMMARY -- THIRD QUARTER (JULY-SEPTEMBER) 2024\n\n* Passports: 5.2 million issued, up 8.2%.\n\nYear to date, January-September: 612.4 million persons inspected, up 21.5% on the first three quarters of 2023.",
         "people.total", "2024-01-01/2024-09-30", "21.5"),
        ("Visa-free entries by foreigners came to 20.4 million, up 112.3% -- a figure to watch in Q4.",
         "people.visa_free_foreigners", "2024-Q3", "112.3"),
        ("Passports issued reached 17.8 million, up 9.4% — a pace the office expects to hold in the fourth quarter.",
         "documents.passports", "2024-Q3", "9.4"),
    ])
    func yearToDateAndDashComments(_ text: String, _ metric: String, _ period: String, _ yoy: String) throws {
        let facts = try extract(text, period: "2024-Q3", released: "2024-10-21").filter { $0.metric != nil }
        let f = try #require(facts.first { $0.metric == metric && $0.period.description == period },
                             "\(facts.map { "\($0.metric ?? "-")=\($0.value) \($0.period)" })")
        #expect(f.yoyPct == dec(yoy))
    }

    /// "fell from A in 2021 to B in 2023": each figure is of the year after it; only a change's year
    /// ("climbed 9.2 percent in 2023 to 610 thousand") dates the figure after "to".
    @Test(arguments: [
        ("Ships inspected fell from 410,000 in 2021 to 95,000 in 2023.", ["410000": "2021", "95000": "2023"]),
        ("Criminal suspects arrested rose from 41,000 in 2022 to 56,000 in 2023.", ["41000": "2022", "56000": "2023"]),
        ("Visas issued climbed 9.2 per cent in 2023 to 610 thousand.", ["610000": "2023"]),
    ])
    func fromOneYearToAnother(_ text: String, _ periods: [String: String]) throws {
        let facts = try extract(text)
        for (value, period) in periods {
            let f = try #require(facts.first { $0.value == dec(value) }, "\(value) not found")
            #expect(f.period.description == period, "\(value)")
        }
    }

    /// A line that ends open (a semicolon or comma, before the bar of its box) goes on in the next
    /// line: that line's figures are of its period. A line ending its statement passes nothing on.
    @Test(arguments: [
        ("| Second quarter of 2024: port visas 410,000;   |\n| visa-free entries 5.1 million (+80.2% y/y)      |", "people.visa_free_foreigners", "2024-Q2"),
        ("In the first half of 2024, ordinary passports 9.3 million,\nvisa-free entries 8.4 million.", "people.visa_free_foreigners", "2024-H1"),
        ("| Second quarter of 2024: port visas 410,000.   |\n| visa-free entries 20.1 million (+80.2% y/y)     |", "people.visa_free_foreigners", "2024"),
    ])
    func openLineGoesOn(_ text: String, _ metric: String, _ period: String) throws {
        let f = try #require(try metricFacts(text).first { $0.metric == metric }, "\(metric) not found")
        #expect(f.period.description == period)
    }

    /// An annual release without a release date: a campaign started in an undated month of the
    /// year is a window of that year, never the year's figure.
    @Test(arguments: [
        "In the winter sweep, which began at the end of November, officers caught 6,420 criminal suspects.",
        "In the operation launched on November 20, police arrested 3,150 criminal suspects.",
        "In the crackdown that started in October, 2,870 criminal suspects were arrested.",
    ])
    func undatedCampaignStartInAnAnnualReleaseWithoutDate(_ text: String) throws {
        let f = try #require(try extract(text, released: nil).first { $0.metric == "enforcement.suspects" })
        #expect(!f.period.isAnnual && f.period.description.hasPrefix("2024-"), "\(f.period)")
    }

    /// "Over the full year, …" opening a sentence dates its figures to the year, even after a
    /// sentence that opened a window ("launched in April"); "over" there is no comparison's base.
    @Test(arguments: [
        "The administration, formally launched in April 2024, also reported its enforcement results. Over the full year, officers deported 9,800 foreigners.",
        "The administration, formally launched in April 2024, also reported its enforcement results. For the full year, officers deported 9,800 foreigners.",
    ])
    func fullYearOverridesACarriedWindow(_ text: String) throws {
        let f = try #require(try metricFacts(text).first { $0.metric == "enforcement.deported" })
        #expect(f.period == Period(year: 2024))
    }

    /// A whole-year marker ("Over the year", "across the year") ends a campaign window carried
    /// from the sentence before.
    @Test(arguments: [
        "In the summer operation launched in June, police cracked 5,100 cases. Over the year they seized 410 guns.",
        "The autumn crackdown began in September and cracked 5,100 cases. Across the year, 410 guns were seized.",
        "Since the launch of the sweep on May 1, police have cracked 5,100 cases. Over the whole year, officers seized 410 guns.",
    ])
    func wholeYearMarkerEndsACarriedWindow(_ text: String) throws {
        let f = try #require(try metricFacts(text).first { $0.metric == "enforcement.guns" })
        #expect(f.period == Period(year: 2024))
    }

    /// "…the first half of 2019, when …": a year closing a part of it dates that part, never the
    /// whole year.
    @Test(arguments: [
        ("Foreign trips were still below the first half of 2019, when foreigners made 46 million trips.", "2019-H1"),
        ("That is about 80% of the level of Q1 2019, when foreigners made 46 million trips.", "2019-Q1"),
        ("Foreign trips reached 90% of the first nine months of 2019, when foreigners made 46 million trips.", "2019-01-01/2019-09-30"),
        // A whole year stays a year.
        ("Foreign trips were still below 2019, when foreigners made 46 million trips.", "2019"),
    ])
    func yearClosingAPartDatesThePart(_ sentence: String, _ period: String) throws {
        let facts = try metricFacts(sentence).filter { $0.value == 46_000_000 }
        #expect(facts.map(\.period.description) == [period], "\(facts.map { "\($0.metric!) \($0.period)" })")
    }

    /// "… was about 70% of the level seen in the first half of 2019, when …": the part of an earlier
    /// year after a level is the base the figure before it is measured against (the figure keeps
    /// its sentence's period); the figure of the "when" clause is that part's.
    @Test(arguments: [
        "The 31.2 million trips by foreigners were about 70% of the level seen in the first half of 2019, when foreigners made 46 million trips.",
        "Foreigners made 31.2 million trips, some 70 percent of the level recorded in the first half of 2019, when foreigners made 46 million trips.",
        "Foreigners made 31.2 million trips, still below the levels of the first half of 2019, when foreigners made 46 million trips.",
    ])
    func partAfterALevelIsTheBase(_ text: String) throws {
        let facts = try extract(text, period: "2025-H1", released: "2025-07-17").filter { $0.metric == "people.foreigners" }
        #expect(facts.map { "\($0.value) \($0.period)" }.sorted() == ["31200000 2025-H1", "46000000 2019-H1"], "\(facts.map { "\($0.value) \($0.period)" })")
    }

    /// A campaign window that runs to now (至今, 截至目前): from its start to the release; a
    /// sentence without figures that opens on a date and launches a campaign opens the window for
    /// the sentences after it. Months and days in Chinese numerals read as months and days.
    @Test(arguments: [
        ("“清朗”专项行动（2024年10月上旬至今）已抓获犯罪嫌疑人3,210名。", "2024-10-01/2025-01-14"),
        ("“清朗”专项行动开展以来（2024年11月中旬至今），共抓获犯罪嫌疑人3,210名。", "2024-11-11/2025-01-14"),
        ("2024年9月下旬，我们启动“秋风”专项行动。截至目前，已抓获犯罪嫌疑人3,210名。", "2024-09-21/2025-01-14"),
        ("答：2024年10月底，全国移民管理机构部署开展“清边”行动。截至目前，共抓获犯罪嫌疑人3,210名。", "2024-10-31/2025-01-14"),
        ("二〇二四年七月至十月开展的专项行动中，共抓获犯罪嫌疑人三千二百一十名。", "2024-07-01/2024-10-31"),
        ("自二〇二四年五月一日至八月三十一日，共抓获犯罪嫌疑人3,210名。", "2024-05-01/2024-08-31"),
        ("十月至十二月，全国移民管理机构共抓获犯罪嫌疑人3,210名。", "2024-Q4"),
        ("“十二月单月，全国移民管理机构抓获犯罪嫌疑人3,210名。”", "2024-12-01/2024-12-31"),
        ("“12月单月，全国移民管理机构抓获犯罪嫌疑人3,210名。”", "2024-12-01/2024-12-31"),
        ("九月份，全国移民管理机构抓获犯罪嫌疑人3,210名。", "2024-09-01/2024-09-30"),
        ("十二月份，全国移民管理机构抓获犯罪嫌疑人3,210名。", "2024-12-01/2024-12-31"),
    ])
    func chineseCampaignToNow(_ text: String, _ window: String) throws {
        let f = try #require(try extract(text, language: "zh").first { $0.metric == "enforcement.suspects" })
        #expect(f.period.description == window)
    }

    /// Chinese numerals before 月 that are no month: a count of months, a larger number.
    @Test(arguments: [
        "全年共开展为期三个月的专项行动，抓获犯罪嫌疑人3,210名。",
        "2024年，全国移民管理机构抓获犯罪嫌疑人3,210名，十二个月中有九个月同比上升。",
    ])
    func chineseNumeralsThatAreNoMonth(_ text: String) throws {
        let f = try #require(try extract(text, language: "zh").first { $0.metric == "enforcement.suspects" })
        #expect(f.period == Period(year: 2024))
    }

    @Test func windowCarriesThroughItsParagraphOnly() throws {
        let facts = try metricFacts("""
            From the end of November 2024 to the end of February 2025, the administration carried out the winter operation. Since the launch of the operation, 2,811 criminal cases of obstructing border management have been investigated. The police also seized 60 guns.
            In 2024, more than 2,000 guns were seized.
            """)
        let guns = facts.filter { $0.metric == "enforcement.guns" }
        #expect(guns.first { $0.value == 60 }?.period.isAnnual == false)
        #expect(guns.first { $0.value == 2000 }?.period == Period(year: 2024))
        #expect(facts.first { $0.metric == "enforcement.criminal_cases" }?.period.description == "2024-11-30/2025-02-28")
    }

    /// In a release on a quarter, a paragraph's sentence that names no period is of the year or
    /// quarter its earlier sentence named; a period named "alone" is an aside that does not carry,
    /// nor does any period past the paragraph.
    @Test func namedPeriodCarriesThroughItsParagraph() throws {
        let facts = try metricFacts("""
            The NIA issued 21.4 million ordinary passports in 2024, up 5.2 percent. It also issued 2.9 million visas to foreigners.
            In the fourth quarter alone, 150 million travellers were inspected. A total of 9.1 million foreigners entered visa-free.
            Ports issued 610,000 port visas.
            """, period: "2024-Q4")
        #expect(facts.first { $0.metric == "documents.visas" }?.period.description == "2024")
        #expect(facts.first { $0.metric == "people.visa_free_foreigners" }?.period.description == "2024-Q4")
        #expect(facts.first { $0.metric == "documents.port_visas" }?.period.description == "2024-Q4")
        // An annual release keeps its year.
        let annual = try metricFacts("In the fourth quarter, 150 million travellers were inspected. It also issued 2.9 million visas to foreigners.")
        #expect(annual.first { $0.metric == "documents.visas" }?.period.description == "2024")
    }

    /// A later segment of a sentence that names its own stretch: its figures are that stretch's,
    /// the first segment's stay the sentence's.
    @Test(arguments: [
        ("During the winter holiday (January 20 to February 25), 60 million people were inspected; in March, 45 million people were inspected.",
         [60_000_000: "2024-01-20/2024-02-25", 45_000_000: "2024-03-01/2024-03-31"]),
        ("Officers inspected 610 million people; in December alone, 58 million people were inspected.",
         [610_000_000: "2024", 58_000_000: "2024-12-01/2024-12-31"]),
        ("In the first half, 300 million people were inspected; of these, 150 million people were inspected in the second quarter.",
         [300_000_000: "2024-H1", 150_000_000: "2024-Q2"]),
        // ", of which" opens a clause that may name its own part of the year.
        ("The hotline took 4.2 million calls in the first half, of which 2.4 million calls came in the second quarter.",
         [4_200_000: "2024-H1", 2_400_000: "2024-Q2"]),
        ("Officers inspected 610 million people, of which 150 million people were inspected in the fourth quarter.",
         [610_000_000: "2024", 150_000_000: "2024-Q4"]),
        // A part of the period opened by "of which" or 其中 ends with its clause: the next clause after a
        // semicolon is the sentence's period again; a bare figure after the part and a verb counts what the clause before counts.
        ("In the first half, 9.1 million passports were issued, of which 5.3 million in the second quarter; 730,000 visas were issued to foreigners.",
         [9_100_000: "2024-H1", 5_300_000: "2024-Q2", 730_000: "2024-H1"]),
        ("Officers inspected 31 million conveyances, of which 8.2 million in the fourth quarter; they issued 21 million ordinary passports.",
         [31_000_000: "2024", 8_200_000: "2024-Q4", 21_000_000: "2024"]),
        ("上半年共签发往来港澳通行证1530万张，其中二季度签发820万张；签发外国人签证证件61万件次，签发口岸签证18万人次。",
         [15_300_000: "2024-H1", 8_200_000: "2024-Q2", 610_000: "2024-H1", 180_000: "2024-H1"]),
        ("全年共查验出入境交通运输工具3270万架次，其中四季度查验910万架次；签发普通护照2160万本。",
         [32_700_000: "2024", 9_100_000: "2024-Q4", 21_600_000: "2024"]),
        ("In the third quarter, 160 million people were inspected; compared with the second quarter, 12 million more people were inspected.",
         [160_000_000: "2024-Q3", 12_000_000: "2024-Q3"]),
        ("三季度，全国移民管理机构查验出入境人员1.6亿人次；较二季度增加1200万人次。",
         [160_000_000: "2024-Q3", 12_000_000: "2024-Q3"]),
    ])
    func segmentsNameTheirOwnStretch(_ sentence: String, _ periods: [Int: String]) throws {
        let facts = try extract(sentence)
        for (value, period) in periods {
            #expect(facts.first { $0.value == Decimal(value) }?.period.description == period, "\(value)")
        }
    }

    /// "up from 620 million in 2023": the base of a comparison is its own year's figure, never the
    /// document's; a later year (a forecast) is not taken.
    @Test(arguments: [
        ("Officers inspected 700 million people, up from 620 million people in 2023.", 620_000_000, "2023"),
        ("A total of 700 million people were inspected, compared with 612 million person-times in 2022.", 612_000_000, "2022"),
        ("Officers inspected 700 million people in 2024, up 12 percent.", 700_000_000, "2024"),
        ("Border crossings climbed 9.2 percent in 2023 to 610 million.", 610_000_000, "2023"),
        ("Border crossings climbed 9.2 percent in 2024 to 640 million.", 640_000_000, "2024"),
    ])
    func figureDatedInItsClause(_ sentence: String, _ value: Int, _ period: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.value == Decimal(value) })
        #expect(f.period.description == period)
    }

    /// A holiday named in quotes (machine translations: the "May Day" holiday) is the holiday's
    /// stretch, never the whole year's figure; so is a peak day without its date, and a holiday
    /// compared with "the holiday last year". A holiday without its dates has the days it can
    /// fall on as its window (grammar `holidayWindows`); a stretch the grammar cannot bound, the
    /// period's days, as a window with a note.
    @Test(arguments: [
        ("During the \"May Day\" holiday, officers inspected 9.2 million people.", "2024-04-28/2024-05-05"),
        ("Over the \"National Day\" holiday, 13.5 million people were inspected at the border.", "2024-09-29/2024-10-08"),
        ("In the \"Labour Day\" holiday, border police inspected 8.7 million persons, 1.7 million per day.", "2024-04-28/2024-05-05"),
        ("On the busiest day, 2.2 million people were inspected at the border.", "2024-01-01/2024-12-31"),
        ("Over the holiday, officers inspected 7.7 million inbound and outbound travellers.", "2024-01-01/2024-12-31"),
        ("On the peak day, officers inspected 2.2 million inbound and outbound travellers.", "2024-01-01/2024-12-31"),
        ("During the Dragon Boat Festival holiday, 5.3 million people were inspected, up 12 percent from the holiday last year.", "2024-05-28/2024-06-25"),
    ])
    func quotedHolidayIsNoYearFigure(_ sentence: String, _ window: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == "people.total" })
        #expect(f.period.description == window, "\(f.period)")
        #expect(f.period.isWindow)
        #expect(f.note?.contains("inside 2024") == true)
    }

    /// A holiday named without its dates is never the year, nor the quarter it falls in: its
    /// window is the days it can fall on, inside the release's period; outside it, the period's days.
    @Test(arguments: [
        ("Some 12.9 million trips were made over the Lunar New Year holiday.", "2024", "2024-01-20/2024-02-28"),
        ("During the Chinese New Year break, border officers inspected 13.2 million inbound and outbound travellers.", "2024", "2024-01-20/2024-02-28"),
        ("In the Spring Festival period, 12.1 million inbound and outbound trips were inspected.", "2024-Q1", "2024-01-20/2024-02-28"),
        ("Over the Mid-Autumn Festival, 4.2 million people were inspected at the border.", "2024-H2", "2024-09-08/2024-10-08"),
        ("During the Qingming Festival, 3.1 million people were inspected at the border.", "2024-Q2", "2024-04-02/2024-04-06"),
        // The holiday's days fall outside the quarter: the quarter's days, as a window.
        ("During the Spring Festival holiday, 13.5 million people crossed the border and were inspected.", "2024-Q3", "2024-07-01/2024-09-30"),
    ])
    func undatedHolidayIsItsDays(_ sentence: String, _ period: String, _ window: String) throws {
        let f = try #require(try metricFacts(sentence, period: period).first { $0.metric == "people.total" })
        #expect(f.period.description == window, "\(f.period)")
        #expect(f.period.isWindow)
    }

    /// A year (or "last year") after an event verb opening an aside ("the hotline, launched in
    /// 2024, …") dates the event: the figures stay the quarter's.
    @Test(arguments: [
        ("The 12367 hotline, launched in 2024 to answer questions from travellers, took 1.1 million calls in the quarter, with a satisfaction rate of 99.2 percent.",
         "services.hotline_calls"),
        ("The government service platform, opened in 2024, handled 21 million requests during the quarter.", "services.platform_requests"),
        ("The 12367 hotline, introduced last year, answered 1.2 million calls in the quarter.", "services.hotline_calls"),
    ])
    func yearOfAnAsideEventIsNotTheFigures(_ sentence: String, _ metric: String) throws {
        let f = try #require(try extract(sentence, period: "2024-Q3", released: "2024-10-20").first { $0.metric == metric })
        #expect(f.period.description == "2024-Q3")
    }

    /// What refers back to a holiday ("the holiday", "the eight-day holiday") is the holiday's
    /// stretch, even when the sentence naming it dated a single day of it.
    @Test(arguments: [
        ("The peak came on Oct 3, the third day of the National Day holiday, when 2.1 million people crossed the border. Over the seven-day holiday, officers inspected 13.1 million people.",
         "2024-09-29/2024-10-08"),
        ("The busiest day was February 12, during the Spring Festival holiday, with 1.9 million crossings. During the eight-day holiday, 13.3 million people were inspected at the border.",
         "2024-01-20/2024-02-28"),
        ("During the National Day holiday from October 1 to 7, officers inspected 1.1 million foreigners. The busiest day was October 3, the third day of the National Day holiday, when 1.6 million people crossed the border. Across the 7-day holiday, 13.1 million people were inspected.",
         "2024-10-01/2024-10-07"),
        ("On May 2, the second day of the May Day holiday, 1.8 million people crossed the border. Over the holiday, 8.6 million people were inspected.",
         "2024-04-28/2024-05-05"),
    ])
    func holidayReferredBackIsItsStretch(_ text: String, _ window: String) throws {
        let facts = try metricFacts(text)
        let f = try #require(facts.first { $0.metric == "people.total" && $0.value > 5_000_000 })
        #expect(f.period.description == window, "\(f.period)")
        #expect(!facts.contains { $0.metric == "people.total" && $0.period.isAnnual })
    }

    @Test func holidayDatedEarlierKeepsItsDates() throws {
        let facts = try metricFacts("""
            Compared with the Spring Festival holiday (February 10 to 17), the summer was busier. During the Spring Festival holiday, officers inspected 13.5 million people.
            """)
        #expect(facts.first { $0.metric == "people.total" }?.period.description == "2024-02-10/2024-02-17")
    }

    /// A holiday dated once governs the rest of its paragraph, and "during the holiday" later
    /// refers back to it; its peak day is that day; the year's figures stay the year's.
    @Test func holidayWindowGovernsWhatRefersToIt() throws {
        let facts = try metricFacts("""
            During the National Day holiday, which ran from Oct. 1 to Oct. 8, officers inspected 12.4 million people. Foreigners made 1.1 million of these trips, and mainland residents 6.2 million.
            Some 410,000 vehicles, including 21,000 aircraft, were inspected over the holiday, while the 12367 hotline took 88,000 calls during the holiday. The peak day was Oct. 3, when 1.9 million people crossed the border and were inspected.
            For the year as a whole, officers inspected 610 million people.
            """)
        let window = "2024-10-01/2024-10-08"
        for (metric, value) in [("people.total", 12_400_000), ("people.foreigners", 1_100_000), ("people.mainland", 6_200_000),
                                ("vehicles.total", 410_000), ("vehicles.aircraft", 21_000), ("services.hotline_calls", 88_000)] {
            #expect(facts.first { $0.metric == metric && $0.value == Decimal(value) }?.period.description == window, "\(metric)")
        }
        #expect(facts.first { $0.value == 1_900_000 }?.period.description == "2024-10-03/2024-10-03")
        #expect(facts.first { $0.value == 610_000_000 }?.period == Period(year: 2024))
    }

    /// "a daily average of" after a comma is the next figure's rate, not the total's.
    @Test(arguments: [
        "During the May Day holiday (May 1 to 5), officers inspected 9.8 million inbound and outbound travellers, a daily average of 1.96 million.",
        "Over the National Day holiday from October 1 to 7, 9.8 million inbound and outbound travellers were inspected, or a daily average of 1.4 million.",
    ])
    func dailyAverageAfterCommaIsTheNextFiguresRate(_ sentence: String) throws {
        let facts = try extract(sentence)
        let total = try #require(facts.first { $0.value == 9_800_000 })
        #expect(total.metric == "people.total")
        #expect(total.period.isAnnual == false)
        #expect(facts.first { $0.value > 1_000_000 && $0.value < 9_800_000 }?.note?.contains("rate") == true)
    }

    /// "last year" after a change and "than" or "from" is the base of the change, not the
    /// figure's year; at the head of a sentence it is the year.
    @Test(arguments: [
        ("Officers inspected 141 million people, 9 percent more than in the same months last year.", "2024-Q1"),
        ("Border police arrested 3,100 criminal suspects, up 15 percent from the level last year.", "2024-Q1"),
        ("Last year, officers inspected 600 million people.", "2023"),
    ])
    func lastYearAsBase(_ sentence: String, _ period: String) throws {
        let f = try #require(try extract(sentence, period: "2024-Q1", released: "2024-04-15").first { $0.metric != nil })
        #expect(f.period.description == period)
    }

    /// A daily average or a single day's figure in a later clause is no figure of the period.
    @Test(arguments: [
        "In the fourth quarter, officers inspected 168.2 million people, and the number of single-day inspections exceeded 2.2 million.",
        "In the fourth quarter, officers inspected 168.2 million people. On average, 2.2 million people crossed the border each day.",
    ])
    func dayFiguresAreNoPeriodFigures(_ text: String) throws {
        let facts = try extract(text, period: "2024", released: "2025-01-14")
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 168_200_000 && $0.period.description == "2024-Q4" })
        #expect(!facts.contains { $0.metric == "people.total" && $0.value == 2_200_000 && ($0.period.isAnnual || $0.period.description == "2024-Q4") })
    }

    /// A paragraph opening on the parts of the previous paragraph's figure ("Of these trips, …",
    /// 其中，…) keeps that figure's period; the next paragraph's quarter is the quarter's.
    @Test(arguments: [
        "Trips reached 453 million in the first three quarters of this year, up 40.1 percent.\n\nOf these trips, 220.5 million were made by mainland residents and 47.3 million by foreign nationals.",
        "前三季度，全国移民管理机构查验出入境人员4.53亿人次。\n\n其中，内地居民2.205亿人次，外国人4730万人次。",
    ])
    func paragraphOpeningOnPartsKeepsThePreviousPeriod(_ text: String) throws {
        let facts = try extract(text + "\n\nIn the third quarter alone, officers inspected 163.1 million people. Foreign nationals made 17.8 million trips.",
                                period: "2024-Q3", released: "2024-10-18")
        #expect(facts.contains { $0.metric == "people.foreigners" && $0.value == 47_300_000 && $0.period.description == "2024-01-01/2024-09-30" })
        #expect(facts.contains { $0.metric == "people.foreigners" && $0.value == 17_800_000 && $0.period.description == "2024-Q3" })
        #expect(!facts.contains { $0.value == 47_300_000 && $0.period.description == "2024-Q3" })
    }

    /// A fourth-quarter release that gives the whole year too: a figure named with the year (after
    /// a whole-year lead, or "in 2025" after it, or "during the year") is the year's; a part of the
    /// year named with the year, or a clause "including N in the fourth quarter", is the quarter's.
    @Test(arguments: [
        ("For the whole of 2025, officers inspected 687 million people, up 12.6 percent.", "people.total", 687_000_000, "2025"),
        ("Across all of 2025, the administration issued 24.9 million ordinary passports.", "documents.passports", 24_900_000, "2025"),
        ("The administration issued 24.9 million ordinary passports in 2025, up 6.6 percent.", "documents.passports", 24_900_000, "2025"),
        ("Officers inspected 181 million people in the fourth quarter of 2025, up 13.4 percent.", "people.total", 181_000_000, "2025-Q4"),
        ("Officers inspected 181 million people in the quarter.", "people.total", 181_000_000, "2025-Q4"),
        ("Officers investigated more than 33,000 criminal cases of obstructing border management in 2025 and arrested over 72,000 suspects.",
         "enforcement.suspects", 72_000, "2025"),
        ("A total of 36.2 million vehicles were inspected during the year, up 11.2 percent, including 9.46 million in the fourth quarter.",
         "vehicles.total", 36_200_000, "2025"),
        ("A total of 36.2 million vehicles were inspected during the year, up 11.2 percent, including 9.46 million in the fourth quarter.",
         "vehicles.total", 9_460_000, "2025-Q4"),
    ] as [(String, String, Decimal, String)])
    func wholeYearInsideAQuarterlyRelease(_ sentence: String, _ metric: String, _ value: Decimal, _ period: String) throws {
        let facts = try extract(sentence, period: "2025-Q4", released: "2026-01-16")
        #expect(facts.contains { $0.metric == metric && $0.value == value && $0.period.description == period },
                "\(facts.map { "\($0.metric ?? "-") \($0.value) \($0.period)" })")
    }

    @Test(arguments: [
        ("全年共签发普通护照2000万本，创国家移民管理局成立以来新高。", "documents.passports", "2024"),
        ("Ordinary passports issued reached 20 million, the highest since its establishment.", "documents.passports", "2024"),
        ("The administration has issued 90 million ordinary passports since its establishment in April 2018.", "documents.passports", "2018-04-01/2025-01-14"),
    ])
    func foundingMarkerOnlyForTotalsSinceThen(_ sentence: String, _ metric: String, _ period: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == metric })
        #expect(f.period.description == period)
    }

    @Test func undatedFoundingTotalIsNoMetric() throws {
        for text in ["国家移民管理局组建以来，累计签发普通护照8000余万本。",
                     "Since the visa-free policy was expanded in late 2023, visa-free entries have exceeded 48 million in total.",
                     "Since the new rules took effect, officers have issued 12 million ordinary passports.",
                     "Since it was established, the administration has issued more than 80 million ordinary passports.",
                     "Since the organ was established, immigration organs accumulated issued 85 million ordinary passports.",
                     "Since the bureau founded, national port accumulated inspected entry-exit personnel 1.3 billion people-times.",
                     // A total over several years is no year's figure either.
                     "Over the past five years, immigration officers have checked a cumulative 2.5 billion inbound and outbound trips.",
                     "In the past decade, the administration issued some 150 million ordinary passports in total.",
                     "Over the last three years, police arrested 26,000 criminal suspects.",
                     "五年来，全国移民管理机构累计查验出入境人员25亿人次。",
                     "十年来，累计签发普通护照1.5亿本。",
                     "过去五年，累计抓获犯罪嫌疑人2.6万名。",
                     // A total since an event that dates nothing: a party congress, the pandemic, a policy.
                     "党的十九大以来，全国移民管理机构累计签发普通护照1.2亿本。",
                     "改革开放以来，全国口岸累计查验出入境人员90亿人次。",
                     "疫情发生以来，累计遣返非法入境外国人3.2万人。",
                     "近十年，全国移民管理机构共签发普通护照1.6亿本。",
                     "Since the 18th CPC National Congress, immigration authorities have inspected nearly 4.8 billion inbound and outbound trips.",
                     "Since the policy took effect, officers have checked a cumulative 5.2 million inbound and outbound travellers.",
                     // "a total of" after a "since" naming an event: a total since it.
                     "Since the outbreak of the epidemic, a total of 105 officers and auxiliary police have been injured.",
                     "Since the new rules came in, 4.1 million foreigners in total have entered without a visa.",
                     "疫情发生以来，共有105名民警辅警负伤。",
                     "In the past ten years, officers inspected 4.5 billion inbound and outbound trips."] {
            let facts = try extract(text)
            #expect(!facts.isEmpty)
            #expect(facts.allSatisfy { $0.metric == nil }, "\(text)")
        }
    }

    /// "a total of" without a "since" before it, or after a record's "since", is the period's total.
    @Test(arguments: [
        ("Officers inspected a total of 610 million inbound and outbound travellers.", "people.total"),
        ("Police arrested a total of 5,200 criminal suspects, the most since the pandemic.", "enforcement.suspects"),
        ("全年共计签发普通护照2300万本。", "documents.passports"),
    ])
    func totalWithoutSinceIsThePeriods(_ text: String, _ metric: String) throws {
        let facts = try extract(text)
        #expect(facts.contains { $0.metric == metric && $0.period.isAnnual }, "\(facts.map { "\($0.metric ?? "-") \($0.period)" })")
    }

    /// A sentence opening on a cumulative word (累计, "a cumulative") after a total since an event in
    /// its paragraph is a total since it too; without one before it, 累计 is the period's.
    @Test(arguments: [
        ("“十三五”以来，全国口岸累计查验出入境人员21.5亿人次。累计签发普通护照5100余万本。", "documents.passports", false),
        ("党的十九大以来，累计查验出入境人员30亿人次。累计侦办妨害国（边）境管理犯罪案件12.2万起。", "enforcement.criminal_cases", false),
        ("Since 2019, officers have checked a cumulative 2.1 billion trips. A cumulative total of 122,000 criminal cases were investigated.", "enforcement.criminal_cases", false),
        ("全年查验出入境人员6.1亿人次。累计签发普通护照2300万本。", "documents.passports", true),
    ] as [(String, String, Bool)])
    func cumulativeCarriesThroughItsParagraph(_ text: String, _ metric: String, _ annual: Bool) throws {
        let facts = try extract(text)
        #expect(facts.contains { $0.metric == metric && $0.period.isAnnual } == annual, "\(facts.map { "\($0.metric ?? "-") \($0.period)" })")
    }

    @Test func windowReleaseNeverGoesAnnual() throws {
        let facts = try metricFacts("Officers inspected 80 million people throughout the year. Over the holiday, 9 million people were inspected. In 2024, 12,000 criminal suspects were arrested.",
                                    period: "2024-07-01/2024-08-31")
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { !$0.period.isAnnual })
    }

    /// "Full year 2024: …" in a quarter's release is that whole year's figure, not the quarter's;
    /// a year heading its figure with a colon is a year, not a time of day.
    @Test(arguments: [
        ("Full year 2024: 642.3m entries and exits inspected", "people.total", "2024"),
        ("For the full year of 2024, officers inspected 642.3 million inbound and outbound travellers.", "people.total", "2024"),
        ("Full-year 2024 figures: 21.7 million ordinary passports were issued.", "documents.passports", "2024"),
        ("2024: 21.7 million ordinary passports issued", "documents.passports", "2024"),
        ("Officers inspected 168.4 million inbound and outbound travellers in the quarter.", "people.total", "2025-Q1"),
        // Looking back at the year before: a figure "in 2024" or with a change "on 2023" is 2024's;
        // a change on a quarter of 2024 leaves the figure the quarter's own.
        ("Visa-free entries by foreign nationals reached 20.1 million in 2024, up 112.3%.", "people.visa_free_foreigners", "2024"),
        ("The administration also issued 1.48 million port visas, up 87.3% on 2023.", "documents.port_visas", "2024"),
        ("The administration also issued 1.48 million port visas, an increase of 87.3 percent over 2023.", "documents.port_visas", "2024"),
        ("In the quarter, 415,000 port visas were issued, up 12% on the first quarter of 2024.", "documents.port_visas", "2025-Q1"),
        ("Officers issued 415,000 port visas, up 12 percent on the same quarter of 2024.", "documents.port_visas", "2025-Q1"),
    ])
    func fullYearInAQuarterlyRelease(_ sentence: String, _ metric: String, _ period: String) throws {
        let f = try #require(try extract(sentence, period: "2025-Q1", released: "2025-04-20").first { $0.metric == metric }, "\(metric) not found")
        #expect(f.period.description == period)
    }

    /// A section's heading line naming the whole year or a part of it ("二、全年数据") dates the
    /// sentences of its paragraphs that name no period, until the next heading line.
    @Test(arguments: [
        ("一、三季度情况\n三季度查验出入境人员1.7亿人次。\n\n二、全年情况\n查验出入境交通运输工具2870.5万架（列、艘、辆）次，同比上升12.3%。\n\n全国移民管理机构有9名民警因公牺牲。", "2024-Q3", "2024", "2024"),
        ("第一部分　四季度数据\n查验出入境人员1.5亿人次。\n\n第二部分　上半年回顾\n查验出入境交通运输工具1450.2万架（列、艘、辆）次。\n\n第三部分　下一步工作\n全国移民管理机构有3名民警因公牺牲。", "2024-Q4", "2024-H1", "2024-Q4"),
        // The title line names what the whole release covers; the header's period holds.
        ("2024年全年及四季度出入境数据\n\n查验出入境交通运输工具780.2万架（列、艘、辆）次。\n\n全国移民管理机构有2名民警因公牺牲。", "2024-Q4", "2024-Q4", "2024-Q4"),
    ] as [(String, String, String, String)])
    func aSectionHeadingDatesItsParagraphs(_ text: String, _ period: String, _ vehicles: String, _ deaths: String) throws {
        let facts = try metricFacts(text, period: period)
        let seen = facts.map { "\($0.metric!)=\($0.value) \($0.period)" }
        #expect(facts.first { $0.metric == "vehicles.total" }?.period.description == vehicles, "\(seen)")
        #expect(facts.first { $0.metric == "personnel.deaths" }?.period.description == deaths, "\(seen)")
    }

    @Test func quarterlyReleaseDefaultsToItsQuarter() throws {
        let facts = try metricFacts("Border police inspected 150 million people, up 10 percent year on year.", period: "2025-Q1")
        #expect(facts.first?.period.description == "2025-Q1")
    }
}

extension PeriodScopeTests {
    /// Parts of the year come from the grammar: a new one is a data edit, not code.
    @Test func aNewPartOfYearIsAGrammarEdit() throws {
        let sentence = "In the opening four months, 180 million people were inspected at the border."
        #expect(try metricFacts(sentence).first?.period == Period(year: 2024))
        var grammar = sharedExtractor.grammar
        grammar.languages["en"]!.partsOfYear.append(.init(phrase: "opening four months", period: "01-01/04-30"))
        let extractor = Extractor(catalog: sharedExtractor.catalog, grammar: grammar)
        let doc = try Ingestor.document(id: "t.txt", bytes: Array("# period: 2024\n\n\(sentence)".utf8), path: "t.txt")
        let f = try #require(extractor.extract(doc).facts.first { $0.metric == "people.total" })
        #expect(f.period.description == "2024-01-01/2024-04-30")
    }
}

/// A provincial, station or port figure is not the national metric; 全国, "across the country"
/// keep a figure national.
struct PlaceScopeTests {
    @Test(arguments: [
        "2023年，上海边检总站共查验出入境人员1500万人次，同比上升120%。",
        "全年，全省边检机关侦办妨害国(边)境管理犯罪案件1200起，抓获犯罪嫌疑人1500名。",
        "其中，拱北口岸查验出入境人员800万人次。",
        "全年，本省边检机关查验出入境人员3000万人次，占全国总量的20%；查验出入境交通运输工具400万架次。",
        "The Fujian Border Inspection General Station inspected 12 million inbound and outbound travellers in 2024.",
        "A total of 9.8 million inbound and outbound travellers were inspected at Gongbei Port, up 30 percent.",
        "Border police in the province handled 1,500 criminal cases of obstructing border management.",
        "Border police in Yunnan province handled 1,500 criminal cases of obstructing border management.",
        // A province's corps ("… border inspection corps", "the corps alone").
        "The Guangxi border inspection corps investigated 3,400 criminal cases of obstructing border management in 2024.",
        "Of these, the Xinjiang corps alone arrested 1,900 criminal suspects.",
        // A named airport, crossing, detachment or non-mainland authority; a province's own body.
        "Baiyun International Airport inspected 26 million inbound and outbound travellers last year.",
        "In Guangzhou, Baiyun Airport port inspected 9.2 million people entering and leaving the country.",
        "The Immigration Department of Hong Kong recorded 290 million inbound and outbound travellers in 2024, up 12 per cent.",
        "Officers at the city's control points inspected 30 million inbound and outbound travellers in 2024.",
        "Wenjindu, the second-busiest land crossing, handled 40 million of those trips.",
        "Fujian province border inspection organs inspected entry-exit personnel 31 million people-times.",
        "Provincial border police in Yunnan investigated 2,100 criminal cases of obstructing border management.",
        "The Xishuangbanna border management detachment investigated 640 criminal cases of obstructing border management.",
        "浙江省边检机关全年查验出入境人员1200万人次，同比上升35%。",
        "云南省公安厅全年侦办妨害国(边)境管理犯罪案件900起。",
        "珠海港珠澳大桥口岸全年验放出入境旅客2,100万人次。",
        "其中，西藏边境管理支队抓获犯罪嫌疑人420名；新疆边境管理总队缴获毒品1.2吨。",
        "首都机场口岸查验出入境人员1,800万人次。",
        // A port named before 口岸 with a period between it and the verb; "X ports alone".
        "广州口岸一季度查验出入境人员2,100万人次。",
        "厦门口岸上半年共查验出入境人员900万人次，同比上升40%。",
        "Guangzhou ports alone inspected 21 million inbound and outbound travellers in the first quarter.",
        "Of these, Beijing's ports alone checked 9 million inbound and outbound trips.",
        "In the first half, Fujian ports inspected 12.4 million person times of entry and exit personnel.",
        "Last year Yunnan ports checked 30 million inbound and outbound travellers, up 40 percent.",
        // The name before the port's modifiers ("international", "land").
        "At Pudong and Hongqiao international airports, 31 million inbound and outbound travellers were inspected last year.",
        "Shenzhen land ports checked 150 million inbound and outbound trips in 2024.",
        // A place named before 各口岸, 口岸 or an airport, in Chinese without capitals to tell it.
        "其中，厦门各口岸全年查验出入境人员1100万人次，同比上升60%。",
        "广东省各口岸上半年共查验出入境人员1.2亿人次。",
        "青岛各口岸一季度查验出入境交通运输工具5万架次。",
        "成都天府国际机场查验出入境人员600万人次。",
        "云南省口岸全年查验出入境人员2800万人次，同比上升30%。",
        // A place named before the administration's own organs: that province's organs.
        "其中，广西边检机关缴获毒品3.1吨，占全国总量的四成。",
        "福建边防检查机关全年查验出入境人员900万人次。",
        "上海移民管理机构一季度签发普通护照60万本。",
        "Of these, all Xiamen ports inspected 11 million inbound and outbound travellers.",
        "All Shenzhen ports checked 240 million inbound and outbound trips in 2024.",
        // Another region's own documents; several stations of one province.
        "The Immigration Department also issued 650,000 HKSAR passports last year.",
        "Macao issued 41,000 Macao SAR passports to its residents in 2024.",
        "The Guangxi border inspection stations seized 2.3 tons of drugs.",
        // A station that says the sentence in a later clause speaks for the figures before it.
        "Its ports handled 120 million inbound and outbound trips last year, the Fujian border inspection general station said on Monday.",
        "Some 46 million inbound and outbound travellers were inspected, the Yunnan General Station announced.",
    ])
    func localFigureIsNoNationalMetric(_ sentence: String) throws {
        let facts = try extract(sentence)
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0.metric == nil }, "\(facts.compactMap(\.metric))")
        #expect(facts.contains { $0.note?.contains("local") == true })
    }

    @Test(arguments: [
        ("2024年，全国各口岸共查验出入境人员6.1亿人次。", "people.total"),
        ("全年，全国移民管理机构共侦办妨害国(边)境管理犯罪案件3.6万起。", "enforcement.criminal_cases"),
        ("全年，各边检总站共查验出入境人员6.1亿人次。", "people.total"),
        ("Immigration authorities across the country inspected 610 million inbound and outbound travellers.", "people.total"),
        ("Nationwide, 610 million people were inspected at ports, of which the Guangdong general station handled a quarter.", "people.total"),
        // A station quoting the national figure: a national marker rules it.
        ("Nationwide, 610 million people were inspected, the Guangdong general station said.", "people.total"),
        ("National port inspected entry-exit personnel 259 million people-times, year-on-year decrease 61.3%.", "people.total"),
        ("The NIA inspected 610 million inbound and outbound travellers at international airport ports and land crossing ports.", "people.total"),
        ("Immigration authorities inspected 610 million travellers, with international airports handling nearly half.", "people.total"),
        ("全国各省边检机关共查验出入境人员6.1亿人次。", "people.total"),
        ("各边境管理支队共侦办妨害国(边)境管理犯罪案件3,000起。", "enforcement.criminal_cases"),
        ("全国口岸全年验放出入境人员6.1亿人次。", "people.total"),
        // A machine translation's "the … department of the country" is the national administration.
        ("The exit-entry administration department of the country issued 20.1 million ordinary passports.", "documents.passports"),
        ("The immigration authorities of the country inspected 610 million inbound and outbound travellers.", "people.total"),
        ("The immigration department of the country issued 21.5 million documents for mainland residents to Hong Kong and Macao.", "documents.mainland_hkmt_combined"),
        ("全国口岸一季度查验出入境人员1.7亿人次。", "people.total"),
        ("各口岸上半年共查验出入境人员2.9亿人次。", "people.total"),
        ("Ports across the country inspected 173 million inbound and outbound travellers in the first quarter.", "people.total"),
        ("China's ports inspected 173 million inbound and outbound travellers in the first quarter.", "people.total"),
        ("Border ports inspected 610 million inbound and outbound travellers.", "people.total"),
        ("At China's international airports and land ports, 610 million inbound and outbound travellers were inspected.", "people.total"),
        ("Across all land ports, 250 million inbound and outbound travellers were inspected.", "people.total"),
        ("In 2024, Chinese ports checked 610 million person times of entry and exit personnel.", "people.total"),
        ("All ports inspected 610 million inbound and outbound travellers, up 43.9 percent.", "people.total"),
        // A record over several years says nothing of the figure's span.
        ("In 2024, 610 million inbound and outbound travellers were inspected, the most in the past five years.", "people.total"),
        // A province named later in the sentence, or heading a compound, is no subject.
        ("Visa-free entries reached 20 million, with Hainan and Guangdong among the busiest.", "people.visa_free_foreigners"),
        ("Guangdong-Hong Kong-Macao Greater Bay Area ports aside, officers nationwide inspected 610 million inbound and outbound travellers.", "people.total"),
    ])
    func nationalFigureStays(_ sentence: String, _ metric: String) throws {
        #expect(try metricFacts(sentence).contains { $0.metric == metric })
    }

    /// A province named with "Province" is local wherever the sentence names China.
    @Test(arguments: [
        "Officers in East China's Zhejiang Province inspected 14 million inbound and outbound travellers in 2024.",
        "Yunnan Province inspected 3.1 million inbound and outbound travellers, about a tenth of the national total.",
        "In Guangxi, the border ports handled 410,000 visa-free foreign entries in the first half.",
        // A province or port city opening the sentence is its subject.
        "Yunnan arrested 2,300 criminal suspects along its border during the year.",
        "Guangdong's land ports inspected 88 million inbound and outbound travellers in 2024.",
        "Shenzhen recorded 2.2 million visa-free foreign entries over the year.",
        "Pudong airport alone handled 38.2 million inbound and outbound travellers.",
        "The Luohu checkpoint alone handled 9.8 million inbound and outbound trips in the three months.",
    ])
    func namedProvinceIsLocal(_ sentence: String) throws {
        let facts = try extract(sentence)
        #expect(facts.allSatisfy { $0.metric == nil }, "\(facts.compactMap(\.metric))")
        #expect(facts.contains { $0.note?.contains("local") == true })
    }

    /// A figure another body reports (a ministry, customs) is not the immigration administration's;
    /// a forecast is no reported figure.
    @Test(arguments: [
        ("The Ministry of Public Security said police arrested 52,000 criminal suspects last year.", "another body"),
        ("A total of 18,000 criminal suspects were arrested by the Ministry of Public Security in the campaign.", "another body"),
        ("According to the Ministry of Culture and Tourism, foreign nationals made 30 million inbound and outbound trips.", "another body"),
        ("According to the National Tourism Administration, Chinese citizens made 130 million outbound tourist trips across the border.", "another body"),
        ("The NIA expects that officers will inspect 700 million inbound and outbound travellers in 2025.", "forecast"),
        ("It is expected that officers will inspect 760 million inbound and outbound travellers in 2026.", "forecast"),
        ("Officers are projected to issue 25 million ordinary passports next year.", "forecast"),
        ("The administration forecasts that ports will handle 700 million inbound and outbound travellers in 2025.", "forecast"),
        // Visas issued abroad by the foreign ministry's missions are not the administration's.
        ("According to the Foreign Ministry, 4.2 million visas were issued to foreign nationals this year.", "another body"),
        ("Chinese embassies and consulates abroad issued more than 5 million visas to foreign nationals.", "another body"),
        ("In August alone, our missions issued about 600,000 visas.", "another body"),
        // The ministry and the civil aviation regulator by their initials; a foreign embassy's own visas.
        ("Separately, the MPS said police arrested 48,000 criminal suspects in theft cases.", "another body"),
        ("The CAAC said airports handled 1.2 million inbound and outbound flights.", "another body"),
        ("The consular section of the embassy issued 38,500 visas to Chinese citizens last year.", "another body"),
        // An embassy with its consulates, or a consulate-general alone, issues visas abroad.
        ("The Chinese Embassy and Consulates-General in Canada issued about 71,000 visas in the first half.", "another body"),
        ("Over the year the Consulate-General in Milan issued 9,400 visas to Italian applicants.", "another body"),
        ("China's diplomatic missions in Africa issued 310,000 visas in total.", "another body"),
        ("The administration foresees that officers inspect 800 million inbound and outbound travellers in 2026.", "forecast"),
        // A target is a forecast too.
        ("The administration aims to issue 26 million ordinary passports in the coming year.", "forecast"),
        // Taiwan's or another non-mainland immigration agency (移民署, 领事事务局) is another body.
        ("据移民署统计，全年查验出入境人员5200万人次。", "another body"),
        ("移民署全年查处非法入境、非法居留外国人1.6万人。", "another body"),
        // A plan is a forecast too.
        ("The NIA plans to capture at least 250 snakeheads in the new year.", "forecast"),
        ("The administration planned to capture 320 snakeheads during the year.", "forecast"),
        ("The administration is planning to issue 28 million ordinary passports next year.", "forecast"),
        ("Next year the NIA has set a target of 800 million inbound and outbound travellers inspected.", "forecast"),
        // A bare forecast verb; analysts or economists at a bank are another body.
        ("Border officials forecast 650 million inbound and outbound trips for the whole year.", "forecast"),
        // "expected" after the figure, as a slide writes it.
        ("Outlook\n- Inbound and outbound trips: ~720 million expected", "forecast"),
        ("Visa-free entries by foreigners: 31 million expected next year.", "forecast"),
        ("Tour operators predict 655 million inbound and outbound trips in the coming year.", "forecast"),
        ("Analysts at a Hong Kong brokerage put full-year inbound and outbound trips at about 690 million.", "another body"),
        ("According to economists from a Singapore bank, foreign nationals made 33 million trips in the year.", "another body"),
    ])
    func otherBodyOrForecastIsNoMetric(_ sentence: String, _ note: String) throws {
        let facts = try extract(sentence)
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0.metric == nil }, "\(facts.compactMap(\.metric))")
        #expect(facts.contains { $0.note?.contains(note) == true })
    }

    @Test(arguments: [
        ("The Exit-Entry Administration of the Ministry of Public Security inspected 598 million inbound and outbound travellers.", "people.total"),
        ("Under the leadership of the Ministry of Public Security, immigration authorities arrested 26,000 criminal suspects.", "enforcement.suspects"),
        ("As expected, officers inspected 610 million inbound and outbound travellers.", "people.total"),
        ("Foreign visitors exceeded expectations: 64 million foreign nationals were inspected.", "people.foreigners"),
        // A campaign that targets gangs, officers who strive to serve: no target figure.
        ("The campaign targets people-smuggling gangs and has arrested 2,100 criminal suspects.", "enforcement.suspects"),
        ("Officers strive to serve travellers and inspected 610 million inbound and outbound travellers.", "people.total"),
    ])
    func ownBodyAndActualFigureStay(_ sentence: String, _ metric: String) throws {
        #expect(try metricFacts(sentence).contains { $0.metric == metric })
    }

    /// Chinese names the body first: the body opening the figure's clause rules it; a forecast
    /// (预计, 有望, 将超过) is no reported figure.
    @Test(arguments: [
        ("据公安部介绍，今年全国共侦破电信网络诈骗案件8.5万起，抓获犯罪嫌疑人13.1万名。", "another body"),
        ("海关总署通报，全国海关全年查获各类毒品2.4吨。", "another body"),
        ("文化和旅游部统计，全年出入境人员达5.1亿人次。", "another body"),
        ("公安部会同国家移民管理局等部门开展专项行动，抓获犯罪嫌疑人1.1万名。", "another body"),
        ("全国移民管理机构共查获毒品3.1吨；海关缉私部门查获各类毒品2.2吨。", "another body"),
        ("据预测，明年出入境人员将达到7.2亿人次。", "forecast"),
        ("国家移民管理局预测，明年签发普通护照将达到2500万本。", "forecast"),
        ("今年全年出入境人员有望突破6.5亿人次。", "forecast"),
        ("国家移民管理局预计，2025年全年出入境人员将突破7亿人次。", "forecast"),
        // A target (力争, 争取, 目标是) is a forecast too.
        ("明年力争全年签发普通护照达到2600万本。", "forecast"),
        ("今后要争取全年查验出入境人员8亿人次。", "forecast"),
        ("2026年的目标是签发口岸签证60万证次。", "forecast"),
    ])
    func chineseOtherBodyOrForecastIsNoMetric(_ sentence: String, _ note: String) throws {
        let facts = try extract(sentence)
        #expect(facts.contains { $0.note?.contains(note) == true }, "\(facts.map { "\($0.value) \($0.metric ?? "-") \($0.note ?? "")" })")
        if sentence.hasPrefix("全国移民管理机构") {
            #expect(facts.contains { $0.metric == "enforcement.drugs_tonnes" && $0.value == 3.1 })
            #expect(!facts.contains { $0.metric != nil && $0.value == 2.2 })
        } else {
            #expect(facts.allSatisfy { $0.metric == nil }, "\(facts.compactMap(\.metric))")
        }
    }

    @Test(arguments: [
        ("公安部出入境管理局全年共签发普通护照3100万本。", "documents.passports"),
        ("公安部、国家移民管理局共侦办妨害国（边）境管理犯罪案件1.8万起。", "enforcement.criminal_cases"),
        ("国家移民管理局会同海关总署等部门，查获各类毒品2.6吨。", "enforcement.drugs_tonnes"),
        ("各地移民管理机构协同海关等部门，查获走私案件案值1.3亿元。", "enforcement.smuggling_value_cny"),
        ("全年联合海关等部门查获各类毒品1.5吨。", "enforcement.drugs_tonnes"),
        ("配合公安部开展专项行动，共抓获犯罪嫌疑人2.1万名。", "enforcement.suspects"),
    ])
    func chineseOwnBodyStays(_ sentence: String, _ metric: String) throws {
        #expect(try metricFacts(sentence).contains { $0.metric == metric })
    }

    /// The body that kept the statistics before the administration was founded (2018): its
    /// figures for 2017 and earlier are the administration's; for later years it is another body.
    @Test(arguments: [
        ("据公安部统计，2017年全国出入境人员达5.98亿人次，同比增长4.6%。", "2017", "people.total", "598000000"),
        ("公安部通报，2016年全国共查验出入境交通运输工具2950万辆（架、列、艘）次。", "2016", "vehicles.total", "29500000"),
        ("公安部发布数据显示，全年签发普通护照2800万本。", "2017", "documents.passports", "28000000"),
        ("The Ministry of Public Security said 567 million inbound and outbound trips were inspected in 2016.", "2016", "people.total", "567000000"),
    ])
    func predecessorBodyBeforeFoundingIsOwn(_ sentence: String, _ period: String, _ metric: String, _ value: String) throws {
        let facts = try extract(sentence, period: period, released: nil)
        #expect(facts.contains { $0.metric == metric && $0.value == dec(value) && $0.period.description == period },
                "\(facts.map { "\($0.value) \($0.metric ?? "-") \($0.period) \($0.note ?? "")" })")
    }

    @Test(arguments: [
        ("据公安部统计，2019年全国出入境人员达6.7亿人次。", "2019"),
        ("公安部通报，全年共查验出入境交通运输工具3200万辆（架、列、艘）次。", "2023"),
        ("The Ministry of Public Security said 670 million inbound and outbound trips were inspected in 2019.", "2019"),
    ])
    func predecessorBodyAfterFoundingIsAnotherBody(_ sentence: String, _ period: String) throws {
        let facts = try extract(sentence, period: period, released: nil)
        #expect(facts.allSatisfy { $0.metric == nil }, "\(facts.compactMap(\.metric))")
    }

    /// A transcript's speaker label names the body whose figures the turn gives, until the next label.
    @Test func speakerTurnOfAnotherBody() throws {
        let text = """
        公安部刑事侦查局副局长 李明：
        各位记者，大家好。全年全国共侦破电信网络诈骗案件9.1万起，抓获犯罪嫌疑人15.2万名。
        主持人：下面请国家移民管理局介绍。
        国家移民管理局边防检查管理司司长 王强：
        全年共查验出入境人员5.6亿人次，抓获犯罪嫌疑人4.4万名。
        """
        let facts = try extract(text)
        #expect(facts.contains { $0.value == 152_000 && $0.metric == nil && $0.note?.contains("another body") == true })
        #expect(facts.contains { $0.value == 560_000_000 && $0.metric == "people.total" })
        #expect(facts.contains { $0.value == 44_000 && $0.metric == "enforcement.suspects" })
    }

    /// Speaker lines ingest reads as labels (in 【】, in [ ], a bare name line): each turn is its
    /// speaker's body's; a label shortened after its first use keeps the body the full one named.
    @Test(arguments: [
        ("【公安部禁毒局副局长 张华】", "【国家移民管理局新闻发言人 王强】", "【张华】"),
        ("[公安部刑事侦查局负责人 张华]", "[国家移民管理局边防检查管理司 王强]", "[张华]"),
        ("主持人 公安部新闻发言人 张华", "国家移民管理局新闻发言人 王强", "主持人"),
    ])
    func bracketedSpeakerTurns(_ other: String, _ own: String, _ again: String) throws {
        let facts = try extract("""
        \(other)
        全年全国共破获毒品犯罪案件6.1万起，抓获犯罪嫌疑人9.8万名。
        \(own)
        全年共查验出入境人员5.6亿人次，抓获犯罪嫌疑人4.4万名。
        \(again)
        全年全国共缴获各类毒品41.2吨。
        """)
        #expect(facts.contains { $0.value == 98_000 && $0.metric == nil && $0.note?.contains("another body") == true })
        #expect(!facts.contains { $0.value == 98_000 && $0.metric != nil })
        #expect(facts.contains { $0.value == 560_000_000 && $0.metric == "people.total" })
        #expect(facts.contains { $0.value == 44_000 && $0.metric == "enforcement.suspects" })
        #expect(!facts.contains { $0.value == 41.2 && $0.metric != nil })
    }

    /// A label with text after it on its line opens no turn: the next paragraph is the administration's.
    @Test func inlineLabelCarriesNoBody() throws {
        let facts = try extract("""
        海关总署：全国海关全年查获各类毒品2.1吨。
        全年共查验出入境人员5.6亿人次。
        """)
        #expect(facts.contains { $0.value == 2.1 && $0.metric == nil })
        #expect(facts.contains { $0.value == 560_000_000 && $0.metric == "people.total" })
    }

    /// A range of whole years (2019年至2023年, 2020—2024年) is a window over them; 年均 is a rate.
    @Test(arguments: [
        ("2019年至2023年，全国移民管理机构共侦办妨害国（边）境管理犯罪案件16.1万起。", "2019-01-01/2023-12-31"),
        ("2020年到2024年，全国共有48名民警因公牺牲。", "2020-01-01/2024-12-31"),
        ("2020—2024年，全国移民管理机构累计抓获犯罪嫌疑人30.2万名。", "2020-01-01/2024-12-31"),
    ])
    func chineseYearRangeIsAWindow(_ sentence: String, _ period: String) throws {
        let f = try #require(try extract(sentence).first)
        #expect(f.period.description == period)
    }

    @Test(arguments: [
        "五年间，全国移民管理机构年均侦办妨害国（边）境管理犯罪案件3.3万起。",
        "2019年至2023年，全国年均抓获犯罪嫌疑人6.2万名。",
    ])
    func chineseYearlyAverageIsARate(_ sentence: String) throws {
        let facts = try extract(sentence)
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0.metric == nil }, "\(facts.compactMap(\.metric))")
    }

    /// 五年间, 三年间: a total over several years, no year's figure.
    @Test(arguments: [
        "五年间，全国移民管理机构共侦办妨害国（边）境管理犯罪案件15.6万起。",
        "三年间，全国边检机关累计查获各类毒品12.4吨。",
    ])
    func chineseYearsSpanIsNoYearsFigure(_ sentence: String) throws {
        let facts = try extract(sentence)
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0.metric == nil }, "\(facts.compactMap(\.metric))")
    }

    /// A whole earlier year's figure written after its year, inside a recovery ratio or a
    /// comparison, counts what the figure before it counts, in that year.
    @Test(arguments: [
        "2024年全国共查验出入境人员6.1亿人次，恢复至疫情前2019年（6.7亿人次）的91%。",
        "2024年全国共查验出入境人员6.1亿人次，已恢复至2019年同期6.7亿人次的91%。",
        "全年查验出入境人员6.1亿人次，较2019年的6.7亿人次仍有差距。",
        "2024年全国共查验出入境人员6.1亿人次，相当于2019年6.7亿人次的91%。",
        "2024年全国共查验出入境人员6.1亿人次，不足2019年6.7亿人次的九成二。",
    ])
    func chineseEarlierYearsFigure(_ sentence: String) throws {
        let facts = try metricFacts(sentence)
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 610_000_000 && $0.period == Period(year: 2024) })
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 670_000_000 && $0.period == Period(year: 2019) })
        #expect(!facts.contains { $0.value == 91 })
    }

    /// 仅2023年 opens a sentence of that year's figures after a multi-year window; a place before
    /// 边境地区 is local.
    @Test func chineseLeadingYearAfterAWindowAndBorderArea() throws {
        let facts = try extract("""
        2019年至2023年，全国移民管理队伍共有50名民警因公牺牲。仅2023年，就有12名民警牺牲，40名负伤。
        其中，广西边境地区共侦办妨害国（边）境管理犯罪案件9000起。
        """, period: "2023")
        #expect(facts.contains { $0.value == 12 && $0.metric == "personnel.deaths" && $0.period == Period(year: 2023) })
        #expect(facts.contains { $0.value == 50 && $0.period.description == "2019-01-01/2023-12-31" })
        #expect(facts.contains { $0.value == 9000 && $0.metric == nil && $0.note?.contains("local") == true })
    }

    /// The part of the year named last before a figure is its period; a window named in a clause
    /// after the last figure dates none.
    @Test(arguments: [
        ("下半年增速加快，仅四季度就查验出入境人员1.8亿人次。", "2024-Q4"),
        ("一季度共查验出入境人员1.1亿人次，同比下降12%，4月份以来增速放缓。", "2024-Q1"),
        ("前三季度共查验出入境人员4.2亿人次。", "2024-01-01/2024-09-30"),
        ("上半年平稳增长，二季度查验出入境人员1.5亿人次。", "2024-Q2"),
    ])
    func chinesePartNearestTheFigure(_ sentence: String, _ period: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == "people.total" })
        #expect(f.period.description == period)
    }

    /// A sentence opened by 其中 holds parts of the previous sentence's total: they share its part
    /// of the year when they name none of their own.
    @Test(arguments: [
        ("全年查验出入境人员6.1亿人次。第四季度查验出入境人员1.6亿人次，环比上升5.1%。其中，内地居民8000万人次，外国人1900万人次。", "2024-Q4"),
        ("上半年，全国移民管理机构共查验出入境人员2.9亿人次。其中，内地居民1.4亿人次、外国人1400万人次。", "2024-H1"),
        ("二季度共查验出入境人员1.5亿人次，同比上升8.0%。其中内地居民7500万人次，外国人1200万人次，分别上升7.2%和30.1%。", "2024-Q2"),
    ])
    func chinesePartsShareThePreviousSentencesPeriod(_ text: String, _ period: String) throws {
        let facts = try metricFacts(text)
        for metric in ["people.mainland", "people.foreigners"] {
            let f = try #require(facts.first { $0.metric == metric })
            #expect(f.period.description == period, "\(metric)")
        }
    }

    /// The national figure and a named place's share in one sentence: only the first is the metric.
    @Test(arguments: [
        "全年，各口岸共查验出入境人员6.1亿人次，其中，深圳各口岸查验出入境人员2.1亿人次。",
        "全国口岸查验出入境人员6.1亿人次，同比上升43.9%；广州白云机场查验出入境人员2.1亿人次。",
        "全国口岸查验出入境人员6.1亿人次。珠海拱北、横琴等陆路口岸合计查验出入境人员2.1亿人次。",
        "全年全国共查验出入境人员6.1亿人次，其中经北京、上海、广州等口岸出入境的旅客达2.1亿人次。",
        "全国口岸查验出入境人员6.1亿人次；厦门、福州等海港口岸共查验出入境人员2.1亿人次。",
        "全国口岸查验出入境人员6.1亿人次，同比上升43.9%。珠海拱北、横琴新区及港珠澳大桥珠海公路等口岸合计查验出入境人员2.1亿人次。",
        "Ports across the country inspected 610 million inbound and outbound travellers; all Guangzhou ports inspected 210 million inbound and outbound travellers.",
    ])
    func placeAfterTheNationalFigureIsLocal(_ sentence: String) throws {
        let facts = try extract(sentence)
        #expect(facts.contains { $0.metric == "people.total" && $0.value == 610_000_000 })
        #expect(facts.contains { $0.value == 210_000_000 && $0.metric == nil && $0.note?.contains("local") == true })
    }

    /// A long sentence whose last clause (", and the number … in the fourth quarter alone") names
    /// its own part of the year: only that clause's figures are the part's; a year after "the
    /// same quarter of" is the base of its change, not the part's year.
    @Test(arguments: [
        ("Officers inspected 610 million travellers, up 4.2%, among whom 70 million were foreign nationals, and the number of travellers inspected in the fourth quarter alone reached 160 million, 6.1% more than in the same quarter of 2023.",
         [("people.total", "610000000", "2024"), ("people.foreigners", "70000000", "2024"), ("people.total", "160000000", "2024-Q4")]),
        ("Police arrested 21,000 criminal suspects during the year, while the border police in the second quarter arrested 5,600 criminal suspects.",
         [("enforcement.suspects", "21000", "2024"), ("enforcement.suspects", "5600", "2024-Q2")]),
        ("The authorities issued 19 million ordinary passports, and in the first half of the year 9.2 million ordinary passports were issued, up 3% on the same period of 2023.",
         [("documents.passports", "19000000", "2024"), ("documents.passports", "9200000", "2024-H1")]),
        ("In the third quarter, officers inspected 170 million travellers, 8% more than in the same quarter of 2023.",
         [("people.total", "170000000", "2024-Q3")]),
        ("The third quarter, officers inspected 170 million inbound and outbound travellers, ring ratio rise 4%; among them September single month inspection 55 million inbound and outbound travellers.",
         [("people.total", "170000000", "2024-Q3"), ("people.total", "55000000", "2024-09-01/2024-09-30")]),
        ("Growth was uneven: the third quarter alone accounted for 150 million crossings, up 20% year on year, and the outlook for 2025 foresees more than 60 million foreign crossings.",
         [("people.total", "150000000", "2024-Q3")]),
        ("The second quarter accounted for 140 million border crossings, while the plan for 2026 foresees 700 million crossings.",
         [("people.total", "140000000", "2024-Q2")]),
        // A part given in an "including" clause is its part's; the clause after it is the sentence's again.
        ("During the year, police handled 36,000 criminal cases of obstructing border management, including 9,800 in the fourth quarter, and arrested 41,000 criminal suspects.",
         [("enforcement.criminal_cases", "36000", "2024"), ("enforcement.criminal_cases", "9800", "2024-Q4"), ("enforcement.suspects", "41000", "2024")]),
        ("Officers inspected 610 million travellers, including 160 million in the fourth quarter, and 35 million vehicles.",
         [("people.total", "610000000", "2024"), ("people.total", "160000000", "2024-Q4"), ("vehicles.total", "35000000", "2024")]),
        ("The police dismantled 900 criminal gangs, of which 250 in the first quarter, and seized 600 guns.",
         [("enforcement.gangs", "900", "2024"), ("enforcement.gangs", "250", "2024-Q1"), ("enforcement.guns", "600", "2024")]),
    ] as [(String, [(String, String, String)])])
    func laterClauseNamesItsOwnPart(_ sentence: String, _ expected: [(String, String, String)]) throws {
        let facts = try metricFacts(sentence)
        let seen = facts.map { "\($0.metric!)=\($0.value) \($0.period)" }
        #expect(facts.count == expected.count, "got \(seen)")
        for (metric, value, period) in expected {
            let f = try #require(facts.first { $0.metric == metric && $0.value == dec(value) }, "\(metric)=\(value); got \(seen)")
            #expect(f.period.description == period, "\(metric)=\(value); got \(seen)")
        }
    }

    /// "X stations alone seized …, and they also seized …": a place followed by "alone" is the
    /// subject of its clause only; the figures of the next clause are the national ones again.
    @Test(arguments: [
        ("Police seized 11.2 tons of drugs, of which the Guangxi border inspection stations alone seized 4.4 tons of drugs, and they also seized 1,500 guns.",
         ["enforcement.drugs_tonnes=11.2", "enforcement.guns=1500"], "4.4"),
        ("Officers handled 9,000 drug cases, with Yunnan ports alone accounting for 3,100 drug cases, and they also seized 48,000 bullets.",
         ["enforcement.drug_cases=9000", "enforcement.bullets=48000"], "3100"),
    ] as [(String, [String], String)])
    func soleLocalMarkerRulesItsClauseOnly(_ sentence: String, _ national: [String], _ local: String) throws {
        let facts = try extract(sentence)
        let seen = facts.compactMap { f in f.metric.map { "\($0)=\(f.value)" } }
        for n in national { #expect(seen.contains(n), "\(n); got \(seen)") }
        #expect(facts.contains { $0.value == dec(local) && $0.metric == nil }, "got \(seen)")
    }

    /// A month in a clause about an event ("after the resumption of … in March") dates the event:
    /// neither its sentence's figures nor the next sentence's; a note "[3] …" opening a line is no figure.
    @Test(arguments: [
        "Travel picked up after the resumption of group tours in March 2024. The NIA issued 18 million ordinary passports.",
        "Following the reopening of the border in April, officers inspected 610 million inbound and outbound travellers.",
        "The NIA issued 18 million ordinary passports.\n\n[3] Visas issued inside China are counted separately.",
    ])
    func eventMonthDatesNoFigure(_ text: String) throws {
        let facts = try metricFacts(text)
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0.period.description == "2024" }, "\(facts.map { "\($0.metric!) \($0.period)" })")
        #expect(facts.allSatisfy { $0.value > 1000 })
    }

    /// A period named inside a bracketed aside after a figure ("(3.2 million in the third
    /// quarter)", （其中三季度…）) is the aside's only: the figure before the bracket keeps the
    /// sentence's period, a change after the bracket is that figure's, and the aside's bare figure
    /// counts what the figure before it counts.
    @Test(arguments: [
        ("Foreigners made 31.7 million crossings (5.2 million in the second quarter).",
         ["people.foreigners=31700000 2024 -", "people.foreigners=5200000 2024-Q2 -"]),
        ("Officers inspected 29.6 million conveyances (of which 2.8 million in November), up 11.5% year on year.",
         ["vehicles.total=29600000 2024 11.5", "vehicles.total=2800000 2024-11-01/2024-11-30 -"]),
        ("The NIA issued 21.4 million ordinary passports (including 11.3 million in the first half), and foreigners made 64.9 million crossings.",
         ["documents.passports=21400000 2024 -", "documents.passports=11300000 2024-H1 -", "people.foreigners=64900000 2024 -"]),
        ("外国人出入境6490万人次（其中二季度1430万人次），同比上升82.9%。",
         ["people.foreigners=64900000 2024 82.9", "people.foreigners=14300000 2024-Q2 -"]),
        ("查验出入境交通运输工具2960万架（列、艘、辆）次（其中上半年1380万架（列、艘、辆）次）。",
         ["vehicles.total=29600000 2024 -", "vehicles.total=13800000 2024-H1 -"]),
        // A clause compared with a figure of another period is an aside of that period too.
        ("Conveyances inspected reached 15.2 million, up 8.1%, compared with 16.4 million in the first half of 2019.",
         ["vehicles.total=15200000 2024 8.1", "vehicles.total=16400000 2019-H1 -"]),
        ("Border officers checked 301.5 million trips, versus 334 million trips recorded in the first half of 2019.",
         ["people.total=301500000 2024 -", "people.total=334000000 2019-H1 -"]),
    ] as [(String, [String])])
    func bracketedAsideNamesItsOwnPeriod(_ sentence: String, _ expected: [String]) throws {
        let seen = try metricFacts(sentence).map { "\($0.metric!)=\($0.value) \($0.period) \($0.yoyPct.map { "\($0)" } ?? "-")" }
        #expect(Set(seen) == Set(expected), "got \(seen)")
    }

    /// A bracket that only glosses its figure, or dates a holiday, splits nothing.
    @Test(arguments: [
        ("During the Spring Festival holiday (February 10 to 17), 13.5 million people crossed the border.", "people.total=13500000 2024-02-10/2024-02-17"),
        ("In the second quarter, foreigners made 14.3 million crossings (up 20% on the first quarter).", "people.foreigners=14300000 2024-Q2"),
    ] as [(String, String)])
    func bracketWithoutAFigureOfItsOwnPeriodSplitsNothing(_ sentence: String, _ expected: String) throws {
        let seen = try metricFacts(sentence).map { "\($0.metric!)=\($0.value) \($0.period)" }
        #expect(seen == [expected], "got \(seen)")
    }

    /// A paragraph opening on a total since a founding or event: its later sentences that name no
    /// period of their own are totals since it too, never the year's; one naming the year is the year's.
    @Test(arguments: [
        ("组建以来，全国移民管理机构共侦办妨害国（边）境管理犯罪案件2.1万起。在执行任务中，有5名民警因公牺牲。", "personnel.deaths", "5"),
        ("成立以来，共抓获犯罪嫌疑人3.2万名。另有7名民警因公牺牲。", "personnel.deaths", "7"),
        ("Since its founding, the administration has cracked 21,000 criminal cases. In the course of duty, five police officers died.", "personnel.deaths", "5"),
    ] as [(String, String, String)])
    func laterSentenceOfASinceParagraphIsNoYear(_ text: String, _ metric: String, _ value: String) throws {
        let facts = try extract(text)
        let seen = facts.compactMap { f in f.metric.map { "\($0)=\(f.value) \(f.period)" } }
        #expect(!facts.contains { $0.metric == metric && $0.period.isAnnual }, "got \(seen)")
        #expect(facts.contains { $0.value == dec(value) }, "got \(seen)")
    }

    @Test(arguments: [
        ("组建以来，共侦办妨害国（边）境管理犯罪案件2.1万起。全年共有6名民警因公牺牲。", "personnel.deaths=6 2024"),
        ("组建以来，共侦办妨害国（边）境管理犯罪案件2.1万起。2024年，共有6名民警因公牺牲。", "personnel.deaths=6 2024"),
        ("Since its founding, the administration has cracked 21,000 criminal cases. During the year, six police officers died.", "personnel.deaths=6 2024"),
    ] as [(String, String)])
    func sentenceNamingTheYearAfterASinceOpeningIsTheYears(_ text: String, _ expected: String) throws {
        let seen = try metricFacts(text).map { "\($0.metric!)=\($0.value) \($0.period)" }
        #expect(seen.contains(expected), "got \(seen)")
    }

    /// In a release on a part of the year, a figure followed by "in the same period of 2019" is
    /// that part of 2019; in an annual release, or after a later year, it is not moved.
    @Test(arguments: [
        ("Foreigners made 29.4 million trips, against 47.6 million foreign trips in the same period of 2019.", "2024-H1", "47600000", "2019-H1"),
        ("Officers inspected 7.8 million conveyances, compared with 8.9 million conveyances in the same quarter of 2019.", "2024-Q2", "8900000", "2019-Q2"),
    ] as [(String, String, String, String)])
    func samePeriodOfAnEarlierYear(_ sentence: String, _ period: String, _ value: String, _ expected: String) throws {
        let facts = try extract(sentence, period: period)
        let f = try #require(facts.first { $0.value == dec(value) })
        #expect(f.period.description == expected)
        #expect(f.metric != nil, "\(facts.map { "\($0.metric ?? "-")=\($0.value) \($0.period)" })")
    }
}
