import Foundation
import Testing

/// The catalog and the grammar as files: they are edited by hand, so what a hand slips on is checked.
@Suite struct CatalogTests {
    /// Every id of the metric vocabulary (a copy of ../shared/spec/metrics.tsv) has phrases in
    /// both languages, and the catalog names no id the vocabulary lacks.
    @Test func catalogCoversEveryMetricInBothLanguages() throws {
        let spec = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/metrics.tsv"), encoding: .utf8)
        let ids = Set(spec.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) })
        #expect(ids.count == 37)
        let catalog = try JSONSerialization.jsonObject(with: Data(contentsOf: pipelineFolder.appendingPathComponent("metrics.json"))) as! [String: Any]
        let metrics = catalog["metrics"] as! [[String: Any]]
        #expect(Set(metrics.map { $0["id"] as! String }) == ids)
        for m in metrics {
            let match = m["match"] as? [String: Any] ?? [:]
            #expect(!((match["en"] as? [Any]) ?? []).isEmpty, "\(m["id"]!): no English phrases")
            #expect(!((match["zh"] as? [Any]) ?? []).isEmpty, "\(m["id"]!): no Chinese phrases")
        }
    }

    /// No word list repeats an entry: a repeat is a merge or an edit gone wrong, and it hides
    /// which of two places a later edit should change.
    @Test(arguments: ["metrics.json", "grammar.json"])
    func noListRepeatsAnEntry(_ file: String) throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: pipelineFolder.appendingPathComponent(file)))
        var repeats: [String] = []
        func walk(_ o: Any, _ path: String) {
            if let d = o as? [String: Any] {
                for (k, v) in d { walk(v, path + "." + k) }
            } else if let a = o as? [Any] {
                var seen = Set<String>()
                for (i, x) in a.enumerated() {
                    if let s = x as? String {
                        if !seen.insert(s).inserted { repeats.append("\(path): \(s)") }
                    } else {
                        walk(x, "\(path)[\(i)]")
                    }
                }
            }
        }
        walk(json, file)
        #expect(repeats.isEmpty, "\(repeats.joined(separator: "\n"))")
    }
}
