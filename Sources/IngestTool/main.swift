import ArgumentParser
import BriefingCore
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
        let clock = ContinuousClock.now
        do {
            let s = try IngestStage.run(sources: URL(fileURLWithPath: sources), out: URL(fileURLWithPath: out))
            let d = ContinuousClock.now - clock
            let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
            FileHandle.standardError.write(Data("ingest: \(s.documents) documents, \(s.sentences) sentences, \(ms) ms\n".utf8))
        } catch let e as PipelineError {
            FileHandle.standardError.write(Data("ingest: \(e)\n".utf8))
            throw ExitCode(1)
        }
    }
}

IngestCommand.main()
