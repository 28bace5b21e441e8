import Aggregate
import BriefingCore
import Extract
import Foundation
import Ingest
import Testing

/// Releases of our own in which one part of the conveyances sum is garbled or left out: the
/// pipeline reconciles that part as the total minus the others.
@Suite struct ReconciliationTests {
    static let parts: [(metric: String, written: String, garbled: String, value: Decimal)] = [
        ("vehicles.aircraft", "879,000 aircraft", "87.9,000 aircraft", 879_000),
        ("vehicles.trains", "101,000 trains", "10.1,000 trains", 101_000),
        ("vehicles.ships", "437,000 ships", "43.7,000 ships", 437_000),
        ("vehicles.motor", "31,149,000 motor vehicles", "31.149,000 motor vehicles", 31_149_000),
    ]

    enum Fault: String, CaseIterable, Sendable { case malformed, missing }

    static func release(breaking part: Int, _ fault: Fault) -> String {
        var items = parts.map(\.written)
        switch fault {
        case .malformed: items[part] = parts[part].garbled
        case .missing: items.remove(at: part)
        }
        let list = items.dropLast().joined(separator: ", ") + " and " + items.last!
        return """
            # period: 2024
            # released: 2025-01-14

            In 2024, border inspection authorities inspected 32.566 million inbound and outbound conveyances, including \(list).
            """
    }

    @Test(arguments: 0..<4, Fault.allCases)
    func partIsReconciled(_ part: Int, _ fault: Fault) throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("reconcile-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: dir) }
        try fm.createDirectory(at: dir.appendingPathComponent("sources"), withIntermediateDirectories: true)
        try Self.release(breaking: part, fault).write(to: dir.appendingPathComponent("sources/r.txt"), atomically: true, encoding: .utf8)
        let pipeline = try InProcessPipeline(sources: dir.appendingPathComponent("sources"))
        defer { pipeline.remove() }
        let result = try pipeline.aggregate(2024)
        let p = Self.parts[part]
        let point = try #require(result.briefing.series(p.metric)?.point(in: 2024), "\(p.metric) has no 2024 value")
        #expect(point.status == .reconciled)
        #expect(point.value == p.value)
        // The other parts stay as reported.
        for (i, other) in Self.parts.enumerated() where i != part {
            #expect(result.briefing.series(other.metric)?.point(in: 2024)?.status == .reported)
        }
        #expect(result.briefing.notes.contains { $0.metric == p.metric && $0.status == .reconciled })
    }
}
