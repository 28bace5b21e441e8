import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Machine translations of Chinese releases: 制毒物品 written "drug-making items", 港澳同胞 as
/// "Hong Kong and Macao compatriots" (a part, never the total), a figure of one case, totals over a
/// five-year plan or since a platform opened, measure words written word for word ("frames
/// (column, ship, vehicle) times", "vehicles times", "pieces (times)"), and scale slips the
/// catalog's sums and bounds catch. Invented sentences.
struct MachineTranslationTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // 架(列、艘)次 word for word as "(rack, column, ship) times": the total, not its ships.
        Case(sentence: "Inspected the entry and exit transportation means 12.4 million (rack, column, ship) times, of which ships 180,000 ship times.",
             facts: [Expect(metric: "vehicles.total", value: "12400000"), Expect(metric: "vehicles.ships", value: "180000")]),
        // 架、列、艘 as "(frames, columns, ships)" after the figure: measure words of the total.
        Case(sentence: "Checked the transportation means of entry and exit 15.06 million (frames, columns, ships) times, among them the ship 204,000 ship times.",
             facts: [Expect(metric: "vehicles.total", value: "15060000"), Expect(metric: "vehicles.ships", value: "204000")]),
        Case(sentence: "Inspected conveyances 3.2 million (frame, column, ship) times, an increase of 8.1% year-on-year.",
             facts: [Expect(metric: "vehicles.total", value: "3200000", yoy: "8.1")]),
        // 入境外国人 as "the entry of foreigners": the foreigners' entries only, not all their crossings.
        Case(text: "Foreigners entered through visa exemption 5.1 million person-times, accounting for 70.4% of the entry of foreigners 7.24 million person-times.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "5100000")], absent: ["people.foreigners"]),
        Case(text: "The entries of foreigners reached 9.6 million person-times in the quarter, up 31.5%.",
             facts: [], absent: ["people.foreigners"]),
        // A percent sign put before the number.
        Case(sentence: "The 12367 hotline received calls 2.1 million times, satisfaction rate %98.7.",
             facts: [Expect(metric: "services.hotline_calls", value: "2100000"), Expect(metric: "services.hotline_satisfaction", value: "98.7")]),
        // One percent sign for the list of changes.
        Case(sentence: "Among them, mainland residents 150 million person-times, foreigners 30 million person-times, respectively increase 5.2 and 7.7 %.",
             facts: [Expect(metric: "people.mainland", value: "150000000", yoy: "5.2"), Expect(metric: "people.foreigners", value: "30000000", yoy: "7.7")]),
        // The Chinese order "verb object figure": the object's words after the verb opening the
        // clause, commas and all, name the figure that closes it.
        Case(sentence: "Provided identity verification services to Hong Kong and Macao residents, Taiwan residents and foreigners 6.2 million times.",
             facts: [Expect(metric: "services.identity_verifications", value: "6200000")]),
        Case(sentence: "Issued ordinary passports 8.8 million, issued permits for Hong Kong and Macao residents to and from the mainland 0.92 million.",
             facts: [Expect(metric: "documents.passports", value: "8800000"), Expect(metric: "documents.hkmt_resident_permits", value: "920000")]),
        Case(sentence: "Issued exit-entry permits for mainland residents to and from Hong Kong, Macao and Taiwan 11.3 million; answered calls 2.6 million.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "11300000")]),
        // Word-for-word renderings: "pass" for 通行证 with "area" and "(continental)", "and so on" (等)
        // closing a list, "major case … rises" (起), "relay den", "system poison article" (制毒物品).
        Case(sentence: "Issued mainland residents to and from Hong Kong and Macao and Taiwan area pass 6.9 million this.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "6900000")]),
        Case(sentence: "Issued Hong Kong and Macao and Taiwan residents to and from mainland (continental) pass 2.7 million this.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2700000")]),
        // "come and go inland pass" (来往内地通行证), "listing supervise" (挂牌督办), "transfer nest
        // point" (中转窝点), "grow" (增长) before the change.
        Case(sentence: "Issued Taiwan residents come and go inland pass 1.2 million piece, grow 8.5%.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "1200000", yoy: "8.5")]),
        Case(sentence: "Investigated criminal case 21,000 pieces, among it listing supervise major case 160 pieces, destroyed transfer nest points 640 places.",
             facts: [Expect(metric: "enforcement.major_cases", value: "160"),
                     Expect(metric: "enforcement.transit_dens", value: "640")]),
        Case(sentence: "Checked entry-exit transport tools 15.2 million vehicle (frame, column, ship) times, grow 20.6%.",
             facts: [Expect(metric: "vehicles.total", value: "15200000", yoy: "20.6")]),
        // "airplane" (飞机) in the singular, as a word-for-word list writes it.
        Case(sentence: "Checked transport tools 9.8 million times, among it airplane 310,000 frames times, train 40,000 columns times.",
             facts: [Expect(metric: "vehicles.total", value: "9800000"), Expect(metric: "vehicles.aircraft", value: "310000"),
                     Expect(metric: "vehicles.trains", value: "40000")]),
        // "averagely" (平均) between the subject and its figure.
        Case(sentence: "Hotline accepted calls 3.3 million pass, the satisfaction averagely 98.2%.",
             facts: [Expect(metric: "services.hotline_calls", value: "3300000"), Expect(metric: "services.hotline_satisfaction", value: "98.2")]),
        Case(sentence: "The government service platform provided the inquiry and so on government service 87 million times.",
             facts: [Expect(metric: "services.platform_requests", value: "87000000")]),
        Case(sentence: "12367 service platform accepted the telephone consultation, opinion suggestion and so on 4.9 million times.",
             facts: [Expect(metric: "services.hotline_calls", value: "4900000")]),
        Case(sentence: "Smashed the crime gang 980, in which the listed supervision major case 240 rises.",
             facts: [Expect(metric: "enforcement.gangs", value: "980"), Expect(metric: "enforcement.major_cases", value: "240")]),
        Case(sentence: "The action destroys the smuggling relay den 870.",
             facts: [Expect(metric: "enforcement.transit_dens", value: "870")]),
        Case(sentence: "Investigated and dealt with the illegal entry, illegal residence, illegal employment foreigner 58,000 person-times.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "58000")]),
        Case(sentence: "Seized various drugs 6.1 tons, system poison article 540.2 tons.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "6.1"), Expect(metric: "enforcement.precursors_tonnes", value: "540.2")]),
        // A measure word left in Chinese, its alternatives in brackets (万辆（架、列、艘）次).
        Case(sentence: "A total of 1,204.6万辆（架、列、艘）次 of inbound and outbound means of transport were inspected.",
             facts: [Expect(metric: "vehicles.total", value: "12046000")]),
        Case(sentence: "Officers checked 5,318.2万架(列、艘、辆)次 of entry and exit transport vehicles, up 9.4% year on year.",
             facts: [Expect(metric: "vehicles.total", value: "53182000", yoy: "9.4")]),
        // A paragraph's opening sentence without figures states the topic of the figures after it.
        Case(text: "The administration kept up its crackdown on crimes that obstruct national (border) management. Over 18,000 criminal cases were handled and 26,000 suspects were caught.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "18000", qualifier: .atLeast), Expect(metric: "enforcement.suspects", value: "26000")]),
        Case(text: "In the first half, officers cracked down hard on illegal border crossings. A total of 6,400 criminal cases were solved.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "6400")]),
        Case(text: "Police stepped up the fight against telecom fraud. Over 18,000 criminal cases were handled.", facts: [], absent: ["enforcement.criminal_cases"]),
        Case(text: "Travellers queue in the border inspection hall of Luohu Port in Shenzhen. The port handled 120,000 crossings.", facts: [], absent: ["people.total"]),
        Case(text: "Officers fought crimes that obstruct border management.\n\nOver 18,000 criminal cases were handled.", facts: [], absent: ["enforcement.criminal_cases"]),
        // A clause of its own between the verb and the figure: no object.
        Case(text: "Inspected foreigners who were travelling for business, 7.1 million.", facts: [], absent: ["people.foreigners"]),
        // "travelling to the mainland" between a subject and its total verb.
        Case(sentence: "Permits for Taiwan residents travelling to the mainland totalled 610,000, up 4.1% year on year.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "610000", yoy: "4.1")]),
        // Word-for-word 犯罪嫌疑人…名 and 民警负伤: "crime suspect … name", "people were injured".
        Case(sentence: "Strike aspect, the quarter captured crime suspect 12,870 name.",
             facts: [Expect(metric: "enforcement.suspects", value: "12870")]),
        Case(sentence: "Nine police sacrificed on duty, 64 people were injured on duty.",
             facts: [Expect(metric: "personnel.deaths", value: "9"), Expect(metric: "personnel.injured", value: "64")]),
        // 制毒物品: precursors, not drugs, whichever side the subject stands.
        Case(sentence: "Officers seized 5.1 tonnes of drugs and 310 tonnes of drug-making items.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "5.1"), Expect(metric: "enforcement.precursors_tonnes", value: "310")]),
        Case(sentence: "Border police seized various drugs 2,400 kilograms and drug-making raw materials 96,000 kilograms.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "2.4"), Expect(metric: "enforcement.precursors_tonnes", value: "96")]),
        Case(sentence: "A further 41 tonnes of drug-making chemicals were seized at the border.",
             facts: [Expect(metric: "enforcement.precursors_tonnes", value: "41")]),
        // 港澳同胞: a part of the crossings, not the total.
        Case(text: "Immigration officers checked Hong Kong and Macao compatriots 48 million person-times, up 12 percent.",
             facts: [], absent: ["people.total"]),
        Case(text: "Crossings by Hong Kong and Macao compatriots exceeded 51 million person-times.",
             facts: [], absent: ["people.total"]),
        // A figure of one case is no year's figure.
        Case(text: "The value of a single smuggling case in Fujian reached 90 million yuan.",
             facts: [], absent: ["enforcement.smuggling_value_cny"]),
        Case(sentence: "Officers seized 4.6 tonnes of drugs, including 1.2 tonnes in one case.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "4.6")]),
        // Since a platform opened: a window from that day to the release.
        Case(sentence: "Since the opening of the hotline on March 1, 1.1 million calls have been answered.",
             facts: [Expect(metric: "services.hotline_calls", value: "1100000", period: "2024-03-01/2025-01-14")]),
        Case(sentence: "Since the opening of the 12367 service hotline on June 1, 2.2 million calls have been answered.",
             facts: [Expect(metric: "services.hotline_calls", value: "2200000", period: "2024-06-01/2025-01-14")]),
        // A five-year plan's total ("十三五"期间) is no year's figure.
        Case(text: "During the 14th Five-Year Plan period, officers inspected 2.9 billion person-times.",
             facts: [], absent: ["people.total"]),
        Case(text: "Over the \"13th Five-Year Plan\" period, 120 million ordinary passports were issued.",
             facts: [], absent: ["documents.passports"]),
        Case(text: "“十三五”期间，全国移民管理机构累计查验出入境人员26.5亿人次。", facts: [], absent: ["people.total"], language: "zh"),
        Case(text: "十三五时期，共签发普通护照1.2亿本。", facts: [], absent: ["documents.passports"], language: "zh"),
        // Word for word in the Chinese order (subject, figure, measure word): 内地居民, 外国人, 签注, 三非,
        // 交通运输工具, 咨询等服务, 接听来电, 来往内地(大陆)通行证.
        Case(sentence: "Among them, inland resident 9870 ten thousand person-times, foreign person 1236 ten thousand person-times.",
             facts: [Expect(metric: "people.mainland", value: "98700000"), Expect(metric: "people.foreigners", value: "12360000")]),
        Case(sentence: "Issue endorsement 2210 ten thousand piece times; issue Hong Kong Macao Taiwan resident to and from inland (mainland) pass 96.3 ten thousand piece.",
             facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "22100000"), Expect(metric: "documents.hkmt_resident_permits", value: "963000")]),
        Case(sentence: "Investigate \"three not\" foreigner 2.4 ten thousand person-times, grab crime suspect 2.9 ten thousand name.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "24000"), Expect(metric: "enforcement.suspects", value: "29000")]),
        Case(sentence: "Inspection exit and entry traffic transportation tool 1320 ten thousand frame times, same period compare rise 12.5%.",
             facts: [Expect(metric: "vehicles.total", value: "13200000", yoy: "12.5")]),
        Case(sentence: "Government affairs service platform provide consult and other service 0.52 hundred million times; 12367 service platform answer call 310.5 ten thousand individual.",
             facts: [Expect(metric: "services.platform_requests", value: "52000000"), Expect(metric: "services.hotline_calls", value: "3105000")]),
        Case(sentence: "Via visa-free entry of foreigner 612.4 ten thousand person-times, same period compare rise 88.2%.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "6124000", yoy: "88.2")]),
        // The measure word after the figure (人次) is no subject when one stands right before it; with
        // none before, it still names the crossings.
        Case(sentence: "Inspection exit and entry personnel 1.21 hundred million person-times, up 4.2%, foreign person 1236 ten thousand person-times.",
             facts: [Expect(metric: "people.total", value: "121000000", yoy: "4.2"), Expect(metric: "people.foreigners", value: "12360000")]),
        Case(sentence: "Border officers inspected 2.3 hundred million person-times.",
             facts: [Expect(metric: "people.total", value: "230000000")]),
        // 环比 word for word ("ring compare"): a change on the previous quarter, no year-on-year change.
        Case(sentence: "The second quarter, inspection exit and entry personnel 1.46 hundred million person-times, ring compare rise 6.1%.",
             facts: [Expect(metric: "people.total", value: "146000000", period: "2024-Q2")]),
        Case(sentence: "Inspected exit and entry personnel 1.46 hundred million person-times, ring comparison fall 2.0%, same period compare rise 18.3%.",
             facts: [Expect(metric: "people.total", value: "146000000", yoy: "18.3")]),
        // Measure words written word for word.
        Case(sentence: "The inspection of entry and exit transport 30.5 million frames (column, ship, vehicle) times, up 4.1%, of which motor vehicles 28.4 million vehicles times, up 3.2%.",
             facts: [Expect(metric: "vehicles.total", value: "30500000", yoy: "4.1"), Expect(metric: "vehicles.motor", value: "28400000", yoy: "3.2")]),
        Case(sentence: "The border inspection organs inspected motor vehicles 9.72 million vehicles times, a decrease of 41.5%.",
             facts: [Expect(metric: "vehicles.motor", value: "9720000", yoy: "-41.5")]),
        Case(sentence: "The 12367 service platform received the consultation call 3.8 million times.",
             facts: [Expect(metric: "services.hotline_calls", value: "3800000")]),
        Case(sentence: "The 12367 platform received the consultation call 4.1 million times.",
             facts: [Expect(metric: "services.hotline_calls", value: "4100000")]),
        Case(sentence: "Issued mainland residents to and from Hong Kong and Macao documents and endorsement 61.2 million pieces (times).",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "61200000")]),
        // Chinese words left in an English sentence: 同比分别上升, 证件签注, 签证证件, 起, 名.
        Case(sentence: "Of these, mainland residents 3120.4万 person-times, foreigners 410.6万 person-times, 同比分别上升 52.3%, 88.1%.",
             facts: [Expect(metric: "people.mainland", value: "31204000", yoy: "52.3"), Expect(metric: "people.foreigners", value: "4106000", yoy: "88.1")]),
        Case(sentence: "Issued mainland residents traveling to and from Hong Kong and Macao 证件签注 1520.3万 pieces (times); issued foreigners 签证证件 31.2万 pieces.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "15203000"), Expect(metric: "documents.visas", value: "312000")]),
        Case(sentence: "Throughout the year, the national immigration administration organs detected 破获妨害国(边)境管理犯罪案件 2.3万起, arrested 犯罪嫌疑人 3.1万名, destroyed 245 criminal gangs.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "23000"), Expect(metric: "enforcement.suspects", value: "31000"),
                     Expect(metric: "enforcement.gangs", value: "245")]),
        // 签注 written "visas (pieces)" beside the permits of mainland residents; visas for foreigners stay visas.
        Case(sentence: "Issued 912.4 ten thousand exit and entry certificates for mainland residents traveling to and from Hong Kong, Macao and Taiwan, and 1305.8 ten thousand visas (pieces).",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "9124000"), Expect(metric: "documents.mainland_hkmt_endorsements", value: "13058000")]),
        Case(sentence: "The NIA issued 8.1 million permits for mainland residents travelling to and from Hong Kong and Macao and 12.4 million visas (times), and issued 1.9 million visas to foreigners.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "8100000"), Expect(metric: "documents.mainland_hkmt_endorsements", value: "12400000"),
                     Expect(metric: "documents.visas", value: "1900000")]),
        // Permits written "passes" or "documents" (往来港澳台证件) beside the endorsements.
        Case(sentence: "The bureau issued 5.6 million ordinary passports, 6.2 million mainland residents to and from Hong Kong and Macao passes and 19.4 million endorsements, up 3%, up 4% and down 1% respectively.",
             facts: [Expect(metric: "documents.passports", value: "5600000", yoy: "3"), Expect(metric: "documents.mainland_hkmt_permits", value: "6200000", yoy: "4"),
                     Expect(metric: "documents.mainland_hkmt_endorsements", value: "19400000", yoy: "-1")]),
        Case(sentence: "Issued mainland residents to and from Hong Kong, Macao and Taiwan documents 3.3 million and endorsements 10.2 million, up 2.1% and up 5.4% respectively.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "3300000", yoy: "2.1"), Expect(metric: "documents.mainland_hkmt_endorsements", value: "10200000", yoy: "5.4")]),
        Case(sentence: "The organs issued 25.6 million exit-entry documents for mainland residents travelling to and from Hong Kong and Macao and 98.1 million endorsements.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "25600000"), Expect(metric: "documents.mainland_hkmt_endorsements", value: "98100000")]),
        Case(sentence: "Issued 1.9 million visas and documents to foreigners, and 8.1 million permits for mainland residents to and from Hong Kong and Macao.",
             facts: [Expect(metric: "documents.visas", value: "1900000"), Expect(metric: "documents.mainland_hkmt_permits", value: "8100000")]),
        Case(sentence: "The mainland residents' travel documents to and from Hong Kong, Macao and Taiwan 2.04 million pieces were issued, the endorsement 5.12 million pieces (times).",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "2040000"), Expect(metric: "documents.mainland_hkmt_endorsements", value: "5120000")]),
        Case(sentence: "Signed and issued the Hong Kong and Macao residents' Home Return Permit and the Taiwan compatriot certificate 2.11 million pieces.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2110000")]),
        Case(sentence: "The whole year issued visa certificates for foreigners 3.05 million, of which port visas 702,000.",
             facts: [Expect(metric: "documents.visas", value: "3050000"), Expect(metric: "documents.port_visas", value: "702000")]),
        Case(sentence: "Through visa free entry foreigners 512.6 ten thousand person times, a year-on-year increase of 140.2%.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "5126000", yoy: "140.2")]),
        Case(sentence: "Police arrested 36,000 suspects, dismantling 412 criminal gangs and destroying 185 transit dens.",
             facts: [Expect(metric: "enforcement.suspects", value: "36000"), Expect(metric: "enforcement.gangs", value: "412"),
                     Expect(metric: "enforcement.transit_dens", value: "185")]),
        Case(sentence: "The platform provided the identity verification service for foreigners 3.2 million times.",
             facts: [Expect(metric: "services.identity_verifications", value: "3200000")]),
        Case(sentence: "Identity verification was provided for foreign nationals 1.4 million times.",
             facts: [Expect(metric: "services.identity_verifications", value: "1400000")]),
        Case(sentence: "Officers provided identity verification for 1.2 million foreigners, and inspected 30.2 million foreigners.",
             facts: [Expect(metric: "services.identity_verifications", value: "1200000"), Expect(metric: "people.foreigners", value: "30200000")]),
        Case(sentence: "The platform provided the identity verification service for foreigners 3.2 million times, and officers inspected foreigners 30.6 million person-times.",
             facts: [Expect(metric: "services.identity_verifications", value: "3200000"), Expect(metric: "people.foreigners", value: "30600000")]),
        // A change called month-on-month and anchored to last year at once states no sure year-on-year change.
        Case(sentence: "Vehicles inspected totalled 7.2 million, a month-on-month increase of 5.4% over the same period last year.",
             facts: [Expect(metric: "vehicles.total", value: "7200000")]),
        Case(sentence: "Vehicles inspected totalled 6.8 million, a month-on-month rise of 4.1% and a year-on-year rise of 15.9%.",
             facts: [Expect(metric: "vehicles.total", value: "6800000", yoy: "15.9")]),
        // A verb written right before a later figure is that figure's, not the earlier one's.
        Case(sentence: "They investigated 31,000 foreigners for illegal entry and repatriated 8,400.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "31000"), Expect(metric: "enforcement.deported", value: "8400")]),
        Case(sentence: "Officers looked into 31,000 foreigners suspected of illegal stay, residence or employment and repatriated more than 8,400.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "31000"), Expect(metric: "enforcement.deported", value: "8400", qualifier: .atLeast)]),
        Case(sentence: "Some 12,000 foreigners were repatriated and 3,000 were deported within 24 hours.",
             facts: [Expect(metric: "enforcement.deported", value: "12000", qualifier: .approx), Expect(metric: "enforcement.deported", value: "3000")]),
        Case(sentence: "52,000 foreigners of illegal entry, illegal residence and illegal employment were investigated and punished.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "52000")]),
        // Word-for-word subjects: 接通电话 "telephone … through", 外国人 "the foreigner", 外国人签证证件
        // "foreigner visa documents" after 签发 "signed", 来往内地（大陆）通行证 "… (mainland) pass",
        // 免签入境 "entered through visa-free".
        Case(sentence: "The 12367 platform received telephone 2.41 million through.",
             facts: [Expect(metric: "services.hotline_calls", value: "2410000")]),
        Case(sentence: "Among them, the mainland residents 3012.4 ten thousand person-times, the foreigner 731.4 ten thousand person-times.",
             facts: [Expect(metric: "people.mainland", value: "30124000"), Expect(metric: "people.foreigners", value: "7314000")]),
        Case(sentence: "Signed 1.93 million foreigner visa documents.",
             facts: [Expect(metric: "documents.visas", value: "1930000")]),
        Case(sentence: "Issued Hong Kong, Macao and Taiwan residents traveled to and from the mainland (mainland) pass 610,000 pieces, an increase of 12.5% year-on-year.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "610000", yoy: "12.5")]),
        Case(sentence: "Issued 2.95 million Hong Kong and Macao residents to and from the mainland (mainland) pass.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2950000")]),
        Case(sentence: "Officers issued 2.1 million passports, and inspected 88.2 million Hong Kong, Macao and Taiwan residents to and from the mainland.",
             facts: [Expect(metric: "documents.passports", value: "2100000"), Expect(metric: "people.hkmt", value: "88200000")]),
        Case(sentence: "Among the foreigners entering the country, 8.9 million people entered through visa-free.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "8900000")]),
        Case(sentence: "In 2024, the number of people entering and leaving the country was 651.2 million.",
             facts: [Expect(metric: "people.total", value: "651200000")]),
        // The three illegals in the Chinese order, before the noun: "illegal employment foreigners".
        Case(sentence: "Checked and handled 61,000 illegal entry, illegal residence and illegal employment foreigners.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "61000")]),
        Case(sentence: "The police found 23,000 illegal employment foreigners across the country.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "23000")]),
        // 窝点 as "nests"; 身份认证 as "identity certification".
        Case(sentence: "Border police destroyed 655 transit nests of smuggling gangs.",
             facts: [Expect(metric: "enforcement.transit_dens", value: "655")]),
        Case(sentence: "Smashed 1,130 criminal gangs, destroyed 702 transit nests.",
             facts: [Expect(metric: "enforcement.gangs", value: "1130"), Expect(metric: "enforcement.transit_dens", value: "702")]),
        Case(sentence: "The ports provided 41.2 million times of free identity certification services to Chinese and foreign travellers.",
             facts: [Expect(metric: "services.identity_verifications", value: "41200000")]),
        // A counter after the figure that repeats the subject's last word: the subject before it rules.
        Case(sentence: "Checked transport tools 10.2 million times; among them motor vehicles 9,620,000 vehicles.",
             facts: [Expect(metric: "vehicles.total", value: "10200000"), Expect(metric: "vehicles.motor", value: "9620000")]),
        Case(sentence: "Inspected conveyances 3.1 million times, of which motor vehicles 2.7 million vehicles, aircraft 150,000 sorties.",
             facts: [Expect(metric: "vehicles.total", value: "3100000"), Expect(metric: "vehicles.motor", value: "2700000"), Expect(metric: "vehicles.aircraft", value: "150000")]),
        // 妨害国（边）境管理犯罪案件 word for word.
        Case(sentence: "Investigated 4,300 cases of criminal obstruction of national (border) management.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "4300")]),
        Case(sentence: "The police cracked 1,250 cases of criminal obstruction of border management in the year.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "1250")]),
        // 起 as "rise", 来电 as "the call", 妨害国（边）境管理犯罪 ending in "crime" before the figure.
        Case(sentence: "Handled the case of hampering national (border) border management crime more than 28,000 rise.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "28000", qualifier: .atLeast)]),
        Case(sentence: "Investigated obstructing frontier management crime 9,120 rise, captured suspects 13,400 name.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "9120"), Expect(metric: "enforcement.suspects", value: "13400")]),
        Case(sentence: "The 12367 hotline answered the call 3.8 million times.",
             facts: [Expect(metric: "services.hotline_calls", value: "3800000")]),
        // 万 left as "10,000" after a figure with decimals: read, a plain fact with a note.
        Case(sentence: "The 12367 service platform received the call 512.3 10,000 times.",
             facts: [Expect(metric: "services.hotline_calls", value: "5123000")]),
        Case(sentence: "The whole year issued ordinary passport 2204.5 10,000 copies.",
             facts: [Expect(metric: "documents.passports", value: "22045000")]),
        // The Chinese clause marks left in the English (，。；％): English commas, so a list's
        // labels keep their own figures.
        Case(sentence: "Checked transport means 5.21 million times，up 12.5％ year on year。Of which airplanes 141，000 sorties，trains 17，500，ships 86，000，motor vehicles 4.97 million。",
             facts: [Expect(metric: "vehicles.total", value: "5210000", yoy: "12.5"), Expect(metric: "vehicles.aircraft", value: "141000"),
                     Expect(metric: "vehicles.trains", value: "17500"), Expect(metric: "vehicles.ships", value: "86000"),
                     Expect(metric: "vehicles.motor", value: "4970000")]),
        Case(sentence: "Seized guns 512，bullets 21，300；smashed criminal gangs 305。",
             facts: [Expect(metric: "enforcement.guns", value: "512"), Expect(metric: "enforcement.bullets", value: "21300"),
                     Expect(metric: "enforcement.gangs", value: "305")]),
        // Each item's measure noun repeats its label ("Trains 8,000 Trains, Ships 47,000 Ships"): the
        // label after the comma is the next figure's, and the noun before it is no part of that label.
        Case(sentence: "Inspected Means Of Transport 2.05 Million Times, Up 6.1% Year-On-Year, of which Aircraft 44,000 Sorties, Trains 8,000 Trains, Ships 47,000 Ships, motor Vehicles 1.951 Million Vehicles.",
             facts: [Expect(metric: "vehicles.total", value: "2050000", yoy: "6.1"), Expect(metric: "vehicles.aircraft", value: "44000"),
                     Expect(metric: "vehicles.trains", value: "8000"), Expect(metric: "vehicles.ships", value: "47000"),
                     Expect(metric: "vehicles.motor", value: "1951000")]),
        Case(sentence: "Checked conveyances 3.1 million times, among them trains 12,500 trains, ships 61,000 ships.",
             facts: [Expect(metric: "vehicles.total", value: "3100000"), Expect(metric: "vehicles.trains", value: "12500"),
                     Expect(metric: "vehicles.ships", value: "61000")]),
        // Words ruling a metric out, after a name written with commas ("Hong Kong, Macao and Taiwan"):
        // the name's commas end no clause, so they still rule it out.
        Case(text: "52.3 million mainland residents going to and from Hong Kong, Macao and Taiwan permits endorsements (pieces) were issued.",
             facts: [], absent: ["people.mainland"]),
        Case(text: "Issued 8.7 million mainland residents traveling to Hong Kong, Macao and Taiwan documents in the first half.",
             facts: [], absent: ["people.mainland"]),
        Case(sentence: "Of these, 81.2 million mainland residents crossed to and from Hong Kong, Macao and Taiwan, up 12.4%.",
             facts: [Expect(metric: "people.mainland", value: "81200000", yoy: "12.4")]),
        // An exclusion word ("verifications") in the label of the next figure, "of" between: that figure's
        // label ("verifications of identity 5.3 million"), no exclusion of the requests before it.
        Case(sentence: "The government service platform handled 27.8 million requests and verifications of identity 5.3 million.",
             facts: [Expect(metric: "services.platform_requests", value: "27800000"), Expect(metric: "services.identity_verifications", value: "5300000")]),
        Case(sentence: "The online service platform answered 13.6 million enquiries and verification of identity 2.9 million times.",
             facts: [Expect(metric: "services.platform_requests", value: "13600000"), Expect(metric: "services.identity_verifications", value: "2900000")]),
        // 出入境交通运输工具 word for word as "entry and exit of transport".
        Case(sentence: "Inspection of entry and exit of transport 28.61 million, year-on-year growth 7.3 %.",
             facts: [Expect(metric: "vehicles.total", value: "28610000", yoy: "7.3")]),
        Case(sentence: "Checked exit and entry of transport 3.9 million times in the quarter.",
             facts: [Expect(metric: "vehicles.total", value: "3900000")]),
        // 普通护照 with the adjective after the noun ("passports ordinary").
        Case(sentence: "Passports ordinary issued 5.12 million in the quarter.",
             facts: [Expect(metric: "documents.passports", value: "5120000")]),
        Case(sentence: "The public security organs issued passports ordinary 19.3 million.",
             facts: [Expect(metric: "documents.passports", value: "19300000")]),
        // "Government services" (政务服务) heading the platform's figures, the platform named only as "the platform".
        Case(sentence: "Government services: the platform provided 38.2 million consultation services and 11.4 million identity verifications.",
             facts: [Expect(metric: "services.platform_requests", value: "38200000"), Expect(metric: "services.identity_verifications", value: "11400000")]),
        Case(sentence: "In government services, the platform answered 15.7 million inquiries.",
             facts: [Expect(metric: "services.platform_requests", value: "15700000")]),
        // A verb-first list ("Issued A n; B m; C k"): the verb opening the first item is every later item's.
        Case(sentence: "Issued ordinary passports 21.4 million; visas and visa documents to foreigners 1.82 million; port visas 640,000.",
             facts: [Expect(metric: "documents.passports", value: "21400000"), Expect(metric: "documents.visas", value: "1820000"),
                     Expect(metric: "documents.port_visas", value: "640000")]),
        Case(sentence: "Issued ordinary passports 12.6 million, permits for Hong Kong, Macao and Taiwan residents coming to the mainland 1.93 million.",
             facts: [Expect(metric: "documents.passports", value: "12600000"), Expect(metric: "documents.hkmt_resident_permits", value: "1930000")]),
        // A holder's name written with commas ("Hong Kong, Macao and Taiwan residents") between the verb
        // and the figure is one: the verb before it is the figure's clause's; word-for-word "the permits".
        Case(sentence: "The bureau issued Hong Kong, Macao and Taiwan residents to and from the mainland permits 51.2 ten thousand.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "512000")]),
        Case(sentence: "Issued ordinary passports 980,000; issued Hong Kong, Macao and Taiwan residents travelling to and from the mainland permits 366,000 pieces.",
             facts: [Expect(metric: "documents.passports", value: "980000"), Expect(metric: "documents.hkmt_resident_permits", value: "366000")]),
        Case(sentence: "Issued to mainland residents travelling to and from Hong Kong, Macao and Taiwan the permits 1870.5 ten thousand pieces.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "18705000")]),
        // 余 word for word after the figure ("740 more than criminal gangs"): at least that many of the
        // noun closing the clause; "more than" before a base or a year is a difference, no count.
        Case(sentence: "Smashed 740 more than criminal gangs, maintaining order at the border.",
             facts: [Expect(metric: "enforcement.gangs", value: "740", qualifier: .atLeast)]),
        Case(sentence: "Arrested criminal suspects 3.1 ten thousand people, captured 215 more than snakeheads.",
             facts: [Expect(metric: "enforcement.suspects", value: "31000"), Expect(metric: "enforcement.fugitives", value: "215", qualifier: .atLeast)]),
        Case(text: "Officers smashed 300 more than gangs in 2023.", facts: [], absent: ["enforcement.gangs"]),
        Case(text: "The police smashed 1,100 more than last year.", facts: [], absent: ["enforcement.gangs"]),
        // "permits and endorsements" with their destination and holders between them and the figure:
        // the combined figure, not the endorsements alone.
        Case(sentence: "Issued permits and endorsements to Hong Kong, Macao and Taiwan for mainland residents 64.2 million.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "64200000")]),
        Case(sentence: "Issued permits and endorsements to Hong Kong Macao Taiwan for mainland residents 71.9 million.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "71900000")]),
        // 案值 word for word ("case value") closing a crackdown's list: the smuggling cases' value,
        // the only amount the catalog counts; not a fraud or gambling case's.
        Case(sentence: "Seized drugs 2.1 tons, guns 240; case value 720 million yuan.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "2.1"), Expect(metric: "enforcement.guns", value: "240"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "720000000")]),
        Case(sentence: "The cases value reached CNY 1.05 billion in the year.",
             facts: [Expect(metric: "enforcement.smuggling_value_cny", value: "1050000000")]),
        Case(text: "Telecom fraud case value 3.4 billion yuan was recovered.", facts: [], absent: ["enforcement.smuggling_value_cny"]),
        // An exclusion word in the label of a later figure ("precursor chemicals 620 tons") rules
        // nothing out of the figure before it.
        Case(sentence: "Seized drugs 8.4 tons and precursor chemicals 415 tons in 3,900 drug cases.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "8.4"), Expect(metric: "enforcement.precursors_tonnes", value: "415"),
                     Expect(metric: "enforcement.drug_cases", value: "3900")]),
        Case(sentence: "Police seized narcotics 2.6 tons and drug precursors 98 tons.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "2.6"), Expect(metric: "enforcement.precursors_tonnes", value: "98")]),
        // 三非 word for word after the noun and "for": "foreigners for three non".
        Case(sentence: "Investigated 47,000 foreigners for three non, repatriated 19,000.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "47000"), Expect(metric: "enforcement.deported", value: "19000")]),
        Case(sentence: "The police checked 12,300 foreign nationals for three non in the quarter.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "12300")]),
        // A list whose separators were lost ("aircraft 58,000 trains 9,000 ships 71,000"): the words
        // between two figures are the next one's label, not the first one's noun.
        Case(sentence: "Checked conveyances 4.1 million times, of which aircraft 58,000 trains 9,000 ships 71,000 and motor vehicles 3.962 million.",
             facts: [Expect(metric: "vehicles.total", value: "4100000"), Expect(metric: "vehicles.aircraft", value: "58000"),
                     Expect(metric: "vehicles.trains", value: "9000"), Expect(metric: "vehicles.ships", value: "71000"),
                     Expect(metric: "vehicles.motor", value: "3962000")]),
        Case(sentence: "Among the vehicles inspected were aircraft 312,000, trains 14,000 ships 205,000 and motor vehicles 12.7 million.",
             facts: [Expect(metric: "vehicles.aircraft", value: "312000"), Expect(metric: "vehicles.trains", value: "14000"),
                     Expect(metric: "vehicles.ships", value: "205000"), Expect(metric: "vehicles.motor", value: "12700000")]),
        Case(sentence: "Inspected means of transport: ships 88,000 trains 16,500 aircraft 240,000.",
             facts: [Expect(metric: "vehicles.ships", value: "88000"), Expect(metric: "vehicles.trains", value: "16500"),
                     Expect(metric: "vehicles.aircraft", value: "240000")]),
        // Nouns left in the singular, as a word-for-word rendering writes them (枪支, 子弹).
        Case(sentence: "Seized drugs 7.9 tons, gun 930 pieces, bullet 41,000 rounds.",
             facts: [Expect(metric: "enforcement.drugs_tonnes", value: "7.9"), Expect(metric: "enforcement.guns", value: "930"),
                     Expect(metric: "enforcement.bullets", value: "41000")]),
        Case(sentence: "Gun 212 pieces were seized at the border.", facts: [Expect(metric: "enforcement.guns", value: "212")]),
        // The three illegals listed word for word before the figure, commas and all.
        Case(sentence: "Investigated foreigners illegal entry, illegal residence, illegal employment 61,000 person-times, repatriated 27,000 person-times.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "61000"), Expect(metric: "enforcement.deported", value: "27000")]),
        Case(sentence: "Investigated and dealt with foreigners of illegal stay, illegal employment 33,500 person-times.",
             facts: [Expect(metric: "enforcement.illegal_foreigners", value: "33500")]),
        // A list parted by semicolons with its changes after the last item: in order, one per item.
        Case(sentence: "Among them，mainland residents 51.2 million person times；Hong Kong，Macao and Taiwan residents 40.6 million person times；foreigners 8.4 million person times，increased respectively 35.1％，28.7％ and 142.3％。",
             facts: [Expect(metric: "people.mainland", value: "51200000", yoy: "35.1"), Expect(metric: "people.hkmt", value: "40600000", yoy: "28.7"),
                     Expect(metric: "people.foreigners", value: "8400000", yoy: "142.3")]),
        Case(sentence: "Mainland residents made 102 million trips; foreigners 21.5 million, up 18.4% and 60.2% respectively.",
             facts: [Expect(metric: "people.mainland", value: "102000000", yoy: "18.4"), Expect(metric: "people.foreigners", value: "21500000", yoy: "60.2")]),
    ]

    @Test(arguments: cases)
    func sentenceGivesFacts(_ c: Case) throws { try c.check() }

    /// 1.35亿 read as "1.35 billion": the parts stated in full add up to a tenth of it.
    @Test func totalTenTimesItsPartsIsFlagged() throws {
        let facts = try metricFacts("Officers checked 1.35 billion person-times, of which mainland residents 70.1 million person-times, Hong Kong, Macao and Taiwan residents 55.3 million person-times, foreigners 9.6 million person-times.")
        let total = try #require(facts.first { $0.metric == "people.total" })
        #expect(total.status == .flagged)
        #expect(facts.filter { $0.metric != "people.total" }.allSatisfy { $0.status == .reported })
    }

    /// 万 left as "10,000" after a figure with decimals: the fact is reported, and its note says how it was read.
    @Test func halfTranslatedTenThousandIsReadWithANote() throws {
        let f = try #require(try metricFacts("Checked the foreigners 1904.2 10,000 person-times.").first { $0.metric == "people.foreigners" })
        #expect(f.status == .reported && f.value == 19_042_000)
        #expect(f.note?.contains("万") == true)
    }

    /// 4.24亿 read as "2.424 billion": the three parts, all stated, add up to a sixth of it; no
    /// slip by a power of ten explains it, the total is flagged and the parts stand.
    @Test(arguments: ["Checked a total of 2.318 billion person-times of entry-exit personnel, among them mainland residents 150 million person-times, Hong Kong, Macao and Taiwan residents 131 million person-times, foreigners 37.6 million person-times.",
                      "Border officers checked 2.76 billion travellers; mainland residents made 88 million trips, Hong Kong, Macao and Taiwan residents 72 million and foreigners 15 million."])
    func totalFarAboveItsFullPartsIsFlagged(_ sentence: String) throws {
        let facts = try metricFacts(sentence)
        let total = try #require(facts.first { $0.metric == "people.total" })
        #expect(total.status == .flagged)
        #expect(total.note?.contains("less than half") == true)
        #expect(facts.filter { $0.metric != "people.total" }.count == 3)
        #expect(facts.filter { $0.metric != "people.total" }.allSatisfy { $0.status == .reported })
    }

    /// Parts not all stated, or a modest shortfall: a release may leave a category out.
    @Test(arguments: ["Officers checked 1.76 billion travellers; mainland residents made 880 million trips and foreigners 150 million.",
                      "Officers checked 305 million travellers; mainland residents made 150 million trips, Hong Kong, Macao and Taiwan residents 100 million and foreigners 30 million."])
    func partialOrCloseSumsLeaveTheTotal(_ sentence: String) throws {
        let total = try #require(try metricFacts(sentence).first { $0.metric == "people.total" })
        #expect(total.status == .reported)
    }

    /// Visa documents read a thousand times too large, beside the foreigners' crossings and their
    /// entries alone ("the entry of foreigners"): the entries are no second count of the
    /// foreigners, so the bound against the crossings flags the visas.
    @Test(arguments: ["Foreigners 20.4 million person-times. Foreigners entered through visa exemption 6.1 million person-times, accounting for 65% of the entry of foreigners 9.4 million person-times. Issued foreigners visa documents 612 million pieces.",
                      "Among them, foreigners 18.2 million person-times; the entries of foreigners 8.9 million person-times. Issued visas 530 million pieces."])
    func visasBeyondTheForeignersAreFlagged(_ text: String) throws {
        let facts = try metricFacts(text)
        #expect(facts.filter { $0.metric == "people.foreigners" }.count == 1)
        let f = try #require(facts.first { $0.metric == "documents.visas" })
        #expect(f.status == .flagged)
    }

    /// 3278万 read as "3,278 million": more identity checks than ten times the trips inspected.
    @Test(arguments: ["Throughout the year, travellers were provided 4,120 million times of free identity certification services.",
                      "Provided 5,306 million identity verification services for Chinese and foreign personnel."])
    func verificationsBeyondTheTripsAreFlagged(_ sentence: String) throws {
        let f = try #require(try metricFacts(sentence).first { $0.metric == "services.identity_verifications" })
        #expect(f.status == .flagged)
    }

    /// 6120.5万 read as "6120.5 million": more documents than the mainland has people.
    @Test func documentsBeyondThePopulationAreFlagged() throws {
        for sentence in ["The authorities issued documents and endorsement 6120.5 million pieces (times) for mainland residents to and from Hong Kong and Macao.",
                         "Ordinary passports issued reached 1,820.4 million."] {
            let facts = try metricFacts(sentence)
            let f = try #require(facts.first, "\(sentence)")
            #expect(f.status == .flagged, "\(sentence)")
        }
    }
}
