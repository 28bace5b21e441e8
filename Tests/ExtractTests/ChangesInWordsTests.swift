import Testing
@testable import Extract

/// English changes written in words ("doubled", "halved", "by a fifth", "a quarter more"), and
/// changes over several years or since an earlier year, which are no year-on-year changes.
/// Every sentence is invented.
struct ChangesInWordsTests {
    typealias Expect = ExpectedFact
    typealias Case = TextCase

    static let inWords: [Case] = [
        Case(text: "Port visas issued doubled to 612,000 in 2021.",
             facts: [Expect(metric: "documents.port_visas", value: "612000", yoy: "100", period: "2021")], period: "2021"),
        Case(text: "Criminal gangs smashed by the border police trebled year on year to 84.",
             facts: [Expect(metric: "enforcement.gangs", value: "84", yoy: "200", period: "2021")], period: "2021"),
        Case(text: "Inspections of foreign nationals halved to 11.9 million.",
             facts: [Expect(metric: "people.foreigners", value: "11900000", yoy: "-50", period: "2021")], period: "2021"),
        Case(text: "Border police cracked 2,310 criminal cases, a quarter more than in 2020.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "2310", yoy: "25", period: "2021")], period: "2021"),
        Case(text: "Border police smashed 96 smuggling gangs, a fifth fewer than the year before.",
             facts: [Expect(metric: "enforcement.gangs", value: "96", yoy: "-20", period: "2021")], period: "2021"),
        Case(text: "Mainland residents' crossings fell by a fifth to 96.2 million.",
             facts: [Expect(metric: "people.mainland", value: "96200000", yoy: "-20", period: "2021")], period: "2021"),
        Case(text: "Ordinary passports issued rose by half, to 3.3 million.",
             facts: [Expect(metric: "documents.passports", value: "3300000", yoy: "50", period: "2021")], period: "2021"),
        Case(text: "Port visa offices issued 298,000 port visas, doubling year on year.",
             facts: [Expect(metric: "documents.port_visas", value: "298000", yoy: "100", period: "2021")], period: "2021"),
        // "a doubling of the fee" changes the fee.
        Case(text: "Port visas issued: 298,000, after a doubling of the fee.",
             facts: [Expect(metric: "documents.port_visas", value: "298000", period: "2021")], period: "2021"),
        // "more than doubled" bounds the change; it states none.
        Case(text: "Foreigners' crossings more than doubled to 26.4 million.",
             facts: [Expect(metric: "people.foreigners", value: "26400000", period: "2021")], period: "2021"),
        // Measured from another year than the one before: no year-on-year change.
        Case(text: "Border police cracked 2,310 criminal cases, a quarter more than in 2017.",
             facts: [Expect(metric: "enforcement.criminal_cases", value: "2310", period: "2021")], period: "2021"),
    ]

    @Test(arguments: inWords)
    func changesInWordsAreRead(_ c: Case) throws { try c.check() }

    /// A change since an earlier year or over several years is none of the year's; the level it
    /// reached keeps its subject.
    static let overSeveralYears: [Case] = [
        Case(text: "Foreign nationals' crossings have doubled since 2016, reaching 31.7 million.",
             facts: [Expect(metric: "people.foreigners", value: "31700000", period: "2021")], period: "2021"),
        Case(text: "Exit-entry inspections reached 512 million, having grown 60% over the past seven years.",
             facts: [Expect(metric: "people.total", value: "512000000", period: "2021")], period: "2021"),
        Case(text: "Exit-entry inspections reached 512 million, up 4.4% year on year and 60% over the decade.",
             facts: [Expect(metric: "people.total", value: "512000000", yoy: "4.4", period: "2021")], period: "2021"),
        Case(text: "Exit-entry inspections reached 512 million, up 60% in 7 years.",
             facts: [Expect(metric: "people.total", value: "512000000", period: "2021")], period: "2021"),
        Case(text: "Port visas issued climbed 35% from 2018 to 412,000.",
             facts: [Expect(metric: "documents.port_visas", value: "412000", period: "2021")], period: "2021"),
        Case(text: "Port visas issued tripled since 2019 to 412,000.",
             facts: [Expect(metric: "documents.port_visas", value: "412000", period: "2021")], period: "2021"),
        // Over "the past year" is the year before.
        Case(text: "Exit-entry inspections reached 512 million, up 4.4% over the past year.",
             facts: [Expect(metric: "people.total", value: "512000000", yoy: "4.4", period: "2021")], period: "2021"),
    ]

    @Test(arguments: overSeveralYears)
    func changesOverSeveralYearsAreNotYearOnYear(_ c: Case) throws { try c.check() }
}
