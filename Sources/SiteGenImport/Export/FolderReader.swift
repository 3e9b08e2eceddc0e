import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// Reads an export that the owner already unpacked into a folder, with the
/// same checks as an archive: links are never followed (one could point at
/// the owner's whole home folder), depth and file count are bounded.
struct FolderReader {
    let root: String
    let part: Int
    let limits: ExportLimits

    private static let blockSize = 256 * 1024

    func scan(budget: inout ByteBudget, entryCount: inout Int, scanner: ExportScanner) throws {
        let name = (root as NSString).lastPathComponent
        var pending: [(relative: String, depth: Int)] = [("", 0)]
        while let (relative, depth) = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                scanner.passOver(relative.isEmpty ? name : relative, "the folder cannot be read")
                continue
            }
            for child in names.sorted() {
                let path = relative.isEmpty ? child : relative + "/" + child
                var info = stat()
                guard lstat(root + "/" + path, &info) == 0 else {
                    scanner.passOver(path, "cannot be read")
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    guard depth < limits.maximumDepth else {
                        scanner.passOver(path, "more than \(limits.maximumDepth) folders deep")
                        continue
                    }
                    pending.append((path, depth + 1))
                case S_IFREG:
                    entryCount += 1
                    if entryCount > limits.maximumEntries { throw ImportError.tooManyEntries(name, limit: limits.maximumEntries) }
                    try visit(path: path, size: Int64(info.st_size), budget: &budget, scanner: scanner)
                default:
                    scanner.passOver(path, "a link or special file, never followed")
                }
            }
        }
    }

    /// One file of the folder, as the single entry of its part.
    func scan(file name: String, budget: inout ByteBudget, scanner: ExportScanner) throws {
        var info = stat()
        guard lstat(root + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw ImportError.notAnExport(name, reason: "not a regular file")
        }
        try visit(path: name, size: Int64(info.st_size), budget: &budget, scanner: scanner)
    }

    private func visit(path: String, size: Int64, budget: inout ByteBudget, scanner: ExportScanner) throws {
        let entry = ExportEntry(path: path, part: part, declaredSize: size)
        let action = try scanner.action(entry)
        guard action != .skip else { return }
        // A file that is replaced by a link between the listing and the read is refused by O_NOFOLLOW.
        let input = open(root + "/" + path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw SiteGenCore.POSIXError(errno, "cannot read \(path)") }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: Self.blockSize)

        func readBlocks(limit: Int64, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Int64 {
            var total: Int64 = 0
            while true {
                let count = read(input, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw SiteGenCore.POSIXError(errno, "cannot read \(path)") }
                if count == 0 { return total }
                total += Int64(count)
                if total > limit { throw ImportError.documentTooLarge(path, size: max(total, size), limit: Int(clamping: limit)) }
                // An unpacked folder is not compressed: its bytes count against the total only.
                try budget.add(count, partProduced: 0, archiveBytes: 0, name: path)
                try buffer.withUnsafeBufferPointer { try consume(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            }
        }

        try EntryDelivery.perform(action, on: entry, readBlocks: readBlocks, scanner: scanner)
    }
}
