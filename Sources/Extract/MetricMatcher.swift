import BriefingCore
import Foundation

/// Matches a figure to a catalog metric through the catalog's phrases, never through code
/// written for one metric. The subject phrase nearest to the figure wins (after it in English,
/// before it in Chinese); then the rule's priority; then the longer phrase.
struct MetricMatcher: Sendable {
    struct Rule: Sendable {
        var metric: String
        var unit: String
        var subject: [Phrase]
        var context: [Phrase]
        var exclude: [Phrase]
        var units: Set<String>?
        var priority: Int
        var clauseScope: Bool
    }

    let language: Language
    let rules: [Rule]
    let copulas: Set<String>, stops: Set<String>, links: Set<String>

    init(catalog: Catalog, grammar: Grammar, language: Language) {
        self.language = language
        let lexicon = grammar.lexicon(language)
        copulas = Set(lexicon.copulas); stops = Set(lexicon.subjectStops); links = Set(lexicon.subjectLinks)
        rules = catalog.metrics.flatMap { m in
            (m.match[language.rawValue] ?? []).map { r in
                Rule(metric: m.id, unit: m.unit, subject: r.subject.map(Phrase.init), context: (r.context ?? []).map(Phrase.init),
                     exclude: (r.exclude ?? []).map(Phrase.init), units: r.units.map(Set.init), priority: r.priority ?? 0,
                     clauseScope: r.scope == "clause")
            }
        }
    }

    /// How far before the figure an English subject may stand ("the satisfaction rate of 97.3%"),
    /// and how far after it a Chinese one may ("查验…6.1亿人次，其中…"), counts as a penalty.
    private static let offSidePenalty = 3
    private static let subjectReach = 8

    /// Where the noun a figure counts may start: after "were"/"was", up to the first word that
    /// ends a noun phrase ("to", "which", "were", a comma), at most `subjectReach` tokens.
    func head(_ tokens: [Token], after: Range<Int>) -> Range<Int> {
        var s = after.lowerBound
        while s < after.upperBound, copulas.contains(tokens[s].text) { s += 1 }
        var e = s
        while e < after.upperBound, e < s + Self.subjectReach {
            let t = tokens[e]
            if stops.contains(t.text) && e > s { break }
            // A Chinese figure's clause ends at the first mark after it (…1068个，挂牌督办…): what
            // follows belongs to the next figure.
            if SentenceReader.isClauseEnd(t), t.text != "(", t.text != ")", t.text != "（", t.text != "）", e > s || language == .zh { break }
            e += 1
        }
        return s..<e
    }

    /// True when only linking words stand between a subject written before the figure and the figure.
    private func linked(_ tokens: [Token], from: Int, to: Int) -> Bool {
        links.isEmpty || tokens[min(from, to)..<to].allSatisfy { links.contains($0.text) }
    }

    func match(_ m: Mention, tokens: [Token], before: Range<Int>, after: Range<Int>, clause: Range<Int>) -> (metric: String, subject: String)? {
        let sentence = 0..<tokens.count
        let head = head(tokens, after: after)
        // In Chinese the words after a figure's clause are the next item of a list (毒品6.3吨、制毒物品…):
        // only the figure's own clause may rule a match out.
        let afterNear = language == .zh ? head : after.lowerBound..<min(after.upperBound, after.lowerBound + Self.subjectReach)
        var best: (score: Int, priority: Int, length: Int, metric: String, subject: String)?
        for rule in rules {
            if let units = rule.units { guard let u = m.unit, units.contains(u) else { continue } }
            else if m.unit != nil { continue }
            // Distance of the nearest subject phrase.
            var score = Int.max, length = 0, subject = ""
            for p in rule.subject {
                // A Chinese subject after the figure is the noun right after its measure word (六名民警…牺牲).
                if let s = p.firstMatch(in: tokens, head.lowerBound..<after.upperBound), s < head.upperBound,
                   language != .zh || s <= head.lowerBound + 1 {
                    let d = (s - head.lowerBound) + (language == .zh ? Self.offSidePenalty : 0)
                    if d < score || (d == score && p.parts.count > length) { score = d; length = p.parts.count; subject = p.source }
                }
                if let e = lastEnd(p, tokens, before), linked(tokens, from: e, to: before.upperBound) {
                    let d = (before.upperBound - e) + (language == .en ? Self.offSidePenalty : 0)
                    if d < score || (d == score && p.parts.count > length) { score = d; length = p.parts.count; subject = p.source }
                }
            }
            guard score != .max else { continue }
            let scope = rule.clauseScope ? clause : sentence
            if !rule.context.isEmpty, !rule.context.contains(where: { $0.firstMatch(in: tokens, scope) != nil }) { continue }
            if rule.exclude.contains(where: { $0.firstMatch(in: tokens, before) != nil || $0.firstMatch(in: tokens, afterNear) != nil }) { continue }
            if best == nil || score < best!.score || (score == best!.score && (rule.priority > best!.priority
                || (rule.priority == best!.priority && length > best!.length))) {
                best = (score, rule.priority, length, rule.metric, subject)
            }
        }
        return best.map { ($0.metric, $0.subject) }
    }

    /// The end of the last occurrence of `p` inside `range`.
    private func lastEnd(_ p: Phrase, _ tokens: [Token], _ range: Range<Int>) -> Int? {
        var s = range.lowerBound, found: Int?
        while s < range.upperBound, let f = p.firstMatch(in: tokens, s..<range.upperBound) {
            found = f; s = f + 1
        }
        guard let f = found else { return nil }
        // The phrase's end: walk its parts (gaps make the length vary; count the fixed parts).
        return min(range.upperBound, f + p.parts.filter { $0 != "*" }.count)
    }

    static func join(_ tokens: ArraySlice<Token>) -> String {
        var out = ""
        var prevEnd = -1
        for t in tokens {
            if !out.isEmpty, t.start > prevEnd, t.kind != .han { out += " " }
            out += t.text
            prevEnd = t.end
        }
        return out
    }
}
