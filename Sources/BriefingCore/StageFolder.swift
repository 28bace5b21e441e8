import Foundation

/// A stage's output folder, written whole: fill a temporary sibling, then swap it in, so a
/// failed run leaves the previous output (or nothing) and never a mix.
public enum StageFolder {
    public static func replace(_ folder: URL, fill: (URL) throws -> Void) throws {
        let fm = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let tmp = parent.appendingPathComponent(".\(folder.lastPathComponent).\(pid).tmp")
        let old = parent.appendingPathComponent(".\(folder.lastPathComponent).\(pid).old")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: tmp)
            try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        } catch {
            throw PipelineError(folder.path, "cannot create: \(error.localizedDescription)")
        }
        do {
            try fill(tmp)
        } catch {
            try? fm.removeItem(at: tmp)
            throw error
        }
        if fm.fileExists(atPath: folder.path) {
            guard rename(folder.path, old.path) == 0 else {
                try? fm.removeItem(at: tmp)
                throw PipelineError(folder.path, "cannot replace: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(tmp.path, folder.path) == 0 else {
            throw PipelineError(folder.path, "cannot write: \(String(cString: strerror(errno)))")
        }
        try? fm.removeItem(at: old)
    }
}
