import BriefingCore
import Foundation

/// A resolved value of one metric in one year, as the series will show it.
struct Resolved {
    var value: Decimal
    var qualifier: Qualifier
    var yoy: Decimal?
    var status: FactStatus
    var release: Int
    var quote: String
    var written: String
    var note: String?
    var language: Language
    /// The statement this value is (nil for a derived value or a reconciled missing part).
    var statement: Int?
}

/// A value offered for a metric and year: a statement of that year, or the value a next-year
/// statement's YoY implies.
private struct Candidate {
    enum Origin { case stated(Int), derived(base: Int) }
    var origin: Origin
    var value: Decimal
    var qualifier: Qualifier
    var flagged: Bool
    var release: Int
    /// 0 the year's own annual release, 1 another release's statement, 2 derived.
    var kind: Int
    var position: Int
}

/// Resolves every year of every metric. The rules:
///
/// - **Precedence**: the year's own annual release, then another release's statement, then a value
///   derived from the next year's stated YoY (prev = value / (1 + yoy/100)).
/// - **Cross-checks**: the candidates for a metric and year are grouped by agreement (within
///   rounding). The largest group wins; between equal groups, the more trusted release (Chinese
///   original, official English, translation), then precedence. Every candidate outside the winning
///   group is doubtful: a statement is flagged with both figures and the likely cause; a derived
///   value off by a factor near 10, 100 or 1000 flags the next-year figure it came from (the
///   scale shift is in that figure), and the resolution starts again; any other contradicted
///   derived value is kept as a flagged row.
/// - A Chinese original's figure beats its English translation of the same period outright; the
///   disagreeing translated figure is flagged with both readings.
/// - **Sums** (catalog): checked among stated values with the extract stage's code (`Checks`).
///   One flagged or missing part is reconciled to total minus the others (a flagged total to the
///   sum of the parts). A sum stated in full that fails: if multiplying exactly one member by
///   10^±1..4 makes it hold, that member is reconciled. Otherwise only parts that exceed the total
///   are a contradiction (a release may count a category it does not list): the members whose
///   slip alone would explain the excess are flagged, or every member when none would.
/// - **Bounds** (catalog): the bounded metric is flagged when it breaks them (at most another
///   metric or a constant, at least the least plausible national figure for a year).
/// - A derived value keeps the qualifier of its base, except that "more than X" gives an `approx`
///   value: the YoY is rounded and the base is only a floor, so the result is an estimate.
struct Resolver {
    let catalog: Catalog
    let year: Int
    let options: Aggregator.Options
    let documentCount: Int
    let releases: [Release]
    /// The statements as read (merged per document); each pass starts from these.
    let read: [Statement]
    /// Statement indices per metric and year, in document order.
    let index: [Key: [Int]]
    /// Every year resolved, latest first.
    let years: [Int]
    let percentMetrics: Set<String>

    // State of the current pass.
    var statements: [Statement]
    var values: [Int: [String: Resolved]] = [:]
    /// Derived values contradicted by a stated one (not a scale shift): kept as flagged rows.
    var rejected: [(metric: String, year: Int, value: Resolved)] = []
    /// Next-year statements found to carry a scale shift during this pass, with the reason.
    var marks: [Int: String] = [:]

    init(documents: [DocumentFacts], catalog: Catalog, year: Int, options: Aggregator.Options) {
        self.catalog = catalog; self.year = year; self.options = options
        documentCount = documents.count
        // A briefing for `year` rests on the releases up to that year only. Sorted by id, so a
        // release's index orders releases as their ids do.
        let used = documents.filter { $0.metadata.period.year <= year }.sorted { $0.document < $1.document }
        releases = used.map(Release.init)
        let ids = Set(catalog.metrics.map(\.id))
        var all: [Statement] = []
        for (i, doc) in used.enumerated() {
            all += Statement.merge(doc, release: i, metrics: ids, maxYear: year, options: options)
        }
        read = all
        statements = all
        var index: [Key: [Int]] = [:]
        var years = Set<Int>()
        for (i, s) in all.enumerated() {
            index[Key(s.metric, s.year), default: []].append(i)
            years.insert(s.year)
            if s.yoy != nil { years.insert(s.year - 1) }
        }
        self.index = index
        self.years = years.sorted(by: >)
        percentMetrics = Set(catalog.metrics.filter { $0.unit == "percent" }.map(\.id))
    }

    /// A metric in a year.
    struct Key: Hashable {
        let metric: String, year: Int
        init(_ metric: String, _ year: Int) { self.metric = metric; self.year = year }
    }

    /// Resolves all years, latest first (a year's derived values need the next year resolved),
    /// until no pass finds another scale-shifted figure.
    mutating func run() {
        var applied: [Int: String] = [:]
        while true {
            statements = read
            for (i, reason) in applied { statements[i].flag(reason) }
            values = [:]; rejected = []; marks = [:]
            for y in years { resolve(y) }
            let new = marks.filter { applied[$0.key] == nil }
            // Each pass flags at least one more statement, so this ends.
            if new.isEmpty { return }
            applied.merge(new) { a, _ in a }
        }
    }

    private mutating func resolve(_ y: Int) {
        var resolved: [String: Resolved] = [:]
        for m in catalog.metrics.map(\.id) {
            if let r = resolve(m, y) { resolved[m] = r }
        }
        applySums(y, &resolved)
        applyBounds(y, &resolved)
        values[y] = resolved
    }

    // MARK: Candidates and cross-checks

    private mutating func resolve(_ metric: String, _ y: Int) -> Resolved? {
        let own = index[Key(metric, y)] ?? []
        preferOriginals(own)
        var candidates: [Candidate] = own.map { i in
            let s = statements[i]
            return Candidate(origin: .stated(i), value: s.value, qualifier: s.qualifier, flagged: s.status == .flagged,
                             release: s.release, kind: releases[s.release].isAnnual(for: y) ? 0 : 1, position: s.position)
        }
        if !percentMetrics.contains(metric) {
            for b in index[Key(metric, y + 1)] ?? [] {
                let base = statements[b]
                guard let d = derivedValue(from: base) else { continue }
                candidates.append(Candidate(origin: .derived(base: b), value: d.value, qualifier: d.qualifier,
                                            flagged: base.status == .flagged, release: base.release, kind: 2,
                                            position: base.position))
            }
        }
        let usable = candidates.filter { !$0.flagged }.sorted(by: precedes)
        guard !usable.isEmpty else {
            // Only flagged figures: the year shows a flagged point (never drawn as a plain fact).
            guard let best = candidates.sorted(by: precedes).first else { return nil }
            return resolved(best)
        }
        // Group by agreement with each group's first (highest-precedence) member.
        var groups: [[Candidate]] = []
        for c in usable {
            if let g = groups.firstIndex(where: { agree($0[0].value, $0[0].qualifier, c.value, c.qualifier, options) }) {
                groups[g].append(c)
            } else {
                groups.append([c])
            }
        }
        let winning = groups.indices.min { a, b in
            if groups[a].count != groups[b].count { return groups[a].count > groups[b].count }
            return trusted(groups[a][0], over: groups[b][0])
        }!
        let winner = groups[winning][0]
        for (g, group) in groups.enumerated() where g != winning {
            for loser in group { doubt(loser, against: winner, metric: metric, year: y) }
        }
        return resolved(winner)
    }

    /// Precedence: own annual release, another release, derived; then trust, then document order
    /// (release indices follow the document ids).
    private func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        (a.kind, releases[a.release].trust.rawValue, a.release, a.position)
            < (b.kind, releases[b.release].trust.rawValue, b.release, b.position)
    }

    /// When two equal groups disagree, the more trusted release wins, then precedence.
    private func trusted(_ a: Candidate, over b: Candidate) -> Bool {
        let ta = releases[a.release].trust, tb = releases[b.release].trust
        if ta != tb { return ta < tb }
        return precedes(a, b)
    }

    /// A Chinese original and an English release of the same period: the original's figure is the
    /// reported one, and a disagreeing translated figure is flagged with both readings.
    private mutating func preferOriginals(_ own: [Int]) {
        let originals = own.filter { statements[$0].status != .flagged && releases[statements[$0].release].language == .zh }
        guard !originals.isEmpty else { return }
        for i in own where releases[statements[i].release].language != .zh {
            let s = statements[i]
            guard let o = originals.first(where: { releases[statements[$0].release].period == releases[s.release].period })
            else { continue }
            let z = statements[o]
            if s.status == .flagged {
                // Already doubtful (malformed, say): the note gains the original's reading.
                statements[i].flag("the Chinese original \(releases[z.release].label) reads \"\(z.written)\" (\(Format.figure(z.value)))")
            } else if !agree(z.value, z.qualifier, s.value, s.qualifier, options) {
                statements[i].flag("the translation reads \"\(s.written)\" (\(Format.figure(s.value))), the Chinese original "
                    + "\(releases[z.release].label) reads \"\(z.written)\" (\(Format.figure(z.value))): "
                    + disagreementCause(s.value, z.value))
            }
        }
    }

    /// Marks a candidate outside the winning group as doubtful.
    private mutating func doubt(_ c: Candidate, against w: Candidate, metric: String, year y: Int) {
        let winnerText = "\(describe(w)) gives \(Format.figure(w.value)) for \(y)"
        switch c.origin {
        case .stated(let i):
            statements[i].flag("\(releases[c.release].label) states \(Format.figure(c.value)) but \(winnerText): "
                + disagreementCause(c.value, w.value))
        case .derived(let b):
            let base = statements[b]
            let implied = "\"\(base.written)\", \(Format.percent(base.yoy ?? 0)) year on year, implies "
                + "\(Format.figure(c.value)) for \(y), but \(winnerText)"
            if let shift = scaleShift(c.value, w.value) {
                // The implied value is off by a power of ten: the scale error is in the figure it came from.
                marks[b] = "\(implied): likely a \(shift) shift in this figure (a decimal or scale error in translation)"
            } else if var r = derive(from: base) {
                r.status = .flagged
                r.note = "\(implied): \(disagreementCause(c.value, w.value)); the stated figure is used"
                rejected.append((metric, y, r))
            }
        }
    }

    /// "the 2023 release (x.txt)" or "the YoY in the 2024 release (y.txt)".
    private func describe(_ c: Candidate) -> String {
        if case .derived = c.origin { return "the year-on-year change in \(releases[c.release].label)" }
        return releases[c.release].label
    }

    private func resolved(_ c: Candidate) -> Resolved {
        switch c.origin {
        case .stated(let i): return resolved(statementAt: i)
        case .derived(let b): return derive(from: statements[b])!
        }
    }

    func resolved(statementAt i: Int) -> Resolved {
        let s = statements[i]
        return Resolved(value: s.value, qualifier: s.qualifier, yoy: s.yoy, status: s.status, release: s.release,
                        quote: s.quote, written: s.written, note: s.note, language: s.language, statement: i)
    }

    /// The flagged statement of a metric and year a constraint should replace: the year's own
    /// release first, then the more trusted release, then document order.
    private func flaggedStatement(_ metric: String, _ y: Int) -> Int? {
        (index[Key(metric, y)] ?? []).filter { statements[$0].status == .flagged }.min { a, b in
            let ra = releases[statements[a].release], rb = releases[statements[b].release]
            return (ra.isAnnual(for: y) ? 0 : 1, ra.trust.rawValue, statements[a].release, statements[a].position)
                < (rb.isAnnual(for: y) ? 0 : 1, rb.trust.rawValue, statements[b].release, statements[b].position)
        }
    }

    /// The previous year's value a statement's YoY implies: value / (1 + yoy/100), flagged when
    /// the statement is. Nil without a YoY (or with an impossible one).
    private func derive(from s: Statement) -> Resolved? {
        guard let yoy = s.yoy, let (value, qualifier) = derivedValue(from: s) else { return nil }
        let label = releases[s.release].label
        let base = s.status == .reconciled ? "the reconciled figure \(Format.figure(s.value))" : Format.figure(s.value)
        let (exact, places) = Self.previousYearQuotient(s, yoy)
        let quotient = exact.rounded(places)
        let result = quotient == value ? Format.figure(value)
            : "\(Format.figure(quotient)), rounded to \(Format.figure(value)) (\(Self.derivedDigits) significant figures)"
        var note = "derived: \(label) states \(base) for \(s.year), \(Format.percent(yoy)) year on year; "
            + "\(Format.figure(s.value)) / \(FactsCSV.plain(1 + yoy / 100)) = \(result)"
        if s.status == .flagged { note = "derived from a flagged figure (\(s.note ?? "doubtful")); \(note)" }
        return Resolved(value: value, qualifier: qualifier, yoy: nil,
                        status: s.status == .flagged ? .flagged : .derived, release: s.release, quote: s.yoyQuote,
                        written: "\(s.written) (\(Format.percent(yoy)) year on year)", note: note,
                        language: s.language, statement: nil)
    }

    /// The value and qualifier of `derive(from:)` alone, without the words (most derived values
    /// are never used: the year's own release states the figure).
    private func derivedValue(from s: Statement) -> (value: Decimal, qualifier: Qualifier)? {
        guard let yoy = s.yoy, yoy > -100 else { return nil }
        // A change given to a tenth of a percent fixes the base to about four significant figures
        // (1.439 is 1.4385 to 1.4395): more digits would claim a precision no release gave.
        let (exact, places) = Self.previousYearQuotient(s, yoy)
        return (exact.rounded(significant: Self.derivedDigits).rounded(places), s.qualifier == .atLeast ? .approx : s.qualifier)
    }

    /// A statement's value divided by 1 + its change, and the decimals a value of its kind keeps:
    /// counts stay whole numbers; tonnes and the like keep three decimals at most.
    private static func previousYearQuotient(_ s: Statement, _ yoy: Decimal) -> (quotient: Decimal, places: Int) {
        (s.value / (1 + yoy / 100), s.value == s.value.rounded(0) ? 0 : 3)
    }

    /// Significant figures of a value derived from a stated change.
    static let derivedDigits = 4

    // MARK: Constraints

    /// Flags a resolved value (and the statement it is) with a reason.
    private mutating func flag(_ r: inout Resolved, _ reason: String) {
        r.status = .flagged
        r.note = [r.note, reason].compactMap { $0 }.joined(separator: "; ")
        if let i = r.statement { statements[i].flag(reason) }
    }

    /// Replaces a resolved value (flagged, shifted or missing) by the one a constraint proves.
    private mutating func reconcile(_ r: inout Resolved, to value: Decimal, qualifier: Qualifier, _ reason: String) {
        let wrote = r.written.isEmpty ? "not stated" : "written \"\(r.written)\" (read as \(Format.figure(r.value)))"
        let note = "\(wrote); \(reason)"
        r.value = value; r.qualifier = qualifier; r.status = .reconciled; r.note = note
        if let i = r.statement {
            statements[i].value = value; statements[i].qualifier = qualifier
            statements[i].status = .reconciled; statements[i].note = note
        }
    }

    private mutating func applySums(_ y: Int, _ vals: inout [String: Resolved]) {
        for sum in catalog.sums {
            // The check rests on the year's stated figures: a derived total is an estimate, and a
            // part that is missing, flagged or only derived is an unknown the others may prove.
            guard var total = vals[sum.total], total.status != .derived else { continue }
            let parts = sum.parts.map { vals[$0] }
            let doubtful = sum.parts.indices.filter { parts[$0] == nil || parts[$0]!.status == .flagged || parts[$0]!.status == .derived }
            let members = [total] + parts.compactMap { $0 }
            let exact = members.allSatisfy { $0.qualifier == .exact }
            let qualifier: Qualifier = exact ? .exact : .approx
            let tol = exact ? sum.tolerance : max(sum.tolerance, options.approxTolerance)
            let formula = "\(sum.total) = \(sum.parts.joined(separator: " + "))"

            switch (total.status == .flagged, doubtful.count) {
            case (false, 1) where rest(of: sum, parts, without: doubtful[0]) < total.value:
                // One unknown part, and the others leave room for it: it is the total minus them.
                let p = doubtful[0]
                let others = sum.parts.indices.filter { $0 != p }
                let value = total.value - rest(of: sum, parts, without: p)
                let minus = others.map { "\(sum.parts[$0]) \(Format.figure(parts[$0]!.value))" }.joined(separator: ", ")
                let reason = "\(sum.total) \(Format.figure(total.value)) minus \(minus) gives \(Format.figure(value)) (\(formula))"
                let partID = sum.parts[p]
                // What is replaced: the flagged figure the year's releases wrote (preferring the
                // year's own release), else nothing stated.
                var r: Resolved
                if let flagged = flaggedStatement(partID, y) {
                    r = resolved(statementAt: flagged)
                } else {
                    r = Resolved(value: value, qualifier: qualifier, yoy: nil, status: .reconciled,
                                 release: total.release, quote: total.quote, written: "", note: nil,
                                 language: total.language, statement: nil)
                }
                let implied = parts[p].flatMap { $0.status == .derived ? "; the next year's YoY implies \(Format.figure($0.value))" : nil }
                reconcile(&r, to: value, qualifier: qualifier, reason + (implied ?? ""))
                vals[partID] = r
            case (true, 0):
                let value = parts.reduce(Decimal(0)) { $0 + $1!.value }
                let list = sum.parts.indices.map { "\(sum.parts[$0]) \(Format.figure(parts[$0]!.value))" }.joined(separator: " + ")
                reconcile(&total, to: value, qualifier: qualifier, "the parts \(list) give \(Format.figure(value)) (\(formula))")
                vals[sum.total] = total
            case (false, _):
                // The shared check, on the stated figures only (a flagged or derived part is an
                // unknown): a sum stated in full must hold either way, and the parts stated must not exceed
                // the total. One member a power of ten off is reconciled; otherwise the suspects
                // are flagged.
                let known: [Decimal?] = [total.value] + parts.map { $0.flatMap { $0.status == .flagged || $0.status == .derived ? nil : $0.value } }
                let finding = Checks.checkSum(known, tolerance: tol, shortfallBreaks: true)
                let ids = [sum.total] + sum.parts
                for (m, reason) in Checks.sumReasons(finding, ids: ids, members: known, period: String(y)) {
                    if case let .slip(_, value, _) = finding {
                        reconcile(&vals[ids[m]]!, to: value, qualifier: qualifier, reason)
                    } else if vals[ids[m]]!.status != .flagged {
                        flag(&vals[ids[m]]!, reason)
                    }
                }
            default:
                continue  // a flagged total and an unknown part: nothing to check
            }
        }
    }

    /// The sum of the parts other than `p` (all of them stated).
    private func rest(of sum: SumConstraint, _ parts: [Resolved?], without p: Int) -> Decimal {
        sum.parts.indices.filter { $0 != p }.reduce(Decimal(0)) { $0 + parts[$1]!.value }
    }

    private mutating func applyBounds(_ y: Int, _ vals: inout [String: Resolved]) {
        for bound in catalog.bounds {
            guard var r = vals[bound.metric], r.status != .flagged else { continue }
            let other = bound.atMost.flatMap { vals[$0] }.flatMap { $0.status == .flagged ? nil : ($0.value, $0.qualifier) }
            let broken = Checks.broken(bound, value: r.value, period: Period(year: y), other: other,
                                       tolerance: options.tolerance, atLeastSlack: options.atLeastSlack)
            guard !broken.isEmpty else { continue }
            flag(&r, "written \"\(r.written)\": \(broken.joined(separator: "; ")); \(bound.reason)")
            vals[bound.metric] = r
        }
    }
}
