import ArgumentParser
import BriefingCore
import Foundation

/// Runs a stage's command the way every stage behaves: exit 0 on success, 1 on bad data
/// (one line naming the file), 2 on bad usage (arguments, or asking for what the data lacks);
/// `--help` and `--version` print to stdout and exit 0. Errors are one line on stderr,
/// prefixed with the tool's name.
public func runTool<Command: ParsableCommand>(_ command: Command.Type) -> Never {
    let name = Command.configuration.commandName ?? "\(Command.self)"
    func fail(_ message: String, _ code: Int32) -> Never {
        FileHandle.standardError.write(Data("\(name): \(message.replacingOccurrences(of: "\n", with: " "))\n".utf8))
        exit(code)
    }
    do {
        var parsed = try Command.parseAsRoot()
        try parsed.run()
        exit(0)
    } catch let error as PipelineError {
        fail(error.description, 1)
    } catch let error as UsageProblem {
        fail(error.description, 2)
    } catch let error as ExitCode {
        exit(error.rawValue)
    } catch {
        if Command.exitCode(for: error) == .success {
            print(Command.fullMessage(for: error))
            exit(0)
        }
        fail(Command.message(for: error), 2)
    }
}

/// Prints a stage's one summary line on stderr, with the time since `start` in milliseconds.
public func reportSummary(_ name: String, _ summary: String, since start: ContinuousClock.Instant) {
    let d = ContinuousClock.now - start
    let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
    FileHandle.standardError.write(Data("\(name): \(summary), \(ms) ms\n".utf8))
}

/// "1 document", "2 documents".
public func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
