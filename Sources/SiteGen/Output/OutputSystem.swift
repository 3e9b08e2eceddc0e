import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls that publishing an output folder needs beyond
/// `FileSystem`: an atomic swap of two folders and a lock shared by every
/// sitegen process. `live` uses the kernel; tests replace one call (a file
/// system that cannot swap, a lock someone else holds).
struct OutputSystem: Sendable {
    /// Swaps two existing paths in one step, so that nobody ever sees
    /// neither; false where the kernel or the file system cannot.
    var exchange: @Sendable (_ first: URL, _ second: URL) throws -> Bool
    /// Locks the file at `path` (created if missing) for this process alone,
    /// waiting for another holder to finish when `wait`; nil if another holder
    /// has it and `wait` is false. The result is what `unlock` takes.
    var lock: @Sendable (_ path: String, _ wait: Bool) throws -> Int32?
    /// Removes the lock file and lets the next waiter in.
    var unlock: @Sendable (_ descriptor: Int32, _ path: String) -> Void

    static let live = OutputSystem(
        exchange: { first, second in
            #if os(Linux)
                guard let renameat2 = LinuxRename.renameat2 else { return false }
                if renameat2(AT_FDCWD, first.path, AT_FDCWD, second.path, LinuxRename.exchange) == 0 { return true }
                let code = errno
                // Old kernels (ENOSYS) and file systems without the flag (EINVAL): two renames instead.
                if code == EINVAL || code == ENOSYS || code == EOPNOTSUPP { return false }
                if code == EBUSY {
                    throw POSIXError(
                        code,
                        "cannot replace \(second.lastPathComponent): it is a mount point (or in use); build into a folder inside it, or build elsewhere and copy"
                    )
                }
                throw POSIXError(code, "cannot swap \(second.lastPathComponent) with the new build")
            #else
                return false
            #endif
        },
        lock: { path, wait in
            while true {
                let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else { throw POSIXError(errno, "cannot open the lock file \(path)") }
                var result: Int32
                repeat { result = flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) } while result != 0 && errno == EINTR
                guard result == 0 else {
                    let code = errno
                    close(descriptor)
                    if code == EWOULDBLOCK { return nil }
                    throw POSIXError(code, "cannot lock \(path)")
                }
                // The holder we waited for removed the file on its way out:
                // lock the file now at the path (another process may have it).
                var locked = stat()
                var current = stat()
                if fstat(descriptor, &locked) == 0, stat(path, &current) == 0,
                    locked.st_ino == current.st_ino, locked.st_dev == current.st_dev
                {
                    return descriptor
                }
                close(descriptor)
            }
        },
        unlock: { descriptor, path in
            // Removed while still locked, so that no waiter can lock a file
            // that is gone from the folder (they check, and start again).
            unlink(path)
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    )
}

#if os(Linux)
    /// `renameat2(2)`, which Glibc declares only for C code built with
    /// `_GNU_SOURCE`; looked up once in the C library (glibc 2.28 and later).
    enum LinuxRename {
        typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

        /// `RENAME_EXCHANGE` of <linux/fs.h>.
        static let exchange: UInt32 = 1 << 1

        static let renameat2: Function? = {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: Function.self)
        }()
    }
#endif
