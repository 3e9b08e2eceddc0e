import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a file for a read-modify-write, shared by every
/// sitegen process. Edits replace the file by renaming a new one over it, so
/// after waiting for the lock the holder checks that the path still names the
/// file it locked, and starts again on the new one if not.
package final class FileLock: Sendable {
    package let path: String
    /// -1 when not held.
    private let descriptor = Mutex<Int32>(-1)

    package init(path: String) {
        self.path = path
    }

    /// Creates the file when missing (empty), then waits for the lock.
    package func acquire() throws {
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw POSIXError(errno, "cannot open") }
            var result: Int32
            repeat { result = flock(fd, LOCK_EX) } while result != 0 && errno == EINTR
            guard result == 0 else {
                close(fd)
                throw POSIXError(errno, "cannot lock")
            }
            var locked = stat()
            var current = stat()
            if fstat(fd, &locked) == 0, stat(path, &current) == 0, locked.st_ino == current.st_ino, locked.st_dev == current.st_dev {
                descriptor.withLock { $0 = fd }
                return
            }
            // Another process replaced the file while we waited: lock the new one.
            close(fd)
        }
    }

    package func release() {
        let fd = descriptor.withLock { held in
            defer { held = -1 }
            return held
        }
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }

    deinit { release() }
}
