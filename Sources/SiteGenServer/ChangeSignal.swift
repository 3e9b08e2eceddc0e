import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wakes the watcher as soon as something changes under the watched
/// folders (inotify on Linux), instead of at its next look. Where it is not
/// available the watcher simply looks at the files at its own pace.
final class ChangeSignal {
    #if canImport(Glibc)
        private let descriptor: Int32
        private let folders: [URL]
        private let files: [URL]

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
            for path in all { _ = inotify_add_watch(descriptor, path, Self.mask) }
        }

        /// Waits up to `timeout` seconds; true when something changed (the events are drained).
        func wait(timeout: Double) -> Bool {
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, Int32(timeout * 1000))
            guard ready > 0 else { return false }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var sawFolderChange = false
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else { break }
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                    if event.mask & UInt32(IN_ISDIR) != 0 { sawFolderChange = true }
                    offset += MemoryLayout<inotify_event>.size + Int(event.len)
                }
            }
            if sawFolderChange { addWatches() }
            return true
        }
    #else
        init?(folders: [URL], files: [URL]) { return nil }
        func wait(timeout: Double) -> Bool { false }
    #endif
}
