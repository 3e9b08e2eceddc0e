import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a new file with open, write and close, and nothing else: no
/// flush to the disk per file (Foundation's `Data.write` makes one), which
/// the caller does once for a whole folder. Permissions as `Data.write`
/// gives them: 0666 less the umask.
package enum UnsyncedFile {
    package static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw POSIXError(errno, "cannot create \(path)") }
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, path: path)
    }

    /// Writes all of `data` to an open file, again after an interrupted or
    /// partial write(2); the error names `path`.
    package static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(errno, "cannot write \(path)")
                }
                offset += written
            }
        }
    }
}

extension UnsyncedFile {
    /// Puts on the disk everything written on the file system that holds
    /// `path`: syncfs(2) where the C library has it, else sync(2), which
    /// does the same for every file system.
    package static func syncFileSystem(holding path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(errno, "cannot open \(path)") }
        defer { close(descriptor) }
        guard let syncfs = Self.syncfs else { return sync() }
        guard syncfs(descriptor) == 0 else { throw POSIXError(errno, "cannot write \(path) to the disk") }
    }

    /// `syncfs(2)`, which Glibc declares only for C code built with
    /// `_GNU_SOURCE`; looked up once in the C library.
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()
}

/// write(2), named apart from the enum's own `write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
