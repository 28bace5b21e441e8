import ArgumentParser
import BriefingCore
import CommandSupport
import Extract
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find every figure in ingested releases and match it to a catalog metric.",
        discussion: """
            Reads the document JSON written by ingest, writes one facts JSON per document and,
            with --csv, every fact that matched a metric in the fixed facts.csv format.
            Phrases come from the catalog (metrics.json); number and change words from
            grammar.json beside it.

            Example:
              extract --documents Output/.work/documents --catalog Pipeline/metrics.json \\
                      --out Output/facts --csv Output/facts.csv
            """,
        version: "1.0.0")

    @Option(help: "Folder of document JSON (ingest's output).") var documents: String
    @Option(help: "The metric catalog.") var catalog: String = "Pipeline/metrics.json"
    @Option(help: "The number and change vocabulary (default: grammar.json beside the catalog).") var grammar: String?
    @Option(help: "Folder to write one facts JSON per document into.") var out: String
    @Option(help: "Also write every matched fact to this facts.csv.") var csv: String?

    func run() throws {
        let start = ContinuousClock.now
        let catalogURL = URL(fileURLWithPath: catalog)
        let grammarURL = grammar.map { URL(fileURLWithPath: $0) } ?? catalogURL.deletingLastPathComponent().appendingPathComponent("grammar.json")
        let extractor = Extractor(catalog: try Catalog.load(from: catalogURL), grammar: try Grammar.load(from: grammarURL))
        let s = try ExtractStage.run(documents: URL(fileURLWithPath: documents), extractor: extractor,
                                     out: URL(fileURLWithPath: out), csv: csv.map { URL(fileURLWithPath: $0) })
        for w in s.warnings { FileHandle.standardError.write(Data("extract: warning: \(w)\n".utf8)) }
        reportSummary("extract", "\(counted(s.documents, "document")), \(counted(s.matched, "fact")), \(s.flagged) flagged, "
                      + "\(counted(s.facts - s.matched, "figure")) matching no metric", since: start)
    }
}

runTool(ExtractCommand.self)
