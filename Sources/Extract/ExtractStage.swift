import BriefingCore
import Foundation

/// The extract stage: the documents of a folder become one facts JSON each, and optionally one facts.csv.
public enum ExtractStage {
    public struct Summary: Sendable {
        public var documents: Int, facts: Int, matched: Int, flagged: Int
        public var warnings: [String]
    }

    /// Reads every document JSON of `documents`, writes `<id>.json` facts into `out` (replaced
    /// whole) and, when `csv` is given, every matched fact of every document there.
    public static func run(documents: URL, extractor: Extractor, out: URL, csv: URL?) throws -> Summary {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: documents, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasPrefix(".") }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw PipelineError(documents.path, "cannot list documents: \(error.localizedDescription)")
        }
        if files.isEmpty { throw PipelineError(documents.path, "no document JSON files; run ingest first") }
        let results = try files.map { try extractor.extract(JSONFiles.read(SourceDocument.self, from: $0, format: SourceDocument.format)) }
        try StageFolder.replace(out) { tmp in
            for r in results {
                try JSONFiles.write(r, to: tmp.appendingPathComponent(r.document.replacingOccurrences(of: ".txt", with: ".json")))
            }
        }
        if let csv {
            let rows = results.flatMap { $0.facts.compactMap(FactsCSV.Row.init) }
            try JSONFiles.writeAtomically(Data(FactsCSV.render(rows).utf8), to: csv)
        }
        let all = results.flatMap(\.facts)
        return Summary(documents: results.count, facts: all.count, matched: all.filter { $0.metric != nil }.count,
                       flagged: all.filter { $0.status == .flagged && $0.metric != nil }.count,
                       warnings: results.flatMap { r in r.warnings.map { "\(r.document): \($0)" } })
    }
}
