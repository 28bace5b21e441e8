import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Years named other than at a sentence's head: "that year" after a sentence of an earlier year,
/// "this year" in a year-ender, an earlier year's figure a count is compared with, a year inside
/// the subject of a sub-annual release, totals since the administration was set up, and a subject
/// separated from its verb by an aside. Invented texts.
struct YearReferenceTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var period: String
        var released: String
        /// metric, value, period the fact must have.
        var facts: [(String, String, String)]
        /// metric, value that must not be given as a plain fact of that period.
        var absent: [(String, String, String)] = []
        var description: String { String(text.prefix(60)) }
    }

    static let cases: [Case] = [
        // "by 2024, …" opening a clause after an earlier year's: the clause's figures are that year's.
        Case(text: "In 2018, 11,200 criminal suspects were caught; by 2023, over 64,000 suspects were caught and 815 gangs dismantled.",
             period: "2023", released: "2024-01-18",
             facts: [("enforcement.suspects", "11200", "2018"), ("enforcement.suspects", "64000", "2023"), ("enforcement.gangs", "815", "2023")],
             absent: [("enforcement.gangs", "815", "2018"), ("enforcement.suspects", "64000", "2018")]),
        // The sentence after a count, in its paragraph, counting the same kind over another stretch with
        // fewer words ("criminal cases" without the border): that count's metric; in the same period,
        // or of another kind of crime, not.
        Case(text: "From 2019 to 2023 police investigated 98,000 criminal cases of obstructing border management in total. In 2023 alone, 19,700 criminal cases were investigated.",
             period: "2023", released: "2024-01-18",
             facts: [("enforcement.criminal_cases", "19700", "2023")]),
        Case(text: "Police investigated 19,700 criminal cases of obstructing border management. Courts heard 4,000 criminal cases.",
             period: "2023", released: "2024-01-18",
             facts: [("enforcement.criminal_cases", "19700", "2023")], absent: [("enforcement.criminal_cases", "4000", "2023")]),
        Case(text: "From 2019 to 2023 police investigated 98,000 criminal cases of obstructing border management. In 2023, courts heard 4,000 criminal cases of telecom fraud.",
             period: "2023", released: "2024-01-18",
             facts: [], absent: [("enforcement.criminal_cases", "4000", "2023")]),
        // A bare figure in a clause opened by its own year after a semicolon counts what the count before it counts.
        Case(text: "In 2018, 11,200 criminal cases of obstructing border management were cracked; by 2023, more than 27,000.",
             period: "2023", released: "2024-01-18",
             facts: [("enforcement.criminal_cases", "11200", "2018"), ("enforcement.criminal_cases", "27000", "2023")]),
        Case(text: "Foreign nationals made 52 million trips in 2018; in 2023, 41.3 million, up 9.6 percent on the year before.",
             period: "2023", released: "2024-01-18",
             facts: [("people.foreigners", "52000000", "2018"), ("people.foreigners", "41300000", "2023")]),
        // A figure naming its own subject keeps it.
        Case(text: "In 2018, 11,200 criminal cases were cracked; in 2023, 27,000 suspects were caught.",
             period: "2023", released: "2024-01-18",
             facts: [("enforcement.suspects", "27000", "2023")], absent: [("enforcement.criminal_cases", "27000", "2023")]),
        Case(text: "In 2016 the police dismantled 410 gangs; by 2021 they had arrested 52,300 criminal suspects in all.",
             period: "2021", released: "2022-01-20",
             facts: [("enforcement.gangs", "410", "2016"), ("enforcement.suspects", "52300", "2021")],
             absent: [("enforcement.suspects", "52300", "2016")]),
        // "the same period of 2019, when …" in a release on a part of the year: that part of 2019, never the whole year.
        Case(text: "Against the same period of 2019, when 152.8 million people were inspected, the quarter's total was 8.2% higher.",
             period: "2025-Q2", released: "2025-07-15",
             facts: [("people.total", "152800000", "2019-Q2")], absent: [("people.total", "152800000", "2019")]),
        Case(text: "Compared with the same period of 2019, when 301.7 million people were inspected, traffic has fully recovered.",
             period: "2024-H1", released: "2024-07-16",
             facts: [("people.total", "301700000", "2019-H1")], absent: [("people.total", "301700000", "2019")]),
        // "that year", "the same year": the previous sentence's year.
        Case(text: "In 2021, the administration issued 3.35 million ordinary passports. Police also investigated 19,400 criminal cases of obstructing border management that year.",
             period: "2022", released: "2023-01-12",
             facts: [("documents.passports", "3350000", "2021"), ("enforcement.criminal_cases", "19400", "2021")]),
        Case(text: "In 2017, officers inspected 598 million people crossing the border. In the same year, they arrested 14,100 criminal suspects.",
             period: "2018", released: "2019-01-20",
             facts: [("people.total", "598000000", "2017"), ("enforcement.suspects", "14100", "2017")]),
        // Without such words the next sentence keeps the release's year.
        Case(text: "In 2021, the administration issued 3.35 million ordinary passports. Police investigated 21,800 criminal cases of obstructing border management.",
             period: "2022", released: "2023-01-12",
             facts: [("documents.passports", "3350000", "2021"), ("enforcement.criminal_cases", "21800", "2022")]),
        // "this year" in a year-ender dated in its year ends a window carried from the sentence before.
        Case(text: "Since the start of 2022, passports can be applied for in any city. The administration issued 3.6 million ordinary passports this year.",
             period: "2022", released: "2022-12-29",
             facts: [("documents.passports", "3600000", "2022")]),
        // A figure compared with an earlier year's figure that names no subject counts the same thing.
        Case(text: "This year the police investigated more than 30,000 criminal cases of obstructing border management, compared with 27,400 in 2021.",
             period: "2022", released: "2022-12-29",
             facts: [("enforcement.criminal_cases", "30000", "2022"), ("enforcement.criminal_cases", "27400", "2021")]),
        Case(text: "Border police inspected 424 million people crossing the border, up from 115 million in 2022.",
             period: "2023", released: "2024-01-18",
             facts: [("people.total", "424000000", "2023"), ("people.total", "115000000", "2022")]),
        // Not without an earlier year, nor after a word that opens no comparison.
        Case(text: "Police investigated 30,100 criminal cases of obstructing border management, compared with 27,400 a year earlier.",
             period: "2022", released: "2023-01-12",
             facts: [("enforcement.criminal_cases", "30100", "2022")], absent: [("enforcement.criminal_cases", "27400", "2022")]),
        // A total since the administration was set up is no year's.
        Case(text: "Over the five years since the NIA was set up, checkpoints have inspected more than 3.1 billion people crossing the border.",
             period: "2022", released: "2022-12-29",
             facts: [], absent: [("people.total", "3100000000", "2022")]),
        // A year inside the subject of a quarterly release: the year's figure.
        Case(text: "With the fourth quarter included, the number of people inspected at the border in 2023 reached 424.2 million, up 266.8 percent.",
             period: "2023-Q4", released: "2024-01-18",
             facts: [("people.total", "424200000", "2023")]),
        Case(text: "Adding the last quarter, passports issued in 2023 totalled 18.7 million.",
             period: "2023-Q4", released: "2024-01-18",
             facts: [("documents.passports", "18700000", "2023")]),
        // Not when the sentence names the figures of two years.
        Case(text: "Adding the last quarter, passports issued in 2022 totalled 9.1 million and visas issued in 2023 reached 1.2 million.",
             period: "2023-Q4", released: "2024-01-18",
             facts: [], absent: [("documents.passports", "9100000", "2022"), ("documents.visas", "1200000", "2022")]),
        // Not when the quarter is the sentence's own, written with its year, or a campaign's start.
        Case(text: "Officers inspected 131.2 million people crossing the border in the fourth quarter of 2023.",
             period: "2023-Q4", released: "2024-01-18",
             facts: [("people.total", "131200000", "2023-Q4")]),
        Case(text: "In the fourth quarter, ordinary passports issued in 2023 totalled 5.7 million.",
             period: "2023-Q4", released: "2024-01-18",
             facts: [("documents.passports", "5700000", "2023-Q4")]),
        Case(text: "Since the launch of the crackdown in 2021, a cumulative total of 2,400 criminal suspects have been arrested.",
             period: "2023-Q4", released: "2024-01-18",
             facts: [], absent: [("enforcement.suspects", "2400", "2021")]),
        // A subject separated from its verb by an aside opened with a participle.
        Case(text: "Port visas, issued on arrival at the border, reached 720,000 in the year.",
             period: "2022", released: "2023-01-12",
             facts: [("documents.port_visas", "720000", "2022")]),
        Case(text: "Ordinary passports, granted under the new nationwide rules, totalled 4.1 million.",
             period: "2022", released: "2023-01-12",
             facts: [("documents.passports", "4100000", "2022")]),

        // A count with "more" or "fewer" after it, and "than" in its clause, is a difference between two counts.
        Case(text: "Police arrested 3,000 more criminal suspects than in 2023.",
             period: "2024", released: "2025-01-14",
             facts: [], absent: [("enforcement.suspects", "3000", "2023"), ("enforcement.suspects", "3000", "2024")]),
        Case(text: "Foreigners made 64.9 million trips, 17 million more than a year earlier; officers issued 120,000 fewer port visas than in 2023.",
             period: "2024", released: "2025-01-14",
             facts: [("people.foreigners", "64900000", "2024")],
             absent: [("people.foreigners", "17000000", "2023"), ("documents.port_visas", "120000", "2024"), ("documents.port_visas", "120000", "2023")]),
        // "or more" after a count, and "more than" before one, keep it a count.
        Case(text: "Police seized 30,000 or more bullets and more than 1,200 guns.",
             period: "2024", released: "2025-01-14",
             facts: [("enforcement.bullets", "30000", "2024"), ("enforcement.guns", "1200", "2024")]),
        // "That compares with …" refers to the count of the sentence before.
        Case(text: "Officers issued 2.4 million port visas in 2023. This compares with 3.1 million in 2019, before the pandemic.",
             period: "2023", released: "2024-01-18",
             facts: [("documents.port_visas", "2400000", "2023"), ("documents.port_visas", "3100000", "2019")]),
        // "The 2019 figure was …": the earlier year's count of what the sentence before counted.
        Case(text: "A total of 41,000[4] foreign nationals who entered, resided or worked illegally were investigated.\n\n[4] The 2021 figure was 36,000.",
             period: "2023", released: "2024-01-18",
             facts: [("enforcement.illegal_foreigners", "41000", "2023"), ("enforcement.illegal_foreigners", "36000", "2021")],
             absent: [("enforcement.illegal_foreigners", "36000", "2023")]),
        Case(text: "Officers issued 2.4 million port visas. The 2019 report gave 3.1 million.",
             period: "2023", released: "2024-01-18",
             facts: [("documents.port_visas", "2400000", "2023")], absent: [("documents.port_visas", "3100000", "2019")]),
        // A base written with a possessive year: that year's figure of what the sentence counts.
        Case(text: "Foreigners made 71.3 million trips, up 18 percent on 2023's 60.4 million.",
             period: "2024", released: "2025-01-14",
             facts: [("people.foreigners", "71300000", "2024"), ("people.foreigners", "60400000", "2023")],
             absent: [("people.foreigners", "60400000", "2024")]),
        Case(text: "Ordinary passports issued reached 2.1 million, against 2022’s 1.6 million.",
             period: "2023", released: "2024-01-18",
             facts: [("documents.passports", "2100000", "2023"), ("documents.passports", "1600000", "2022")]),
        // "in 2019 and 58 million …": the year before "and" dates the figure before it.
        Case(text: "By comparison, 302 million people were inspected in 2019 and 58 million in 2020.",
             period: "2022", released: "2023-01-12",
             facts: [("people.total", "302000000", "2019"), ("people.total", "58000000", "2020")], absent: [("people.total", "302000000", "2022")]),
        Case(text: "Police arrested 5,200 criminal suspects in 2020 and 1,300 gangs in 2019.",
             period: "2022", released: "2023-01-12",
             facts: [("enforcement.suspects", "5200", "2020")], absent: [("enforcement.suspects", "1300", "2019")]),
        Case(text: "Officers inspected 115 million people in 2022 and issued 3.1 million passports.",
             period: "2023", released: "2024-01-18",
             facts: [("documents.passports", "3100000", "2023")]),
        // A note under the release ("¹ …", "[3] …") that names another year gives no figure of the release's own.
        Case(text: "Border police inspected 142 million people.\n\nNotes\n\n¹ Crew included. For comparison, 98 million people crossed when 2019 closed.\n\n[2] Of the 2020 total, 7,400 criminal suspects were arrested.",
             period: "2022", released: "2023-01-12",
             facts: [("people.total", "142000000", "2022")],
             absent: [("people.total", "98000000", "2022"), ("enforcement.suspects", "7400", "2022")]),
        // A note reads with the figure its marker stands against: a base it gives is that figure's metric.
        Case(text: "Identity verification services were provided 21.4 million times[3] to foreign nationals.\n\nNotes\n\n[3] Up from 18.2 million in 2022.",
             period: "2023", released: "2024-01-18",
             facts: [("services.identity_verifications", "21400000", "2023"), ("services.identity_verifications", "18200000", "2022")]),
        Case(text: "Border police issued 2.2 million port visas² to foreigners.\n\n² Down from 2.9 million in 2019.",
             period: "2023", released: "2024-01-18",
             facts: [("documents.port_visas", "2200000", "2023"), ("documents.port_visas", "2900000", "2019")]),
        Case(text: "Officers checked 8.1 million[2] means of transport, up 9 percent.\n\n[2] Of which 2.2 million in the fourth quarter.",
             period: "2023", released: "2024-01-18",
             facts: [("vehicles.total", "8100000", "2023"), ("vehicles.total", "2200000", "2023-Q4")]),
        Case(text: "Border police issued 2.2 million port visas to foreigners.\n\n[5] Down from 2.9 million in 2019.",
             period: "2023", released: "2024-01-18",
             facts: [("documents.port_visas", "2200000", "2023")], absent: [("documents.port_visas", "2900000", "2019")]),
        // A note that names no other year may still give a part of the release's figure.
        Case(text: "Officers issued 1.9 million visas.\n\n[1] Of these, 610,000 were port visas issued on arrival.",
             period: "2022", released: "2023-01-12",
             facts: [("documents.visas", "1900000", "2022"), ("documents.port_visas", "610000", "2022")]),
        // A record "since" an earlier year opens no window: "in December" dates its own clause.
        Case(text: "Officers inspected 98.3 million people in the fourth quarter, the highest since 2018, and in November they inspected 31.6 million people.",
             period: "2023", released: "2024-01-18",
             facts: [("people.total", "98300000", "2023-Q4"), ("people.total", "31600000", "2023-11-01/2023-11-30")]),
        // A campaign's start date right after "launched" or "started": its running total is no period's.
        Case(text: "The \"Clean Border\" campaign (launched 1 Apr) has caught 212 fugitives so far.",
             period: "2025-H1", released: "2025-07-15",
             facts: [("enforcement.fugitives", "212", "2025-04-01/2025-07-15")], absent: [("enforcement.fugitives", "212", "2025-H1")]),
        Case(text: "A sweep that started April 3 has caught 95 fugitives so far.",
             period: "2025-Q2", released: "2025-07-15",
             facts: [], absent: [("enforcement.fugitives", "95", "2025-Q2")]),
        // "X in 2016 and 95.5 million in 2017": a year after a figure, before "and" or "to" and the next
        // figure, is the figure's, also when that figure has four characters ("95.5") or opens on a currency.
        Case(text: "Foreign trips totalled 81.3 million in 2016 and 95.5 million in 2017.",
             period: "2018", released: "2019-02-01",
             facts: [("people.foreigners", "81300000", "2016")], absent: [("people.foreigners", "81300000", "2018")]),
        Case(text: "Foreign nationals made 81.3 million trips in 2016 and 90.2 million trips in 2017.",
             period: "2018", released: "2019-02-01",
             facts: [("people.foreigners", "81300000", "2016")], absent: [("people.foreigners", "81300000", "2018")]),
        Case(text: "The value of goods in smuggling cases fell from CNY 4.1 billion in 2017 to CNY 3.6 billion in 2018.",
             period: "2018", released: "2019-02-01",
             facts: [("enforcement.smuggling_value_cny", "4100000000", "2017")], absent: [("enforcement.smuggling_value_cny", "4100000000", "2018")]),
        // "rose from X in 2016 to Y in 2017": each figure is its own year's, the change after them the later one's;
        // undated, the figure after "from" is no count of the release's year.
        Case(text: "Over the period, trips climbed from 572 million in 2016 to 623 million in 2017, an increase of 8.9%.",
             period: "2018", released: "2019-02-01",
             facts: [("people.total", "572000000", "2016"), ("people.total", "623000000", "2017")],
             absent: [("people.total", "572000000", "2018"), ("people.total", "623000000", "2018")]),
        Case(text: "Border crossings fell from 572 million in 2016 to 523 million in 2017.",
             period: "2018", released: "2019-02-01",
             facts: [("people.total", "572000000", "2016"), ("people.total", "523000000", "2017")]),
        // The level reached in the release's own year, or with no year, after the range's "to".
        Case(text: "Passports issued grew from 26.2 million in 2017 to 30.1 million in 2018.",
             period: "2018", released: "2019-02-01",
             facts: [("documents.passports", "26200000", "2017"), ("documents.passports", "30100000", "2018")]),
        Case(text: "Foreign nationals investigated for illegal entry, stay or employment fell from 52,000 in 2017 to 41,500.",
             period: "2018", released: "2019-02-01",
             facts: [("enforcement.illegal_foreigners", "52000", "2017"), ("enforcement.illegal_foreigners", "41500", "2018")]),
        Case(text: "Trips rose from 572 million to 623 million.",
             period: "2018", released: "2019-02-01",
             facts: [], absent: [("people.total", "572000000", "2018")]),
        // A campaign's start written with an abbreviated month ("launched Oct. 9", "started Sept. 3") dates
        // the window to the release, as the full month does.
        Case(text: "A spring sweep launched Oct. 9 has led to the arrest of 3,470 suspects so far, police said.",
             period: "2024", released: "2025-01-15",
             facts: [("enforcement.suspects", "3470", "2024-10-09/2025-01-15")], absent: [("enforcement.suspects", "3470", "2024")]),
        Case(text: "The border operation, which started Sept. 3, has so far arrested 3,470 criminal suspects.",
             period: "2024", released: "2025-01-15",
             facts: [("enforcement.suspects", "3470", "2024-09-03/2025-01-15")], absent: [("enforcement.suspects", "3470", "2024")]),
        Case(text: "Since a crackdown began Dec. 2, officers have arrested 3,470 suspects.",
             period: "2024", released: "2025-01-15",
             facts: [("enforcement.suspects", "3470", "2024-12-02/2025-01-15")], absent: [("enforcement.suspects", "3470", "2024")]),
        // A base compared with over the same months of an earlier year ("January-September 2019" in a
        // release on the first three quarters) is that window's, counting what the count before it counts.
        Case(text: "Foreign nationals made 48.3 million trips, against 52.9 million in January-September 2019.",
             period: "2024-01-01/2024-09-30", released: "2024-10-18",
             facts: [("people.foreigners", "48300000", "2024-01-01/2024-09-30"), ("people.foreigners", "52900000", "2019-01-01/2019-09-30")]),
        Case(text: "In the first nine months, officers inspected 440 million inbound and outbound trips, compared with 497 million in the first three quarters of 2019.",
             period: "2024-01-01/2024-09-30", released: "2024-10-18",
             facts: [("people.total", "440000000", "2024-01-01/2024-09-30"), ("people.total", "497000000", "2019-01-01/2019-09-30")]),
        // Without a release date, a release on a part of the year is read within that year.
        Case(text: "An operation launched on 1 March has caught 140 fugitives so far.",
             period: "2025-H1", released: "",
             facts: [("enforcement.fugitives", "140", "2025-03-01/2025-06-30")]),
        // A year after 的 closing a time phrase that opens the clause ("十年前的2014年，…") is an earlier
        // year a comparison looks back to: its figures are neither the release's nor reported as that year's.
        Case(text: "2024年，全国共签发普通护照2100万本。十年前的2014年，全国签发普通护照仅约1100万本。",
             period: "2024", released: "2025-01-14",
             facts: [("documents.passports", "21000000", "2024")],
             absent: [("documents.passports", "11000000", "2024"), ("documents.passports", "11000000", "2014")]),
        Case(text: "外国人出入境持续增多；而在疫情暴发前的2019年，全国查验出入境外国人约9700万人次。",
             period: "2024", released: "2025-01-14",
             facts: [], absent: [("people.foreigners", "97000000", "2024"), ("people.foreigners", "97000000", "2019")]),
        Case(text: "出入境人员再创新高，达6.1亿人次；而在刚刚加入世贸组织的2001年，全国出入境人员约2.1亿人次。",
             period: "2024", released: "2025-01-14",
             facts: [("people.total", "610000000", "2024")],
             absent: [("people.total", "210000000", "2024"), ("people.total", "210000000", "2001")]),
        // The release's own year so written dates its figures as usual.
        Case(text: "作为移民管理机构组建后的2024年，全国出入境人员达6.1亿人次。",
             period: "2024", released: "2025-01-14",
             facts: [("people.total", "610000000", "2024")]),
        // "that year" after every figure of a sentence dates them all, as the year before names it.
        Case(text: "In 2021, officers inspected 128.3 million travellers. Conveyances came to 8.93 million inspections, and 20,200 suspects were arrested that year.",
             period: "2022", released: "2023-01-15",
             facts: [("people.total", "128300000", "2021"), ("vehicles.total", "8930000", "2021"), ("enforcement.suspects", "20200", "2021")],
             absent: [("vehicles.total", "8930000", "2022")]),
        // A colon between a count and a figure opens a list of its parts, each of its own period.
        Case(text: "Officers inspected 312.4 million travellers in the half-year, up 8.2% year on year: 150.1 million in the first quarter and 162.3 million in the second.",
             period: "2025-H1", released: "2025-07-15",
             facts: [("people.total", "312400000", "2025-H1"), ("people.total", "150100000", "2025-Q1")],
             absent: [("people.total", "312400000", "2025-Q1")]),
    ]

    @Test(arguments: cases)
    func yearIsRead(_ c: Case) throws {
        let facts = try extract(c.text, period: c.period, released: c.released.isEmpty ? nil : c.released).filter { $0.metric != nil && $0.status == .reported }
        let seen = facts.map { "\($0.metric!)=\($0.value) \($0.period)" }
        for (metric, value, period) in c.facts {
            #expect(facts.contains { $0.metric == metric && $0.value == dec(value) && $0.period.description == period },
                    "\(metric)=\(value) \(period) not found; got \(seen)")
        }
        for (metric, value, period) in c.absent {
            #expect(!facts.contains { $0.metric == metric && $0.value == dec(value) && $0.period.description == period },
                    "\(metric)=\(value) \(period) must not be given; got \(seen)")
        }
    }
}
