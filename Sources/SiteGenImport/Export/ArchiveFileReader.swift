import CArchive
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a zip, tar, tar.gz, tar.bz2 or tar.xz file with libarchive, one
/// entry after the other, never holding more than one entry's needed bytes.
/// This is the one file that sees libarchive's C API.
///
/// Every entry is checked before it is believed: names that leave the archive
/// refuse the whole archive, links and special files are passed over, sizes
/// count against the byte budget as they are decompressed.
struct ArchiveFileReader {
    let path: String
    let part: Int
    let limits: ExportLimits

    private static let blockSize = 256 * 1024
    // libarchive's AE_IF* macros are casts, which Swift does not import.
    private static let regularFile: UInt32 = 0o100000
    private static let directory: UInt32 = 0o040000
    // ARCHIVE_ERRNO_FILE_FORMAT ("Unrecognized archive format"): EFTYPE where there is one, else EILSEQ.
    #if canImport(Darwin)
        private static let fileFormatError = EFTYPE
    #else
        private static let fileFormatError = EILSEQ
    #endif

    func scan(budget: inout ByteBudget, entryCount: inout Int, scanner: ExportScanner) throws {
        let name = (path as NSString).lastPathComponent
        let archiveBytes = Self.fileSize(path)
        // libarchive does not recognise a zip without entries (its search for
        // the end record starts past the one place such a zip has it).
        if Self.isEmptyZip(path, size: archiveBytes) { return }
        guard let archive = archive_read_new() else { throw ImportError.notAnExport(name, reason: "out of memory") }
        defer { archive_read_free(archive) }
        archive_read_support_filter_gzip(archive)
        archive_read_support_filter_bzip2(archive)
        archive_read_support_filter_xz(archive)
        // The seekable zip reader trusts the central directory, as unzip does,
        // rather than local headers that an archive may disagree with.
        archive_read_support_format_zip_seekable(archive)
        archive_read_support_format_tar(archive)
        guard archive_read_open_filename(archive, path, Self.blockSize) == ARCHIVE_OK else {
            throw Self.unreadable(archive, path: path, name: name)
        }
        var partProduced: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: Self.blockSize)
        var entry: OpaquePointer?
        var isFirst = true
        while true {
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { break }
            guard status >= ARCHIVE_WARN, let entry else {
                if isFirst { throw Self.unreadable(archive, path: path, name: name) }
                throw ImportError.damaged(name, detail: Self.error(archive))
            }
            isFirst = false
            entryCount += 1
            if entryCount > limits.maximumEntries { throw ImportError.tooManyEntries(name, limit: limits.maximumEntries) }
            let isZip = archive_format(archive) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_ZIP

            // Bytes the caller does not want are still decompressed from a
            // tar stream, so they are counted; a zip skips them unread.
            func discard() throws {
                if isZip {
                    guard archive_read_data_skip(archive) >= ARCHIVE_WARN else {
                        throw ImportError.damaged(name, detail: Self.error(archive))
                    }
                    return
                }
                while true {
                    let count = archive_read_data(archive, &buffer, buffer.count)
                    guard count >= 0 else { throw ImportError.damaged(name, detail: Self.error(archive)) }
                    if count == 0 { return }
                    partProduced += Int64(count)
                    try budget.add(count, partProduced: partProduced, archiveBytes: archiveBytes, name: name)
                }
            }

            guard let rawName = archive_entry_pathname_utf8(entry).map({ String(cString: $0) }) else {
                scanner.passOver("(a name that is not UTF-8 text)", "its name cannot be read as text")
                try discard()
                continue
            }
            let checked: String
            switch ExportPath.check(rawName) {
            case .escapes: throw ImportError.escapingEntry(name, entry: ExportPath.printable(rawName))
            case .unreadable(let reason):
                scanner.passOver(ExportPath.printable(rawName), reason)
                try discard()
                continue
            case .file(let path): checked = path
            }
            if let target = archive_entry_hardlink(entry).map({ String(cString: $0) }),
                case .escapes = ExportPath.check(target)
            {
                throw ImportError.escapingEntry(name, entry: ExportPath.printable(rawName))
            }
            let type = UInt32(archive_entry_filetype(entry))
            if type == Self.directory {
                try discard()
                continue
            }
            guard type == Self.regularFile, archive_entry_hardlink(entry) == nil else {
                scanner.passOver(checked, "a link or special file, never followed")
                try discard()
                continue
            }
            if archive_entry_is_encrypted(entry) != 0 {
                scanner.passOver(checked, "encrypted")
                try discard()
                continue
            }
            let declared = archive_entry_size_is_set(entry) != 0 ? Int64(archive_entry_size(entry)) : nil
            if let declared { try budget.check(declared: declared, archiveBytes: archiveBytes, name: name) }
            let exportEntry = ExportEntry(path: checked, part: part, declaredSize: declared)

            func readBlocks(limit: Int64, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Int64 {
                var total: Int64 = 0
                while true {
                    let count = archive_read_data(archive, &buffer, buffer.count)
                    guard count >= 0 else { throw ImportError.damaged(name, detail: Self.error(archive)) }
                    if count == 0 { return total }
                    partProduced += Int64(count)
                    try budget.add(count, partProduced: partProduced, archiveBytes: archiveBytes, name: name)
                    total += Int64(count)
                    if total > limit {
                        throw ImportError.documentTooLarge(checked, size: max(total, declared ?? 0), limit: Int(clamping: limit))
                    }
                    try buffer.withUnsafeBufferPointer { try consume(UnsafeBufferPointer(rebasing: $0[0..<count])) }
                }
            }

            let action = try scanner.action(exportEntry)
            if action == .skip {
                try discard()
                continue
            }
            try EntryDelivery.perform(action, on: exportEntry, readBlocks: readBlocks, scanner: scanner)
        }
    }

    /// Why an archive cannot be opened, or its first entry read. A file that
    /// begins as a zip or a tar does is damaged (a download cut short loses
    /// a zip's central directory, which libarchive then does not recognise),
    /// and so is a compressed stream that ends too soon (a small tar.gz is
    /// read ahead past its first entries at once); anything else, such as
    /// a gzipped text, is no archive.
    private static func unreadable(_ archive: OpaquePointer, path: String, name: String) -> ImportError {
        let start = firstBytes(path, count: 262)
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            start.count >= offset + magic.count && Array(start[offset..<offset + magic.count]) == magic
        }
        let archives: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x50, 0x4B, 0x07, 0x08]]
        let compressed: [[UInt8]] = [[0x1F, 0x8B], Array("BZh".utf8), [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]]
        let isArchive = archives.contains(where: { starts($0) }) || starts(Array("ustar".utf8), at: 257)
        let isCutStream = compressed.contains(where: { starts($0) }) && archive_errno(archive) != fileFormatError
        if isArchive || isCutStream { return .damaged(name, detail: error(archive)) }
        return .notAnExport(name, reason: error(archive))
    }

    /// A zip of nothing but its end record, which says it holds no entries.
    private static func isEmptyZip(_ path: String, size: Int64) -> Bool {
        guard size >= 22, size <= 22 + 0xFFFF else { return false }
        let bytes = firstBytes(path, count: 22)
        guard bytes.count == 22, bytes[0..<4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) else { return false }
        // Entries on this disk and in all, and the central directory's size: all zero.
        let comment = Int64(bytes[20]) | Int64(bytes[21]) << 8
        return bytes[8..<16].allSatisfy { $0 == 0 } && size == 22 + comment
    }

    private static func firstBytes(_ path: String, count: Int) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, count - filled) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { break }
            filled += read
        }
        return Array(bytes[0..<filled])
    }

    private static func error(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
    }

    static func fileSize(_ path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }
}
