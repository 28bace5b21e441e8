import BriefingCore
import Foundation
import Testing

/// The executables as users and make run them: exit codes, one-line errors naming the file,
/// summary lines, nothing partial written.
@Suite struct CommandLineTests {
    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static func binary(_ name: String) -> URL {
        // `swift test` builds the products next to the test bundle.
        let candidates = [".build/debug", ".build/x86_64-unknown-linux-gnu/debug", ".build/aarch64-unknown-linux-gnu/debug"]
        for c in candidates {
            let u = SeedExpectation.repository.appendingPathComponent(c).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return SeedExpectation.repository.appendingPathComponent(".build/debug").appendingPathComponent(name)
    }

    static func run(_ name: String, _ args: [String]) throws -> Result {
        let p = Process()
        p.executableURL = binary(name)
        p.arguments = args
        p.currentDirectoryURL = SeedExpectation.repository
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    func tempFolder() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    @Test(arguments: [
        ("empty.txt", Data(), "empty file"),
        ("binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), "binary"),
        ("latin1.txt", Data("Im Jahr 2024 wurden 5 Schiffe geprüft".data(using: .isoLatin1)!), "not UTF-8"),
        ("noperiod.txt", Data("Officers inspected many people and ships at the ports.".utf8), "period"),
    ])
    func badReleaseStopsIngest(_ name: String, _ content: Data, _ problem: String) throws {
        let dir = try tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = dir.appendingPathComponent("sources"), out = dir.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: src, withIntermediateDirectories: true)
        try Data("# period: 2024\n\nIn 2024, 5 ships were inspected.".utf8).write(to: src.appendingPathComponent("good.txt"))
        try content.write(to: src.appendingPathComponent(name))
        let r = try Self.run("ingest", ["--sources", src.path, "--out", out.path])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stderr)")
        #expect(r.stderr.contains(name) && r.stderr.contains(problem), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "partial output written")
    }

    @Test func releaseWithoutFiguresIsAWarning() throws {
        let dir = try tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = dir.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: src, withIntermediateDirectories: true)
        try Data("# period: 2024\n\nIn 2024, the administration worked hard and served the people.".utf8).write(to: src.appendingPathComponent("quiet.txt"))
        #expect(try Self.run("ingest", ["--sources", src.path, "--out", dir.appendingPathComponent("d").path]).status == 0)
        let r = try Self.run("extract", ["--documents", dir.appendingPathComponent("d").path, "--out", dir.appendingPathComponent("f").path,
                                         "--csv", dir.appendingPathComponent("facts.csv").path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: quiet.txt: no figures"), "\(r.stderr)")
        #expect(r.stderr.contains("extract: 1 document, 0 facts"), "\(r.stderr)")
        let csv = try String(contentsOf: dir.appendingPathComponent("facts.csv"), encoding: .utf8)
        #expect(csv == "year,period,metric,value,unit,qualifier,yoy_pct,status,source,quote\r\n")
    }

    @Test func usageErrorsExitTwoAndVersionAndHelpWork() throws {
        for tool in ["ingest", "extract", "aggregate", "render"] {
            #expect(try Self.run(tool, ["--no-such-option"]).status == 2)
            let v = try Self.run(tool, ["--version"])
            #expect(v.status == 0 && v.stdout.contains("1.0.0"))
            let h = try Self.run(tool, ["--help"])
            #expect(h.status == 0 && h.stdout.contains("Example"), "\(tool) --help has no example")
        }
    }

    @Test func staleFormatIsRefusedByName() throws {
        let dir = try tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = dir.appendingPathComponent("d")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data(#"{"format": "nia-document/0", "id": "x.txt"}"#.utf8).write(to: docs.appendingPathComponent("x.json"))
        let r = try Self.run("extract", ["--documents", docs.path, "--out", dir.appendingPathComponent("f").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("x.json") && r.stderr.contains("nia-document/0"), "\(r.stderr)")
    }
}

extension CommandLineTests {
    /// A year no release covers: one line listing the years that have one, exit 2, nothing written.
    @Test func yearWithoutReleaseIsRefused() throws {
        let dir = try tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = dir.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: src, withIntermediateDirectories: true)
        try Data("# period: 2024\n\nIn 2024, the authorities issued 18.4 million ordinary passports.".utf8).write(to: src.appendingPathComponent("a.txt"))
        #expect(try Self.run("ingest", ["--sources", src.path, "--out", dir.appendingPathComponent("d").path]).status == 0)
        #expect(try Self.run("extract", ["--documents", dir.appendingPathComponent("d").path, "--out", dir.appendingPathComponent("f").path]).status == 0)
        let out = dir.appendingPathComponent("1999")
        let r = try Self.run("aggregate", ["--facts", dir.appendingPathComponent("f").path, "--year", "1999", "--out", out.path])
        #expect(r.status == 2)
        #expect(r.stderr == "aggregate: no annual release for 1999 among 1 document; years with one: 2024\n", "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let ok = try Self.run("aggregate", ["--facts", dir.appendingPathComponent("f").path, "--year", "2024", "--out", dir.appendingPathComponent("2024").path])
        #expect(ok.status == 0 && ok.stderr.hasPrefix("aggregate: 2024, 1 document,"), "\(ok.stderr)")
    }
}
