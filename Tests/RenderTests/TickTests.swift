import Foundation
import Testing
@testable import Render

@Suite("Axis ticks and labels")
struct TickTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var min: Double, max: Double, zero: Bool, labels: [String]
        var testDescription: String { "\(min)…\(max)\(zero ? " with zero" : "")" }
    }

    static let linearCases: [Case] = [
        Case(min: 0, max: 0, zero: true, labels: ["0", "0.2", "0.4", "0.6", "0.8", "1.0"]),
        Case(min: 5, max: 5, zero: true, labels: ["0", "1", "2", "3", "4", "5"]),
        Case(min: 5, max: 5, zero: false, labels: ["2", "3", "4", "5", "6", "7", "8"]),
        Case(min: 0, max: 1, zero: true, labels: ["0", "0.2", "0.4", "0.6", "0.8", "1.0"]),
        Case(min: 0, max: 610e6, zero: true, labels: ["0", "100M", "200M", "300M", "400M", "500M", "600M", "700M"]),
        Case(min: 0.1, max: 0.3, zero: false, labels: ["0.10", "0.15", "0.20", "0.25", "0.30"]),
        Case(min: 0.1, max: 0.3, zero: true, labels: ["0", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30"]),
        Case(min: -50, max: -10, zero: true, labels: ["-50", "-40", "-30", "-20", "-10", "0"]),
        Case(min: -3, max: 7, zero: false, labels: ["-4", "-2", "0", "2", "4", "6", "8"]),
        Case(min: 0, max: 879_000, zero: true, labels: ["0", "0.2M", "0.4M", "0.6M", "0.8M", "1.0M"]),
        Case(min: 0, max: 35_000, zero: true, labels: ["0", "5K", "10K", "15K", "20K", "25K", "30K", "35K"]),
        Case(min: 0, max: 906, zero: true, labels: ["0", "200", "400", "600", "800", "1,000"]),
        Case(min: 0, max: 99.36, zero: true, labels: ["0", "20", "40", "60", "80", "100"]),
        Case(min: 0, max: 2.597e9, zero: true, labels: ["0", "0.5B", "1.0B", "1.5B", "2.0B", "2.5B", "3.0B"]),
    ]

    @Test(arguments: linearCases)
    func linearTicks(_ c: Case) {
        let t = TickPicker.linear(min: c.min, max: c.max, count: 5, includeZero: c.zero)
        #expect(t.labels == c.labels)
        #expect(t.values.count == c.labels.count)
        // The domain covers the data and the ticks are evenly spaced.
        #expect(t.lower <= Swift.min(c.min, c.max) && t.upper >= Swift.max(c.min, c.max))
        if t.values.count > 2 {
            let step = t.values[1] - t.values[0]
            for i in 1..<t.values.count { #expect(abs(t.values[i] - t.values[i - 1] - step) < step * 1e-9) }
        }
    }

    @Test func tickValuesAreExactDecimals() {
        let t = TickPicker.linear(min: 0.1, max: 0.3, includeZero: false)
        // Index × step, not repeated addition: 0.1 + 0.05 + ... would drift.
        #expect(t.values == [0.1, 0.15, 0.2, 0.25, 0.3])
        for l in t.labels { #expect(l.count <= 4, "label \(l) is not a short decimal") }
        let labels = TickPicker.linear(min: 0, max: 0.7, includeZero: true).labels
        #expect(!labels.contains { $0.contains("0000") })
        #expect(labels.contains("0.3"))
    }

    @Test func onePrefixPerAxis() {
        for (lo, hi) in [(0.0, 1.2e6), (0.0, 610e6), (0.0, 64_882.0), (0.0, 3.2e9)] {
            let labels = TickPicker.linear(min: lo, max: hi).labels.filter { $0 != "0" }
            let suffixes = Set(labels.map { $0.last! }.filter { $0.isLetter })
            #expect(suffixes.count == 1, "\(labels)")
        }
    }

    @Test(arguments: [
        (101_000.0, 31_149_000.0, ["10K", "100K", "1M", "10M", "100M"]),
        (437_000.0, 31_149_000.0, ["100K", "1M", "10M", "100M"]),
        (200.0, 800.0, ["100", "200", "500", "1K"]),
        (5.0, 50.0, ["1", "10", "100"]),
        (3.0, 3.0, ["1", "2", "5", "10"]),
    ])
    func logTicks(_ lo: Double, _ hi: Double, _ labels: [String]) {
        let t = TickPicker.log(min: lo, max: hi)
        #expect(t.log)
        #expect(t.labels == labels)
        #expect(t.lower <= lo && t.upper >= hi)
    }

    @Test(arguments: [
        (610e6, "", "610M"), (879_000.0, "", "879K"), (64_882_000.0, "", "64.9M"), (31_149_000.0, "", "31.1M"),
        (2_578_000.0, "", "2.58M"), (7.8, "tonnes", "7.8"), (99.36, "percent", "99.36%"), (906.0, "", "906"),
        (1544.0, "", "1,544"), (2.597e9, "", "2.6B"), (15.0, "", "15"), (101_000.0, "", "101K"),
    ])
    func compactValueLabels(_ v: Double, _ unit: String, _ expected: String) {
        #expect(AxisLabels.compact(v, unit: unit) == expected)
    }
}
