import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Subjects linked to their figure by the level a change reached ("fell to"), changes on another
/// base written beside the year-on-year one (chain ratio, month-on-month), measure words of machine
/// translations, places singled out with "alone", bare "crossings" before a verb, and day ranges:
/// invented sentences in those styles.
struct LevelAndBaseTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // A speaker's hesitation, set off by commas or not, stands between no figure and its change.
        Case(sentence: "officers inspected, um, 3.1 million ships, up, uh, 4.5 percent year on year.",
             facts: [Expect(metric: "vehicles.ships", value: "3100000", yoy: "4.5")]),
        Case(sentence: "the border police arrested uh 41,000 criminal suspects, up um 6.2 percent.",
             facts: [Expect(metric: "enforcement.suspects", value: "41000", yoy: "6.2")]),
        // "visa free" unhyphenated, as a transcript writes it.
        Case(sentence: "among the foreigners, 12.6 million entered visa free, up 40.1 percent.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "12600000", yoy: "40.1")]),
        // A footnote marker after a comma is no figure and parts no figure from its change.
        Case(sentence: "Foreign nationals made 61.2 million crossings,[4] up 23.5% year on year.",
             facts: [Expect(metric: "people.foreigners", value: "61200000", yoy: "23.5")]),
        Case(sentence: "Officers inspected 580 million crossings,[2] up 12.1%, and foreign nationals made 30 million crossings.",
             facts: [Expect(metric: "people.total", value: "580000000", yoy: "12.1"), Expect(metric: "people.foreigners", value: "30000000")]),
        // The breakdown of a count dated to an earlier year is of that year.
        Case(sentence: "Officers inspected 340 million crossings in 2022, of which 180 million were made by mainland residents and 12.4 million by foreign nationals.",
             facts: [Expect(metric: "people.total", value: "340000000", period: "2022"), Expect(metric: "people.mainland", value: "180000000", period: "2022"),
                     Expect(metric: "people.foreigners", value: "12400000", period: "2022")]),
        Case(sentence: "The authorities issued 9.1 million ordinary passports in 2023, among them 2.2 million for first-time applicants; in 2024 visas rose to 1.9 million.",
             facts: [Expect(metric: "documents.passports", value: "9100000", period: "2023"), Expect(metric: "documents.visas", value: "1900000")]),
        // A part of an earlier year written right after a later figure ("… of the 52.3 million of the
        // first quarter of 2019") dates that figure, not the sentence; "just" links a subject to its figure.
        Case(text: "Foreign nationals made just 9.4 million crossings, up 88.0 per cent, well short of the 26.1 million of the first half of 2019.",
             facts: [Expect(metric: "people.foreigners", value: "9400000", yoy: "88.0"), Expect(metric: "people.foreigners", value: "26100000", period: "2019-H1")]),
        Case(text: "Officers inspected 140.2 million inbound and outbound trips, up 12.1 per cent, against 161.5 million inbound and outbound trips in the first quarter of 2019.",
             facts: [Expect(metric: "people.total", value: "140200000", yoy: "12.1"), Expect(metric: "people.total", value: "161500000", period: "2019-Q1")]),
        // "(2023: 96.4 million)": the earlier year's value of the figure before the bracket, for that
        // year (or the part of it the label names); the change after the bracket is the figure's.
        Case(sentence: "Travellers checked at the border: 118.5 million (2023: 96.4 million), an increase of 22.9 per cent.",
             facts: [Expect(metric: "people.total", value: "118500000", yoy: "22.9"), Expect(metric: "people.total", value: "96400000", period: "2023")]),
        Case(sentence: "Ordinary passports issued: 2.14 million (2023: 1.87 million); hotline satisfaction rate: 97.2 per cent (2023: 96.8 per cent).",
             facts: [Expect(metric: "documents.passports", value: "2140000"), Expect(metric: "documents.passports", value: "1870000", period: "2023"),
                     Expect(metric: "services.hotline_satisfaction", value: "97.2"), Expect(metric: "services.hotline_satisfaction", value: "96.8", period: "2023")]),
        Case(sentence: "Drugs seized amounted to 3.9 tonnes (2023: 5.2 tonnes), down 25.0 per cent.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "3.9", yoy: "-25.0"), Expect(metric: "enforcement.drugs_tonnes", value: "5.2", period: "2023")]),
        Case(sentence: "Foreign nationals made 21.7 million trips (2023 first half: 8.6 million).",
             facts: [Expect(metric: "people.foreigners", value: "21700000"), Expect(metric: "people.foreigners", value: "8600000", period: "2023-H1")]),
        // "fell to", "rose to": the subject before the change verb is the figure's.
        Case(sentence: "Of these, the number of trains fell to 61,000, down 12.5 per cent; vessels dropped to 290,000, down 8.8 per cent.",
             facts: [Expect(metric: "vehicles.trains", value: "61000", yoy: "-12.5"), Expect(metric: "vehicles.ships", value: "290000", yoy: "-8.8")]),
        Case(sentence: "Motor vehicles inspected rose to 19.6 million, an increase of 4.2 per cent year on year.",
             facts: [Expect(metric: "vehicles.motor", value: "19600000", yoy: "4.2")]),
        Case(sentence: "Visas issued to foreign nationals climbed to 1.52 million, up 30.1 per cent.",
             facts: [Expect(metric: "documents.visas", value: "1520000", yoy: "30.1")]),
        Case(sentence: "Visas and residence documents issued to foreigners declined to 655,000, down 21.7 per cent.",
             facts: [Expect(metric: "documents.visas", value: "655000", yoy: "-21.7")]),
        // A change written as a noun after the percentage ("a 2.9% rise", "a 3.1% decline").
        Case(sentence: "Residents of Hong Kong, Macao and Taiwan accounted for 231 million trips, a 4.6% rise.",
             facts: [Expect(metric: "people.hkmt", value: "231000000", yoy: "4.6")]),
        Case(sentence: "Ships made 412,000 crossings, a 3.1% decline from the previous year.",
             facts: [Expect(metric: "vehicles.ships", value: "412000", yoy: "-3.1")]),
        Case(sentence: "Foreign nationals made 71 million trips, a 22.5% increase on a year earlier.",
             facts: [Expect(metric: "people.foreigners", value: "71000000", yoy: "22.5")]),
        // The change before the level still binds ("rose 8% to").
        Case(sentence: "Ordinary passports issued fell 3.4 per cent to 8.75 million.",
             facts: [Expect(metric: "documents.passports", value: "8750000", yoy: "-3.4")]),
        // A change with its base written before it, followed by a change on another base.
        Case(sentence: "Border police checked a total of 133.5 million person-times of entry and exit personnel, year-on-year growth of 31.2%, chain ratio growth of 2.5%.",
             facts: [Expect(metric: "people.total", value: "133500000", yoy: "31.2")]),
        Case(sentence: "The organs issued ordinary passports 4.41 million, year-on-year increase of 11.6%, month-on-month decrease of 3.3%.",
             facts: [Expect(metric: "documents.passports", value: "4410000", yoy: "11.6")]),
        Case(text: "Among them, mainland residents 60.2 million person-times, foreigners 9.77 million person-times, year-on-year growth of 20.5%, 88.1% respectively, foreigners month-on-month growth of 14.9%.",
             facts: [Expect(metric: "people.mainland", value: "60200000", yoy: "20.5"), Expect(metric: "people.foreigners", value: "9770000", yoy: "88.1")]),
        Case(sentence: "Visa-free entry of foreigners 3.12 million person-times, year-on-year increase of 95.5%, ring ratio increase of 18.2%.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "3120000", yoy: "95.5")]),
        // … or joined by "and": a base written right before its change word opens the next change.
        Case(sentence: "Officers checked 88.6 million people in the quarter, a year-on-year increase of 12.4% and a ring ratio increase of 2.7%.",
             facts: [Expect(metric: "people.total", value: "88600000", yoy: "12.4")]),
        Case(sentence: "The organs issued 3.9 million ordinary passports, a year-on-year decline of 4.2% and a month-on-month rise of 9.5%.",
             facts: [Expect(metric: "documents.passports", value: "3900000", yoy: "-4.2")]),
        Case(sentence: "Foreigners made 9.1 million trips, year-on-year growth of 30.3% and quarter-on-quarter growth of 6.6%.",
             facts: [Expect(metric: "people.foreigners", value: "9100000", yoy: "30.3")]),
        // The change on the other base written first still has none of its own.
        Case(sentence: "Foreigners made 9.3 million trips, a ring ratio increase of 5.1% and a year-on-year increase of 41.2%.",
             facts: [Expect(metric: "people.foreigners", value: "9300000", yoy: "41.2")]),
        // A base opening the clause after the change is the change's own.
        Case(sentence: "Officers inspected 610 million people, up 43.9 percent, year on year.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9")]),
        Case(sentence: "Officers inspected 162 million people, up 4.1 percent, month on month.",
             facts: [Expect(metric: "people.total", value: "162000000")]),
        // A change measured against a part of the year is no year-on-year change.
        Case(sentence: "Officers issued 4.9 million ordinary passports, 7.2 percent more than in the second quarter.",
             facts: [Expect(metric: "documents.passports", value: "4900000")]),
        // … or against a figure of a part of the year stated with it ("than the 4.9 million in the first quarter").
        Case(sentence: "In the second quarter, officers issued 5.3 million ordinary passports, 8.2 percent more than the 4.9 million in the first quarter.",
             facts: [Expect(metric: "documents.passports", value: "5300000", period: "2024-Q2")]),
        Case(sentence: "In the second half, officers inspected 151 million people, up 4.6 percent from the 144.4 million during the first half.",
             facts: [Expect(metric: "people.total", value: "151000000", period: "2024-H2")]),
        Case(sentence: "In the second quarter, officers inspected 151 million people, up 4.6 percent from the 144.4 million recorded in the first three months.",
             facts: [Expect(metric: "people.total", value: "151000000", period: "2024-Q2")]),
        // The figure after "to" is the level the change reached, no base.
        Case(sentence: "Foreigners' crossings jumped 40.2 percent to 12.1 million in the second quarter.",
             facts: [Expect(metric: "people.foreigners", value: "12100000", yoy: "40.2", period: "2024-Q2")]),
        Case(sentence: "Officers inspected 120.4 million people, an increase of 210.5 percent year on year and of 6.1 percent over the first quarter.",
             facts: [Expect(metric: "people.total", value: "120400000", yoy: "210.5")]),
        Case(sentence: "Officers issued 4.9 million ordinary passports, down 2.2 percent compared with the first half.",
             facts: [Expect(metric: "documents.passports", value: "4900000")]),
        // Measure words of a machine translation that repeat the noun ("vehicles (times)", "ships (times)").
        Case(sentence: "Of which aircraft 190,000 sorties, ships 98,000 ships (times), motor vehicles 7.34 million vehicles (times).",
             facts: [Expect(metric: "vehicles.aircraft", value: "190000"), Expect(metric: "vehicles.ships", value: "98000"),
                     Expect(metric: "vehicles.motor", value: "7340000")]),
        Case(sentence: "The organs issued foreigners visa certificates 512,000 pieces, year-on-year growth of 40.2%.",
             facts: [Expect(metric: "documents.visas", value: "512000", yoy: "40.2")]),
        // A place singled out with "alone" or "by itself" is local; a month, a quarter or a holiday is not.
        Case(text: "Police arrested 41,300 criminal suspects. In Yunnan alone, 2,950 criminal suspects were arrested.",
             facts: [Expect(metric: "enforcement.suspects", value: "41300")]),
        Case(text: "Officers inspected 610 million people. Shenzhen Bay by itself handled 41.2 million people inspected at the border.",
             facts: [Expect(metric: "people.total", value: "610000000")]),
        Case(text: "Police arrested 41,300 criminal suspects in the year, and those in Guangdong alone numbered 5,100 criminal suspects arrested.",
             facts: [Expect(metric: "enforcement.suspects", value: "41300")]),
        // A province entered or visited after the verb ("entered Hainan", "visiting Yunnan") is local.
        Case(text: "Foreign nationals made 21.3 million visa-free entries. In the year, 860,000 foreigners entered Hainan without a visa.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "21300000")]),
        Case(text: "Foreign nationals made 21.3 million visa-free entries. Some 410,000 foreign nationals visiting Yunnan came in visa-free.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "21300000")]),
        Case(text: "Officers inspected 610 million people. Of these, 2.3 million people arrived in Guangdong by sea and were inspected.",
             facts: [Expect(metric: "people.total", value: "610000000")]),
        // So are the ports of a province ("Ports in Yunnan", "the port of Xiamen").
        Case(text: "Officers inspected 610 million people. Ports in Yunnan inspected 9.4 million people in the year, of which 700,000 foreigners entered visa-free.",
             facts: [Expect(metric: "people.total", value: "610000000")]),
        Case(text: "Officers inspected 610 million people. The port of Xiamen inspected 6.1 million people.",
             facts: [Expect(metric: "people.total", value: "610000000")]),
        // A "when" clause after a year's level ("… of the 2019 level, when …") dates its figure; after
        // a figure reference, a share may come before the count that refers back.
        Case(text: "Officers inspected 128 million inbound and outbound trips. That was only a fifth of the 2019 level, when the country handled 670 million inbound and outbound trips.",
             facts: [Expect(metric: "people.total", value: "128000000"), Expect(metric: "people.total", value: "670000000", period: "2019")]),
        Case(text: "Officers inspected 128 million inbound and outbound trips. The figure was roughly 21 percent of the 2019 level, when about 610 million crossings were made.",
             facts: [Expect(metric: "people.total", value: "128000000"),
                     Expect(metric: "people.total", value: "610000000", qualifier: .approx, period: "2019")]),
        Case(text: "Police seized 1,800 guns. The number was 60 percent of the 2021 peak, when officers seized 3,000.",
             facts: [Expect(metric: "enforcement.guns", value: "1800"), Expect(metric: "enforcement.guns", value: "3000", period: "2021")]),
        // A when-clause opening its sentence: its figure, whose noun alone names no metric, counts
        // what the sentence before counts with that noun; with two such counts, neither.
        Case(text: "Border officers handled 152.3 million inbound and outbound trips in the first quarter. Set against the first quarter of 2019, when 140.8 million trips were made, that is a full recovery.",
             facts: [Expect(metric: "people.total", value: "152300000", period: "2024-Q1"), Expect(metric: "people.total", value: "140800000", period: "2019-Q1")]),
        Case(text: "In the first half, 298 million trips were inspected at the border. Against the first half of 2019, when 331 million trips were made, the recovery stood at 90 percent.",
             facts: [Expect(metric: "people.total", value: "298000000", period: "2024-H1"), Expect(metric: "people.total", value: "331000000", period: "2019-H1")]),
        Case(text: "In the first half, officers inspected 298 million inbound and outbound trips by people and 16 million trips by vehicles. Against the first half of 2019, when 331 million trips took place, the recovery stood at 90 percent.",
             facts: [Expect(metric: "people.total", value: "298000000", period: "2024-H1"), Expect(metric: "vehicles.total", value: "16000000", period: "2024-H1")]),
        // A wire story's lead gives a change alone: the next sentence's one count of what it names, in
        // its period, is that change's; another metric's count or another period's is not.
        Case(text: "Cross-border trips climbed 11.3% in 2024 from a year earlier, the agency said on Tuesday. Officers inspected 610 million inbound and outbound trips over the year.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "11.3")]),
        Case(text: "Border crossings rose 9.4% in 2024, officials said.\n\nInspectors checked 598 million inbound and outbound trips.",
             facts: [Expect(metric: "people.total", value: "598000000", yoy: "9.4")]),
        Case(text: "Border crossings rose 9.4% in 2024, officials said. Foreign nationals made 64 million trips.",
             facts: [Expect(metric: "people.foreigners", value: "64000000")]),
        Case(text: "Border crossings rose 9.4% in 2024, officials said. In the fourth quarter, officers inspected 160 million inbound and outbound trips.",
             facts: [Expect(metric: "people.total", value: "160000000", period: "2024-Q4")]),
        // ", while" opens a clause of its own period: a month named before an apposition calling it a month.
        Case(text: "The fourth quarter alone saw 160 million crossings, while December, the busiest month of the quarter, accounted for about 58 million trips.",
             facts: [Expect(metric: "people.total", value: "160000000", period: "2024-Q4"),
                     Expect(metric: "people.total", value: "58000000", qualifier: .approx, period: "2024-12-01/2024-12-31")]),
        Case(text: "Officers inspected 141 million people in the first quarter, while March, the quarter's peak month, saw 52.1 million inbound and outbound trips.",
             facts: [Expect(metric: "people.total", value: "141000000", period: "2024-Q1"),
                     Expect(metric: "people.total", value: "52100000", period: "2024-03-01/2024-03-31")]),
        // "Shenzhen's land and sea ports": a possessive place before the port noun.
        Case(text: "Officers inspected 610 million people. Xiamen's air and sea ports handled 19 million people inspected.",
             facts: [Expect(metric: "people.total", value: "610000000")]),
        // Bare "crossings" names the total when written before its figure, not after it.
        Case(sentence: "In the year, crossings totalled 598 million, up 11.2% from a year earlier.",
             facts: [Expect(metric: "people.total", value: "598000000", yoy: "11.2")]),
        Case(text: "At 29.3 million crossings, foreigners were still well below the 2019 level.", facts: [], absent: ["people.total"]),
        Case(text: "Illegal crossings totalled 12,400, the NIA said.", facts: [], absent: ["people.total"]),
        // The base of a comparison written with "the year before", "a year earlier": the previous
        // year's figure of the same metric; a change after the base is the later figure's.
        Case(text: "The number of foreign nationals inspected reached 71.2 million, up from 52.6 million the year before (+35.4%).",
             facts: [Expect(metric: "people.foreigners", value: "71200000", yoy: "35.4"),
                     Expect(metric: "people.foreigners", value: "52600000", period: "2023")]),
        Case(text: "Officers issued 21.6 million ordinary passports, compared with 19.9 million a year earlier.",
             facts: [Expect(metric: "documents.passports", value: "21600000"),
                     Expect(metric: "documents.passports", value: "19900000", period: "2023")]),
        Case(text: "Officers issued 21.6 million ordinary passports, up from 19.9 million in 2023 (+8.5%).",
             facts: [Expect(metric: "documents.passports", value: "21600000", yoy: "8.5"),
                     Expect(metric: "documents.passports", value: "19900000", period: "2023")]),
        // Visa-free entries written with the country after the verb; dens destroyed in a participle.
        Case(text: "Of the foreign nationals, 21.3 million entered China without a visa, up 90.2% year on year.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "21300000", yoy: "90.2")]),
        Case(text: "Police broke up 980 gangs, destroying 1,450 transit dens.",
             facts: [Expect(metric: "enforcement.gangs", value: "980"), Expect(metric: "enforcement.transit_dens", value: "1450")]),
        // A change in words between the verb and "to"; an aside between spaced dashes.
        Case(sentence: "Visas issued to foreign nationals rose by about half to 1.9 million.",
             facts: [Expect(metric: "documents.visas", value: "1900000")]),
        Case(sentence: "Ordinary passports - issued to citizens at home - fell roughly a quarter to some 14 million.",
             facts: [Expect(metric: "documents.passports", value: "14000000", qualifier: .approx)]),
        // The figure a ratio is "of" counts what the figure before it counts, in the period it names.
        Case(text: "Foreign nationals made 31.2 million crossings, 88% of the 35.5 million recorded in the first half of 2019.",
             facts: [Expect(metric: "people.foreigners", value: "31200000"), Expect(metric: "people.foreigners", value: "35500000", period: "2019-H1")]),
        Case(text: "Officers inspected 142.6 million inbound and outbound trips, some 91 percent of the 156.7 million in the first quarter of 2019.",
             facts: [Expect(metric: "people.total", value: "142600000"), Expect(metric: "people.total", value: "156700000", period: "2019-Q1")]),
        // With the ratio opening a sentence of its own, the subject before the ratio names what an earlier
        // period's figure counts; a figure of the release's own period stays unnamed.
        Case(text: "Foreign nationals made 31.2 million crossings. Foreign crossings are back to 88% of the 35.5 million recorded in the first half of 2019.",
             facts: [Expect(metric: "people.foreigners", value: "31200000"), Expect(metric: "people.foreigners", value: "35500000", period: "2019-H1")]),
        Case(text: "Visa-free entries made up 31% of the 64.9 million.",
             facts: [], absent: ["people.visa_free_foreigners"]),
        // The earlier year's amount after "from", in the same currency, counts what the amount before it counts.
        Case(text: "The value of goods in smuggling cases rose to CNY 2.64 billion in 2024 from CNY 2.21 billion in 2023.",
             facts: [Expect(metric: "enforcement.smuggling_value_cny", value: "2640000000"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "2210000000", period: "2023")]),
        Case(text: "Smuggling cases involved goods worth RMB 1.9 billion, down from RMB 2.3 billion in 2023.",
             facts: [Expect(metric: "enforcement.smuggling_value_cny", value: "1900000000"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "2300000000", period: "2023")]),
        // A longer dashed aside with a comma inside it.
        Case(sentence: "Ordinary passports issued - mostly for tourism, some for study abroad - fell 4.2% to 14.3 million.",
             facts: [Expect(metric: "documents.passports", value: "14300000", yoy: "-4.2")]),
        Case(sentence: "Visas issued to foreign nationals - chiefly for business, study and family visits - rose 12.6% to 1.94 million.",
             facts: [Expect(metric: "documents.visas", value: "1940000", yoy: "12.6")]),
        Case(sentence: "Port visas - granted at the border, largely to tour groups and crews on short stays - climbed 18.5% to 870,000.",
             facts: [Expect(metric: "documents.port_visas", value: "870000", yoy: "18.5")]),
        // After a window's figure, "the number was" in a sentence naming the release's year counts
        // the same thing for the year; without a window before it, it counts nothing known.
        Case(text: "From June 2019 to the end of 2024, 530 snakehead fugitives were caught abroad and returned. In 2024 alone the number was 96.",
             facts: [Expect(metric: "enforcement.fugitives", value: "530", period: "2019-06-01/2024-12-31"),
                     Expect(metric: "enforcement.fugitives", value: "96")]),
        Case(text: "In March, officers inspected 52.1 million people. In 2024 the figure stood at 610 million.",
             facts: [Expect(metric: "people.total", value: "52100000", period: "2024-03-01/2024-03-31"),
                     Expect(metric: "people.total", value: "610000000")]),
        Case(text: "Officers inspected 610 million people in 2024. In 2024 the number was 4,100.",
             facts: [Expect(metric: "people.total", value: "610000000")]),
        // A base after "surpassing the", "below the" and its year counts what the figure before it counts.
        Case(sentence: "Inbound and outbound trips reached 702 million, surpassing the 670 million recorded in 2019.",
             facts: [Expect(metric: "people.total", value: "702000000"), Expect(metric: "people.total", value: "670000000", period: "2019")]),
        Case(sentence: "Ordinary passports issued came to 20.4 million, still below the 26.7 million issued in 2019.",
             facts: [Expect(metric: "documents.passports", value: "20400000"), Expect(metric: "documents.passports", value: "26700000", period: "2019")]),
        // "it was", "it stood at" refer back as "the figure was" does, in the sentence or the next.
        Case(text: "In 2021 officers inspected 128 million people, and in 2022 it was 116 million.",
             facts: [Expect(metric: "people.total", value: "128000000", period: "2021"), Expect(metric: "people.total", value: "116000000", period: "2022")]),
        Case(text: "Ordinary passports issued in 2024 came to 24.1 million. In 2023 it stood at 19.2 million.",
             facts: [Expect(metric: "documents.passports", value: "24100000"), Expect(metric: "documents.passports", value: "19200000", period: "2023")]),
        // "The figure for the second quarter was …" after the parts of a half's total refers to that
        // total, not to the part named last, which it exceeds.
        Case(text: "In the first half, officers inspected 170 million people. Of these, mainland residents made 88 million trips, Hong Kong, Macao and Taiwan residents 73 million, and foreigners 9 million. The figure for the second quarter was 98.5 million, up 40% quarter on quarter.",
             facts: [Expect(metric: "people.total", value: "170000000", period: "2024-H1"), Expect(metric: "people.foreigners", value: "9000000", period: "2024-H1"),
                     Expect(metric: "people.mainland", value: "88000000", period: "2024-H1"), Expect(metric: "people.hkmt", value: "73000000", period: "2024-H1"),
                     Expect(metric: "people.total", value: "98500000", period: "2024-Q2")]),
        Case(text: "In the first half, police arrested 40,000 criminal suspects. The number for the second quarter was 22,000.",
             facts: [Expect(metric: "enforcement.suspects", value: "40000", period: "2024-H1"), Expect(metric: "enforcement.suspects", value: "22000", period: "2024-Q2")]),
        // A range of days ("4 to 10 February") is a date, not a figure.
        Case(sentence: "Officers inspected 9.2 million inbound and outbound travellers during the holiday of 4 to 10 February.",
             facts: [Expect(metric: "people.total", value: "9200000", period: "2024-01-01/2024-12-31")]),
    ]

    /// A part of the period larger than the part counted last, with no total of those parts
    /// before it, counts nothing: it is not that part's.
    @Test func figureOfAPartLargerThanThePartBeforeIsNoneOfIt() throws {
        let facts = try metricFacts("In the first half, foreigners made 9 million trips. The figure for the second quarter was 98.5 million.")
        #expect(!facts.contains { $0.value == 98_500_000 })
    }

    @Test(arguments: cases)
    func sentenceGivesFacts(_ c: Case) throws { try c.check() }

    /// "In December alone", "In the second quarter alone", "During the Spring Festival alone": no place.
    @Test(arguments: [
        "In December alone, officers inspected 43.6 million inbound and outbound trips.",
        "In the fourth quarter alone, officers inspected 160 million inbound and outbound trips.",
        "During the Spring Festival alone, officers inspected 13.5 million inbound and outbound trips.",
    ])
    func timeAloneIsNoPlace(_ sentence: String) throws {
        let facts = try extract(sentence)
        #expect(facts.contains { $0.metric == "people.total" }, "\(facts.map { "\($0.metric ?? "-") \($0.value) \($0.note ?? "")" })")
    }

    /// A part of a year as a change's base: the same part a year before is year on year; another
    /// part (the quarter before) is not. (release period, text, the change expected or nil)
    @Test(arguments: [
        ("2024-Q1", "In the first quarter, officers inspected 138 million travellers, 18% more than in the first quarter of 2023.", "18"),
        ("2024-Q1", "In the first quarter, officers inspected 138 million travellers, up 18% compared with the first quarter of last year.", "18"),
        ("2024-Q1", "In the first quarter, officers inspected 138 million travellers, up 18% from the first quarter of 2023.", "18"),
        ("2024-Q1", "In the first quarter, officers inspected 138 million travellers, 18% more than in the fourth quarter of 2023.", nil),
        ("2024-Q1", "In the first quarter, officers inspected 138 million travellers, an increase of 18% over the fourth quarter of 2023.", nil),
        ("2024-H1", "In the first half, officers inspected 287 million travellers, up 18% on the first quarter of 2023.", nil),
        ("2024-H1", "In the first half, officers inspected 287 million travellers, 41% more than the 204 million in the first half of 2023.", "41"),
        ("2024-Q3", "第三季度，全国移民管理机构查验出入境人员1.62亿人次，较2023年三季度增长12.4%。", "12.4"),
        ("2024-Q3", "第三季度，全国移民管理机构查验出入境人员1.62亿人次，较2024年二季度增长6.1%。", nil),
        ("2024-Q3", "第三季度，全国移民管理机构查验出入境人员1.62亿人次，比2023年第四季度增长6.1%。", nil),
        ("2024-01-01/2024-09-30", "前三季度，全国移民管理机构查验出入境人员4.5亿人次，较2023年前三季度增长36.9%。", "36.9"),
    ] as [(String, String, String?)])
    func partOfAYearAsTheBase(_ period: String, _ text: String, _ change: String?) throws {
        let facts = try extract(text, period: period, released: nil)
        let f = try #require(facts.first { $0.metric == "people.total" }, "\(facts.map { "\($0.metric ?? "-") \($0.value)" })")
        #expect(f.yoyPct == change.map(dec))
        #expect(f.period.description == period)
    }

    /// The base's own figure, written with its part of an earlier year, is that part's, counting what
    /// the figure compared with it counts; the release's figure keeps the release's part.
    @Test(arguments: [
        ("2024-H1", "Officers inspected 287 million travellers in the first half, 41% more than the 204 million in the first half of 2023.", "204000000", "2023-H1"),
        ("2024-H1", "Officers inspected 287 million travellers in the first half, compared with 204 million in the first half of 2023.", "204000000", "2023-H1"),
        ("2024-Q3", "Officers inspected 161 million travellers in the third quarter, up 12% from 144 million in the third quarter of 2023.", "144000000", "2023-Q3"),
        ("2023-H1", "Conveyances inspected at ports reached 16.93 million, up 10.6%, compared with 17.41 million in the first half of 2019.", "17410000", "2019-H1"),
    ])
    func baseFigureOfAnEarlierPart(_ period: String, _ text: String, _ value: String, _ basePeriod: String) throws {
        let facts = try extract(text, period: period, released: nil).filter { $0.metric != nil }
        let seen = facts.map { "\($0.metric!) \($0.value) \($0.period)" }
        #expect(facts.count == 2, "\(seen)")
        #expect(facts.contains { $0.value == dec(value) && $0.period.description == basePeriod }, "\(seen)")
        #expect(facts.contains { $0.value != dec(value) && $0.period.description == period }, "\(seen)")
        #expect(Set(facts.map(\.metric)).count == 1, "\(seen)")
    }

    @Test(arguments: [
        ("2023-Q1", "2024-Q1", true), ("2023-H1", "2024-H1", true), ("2023-01-01/2023-09-30", "2024-01-01/2024-09-30", true),
        ("2023-01-01/2023-03-31", "2024-Q1", true), ("2023", "2024", true),
        ("2023-Q4", "2024-Q1", false), ("2022-Q1", "2024-Q1", false), ("2023-Q1", "2024-H1", false), ("2024-Q1", "2024-Q1", false),
    ])
    func yearBefore(_ base: String, _ period: String, _ expected: Bool) throws {
        #expect((try #require(Period(base)).yearsBefore(try #require(Period(period))) == 1) == expected)
    }

    /// The same days a number of years before, and what a change's base and a compared window ask of it.
    @Test(arguments: [
        ("2019-01-01/2019-09-30", "2025-01-01/2025-09-30", 6 as Int?, true), ("2023-Q1", "2024-Q1", 1, false),
        ("2024-01-01/2024-09-30", "2024-01-01/2024-09-30", 0, false), ("2019-01-01/2019-06-30", "2025-01-01/2025-09-30", nil, false),
        ("2019-11-30/2020-02-28", "2024-11-30/2025-02-28", 5, false),
    ])
    func yearsBefore(_ base: String, _ period: String, _ years: Int?, _ sameSpanEarlier: Bool) throws {
        let (b, p) = (try #require(Period(base)), try #require(Period(period)))
        #expect(b.yearsBefore(p) == years)
        #expect(Extractor.isSameSpanEarlier(b, p) == sameSpanEarlier)
    }

    @Test func dayRangeIsADate() {
        let m = mentions("from 4 to 10 February and between 8 and 10 June")
        #expect(!m.contains { $0.kind == .figure }, "\(m.map { "\($0.kind) \($0.value)" })")
    }
}

/// "2019年同期，这一数字为…" opening a sentence of a release on a part of the year names the base of
/// a comparison: the release's own stretch in that earlier year, never the whole year. A breakdown
/// right after it ("其中，…") is of the count before the base when its parts add up to that count,
/// else of the base's.
struct SamePeriodBaseTests {
    /// (release period, text, metric, value, period of that fact)
    @Test(arguments: [
        ("2024-Q1", "一季度，全国移民管理机构共查验出入境人员1.41亿人次，同比上升117.8%。2019年同期，这一数字为1.61亿人次。",
         "people.total", "161000000", "2019-Q1"),
        ("2024-H1", "上半年，全国共签发普通护照1080万本。2019年同期，全国共签发普通护照1380万本。",
         "documents.passports", "13800000", "2019-H1"),
        ("2023-01-01/2023-09-30", "前三季度，全国共查验出入境交通运输工具1534万辆（架、列、艘）次。2019年同期，全国查验出入境交通运输工具2410万辆（架、列、艘）次。",
         "vehicles.total", "24100000", "2019-01-01/2019-09-30"),
    ])
    func leadingSamePeriodIsTheBaseStretch(_ period: String, _ text: String, _ metric: String, _ value: String, _ expected: String) throws {
        let facts = try extract(text, period: period, released: nil)
        let seen = facts.map { "\($0.metric ?? "-") \($0.value) \($0.period)" }
        #expect(facts.contains { $0.metric == metric && $0.value == dec(value) && $0.period.description == expected }, "\(seen)")
        #expect(!facts.contains { $0.value == dec(value) && $0.period.isAnnual }, "\(seen)")
    }

    /// An annual release's "2019年同期" is no stretch of its own: the sentence reads as before.
    @Test func annualReleaseKeepsItsReading() throws {
        let facts = try extract("全年共查验出入境人员6.1亿人次。2019年同期，这一数字为6.7亿人次。", period: "2024", released: nil)
        #expect(!facts.contains { $0.value == 670_000_000 && !$0.period.isAnnual }, "\(facts.map { "\($0.value) \($0.period)" })")
    }

    @Test(arguments: [
        // The parts add up to the count before the base (6958 + 5905 + 1237 = 14100万): the release's.
        ("一季度，全国移民管理机构共查验出入境人员1.41亿人次，同比上升117.8%。2019年同期，这一数字为1.61亿人次。\n其中，内地居民6958万人次，港澳台居民5905万人次，外国人1237万人次。", "2024-Q1"),
        ("一季度，全国共查验出入境人员1.41亿人次。2019年同期，这一数字为1.61亿人次。其中，内地居民6958万人次、港澳台居民5905万人次、外国人1237万人次。", "2024-Q1"),
        // They add up to the base's own count (8000 + 6500 + 1600 = 16100万): the base's.
        ("一季度，全国共查验出入境人员1.41亿人次。2019年同期，这一数字为1.61亿人次。其中，内地居民8000万人次，港澳台居民6500万人次，外国人1600万人次。", "2019-Q1"),
    ])
    func breakdownAfterTheBaseGoesWithTheCountItAddsUpTo(_ text: String, _ expected: String) throws {
        let facts = try extract(text, period: "2024-Q1", released: nil)
        let parts = facts.filter { ["people.mainland", "people.hkmt", "people.foreigners"].contains($0.metric ?? "") }
        #expect(parts.count == 3, "\(facts.map { "\($0.metric ?? "-") \($0.value) \($0.period)" })")
        #expect(parts.allSatisfy { $0.period.description == expected }, "\(parts.map { "\($0.metric!) \($0.period)" })")
    }
}
