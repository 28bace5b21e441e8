import BriefingCore
import Foundation

/// Traditional Chinese characters and the simplified ones ingest reads them as
/// (`Pipeline/traditional-to-simplified.tsv`: `traditional<TAB>simplified` lines, `#` comments).
/// One character stands for one, so a converted release keeps its length and every offset.
/// Words that differ beyond their characters (按年 for 同比) are vocabulary, in grammar.json and
/// metrics.json, not here.
public struct TraditionalCharacters: Sendable {
    /// The common CJK blocks (U+3400–U+9FFF), looked up by offset (0: not traditional): every
    /// Chinese character of a release is looked up, and hashing each is slow. Rarer characters
    /// (compatibility ideographs, extension B) in a dictionary.
    private static let blockStart: UInt32 = 0x3400, blockEnd: UInt32 = 0xA000
    private let block: [UInt32]
    private let others: [UInt32: UInt32]
    public let count: Int

    public init(_ pairs: [Character: Character]) {
        var block = [UInt32](repeating: 0, count: Int(Self.blockEnd - Self.blockStart))
        var others: [UInt32: UInt32] = [:]
        var count = 0
        for (t, s) in pairs {
            guard let a = t.unicodeScalars.first?.value, let b = s.unicodeScalars.first?.value else { continue }
            if a >= Self.blockStart, a < Self.blockEnd { block[Int(a - Self.blockStart)] = b } else { others[a] = b }
            count += 1
        }
        self.block = block; self.others = others; self.count = count
    }

    /// The simplified scalar of a traditional one, or nil when the scalar is not in the table.
    @inline(__always) func simplified(_ v: UInt32) -> UInt32? {
        if v < Self.blockStart { return nil }
        if v < Self.blockEnd { let s = block[Int(v - Self.blockStart)]; return s == 0 ? nil : s }
        return others.isEmpty ? nil : others[v]
    }

    public static let none = TraditionalCharacters([:])

    /// The repository's table (`Pipeline/traditional-to-simplified.tsv` beside these sources).
    public static let defaultURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Pipeline/traditional-to-simplified.tsv")

    /// The repository's table, or no table when it cannot be read (the ingest tool loads it itself
    /// and stops on a missing or bad table).
    public static let standard: TraditionalCharacters = (try? load(from: defaultURL)) ?? .none

    public static func load(from url: URL) throws -> TraditionalCharacters {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw PipelineError(url.path, "cannot read the traditional-to-simplified table: \(error.localizedDescription)")
        }
        return try parse(text, path: url.path)
    }

    public static func parse(_ text: String, path: String) throws -> TraditionalCharacters {
        var pairs: [Character: Character] = [:]
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == 2, cells[0].unicodeScalars.count == 1, cells[1].unicodeScalars.count == 1 else {
                throw PipelineError(path, "line \(n + 1): expected one traditional character, a tab and one simplified character")
            }
            pairs[Character(String(cells[0]))] = Character(String(cells[1]))
        }
        if pairs.isEmpty { throw PipelineError(path, "no character pairs") }
        return TraditionalCharacters(pairs)
    }
}
