import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Sentences in the styles other releases use (invented, not from the seeds): each must give
/// the listed facts — metric, value, qualifier and year-on-year change.
struct BindingAndMatchingTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // Figures first, their names after the copula, in order; a name with commas is one name.
        Case(sentence: "Of these, 412 million, 120 million and 52.6 million were mainland residents, residents of the Hong Kong SAR, Macao SAR and Taiwan, and foreign nationals.",
             facts: [Expect(metric: "people.mainland", value: "412000000"), Expect(metric: "people.hkmt", value: "120000000"),
                     Expect(metric: "people.foreigners", value: "52600000")]),
        // A name after a participle and its preposition says where to, and is no item of the list.
        Case(text: "Exit-entry permits for mainland residents travelling to Hong Kong, Macao and Taiwan and endorsements numbered 8.4 million and 30.2 million respectively.",
             facts: [], absent: ["people.hkmt", "people.mainland"]),
        Case(sentence: "Of the conveyances, 9.2 million and 300,000 were motor vehicles and trains, up 4.4% and 9.9% respectively.",
             facts: [Expect(metric: "vehicles.motor", value: "9200000", yoy: "4.4"), Expect(metric: "vehicles.trains", value: "300000", yoy: "9.9")]),
        // A place or "a record" between the subject and its figure still links them.
        Case(sentence: "Inbound and outbound trips in China reached a record 181.2 million, up 13.4 percent.",
             facts: [Expect(metric: "people.total", value: "181200000", yoy: "13.4")]),
        Case(sentence: "Border crossings nationwide reached an all-time high of 690 million.",
             facts: [Expect(metric: "people.total", value: "690000000")]),
        Case(sentence: "Last year a total of 598 million people entered or exited the country, an increase of 4.6 percent.",
             facts: [Expect(metric: "people.total", value: "598000000", yoy: "4.6")]),
        Case(sentence: "Border police checked a total of 398 million persons crossing the border, a rise of 17.2 percent over the previous year.",
             facts: [Expect(metric: "people.total", value: "398000000", yoy: "17.2")]),
        Case(sentence: "Immigration officers inspected 87.6 million inbound and outbound travellers in 2024, down 12.5 percent year on year.",
             facts: [Expect(metric: "people.total", value: "87600000", yoy: "-12.5")]),
        Case(sentence: "The number of vehicles inspected decreased by 3.1 percent to 21.4 million.",
             facts: [Expect(metric: "vehicles.total", value: "21400000", yoy: "-3.1")]),
        Case(sentence: "More than 41,000 cases of crimes obstructing border management were cracked, and over 90,000 suspects were detained.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "41000", qualifier: .atLeast),
                     Expect(metric: "enforcement.suspects", value: "90000", qualifier: .atLeast)]),
        Case(sentence: "Some 9.2 million conveyances were inspected, which included 612,000 flights, 88,000 trains, 301,000 ships and 8.2 million motor vehicles, reflecting year-on-year increases of 9.1 percent, 4.4 percent, 2.0 percent and 6.6 percent respectively.",
             facts: [Expect(metric: "vehicles.total", value: "9200000", qualifier: .approx),
                     Expect(metric: "vehicles.aircraft", value: "612000", yoy: "9.1"),
                     Expect(metric: "vehicles.trains", value: "88000", yoy: "4.4"),
                     Expect(metric: "vehicles.ships", value: "301000", yoy: "2.0"),
                     Expect(metric: "vehicles.motor", value: "8200000", yoy: "6.6")]),
        Case(sentence: "The administration inspected 420 million people, up 60.1% from a year earlier; among them, 200 million mainland residents, 180 million residents of Hong Kong, Macao and Taiwan and 40 million foreign nationals, up 55%, 58% and 95% respectively.",
             facts: [Expect(metric: "people.total", value: "420000000", yoy: "60.1"),
                     Expect(metric: "people.mainland", value: "200000000", yoy: "55"),
                     Expect(metric: "people.hkmt", value: "180000000", yoy: "58"),
                     Expect(metric: "people.foreigners", value: "40000000", yoy: "95")]),
        Case(sentence: "The authorities issued 18.4 million ordinary passports and 3.2 million port visas, an increase of 12% and a decrease of 4% respectively.",
             facts: [Expect(metric: "documents.passports", value: "18400000", yoy: "12"),
                     Expect(metric: "documents.port_visas", value: "3200000", yoy: "-4")]),
        Case(sentence: "Nearly 1,200 criminal gangs were smashed and 2,600 transit dens were destroyed.",
             facts: [Expect(metric: "enforcement.gangs", value: "1200", qualifier: .approx),
                     Expect(metric: "enforcement.transit_dens", value: "2600")]),
        Case(sentence: "A total of 3.4 tonnes of narcotics and 120 tonnes of precursor chemicals were seized.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "3.4"),
                     Expect(metric: "enforcement.precursors_tonnes", value: "120")]),
        Case(sentence: "Police seized 1,800 firearms and 250,000 rounds of ammunition.",
             facts: [Expect(metric: "enforcement.guns", value: "1800"), Expect(metric: "enforcement.bullets", value: "250000")]),
        Case(sentence: "The 12367 hotline answered 6.5 million calls, with a satisfaction rate of 98.7 percent.",
             facts: [Expect(metric: "services.hotline_calls", value: "6500000"),
                     Expect(metric: "services.hotline_satisfaction", value: "98.7")]),
        // A context word past a semicolon, with a figure of its own after it, is that figure's: the
        // hotline named there makes no figure before the semicolon the hotline's.
        Case(text: "The online platform handled 22.6 million consultation services; the 12367 hotline answered 4.05 million calls.",
             facts: [Expect(metric: "services.platform_requests", value: "22600000"), Expect(metric: "services.hotline_calls", value: "4050000")]),
        Case(text: "Online, 9.1 million inquiries were answered; by phone, the 12367 service hotline took 2.2 million calls.",
             facts: [Expect(metric: "services.hotline_calls", value: "2200000")]),
        // Without a figure after it, the context word past the semicolon still counts.
        Case(sentence: "It handled 7.3 million consultation services; all of them through the 12367 hotline.",
             facts: [Expect(metric: "services.hotline_calls", value: "7300000")]),
        // The hotline's number before a longer name ("12367 immigration hotline") names it: no
        // figure of its own; the calls are the figure after it.
        Case(sentence: "The bureau also saw calls to the 12367 immigration hotline reach 6.3 million.",
             facts: [Expect(metric: "services.hotline_calls", value: "6300000")]),
        // A page footer giving the hotline's number after its label: a name, no count of calls.
        Case(text: "热线全年受理来电520万通。\n\n主办单位：国家移民管理局　服务热线：12367　网站标识码：bm00000001",
             facts: [Expect(metric: "services.hotline_calls", value: "5200000")], language: "zh"),
        Case(text: "The hotline took 4.4 million calls in 2024.\n\nContact us | Service hotline: 12367 | Privacy",
             facts: [Expect(metric: "services.hotline_calls", value: "4400000")]),
        Case(sentence: "Officials said the number of calls to the 12367 government service hotline reached 4.9 million.",
             facts: [Expect(metric: "services.hotline_calls", value: "4900000")]),
        Case(sentence: "The 12367 immigration service hotline took 3.35 million calls, with 98.9 percent of callers satisfied.",
             facts: [Expect(metric: "services.hotline_calls", value: "3350000"),
                     Expect(metric: "services.hotline_satisfaction", value: "98.9")]),
        Case(sentence: "Police handled 14,200 cases of border-related crime and detained 26,000 suspects.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "14200"), Expect(metric: "enforcement.suspects", value: "26000")]),
        Case(sentence: "Some 8,900 cases of border-related crimes were solved, down 6 percent.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "8900", yoy: "-6", qualifier: .approx)]),
        // "into and out of China" between the crossings and their figure is part of the subject.
        Case(sentence: "Border crossings into and out of mainland China reached 588 million, up 7.2 per cent.",
             facts: [Expect(metric: "people.total", value: "588000000", yoy: "7.2")]),
        Case(sentence: "Trips in and out of China hit a record 412 million.",
             facts: [Expect(metric: "people.total", value: "412000000")]),
        Case(sentence: "Trips into and out of China by mainland residents reached 140 million.",
             facts: [Expect(metric: "people.mainland", value: "140000000")]),
        // "Visas and visa documents": the visas' longer name.
        Case(sentence: "Visas and visa documents issued to foreigners totalled 3.05 million, up 11.6% year on year, among them 1.2 million port visas (+9.9% y/y).",
             facts: [Expect(metric: "documents.visas", value: "3050000", yoy: "11.6"),
                     Expect(metric: "documents.port_visas", value: "1200000", yoy: "9.9")]),
        Case(sentence: "Visas and visa documents granted to foreign nationals reached 2.7 million.",
             facts: [Expect(metric: "documents.visas", value: "2700000")]),
        // A change before its figure, with the year between them.
        Case(sentence: "Cross-border trips surged 21.5 percent in 2024 to 640 million, the administration said.",
             facts: [Expect(metric: "people.total", value: "640000000", yoy: "21.5")]),
        // A change on another base first, then the year-on-year one.
        Case(sentence: "Officers inspected 150 million inbound and outbound travellers, up 6.2% quarter on quarter and 18.4% year on year.",
             facts: [Expect(metric: "people.total", value: "150000000", yoy: "18.4")]),
        Case(sentence: "The administration issued 5.1 million ordinary passports, down 2.5 percent month-on-month but up 11 percent year-on-year.",
             facts: [Expect(metric: "documents.passports", value: "5100000", yoy: "11")]),
        // Subjects listed first, values in order.
        Case(sentence: "Of these, mainland residents, residents of Hong Kong, Macao and Taiwan, and foreigners numbered 300 million, 250 million and 60 million, up 10 percent, 12 percent and 40 percent respectively.",
             facts: [Expect(metric: "people.mainland", value: "300000000", yoy: "10"),
                     Expect(metric: "people.hkmt", value: "250000000", yoy: "12"),
                     Expect(metric: "people.foreigners", value: "60000000", yoy: "40")]),
        Case(sentence: "The ordinary passports and port visas issued numbered 21 million and 400,000 respectively.",
             facts: [Expect(metric: "documents.passports", value: "21000000"),
                     Expect(metric: "documents.port_visas", value: "400000")]),
        Case(sentence: "Criminal gangs and transit dens destroyed totalled 1,100 and 2,300.",
             facts: [Expect(metric: "enforcement.gangs", value: "1100"), Expect(metric: "enforcement.transit_dens", value: "2300")]),
        // Changes named again by their subjects in a later clause.
        Case(sentence: "They included 700,000 flights, 90,000 trains, 450,000 ships and 30 million motor vehicles; flights, trains and motor vehicles rose by 4.2%, 3.3% and 1.9% respectively, while ships decreased 0.8%.",
             facts: [Expect(metric: "vehicles.aircraft", value: "700000", yoy: "4.2"),
                     Expect(metric: "vehicles.trains", value: "90000", yoy: "3.3"),
                     Expect(metric: "vehicles.ships", value: "450000", yoy: "-0.8"),
                     Expect(metric: "vehicles.motor", value: "30000000", yoy: "1.9")]),
        // Changes whose subjects come in another order than their figures: each goes to the figure of its subject.
        Case(sentence: "Among them were 210 million mainland residents, 170 million Hong Kong, Macao and Taiwan residents and 30 million foreigners; mainland residents and foreigners rose 12% and 48% respectively, while Hong Kong, Macao and Taiwan residents fell 3.5%.",
             facts: [Expect(metric: "people.mainland", value: "210000000", yoy: "12"),
                     Expect(metric: "people.hkmt", value: "170000000", yoy: "-3.5"),
                     Expect(metric: "people.foreigners", value: "30000000", yoy: "48")]),
        Case(sentence: "The figure comprised 800,000 flights, 60,000 trains, 350,000 ships and 25 million motor vehicles; ships fell 1.1%, and flights, trains and motor vehicles grew 6.3%, 2.4% and 0.9% respectively.",
             facts: [Expect(metric: "vehicles.aircraft", value: "800000", yoy: "6.3"),
                     Expect(metric: "vehicles.trains", value: "60000", yoy: "2.4"),
                     Expect(metric: "vehicles.ships", value: "350000", yoy: "-1.1"),
                     Expect(metric: "vehicles.motor", value: "25000000", yoy: "0.9")]),
        Case(sentence: "Police seized 1,500 firearms and 300,000 rounds of ammunition; firearms were up 20 percent.",
             facts: [Expect(metric: "enforcement.guns", value: "1500", yoy: "20"), Expect(metric: "enforcement.bullets", value: "300000")]),
        Case(sentence: "Eight officers lost their lives in the line of duty, and 52 officers were injured.",
             facts: [Expect(metric: "personnel.deaths", value: "8"), Expect(metric: "personnel.injured", value: "52")]),
        Case(sentence: "The value of goods involved in smuggling reached RMB 1.2 billion.",
             facts: [Expect(metric: "enforcement.smuggling_value_cny", value: "1200000000")]),
        Case(sentence: "Some 36,000 foreigners who illegally entered, stayed or worked were investigated, and 21,000 of them were repatriated.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "36000", qualifier: .approx),
                     Expect(metric: "enforcement.deported", value: "21000")]),
        Case(sentence: "The number of visa-free foreign entries reached 20.1 million, up 112.3 percent compared with 2023.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "20100000", yoy: "112.3")]),
        Case(sentence: "Border police handled 610 million exit-entry trips in 2024, 43.9 percent more than in 2023.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "43.9")]),
        Case(sentence: "Some 4.1 million conveyances were inspected, 12 percent fewer than a year earlier.",
             facts: [Expect(metric: "vehicles.total", value: "4100000", yoy: "-12", qualifier: .approx)]),
        Case(sentence: "The authorities inspected 6.52 million vehicles, vessels and aircraft, down 12.4 percent, adding that the 12367 hotline would stay open during the Spring Festival.",
             facts: [Expect(metric: "vehicles.total", value: "6520000", yoy: "-12.4")]),
        Case(sentence: "The number of ordinary passports issued in 2024 stood at 1.7 million, down 20 percent year on year.",
             facts: [Expect(metric: "documents.passports", value: "1700000", yoy: "-20")]),
        Case(sentence: "- Mainland residents: 93.82 million person-times, up 12.6%",
             facts: [Expect(metric: "people.mainland", value: "93820000", yoy: "12.6")]),
        Case(sentence: "Of these, 205 million trips were made by mainland residents and 183 million by residents of Hong Kong, Macao and Taiwan.",
             facts: [Expect(metric: "people.mainland", value: "205000000"), Expect(metric: "people.hkmt", value: "183000000")]),
        Case(sentence: "Mainland residents made 207 million trips, while residents of Hong Kong, Macao and Taiwan made 182 million and foreign nationals made 38.1 million.",
             facts: [Expect(metric: "people.mainland", value: "207000000"), Expect(metric: "people.hkmt", value: "182000000"),
                     Expect(metric: "people.foreigners", value: "38100000")]),
        // A relative clause right after the subject whose verb leads to the figure ("residents, who made …").
        Case(sentence: "Growth lagged among mainland residents, who made 205 million trips, up 9.1%, and among residents of Hong Kong, Macao and Taiwan, who made 171 million, up 7.4%.",
             facts: [Expect(metric: "people.mainland", value: "205000000", yoy: "9.1"), Expect(metric: "people.hkmt", value: "171000000", yoy: "7.4")]),
        Case(sentence: "Foreign nationals, who made 38.1 million trips, led the rise.",
             facts: [Expect(metric: "people.foreigners", value: "38100000")]),
        Case(sentence: "The surge was driven by foreign nationals, who accounted for 38.1 million trips, up 30.2% year on year.",
             facts: [Expect(metric: "people.foreigners", value: "38100000", yoy: "30.2")]),
        Case(sentence: "The police seized various drugs 8.6 tonnes, drug precursor chemicals 436 tonnes.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "8.6"), Expect(metric: "enforcement.precursors_tonnes", value: "436")]),
        Case(sentence: "The police seized 5.1 tonnes of assorted drugs and 198.6 tonnes of drug-making articles.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "5.1"), Expect(metric: "enforcement.precursors_tonnes", value: "198.6")]),
        // Precursors named by what they are used for, the drugs given just before or by a pronoun.
        Case(sentence: "Officers confiscated 4.7 tons of drugs and 212.8 tons of chemicals used to make them.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "4.7"), Expect(metric: "enforcement.precursors_tonnes", value: "212.8")]),
        Case(sentence: "Border police seized 4.7 tonnes of narcotics as well as 212.8 tonnes of chemicals used to produce drugs.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "4.7"), Expect(metric: "enforcement.precursors_tonnes", value: "212.8")]),
        Case(sentence: "Some 212.8 tonnes of chemicals used in drug production were intercepted, along with 4.7 tonnes of drugs.",
             facts: [Expect(metric: "enforcement.precursors_tonnes", value: "212.8", qualifier: .approx), Expect(metric: "enforcement.drugs_tonnes", value: "4.7")]),
        // Drug-related criminal cases are no border-management criminal cases.
        Case(text: "Police nationwide cracked 61,000 drug-related criminal cases in 2024, with border officers helping at ports along the border.",
             facts: [], absent: ["enforcement.criminal_cases"]),
        Case(text: "Over 36,000 criminal cases of obstructing border management were handled, besides 12,000 drug-related criminal cases at the border.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "36000", qualifier: .atLeast)]),
        Case(sentence: "Smuggling cases were cracked with a case value of RMB 2.37 billion yuan.",
             facts: [Expect(metric: "enforcement.smuggling_value_cny", value: "2370000000")]),
        Case(sentence: "The exit-entry administrations issued visas for foreigners 2.17 million pieces.",
             facts: [Expect(metric: "documents.visas", value: "2170000")]),
        Case(sentence: "Visas and documents issued to foreigners — 1.402 million — −3.2%",
             facts: [Expect(metric: "documents.visas", value: "1402000", yoy: "-3.2")]),
        Case(sentence: "Nine officers sacrificed their lives and 52 were injured on duty.",
             facts: [Expect(metric: "personnel.deaths", value: "9"), Expect(metric: "personnel.injured", value: "52")]),
        // Subjects both rules know ("police officers and auxiliary officers"): the verb nearer the
        // figure decides whether they died or were injured.
        Case(sentence: "Eleven police officers and auxiliary officers lost their lives on duty and 64 were injured.",
             facts: [Expect(metric: "personnel.deaths", value: "11"), Expect(metric: "personnel.injured", value: "64")]),
        Case(sentence: "Thirteen police officers and auxiliary officers were injured in the line of duty, and two died.",
             facts: [Expect(metric: "personnel.injured", value: "13"), Expect(metric: "personnel.deaths", value: "2")]),
        Case(sentence: "Forty officers were wounded on duty and 3 officers were killed.",
             facts: [Expect(metric: "personnel.injured", value: "40"), Expect(metric: "personnel.deaths", value: "3")]),
        // A gloss in brackets after the subject is inside its clause.
        Case(sentence: "Six police officers (auxiliary officers included) died on duty, and 35 officers (auxiliary police among them) were injured.",
             facts: [Expect(metric: "personnel.deaths", value: "6"), Expect(metric: "personnel.injured", value: "35")]),
        // Spelled-out compound numbers reach their metric whole.
        Case(sentence: "One hundred and forty-two major cases were placed under supervision.",
             facts: [Expect(metric: "enforcement.major_cases", value: "142")]),
        Case(sentence: "Police arrested three thousand four hundred criminal suspects.",
             facts: [Expect(metric: "enforcement.suspects", value: "3400")]),
        // Machine translations: measure words, 万/亿 word for word, 余 as "more", 三非 as "3 non".
        Case(sentence: "Inspected exit-entry transport tools 2,415.6 ten thousand (frame, column, ship, vehicle) times, the same ratio rose 8.2%.",
             facts: [Expect(metric: "vehicles.total", value: "24156000", yoy: "8.2")]),
        Case(sentence: "Checked inbound and outbound means of transport 1,208.4 ten thousand (plane, train, ship, car) times, year-on-year growth of 6.1%.",
             facts: [Expect(metric: "vehicles.total", value: "12084000", yoy: "6.1")]),
        Case(sentence: "Among which aircraft 31.2 ten thousand frame times, trains 2.7 ten thousand row times, ships 9.8 ten thousand ship times, motor vehicles 1,102.5 ten thousand vehicle times.",
             facts: [Expect(metric: "vehicles.aircraft", value: "312000"), Expect(metric: "vehicles.trains", value: "27000"),
                     Expect(metric: "vehicles.ships", value: "98000"), Expect(metric: "vehicles.motor", value: "11025000")]),
        Case(sentence: "Investigated and handled 3 non-foreigners 5.6 ten thousand names, repatriated 2.2 ten thousand names.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "56000"), Expect(metric: "enforcement.deported", value: "22000")]),
        Case(sentence: "Police dealt with 48,000 \"3 non-foreigners\" and repatriated 17,000 people.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "48000"), Expect(metric: "enforcement.deported", value: "17000")]),
        Case(sentence: "Officers checked some 23,000 \"three non\" foreigners who had entered, stayed or worked illegally.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "23000", qualifier: .approx)]),
        Case(sentence: "Border police looked into some 31,000 \"three illegals\" foreigners in the year.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "31000", qualifier: .approx)]),
        Case(sentence: "They investigated 27,500 three-illegal foreigners and repatriated 8,800.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "27500"), Expect(metric: "enforcement.deported", value: "8800")]),
        Case(sentence: "Captured fleeing \"snakehead\" 418 names, destroyed transit dens 902.",
             facts: [Expect(metric: "enforcement.fugitives", value: "418"), Expect(metric: "enforcement.transit_dens", value: "902")]),
        // "Snake heads" in two words, quoted or not; a gang count beside them stays the gangs'.
        Case(sentence: "Police broke up 215 criminal gangs and caught 96 \"snake heads\" during the hunt.",
             facts: [Expect(metric: "enforcement.gangs", value: "215"), Expect(metric: "enforcement.fugitives", value: "96")]),
        Case(sentence: "In the hunting campaign, 71 fugitive snake heads were arrested and brought back.",
             facts: [Expect(metric: "enforcement.fugitives", value: "71")]),
        // Persons who had fled are the fugitives hunted, not the suspects arrested.
        Case(sentence: "During the manhunt, 318 persons who had fled abroad were captured and returned.",
             facts: [Expect(metric: "enforcement.fugitives", value: "318")]),
        Case(sentence: "Police caught one hundred and four people who fled overseas after organising illegal crossings.",
             facts: [Expect(metric: "enforcement.fugitives", value: "104")]),
        Case(sentence: "Officers dismantled 33 snake-head gangs.",
             facts: [Expect(metric: "enforcement.gangs", value: "33")]),
        // "person times" in two words (machine translation), the subject after the figure.
        Case(sentence: "The immigration agencies inspected a total of 98 million person times of entry and exit personnel, a year-on-year increase of 41.5%.",
             facts: [Expect(metric: "people.total", value: "98000000", yoy: "41.5")]),
        Case(sentence: "Inspected 612 million person times of inbound and outbound personnel in the whole year.",
             facts: [Expect(metric: "people.total", value: "612000000")]),
        Case(sentence: "Foreigners made 26.1 million person times of entries and exits.",
             facts: [Expect(metric: "people.foreigners", value: "26100000")]),
        Case(sentence: "Investigated and handled border management criminal cases 2.3 ten thousand more from, arrested criminal suspects 4.1 ten thousand more names.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "23000", qualifier: .atLeast),
                     Expect(metric: "enforcement.suspects", value: "41000", qualifier: .atLeast)]),
        Case(sentence: "Seized all kinds of guns 950 branches, bullets 5 ten thousand more rounds.",
             facts: [Expect(metric: "enforcement.guns", value: "950"), Expect(metric: "enforcement.bullets", value: "50000", qualifier: .atLeast)]),
        Case(sentence: "Signed and issued mainland residents to and from Hong Kong, Macao and Taiwan documents endorsements 8,512.7 ten thousand piece (piece) times, the same ratio rose 5.5%.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "85127000", yoy: "5.5")]),
        Case(sentence: "Signed and issued Hong Kong and Macao Taiwan residents to and from mainland (continent) passes 198.3 ten thousand pieces, year-on-year decline 4.4%.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "1983000", yoy: "-4.4")]),
        Case(sentence: "The departments issued 3.105 million passes for Hong Kong and Macao Taiwan residents to and from the mainland, a decrease of 2.1%.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "3105000", yoy: "-2.1")]),
        Case(sentence: "Through visa-free entry of foreigners 1,820.5 ten thousand person-times, the same ratio rose 30.2%.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "18205000", yoy: "30.2")]),
        Case(sentence: "The government affairs service platform provided consultation and other government services 1.43 hundred million times.",
             facts: [Expect(metric: "services.platform_requests", value: "143000000")]),
        Case(sentence: "Foreigners 4,512.3万 person-times were inspected, up 7.7%.",
             facts: [Expect(metric: "people.foreigners", value: "45123000", yoy: "7.7")]),
        // English releases.
        Case(sentence: "The exit-entry administrations issued 7.42 million exit-entry permits and 19.6 million endorsements for mainland residents travelling to and from Hong Kong, Macao and Taiwan, up 21.4% and 18.9% respectively.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "7420000", yoy: "21.4"),
                     Expect(metric: "documents.mainland_hkmt_endorsements", value: "19600000", yoy: "18.9")]),
        Case(sentence: "Authorities issued 71.9 million exit-entry permits and endorsements to mainland residents visiting Hong Kong, Macao and Taiwan.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "71900000")]),
        Case(sentence: "The government service platform of the administration provided 41.2 million inquiry, appointment and other services to applicants.",
             facts: [Expect(metric: "services.platform_requests", value: "41200000")]),
        Case(sentence: "The online government service platform offered 27.5 million inquiry and other services to Chinese and foreign users.",
             facts: [Expect(metric: "services.platform_requests", value: "27500000")]),
        Case(sentence: "The value of goods involved in smuggling cases cracked by border police reached RMB 430 million yuan.",
             facts: [Expect(metric: "enforcement.smuggling_value_cny", value: "430000000")]),
        Case(sentence: "China's border crossings rose 9.7% in 2024 to 610 million, the administration said.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "9.7")]),
        Case(sentence: "Mainland residents made 300 million crossings, up 6.2%, and residents of Hong Kong, Macau and Taiwan made 251 million, up 8.6%.",
             facts: [Expect(metric: "people.mainland", value: "300000000", yoy: "6.2"), Expect(metric: "people.hkmt", value: "251000000", yoy: "8.6")]),
        // The subject first, then to whom or where, then the figure.
        Case(sentence: "Visas issued to foreign nationals totalled 1.2 million, up 31 percent.",
             facts: [Expect(metric: "documents.visas", value: "1200000", yoy: "31")]),
        // (A year inside the subject dates the figure: in the 2024 release this is 2023's.)
        Case(sentence: "Ordinary passports issued to Chinese citizens in 2023 numbered 18.4 million.",
             facts: [Expect(metric: "documents.passports", value: "18400000", period: "2023")]),
        Case(sentence: "Exit-entry permits issued to mainland residents for travel to Hong Kong and Macao came to 41.2 million.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "41200000")]),
        Case(sentence: "Port visas approved at the border for foreign business travellers reached 312,000.",
             facts: [Expect(metric: "documents.port_visas", value: "312000")]),
        Case(sentence: "Visas and residence permits granted to foreign citizens in China amounted to 950,000.",
             facts: [Expect(metric: "documents.visas", value: "950000")]),
        Case(sentence: "Visas, stay and residence permits issued to foreigners living in China totalled 2.03 million.",
             facts: [Expect(metric: "documents.visas", value: "2030000")]),
        // Analysts' anchors: "year-over-year", "y-o-y", "YoY" after another base.
        Case(sentence: "Some 3.1 million foreigners were inspected, up 2.1% month-on-month and 15.9% year-over-year.",
             facts: [Expect(metric: "people.foreigners", value: "3100000", yoy: "15.9", qualifier: .approx)]),
        Case(sentence: "Foreign nationals inspected totalled 3.1 mln, down 1.2 pct q/q but up 15.9 pct y-o-y.",
             facts: [Expect(metric: "people.foreigners", value: "3100000", yoy: "15.9")]),
        // Machine-translated word order: "catch criminal suspect N people", "transit hiding point N places".
        Case(sentence: "The border police catch criminal suspect 8,400 people, destroyed transit hiding point 95 places.",
             facts: [Expect(metric: "enforcement.suspects", value: "8400"),
                     Expect(metric: "enforcement.transit_dens", value: "95")]),
        Case(sentence: "Officers destroyed 140 transit hiding points and were able to catch 2,600 criminal suspects.",
             facts: [Expect(metric: "enforcement.transit_dens", value: "140"),
                     Expect(metric: "enforcement.suspects", value: "2600")]),
        // Gerunds after a clause ("…, arresting N criminal suspects"); entries "made visa-free".
        Case(sentence: "Police pressed on with the campaign, investigating 2,100 criminal cases of obstructing border management and arresting 3,700 criminal suspects.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "2100"),
                     Expect(metric: "enforcement.suspects", value: "3700")]),
        Case(sentence: "Of the foreigners, 5.2 million entries were made visa-free, up 41.0% year on year.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "5200000", yoy: "41.0")]),
        Case(sentence: "Foreign nationals had 4.4 million trips made visa-free in the period.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "4400000")]),
        // Trips "made by" residents of Hong Kong, Macao and Taiwan, with a spoken qualifier after the figure.
        Case(sentence: "Another 150 million or so were made by residents of Hong Kong, Macao and Taiwan.",
             facts: [Expect(metric: "people.hkmt", value: "150000000", qualifier: .approx)]),
        Case(sentence: "Some 98 million trips were made by residents of Hong Kong, Macao and Taiwan.",
             facts: [Expect(metric: "people.hkmt", value: "98000000", qualifier: .approx)]),
        // Spoken phrasings naming the recipients first: "N citizens got a passport", "N visitors picked up a visa on arrival".
        Case(sentence: "More than 14 million Chinese citizens got an ordinary passport in 2024.",
             facts: [Expect(metric: "documents.passports", value: "14000000", qualifier: .atLeast)]),
        Case(sentence: "Some 3 million citizens obtained ordinary passports for the first time.",
             facts: [Expect(metric: "documents.passports", value: "3000000", qualifier: .approx)]),
        Case(sentence: "About 520,000 foreign visitors picked up a visa on arrival.",
             facts: [Expect(metric: "documents.port_visas", value: "520000", qualifier: .approx)]),
        Case(sentence: "Roughly 300,000 foreigners were granted visas on arrival.",
             facts: [Expect(metric: "documents.port_visas", value: "300000", qualifier: .approx)]),
        // A short question heads its answer, as a colon does.
        Case(text: "Most travellers were Chinese. And foreigners? About 45 million crossings, or about one in ten.",
             facts: [Expect(metric: "people.foreigners", value: "45000000", qualifier: .approx)]),
        Case(text: "And mainland residents? Some 300 million crossings.",
             facts: [Expect(metric: "people.mainland", value: "300000000", qualifier: .approx)]),
        // Footnote markers written against numbers and words are no digits of the figures.
        Case(sentence: "Officers inspected 512.4 million[2] inbound and outbound persons, an increase of 21.5%[2] year on year.",
             facts: [Expect(metric: "people.total", value: "512400000", yoy: "21.5")]),
        Case(sentence: "The NIA issued 16.2 million ordinary passports³ and 980,000 visas to foreign nationals⁴, up 12.4%[7].",
             facts: [Expect(metric: "documents.passports", value: "16200000"),
                     Expect(metric: "documents.visas", value: "980000", yoy: "12.4")]),
        Case(sentence: "Border police arrested 12,300¹² criminal suspects.",
             facts: [Expect(metric: "enforcement.suspects", value: "12300")]),
        // A member of a "rose … respectively" list with its own sign: that member only.
        Case(sentence: "Officers checked 820,000 aircraft, 95,000 trains, 260,000 ships and 17.1 million motor vehicles, which rose by 6.2%, -1.4%, 3.3% and 0.8% respectively.",
             facts: [Expect(metric: "vehicles.aircraft", value: "820000", yoy: "6.2"),
                     Expect(metric: "vehicles.trains", value: "95000", yoy: "-1.4"),
                     Expect(metric: "vehicles.ships", value: "260000", yoy: "3.3"),
                     Expect(metric: "vehicles.motor", value: "17100000", yoy: "0.8")]),
        Case(sentence: "Police investigated 3,400 criminal cases of obstructing border management, arrested 5,100 criminal suspects and smashed 120 criminal gangs, up 12%, -8.5% and 4% respectively.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "3400", yoy: "12"),
                     Expect(metric: "enforcement.suspects", value: "5100", yoy: "-8.5"),
                     Expect(metric: "enforcement.gangs", value: "120", yoy: "4")]),
        Case(sentence: "Foreign nationals made 30 million trips and mainland residents 150 million trips, which grew by -3.5% and 5.0% respectively.",
             facts: [Expect(metric: "people.foreigners", value: "30000000", yoy: "-3.5"),
                     Expect(metric: "people.mainland", value: "150000000", yoy: "5.0")]),
        // A parent body named after "under the" owns none of the figures: the administration under it does.
        Case(text: "The administration, which works under the Ministry of Public Security, gave its figures:\n\n- Travellers inspected: 610 million inbound and outbound trips\n- Passports issued: 18 million",
             facts: [Expect(metric: "people.total", value: "610000000"), Expect(metric: "documents.passports", value: "18000000")]),
        Case(sentence: "Border officers under the Ministry of Public Security inspected 600 million inbound and outbound travellers.",
             facts: [Expect(metric: "people.total", value: "600000000")]),
        // A list of conveyances ending with aircraft names them all, not the aircraft.
        Case(sentence: "Vehicles, vessels, trains and aircraft inspected: 34.1 million.",
             facts: [Expect(metric: "vehicles.total", value: "34100000")]),
        Case(sentence: "Officers checked 3.9 million vehicles, vessels and aircraft at the border.",
             facts: [Expect(metric: "vehicles.total", value: "3900000")]),
        // Checkpoints count the trips through them; ", and September saw …" opens a clause of that month.
        Case(sentence: "In the third quarter, border checkpoints handled 160 million trips, and September saw 50 million crossings on its own.",
             facts: [Expect(metric: "people.total", value: "160000000", period: "2024-Q3"),
                     Expect(metric: "people.total", value: "50000000", period: "2024-09-01/2024-09-30")]),
        Case(sentence: "Checkpoints across the country handled 610 million trips in the year, and December recorded 60 million crossings.",
             facts: [Expect(metric: "people.total", value: "610000000"),
                     Expect(metric: "people.total", value: "60000000", period: "2024-12-01/2024-12-31")]),
        Case(sentence: "The checkpoints handled 120 million trips in the first quarter, and May is expected to be busier.",
             facts: [Expect(metric: "people.total", value: "120000000", period: "2024-Q1")]),
        // Labelled figures parted by a middle dot, a bullet or a bar: each figure is its own label's.
        Case(sentence: "Conveyances checked: ships 412,000 · aircraft 955,000 · trains 71,000",
             facts: [Expect(metric: "vehicles.ships", value: "412000"), Expect(metric: "vehicles.aircraft", value: "955000"),
                     Expect(metric: "vehicles.trains", value: "71000")]),
        Case(sentence: "Border crossings of the year: trains 64,000 • motor vehicles 30,150,000",
             facts: [Expect(metric: "vehicles.trains", value: "64000"), Expect(metric: "vehicles.motor", value: "30150000")]),
        Case(sentence: "Seizures in the year: guns 2,140 | bullets 88,000",
             facts: [Expect(metric: "enforcement.guns", value: "2140"), Expect(metric: "enforcement.bullets", value: "88000")]),
        // "alone" between a subject and its figure links them as a copula does.
        Case(sentence: "Conveyances: 7.9 million inspected (+12.0%); ships alone were 302,000 (+3.1%) as ferries resumed.",
             facts: [Expect(metric: "vehicles.total", value: "7900000", yoy: "12"), Expect(metric: "vehicles.ships", value: "302000", yoy: "3.1")]),
        Case(sentence: "Of the vehicles inspected, aircraft alone were 861,000, up 12.4% year on year.",
             facts: [Expect(metric: "vehicles.aircraft", value: "861000", yoy: "12.4")]),
        Case(sentence: "Border inspection officers checked 8.3 million conveyances, and trains alone were 71,000.",
             facts: [Expect(metric: "vehicles.total", value: "8300000"), Expect(metric: "vehicles.trains", value: "71000")]),
        // An abbreviated label of the three regions, with or without its commas.
        Case(sentence: "HK, Macau, Taiwan residents: 51,200,000 crossings (+9.1%)",
             facts: [Expect(metric: "people.hkmt", value: "51200000", yoy: "9.1")]),
    ]

    @Test(arguments: cases)
    func sentenceGivesFacts(_ c: Case) throws { try c.check() }

    /// A sentence of changes after the counts, each change after its subject and the count's noun
    /// ("aircraft inspections", "train checks", a singular naming a plural), goes to those counts;
    /// a count in a later clause of the changes' sentence is none of theirs.
    static let changesNamedAfterTheCounts: [Case] = [
        Case(text: "Officers checked 402,000 aircraft and 88,000 trains. Aircraft inspections rose 31.5%, while train inspections slipped 2.2%.",
             facts: [Expect(metric: "vehicles.aircraft", value: "402000", yoy: "31.5"), Expect(metric: "vehicles.trains", value: "88000", yoy: "-2.2")]),
        Case(text: "The figure included 540,000 ships and 28.4 million motor vehicles. Ship checks fell 7.9 percent and motor vehicle checks grew 12 percent, helped by a bridge that carried 3.1 million trips in its first year.",
             facts: [Expect(metric: "vehicles.ships", value: "540000", yoy: "-7.9"), Expect(metric: "vehicles.motor", value: "28400000", yoy: "12")]),
        Case(text: "Mainland residents made 301 million crossings and foreigners 61 million. Foreigner numbers jumped 45.5%.",
             facts: [Expect(metric: "people.mainland", value: "301000000", yoy: nil), Expect(metric: "people.foreigners", value: "61000000", yoy: "45.5")]),
    ]

    @Test(arguments: changesNamedAfterTheCounts)
    func changesNamedAfterTheCountsGoToThem(_ c: Case) throws { try c.check() }

    /// Changes on another base are not year-on-year changes; shares are not changes.
    @Test(arguments: [
        "After the policy was relaxed, 3.1 million foreigners were inspected, up 29.5% month-on-month.",
        "Some 3.1 million foreigners were inspected, up 48.2 percent compared with that before the policy optimization.",
        "Some 3.1 million foreigners were inspected, an increase of 12 percent compared with 2019.",
        // 环比 word for word in older machine translations.
        "Foreigners inspected 3.1 million person-times, ring ratio rise 6.3%.",
        "Foreigners inspected 3.1 million person-times, chain ratio decline 2.2%.",
    ])
    func otherBasesAreNotYearOnYear(_ sentence: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == "people.foreigners" })
        #expect(f.yoyPct == nil)
    }

    /// A change written with a decimal comma ("11,6 per cent") fits no reading: read as 116 it would be
    /// ten times what was meant. It is no change of the figure; the figure stays.
    @Test(arguments: [
        "Visas issued to foreigners reached 523,000, an increase of 11,6 per cent compared with the previous year.",
        "Some 523,000 visas were issued to foreigners, up 11,6%.",
        "Foreigners were issued 523,000 visas, a rise of 11,60 percent year on year.",
    ])
    func aChangeWithADecimalCommaBindsNowhere(_ sentence: String) throws {
        let facts = try metricFacts(sentence)
        let f = try #require(facts.first { $0.metric == "documents.visas" }, "\(facts.map { "\($0.metric!)=\($0.value)" })")
        #expect(f.value == 523_000 && f.yoyPct == nil, "\(f.value) \(String(describing: f.yoyPct))")
        #expect(!facts.contains { $0.unit == "percent" })
    }

    /// Several things counted together ("mainland residents and foreigners") are none of them:
    /// the figure is their sum, which no metric holds.
    @Test(arguments: [
        "Aircraft, trains and ships inspected totalled 1.2 million.",
        "Mainland residents and foreigners inspected at land ports numbered 300 million.",
        "Meanwhile, drugs and precursor chemicals seized came to 30 tonnes.",
        "Trains and motor vehicles checked at the border were 8.1 million.",
    ])
    func coordinatedSubjectsAreNoMetric(_ sentence: String) throws {
        let facts = try metricFacts(sentence)
        #expect(facts.isEmpty, "\(facts.map { $0.metric! })")
    }

    /// A change whose own subject is named right before it belongs to no other figure.
    @Test(arguments: [
        "Ports log over 410 million cross-border trips in Q3, visa-free entries up 48.2%",
        "Border checks: 410 million cross-border trips in H2 2024, visa-free entries up 48.2%",
    ])
    func aChangeNamingItsOwnSubjectStaysOffOtherFigures(_ text: String) throws {
        let facts = try extract(text)
        let total = try #require(facts.first { $0.metric == "people.total" }, "\(facts.map { "\($0.metric ?? "-")=\($0.value)" })")
        #expect(total.value == dec("410000000") && total.yoyPct == nil, "\(total.value) \(String(describing: total.yoyPct))")
    }

    @Test func percentListWithoutEnoughFiguresBindsNothing() throws {
        let facts = try metricFacts("Passports were issued, up 12%, 15% and 18% respectively.")
        #expect(facts.allSatisfy { $0.yoyPct == nil })
    }

    @Test func subCountIsNotTheTotal() throws {
        // "including 158 snakeheads" is part of the suspects, not the fugitives hunted.
        let facts = try metricFacts("A total of 50,000 persons were arrested, including 158 snakeheads who absconded overseas.")
        #expect(facts.first { $0.metric == "enforcement.suspects" }?.value == 50000)
        #expect(!facts.contains { $0.metric == "enforcement.fugitives" })
    }

    @Test func wordsAfterThePhraseHeadDoNotMatch() throws {
        // "18 policy measures to facilitate foreigners": the figure counts measures.
        let facts = try metricFacts("The administration introduced 18 policy measures to facilitate foreigners, including visa-free transit.")
        #expect(facts.isEmpty, "\(facts.map { $0.metric! })")
    }

    @Test func ratesAreNotTotals() throws {
        let facts = try metricFacts("Border checkpoints inspected an average of 501,000 inbound and outbound travelers every day.")
        #expect(facts.isEmpty)
    }

    /// An amount in tonnes or yuan is known by its unit, wherever its subject stands in the clause;
    /// a percentage is not (shares of anything are written in it).
    @Test func amountsAreKnownByTheirUnitPercentagesAreNot() throws {
        let drugs = try metricFacts("Drugs seized by border police in the spring campaign and in routine checks totalled 4.2 tonnes.")
        #expect(drugs.map(\.metric) == ["enforcement.drugs_tonnes"] && drugs.first?.value == dec("4.2"))
        let share = try metricFacts("In the hotline's satisfaction survey foreigners accounted for 23 percent of callers.")
        #expect(share.isEmpty, "\(share.map { "\($0.metric!)=\($0.value)" })")
    }

    /// A bare "satisfied" is the hotline's rate ("98.9% satisfied" under the hotline's calls); a
    /// share "satisfied with" something else is a survey's, no rate of the hotline.
    @Test(arguments: [
        ("12367 hotline\n1.9m calls answered\n98.9% satisfied", true),
        ("Our member poll:\n- 74% are satisfied with the speed of visa approvals (up from 70% last year)", false),
        ("Of the tour operators we asked, 61% said they were satisfied with border waiting times.", false),
    ])
    func satisfiedWithSomethingIsNoHotlineRate(_ text: String, _ rate: Bool) throws {
        let facts = try metricFacts(text).filter { $0.metric == "services.hotline_satisfaction" }
        #expect(facts.isEmpty != rate, "\(facts.map { "\($0.value)" })")
    }

    @Test func restatementsMergeIntoTheExactFigure() throws {
        let facts = try metricFacts("""
            In total, 12,600 criminal cases jeopardizing border management were investigated.
            Over 12,000 criminal cases jeopardizing border management were solved, increasing by 20 percent compared with the number of 2023.
            """)
        let cases = facts.filter { $0.metric == "enforcement.criminal_cases" }
        #expect(cases.count == 1)
        #expect(cases.first?.value == 12600)
        #expect(cases.first?.qualifier == .exact)
        #expect(cases.first?.yoyPct == 20)
    }

    @Test func malformedFigureIsFlaggedWithWhatWasWritten() throws {
        let f = try #require(try metricFacts("A total of 5.2 million vehicles were inspected, including 4.81,000 motor vehicles.").first { $0.metric == "vehicles.motor" })
        #expect(f.status == .flagged)
        #expect(f.written == "4.81,000")
        #expect(f.note?.contains("malformed") == true)
    }

    @Test func provenanceOffsetsPointAtTheFigure() throws {
        let body = "In 2024, immigration officers inspected 87.6 million inbound and outbound travellers."
        let doc = try Ingestor.document(id: "p.txt", bytes: Array("# period: 2024\n\n\(body)".utf8), path: "p.txt")
        let f = try #require(sharedExtractor.extract(doc).facts.first { $0.metric == "people.total" })
        let scalars = Array(doc.text.unicodeScalars)
        var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[f.range.start..<f.range.end])
        #expect(String(v) == "87.6 million")
        #expect(f.source == "p.txt")
        #expect(f.quote == body)
    }
}
