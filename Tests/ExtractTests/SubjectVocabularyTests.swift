import BriefingCore
import Foundation
import Testing
@testable import Extract
import Ingest

/// Subjects written in ways the catalog had to learn: names with commas between a subject and its
/// figure ("endorsements for visits to Hong Kong, Macao and Taiwan reached"), "… SAR, the Macao SAR
/// and Taiwan", "passport issuance", cases "of this kind", word-for-word translations ("crimes
/// cases", "identity verification service", "documents endorsement", "pass"), and a change in the
/// next sentence that names one earlier count. Invented sentences.
struct SubjectVocabularyTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        // "did so without a visa" after foreigners named earlier in the sentence counts visa-free
        // entries; after mainland residents, it does not.
        Case(sentence: "Of the foreigners who entered, 18.6 million did so without a visa, up 95.2 percent.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "18600000", yoy: "95.2")]),
        Case(sentence: "Among foreign nationals arriving in the first half, 9.4 million did so visa-free.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "9400000", period: "2024-H1")]),
        Case(sentence: "Of the foreign visitors who came to China in the year, 21.3 million did so without visas.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "21300000")]),
        Case(text: "Of the mainland residents who went abroad, 5.2 million did so without a visa.", facts: [],
             absent: ["people.visa_free_foreigners"]),
        // Identity and document verifications named together.
        Case(sentence: "The authorities provided 26.4 million identity and document verification services to foreigners and overseas Chinese.",
             facts: [Expect(metric: "services.identity_verifications", value: "26400000")]),
        Case(sentence: "A total of 30.5 million document and identity verification services were provided, up 7.1 percent.",
             facts: [Expect(metric: "services.identity_verifications", value: "30500000", yoy: "7.1")]),
        // Crossings or trips data "showed" are all crossings (a port that "handled" them is one place's);
        // vehicle crossings are not people.
        Case(sentence: "Figures from the administration showed 288.6 million crossings in the half, up 10.4% year on year.",
             facts: [Expect(metric: "people.total", value: "288600000", yoy: "10.4")]),
        Case(sentence: "The annual statistics showed 610 million trips over the year, up 9% on the year before.",
             facts: [Expect(metric: "people.total", value: "610000000", yoy: "9")]),
        Case(sentence: "The figures showed 153.2 million crossings, of which foreigners made 17 million.",
             facts: [Expect(metric: "people.total", value: "153200000"), Expect(metric: "people.foreigners", value: "17000000")]),
        Case(text: "Border officers inspected 26.7 million vehicle crossings.", facts: [], absent: ["people.total"]),
        // "trips" before the figure are all crossings; foreign trips or trips a document is for are not.
        Case(sentence: "In the third quarter, trips totalled 171.4 million, up 8.2 percent year-on-year.",
             facts: [Expect(metric: "people.total", value: "171400000", yoy: "8.2", period: "2024-Q3")]),
        Case(text: "Foreign trips totalled 17.4 million.", facts: [Expect(metric: "people.foreigners", value: "17400000")], absent: ["people.total"]),
        Case(text: "Endorsements for these trips: 61.2 million.", facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "61200000")],
             absent: ["people.total"]),
        // A part of the year that "recorded" crossings; foreigners' trips in the possessive.
        Case(sentence: "Traffic picked up: the third quarter recorded 172.6 million crossings, up 11.3%.",
             facts: [Expect(metric: "people.total", value: "172600000", yoy: "11.3", period: "2024-Q3")]),
        Case(sentence: "Foreigners' trips were 64.9 million, up 82.9%.",
             facts: [Expect(metric: "people.foreigners", value: "64900000", yoy: "82.9")]),
        Case(sentence: "Foreign nationals' trips came to 64.9 million over the year.",
             facts: [Expect(metric: "people.foreigners", value: "64900000")]),
        // A breakdown naming mainland residents beside foreigners counts crossings of both.
        Case(sentence: "By category: mainland residents 301.2 million (+9.4%), foreigners 64.8 million (+22.1%).",
             facts: [Expect(metric: "people.mainland", value: "301200000", yoy: "9.4"), Expect(metric: "people.foreigners", value: "64800000", yoy: "22.1")]),
        // "ordinary passports" alone names issuance; seized or forged ones do not.
        Case(sentence: "Documents: 21.3 million ordinary passports (+5.2%); 1.88 million visas and documents to foreigners (+9.9%).",
             facts: [Expect(metric: "documents.passports", value: "21300000", yoy: "5.2"), Expect(metric: "documents.visas", value: "1880000", yoy: "9.9")]),
        Case(text: "Officers seized 3,200 forged ordinary passports.", facts: [], absent: ["documents.passports"]),
        Case(text: "By the end of the year, residents held 142 million valid ordinary passports.", facts: [], absent: ["documents.passports"]),
        // A stock of passports held, even when the clause names issuance to deny it, is no year's issuance.
        Case(text: "Citizens hold ordinary passport total number reached 1.52 hundred million, a year-end stock rather than the annual issue.", facts: [], absent: ["documents.passports"]),
        Case(text: "The number of people holding an ordinary passport issued by the authorities rose to 160 million.", facts: [], absent: ["documents.passports"]),
        Case(text: "Ordinary passport holders issued with the new chip version totalled 95 million.", facts: [], absent: ["documents.passports"]),
        // "international and regional flights": two modifiers joined by "and" before the noun.
        Case(sentence: "Officers checked 8.4 million means of transport, including 231,000 international and regional flights.",
             facts: [Expect(metric: "vehicles.total", value: "8400000"), Expect(metric: "vehicles.aircraft", value: "231000")]),
        Case(sentence: "Border inspectors cleared 574,000 international and regional flights, up 11.2% from a year earlier.",
             facts: [Expect(metric: "vehicles.aircraft", value: "574000", yoy: "11.2")]),
        // "Taiwanese" for Taiwan: the same residents, in a list or a clause of their own.
        Case(sentence: "Of the crossings, 171 million were made by mainland residents, Hong Kong, Macao and Taiwanese residents for 132 million and foreigners for 38 million.",
             facts: [Expect(metric: "people.mainland", value: "171000000"), Expect(metric: "people.hkmt", value: "132000000"),
                     Expect(metric: "people.foreigners", value: "38000000")]),
        Case(sentence: "Residents of the mainland made 96 million trips, while Hong Kong, Macau and Taiwanese residents crossed 70.2 million times.",
             facts: [Expect(metric: "people.mainland", value: "96000000"), Expect(metric: "people.hkmt", value: "70200000")]),
        // "sacrificed in the line of duty" (牺牲 word for word) is a death on duty; giving up a holiday is not.
        Case(sentence: "Over the year, police and auxiliary police, 8 people sacrificed in the line of duty, 217 people injured.",
             facts: [Expect(metric: "personnel.deaths", value: "8"), Expect(metric: "personnel.injured", value: "217")]),
        Case(sentence: "Some 12 volunteers sacrificed their holidays to staff the counters.", facts: []),
        // Word-for-word 往来港澳台通行证: "to and from Hong Kong, Macao and Taiwan permits" after the holders.
        Case(sentence: "Officers issued mainland residents travel to and from Hong Kong, Macao and Taiwan permits 34.95 million pieces.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "34950000")]),
        // Foreigners who "came in without visas" entered visa-free.
        Case(sentence: "Of the foreigners entering, 4.66 million came in without visas.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "4660000")]),
        // "trips were made", "crossings were made": the crossings of everyone, in a passive with no inspection word.
        Case(sentence: "Over the year, 330 million trips were made, up 15.8 percent.",
             facts: [Expect(metric: "people.total", value: "330000000", yoy: "15.8")]),
        Case(sentence: "52 million crossings were made, while foreigners made 9 million trips.",
             facts: [Expect(metric: "people.total", value: "52000000"), Expect(metric: "people.foreigners", value: "9000000")]),
        // A speaker's "colleagues" who "gave their lives" died on duty; those injured stay injured.
        Case(sentence: "Five of our colleagues gave their lives on the front line this year, and 37 colleagues were injured.",
             facts: [Expect(metric: "personnel.deaths", value: "5"), Expect(metric: "personnel.injured", value: "37")]),
        Case(sentence: "Two colleagues died while on duty.", facts: [Expect(metric: "personnel.deaths", value: "2")]),
        Case(sentence: "We welcomed 140 colleagues from 30 partner agencies to the forum.", facts: []),
        // Cases "listed for supervision" (挂牌督办) are major cases, with "as major cases" after or not.
        Case(sentence: "Thirty-eight cases were listed for supervision as major cases by the ministry.",
             facts: [Expect(metric: "enforcement.major_cases", value: "38")]),
        Case(sentence: "Another 140 cases were put under supervision by the administration.",
             facts: [Expect(metric: "enforcement.major_cases", value: "140")]),
        // Bulletin items that name their documents without a verb: the permits' own words say which.
        Case(sentence: "3. Exit-entry permits for mainland residents travelling to and from Hong Kong, Macao and Taiwan: 3.4 million; endorsements: 7.7 million.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "3400000"),
                     Expect(metric: "documents.mainland_hkmt_endorsements", value: "7700000")]),
        Case(sentence: "4. Permits for Hong Kong, Macao and Taiwan residents travelling to and from the mainland: 1.46 million.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "1460000")]),
        Case(sentence: "Online gov-service platform: 27.9 mn requests.",
             facts: [Expect(metric: "services.platform_requests", value: "27900000")]),
        Case(sentence: "Six officers died in the line of duty; 83 more were injured.",
             facts: [Expect(metric: "personnel.deaths", value: "6"), Expect(metric: "personnel.injured", value: "83")]),
        // A name written with commas stands inside the subject.
        Case(sentence: "Endorsements issued for visits to Hong Kong, Macao and Taiwan reached 88.4 million, up 6.1 percent.",
             facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "88400000", yoy: "6.1")]),
        Case(sentence: "Passport issuance came to 6.2 million, while endorsements for trips to Hong Kong, Macau and Taiwan came to 31.7 million.",
             facts: [Expect(metric: "documents.passports", value: "6200000"),
                     Expect(metric: "documents.mainland_hkmt_endorsements", value: "31700000")]),
        Case(sentence: "Ordinary passport issuance totalled 14.9 million, up 8.8 percent year on year.",
             facts: [Expect(metric: "documents.passports", value: "14900000", yoy: "8.8")]),
        Case(sentence: "Mainland residents accounted for 150 million of the trips, residents of the Hong Kong SAR, the Macao SAR and Taiwan for about 120 million, and foreigners for 30 million.",
             facts: [Expect(metric: "people.mainland", value: "150000000"),
                     Expect(metric: "people.hkmt", value: "120000000", qualifier: .approx),
                     Expect(metric: "people.foreigners", value: "30000000")]),
        // "foreign-national crossings" (hyphenated) count foreigners, not every crossing.
        Case(sentence: "Foreign-national crossings reached 17.3 million, up 51.2 percent.",
             facts: [Expect(metric: "people.foreigners", value: "17300000", yoy: "51.2")]),
        Case(sentence: "Of all trips, foreign-national border crossings numbered 9.4 million.",
             facts: [Expect(metric: "people.foreigners", value: "9400000")]),
        // Crossings "registered", and residents "of mainland China".
        Case(sentence: "Border officers registered 512.4 million crossings of the national border in 2024, up 8.8% on the year before.",
             facts: [Expect(metric: "people.total", value: "512400000", yoy: "8.8")]),
        Case(sentence: "Of these, 250.3 million crossings were made by residents of mainland China, up 9.1% year on year.",
             facts: [Expect(metric: "people.mainland", value: "250300000", yoy: "9.1")]),
        // A counted noun of two words before "were made by" its subject.
        Case(sentence: "According to the agency, 48.2 million border crossings were made by foreign nationals, up 71.5 percent.",
             facts: [Expect(metric: "people.foreigners", value: "48200000", yoy: "71.5")]),
        // Crossings the border authorities handled are the inspections.
        Case(sentence: "Border authorities handled 402 150 000 crossings in 2024, up 9.7 per cent on the year before.",
             facts: [Expect(metric: "people.total", value: "402150000", yoy: "9.7")]),
        // A base "compared with just …" is the earlier year's figure of the same count.
        Case(text: "Officers issued 2.4 million port visas in 2024, compared with just 0.9 million in 2023.",
             facts: [Expect(metric: "documents.port_visas", value: "2400000"), Expect(metric: "documents.port_visas", value: "900000", period: "2023")]),
        Case(text: "Police cracked 3,900 drug cases in 2024, against only 2,100 in 2023.",
             facts: [Expect(metric: "enforcement.drug_cases", value: "3900"), Expect(metric: "enforcement.drug_cases", value: "2100", period: "2023")]),
        // "N of them" after a noun named earlier in the sentence counts a part of it.
        Case(sentence: "In the hunt for fugitive snakeheads abroad, 312 of them were caught and brought back.",
             facts: [Expect(metric: "enforcement.fugitives", value: "312")]),
        // Cases "such" or "of this kind" after a sentence that named them.
        Case(sentence: "Border police solved 3,120 such criminal cases, up 12 percent.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "3120", yoy: "12")]),
        Case(sentence: "More than 9,000 criminal cases of this type were handled, and 12,400 suspects were caught.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "9000", qualifier: .atLeast),
                     Expect(metric: "enforcement.suspects", value: "12400")]),
        Case(sentence: "Some 7,600 criminal cases of this kind were investigated.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "7600", qualifier: .approx)]),
        // Word-for-word machine translation.
        Case(sentence: "The organs handled hinder border management crimes cases 3.6 ten thousand, arrested criminal suspects 5.2 ten thousand people.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "36000"), Expect(metric: "enforcement.suspects", value: "52000")]),
        Case(sentence: "The platform provided overseas Chinese and foreigners identity verification service 1520.6 ten thousand times.",
             facts: [Expect(metric: "services.identity_verifications", value: "15206000")]),
        Case(sentence: "Issued mainland residents to and from Hong Kong, Macao and Taiwan documents endorsement 1.42 100 million pieces (pieces) times, a year-on-year increase of 12.3%.",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "142000000", yoy: "12.3")]),
        Case(sentence: "Issued Taiwan residents to and from the mainland pass 41.2 ten thousand pieces.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "412000")]),
        // Visa-free entries "by" foreigners.
        Case(sentence: "Visa-free entries by foreign nationals reached 14.2 million, up 31 percent, or 64 percent of all foreign entries.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "14200000", yoy: "31")]),
        Case(sentence: "Visa-free arrivals by foreigners came to 2.6 million.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "2600000")]),
        // An infographic's "98.9% satisfied": the satisfaction rate.
        Case(sentence: "12367 hotline: 98.9% satisfied",
             facts: [Expect(metric: "services.hotline_satisfaction", value: "98.9")]),
        Case(sentence: "Of the public who called the service, 99.2% were satisfied.",
             facts: [Expect(metric: "services.hotline_satisfaction", value: "99.2")]),
        // A machine translation drops the article: "without visa".
        Case(sentence: "A total of 5.3 million foreigners entered the country without visa, up 22.4% year on year.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "5300000", yoy: "22.4")]),
        Case(sentence: "Foreigners who came in without visas made 3.1 million entries.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "3100000")]),
        // Officers who died and officers who were injured in one clause: the verb after each figure decides.
        Case(sentence: "Four police officers died and 61 police officers were injured on duty.",
             facts: [Expect(metric: "personnel.deaths", value: "4"), Expect(metric: "personnel.injured", value: "61")]),
        Case(sentence: "Eleven police officers and auxiliary police were injured and two died.",
             facts: [Expect(metric: "personnel.injured", value: "11"), Expect(metric: "personnel.deaths", value: "2")]),
        Case(sentence: "Six police officers and auxiliary officers lost their lives on duty and 48 were wounded.",
             facts: [Expect(metric: "personnel.deaths", value: "6"), Expect(metric: "personnel.injured", value: "48")]),
        // Permits for Hong Kong, Macao and Taiwan residents, the recipients after the figure (a PDF
        // copy's sentence once its lines are joined, and others).
        Case(sentence: "A total of 630,000 permits were issued to Hong Kong, Macao and Taiwan residents for travelling to and from the mainland.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "630000")]),
        Case(sentence: "Some 412,000 permits were granted to Taiwan residents for travel to and from the mainland.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "412000", qualifier: .approx)]),
        Case(sentence: "The administrations issued 2.2 million permits to residents of Hong Kong, Macao and Taiwan travelling to and from the mainland, up 9 percent.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2200000", yoy: "9")]),
        // A change alone in the next sentence names which earlier count it belongs to.
        Case(text: "Officers inspected 2.4 million conveyances, among them 310,000 aircraft, 55,000 trains and 2.03 million motor vehicles. The number of trains inspected rose by 11.2 percent.",
             facts: [Expect(metric: "vehicles.total", value: "2400000"), Expect(metric: "vehicles.aircraft", value: "310000"),
                     Expect(metric: "vehicles.trains", value: "55000", yoy: "11.2"), Expect(metric: "vehicles.motor", value: "2030000")]),
        Case(text: "The administrations issued 9.1 million ordinary passports and 1.3 million visas. Passports were up 14 percent on the year before.",
             facts: [Expect(metric: "documents.passports", value: "9100000", yoy: "14"), Expect(metric: "documents.visas", value: "1300000")]),
        // Not to a count the sentence does not name, nor one of another place or period.
        Case(text: "Officers inspected 1.2 million aircraft and 80,000 trains. The number of aircraft inspected at Shanghai Pudong International Airport grew by 8 per cent.",
             facts: [Expect(metric: "vehicles.aircraft", value: "1200000"), Expect(metric: "vehicles.trains", value: "80000")]),
        Case(text: "Officers inspected 1.2 million aircraft and 80,000 trains. The number of aircraft inspected in December grew by 8 per cent.",
             facts: [Expect(metric: "vehicles.aircraft", value: "1200000"), Expect(metric: "vehicles.trains", value: "80000")]),
        Case(text: "Officers inspected 310,000 aircraft and 55,000 trains. The number of ships grew by 4 percent.",
             facts: [Expect(metric: "vehicles.aircraft", value: "310000"), Expect(metric: "vehicles.trains", value: "55000")]),
        // Foreigners who came without a visa; foreign crossings; a period named back between a
        // subject and its figure.
        Case(sentence: "Of the foreigners arriving, 6.1 million came without a visa, up 88 percent.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "6100000", yoy: "88")]),
        Case(sentence: "Some 4.4 million foreign visitors arrived without visas in 2024.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "4400000", qualifier: .approx)]),
        Case(sentence: "Foreign crossings reached 61.4 million in 2024, up 40 percent.",
             facts: [Expect(metric: "people.foreigners", value: "61400000", yoy: "40")]),
        Case(sentence: "Crossings by foreign nationals in the year came to 59.3 million.",
             facts: [Expect(metric: "people.foreigners", value: "59300000")]),
        Case(sentence: "Ordinary passports issued during the period totalled 18.2 million.",
             facts: [Expect(metric: "documents.passports", value: "18200000")]),
        Case(sentence: "In the first half, 143 million people crossed the border, and foreign crossings in the half-year reached 30.2 million, up 120 percent.",
             facts: [Expect(metric: "people.total", value: "143000000", period: "2024-H1"),
                     Expect(metric: "people.foreigners", value: "30200000", yoy: "120", period: "2024-H1")]),
        // Verbs and nouns a count may come with: "knocking out" gangs, "seizures" of guns, calls
        // "answered", crossings "logged"; "only" between a subject and its figure.
        Case(sentence: "Over the year, the police launched three campaigns, knocking out 275 criminal gangs.",
             facts: [Expect(metric: "enforcement.gangs", value: "275")]),
        Case(sentence: "Seizures over the year included 1,460 guns and 58,000 bullets.",
             facts: [Expect(metric: "enforcement.guns", value: "1460"), Expect(metric: "enforcement.bullets", value: "58000")]),
        Case(text: "ON THE PHONE\n\n1.95m calls answered", facts: [Expect(metric: "services.hotline_calls", value: "1950000")]),
        Case(sentence: "Foreign nationals made only 3.1 million crossings.",
             facts: [Expect(metric: "people.foreigners", value: "3100000")]),
        Case(sentence: "Border officers logged 660.3 million crossings in 2024.",
             facts: [Expect(metric: "people.total", value: "660300000")]),
        Case(sentence: "Border police logged 1,200 illegal crossings in 2024.", facts: []),
        // Guns and rounds of ammunition counted without a verb (an infographic's line) are seizures;
        // guns officers carry, or train with, are none.
        Case(text: "KEEPING IT SAFE\n\n450 guns | 18,000 rounds of ammunition",
             facts: [Expect(metric: "enforcement.guns", value: "450"), Expect(metric: "enforcement.bullets", value: "18000")]),
        Case(text: "Some 1,200 armed officers carrying guns patrolled the border in 2024.", facts: [], absent: ["enforcement.guns"]),
        Case(text: "Police held 35 shooting training sessions with 900 firearms in 2024.", facts: [], absent: ["enforcement.guns"]),
        // A rounded figure restated exactly in the next sentence: the exact one is the fact.
        Case(text: "Nearly 610 million inbound and outbound trips were recorded in 2024.\n\nThe precise count was 608.2 million trips, up 12.1 percent.",
             facts: [Expect(metric: "people.total", value: "608200000", yoy: "12.1")]),
        Case(text: "Border officers inspected about 36 million vehicles in 2024. To be precise, 35.87 million vehicles were inspected.",
             facts: [Expect(metric: "vehicles.total", value: "35870000")]),
        // A headline's figure cut to the million and the body's exact one with its change: one fact, the finer.
        Case(text: "Crossings reach 612 million in 2024\n\nOfficers processed 612.4 million trips in and out of the country in 2024, up 44.4 percent.",
             facts: [Expect(metric: "people.total", value: "612400000", yoy: "44.4")]),
        Case(text: "Officers inspected 32.61 million vehicles in 2024, up 38.8 percent.\n\nAll told, 33 million vehicles were inspected in 2024.",
             facts: [Expect(metric: "vehicles.total", value: "32610000", yoy: "38.8")]),
        // Trips "in and out of the country"; a mode that "made up" or "accounted for" a part of the vehicles.
        Case(sentence: "Border police checked 598.7 million journeys in and out of the country in 2024.",
             facts: [Expect(metric: "people.total", value: "598700000")]),
        Case(text: "Officers inspected 31.2 million vehicles in 2024. Motor vehicles made up 29.6 million of them.",
             facts: [Expect(metric: "vehicles.total", value: "31200000"), Expect(metric: "vehicles.motor", value: "29600000")]),
        Case(text: "Officers inspected 31.2 million vehicles in 2024. Aircraft accounted for 880,000.",
             facts: [Expect(metric: "vehicles.total", value: "31200000"), Expect(metric: "vehicles.aircraft", value: "880000")]),
        // Travel permits for residents of Hong Kong, Macao and Taiwan are theirs, not mainland residents'.
        Case(sentence: "It issued 980,000 travel permits for Hong Kong, Macao and Taiwan residents to come to the mainland, down 12.4 percent.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "980000", yoy: "-12.4")]),
        // A relative clause set off by commas is an aside between a subject and its figure.
        Case(sentence: "Port visas, which let visitors get a visa at the border, were issued to 631,000 people in 2024.",
             facts: [Expect(metric: "documents.port_visas", value: "631000")]),
        Case(sentence: "Visa-free entries, which rose sharply after the policy was widened, reached 20.1 million, up 112 percent.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "20100000", yoy: "112")]),
        Case(sentence: "Foreign nationals, who came mostly from Asia, made 72.4 million crossings.",
             facts: [Expect(metric: "people.foreigners", value: "72400000")]),
        // A visa "on arrival at the port" is a port visa of any port; "at the port of Xiamen" is one place.
        Case(sentence: "In 2024, about 512,000 foreign visitors were granted a visa on arrival at the port.",
             facts: [Expect(metric: "documents.port_visas", value: "512000", qualifier: .approx)]),
        Case(text: "At the port of Xiamen, 21,000 foreigners were issued port visas.", facts: [], absent: ["documents.port_visas"]),
        // "The same period" is a base, not the figure's period.
        Case(sentence: "Foreign crossings in the same period of 2023 reached 26.1 million.", facts: []),
        // Entries "made without a visa" or "visa-free" after the noun; permits "to and from the mainland"
        // that residents "obtained"; persons served through the platform.
        Case(sentence: "About 14.7 million entries by foreigners were made without a visa, up 36 percent.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "14700000", yoy: "36", qualifier: .approx)]),
        Case(sentence: "Of these, 9.8 million entries were visa-free.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "9800000")]),
        Case(sentence: "Taiwan residents obtained 410,000 travel permits to and from the mainland.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "410000")]),
        Case(sentence: "Some 52.6 million persons were served through the online platform of the administration.",
             facts: [Expect(metric: "services.platform_requests", value: "52600000", qualifier: .approx)]),
        Case(sentence: "The government service platform handled requests from 47.2 million persons.",
             facts: [Expect(metric: "services.platform_requests", value: "47200000")]),
        // A body that lists or supervises cases does not own the figure; one that reports it does.
        Case(sentence: "Police broke up 1,800 criminal gangs and handled 240 major cases supervised by the Ministry of Public Security.",
             facts: [Expect(metric: "enforcement.gangs", value: "1800"), Expect(metric: "enforcement.major_cases", value: "240")]),
        Case(sentence: "Officers smashed 950 gangs; 180 major cases were listed for supervision by the Ministry of Public Security.",
             facts: [Expect(metric: "enforcement.gangs", value: "950"), Expect(metric: "enforcement.major_cases", value: "180")]),
        Case(sentence: "The Ministry of Public Security said police smashed 950 gangs.", facts: []),
        // Parts of the sentence before's total, one of them matched alone: "… for 31 million" counts its group.
        Case(text: "Officers inspected 402 million people crossing the border. Mainland residents accounted for 210 million and foreign nationals for 31 million.",
             facts: [Expect(metric: "people.total", value: "402000000"), Expect(metric: "people.mainland", value: "210000000"),
                     Expect(metric: "people.foreigners", value: "31000000")]),
        Case(text: "Officers inspected 402 million people crossing the border. Mainland residents accounted for 210 million and residents of Hong Kong, Macao and Taiwan for 31 million.",
             facts: [Expect(metric: "people.total", value: "402000000"), Expect(metric: "people.mainland", value: "210000000"),
                     Expect(metric: "people.hkmt", value: "31000000")]),
        Case(text: "Officers inspected 402 million people crossing the border. Mainland residents accounted for 210 million and students for 31 million.",
             facts: [Expect(metric: "people.total", value: "402000000"), Expect(metric: "people.mainland", value: "210000000")]),
        // Slide bullets: groups parted by slashes, "+" between documents, a hyphenated "border-management".
        Case(text: "• Border crossings: 201.4M ↑ 5.2%\n   – Hong Kong / Macau / Taiwan residents: 88.2M ↑ 2.9%",
             facts: [Expect(metric: "people.total", value: "201400000", yoy: "5.2"),
                     Expect(metric: "people.hkmt", value: "88200000", yoy: "2.9")]),
        Case(text: "• Permits + endorsements issued to mainland residents for HK and Macao: 30.1M",
             facts: [Expect(metric: "documents.mainland_hkmt_combined", value: "30100000")]),
        Case(text: "• 12,300 border-management criminal cases handled",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "12300")]),
        // "&" and "/" inside a bullet's label read as "and": the label's opening subject names it.
        Case(text: "• Visas & residence papers for foreign nationals: 615,000 (↑21.5% y/y)",
             facts: [Expect(metric: "documents.visas", value: "615000", yoy: "21.5")]),
        Case(text: "• Visas/residence permits for foreigners: 1.1M (+12.0%)",
             facts: [Expect(metric: "documents.visas", value: "1100000", yoy: "12")]),
        // Identity "checks" on a verification platform; border officers' identity checks are crossings.
        Case(sentence: "The verification platform carried out 12.4 million identity checks for foreigners and overseas Chinese, up 5 percent.",
             facts: [Expect(metric: "services.identity_verifications", value: "12400000", yoy: "5")]),
        Case(sentence: "Its online platform ran 8.1 million identity checks for Hong Kong and Macao residents.",
             facts: [Expect(metric: "services.identity_verifications", value: "8100000")]),
        Case(text: "Border officers ran identity checks on 3.2 million travellers at the land ports in 2024.", facts: [],
             absent: ["services.identity_verifications"]),
        // Permits "to travel to", "for travel to", "to visit" the mainland are the residents' of Hong Kong, Macao and Taiwan.
        Case(sentence: "For Taiwan residents, 520,000 permits to visit the mainland were issued.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "520000")]),
        Case(sentence: "The authorities issued 2.1 million permits for travel to the mainland, up 6.5 percent.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "2100000", yoy: "6.5")]),
        Case(sentence: "Residents of Hong Kong and Macao were issued 1.7 million permits to travel to the mainland.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "1700000")]),
        // Permits and endorsements sharing one verb and their recipients after the second count.
        Case(sentence: "A total of 1.75 million permits and 9.8 million endorsements were issued to mainland residents for travelling to and from Hong Kong and Macao.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "1750000"),
                     Expect(metric: "documents.mainland_hkmt_endorsements", value: "9800000")]),
        Case(sentence: "Some 3.3 million permits and 22.1 million endorsements were granted to mainland residents for travel to and from Hong Kong, Macao and Taiwan, up 4.1 percent and 7.3 percent respectively.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "3300000", yoy: "4.1", qualifier: .approx),
                     Expect(metric: "documents.mainland_hkmt_endorsements", value: "22100000", yoy: "7.3")]),
        // Word-for-word translations of 意见建议 (the hotline's calls), 在逃人员 and "蛇头" with 名.
        Case(sentence: "The 12367 service platform accepted consultation, complaints, opinions and suggestions 3.9 million pass, satisfaction rate 99.2%.",
             facts: [Expect(metric: "services.hotline_calls", value: "3900000"),
                     Expect(metric: "services.hotline_satisfaction", value: "99.2")]),
        Case(sentence: "The 12367 hotline handled help requests, opinions and suggestions 1.2 million times.",
             facts: [Expect(metric: "services.hotline_calls", value: "1200000")]),
        Case(sentence: "During the hunt, 204 fugitive organizers of illegal border crossings were caught, up 9 percent.",
             facts: [Expect(metric: "enforcement.fugitives", value: "204", yoy: "9")]),
        Case(sentence: "Police captured 77 fugitive organisers of people smuggling.",
             facts: [Expect(metric: "enforcement.fugitives", value: "77")]),
        Case(sentence: "Arrested fugitive personnel 310 names, destroyed transit dens 95.",
             facts: [Expect(metric: "enforcement.fugitives", value: "310"), Expect(metric: "enforcement.transit_dens", value: "95")]),
        Case(sentence: "Captured \"snake head\" 128 names, up 12%.",
             facts: [Expect(metric: "enforcement.fugitives", value: "128", yoy: "12")]),
        // Every kind of conveyance listed as the subject: the total, not a part.
        Case(sentence: "The number of aircraft, trains, ships and motor vehicles checked at the border came to 33.4 million, up 7.2%.",
             facts: [Expect(metric: "vehicles.total", value: "33400000", yoy: "7.2")]),
        Case(sentence: "Aircraft, trains, vessels and vehicles inspected in the year totalled 31.9 million.",
             facts: [Expect(metric: "vehicles.total", value: "31900000")]),
        // Permits to "HK" for mainland residents are the mainland's permits, never the permits of
        // Hong Kong, Macao and Taiwan residents (whose "residents" follow "Hong Kong" too).
        Case(text: "| Document | 2024 | YoY |\n|---|---:|---:|\n| Permits to HK/Macao (mainland residents) | 28.4 million | +12.2% |",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "28400000", yoy: "12.2")]),
        Case(sentence: "Officers issued 29.1 million permits to HK, Macao and Taiwan for mainland residents.",
             facts: [Expect(metric: "documents.mainland_hkmt_permits", value: "29100000")]),
        Case(sentence: "The authorities issued 4.2 million permits for Hong Kong and Macao residents to travel to the mainland.",
             facts: [Expect(metric: "documents.hkmt_resident_permits", value: "4200000")]),
        // Identity verification for the usual list of its users, the list right before the count.
        Case(sentence: "Officers gave identity verification services to Taiwan residents, overseas Chinese and foreigners 6.4 million times.",
             facts: [Expect(metric: "services.identity_verifications", value: "6400000")]),
        Case(sentence: "Authentication services for overseas Chinese and foreign nationals were provided 3.3 million times.",
             facts: [Expect(metric: "services.identity_verifications", value: "3300000")]),
        Case(sentence: "Overseas Chinese and foreigners made 7.7 million trips through the ports.", facts: []),
        // "visas and certificates" (签证证件 word for word) before the figure, a port-visa clause after:
        // the visas, not the foreigners' crossings.
        Case(sentence: "Issued visas and certificates to foreigners 612,000 pieces, granted port visas about 450,000 person-times.",
             facts: [Expect(metric: "documents.visas", value: "612000"), Expect(metric: "documents.port_visas", value: "450000", qualifier: .approx)]),
        Case(text: "The administration issued visas and certificates 1.34 million pieces, up 8.2% year on year.",
             facts: [Expect(metric: "documents.visas", value: "1340000", yoy: "8.2")], absent: ["people.foreigners"]),
        Case(text: "Visas and certificates issued to foreigners numbered 987,000, and port visas 310,000.",
             facts: [Expect(metric: "documents.visas", value: "987000"), Expect(metric: "documents.port_visas", value: "310000")],
             absent: ["people.foreigners"]),
        // Foreigners entering "through visa-free policies": the policies name how they came, not a count of policies.
        Case(sentence: "Foreigners entering through visa-free policies 8.6 million person-times, up 31.2% year on year.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "8600000", yoy: "31.2")]),
        Case(sentence: "Foreign nationals who came under the visa-free policy made 4.3 million trips.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "4300000")]),
        Case(sentence: "Foreigners arriving through visa-free arrangements reached 2.9 million person-times.",
             facts: [Expect(metric: "people.visa_free_foreigners", value: "2900000")]),
        Case(text: "Foreigners can now choose among 12 visa-free policies.", facts: [], absent: ["people.visa_free_foreigners"]),
        // Endorsements of one channel (自助签注, 网上签注, self-service) are a part of those issued, not the year's count.
        Case(text: "2024年，各地推广自助签注服务，自助签注量超过3500万件次。", facts: [], absent: ["documents.mainland_hkmt_endorsements"], language: "zh"),
        Case(text: "全年通过网上签注办理的签注达1200万件次，同比增长18.0%。", facts: [], absent: ["documents.mainland_hkmt_endorsements"], language: "zh"),
        Case(text: "2024年共签发签注8850.2万件次，同比增长4.1%；全年自助签注逾3000万件次。",
             facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "88502000", yoy: "4.1")], language: "zh"),
        Case(text: "Self-service endorsements topped 35 million in 2024 as machines reached every province.",
             facts: [], absent: ["documents.mainland_hkmt_endorsements"]),
        Case(text: "The administration issued 88.5 million endorsements, up 4.1% year on year; self-service endorsements exceeded 30 million.",
             facts: [Expect(metric: "documents.mainland_hkmt_endorsements", value: "88500000", yoy: "4.1")]),
    ]

    @Test(arguments: cases)
    func sentenceGivesFacts(_ c: Case) throws { try c.check() }

    /// A garbled figure after a learnt subject is still flagged, never reported.
    /// An enforcement count far above any year's (万 read as million) is flagged with the catalog's reason.
    @Test(arguments: ["Police investigated 2.9 million foreigners for illegal entry, residence and employment.",
                      "Border police arrested 1.6 million criminal suspects in the first half."])
    func enforcementCountAboveAnyYearsIsFlagged(_ text: String) throws {
        let facts = try extract(text).filter { $0.metric != nil }
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0.status == .flagged && $0.note?.contains("scale word was misread") == true })
    }

    @Test func garbledPassFigureIsFlagged() throws {
        let facts = try metricFacts("Issued Hong Kong and Macao residents to and from the mainland pass 2,31.8 ten thousand pieces.")
        let f = try #require(facts.first { $0.metric == "documents.hkmt_resident_permits" })
        #expect(f.status == .flagged)
        #expect(f.written.contains("2,31.8"))
    }
}

/// The period a sentence takes from its paragraph: a window named with its own figures inside a
/// paragraph of the period's figures does not carry on; parts of the previous sentence's total
/// ("Of these", "… of these") take its period. Invented paragraphs.
struct ParagraphPeriodTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let cases: [Case] = [
        Case(text: "In 2024, border police cracked 18,200 criminal cases of obstructing border management. During the \"Clean Border\" campaign from April to July, 3,100 such criminal cases were solved. Officers also seized 4.2 tonnes of drugs.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "18200"),
                     Expect(metric: "enforcement.criminal_cases", value: "3100", period: "2024-04-01/2024-07-31"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "4.2")]),
        Case(text: "In 2024, officers seized 2,140 guns. In May alone they seized 300 guns. The value of goods involved in smuggling cases reached 1.3 billion yuan.",
             facts: [Expect(metric: "enforcement.guns", value: "2140"),
                     Expect(metric: "enforcement.guns", value: "300", period: "2024-05-01/2024-05-31"),
                     Expect(metric: "enforcement.smuggling_value_cny", value: "1300000000")]),
        // An aside still carries to a sentence that refers back to it.
        Case(text: "In 2024, border police cracked 18,200 criminal cases of obstructing border management. During the \"Clean Border\" campaign from April to July, 3,100 such criminal cases were solved. Police also smashed 140 criminal gangs in the campaign. Officers seized 4.2 tonnes of drugs.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "18200"),
                     Expect(metric: "enforcement.criminal_cases", value: "3100", period: "2024-04-01/2024-07-31"),
                     Expect(metric: "enforcement.gangs", value: "140", period: "2024-04-01/2024-07-31"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "4.2")]),
        // A window that opens its paragraph still carries.
        Case(text: "During the campaign from April to July, police cracked 3,100 criminal cases of obstructing border management. They also seized 4.2 tonnes of drugs.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "3100", period: "2024-04-01/2024-07-31"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "4.2", period: "2024-04-01/2024-07-31")]),
        Case(text: "From April 1 to July 31, police ran the \"Clean Border\" campaign. They cracked 3,100 criminal cases of obstructing border management and seized 4.2 tonnes of drugs.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "3100", period: "2024-04-01/2024-07-31"),
                     Expect(metric: "enforcement.drugs_tonnes", value: "4.2", period: "2024-04-01/2024-07-31")]),
        // Parts of the previous sentence's total.
        Case(text: "In the fourth quarter, officers inspected 160 million travellers. Mainland residents accounted for 80 million of these, and foreigners for 12 million.",
             facts: [Expect(metric: "people.total", value: "160000000", period: "2024-Q4"),
                     Expect(metric: "people.mainland", value: "80000000", period: "2024-Q4"),
                     Expect(metric: "people.foreigners", value: "12000000", period: "2024-Q4")]),
        Case(text: "In the second quarter, 150 million people were inspected. Of these, 70 million were mainland residents.",
             facts: [Expect(metric: "people.total", value: "150000000", period: "2024-Q2"),
                     Expect(metric: "people.mainland", value: "70000000", period: "2024-Q2")]),
        // "of which" after a figure's clause divides that figure, not the previous sentence's.
        Case(text: "In the fourth quarter, officers inspected 160 million travellers. Port visa authorities issued 782,000 port visas, of which 214,000 were issued at Beijing airport.",
             facts: [Expect(metric: "people.total", value: "160000000", period: "2024-Q4"),
                     Expect(metric: "documents.port_visas", value: "782000")]),
    ]

    @Test(arguments: cases)
    func paragraphGivesFacts(_ c: Case) throws { try c.check() }
}
