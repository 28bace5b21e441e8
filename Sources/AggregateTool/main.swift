import Aggregate
import ArgumentParser
import BriefingCore
import CommandSupport
import Foundation

/// `aggregate`: parses the arguments, calls `Aggregator.run`, prints one summary line.
struct AggregateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Turn the facts of every release into the checked year-by-year series of one year's briefing.",
        discussion: """
            Reads every DocumentFacts file (format nia-facts/1) in --facts, resolves each metric \
            year by year (the year's own release first, then other releases, then values derived \
            from stated year-on-year changes), checks the catalog's sums and bounds, and writes \
            series.json (for the render stage) and facts.csv into --out. Doubtful figures are \
            flagged, garbled parts of a total reconciled, and every such value explained in a \
            quality note. Nothing is written when anything fails.

            Example:
              aggregate --facts Output/facts --catalog Pipeline/metrics.json --year 2024 --out Output/2024
            """,
        version: "1.0.0")

    @Option(help: "Directory of DocumentFacts JSON files, one per document.")
    var facts: String

    @Option(help: "The metric catalog.")
    var catalog: String = "Pipeline/metrics.json"

    @Option(help: "The year of the briefing; a document must be the annual release for it.")
    var year: Int

    @Option(help: "Output directory (series.json and facts.csv), e.g. Output/2024.")
    var out: String

    func validate() throws {
        guard (1900...2200).contains(year) else { throw ValidationError("--year \(year) is not a plausible year") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: facts, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--facts \(facts) is not a directory")
        }
        guard FileManager.default.fileExists(atPath: catalog) else {
            throw ValidationError("--catalog \(catalog) does not exist")
        }
        // Whether the facts hold an annual release for --year is checked once they are read,
        // before anything is written (AggregateError, exit 2).
    }

    func run() throws {
        let start = ContinuousClock.now
        let result = try Aggregator.run(facts: URL(fileURLWithPath: facts), catalog: URL(fileURLWithPath: catalog),
                                        year: year, out: URL(fileURLWithPath: out))
        reportSummary("aggregate", result.summary, since: start)
    }
}

// Exit codes: 0 success, 1 bad data (one line naming the file), 2 bad usage (arguments, or a
// year without an annual release).
runTool(AggregateCommand.self)
