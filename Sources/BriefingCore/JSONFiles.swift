import Foundation

/// Reading and writing the stages' JSON files: stable key order (so reruns give the same bytes),
/// a format check on read, and atomic writes (temporary file, then rename), so a failed stage
/// leaves no partial output.
public enum JSONFiles {
    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }

    public static func write<T: Encodable>(_ value: T, to url: URL) throws {
        let data: Data
        do { data = try encoder().encode(value) } catch {
            throw PipelineError(url.path, "cannot encode JSON: \(error)")
        }
        try writeAtomically(data + Data("\n".utf8), to: url)
    }

    /// Reads a stage file whose top-level `format` must equal `format`.
    public static func read<T: Decodable>(_ type: T.Type, from url: URL, format: String) throws -> T {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw PipelineError(url.path, "cannot read: \(error.localizedDescription)")
        }
        guard let header = try? JSONDecoder().decode(FormatHeader.self, from: data) else {
            throw PipelineError(url.path, "not a JSON object")
        }
        guard header.format == format else {
            throw PipelineError(url.path, "format \(header.format ?? "missing") is not the \(format) this version reads; rerun the earlier stage")
        }
        do { return try JSONDecoder().decode(T.self, from: data) } catch {
            throw PipelineError(url.path, "malformed \(format): \(describe(error))")
        }
    }

    public static func writeAtomically(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try data.write(to: tmp)
            if rename(tmp.path, url.path) != 0 {
                try? FileManager.default.removeItem(at: tmp)
                throw PipelineError(url.path, "cannot write: \(String(cString: strerror(errno)))")
            }
        } catch let e as PipelineError { throw e } catch {
            throw PipelineError(url.path, "cannot write: \(error.localizedDescription)")
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let k, let c): return "missing \(path(c.codingPath + [k]))"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c), DecodingError.dataCorrupted(let c):
            return "\(path(c.codingPath)): \(c.debugDescription)"
        default: return "\(error)"
        }
    }

    static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

extension Catalog {
    /// Loads and checks `Pipeline/metrics.json`.
    public static func load(from url: URL) throws -> Catalog {
        let catalog = try JSONFiles.read(Catalog.self, from: url, format: Catalog.format)
        var seen = Set<String>()
        for m in catalog.metrics where !seen.insert(m.id).inserted {
            throw PipelineError(url.path, "metric \(m.id) is defined twice")
        }
        for s in catalog.sums {
            for id in [s.total] + s.parts where !seen.contains(id) {
                throw PipelineError(url.path, "sum constraint names unknown metric \(id)")
            }
        }
        for b in catalog.bounds {
            for id in [b.metric] + (b.atMost.map { [$0] } ?? []) where !seen.contains(id) {
                throw PipelineError(url.path, "bound constraint names unknown metric \(id)")
            }
        }
        for id in catalog.bothDirections ?? [] where !seen.contains(id) {
            throw PipelineError(url.path, "bothDirections names unknown metric \(id)")
        }
        return catalog
    }
}

/// The `format` key every stage file carries.
struct FormatHeader: Decodable { var format: String? }
