import BriefingCore
import Foundation

/// Checks of one release's facts after matching, with the catalog's declarations and the checking
/// code the aggregate stage uses (`Checks`): a figure they doubt becomes `flagged`, its note says
/// why, and its quote keeps what was written.
///
/// 0. A bilingual release: a figure its English text gives a power of ten off the Chinese original
///    beside it is flagged; the original's figure stands, reconciled.
/// 1. Each figure alone: a count cannot be fractional ("calls 812.6 times"), and a national figure
///    cannot be below the catalog's `minPerYear` for its metric, scaled to its period.
/// 2. The catalog's `sums`, per period, among the figures still plain: one member a power of ten
///    off in a sum stated in full is flagged with the value the sum gives; parts stated that
///    exceed their total flag the members whose slip would explain it (all of them when none
///    would). Parts below the total are no contradiction: a list of parts may be incomplete;
///    but parts stated in full below half their total flag the total.
///    A member already doubted gains, in its note, what the others say it should be.
/// 3. The catalog's `bounds` between metrics of the same period, as the aggregate stage applies them.
/// 4. A figure of a part of a period (a quarter of the half-year) cannot exceed the whole's.
///
/// A metric stated twice in one period with different values is ambiguous and takes no part in
/// the checks between metrics.
struct DocumentChecks: Sendable {
    let catalog: Catalog
    /// Metrics that count whole things, with their unit.
    private let wholeCounts: [String: String]
    /// The bounds on a figure alone (`max`, `maxPerYear`, `minPerYear`), per metric.
    private let alone: [String: [BoundConstraint]]
    /// The unit of each metric.
    private let units: [String: String]

    init(catalog: Catalog) {
        self.catalog = catalog
        wholeCounts = Dictionary(catalog.metrics.filter(Checks.countsWholeThings).map { ($0.id, $0.unit) },
                                 uniquingKeysWith: { a, _ in a })
        alone = Dictionary(grouping: catalog.bounds.filter { $0.atMost == nil }, by: \.metric)
        units = catalog.unitsByMetric
    }

    /// The facts of a metric in a period.
    private struct Key: Hashable {
        let metric: String, period: Period
    }

    func apply(_ facts: inout [Fact]) {
        var index: [Key: [Int]] = [:]
        for (i, f) in facts.enumerated() {
            if let m = f.metric { index[Key(metric: m, period: f.period), default: []].append(i) }
        }
        // 0. A bilingual release: the Chinese original beside its English text.
        for members in index.values { original(members, &facts) }
        // 1. Each figure alone, against every bound but a maximum.
        checkAlone(&facts, maxima: false)
        // 2. Sums, per period.
        for period in Set(index.keys.map(\.period)).sorted() {
            for sum in catalog.sums { check(sum, period, index, &facts) }
        }
        // 3. Bounds between metrics.
        for bound in catalog.bounds where bound.atMost != nil {
            for (key, members) in index where key.metric == bound.metric {
                let other = bound.atMost.flatMap { plain(Key(metric: $0, period: key.period), index, facts) }
                for i in members where facts[i].status == .reported {
                    let broken = Checks.broken(bound, value: facts[i].value, period: key.period,
                                               other: other.map { ($0.value, $0.qualifier) })
                    if !broken.isEmpty { flag(&facts[i], "\(broken.joined(separator: "; ")); \(bound.reason)") }
                }
            }
        }
        // 4. A part of a period cannot exceed its whole.
        containment(index, &facts)
        // 5. Each figure still plain against its metric's maximum: last, so that a figure far too
        // large that a sum or another period contradicts is flagged with what they say it should be.
        checkAlone(&facts, maxima: true)
    }

    /// The checks of a figure alone: a fractional count, and the catalog's bounds on its metric
    /// with (`maxima`) or without a `max`.
    private func checkAlone(_ facts: inout [Fact], maxima: Bool) {
        for i in facts.indices where facts[i].status == .reported {
            guard let m = facts[i].metric else { continue }
            var why: [String] = []
            if !maxima, let unit = wholeCounts[m], let w = Checks.fractionalCount(facts[i].value, unit: unit) { why.append(w) }
            for b in alone[m] ?? [] where b.isMaximum == maxima {
                let broken = Checks.broken(b, value: facts[i].value, period: facts[i].period, other: nil)
                if !broken.isEmpty { why.append("\(broken.joined(separator: "; ")); \(b.reason)") }
            }
            if !why.isEmpty { flag(&facts[i], why.joined(separator: "; ")) }
        }
    }

    /// A figure of a stretch inside a year, half or quarter (a quarter of a half, a holiday of a
    /// quarter) cannot exceed that whole's figure of the same metric: "1.93 billion in the second
    /// quarter" against 368 million in the half-year it is part of is flagged. Only metrics that add
    /// up over time (not a percentage), and only a whole that is a year, half or quarter: a campaign
    /// window's figure counts only the campaign's cases.
    private func containment(_ index: [Key: [Int]], _ facts: inout [Fact]) {
        // Found on the figures as they stand, then flagged: the order of the periods changes nothing.
        var exceeding: [Int: [String]] = [:]
        // Only periods of the same metric are compared: each metric's keys, gathered once.
        let byMetric = Dictionary(grouping: index.keys, by: \.metric)
        for (metric, keys) in byMetric where keys.count > 1 && units[metric] != "percent" {
            for whole in keys {
                if case .window = whole.period.kind { continue }
                guard let w = plain(whole, index, facts) else { continue }
                let ws = whole.period.span
                let slack = w.qualifier == .atLeast ? Checks.atLeastSlack : w.qualifier == .approx ? Checks.approxTolerance : Checks.tolerance
                for part in keys where part.period != whole.period {
                    let ps = part.period.span
                    guard ps.start >= ws.start, ps.end <= ws.end else { continue }
                    for i in index[part]! where facts[i].status == .reported && facts[i].value.double > w.value.double * (1 + slack) {
                        let shift = scaleShift(facts[i].value, w.value).map { "; likely a \($0) shift" } ?? ""
                        exceeding[i, default: []].append("the \(part.period) figure \(Checks.figure(facts[i].value)) exceeds the \(whole.period) figure "
                                                         + "\(Checks.figure(w.value)) it is part of\(shift)")
                    }
                }
            }
        }
        for (i, reasons) in exceeding { flag(&facts[i], reasons.sorted().joined(separator: "; ")) }
    }

    private func check(_ sum: SumConstraint, _ period: Period, _ index: [Key: [Int]], _ facts: inout [Fact]) {
        let ids = [sum.total] + sum.parts
        let stated = ids.map { plain(Key(metric: $0, period: period), index, facts) }
        let members = stated.map { $0?.value }
        let exact = stated.allSatisfy { $0 == nil || $0!.qualifier == .exact }
        let tolerance = exact ? sum.tolerance : max(sum.tolerance, Checks.approxTolerance)
        var finding = Checks.checkSum(members, tolerance: tolerance)
        var reasonMembers = members
        // Several members whose slip would each remove the excess, and one member left out because
        // its digits are malformed ("21.6,000"): its reading still witnesses the size, and the one
        // slip that makes the whole sum hold with it is the slipped member.
        if case let .broken(suspects, true) = finding, suspects.count > 1, let w = malformedWitness(ids, period, members, index, facts) {
            var filled = members
            filled[w.member] = w.value
            if case let .slip(m, _, _) = Checks.checkSum(filled, tolerance: tolerance), m != w.member, suspects.contains(m) {
                finding = Checks.checkSum(filled, tolerance: tolerance)
                reasonMembers = filled
            }
        }
        for (m, reason) in Checks.sumReasons(finding, ids: ids, members: reasonMembers, period: period.description) {
            for i in index[Key(metric: ids[m], period: period)] ?? [] where facts[i].status == .reported {
                flag(&facts[i], reason)
            }
        }
        // Parts stated in full that come to less than half their total: no category a release leaves
        // out is that large ("2.424 billion" people against parts of 424.5 million), and no single
        // slip explains it; the parts agree among themselves, the total is the doubtful figure.
        let partsSum = members.dropFirst().reduce(Decimal(0)) { $0 + ($1 ?? 0) }
        if finding == .consistent, let total = members[0], !members.contains(where: { $0 == nil }),
           partsSum.double < total.double * Self.grossShortfall {
            for i in index[Key(metric: sum.total, period: period)] ?? [] where facts[i].status == .reported {
                flag(&facts[i], "the parts, all stated, add up to \(Checks.figure(partsSum)), less than half the total \(Checks.figure(total)) "
                     + "(\(sum.total) = \(sum.parts.joined(separator: " + ")), \(period)); no category left out is that large")
            }
            return
        }
        // One member doubted and every other one plain: the sum says what it should be.
        let unknown = members.indices.filter { members[$0] == nil }
        guard finding == .consistent, unknown.count == 1, let m = unknown.first else { return }
        let partsKnown = members.dropFirst().compactMap { $0 }.reduce(0, +)
        let should = m == 0 ? partsKnown : members[0]! - partsKnown
        guard should > 0 else { return }
        let formula = "\(sum.total) = \(sum.parts.joined(separator: " + "))"
        for i in index[Key(metric: ids[m], period: period)] ?? [] where facts[i].status == .flagged {
            let shift = scaleShift(should, facts[i].value).map { ", about \($0) the figure written" } ?? ""
            let reason = "the other figures of \(formula) give \(Checks.figure(should))\(shift)"
            // A malformed figure ("9.59,000") of a quarter, half or window is replaced by what the
            // sum proves: the aggregate stage reconciles only whole years, so no later stage would.
            if !period.isAnnual, Self.isMalformed(facts[i].written) {
                let read = Checks.figure(facts[i].value)
                facts[i].status = .reconciled
                facts[i].note = "written \"\(facts[i].written)\" (read as \(read)); \(reason)"
                facts[i].value = should
                facts[i].qualifier = stated.allSatisfy { $0 == nil || $0!.qualifier == .exact } ? .exact : .approx
            } else {
                flag(&facts[i], reason)
            }
        }
    }

    /// Parts stated in full below this share of their total contradict it.
    static let grossShortfall = 0.5

    /// Digits whose separators fit no reading ("9.59,000", "1,23,000"), as `NumberReader` doubts them.
    static func isMalformed(_ written: String) -> Bool {
        let digits = String(written.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") })
        return NumberReader.readDigits(digits)?.1 != nil
    }

    /// The one member of a sum left out of it (nil in `members`) whose figures are all one value
    /// written with malformed digits; nil when there is not exactly one such member.
    private func malformedWitness(_ ids: [String], _ period: Period, _ members: [Decimal?], _ index: [Key: [Int]],
                                  _ facts: [Fact]) -> (member: Int, value: Decimal)? {
        let missing = members.indices.filter { members[$0] == nil }
        guard missing.count == 1, let m = missing.first else { return nil }
        let found = (index[Key(metric: ids[m], period: period)] ?? []).map { facts[$0] }
        guard let v = found.first?.value, found.allSatisfy({ $0.value == v && Self.isMalformed($0.written) }) else { return nil }
        return (m, v)
    }

    /// The one plain value a metric has in a period; nil when it has none, or several that differ.
    private func plain(_ key: Key, _ index: [Key: [Int]], _ facts: [Fact]) -> (value: Decimal, qualifier: Qualifier)? {
        var found: (value: Decimal, qualifier: Qualifier)?
        for f in (index[key] ?? []).map({ facts[$0] }) {
            if f.status != .reported { return nil }
            if let v = found, v.value != f.value { return nil }
            found = (f.value, f.qualifier)
        }
        return found
    }

    /// A release giving each paragraph in Chinese and then in English: a metric of one period stated
    /// once in each, the English a power of ten off the Chinese ("33.56 million" for 335.6万). The
    /// Chinese is the original: its figure stands, reconciled against the translation, and the
    /// English one is flagged with both readings, as the aggregate stage treats a translated release.
    private func original(_ members: [Int], _ facts: inout [Fact]) {
        let zh = members.filter { facts[$0].language == .zh && facts[$0].status == .reported }
        let en = members.filter { facts[$0].language == .en && facts[$0].status == .reported }
        guard zh.count == 1, !en.isEmpty, let z = zh.first else { return }
        for e in en {
            guard let shift = scaleShift(facts[z].value, facts[e].value) else { continue }
            flag(&facts[e], "the Chinese original beside it reads \"\(facts[z].written)\" (\(Checks.figure(facts[z].value))); "
                 + "likely a \(shift) shift (a decimal or scale error in translation)")
            facts[z].status = .reconciled
            facts[z].note = [facts[z].note, "the English text beside it reads \"\(facts[e].written)\" (\(Checks.figure(facts[e].value))), "
                             + "a \(shift) shift; the Chinese original's figure is kept"].compactMap { $0 }.joined(separator: "; ")
        }
    }

    private func flag(_ f: inout Fact, _ reason: String) {
        f.status = .flagged
        f.note = [f.note, reason].compactMap { $0 }.joined(separator: "; ")
    }
}
