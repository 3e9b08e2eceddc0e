import Foundation

extension FileSystem {
    /// A file system held in memory, for tests that need no disk: it starts
    /// with `files` (absolute path -> text; the folders they go in are made)
    /// and a copy of each real folder of `copying`, at the same path, so that
    /// a fixture site keeps the paths its messages show. Nothing is ever
    /// read from or written to the disk after that.
    public static func inMemory(_ files: [String: String] = [:], copying folders: [URL] = []) throws -> FileSystem {
        let memory = InMemoryFileSystem()
        for folder in folders {
            try memory.copyFromDisk(folder, to: folder)
        }
        try memory.add(files.mapValues { Data($0.utf8) })
        return FileSystem(
            read: memory.read,
            write: { data, url in try memory.write(data, to: url) },
            writeUnsynced: { data, url in try memory.write(data, to: url) },
            sync: { _ in },
            createDirectory: memory.createDirectory,
            copy: { source, destination in try memory.copy(source, to: destination) },
            move: { source, destination in try memory.move(source, to: destination) },
            moveReplacing: { source, destination in try memory.moveReplacing(source, with: destination) },
            // One step under the lock of the whole tree: nobody sees half a file.
            replace: { data, url in try memory.write(data, to: url) },
            remove: memory.remove,
            kind: memory.kind,
            contents: memory.contents,
            lock: memory.lock,
            filesBelow: memory.filesBelow,
            // No links in memory, so nothing that cannot be listed.
            listing: { root, _ in FileListing(files: try memory.filesBelow(root)) }
        )
    }
}
