import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file so that a reader, or a crash at any moment, sees either
/// the old file or the new one, never half of one: the new bytes go to a
/// temporary file in the same folder, are flushed to disk, take the old
/// file's permissions, and are renamed over it.
package enum AtomicFile {
    package static func replace(_ path: String, with data: Data) throws {
        // A links.yml that is a symbolic link keeps being one: the file it names is replaced.
        let path = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).sitegen-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(errno, "cannot create \(temporary)") }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            try UnsyncedFile.writeAll(data, to: fd, path: temporary)
            var existing = stat()
            let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
            guard fchmod(fd, mode) == 0 else { throw POSIXError(errno, "cannot set the permissions of \(temporary)") }
            guard fsync(fd) == 0 else { throw POSIXError(errno, "cannot flush \(temporary)") }
            close(fd)
            closed = true
            pauseForCrashTests()
            guard rename(temporary, path) == 0 else { throw POSIXError(errno, "cannot replace \(path)") }
        } catch {
            unlink(temporary)
            throw error
        }
        // The rename itself is made durable by flushing the folder.
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The crash test kills a process while the new file is written but not
    /// yet renamed; `SITEGEN_TEST_PAUSE_BEFORE_RENAME` (seconds) holds it there.
    private static func pauseForCrashTests() {
        if let text = ProcessInfo.processInfo.environment["SITEGEN_TEST_PAUSE_BEFORE_RENAME"], let seconds = Double(text), seconds > 0 {
            Thread.sleep(forTimeInterval: seconds)
        }
    }
}
