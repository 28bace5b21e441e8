import BriefingCore
import Foundation

/// The ingest stage: every release of a folder becomes one document JSON in `out`.
public enum IngestStage {
    public struct Summary: Sendable { public var documents: Int; public var sentences: Int }

    /// Reads every `*.txt` of `sources`; any bad file stops the stage before anything is written.
    /// The output folder is replaced as a whole, so documents of an earlier run never linger.
    /// Traditional characters are read as the simplified ones `traditional` maps them to;
    /// `grammar` name the parts of the year a release's period may be read from.
    public static func run(sources: URL, out: URL, traditional: TraditionalCharacters = .standard,
                           grammar: IngestGrammar = .standard) throws -> Summary {
        let files = try Ingestor.sourceFiles(in: sources)
        if files.isEmpty { throw PipelineError(sources.path, "no *.txt releases in this folder") }
        let documents = try files.map { try Ingestor.read($0, traditional: traditional, grammar: grammar) }
        try StageFolder.replace(out) { tmp in
            for d in documents {
                try JSONFiles.write(d, to: tmp.appendingPathComponent(d.id.replacingOccurrences(of: ".txt", with: ".json")))
            }
        }
        return Summary(documents: documents.count, sentences: documents.reduce(0) { $0 + $1.sentences.count })
    }
}
