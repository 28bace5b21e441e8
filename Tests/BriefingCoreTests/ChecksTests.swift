import BriefingCore
import Foundation
import Testing

/// The checking code both the extract and the aggregate stage use.
struct ChecksTests {
    struct SumCase: Sendable, CustomStringConvertible {
        var name: String
        /// The total first, then the parts; nil for a part not stated.
        var members: [Decimal?]
        var finding: Checks.SumFinding
        var description: String { name }
    }

    static let sums: [SumCase] = [
        SumCase(name: "holds", members: [610, 291, 254, 65], finding: .consistent),
        SumCase(name: "holds within rounding", members: [610, 291, 254, 60], finding: .consistent),
        SumCase(name: "full list short, no slip", members: [610, 291, 254, 30], finding: .consistent),
        SumCase(name: "incomplete list short", members: [610, 291, nil, 30], finding: .consistent),
        SumCase(name: "part tenfold", members: [610, 291, 254, 6.5], finding: .slip(member: 3, value: 65, shift: "tenfold")),
        SumCase(name: "part ten-thousandfold too big", members: [9_023, 206, 23, 108, 86_860_000],
                finding: .slip(member: 4, value: 8_686, shift: "ten-thousandfold")),
        SumCase(name: "total without 万", members: [1_287.3, 223_000, 31_000, 128_000, 12_491_000],
                finding: .slip(member: 0, value: 12_873_000, shift: "ten-thousandfold")),
        SumCase(name: "total hundredfold too big", members: [61_000, 291, 254, 65], finding: .slip(member: 0, value: 610, shift: "hundredfold")),
        SumCase(name: "full list over, no slip", members: [610, 291, 254, 100], finding: .broken(suspects: [0, 1, 2, 3], shifted: false)),
        SumCase(name: "incomplete list over", members: [9_023, 206, nil, nil, 86_860], finding: .broken(suspects: [0, 4], shifted: true)),
        SumCase(name: "incomplete list, one part over", members: [52.3, 270.5, nil, 4.1], finding: .broken(suspects: [0, 1], shifted: true)),
        SumCase(name: "no total", members: [nil, 291, 254, 65], finding: .consistent),
    ]

    @Test(arguments: sums)
    func sumFindings(_ c: SumCase) {
        #expect(Checks.checkSum(c.members, tolerance: Checks.tolerance) == c.finding)
    }

    /// Where a shortfall breaks the sum (the aggregate stage), a full list short with no slip
    /// doubts every member; an incomplete list short, or a slip, is judged as before.
    @Test func shortfallBreaksWhenTheListIsFull() {
        #expect(Checks.checkSum([610, 291, 254, 30], tolerance: Checks.tolerance, shortfallBreaks: true)
            == .broken(suspects: [0, 1, 2, 3], shifted: false))
        #expect(Checks.checkSum([610, 291, nil, 30], tolerance: Checks.tolerance, shortfallBreaks: true) == .consistent)
        #expect(Checks.checkSum([610, 291, 254, 6.5], tolerance: Checks.tolerance, shortfallBreaks: true)
            == .slip(member: 3, value: 65, shift: "tenfold"))
        #expect(Checks.checkSum([610, 291, 254, 60], tolerance: Checks.tolerance, shortfallBreaks: true) == .consistent)
    }

    @Test func reasonsNameTheSlipAndTheSum() {
        let members: [Decimal?] = [1_287.3, 223_000, 31_000, 128_000, 12_491_000]
        let ids = ["vehicles.total", "vehicles.aircraft", "vehicles.trains", "vehicles.ships", "vehicles.motor"]
        let reasons = Checks.sumReasons(Checks.checkSum(members, tolerance: 0.015), ids: ids, members: members, period: "2023-Q3")
        #expect(reasons.keys.sorted() == [0])
        #expect(reasons[0]?.contains("the parts add up to 12,873,000, the total is 1,287.3") == true)
        #expect(reasons[0]?.contains("ten-thousandfold") == true)
    }

    @Test(arguments: [("2024", 1.0), ("2024-Q3", 0.25), ("2024-H1", 0.5), ("2023-01-21/2023-01-27", nil)] as [(String, Double?)])
    func shareOfYear(_ period: String, _ share: Double?) throws {
        #expect(Checks.shareOfYear(try #require(Period(period))) == share)
    }

    @Test(arguments: [("812.6", true), ("8126000", false), ("0.5", true), ("7", false)])
    func fractionalCounts(_ value: String, _ doubtful: Bool) {
        #expect((Checks.fractionalCount(Decimal(string: value)!, unit: "calls") != nil) == doubtful)
    }

    @Test(arguments: [
        // value, period, flagged
        ("640", "2024", true), ("60000", "2024", false), ("14000", "2024-Q1", false), ("9000", "2024-Q1", true),
        // A window shorter than a quarter is held to no floor; a longer one to its days' share of it.
        ("1000", "2024-10-01/2024-10-07", false), ("10", "2024-01-01/2024-12-31", true),
        ("30000", "2024-01-01/2024-09-30", true), ("40000", "2024-01-01/2024-09-30", false),
    ])
    func leastPlausibleNationalFigure(_ value: String, _ period: String, _ flagged: Bool) throws {
        let bound = BoundConstraint(metric: "services.hotline_calls", minPerYear: 50_000, reason: "scale word dropped")
        let broken = Checks.broken(bound, value: Decimal(string: value)!, period: try #require(Period(period)), other: nil)
        #expect(broken.isEmpty != flagged, "\(broken)")
    }

    @Test(arguments: [(Decimal(10), Decimal(1), "tenfold"), (Decimal(12_873_000), Decimal(1_287.3), "ten-thousandfold"),
                      (Decimal(5), Decimal(1), nil)])
    func scaleShifts(_ a: Decimal, _ b: Decimal, _ word: String?) {
        #expect(scaleShift(a, b) == word)
    }
}
