import Foundation
import Synchronization

/// Files and folders held in memory, by absolute path, behind one lock:
/// what `FileSystem.inMemory` reads and writes. Each operation does what
/// the same operation of `FileSystem.live` does on a disk, with the same
/// errors (a missing file, a folder where a file is expected, a move onto
/// something), so that a test that passes in memory passes on disk. There
/// are no symbolic links and no permissions: a listing reports no problems.
final class InMemoryFileSystem: Sendable {
    enum Node: Sendable, Equatable {
        case file(Data)
        case directory
    }

    /// Every item by its absolute path without a trailing slash; "/" is always a folder.
    private let items = Mutex<[String: Node]>(["/": .directory])
    /// Paths locked with `lock`, shared by every holder of this file system.
    private let locked = Mutex<Set<String>>([])

    // MARK: Operations of the seam

    func read(_ url: URL) throws -> Data {
        let path = Self.path(url)
        return try items.withLock { items in
            switch items[path] {
            case .file(let data): return data
            case .directory: throw Self.error(.fileReadUnknown, path, "is a folder")
            case nil: throw Self.error(.fileReadNoSuchFile, path, "no such file")
            }
        }
    }

    func write(_ data: Data, to url: URL) throws {
        let path = Self.path(url)
        try items.withLock { items in
            try Self.requireParent(of: path, in: items)
            if items[path] == .directory { throw Self.error(.fileWriteUnknown, path, "is a folder") }
            items[path] = .file(data)
        }
    }

    func createDirectory(_ url: URL) throws {
        let path = Self.path(url)
        try items.withLock { items in
            var folder = ""
            for component in path.split(separator: "/") {
                folder += "/" + component
                switch items[folder] {
                case .directory: continue
                case .file: throw Self.error(.fileWriteFileExists, folder, "is a file")
                case nil: items[folder] = .directory
                }
            }
        }
    }

    func copy(_ source: URL, to destination: URL) throws {
        let from = Self.path(source)
        let to = Self.path(destination)
        try items.withLock { items in
            guard items[from] != nil else { throw Self.error(.fileReadNoSuchFile, from, "no such file") }
            guard items[to] == nil else { throw Self.error(.fileWriteFileExists, to, "already exists") }
            try Self.requireParent(of: to, in: items)
            if Self.isInside(to, from) { throw Self.error(.fileWriteUnknown, to, "is inside what is copied") }
            for (path, node) in Self.subtree(from, in: items) {
                items[to + path.dropFirst(from.count)] = node
            }
        }
    }

    func move(_ source: URL, to destination: URL) throws {
        let from = Self.path(source)
        let to = Self.path(destination)
        try items.withLock { items in
            guard items[from] != nil else { throw Self.error(.fileNoSuchFile, from, "no such file") }
            guard items[to] == nil else { throw Self.error(.fileWriteFileExists, to, "already exists") }
            try Self.requireParent(of: to, in: items)
            try Self.moveSubtree(from, to, in: &items)
        }
    }

    /// rename(2): a file replaces a file, a folder replaces an empty folder.
    func moveReplacing(_ source: URL, with destination: URL) throws {
        let from = Self.path(source)
        let to = Self.path(destination)
        try items.withLock { items in
            guard let moved = items[from] else { throw Self.error(.fileNoSuchFile, from, "no such file") }
            try Self.requireParent(of: to, in: items)
            if from == to { return }
            switch (moved, items[to]) {
            case (_, nil), (.file, .file):
                break
            case (.directory, .directory):
                guard Self.subtree(to, in: items).count == 1 else { throw Self.error(.fileWriteUnknown, to, "is a folder that is not empty") }
            case (.file, .directory):
                throw Self.error(.fileWriteUnknown, to, "is a folder")
            case (.directory, .file):
                throw Self.error(.fileWriteUnknown, to, "is a file")
            }
            if Self.isInside(to, from) { throw Self.error(.fileWriteUnknown, to, "is inside what is moved") }
            items[to] = nil
            try Self.moveSubtree(from, to, in: &items)
        }
    }

    func remove(_ url: URL) throws {
        let path = Self.path(url)
        try items.withLock { items in
            guard items[path] != nil, path != "/" else { throw Self.error(.fileNoSuchFile, path, "no such file") }
            for (below, _) in Self.subtree(path, in: items) { items[below] = nil }
        }
    }

    func kind(_ url: URL) -> FileSystem.ItemKind {
        switch items.withLock({ $0[Self.path(url)] }) {
        case .file: .file
        case .directory: .directory
        case nil: .none
        }
    }

    func contents(_ url: URL) throws -> [String] {
        let path = Self.path(url)
        return try items.withLock { items in
            try Self.requireFolder(path, in: items)
            let prefix = path == "/" ? "/" : path + "/"
            return items.keys.filter { $0.hasPrefix(prefix) && $0 != "/" && !$0.dropFirst(prefix.count).contains("/") }
                .map { String($0.dropFirst(prefix.count)) }.sorted()
        }
    }

    func filesBelow(_ url: URL) throws -> [String] {
        let path = Self.path(url)
        return try items.withLock { items in
            try Self.requireFolder(path, in: items)
            let prefix = path == "/" ? "/" : path + "/"
            return Self.subtree(path, in: items).compactMap { below, node in
                guard case .file = node else { return nil }
                return String(below.dropFirst(prefix.count))
            }.sorted()
        }
    }

    /// Like the live lock, waits for another holder and creates the file when missing.
    func lock(_ url: URL) throws -> FileSystem.HeldLock {
        let path = Self.path(url)
        try items.withLock { items in
            try Self.requireParent(of: path, in: items)
            switch items[path] {
            case .file: break
            case .directory: throw Self.error(.fileWriteUnknown, path, "is a folder")
            case nil: items[path] = .file(Data())
            }
        }
        // A holder keeps a lock for a few reads and a write: polling is enough here.
        while !locked.withLock({ $0.insert(path).inserted }) {
            Thread.sleep(forTimeInterval: 0.001)
        }
        return FileSystem.HeldLock { [self] in _ = locked.withLock { $0.remove(path) } }
    }

    // MARK: Seeding

    /// Adds files by absolute path, with the folders they go in.
    func add(_ files: [String: Data]) throws {
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: path)
            try createDirectory(url.deletingLastPathComponent())
            try write(data, to: url)
        }
    }

    /// Copies a real folder, and every file below it as the live listing
    /// finds them (links inside the folder followed), to `destination`.
    func copyFromDisk(_ folder: URL, to destination: URL) throws {
        try createDirectory(destination)
        for path in try FileSystem.live.filesBelow(folder) {
            let target = destination.appendingPathComponent(path)
            try createDirectory(target.deletingLastPathComponent())
            try write(try FileSystem.live.read(folder.appendingPathComponent(path)), to: target)
        }
    }

    // MARK: Paths

    /// The absolute path `url` names, with `.` and `..` resolved and no trailing slash.
    static func path(_ url: URL) -> String {
        let standard = url.standardizedFileURL.path
        var parts: [Substring] = []
        for part in standard.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// `path` and everything below it.
    private static func subtree(_ path: String, in items: [String: Node]) -> [(String, Node)] {
        items.filter { $0.key == path || isInside($0.key, path) }.map { ($0.key, $0.value) }
    }

    private static func moveSubtree(_ from: String, _ to: String, in items: inout [String: Node]) throws {
        if isInside(to, from) { throw error(.fileWriteUnknown, to, "is inside what is moved") }
        let moved = subtree(from, in: items)
        for (path, _) in moved { items[path] = nil }
        for (path, node) in moved { items[to + path.dropFirst(from.count)] = node }
    }

    private static func requireParent(of path: String, in items: [String: Node]) throws {
        let folder = parent(of: path)
        guard items[folder] == .directory else {
            throw error(
                items[folder] == nil ? .fileNoSuchFile : .fileWriteUnknown, path,
                "the folder it goes in \(items[folder] == nil ? "does not exist" : "is a file")")
        }
    }

    private static func requireFolder(_ path: String, in items: [String: Node]) throws {
        switch items[path] {
        case .directory: return
        case .file: throw error(.fileReadUnknown, path, "is not a folder")
        case nil: throw error(.fileReadNoSuchFile, path, "no such folder")
        }
    }

    private static func error(_ code: CocoaError.Code, _ path: String, _ reason: String) -> CocoaError {
        CocoaError(code, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): \(reason)"])
    }
}
