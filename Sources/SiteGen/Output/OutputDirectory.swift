import Foundation
import SiteGenCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The output folder, built in a hidden folder beside it and swapped in only
/// when the whole build has succeeded, so that a failed build leaves the
/// previous site untouched and a server never sees half a site.
///
/// Everything sitegen puts beside the output is named after it:
/// `.public.sitegen-new-<pid>-<random>` (a build; unique, so that two builds
/// never share one), `.public.sitegen-old-<pid>-<random>` (the previous build
/// during a swap done with two renames), `.public.sitegen-update-...` (a
/// preview's small rebuild) and `.public.sitegen-lock` (`OutputLock`).
final class OutputDirectory: Sendable {
    let target: URL
    let staging: URL
    private let fileSystem: FileSystem
    private let system: OutputSystem
    private let createdFolders = Mutex<Set<String>>([""])
    private let writtenPaths = Mutex<[String]>([])
    /// Writes go straight into `target`, each file replaced atomically (a
    /// preview's small rebuilds, while the folder is being served).
    let inPlace: Bool

    init(target: URL, fileSystem: FileSystem, system: OutputSystem = .live) {
        self.target = target
        self.staging = Self.sibling(of: target, "new")
        self.fileSystem = fileSystem
        self.system = system
        self.inPlace = false
    }

    /// For a small rebuild of a folder being served: files are written
    /// beside it first, and moved in one by one by `publishInPlace()` only if
    /// the whole rebuild succeeded.
    init(updatingInPlace target: URL, fileSystem: FileSystem) {
        self.target = target
        self.staging = Self.sibling(of: target, "update")
        self.fileSystem = fileSystem
        self.system = .live
        self.inPlace = true
    }

    /// A new name beside `target` for a folder of this build.
    static func sibling(of target: URL, _ kind: String) -> URL {
        target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).sitegen-\(kind)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    /// Moves every file written into the served folder, each by a rename.
    func publishInPlace() throws {
        for path in writtenPaths.withLock({ $0 }).sorted() {
            let destination = target.appendingPathComponent(path)
            try fileSystem.createDirectory(destination.deletingLastPathComponent())
            try fileSystem.moveReplacing(staging.appendingPathComponent(path), destination)
        }
        discard()
    }

    /// Paths written so far, relative to the output folder.
    var written: [String] { writtenPaths.withLock { $0 }.sorted() }

    /// Starts the staging folder, with the marker in it first, so that a
    /// build killed at any point leaves a folder that is provably sitegen's.
    func prepare() throws {
        try fileSystem.createDirectory(staging)
        if !inPlace { try fileSystem.write(Data(OutputMarker.text.utf8), staging.appendingPathComponent(OutputMarker.name)) }
    }

    /// What builds killed before they finished left beside the output; only
    /// called with the output's lock held, so no live build owns them. A
    /// previous build that a killed two-rename swap had moved aside goes back
    /// in place; the other folders are removed if sitegen's marker is in them
    /// (or they are empty, or hold only a marker cut short), and left alone if not.
    func recoverLeftovers() throws {
        let parent = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).sitegen-"
        // On the disk itself, like OutputMarker's lstat and the rmdir below: what a killed process left.
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        var leftovers = names.filter { $0.hasPrefix(prefix + "new-") || $0.hasPrefix(prefix + "old-") }
            .map { parent.appendingPathComponent($0) }
        if fileSystem.kind(target) == .none,
            let previous = leftovers.first(where: { $0.lastPathComponent.hasPrefix(prefix + "old-") && OutputMarker.isPresent(in: $0) })
        {
            try fileSystem.move(previous, target)
            leftovers.removeAll { $0 == previous }
        }
        for folder in leftovers {
            if OutputMarker.isPresent(in: folder) || OutputMarker.isUnfinished(in: folder) {
                try removeBuild(folder)
            } else {
                rmdir(folder.path)
            }
        }
    }

    /// Writes a file of the site; `path` is relative to the output folder and
    /// never leaves it (it comes from sitegen's own plan, which checks this).
    func write(_ data: Data, to path: String) throws {
        let url = try destination(of: path)
        try ensureFolder(of: path)
        // Put on the disk once, as a whole, by publish().
        try fileSystem.writeUnsynced(data, url)
        if inPlace { writtenPaths.withLock { $0.append(path) } }
    }

    func copy(_ source: URL, to path: String) throws {
        let url = try destination(of: path)
        try ensureFolder(of: path)
        try fileSystem.copy(source, url)
        if inPlace { writtenPaths.withLock { $0.append(path) } }
    }

    /// Puts a file of sitegen's cache in the output: a hard link when both
    /// are on one file system (no bytes copied, and the cache's file is
    /// never written again: a changed photo gets a new entry), else a copy.
    func link(_ source: URL, to path: String) throws {
        let url = try destination(of: path)
        try ensureFolder(of: path)
        if hardLink(source.path, url.path) != 0 { try fileSystem.copy(source, url) }
        if inPlace { writtenPaths.withLock { $0.append(path) } }
    }

    /// Puts the staging folder in place of the output folder in one step
    /// (`renameat2` with `RENAME_EXCHANGE`), so that the output folder is
    /// always there, whole, old or new; then removes the previous build.
    /// Where the file system cannot swap, two renames, with the previous
    /// build put back if the second fails (and by `recoverLeftovers()` if the
    /// build is killed between them).
    func publish() throws {
        // Every file of the build on the disk before it takes the output's
        // name: a crash after the swap must not leave empty pages behind.
        try fileSystem.sync(staging)
        guard fileSystem.kind(target) != .none else {
            try fileSystem.move(staging, target)
            return
        }
        if try system.exchange(staging, target) {
            // The staging folder's name now holds the previous build.
            try? removeBuild(staging)
            return
        }
        let previous = Self.sibling(of: target, "old")
        try fileSystem.move(target, previous)
        do {
            try fileSystem.move(staging, target)
        } catch {
            try? fileSystem.move(previous, target)
            throw error
        }
        try? removeBuild(previous)
    }

    /// Throws away the staging folder after a failed build.
    func discard() {
        guard fileSystem.kind(staging) != .none else { return }
        if inPlace { try? fileSystem.remove(staging) } else { try? removeBuild(staging) }
    }

    /// Removes a build folder with its marker last, so that a removal cut
    /// short leaves a folder that is still provably sitegen's (or an empty one).
    private func removeBuild(_ folder: URL) throws {
        let names = try fileSystem.contents(folder)
        for name in names where name != OutputMarker.name {
            try fileSystem.remove(folder.appendingPathComponent(name))
        }
        if names.contains(OutputMarker.name) { try fileSystem.remove(folder.appendingPathComponent(OutputMarker.name)) }
        try fileSystem.remove(folder)
    }

    private func destination(of path: String) throws -> URL {
        let components = path.split(separator: "/")
        guard !path.hasPrefix("/"), !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else {
            throw OutputPathError(path: path)
        }
        guard path != OutputMarker.name else { throw OutputPathError(path: path, isMarker: true) }
        return staging.appendingPathComponent(path)
    }

    private func ensureFolder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        // Created under the lock: a writer that finds the folder in the set
        // must find it on disk too (images of one folder are written at once).
        try createdFolders.withLock { created in
            guard !created.contains(folder) else { return }
            try fileSystem.createDirectory(staging.appendingPathComponent(folder))
            created.insert(folder)
        }
    }
}

struct OutputPathError: Error, CustomStringConvertible, LocalizedError {
    var path: String
    var isMarker = false
    var description: String {
        isMarker
            ? "\"\(path)\" is the name of the file sitegen writes into every output folder it builds; rename your file"
            : "refusing to write \"\(path)\" outside the output folder"
    }
    var errorDescription: String? { description }
}

/// link(2), out of `OutputDirectory`, whose own `link` hides it.
private func hardLink(_ source: String, _ destination: String) -> Int32 {
    link(source, destination)
}
