import ArgumentParser
import BriefingCore
import CommandSupport
import Foundation
import Ingest

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read NIA releases (*.txt) into normalised, sentence-split document JSON.",
        discussion: """
            Every *.txt in the sources folder may start with a header of "# key: value" lines
            (url, publisher, language, period, released, title) ended by a blank line; what it
            lacks is detected from the text. Traditional Chinese characters are read as the
            simplified ones the table maps them to. The output folder is replaced as a whole.

            Example:
              ingest --sources Pipeline/sources --out Output/.work/documents
            """,
        version: "1.0.0")

    @Option(help: "Folder of *.txt releases.") var sources: String = "Pipeline/sources"
    @Option(help: "Folder to write one <id>.json per release into.") var out: String
    @Option(help: "Traditional-to-simplified character table (default: the repository's Pipeline/traditional-to-simplified.tsv).")
    var traditional: String?
    @Option(help: "Grammar whose parts of the year name a release's period (default: the repository's Pipeline/grammar.json).")
    var grammar: String?

    func run() throws {
        let start = ContinuousClock.now
        let table = try TraditionalCharacters.load(from: traditional.map { URL(fileURLWithPath: $0) } ?? TraditionalCharacters.defaultURL)
        let words = try IngestGrammar.load(from: grammar.map { URL(fileURLWithPath: $0) } ?? IngestGrammar.defaultURL)
        let s = try IngestStage.run(sources: URL(fileURLWithPath: sources), out: URL(fileURLWithPath: out), traditional: table, grammar: words)
        reportSummary("ingest", "\(counted(s.documents, "document")), \(counted(s.sentences, "sentence"))", since: start)
    }
}

runTool(IngestCommand.self)
