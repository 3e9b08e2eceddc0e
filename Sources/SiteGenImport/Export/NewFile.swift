import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// A file being written that did not exist before: created with O_EXCL, so
/// that an import never replaces a file it did not make, and removed again
/// if writing it fails half-way.
final class NewFile {
    let path: String
    private var descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw SiteGenCore.POSIXError(errno, "cannot create \(path)") }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw SiteGenCore.POSIXError(errno, "cannot write \(path)") }
            offset += written
        }
    }

    func finish() throws {
        guard descriptor >= 0 else { return }
        defer { descriptor = -1 }
        guard close(descriptor) == 0 else { throw SiteGenCore.POSIXError(errno, "cannot write \(path)") }
    }

    /// Closes and removes the half-written file.
    func abandon() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(path)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }
}
