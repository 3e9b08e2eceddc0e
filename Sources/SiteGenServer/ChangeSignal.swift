import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wakes the watcher as soon as something changes under the watched
/// folders (inotify on Linux), instead of at its next look, and says which
/// files changed, so that the watcher looks at those alone instead of the
/// whole site. Where it is not available the watcher simply looks at the
/// files at its own pace.
final class ChangeSignal {
    /// What woke the watcher.
    struct Changes: Equatable {
        /// Absolute paths of the files named by the events.
        var paths: Set<String> = []
        /// False when the events do not name every change: a folder was
        /// created, moved or removed (what is below it is not named), or the
        /// kernel's queue overflowed. The watcher then looks at every file.
        var complete = true
    }

    #if canImport(Glibc)
        private let descriptor: Int32
        private let folders: [URL]
        private let files: [URL]
        /// The watched folder of each watch descriptor.
        private var watched: [Int32: String] = [:]

        init?(folders: [URL], files: [URL]) {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            self.folders = folders
            self.files = files
            addWatches()
        }

        deinit { close(descriptor) }

        private static let mask = UInt32(
            IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)

        /// Watches every folder below the watched ones (again for new folders: adding a watch twice is harmless).
        private func addWatches() {
            var all = Set(files.map { $0.deletingLastPathComponent().path })
            for folder in folders {
                guard FileManager.default.fileExists(atPath: folder.path) else { continue }
                all.insert(folder.path)
                for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey])
                    ?? FileManager.DirectoryEnumerator()
                {
                    if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { all.insert(url.path) }
                }
            }
            for path in all {
                let watch = inotify_add_watch(descriptor, path, Self.mask)
                if watch >= 0 { watched[watch] = path }
            }
        }

        /// Waits up to `timeout` seconds for changes; nil when there were none.
        func changes(timeout: Double) -> Changes? {
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, Int32(timeout * 1000))
            guard ready > 0 else { return nil }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var changes = Changes()
            var sawFolderChange = false
            let header = MemoryLayout<inotify_event>.size
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else { break }
                var offset = 0
                while offset + header <= count {
                    let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                    let nameLength = min(Int(event.len), count - offset - header)
                    if event.mask & UInt32(IN_ISDIR) != 0 || event.mask & UInt32(IN_DELETE_SELF | IN_IGNORED) != 0 {
                        sawFolderChange = true
                    }
                    if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { changes.complete = false }
                    if nameLength > 0, let folder = watched[event.wd] {
                        // The name is NUL-padded to the event's length.
                        let bytes = buffer[(offset + header)..<(offset + header + nameLength)].prefix { $0 != 0 }
                        changes.paths.insert(folder + "/" + String(decoding: bytes, as: UTF8.self))
                    } else {
                        changes.complete = false
                    }
                    offset += header + Int(event.len)
                }
            }
            if sawFolderChange {
                changes.complete = false
                addWatches()
            }
            return changes
        }
    #else
        init?(folders: [URL], files: [URL]) { return nil }
        func changes(timeout: Double) -> Changes? { nil }
    #endif
}
