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
            lacks is detected from the text. The output folder is replaced as a whole.

            Example:
              ingest --sources Pipeline/sources --out Output/.work/documents
            """,
        version: "1.0.0")

    @Option(help: "Folder of *.txt releases.") var sources: String = "Pipeline/sources"
    @Option(help: "Folder to write one <id>.json per release into.") var out: String

    func run() throws {
        let start = ContinuousClock.now
        let s = try IngestStage.run(sources: URL(fileURLWithPath: sources), out: URL(fileURLWithPath: out))
        reportSummary("ingest", "\(counted(s.documents, "document")), \(counted(s.sentences, "sentence"))", since: start)
    }
}

runTool(IngestCommand.self)
