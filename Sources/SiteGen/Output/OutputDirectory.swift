#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// The output folder, built in a hidden folder beside it and swapped in only
/// when the whole build has succeeded, so that a failed build leaves the
/// previous site untouched and a server never sees half a site.
final class OutputDirectory: Sendable {
    let target: URL
    let staging: URL
    private let fileSystem: FileSystem
    private let createdFolders = Mutex<Set<String>>([""])
    private let writtenPaths = Mutex<[String]>([])
    /// Writes go straight into `target`, each file replaced atomically (a
    /// preview's small rebuilds, while the folder is being served).
    let inPlace: Bool

    init(target: URL, fileSystem: FileSystem) {
        self.target = target
        self.staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-new")
        self.fileSystem = fileSystem
        self.inPlace = false
    }

    /// For a small rebuild of a folder being served: files are written
    /// beside it first, and moved in one by one by `publishInPlace()` only if
    /// the whole rebuild succeeded.
    init(updatingInPlace target: URL, fileSystem: FileSystem) {
        self.target = target
        self.staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-update")
        self.fileSystem = fileSystem
        self.inPlace = true
    }

    /// Moves every file written into the served folder, each by a rename.
    func publishInPlace() throws {
        for path in writtenPaths.withLock({ $0 }).sorted() {
            let destination = target.appendingPathComponent(path)
            try fileSystem.createDirectory(destination.deletingLastPathComponent())
            guard rename(staging.appendingPathComponent(path).path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
            }
        }
        discard()
    }

    /// Paths written so far, relative to the output folder.
    var written: [String] { writtenPaths.withLock { $0 }.sorted() }

    /// Starts an empty staging folder (removing one left by an interrupted build).
    func prepare() throws {
        if fileSystem.kind(staging) != .none { try fileSystem.remove(staging) }
        try fileSystem.createDirectory(staging)
    }

    /// Writes a file of the site; `path` is relative to the output folder and
    /// never leaves it (it comes from sitegen's own plan, which checks this).
    func write(_ data: Data, to path: String) throws {
        let url = try destination(of: path)
        try ensureFolder(of: path)
        try fileSystem.write(data, url)
        if inPlace { writtenPaths.withLock { $0.append(path) } }
    }

    func copy(_ source: URL, to path: String) throws {
        let url = try destination(of: path)
        try ensureFolder(of: path)
        try fileSystem.copy(source, url)
        if inPlace { writtenPaths.withLock { $0.append(path) } }
    }

    /// Puts the staging folder in place of the output folder.
    func publish() throws {
        let previous = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-old")
        if fileSystem.kind(previous) != .none { try fileSystem.remove(previous) }
        if fileSystem.kind(target) != .none {
            try fileSystem.move(target, previous)
            do {
                try fileSystem.move(staging, target)
            } catch {
                try? fileSystem.move(previous, target)
                throw error
            }
            try? fileSystem.remove(previous)
        } else {
            try fileSystem.move(staging, target)
        }
    }

    /// Throws away the staging folder after a failed build.
    func discard() {
        if fileSystem.kind(staging) != .none { try? fileSystem.remove(staging) }
    }

    private func destination(of path: String) throws -> URL {
        let components = path.split(separator: "/")
        guard !path.hasPrefix("/"), !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else {
            throw OutputPathError(path: path)
        }
        return staging.appendingPathComponent(path)
    }

    private func ensureFolder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        let isNew = createdFolders.withLock { $0.insert(folder).inserted }
        if isNew { try fileSystem.createDirectory(staging.appendingPathComponent(folder)) }
    }
}

struct OutputPathError: Error, CustomStringConvertible {
    var path: String
    var description: String { "refusing to write \"\(path)\" outside the output folder" }
}
